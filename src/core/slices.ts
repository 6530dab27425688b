// Work an editor must not be held by (a lint, an outline of thousands of outcomes) is written as
// a generator that pauses between pieces; this runs one in slices of a few milliseconds with a
// pause between them, as the extension's diagnostics, its outline and the language server's do.
// Small and pure: the host bundles it without loading the engine.

/** How long one slice may hold the thread: short enough that typing never waits on it. */
const SLICE_MS = 12;

export interface SliceOptions {
  /** Lets the host run between two slices (setImmediate in Node, a timer in a web worker). */
  pause: () => Promise<void>;
  /** Asked after each pause: the work is no longer wanted (a newer edit, a closed document). */
  stale: () => boolean;
  /** Told each slice's length in milliseconds (the diagnostics report their busiest slice). */
  onSlice?: (ms: number) => void;
}

/** The generator's result, or undefined when `stale` said to stop. */
export async function inSlices<T>(steps: Generator<void, T>, o: SliceOptions): Promise<T | undefined> {
  for (;;) {
    const t0 = performance.now();
    let r = steps.next();
    while (!r.done && performance.now() - t0 < SLICE_MS) r = steps.next();
    o.onSlice?.(performance.now() - t0);
    if (r.done) return r.value;
    await o.pause();
    if (o.stale()) return undefined;
  }
}

/** The generator run to its end in one go, for a caller that may hold the thread (the CLI, a ```cbo block's parse). */
export function finish<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
