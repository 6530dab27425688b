// Sizes in the messages that refuse a file over `maxFileBytes` (a CBO file, a measurements
// CSV): one way of writing them, so the CLI, the editor and every such message agree.

/** Megabytes with one decimal from 0.1 MB up, two significant digits below ("0.0012"). */
export function megabytes(n: number): string {
  return n >= 1e5 ? (n / 1e6).toFixed(1) : (n / 1e6).toPrecision(2);
}
