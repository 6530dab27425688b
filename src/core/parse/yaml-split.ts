// Splits a multi-outcome YAML file into one chunk per `outcomes:` item, by indentation
// alone. Each chunk is parsed on its own, so an edit re-parses only the outcome it
// touched and a syntax error stays inside its outcome. In valid YAML a line at the
// list's own indentation that starts with "- " always begins a new item (block scalars,
// quoted and flow scalars all continue at a deeper indentation), so the split is exact;
// for invalid YAML it only localises the error.
import type { Span } from '../model';

export interface YamlSplit {
  /** The text outside the items: the `outcomes:` key and any other top-level keys. */
  header: Span;
  items: Span[];
  /** Top-level text after the list, if any. */
  trailer?: Span;
}

const OUTCOMES_KEY = /^outcomes[ \t]*:[ \t]*(?:#.*)?$/m;

export function splitOutcomes(text: string): YamlSplit | undefined {
  const key = OUTCOMES_KEY.exec(text);
  if (!key) return undefined;
  let pos = key.index + key[0].length + 1;
  let indent = -1;
  const items: Span[] = [];
  let itemStart = -1;
  let trailerStart = -1;
  while (pos < text.length) {
    const eol = nextEol(text, pos);
    const line = text.slice(pos, eol);
    const content = line.trimStart();
    const col = line.length - content.length;
    if (content === '' || content.startsWith('#')) {
      pos = eol + 1;
      continue;
    }
    if (indent < 0) {
      if (!content.startsWith('-')) return undefined; // `outcomes:` holds something else
      indent = col;
    }
    const isItem = col === indent && (content === '-' || content.startsWith('- ') || content.startsWith('-\t'));
    if (isItem) {
      if (itemStart >= 0) items.push({ start: itemStart, end: trimEnd(text, itemStart, pos) });
      itemStart = pos;
    } else if (col < indent || (col === indent && indent === 0)) {
      trailerStart = pos;
      break;
    }
    pos = eol + 1;
  }
  if (itemStart >= 0) items.push({ start: itemStart, end: trimEnd(text, itemStart, trailerStart >= 0 ? trailerStart : text.length) });
  const headerEnd = items.length ? items[0]!.start : text.length;
  return {
    header: { start: 0, end: headerEnd },
    items,
    ...(trailerStart >= 0 ? { trailer: { start: trailerStart, end: text.length } } : {}),
  };
}

function nextEol(text: string, pos: number): number {
  const i = text.indexOf('\n', pos);
  return i < 0 ? text.length : i;
}

/** End of an item without the blank and comment-only lines that trail it. */
function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start) {
    const lineStart = text.lastIndexOf('\n', e - 2) + 1;
    const line = text.slice(Math.max(lineStart, start), e).trim();
    if (line !== '' && !line.startsWith('#')) break;
    if (lineStart <= start) break;
    e = lineStart;
  }
  return e;
}
