// A finding quotes what the document says ("TBD" is a to-do marker, `foo` is not a field), but
// a message is not the place for the whole of it: a 7.9 MB title quoted whole made 7.9 MB of
// SARIF, of JSON and of terminal output, and a hover no one can read. Every message that
// quotes the document or the config goes through `excerpt`, so the cap is the same everywhere.

/** How many UTF-16 units of quoted text a message holds before it is cut. */
export const EXCERPT_MAX = 80;

/**
 * The text, or its start and "…" when it is longer than `max` units: cut between code points
 * (never half a surrogate pair, which would print as U+FFFD), and never inside an accent or a
 * joiner that belongs to the last character kept.
 */
export function excerpt(s: string, max: number = EXCERPT_MAX): string {
  if (s.length <= max) return s;
  let end = max - 1; // the first unit left out
  // A low surrogate left out takes its high half with it; an accent, variation selector or
  // joiner left out takes the character it belongs to.
  while (end > 0 && belongsBefore(s.charCodeAt(end))) end--;
  return s.slice(0, end) + '…';
}

/** A low surrogate, a combining accent, a zero-width joiner or a variation selector. */
function belongsBefore(c: number): boolean {
  return (c >= 0xdc00 && c <= 0xdfff) || (c >= 0x300 && c <= 0x36f) || c === 0x200d || (c >= 0xfe00 && c <= 0xfe0f);
}
