// Text a report shows from the file, with every template blank or to-do marker in it (TBD, TBC,
// "…", "[Outcome Title]", "YYYY-MM-DD", our snippets' prompts: the one list no-placeholder reads,
// src/core/text/placeholder.ts) shown as "TBD (not filled in)": "**Owner**: TBD" and
// "**Hypothesis**: TBD" read as the plan's content to a reader who never ran cbo check.
import { escapeInline } from './portfolio/escape-md';
import { placeholdersIn } from './text/statement';
import { builtInVocabulary } from './vocab';

// What is left of a value once its blanks are taken out that is no content of its own: spaces,
// punctuation ("TBD.", "[X] / [Y]").
const NOTHING_ELSE = /^[\s\p{P}\p{S}]*$/u;

/**
 * `text` escaped for inline Markdown (or by `esc`), each blank in it replaced by `notFilledIn`
 * (REPORT_WORDS' word, in the report's language); a value that is nothing but blanks is that word
 * alone. A particle written after a blank ("YYYY-MM-DD까지") is kept after the word.
 */
export function filledOrNot(text: string, notFilledIn: string, esc: (s: string) => string = escapeInline): string {
  const blanks = placeholdersIn(text, builtInVocabulary());
  if (!blanks.length) return esc(text);
  let rest = '';
  let at = 0;
  for (const b of blanks) {
    if (b.start < at) continue;
    rest += text.slice(at, b.start);
    at = b.end;
  }
  if (NOTHING_ELSE.test(rest + text.slice(at))) return notFilledIn;
  // Each piece escaped (which trims it), with the spaces the file had around the blank kept.
  const piece = (s: string) => (esc(s) ? `${/^\s/.test(s) ? ' ' : ''}${esc(s)}${/\s$/.test(s) ? ' ' : ''}` : /\s/.test(s) ? ' ' : '');
  let out = '';
  at = 0;
  for (const b of blanks) {
    if (b.start < at) continue;
    out += `${piece(text.slice(at, b.start))}${notFilledIn}${b.suffix ? esc(b.suffix) : ''}`;
    at = b.end;
  }
  return (out + piece(text.slice(at))).replace(/ {2,}/g, ' ').trim();
}
