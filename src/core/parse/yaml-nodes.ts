// Small helpers over the `yaml` package's node tree. The tree lives only while one chunk
// is being read: the model keeps plain values and spans, never nodes.
import type { Document, Node, Pair } from 'yaml';
import { isAlias, isMap, isScalar, isSeq } from './yaml-api';
import type { Num, Span, Text } from '../model';

/** Alias expansions allowed per chunk: enough for any honest file, far too few for a bomb. */
export const MAX_ALIAS_EXPANSIONS = 1000;

export class AliasBudgetExceeded extends Error {
  constructor(readonly span: Span) {
    super('alias budget exceeded');
  }
}

export interface Walker {
  doc: Document.Parsed;
  /** The text the node ranges point into (for sharing plain values with it). */
  src?: string;
  base: number;
  expansions: number;
  unresolved: boolean;
}

export function spanOf(node: Node | null | undefined, base: number): Span | undefined {
  const r = node?.range;
  return r ? { start: base + r[0], end: base + r[1] } : undefined;
}

/** Follows an alias within the budget; marks the walker when an alias cannot be resolved. */
export function deref(node: unknown, w: Walker): unknown {
  if (!isAlias(node)) return node;
  if (++w.expansions > MAX_ALIAS_EXPANSIONS) throw new AliasBudgetExceeded(spanOf(node, w.base) ?? { start: w.base, end: w.base });
  const target = node.resolve(w.doc);
  if (!target) w.unresolved = true;
  return target;
}

/** Plain JavaScript value of a node (for schema validation), aliases expanded within budget. */
export function toPlain(node: unknown, w: Walker, depth = 0): unknown {
  const n = deref(node, w);
  if (depth > 64) return null; // deeper than any CBO document; keeps recursion bounded
  if (isScalar(n)) return n.value;
  if (isMap(n)) {
    const out: Record<string, unknown> = {};
    for (const pair of n.items) {
      const k = deref(pair.key, w);
      const key = isScalar(k) ? String(k.value) : String(k);
      const v = toPlain(pair.value, w, depth + 1);
      // `__proto__` as a YAML key must stay a plain property, never a prototype. Only that key
      // needs defineProperty: it is several times slower than an assignment, on every key of
      // every outcome.
      if (key === '__proto__') Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
      else out[key] = v;
    }
    return out;
  }
  if (isSeq(n)) return n.items.map((i) => toPlain(i, w, depth + 1));
  return null;
}

export function get(node: unknown, key: string, w: Walker): Pair | undefined {
  const n = deref(node, w);
  if (!isMap(n)) return undefined;
  for (const pair of n.items) {
    const k = pair.key;
    if (isScalar(k) && k.value === key) return pair;
  }
  return undefined;
}

export function value(pair: Pair | undefined, w: Walker): unknown {
  return pair ? deref(pair.value, w) : undefined;
}

export function text(pair: Pair | undefined, w: Walker): Text | undefined {
  const v = value(pair, w);
  if (!isScalar(v) || v.value === null || v.value === undefined) return undefined;
  const s = typeof v.value === 'string' ? shared(v, v.value, w) : String(v.value);
  if (s.trim() === '') return undefined;
  return { value: s, span: spanOf(v, w.base)! };
}

export function num(pair: Pair | undefined, w: Walker): Num | undefined {
  const v = value(pair, w);
  if (!isScalar(v)) return undefined;
  const x = typeof v.value === 'number' ? v.value : typeof v.value === 'string' && /^-?\d+(\.\d+)?$/.test(v.value.trim()) ? Number(v.value) : NaN;
  return Number.isFinite(x) ? { value: x, span: spanOf(v, w.base)! } : undefined;
}

/** A `|` or `>` scalar: its range takes in the line break that ends it. */
export function isBlockScalar(node: unknown): boolean {
  return isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED');
}

export function bool(pair: Pair | undefined, w: Walker): boolean | undefined {
  const v = value(pair, w);
  return isScalar(v) && typeof v.value === 'boolean' ? v.value : undefined;
}

export function texts(pair: Pair | undefined, w: Walker): Text[] {
  const v = value(pair, w);
  if (isSeq(v)) {
    const out: Text[] = [];
    for (const item of v.items) {
      const t = text({ value: item } as Pair, w);
      if (t) out.push(t);
    }
    return out;
  }
  const one = text(pair, w);
  return one ? [one] : [];
}

export function items(node: unknown, w: Walker): unknown[] {
  const n = deref(node, w);
  return isSeq(n) ? n.items.map((i) => deref(i, w)) : [];
}

/** The key's span of a pair (where "this field is wrong/missing something" findings go). */
export function keySpan(pair: Pair, w: Walker): Span {
  return spanOf(pair.key as Node, w.base) ?? spanOf(pair.value as Node, w.base) ?? { start: w.base, end: w.base };
}

/**
 * A plain scalar's value is the same characters as its source: take it as a slice of the
 * document (which the host holds anyway) rather than keeping a copy per value.
 */
function shared(node: { type?: string; range?: [number, number, number] | null }, value: string, w: Walker): string {
  const r = node.range;
  if (node.type !== 'PLAIN' || !r || !w.src) return value;
  const slice = w.src.slice(r[0], r[1]);
  return slice === value ? slice : value;
}

/** Collects every string scalar below a node, for rules that scan all text. */
export function collectStrings(node: unknown, w: Walker, out: Text[], depth = 0): void {
  const n = deref(node, w);
  if (depth > 64) return;
  if (isScalar(n)) {
    if (typeof n.value === 'string' && n.value !== '') out.push({ value: n.value, span: spanOf(n, w.base)! });
  } else if (isMap(n)) {
    for (const pair of n.items) collectStrings(pair.value, w, out, depth + 1);
  } else if (isSeq(n)) {
    for (const i of n.items) collectStrings(i, w, out, depth + 1);
  }
}

export interface Located {
  key?: Span;
  value?: Span;
}

/** Finds the node at a JSON pointer path (Ajv's instancePath) for placing a finding. */
export function locate(root: unknown, path: string[], w: Walker): Located {
  let node = deref(root, w);
  let key: Span | undefined;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === seg);
      if (!pair) break;
      key = keySpan(pair, w);
      node = deref(pair.value, w);
    } else if (isSeq(node)) {
      const item = node.items[Number(seg)];
      if (item === undefined) break;
      node = deref(item, w);
      key = spanOf(node as Node, w.base);
    } else break;
  }
  return { key, value: spanOf(node as Node, w.base) };
}
