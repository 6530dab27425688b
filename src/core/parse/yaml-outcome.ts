// Builds the model of one outcome from its YAML mapping node.
import type { Node, Pair, YAMLMap } from 'yaml';
import { isMap, isScalar } from './yaml-api';
import { closest } from '../schema';
import { emptyOutcome, type InsertPoint, type Measure, type Metric, type Outcome, type ValueBlock, type ValueItem } from '../model';
import { bool, collectStrings, deref, get, isBlockScalar, items, keySpan, num, spanOf, text, texts, value, type Walker } from './yaml-nodes';

export function buildOutcome(node: unknown, w: Walker, src: string, index: number): Outcome {
  const map = deref(node, w);
  const span = spanOf(map as Node, w.base) ?? { start: w.base, end: w.base };
  const o = emptyOutcome(index, 'yaml', span);
  if (!isMap(map)) return o;
  const first = map.items[0];
  o.anchor = first ? keySpan(first, w) : span;
  const g = (k: string) => get(map, k, w);
  o.title = text(g('title'), w);
  if (o.title) o.anchor = o.title.span;
  const id = text(g('id'), w);
  if (id) o.id = id;
  o.category = text(g('category'), w);
  o.owner = text(g('owner'), w);
  const ctx = value(g('context'), w);
  o.context = { challenge: text(get(ctx, 'challenge', w), w), strategicImportance: text(get(ctx, 'strategicImportance', w), w), stakeholderImpact: text(get(ctx, 'stakeholderImpact', w), w) };
  const ws = value(g('workshop'), w);
  o.workshop = { current: texts(get(ws, 'current', w), w), future: texts(get(ws, 'future', w), w), barriers: texts(get(ws, 'barriers', w), w), solutions: texts(get(ws, 'solutions', w), w) };
  const oc = value(g('outcome'), w);
  o.behavior = text(get(oc, 'behavior', w), w) ?? text(get(oc, 'behaviour', w), w);
  o.hypothesis = text(get(oc, 'hypothesis', w), w);
  o.dependencies = texts(g('dependencies'), w);
  o.assumptions = texts(g('assumptions'), w);
  o.risks = texts(g('risks'), w);
  readPortfolioFields(o, g, w);
  collectStrings(map, w, o.strings);

  o.insertAt.end = insertPoint(map, w, src);
  const metricsPair = g('metrics');
  const metrics = value(metricsPair, w);
  if (metricsPair && isMap(metrics)) {
    o.insertAt.primary = insertPoint(metrics, w, src);
    const primaryPair = get(metrics, 'primary', w);
    const primary = primaryPair ? buildMetric(value(primaryPair, w), keySpan(primaryPair, w), w, src, o.insertAt) : undefined;
    const secondary = items(value(get(metrics, 'secondary', w), w), w).map((m) =>
      isScalar(m) ? { span: spanOf(m as Node, w.base)!, name: text({ value: m } as Pair, w), measurements: [] } : buildMetric(m, spanOf(m as Node, w.base)!, w, src, {}),
    );
    o.metrics = { span: keySpan(metricsPair, w), primary, secondary };
  } else if (metricsPair) {
    o.metrics = { span: keySpan(metricsPair, w), secondary: [] };
  }
  const valuePair = g('value');
  if (valuePair) o.value = buildValue(value(valuePair, w), keySpan(valuePair, w), w, src, o.insertAt);
  return o;
}

function buildMetric(node: unknown, keySp: { start: number; end: number }, w: Walker, src: string, insertAt: Record<string, InsertPoint>): Metric {
  const m: Metric = { span: keySp, measurements: [] };
  if (!isMap(node)) return m;
  m.name = text(get(node, 'name', w), w);
  m.unit = text(get(node, 'unit', w), w);
  m.direction = text(get(node, 'direction', w), w);
  insertAt.baseline = insertPoint(node, w, src);
  insertAt.target = insertAt.baseline;
  const bPair = get(node, 'baseline', w);
  if (bPair) m.baseline = measure(bPair, 'asOf', w);
  const tPair = get(node, 'target', w);
  if (tPair) {
    m.target = measure(tPair, 'by', w);
    const t = value(tPair, w);
    if (isMap(t)) insertAt.deadline = insertPoint(t, w, src);
  }
  const msPair = get(node, 'measurements', w);
  const ms = value(msPair, w);
  if (isMap(ms)) m.measurementsFile = text(get(ms, 'file', w), w);
  for (const it of items(ms, w)) {
    if (!isMap(it)) continue;
    m.measurements.push({ span: spanOf(it as Node, w.base)!, value: num(get(it, 'value', w), w), date: text(get(it, 'date', w), w) });
  }
  return m;
}

