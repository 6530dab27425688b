// User text for inline Markdown: one line, and the characters that would start emphasis,
// links, code, HTML, entities or a table cell shown literally. Used for EVERY string a user
// wrote (titles, currencies, dates, units, file names), not only titles: a quoted date such
// as "<img src=x onerror=…>" must reach the .md as text.
export function escapeInline(s: string): string {
  // Lines joined by hand: /\s*[\r\n]+\s*/ is quadratic on a long run of spaces.
  return s
    .split(/[\r\n]/)
    .map((l) => l.trim())
    .filter(Boolean)
    .join(' ')
    .replace(/[\\`*_[\]<>|&]/g, (c) => `\\${c}`);
}
