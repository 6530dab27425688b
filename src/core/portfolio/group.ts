// Grouping without copying: each key's list grows in place (a spread per item would make
// grouping n outcomes cost n² copies).
export function groupBy<T>(items: Iterable<T>, key: (x: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of items) {
    const k = key(x);
    const g = out.get(k);
    if (g) g.push(x);
    else out.set(k, [x]);
  }
  return out;
}

/**
 * The outcomes by account in the order every view lists accounts: by name, the outcomes that
 * name none ('') last, each account's outcomes in their own order. One place, so the charts of
 * the HTML report follow the "Outcomes by account" table and the peer comparison.
 */
export function byAccount<T extends { account?: string }>(rows: Iterable<T>): [string, T[]][] {
  const groups = groupBy(rows, (r) => r.account ?? '');
  return [...groups.entries()].sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)));
}
