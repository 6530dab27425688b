// The part of node:assert's strict mode the integration tests use, for their web worker run
// (no Node there). Same names, same meaning: equal is ===, deepEqual compares structure.
export class AssertionError extends Error {
  constructor(message: string, readonly actual?: unknown, readonly expected?: unknown) {
    super(message);
    this.name = 'AssertionError';
  }
}

const show = (v: unknown): string => {
  try {
    return typeof v === 'string' ? JSON.stringify(v) : (JSON.stringify(v) ?? String(v));
  } catch {
    return String(v);
  }
};

function fail(message: string | undefined, fallback: string, actual?: unknown, expected?: unknown): never {
  throw new AssertionError(message ?? fallback, actual, expected);
}

function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (a instanceof RegExp || a instanceof Date) return String(a) === String(b);
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function ok(value: unknown, message?: string): asserts value {
  if (!value) fail(message, `expected a truthy value, got ${show(value)}`, value, true);
}

export const strict = Object.assign(ok, {
  ok,
  equal(actual: unknown, expected: unknown, message?: string): void {
    if (!Object.is(actual, expected)) fail(message, `${show(actual)} !== ${show(expected)}`, actual, expected);
  },
  notEqual(actual: unknown, expected: unknown, message?: string): void {
    if (Object.is(actual, expected)) fail(message, `${show(actual)} === ${show(expected)}`, actual, expected);
  },
  deepEqual(actual: unknown, expected: unknown, message?: string): void {
    if (!same(actual, expected)) fail(message, `not deep-equal:\n  ${show(actual)}\n  ${show(expected)}`, actual, expected);
  },
  match(actual: string, re: RegExp, message?: string): void {
    if (typeof actual !== 'string' || !re.test(actual)) fail(message, `${show(actual)} does not match ${String(re)}`, actual, re);
  },
  doesNotMatch(actual: string, re: RegExp, message?: string): void {
    if (typeof actual !== 'string' || re.test(actual)) fail(message, `${show(actual)} matches ${String(re)}`, actual, re);
  },
});
export default strict;
