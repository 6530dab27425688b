// Characters a file may hold that change how other text is shown rather than being shown
// themselves. One list for every place user text leaves the engine (the terminal, the Markdown
// and HTML reports), so a new output cannot miss one.
//
// Bidirectional controls (LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI, LRM, RLM, ALM) reorder
// what follows them: "\u202Egnp.exe" reads as "exe.png" ("Trojan Source", CVE-2021-42574).
// GitHub and VS Code answer them by showing them, not by dropping them (GitHub's "hidden
// bidirectional Unicode" warning, VS Code's highlighted control characters): a reader then
// sees that the text holds something, and what. We do the same, as a visible \u202e.
const BIDI = '\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069';

/** One bidirectional control character. */
export const BIDI_CONTROL = new RegExp(`[${BIDI}]`);
const BIDI_ALL = new RegExp(`[${BIDI}]`, 'g');

// C0 (but newline and tab), DEL, C1, the Unicode line and paragraph separators, and the bidi
// controls: what a terminal would act on or a reader would not see.
const TERMINAL_ALL = new RegExp(`[\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u2028\\u2029${BIDI}]`, 'g');

/** A character as the six visible characters `\uXXXX` (lower-case hex, as JSON writes them). */
export function codeEscape(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** Bidi controls shown as `\u202e`, everything else untouched (for the reports). */
export function showBidi(s: string): string {
  return s.replace(BIDI_ALL, codeEscape);
}

/**
 * Text as a terminal may receive it: lines and tabs kept, every other control and every bidi
 * control shown as `\uXXXX`. Idempotent (what it writes holds no such character), and inside
 * JSON it is lossless: such a character can only stand in a string, where `\uXXXX` means the
 * same character, so `--format json` read back gives the same value.
 */
export function escapeTerminal(s: string): string {
  return s.replace(TERMINAL_ALL, codeEscape);
}
