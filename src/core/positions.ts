// Offsets to 0-based line/character (UTF-16 code units, as VS Code and LSP count).
// The only place positions are computed; hosts add 1 or wrap them.
import type { Position } from './finding';

/** Offsets at which each line starts. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
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
  constructor(text: string) {
    this.starts = lineStarts(text);
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
