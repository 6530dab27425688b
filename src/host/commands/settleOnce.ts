// The answer of a quick input (an input box, a quick pick), given once. Settled first, then the
// input disposed: disposing it fires onDidHide, which must not turn an answer into a cancel.

export interface Settle<T> {
  done(v: T): void;
  /** Whether the answer was given: work that finishes later (a list read) must leave the input alone. */
  settled(): boolean;
}

export function settleOnce<T>(resolve: (v: T) => void, input: { dispose(): void }): Settle<T> {
  let settled = false;
  return {
    done(v) {
      if (settled) return;
      settled = true;
      resolve(v);
      input.dispose();
    },
    settled: () => settled,
  };
}
