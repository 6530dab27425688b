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
