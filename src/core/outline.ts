// The outline of a CBO YAML file: its outcomes by title, each with its metrics and its value,
// for the editor's Outline view, breadcrumbs and "Go to Symbol" (the extension and the language
// server both ask here). A generic YAML outline names an outcome "- title" or "0"; in a team's
// file of hundreds of outcomes that is no help in finding one.
import { encodingFinding } from './encoding';
import type { Lang } from './finding';
import type { Measure, Metric, Outcome, Span } from './model';
import { formatMoney, localeFor, toMinor } from './money';
import { yamlSteps } from './parse/index';
import { withLfBreaks } from './positions';
import { excerpt } from './text/excerpt';

export type OutlineKind = 'outcome' | 'metric' | 'value';

export interface OutlineNode {
  name: string;
  /** Shown after the name, greyed: the category and deadline, or a metric's from → to. */
  detail: string;
  kind: OutlineKind;
  /** The whole node's text. */
  span: Span;
  /** What the editor selects and reveals: the title or the name, else the node's first key. */
  selection: Span;
  children: OutlineNode[];
}

const WORDS = {
  en: {
    untitled: (n: number) => `Outcome ${n} (no title)`,
    unnamed: 'Metric (no name)',
    secondary: 'secondary',
    value: 'Value',
    by: (d: string) => `by ${d}`,
    baseline: (x: string) => `baseline ${x}`,
    target: (x: string) => `target ${x}`,
    investment: (amount: string) => `investment ${amount}`,
  },
  ko: {
    untitled: (n: number) => `성과 ${n}(제목 없음)`,
    unnamed: '지표(이름 없음)',
    secondary: '보조',
    value: '가치',
    by: (d: string) => `기한 ${d}`,
    baseline: (x: string) => `기준값 ${x}`,
    target: (x: string) => `목표값 ${x}`,
    investment: (amount: string) => `투자 ${amount}`,
  },
};

/** Names are one line and short: a title is free text, and an outline row is not the place for a paragraph. */
const NAME_MAX = 120;

function oneLine(s: string): string {
  return excerpt(s.replace(/\s+/g, ' ').trim(), NAME_MAX);
}

/** A span the editor can select inside `outer`: an empty or misplaced one would be refused by VS Code. */
function inside(inner: Span | undefined, outer: Span): Span {
  if (!inner || inner.start < outer.start || inner.end > outer.end || inner.end < inner.start) return { start: outer.start, end: outer.start };
  return inner;
}

/**
 * The text a node covers: the parsers keep a metric's and a value block's key, not the block
 * under it, so the range is drawn from the key to the last piece read (a selection outside its
 * range is refused by the editor, and the breadcrumbs find the node the cursor is in by it).
 */
function cover(spans: readonly (Span | undefined)[]): Span {
  let start = Infinity;
  let end = -Infinity;
  for (const s of spans) {
    if (!s) continue;
    if (s.start < start) start = s.start;
    if (s.end > end) end = s.end;
  }
  return { start, end };
}

function measureSpans(m: Measure | undefined): (Span | undefined)[] {
  return m ? [m.span, m.raw?.span, m.value?.span, m.date?.span] : [];
}

/** An amount as the reports write it ("$250,000.00", "₩1,000,000"); one too large to hold exactly, as written. */
function money(amount: number, currency: string | undefined, lang: Lang): string {
  try {
    return formatMoney(toMinor(amount, currency), currency, localeFor(lang));
  } catch {
    return `${currency ? `${currency} ` : ''}${amount}`; // toMinor refuses what a double cannot hold exactly
  }
}

function measureText(m: Measure | undefined): string | undefined {
  if (!m) return undefined;
  if (m.value) return String(m.value.value);
  return m.raw ? oneLine(m.raw.value) : undefined;
}

function metricNode(m: Metric, secondary: boolean, lang: Lang): OutlineNode {
  const w = WORDS[lang];
  const from = measureText(m.baseline);
  const to = measureText(m.target);
  const unit = m.unit?.value ? ` ${oneLine(m.unit.value)}` : '';
  const parts: string[] = [];
  // Only what is written: a missing side is not drawn as a placeholder.
  if (from !== undefined && to !== undefined) parts.push(`${from} → ${to}${unit}`);
  else if (to !== undefined) parts.push(w.target(`${to}${unit}`));
  else if (from !== undefined) parts.push(w.baseline(`${from}${unit}`));
  if (m.target?.date) parts.push(w.by(m.target.date.value));
  if (secondary) parts.push(w.secondary);
  const name = m.name?.value.trim() ? oneLine(m.name.value) : w.unnamed;
  const spans = [m.span, m.name?.span, m.unit?.span, m.direction?.span, m.measurementsFile?.span];
  for (const x of [m.baseline, m.target]) for (const s of measureSpans(x)) spans.push(s);
  for (const x of m.measurements) for (const s of measureSpans(x)) spans.push(s);
  const span = cover(spans);
  return { name, detail: parts.join(', '), kind: 'metric', span, selection: inside(m.name?.span ?? m.span, span), children: [] };
}

function outcomeNode(o: Outcome, lang: Lang): OutlineNode {
  const w = WORDS[lang];
  const children: OutlineNode[] = [];
  if (o.metrics?.primary) children.push(metricNode(o.metrics.primary, false, lang));
  for (const m of o.metrics?.secondary ?? []) children.push(metricNode(m, true, lang));
  if (o.value) {
    const currency = o.value.currency?.value.trim() ? oneLine(o.value.currency.value) : undefined;
    const detail = o.value.investment ? w.investment(money(o.value.investment.value, currency, lang)) : '';
    const v = o.value;
    const spans = [v.span, v.currency?.span, v.investment?.span, v.investmentText?.span];
    for (const item of v.items) spans.push(item.span);
    const span = cover(spans);
    children.push({ name: w.value, detail, kind: 'value', span, selection: inside(v.span, span), children: [] });
  }
  const details: string[] = [];
  if (o.category?.value) details.push(oneLine(o.category.value));
  const deadline = o.metrics?.primary?.target?.date?.value;
  if (deadline) details.push(w.by(deadline));
  const name = o.title?.value.trim() ? oneLine(o.title.value) : w.untitled(o.index + 1);
  return { name, detail: details.join(', '), kind: 'outcome', span: o.span, selection: inside(o.title?.span ?? o.anchor, o.span), children };
}

/** The outline of a file's outcomes, in document order. */
export function outlineOf(outcomes: readonly Outcome[], lang: Lang): OutlineNode[] {
  return outcomes.map((o) => outcomeNode(o, lang));
}

/**
 * The outline of a CBO YAML text, read one outcome at a time with a pause after each (run it in
 * time slices, as the diagnostics run lint): a file of 2,000 outcomes takes about half a second
 * to read, too long to hold an editor's thread. Each outcome's model is dropped once its node is made.
 */
export function* outlineSteps(input: string, lang: Lang): Generator<void, OutlineNode[]> {
  const text = withLfBreaks(input);
  if (encodingFinding(text, lang)) return [];
  const r = yield* yamlSteps(text, lang, undefined, (outcomes) => outlineOf(outcomes, lang));
  return r.items;
}
