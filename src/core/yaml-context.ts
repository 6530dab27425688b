// Where the cursor stands in a block-style YAML file, read from indentation alone (so it
// works while the file is half-typed and does not parse): the path of keys above it, and
// whether it is typing a key or the value of one. Flow collections (`{ ... }`) are not read.

export interface YamlCursor {
  /** Keys from the top down to the mapping that holds the cursor; list items appear as '*'. */
  path: string[];
  /** Set when the cursor is after `key:` on its line: it is typing that key's value. */
  valueKey?: string;
  /** Keys already present in the mapping that holds the cursor. */
  siblings: string[];
  /** The word being typed, for replacing it. */
  prefix: string;
}

interface Line {
  indent: number;
  /** Column of the key (after "- " on a list-item line). */
  keyCol: number;
  dash: boolean;
  key?: string;
}

function readLine(line: string): Line | undefined {
  const m = /^( *)(- +)?(.*)$/.exec(line)!;
  const rest = m[3]!;
  if (rest.trim() === '' && !m[2]) return undefined;
  if (rest.startsWith('#')) return undefined;
  const key = /^([A-Za-z_][\w-]*)\s*:(?:\s|$)/.exec(rest)?.[1];
  return { indent: m[1]!.length, keyCol: m[1]!.length + (m[2]?.length ?? 0), dash: !!m[2], ...(key ? { key } : {}) };
}

export function yamlCursorAt(text: string, offset: number): YamlCursor | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  if (/[{[]/.test(before.replace(/"[^"]*"|'[^']*'/g, ''))) return undefined;
  const value = /^( *)(- +)?([A-Za-z_][\w-]*)\s*:\s*([^#]*)$/.exec(before);
  const keyTyping = value ? undefined : /^( *)(- +)?([\w-]*)$/.exec(before);
  const m = value ?? keyTyping;
  if (!m) return undefined;
  const keyCol = m[1]!.length + (m[2]?.length ?? 0);
  const path: string[] = [];
  const siblings = new Set<string>();
  let limit = keyCol;
  let sameLevel = true;
  if (m[2]) {
    path.unshift('*');
    limit = m[1]!.length;
    sameLevel = false;
  }
  let pos = lineStart - 1;
  while (pos > 0) {
    const ls = text.lastIndexOf('\n', pos - 1) + 1;
    const l = readLine(text.slice(ls, pos).replace(/\r$/, ''));
    pos = ls - 1;
    if (!l) continue;
    if (l.dash) {
      if (l.keyCol === limit && sameLevel) {
        if (l.key) siblings.add(l.key);
        path.unshift('*');
        limit = l.indent;
        sameLevel = false;
      } else if (l.indent < limit) {
        path.unshift('*');
        limit = l.indent;
        sameLevel = false;
      }
      continue;
    }
    if (!l.key) continue;
    if (l.keyCol === limit && sameLevel) siblings.add(l.key);
    else if (l.keyCol < limit || (l.keyCol === limit && path[0] === '*')) {
      path.unshift(l.key);
      limit = l.keyCol;
      sameLevel = false;
    }
    if (limit === 0 && !sameLevel && path[0] !== '*') break; // reached the top level
  }
  // Keys after the cursor in the same mapping.
  for (let p = text.indexOf('\n', offset); p >= 0 && p < text.length; ) {
    const end = text.indexOf('\n', p + 1);
    const l = readLine(text.slice(p + 1, end < 0 ? text.length : end).replace(/\r$/, ''));
    if (l) {
      if (l.indent < keyCol && !(l.dash && l.keyCol === keyCol && !m[2])) break;
      if (l.dash && l.indent <= keyCol - 2 && m[2]) break; // the next item of the same list
      if (!l.dash && l.key && l.keyCol === keyCol) siblings.add(l.key);
    }
    if (end < 0) break;
    p = end;
  }
  return { path, ...(value ? { valueKey: value[3]! } : {}), siblings: [...siblings], prefix: value ? value[4]!.trimStart() : m[3]! };
}
