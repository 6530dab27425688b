// The text checklist phrases are matched on: lower case, no emphasis marks, each run of
// punctuation and space as one space, and a space at each end so that ` word` starts a word.
export function normalise(s: string): string {
  return ` ${s.toLowerCase().replace(/\*\*|__|`/g, '').replace(/[^\p{L}\p{N}&+]+/gu, ' ').trim()} `;
}
