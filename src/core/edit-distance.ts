// How many one-letter edits turn one word into another (Levenshtein): for the "did you mean"
// hints of a misspelt schema key (schema.ts) and a misspelt CLI command or option (src/cli).

/** The number of insertions, deletions and substitutions from `a` to `b`; 99 when their lengths differ by more than 3 (never a typo). */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 99;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * The candidate fewest edits from `word` (case ignored), if it is at most `within` edits away.
 * `ties`: what two candidates equally near give, `none` for no answer (a guess between two is
 * as often wrong) or `first` for the one listed first. `same`: candidates that are one answer
 * (two spellings of one thing), which make no tie. The one nearest-word loop of the schema's and
 * the CLI's "did you mean", which each wrote their own.
 */
export function nearestWord(word: string, candidates: readonly string[], within: number, ties: 'none' | 'first', same?: (a: string, b: string) => boolean): string | undefined {
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestD = within + 1;
  let tie = false;
  for (const c of candidates) {
    const d = editDistance(w, c.toLowerCase());
    if (d < bestD) {
      [best, bestD, tie] = [c, d, false];
    } else if (d === bestD && best !== undefined && !same?.(best, c)) tie = true;
  }
  return tie && ties === 'none' ? undefined : best;
}

/**
 * The one candidate one or two edits from `word`, if exactly one is nearest: a tie is no hint,
 * since a guess between two would as often be wrong. Two edits only in a word of five letters
 * or more: "frob" and "rpt" are two edits from "roi", and neither is a typo of it.
 */
export function onlyNear(word: string, candidates: readonly string[], same?: (a: string, b: string) => boolean): string | undefined {
  return nearestWord(word, candidates, word.length >= 5 ? 2 : word.length >= 2 ? 1 : 0, 'none', same);
}
