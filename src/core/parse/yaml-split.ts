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
    // Read the line's indentation and first character without slicing it (this runs on
    // every line of every keystroke's re-lint).
    let col = 0;
    for (let c = text.charCodeAt(pos); c === 32 || c === 9; c = text.charCodeAt(pos + ++col));
    const first = pos + col;
    const c0 = text.charCodeAt(first);
    if (first >= eol || (c0 === 13 && first + 1 >= eol)) {
      // A run of blank lines in one pass over its characters, not a line at a time.
      pos = pastBlankLines(text, eol + 1, text.length);
      continue;
    }
    if (c0 === 35 /* # */) {
      pos = eol + 1;
      continue;
    }
    if (indent < 0) {
      if (c0 !== 45 /* - */) return undefined; // `outcomes:` holds something else
      indent = col;
    }
    const c1 = text.charCodeAt(first + 1);
    const isItem = col === indent && c0 === 45 && (first + 1 >= eol || c1 === 32 || c1 === 9 || c1 === 13);
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

/**
 * End of an item without the blank and comment-only lines that trail it; `start` begins the
 * item's first line (its `- `), which is never dropped. Blank lines go in one pass over their
 * characters: a line at a time, a million of them took longer than the rest of the split.
 */
function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  for (;;) {
    e = Math.max(blankLinesFrom(text, start, e), text.indexOf('\n', start) + 1);
    const lineStart = text.lastIndexOf('\n', e - 2) + 1;
    if (lineStart <= start) return e;
    let first = lineStart;
    while (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9) first++;
    if (text.charCodeAt(first) !== 35 /* # */) return e;
    e = lineStart;
  }
}

const isBlank = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/** The start of the first line in [from, to) that holds more than spaces and tabs (`to` when none does); `from` starts a line. */
export function pastBlankLines(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isBlank(text.charCodeAt(i))) i++;
  if (i >= to) return to;
  return Math.max(from, text.lastIndexOf('\n', i - 1) + 1);
}

/** Where the blank lines that end [from, to) begin: past the line break of the last line with text in it. */
export function blankLinesFrom(text: string, from: number, to: number): number {
  let i = to;
  while (i > from && isBlank(text.charCodeAt(i - 1))) i--;
  if (i <= from) return from;
  const eol = text.indexOf('\n', i);
  return eol < 0 || eol >= to ? to : eol + 1;
}
