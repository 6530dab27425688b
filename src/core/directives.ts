// Inline switches in comments, as ESLint and markdownlint users expect:
//   YAML:      # cbo-disable-next-line weasel-word, no-actor
//              # cbo-disable-line missing-baseline     (at the end of the line itself)
//              # cbo-disable-file output-as-outcome    (anywhere; the whole file)
//   Markdown:  <!-- cbo-disable-next-line weasel-word -->  and the same forms.
// No ids means every rule.
import type { Finding } from './finding';
import type { LineIndex } from './positions';

const DIRECTIVE = /(?:#|<!--)\s*cbo-disable(-next-line|-line|-file)\b([^\n]*?)(?:-->|$)/gm;

export interface Directives {
  file: Set<string> | 'all' | undefined;
  lines: Map<number, Set<string> | 'all'>;
}

export function readDirectives(text: string, lines: LineIndex): Directives | undefined {
  if (!text.includes('cbo-disable')) return undefined;
  const d: Directives = { file: undefined, lines: new Map() };
  DIRECTIVE.lastIndex = 0;
  for (let m = DIRECTIVE.exec(text); m; m = DIRECTIVE.exec(text)) {
    const ids = m[2]!.split(/[\s,]+/).filter(Boolean);
    const what: Set<string> | 'all' = ids.length ? new Set(ids) : 'all';
    const line = lines.position(m.index).line;
    if (m[1] === '-file') d.file = merge(d.file, what);
    else {
      const target = m[1] === '-next-line' ? line + 1 : line;
      d.lines.set(target, merge(d.lines.get(target), what));
    }
  }
  return d;
}

function merge(a: Set<string> | 'all' | undefined, b: Set<string> | 'all'): Set<string> | 'all' {
  if (a === 'all' || b === 'all') return 'all';
  return a ? new Set([...a, ...b]) : b;
}

export function suppressed(f: Finding, d: Directives): boolean {
  const hit = (s: Set<string> | 'all' | undefined) => s === 'all' || (s !== undefined && s.has(f.ruleId));
  return hit(d.file) || hit(d.lines.get(f.start.line));
}
