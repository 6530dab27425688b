// Text laid out in a monospace terminal or a plain-text report, where a Hangul syllable
// (and any other wide character) takes two columns: counting characters would misalign
// Korean columns. One function for the CLI's tables and the report's ROI block, which each
// had a copy.

/** Columns a string takes in a monospace font: Hangul and other wide characters take two. */
export function displayWidth(s: string): number {
  let n = 0;
  for (const ch of s) n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return n;
}
