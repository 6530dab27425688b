// The text checklist phrases are matched on: lower case, no emphasis marks, each run of
// punctuation and space as one space, and a space at each end so that ` word` starts a word.
export function normalise(s: string): string {
  return ` ${s.toLowerCase().replace(/\*\*|__|`/g, '').replace(/[^\p{L}\p{N}&+]+/gu, ' ').trim()} `;
}

/**
 * A phrase's test on normalised text: a whole word or words in Latin script; in Korean, where a
 * word starts, since particles attach to the noun (마일스톤을), but not inside another word:
 * "분기" is in "분기별 검토" but not in "1분기" (the first quarter) or "손익분기점"; "기한" is in
 * "기한:" but not in "무기한".
 */
export function phraseMatcher(p: string): (t: string) => boolean {
  const n = normalise(p);
  if (!/[가-힣]/.test(p)) return (t) => t.includes(n);
  const at = ` ${n.trim()}`;
  return (t) => t.includes(at);
}
