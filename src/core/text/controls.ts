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

// C0 (but newline and tab), DEL, C1, the Unicode line and paragraph separators, and the bidi
// controls: what a terminal would act on or a reader would not see.
const TERMINAL_ALL = new RegExp(`[\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u2028\\u2029${BIDI}]`, 'g');

/** A character as the six visible characters `\uXXXX` (lower-case hex, as JSON writes them). */
export function codeEscape(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

// What the reports show as `\u001b`: the terminal's list less line breaks and tabs, which the
// report builders handle themselves (a Markdown cell joins lines; an HTML page wraps them). A
// report is read in a terminal too (`cbo report x | less`, `cat report.md`): an ESC or C1 from a
// title must not reach it raw, and in a browser it would show as nothing.
const REPORT_ALL = new RegExp(`[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u2028\\u2029${BIDI}]`, 'g');

/** Controls and bidi controls shown as `\u202e`, lines and tabs kept (for the reports). */
export function showControls(s: string): string {
  return s.replace(REPORT_ALL, codeEscape);
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
