// Small helpers over the `yaml` package's node tree. The tree lives only while one chunk
// is being read: the model keeps plain values and spans, never nodes.
import type { Alias, Document, Node, Pair, YAMLMap } from 'yaml';
import { isAlias, isMap, isPair, isScalar, isSeq } from './yaml-api';
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
  /** Each alias's target, found in one walk of the document the first time an alias is followed. */
  targets?: Map<Alias, Node | undefined>;
}

export function spanOf(node: Node | null | undefined, base: number): Span | undefined {
  const r = node?.range;
  return r ? { start: base + r[0], end: base + r[1] } : undefined;
}

/** Follows an alias within the budget; marks the walker when an alias cannot be resolved. */
export function deref(node: unknown, w: Walker): unknown {
  if (!isAlias(node)) return node;
  if (++w.expansions > MAX_ALIAS_EXPANSIONS) throw new AliasBudgetExceeded(spanOf(node, w.base) ?? { start: w.base, end: w.base });
  w.targets ??= aliasTargets(w.doc);
  const target = w.targets.get(node);
  if (!target) w.unresolved = true;
  return target;
}

/** Walks of a whole document to resolve aliases since the counts were last reset (tests read it). */
export let documentWalks = 0;

/**
 * Every alias's target: the last node before it with its anchor, in the order the library's
 * `Alias.resolve` reads the document (a node before its children, a key before its value). That
 * method walks the whole document for each alias it resolves, so the expansion budget above let
 * 1,000 walks of a 250 KB list of aliases take 4.4 s; one walk serves them all. Iterative: the
 * document can be nested as deep as its parser allowed.
 */
function aliasTargets(doc: Document.Parsed): Map<Alias, Node | undefined> {
  documentWalks++;
  const targets = new Map<Alias, Node | undefined>();
  const latest = new Map<string, Node>();
  const stack: unknown[] = [doc.contents];
  while (stack.length) {
    const n = stack.pop();
    if (isAlias(n)) targets.set(n, latest.get(n.source));
    else if (isPair(n)) stack.push(n.value, n.key);
    else if (isScalar(n) || isMap(n) || isSeq(n)) {
      if (n.anchor) latest.set(n.anchor, n);
      if (!isScalar(n)) for (let i = n.items.length - 1; i >= 0; i--) stack.push(n.items[i]);
    }
  }
  return targets;
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
      const pair = pairOf(node, seg);
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

/** A mapping's pairs by key, made for a mapping too long to search once for each finding. */
const BY_KEY = new WeakMap<YAMLMap, Map<string, Pair>>();

/** Pairs read by `locate` since the counts were last reset (tests read it). */
export let pairsRead = 0;
export const resetCounts = (): void => {
  pairsRead = 0;
  documentWalks = 0;
};

/**
 * The first pair whose key reads `key`. A finding on each key of a mapping of 25,000 unknown
 * keys searched the mapping once for each (7 s); a long mapping is indexed once instead.
 */
function pairOf(map: YAMLMap<unknown, unknown>, key: string): Pair | undefined {
  const found = (p: Pair) => isScalar(p.key) && String(p.key.value) === key;
  if (map.items.length < 64) {
    pairsRead += map.items.length;
    return map.items.find(found);
  }
  let index = BY_KEY.get(map);
  if (!index) {
    index = new Map();
    pairsRead += map.items.length;
    for (const p of map.items) {
      const k = isScalar(p.key) ? String(p.key.value) : undefined;
      if (k !== undefined && !index.has(k)) index.set(k, p);
    }
    BY_KEY.set(map, index);
  }
  return index.get(key);
}
