// Inline switches in comments, as ESLint and markdownlint users expect:
//   YAML:      # cbo-disable-next-line weasel-word, no-actor
//              # cbo-disable-line missing-baseline     (at the end of the line itself)
//              # cbo-disable-file output-as-outcome    (anywhere; the whole file)
//   Markdown:  <!-- cbo-disable-next-line weasel-word -->  and the same forms.
// No ids means every rule. Only real comments count: in Markdown an HTML comment outside
// code (a directive shown inside a fenced or indented code block is an example, not a
// switch); in YAML a `#` comment, which starts a line or follows a space.
import type { Finding } from './finding';
import { blockParser } from './parse/markdown';
import type { LineIndex } from './positions';

const DIRECTIVE = /(#|<!--)[ \t]*cbo-disable(-next-line|-line|-file)\b([^\n]*?)(?:-->|$)/gm;

export interface Directives {
  file: Set<string> | 'all' | undefined;
  lines: Map<number, Set<string> | 'all'>;
}

export function readDirectives(text: string, lines: LineIndex, kind: 'yaml' | 'markdown'): Directives | undefined {
  if (!text.includes('cbo-disable')) return undefined;
  const d: Directives = { file: undefined, lines: new Map() };
  const code = kind === 'markdown' ? codeLines(text) : undefined;
  DIRECTIVE.lastIndex = 0;
  for (let m = DIRECTIVE.exec(text); m; m = DIRECTIVE.exec(text)) {
    const line = lines.position(m.index).line;
    if (kind === 'markdown' ? m[1] !== '<!--' || code!.has(line) : m[1] !== '#' || (m.index > 0 && !/\s/.test(text[m.index - 1]!))) continue;
    const ids = m[3]!.split(/[\s,]+/).filter(Boolean);
    const what: Set<string> | 'all' = ids.length ? new Set(ids) : 'all';
    if (m[2] === '-file') d.file = merge(d.file, what);
    else {
      const target = m[2] === '-next-line' ? line + 1 : line;
      d.lines.set(target, merge(d.lines.get(target), what));
    }
  }
  return d;
}

/** Lines inside fenced or indented code blocks of a Markdown text. */
function codeLines(text: string): Set<number> {
  const out = new Set<number>();
  for (const t of blockParser().parse(text, {})) {
    if ((t.type === 'fence' || t.type === 'code_block') && t.map) for (let l = t.map[0]; l < t.map[1]; l++) out.add(l);
  }
  return out;
}

function merge(a: Set<string> | 'all' | undefined, b: Set<string> | 'all'): Set<string> | 'all' {
  if (a === 'all' || b === 'all') return 'all';
  return a ? new Set([...a, ...b]) : b;
}

export function suppressed(f: Finding, d: Directives): boolean {
  const hit = (s: Set<string> | 'all' | undefined) => s === 'all' || (s !== undefined && s.has(f.ruleId));
  return hit(d.file) || hit(d.lines.get(f.start.line));
}
