// User text for inline Markdown: one line, and the characters that would start emphasis,
// links, code, HTML, entities or a table cell shown literally. Used for EVERY string a user
// wrote (titles, currencies, dates, units, file names), not only titles: a quoted date such
// as "<img src=x onerror=…>" must reach the .md as text. Bidi controls are shown as a visible
// \u202e, as GitHub and VS Code show them (core/text/controls.ts says why): after the escaping,
// so the backslash stays one (in Markdown "\u" is a backslash and a u).
import { showControls } from '../text/controls';

export function escapeInline(s: string): string {
  // Lines joined by hand: /\s*[\r\n]+\s*/ is quadratic on a long run of spaces.
  return showControls(
    s
      .split(/[\r\n]/)
      .map((l) => l.trim())
      .filter(Boolean)
      .join(' ')
      .replace(/[\\`*_[\]<>|&]/g, (c) => `\\${c}`),
  );
}
