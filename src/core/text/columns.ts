// Text laid out in a monospace terminal or a plain-text report, where a Hangul syllable
// (and any other wide character) takes two columns: counting characters would misalign
// Korean columns and break Korean lines late. One function for the CLI's tables and the
// report's ROI block, which each had a copy.

// A wide character, or an emoji a terminal draws in two columns.
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{1f680}-\u{1f6ff}\u{1fa70}-\u{1faff}\u{20000}-\u{3fffd}]/u;

// What the eye reads as one character (an emoji with its skin tone, a letter with its accent,
// a flag): cut between two of them, never inside one, or half a surrogate pair shows as U+FFFD.
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Columns one grapheme takes: its first code point decides (accents and joiners add none). */
function graphemeWidth(g: string): number {
  return WIDE.test(String.fromCodePoint(g.codePointAt(0)!)) ? 2 : 1;
}

/** Columns a string takes in a monospace font: Hangul, other wide characters and emoji take two. */
export function displayWidth(s: string): number {
  let n = 0;
  // Plain ASCII (most of what is measured) needs no segmenting: one column a character.
  // eslint-disable-next-line no-control-regex
  if (/^[\u0000-\u007f]*$/.test(s)) return s.length;
  for (const { segment } of graphemes.segment(s)) n += graphemeWidth(segment);
  return n;
}

/**
 * The start of `s` that fits in `max` columns, ending in "…" when cut; cut between graphemes.
 * `show` turns each grapheme into what will be printed (an escape for a control character), so
 * the width counted is the width shown.
 */
export function fitColumns(s: string, max: number, show: (g: string) => string = (g) => g): string {
  let cut = ''; // what fits with room for the "…"
  let all = '';
  let used = 0;
  // Stops once past `max`: a title of megabytes is not segmented to the end.
  for (const { segment } of graphemes.segment(s)) {
    const g = show(segment);
    used += displayWidth(g);
    if (used > max) return cut + '…';
    all += g;
    if (used <= max - 1) cut = all;
  }
  return all;
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
