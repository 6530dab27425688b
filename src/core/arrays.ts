// Array helpers that never spread an array into a call: `a.push(...b)` passes every element
// as an argument, and past some tens of thousands (50,000 ` - {}` items, a report on 6,000
// outcomes) that overflows the stack. A test forbids the spread form in src/.

/** Appends `items` to `target` in place and returns `target`. */
export function append<T>(target: T[], items: readonly T[]): T[] {
  for (const x of items) target.push(x);
  return target;
}

/** The largest of `xs`, or `empty` when there are none (Math.max(...xs) overflows on long arrays). */
export function maxOf(xs: readonly number[], empty = -Infinity): number {
  let m = empty;
  for (const x of xs) if (x > m) m = x;
  return xs.length ? m : empty;
}

/** The smallest of `xs`, or `empty` when there are none. */
export function minOf(xs: readonly number[], empty = Infinity): number {
  let m = empty;
  for (const x of xs) if (x < m) m = x;
  return xs.length ? m : empty;
}
