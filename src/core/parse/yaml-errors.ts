// The parser's problems as yaml-syntax findings. Two things keep a broken part cheap and its
// findings readable: one finding per place and message (after an unclosed `[`, the parser
// complains on every following line, and each complaint points back at the same bracket: 30
// lines made 30 copies of one finding), and only the first MAX_SYNTAX_ERRORS problems are read
// (each may look back 64 KB for an opening quote or bracket; 600,000 of them took 91 s), the
// rest counted in one finding that says how many more.
import { MAX_SYNTAX_ERRORS, moreFinding } from '../finding-cap';
import type { Lang, RawFinding } from '../finding';
import type { Span } from '../model';
import type { ParseProblem } from './yaml-duplicates';
import { unclosedFlow } from './yaml-flow';
import { SYNTAX_RULE_ID } from './yaml-ids';
import { unclosedQuote } from './yaml-quote';
import { koreanYamlError } from './yaml-error-words';

/**
 * `unmade`: problems the parser found past `problems`, counted only; `stopped`: it stopped
 * reading there, so the count of those not listed is a floor (parseYamlCounted).
 */
export function syntaxFindings(src: string, problems: readonly ParseProblem[], lang: Lang, unmade = 0, stopped = false): RawFinding[] {
  const out: RawFinding[] = [];
  const said = new Set<string>();
  let read = 0;
  for (const err of problems) {
    if (read === MAX_SYNTAX_ERRORS) break;
    read++;
    const f: RawFinding = {
      ruleId: SYNTAX_RULE_ID,
      message: err.code === 'MULTIPLE_DOCS' ? multipleDocs(lang) : err.code === 'KEY_OVER_1024_CHARS' ? longKey(lang) : parserWords(err, lang),
      span: clampToText(src, err.pos[0], err.pos[1]),
      data: { code: err.code },
    };
    const better = unclosedQuote(src, err, lang) ?? unclosedFlow(src, err, lang);
    if (better) {
      f.message = better.message;
      f.span = better.span;
    }
    const key = `${f.span.start}:${f.span.end}:${f.message}`;
    if (said.has(key)) continue;
    said.add(key);
    out.push(f);
  }
  const more = problems.length + unmade - read;
  if (more > 0) out.push(moreFinding(SYNTAX_RULE_ID, more, out[out.length - 1]!.span, lang, 'rule', stopped));
  return out;
}

/** The parser's own words for a problem: its English, or in Korean what its code means, with the English after it. */
function parserWords(err: ParseProblem, lang: Lang): string {
  const english = err.message.split('\n')[0]!;
  if (lang !== 'ko') return `YAML syntax error: ${english}`;
  return `YAML 구문 오류: ${koreanYamlError(err.code, english) ?? english}`;
}

function multipleDocs(lang: Lang): string {
  return lang === 'ko'
    ? '이 파일에는 YAML 문서가 여러 개(--- 로 구분) 있습니다. CBO 파일은 문서 하나만 담습니다. 성과를 outcomes: 아래에 나열하거나 파일을 나누세요.'
    : 'This file holds more than one YAML document (separated by ---); a CBO file holds one. List the outcomes under outcomes:, or split the file.';
}

/**
 * A key (the text before `: `) of more than 1,024 characters: text pasted where a field name
 * goes. The library says "The : indicator must be at most 1024 chars after the start of an
 * implicit block mapping key", in English whatever the language, in the words of the YAML spec.
 */
function longKey(lang: Lang): string {
  return lang === 'ko'
    ? 'YAML 구문 오류: 이 키는 1,024자보다 깁니다(YAML은 콜론 앞 1,024자까지만 키로 읽습니다). 키는 title, metrics 같은 필드 이름입니다. 글이라면 필드 아래에 쓰세요(예: title: …).'
    : 'YAML syntax error: this key is longer than 1,024 characters (YAML reads at most 1,024 before its colon). A key is a field name such as title or metrics; if this is text, write it under a field (e.g. title: …).';
}

/** Errors reported at the very end of a unit are moved onto its last character, not the next line. */
export function clampToText(src: string, start: number, end: number): Span {
  let s = Math.min(start, src.length);
  while (s > 0 && s >= src.length - 1 && (src[s] === '\n' || s === src.length)) s--;
  return { start: s, end: Math.max(s + 1, Math.min(end, src.length)) };
}
