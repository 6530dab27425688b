// What is said of a file named on the command line that holds no outcome: `cbo check` notes it,
// and `cbo portfolio` says it in place of "A portfolio reads *.cbo.yaml files", which misled
// when the file named was one. One wording for both.
import type { Lang } from './finding';
import type { DocKind } from './lint';

/** Why nothing was read from the file, and what an outcome looks like; the file's name goes before it. */
export function noOutcomeMessage(kind: DocKind, lang: Lang): string {
  if (kind === 'yaml') {
    if (lang === 'ko') return '이 파일에 성과가 없습니다. CBO 파일에는 `title:`과 `metrics:`, 또는 항목이 있는 `outcomes:`가 있습니다';
    return 'no outcome in this file; a CBO file has a `title:` and `metrics:`, or `outcomes:` with items';
  }
  if (lang === 'ko') return 'CBO 성과를 찾지 못했습니다. 계획의 성과는 `## CBO:` 제목이나 ```cbo 블록으로 시작합니다';
  return "no CBO outcome found; a plan's outcome starts with a `## CBO:` heading or a ```cbo block";
}

/**
 * Findings that already say why no outcome was read (of the whole file, or YAML that does not
 * parse): no note beside them.
 */
export const SAYS_WHY_NONE: ReadonlySet<string> = new Set(['no-outcome', 'encoding', 'resource-limit', 'yaml-syntax', 'unclosed-fence']);

/** A file named on the command line that was read and holds no outcome. */
export interface EmptyNamed {
  /** As the command shows it. */
  file: string;
  kind: DocKind;
}
