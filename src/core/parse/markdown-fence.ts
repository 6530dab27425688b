// A ``` (or ~~~) fence that is never closed makes the rest of the plan code: a `## CBO:` heading
// or a ```cbo block below it is not read, and a plan whose only outcome had two errors passed
// `cbo check` as "No problems", exit 0 (GitHub shows the rest as code; a gate saw nothing). As
// yaml-syntax does for YAML that does not parse, the fence gets a finding, but only when it hides
// an outcome: an unclosed fence in a README with no CBO in it is not this linter's business.
import type Token from 'markdown-it/lib/token.mjs';
import type { Lang, RawFinding } from '../finding';

export const UNCLOSED_FENCE_RULE_ID = 'unclosed-fence';

/** A line that starts an outcome: a `## CBO:` heading (English or Korean) or a ```cbo opener. */
const OUTCOME_START = /^[ \t]{0,3}(?:#{1,6}[ \t]+(?:CBO|고객\s*비즈니스\s*성과)\s*[:：]|(?:`{3,}|~{3,})[ \t]*cbo\b)/i;

/** The lines of a fence's content. */
function contentLines(content: string): string[] {
  if (content === '') return [];
  const lines = content.split('\n');
  if (content.endsWith('\n')) lines.pop();
  return lines;
}

/**
 * A finding on each fence that runs to the end of its container without a closing line and holds
 * a line that starts an outcome. markdown-it's map of a closed fence spans its opening and closing
 * lines around the content; an unclosed one has no closing line.
 */
export function unclosedFenceFindings(tokens: Token[], starts: readonly number[], lineEnd: (line: number) => number, lang: Lang): RawFinding[] {
  const out: RawFinding[] = [];
  for (const t of tokens) {
    if (t.type !== 'fence' || !t.map) continue;
    const lines = contentLines(t.content);
    if (lines.length !== t.map[1] - t.map[0] - 1) continue; // closed
    const hidden = lines.map((l, i) => (OUTCOME_START.test(l) ? t.map![0] + 1 + i : -1)).filter((n) => n >= 0);
    if (!hidden.length) continue;
    const open = t.map[0];
    const fence = t.markup;
    const more = hidden.length - 1;
    const message =
      lang === 'ko'
        ? `이 ${fence} 코드 블록이 닫히지 않아 끝까지 코드로 읽힙니다. ${hidden[0]! + 1}행에서 시작하는 성과${more ? `(외 ${more}개)` : ''}를 읽지 못했습니다. 코드가 끝나는 곳에 ${fence} 줄을 넣어 닫으세요.`
        : `This ${fence} code block is never closed, so everything below it is code: the outcome that starts on line ${hidden[0]! + 1}${more ? ` (and ${more} more)` : ''} is not read. Close the block with a line of ${fence} where the code ends.`;
    out.push({ ruleId: UNCLOSED_FENCE_RULE_ID, message, span: { start: starts[open]!, end: Math.max(starts[open]! + 1, lineEnd(open)) } });
  }
  return out;
}
