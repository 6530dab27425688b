// Offsets to 0-based line/character (UTF-16 code units, as VS Code and LSP count).
// The only place positions are computed; hosts add 1 or wrap them.
import type { Position } from './finding';

/**
 * Offsets at which each line starts. A line ends at CRLF, LF or a lone CR, as in VS Code,
 * markdown-it and the YAML spec: this is the one definition the whole engine uses.
 */
export function lineStarts(text: string): number[] {
  const starts = [0];
  // Most files have LF breaks only: indexOf finds them many characters at a time.
  if (!text.includes('\r')) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

// One lint asks for the line starts of the same text twice: the Markdown reader, then the
// findings' positions. The last answer is kept from the first ask until the lint ends
// (`forgetLineStarts`, called by lint.ts), so no text outlives the lint that read it.
let sharedText: string | undefined;
let sharedStarts: number[] | undefined;

/** `lineStarts`, answered once per lint for the same text. */
export function sharedLineStarts(text: string): number[] {
  if (sharedStarts && text === sharedText) return sharedStarts;
  sharedStarts = lineStarts(text);
  sharedText = text;
  return sharedStarts;
}

export function forgetLineStarts(): void {
  sharedText = undefined;
  sharedStarts = undefined;
}

/** Where a line's text ends (before its CRLF, LF or CR), given the line starts. */
export function lineEndOf(text: string, starts: number[], line: number): number {
  if (line + 1 >= starts.length) return text.length;
  const next = starts[line + 1]!;
  return text.charCodeAt(next - 1) === 10 && text.charCodeAt(next - 2) === 13 ? next - 2 : next - 1;
}

/**
 * The text with every lone CR turned into LF: the same length and offsets, so parsers that
 * only know LF (the YAML package, our own line scans) see the lines the editor shows.
 */
export function withLfBreaks(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

/** The 0-based line holding an offset, given the line starts. */
export function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export class LineIndex {
  private readonly starts: number[];
  constructor(text: string, shared = false) {
    this.starts = shared ? sharedLineStarts(text) : lineStarts(text);
  }
  get lineCount(): number {
    return this.starts.length;
  }
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))]!;
  }
  position(offset: number): Position {
    const line = lineOf(this.starts, offset);
    return { line, character: offset - this.starts[line]! };
  }
  offset(pos: Position): number {
    return this.lineStart(pos.line) + pos.character;
  }
}