function measure(pair: Pair, dateKey: string, w: Walker): Measure {
  const v = value(pair, w);
  const span = keySpan(pair, w);
  if (isMap(v)) {
    const valuePair = get(v, 'value', w);
    const m: Measure = { span, value: num(valuePair, w), date: text(get(v, dateKey, w), w) };
    // The key the schema's "Did you mean `asOf`?" points to: the nearest of its two, as there.
    // Not a field of one's own (`x-by`): the schema accepts it and says nothing, so the missing
    // date must still be said.
    const typo = m.date ? undefined : v.items.find((p) => isScalar(p.key) && typeof p.key.value === 'string' && !p.key.value.startsWith('x-') && p.key.value !== dateKey && closest(p.key.value, ['value', dateKey]) === dateKey);
    if (typo) m.dateKeyTypo = keySpan(typo, w);
    // `value: "80%"` is not a number to the model; keep what was written, so rules can tell a
    // number in the wrong form (the schema's finding) from no number at all.
    if (!m.value && valuePair) {
      const raw = text(valuePair, w);
      if (raw) m.raw = raw;
    }
    return m;
  }
  // `target: 80` (a bare number or phrase) is accepted by the model; the schema still asks for the object form.
  const raw = text(pair, w);
  return { span, raw, value: num(pair, w) };
}

function buildValue(node: unknown, keySp: { start: number; end: number }, w: Walker, src: string, insertAt: Record<string, InsertPoint>): ValueBlock {
  const v: ValueBlock = { span: keySp, items: [], notes: [] };
  if (!isMap(node)) return v;
  insertAt.value = insertPoint(node, w, src);
  v.currency = text(get(node, 'currency', w), w);
  v.investment = num(get(node, 'investment', w), w);
  for (const it of items(value(get(node, 'items', w), w), w)) {
    if (!isMap(it)) continue;
    const g = (k: string) => get(it, k, w);
    const item: ValueItem = {
      span: spanOf(it as Node, w.base)!,
      type: text(g('type'), w),
      amount: num(g('amount'), w),
      hours: num(g('hours'), w),
      rate: num(g('rate'), w),
      probability: num(g('probability'), w),
      impact: num(g('impact'), w),
      assumption: text(g('assumption'), w),
      validated: bool(g('validated'), w),
    };
    if (isBlockScalar(value(g('assumption'), w))) item.assumptionBlock = true;
    v.items.push(item);
  }
  const realisedPair = get(node, 'realised', w);
  if (realisedPair) {
    v.realised = items(value(realisedPair, w), w).flatMap((r) => (isMap(r) ? [{ span: spanOf(r as Node, w.base)!, date: text(get(r, 'date', w), w), amount: num(get(r, 'amount', w), w) }] : []));
  }
  return v;
}

/** `account`, `period`, `customerSince`, `users`, `usage` and `opportunities`: what a portfolio reads. */
function readPortfolioFields(o: Outcome, g: (k: string) => Pair | undefined, w: Walker): void {
  const account = text(g('account'), w);
  if (account) o.account = account;
  const period = text(g('period'), w);
  if (period) o.period = period;
  const since = text(g('customerSince'), w);
  if (since) o.customerSince = since;
  const users = num(g('users'), w);
  if (users) o.users = users;
  const usagePair = g('usage');
  if (usagePair) {
    o.usage = items(value(usagePair, w), w).flatMap((u) =>
      isMap(u) ? [{ span: spanOf(u as Node, w.base)!, activity: text(get(u, 'activity', w), w), volume: num(get(u, 'volume', w), w), outcome: text(get(u, 'outcome', w), w), valuePerUnit: num(get(u, 'valuePerUnit', w), w) }] : [],
    );
  }
  const oppPair = g('opportunities');
  if (oppPair) {
    o.opportunities = items(value(oppPair, w), w).flatMap((u) =>
      isMap(u) ? [{ span: spanOf(u as Node, w.base)!, description: text(get(u, 'description', w), w), amount: num(get(u, 'amount', w), w), assumption: text(get(u, 'assumption', w), w) }] : [],
    );
  }
}

/** Where a new key of this mapping goes: after its last entry, at its entries' indentation. */
function insertPoint(map: YAMLMap, w: Walker, src: string): InsertPoint {
  const r = map.range ?? [0, 0, 0];
  if (map.flow) return { offset: w.base + src.lastIndexOf('}', r[1]), indent: '', flow: true };
  const first = map.items[0]?.key as Node | undefined;
  const firstStart = first?.range?.[0] ?? r[0];
  const lineStart = src.lastIndexOf('\n', firstStart - 1) + 1;
  let indent = src.slice(lineStart, firstStart);
  // The first key of a list item sits after "- ": its siblings are indented to the key.
  if (/[^ \t]/.test(indent)) indent = ' '.repeat(firstStart - lineStart);
  const last = map.items[map.items.length - 1];
  const lastEnd = (last?.value as Node | null)?.range?.[1] ?? (last?.key as Node | undefined)?.range?.[1] ?? r[1];
  let eol = src.indexOf('\n', lastEnd);
  if (eol < 0) eol = src.length;
  // Block scalars and nested maps end at the start of the next line: step back onto their last line.
  if (eol === lastEnd && lastEnd > 0 && src[lastEnd - 1] === '\n') eol = lastEnd - 1;
  return { offset: w.base + eol, indent };
}
