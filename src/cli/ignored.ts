// What `cbo check` says of files a `.cborc.yaml` `ignore:` pattern leaves out, as ESLint says it:
// a file named on the command line gets a warning (a pull request that adds `ignore: ["**"]`
// turned a failing gate into "No CBO YAML or Markdown files to check", exit 0), and a folder or
// a pattern whose every file is ignored checked nothing, so the run exits 2 as when it finds none.
import type { Finding } from '../core/finding';
import { excerpt } from '../core/text/excerpt';

/** An `ignore:` pattern as a message quotes it: escaped, and short (4,000 `*` is a pattern too). */
export function shownPattern(g: string): string {
  return JSON.stringify(excerpt(g, 60));
}

/** The warning on a file named on the command line that an `ignore:` pattern leaves out. */
export function ignoredFinding(config: string, pattern: string, lang: 'en' | 'ko'): Finding {
  const at0 = { line: 0, character: 0 };
  const g = shownPattern(pattern);
  const message = lang === 'ko' ? `일치하는 무시 패턴이 있어 검사하지 않았습니다: ${config}의 ignore ${g}. 검사하려면 그 패턴을 지우세요` : `File ignored because of a matching ignore pattern: ${g} in ${config}; it was not checked. Remove the pattern to check it`;
  return { ruleId: 'file-ignored', severity: 'warning', message, span: { start: 0, end: 0 }, start: at0, end: at0 };
}

/** Why the run exits 2: every file a folder or a pattern found is ignored. `by`: "config: pattern" of each. */
export function allIgnoredLine(arg: string, count: number, by: { config: string; pattern: string }[], lang: 'en' | 'ko'): string {
  const where = JSON.stringify(arg);
  const shown = by.slice(0, 3).map((b) => `${b.config} ${shownPattern(b.pattern)}`);
  const more = by.length > 3 ? (lang === 'ko' ? ` 외 ${by.length - 3}개` : ` and ${by.length - 3} more`) : '';
  if (lang === 'ko') return `${where}에서 검사한 파일이 없습니다. 찾은 파일 ${count}개가 모두 ignore 패턴(${shown.join(', ')}${more})에 걸립니다`;
  return `nothing was checked under ${where}: all ${count} file${count === 1 ? '' : 's'} found there ${count === 1 ? 'is' : 'are'} ignored (${shown.join(', ')}${more})`;
}
