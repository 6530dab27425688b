// Where a piece of a plan's evidence is, and the evidence a table gives: a block's text is its
// inline content (list marker, task box and indentation taken off, lines joined), so a sentence
// in it is found on its own line of the plan by looking for that line's part of the block.
import { normalise, phraseMatcher } from './normalise';
import type { Outline, OutlineBlock } from './outline';
import type { ItemStatus } from './types';

/** 1-based line and column of `offset` in the block's text. */
export function blockPosition(outline: Outline, b: OutlineBlock, offset: number): { line: number; column: number } {
  const lineStart = b.text.lastIndexOf('\n', offset - 1) + 1;
  let lines = 0;
  for (let i = b.text.indexOf('\n'); i >= 0 && i < offset; i = b.text.indexOf('\n', i + 1)) lines++;
  const line = b.line + lines;
  const nextBreak = b.text.indexOf('\n', lineStart);
  const part = b.text.slice(lineStart, nextBreak < 0 ? b.text.length : nextBreak);
  const from = outline.starts[line];
  if (from === undefined) return { line: line + 1, column: 1 };
  const to = line + 1 < outline.starts.length ? outline.starts[line + 1]! : outline.text.length;
  // The source line holds the part after its marker or indentation; markdown-it shows a NUL as
  // U+FFFD, so the part may not be found: then the offset counts from the line's start.
  const found = outline.text.slice(from, to).indexOf(part);
  return { line: line + 1, column: (found < 0 ? 0 : found) + offset - lineStart + 1 };
}

/**
 * The tables whose header row names the item's columns (`evidence.columns`, one list of names a
 * column): found when every column is named and a row follows, partial when only the first is
 * named or no row follows. Points at the header row. A name matches a header cell as a heading
 * phrase does (담당 in 담당자).
 */
export function tableEvidence(outline: Outline, columns: string[][]): { status: ItemStatus; line: number; column: number; text: string }[] {
  const names = columns.map((alternatives) => alternatives.map((a) => phraseMatcher(a)));
  const out: { status: ItemStatus; line: number; column: number; text: string }[] = [];
  for (const t of outline.tables) {
    const header = t.header.map((c) => normalise(c));
    const named = names.map((alts) => header.some((h) => alts.some((m) => m(h))));
    if (!named[0]) continue;
    const filled = t.rows.some((r) => r.cells.some((c) => c.trim() !== ''));
    const status: ItemStatus = named.every(Boolean) && filled ? 'found' : 'partial';
    const from = outline.starts[t.line] ?? 0;
    const lineText = outline.text.slice(from, outline.starts[t.line + 1] ?? outline.text.length);
    out.push({ status, line: t.line + 1, column: lineText.length - lineText.trimStart().length + 1, text: t.header.join(' | ') });
  }
  return out;
}
