// Text laid out in a monospace terminal or a plain-text report, where a Hangul syllable
// (and any other wide character) takes two columns: counting characters would misalign
// Korean columns and break Korean lines late. One function for the CLI's tables and the
// report's ROI block, which each had a copy.

/** Columns a string takes in a monospace font: Hangul and other wide characters take two. */
export function displayWidth(s: string): number {
  let n = 0;
  for (const ch of s) n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return n;
}

/**
 * Breaks text at spaces into lines of at most `width` columns (both languages put spaces
 * between words). A word wider than the line keeps a line of its own rather than being cut.
 */
export function wrapColumns(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && displayWidth(line) + 1 + displayWidth(word) > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
