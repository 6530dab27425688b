// User text for inline Markdown: one line, and the characters that would start emphasis,
// links, code, HTML, entities or a table cell shown literally. Used for EVERY string a user
// wrote (titles, currencies, dates, units, file names), not only titles: a quoted date such
// as "<img src=x onerror=…>" must reach the .md as text.
export function escapeInline(s: string): string {
  return s
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|&]/g, (c) => `\\${c}`);
}
