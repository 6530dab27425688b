// A plan's Target line read as one target. The reader took the first number it met, so
// "from 62 % to 80 %" was a target of 62 (the baseline restated), "38-40%" no number at all
// (a dash between digits is read as part of a date), "38~40%" a target of 38 with no unit, and
// a second target ("80 % or 85 %") was dropped in silence.
//
// - A figure after "from" ("from 62 % to 80 %", "down from 5 minutes") or before "에서"
//   ("62%에서 80%로") is where the metric starts: never the target, never named.
// - A range ("38-40%", "38–40 %", "38 ~ 40%", "38~40%") is one target, read as the end the
//   metric reaches first on its way from the baseline: rising from 20 %, 38; falling from 50 %,
//   40. Anywhere in the range meets the target, so its near end is the least the plan commits
//   to, and a reading of 39 % reaches it; its far end would call that short. With no baseline
//   the metric's direction says where it comes from (falling: from above, the high end); a
//   baseline inside the range has no near end, and the end it moves towards is read (falling:
//   the low end), so the target still lies the way the metric moves. Else the low end.
// - A figure the line moves on from ("62% → 80%", "increase 62% to 80%", "62%를 80%로"), a change
//   in points ("+18 pp", "18%p 상승한") and a scale's top ("4.5 out of 5", "5점 만점에") are no target.
// - A second target offered as an alternative in the target's own unit ("85 %" of "80 % or 85 %",
//   "80% 또는 85%", "80%/85%", a second range) is not read, and unread-value names it. Any other
//   figure describes the target (a benchmark, a relative change, a tolerance, a checkpoint, a
//   stretch: a cold review found 20 such correct targets named when every figure was), and one in
//   another unit ("80% of tickets within 24 hours") or equal to the baseline restates it: none is named.
import type { Direction } from '../model';
import { findDates } from '../text/date';
import { extractQuantities, type Quantity } from '../text/quantity';
import { unitKey, unitsDiffer } from '../text/units';

export interface TargetFigures {
  /** The figure read, its span the whole range when it is one ("38-40%"); undefined when none. */
  read: Quantity | undefined;
  /** Figures in the read one's unit that are not read. */
  unread: Quantity[];
}

/** Where the metric stands, to choose a range's end from. */
export interface Toward {
  baseline?: number;
  direction?: Direction;
  /** The unit the metric declares ("(%)" after its name), to pass over a figure that qualifies the value. */
  unit?: string;
}

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
// Two numbers joined by a dash or a tilde, the first with a % or none: not after a letter, a
// digit or a sign ("Q1-2", "v1.2-3", "2026-03-31"'s "03-31").
const RANGE = new RegExp(String.raw`(?<![\p{L}\p{N}.,/\-−–~～])(${NUMBER})\s?([%％])?\s?[-–—~～〜]\s?(?=\d)`, 'gu');
// A minus sign that starts a figure, not one inside a word, a date or a range ("2026-03", "10-15",
// "A-5"): the first for a baseline or a reading (markdown-measure.ts), each of them for a target.
export const SIGN = /(?<![\p{L}\p{N}.,/\-−])[-−](?=\s?\d)/u;
const SIGNS = new RegExp(SIGN.source, 'gu');
const FROM_BEFORE = /\bfrom\s+(?:about\s+|around\s+|roughly\s+|~\s?)?$/i;
const FROM_AFTER = /^\s?에서/;
// A figure the line moves from with an arrow, "to" or 을/를 before the next figure: "62% → 80%",
// "increase 62% to 80%", "62%를 80%로". Where it starts (or by how much), not the target.
const MOVES_ON = /^\s?(?:→|->|⇒|➔|to|을|를)\s?[$€£₩¥]?\s?[-−]?\d/i;
// A change in points ("+18 pp", "18%p 상승"), not a level; and a scale's top ("4.5 out of 5",
// "5점 만점에 4.5점"), not what is reached on it.
const POINTS_AFTER = /^\s?(?:p\b|pp\b|p(?=[\s가-힣])|percentage points?)/i;
const POINTS_UNIT = /^(?:p|pp|%p|％p|percentage points?|%포인트)$/i;
const SCALE_BEFORE = /\bout\s+of\s*$/i;
const SCALE_AFTER = /^\s?(?:점\s?)?만점/;
// A second target offered as an alternative ("80% or 85%", "80% 또는 85%", "80%/85%"): the one
// kind of further figure that says the line names two targets. A figure that describes the
// target (a benchmark, a relative change, a checkpoint, a stretch) is no alternative to it.
const ALTERNATIVE = /^\s?,?\s?(?:or|또는|혹은|아니면|이나|나|\/)\s?$/i;
const YEAR = /^(?:19|20)\d\d$/;

/**
 * The target of a Target line's text, as the header says. `first`: the reader's first figure of
 * the text (with its sign), which stays the target when no range and no "from" is written.
 */
export function targetFigures(text: string, first: Quantity | undefined, toward: Toward): TargetFigures {
  const ranges = rangesIn(text);
  const figures = signedFigures(text);
  const candidates = merged(figures, ranges).filter((c) => isCandidate(text, c.q));
  const chosen = inUnit(candidates, toward.unit) ?? candidates[0];
  // As the reader read it before ranges and "from": the first figure, when it is the first here too.
  const plain = !ranges.length && candidates.length === figures.length && chosen?.q.start === first?.start;
  const read = plain ? first : chosen && (chosen.range ? { ...chosen.q, value: nearEnd(chosen.range, toward) } : chosen.q);
  if (!read) return { read: undefined, unread: [] };
  const key = unitKey(read.unit);
  const unread: Quantity[] = [];
  for (const c of candidates) {
    if (c.q.start < read.end && c.q.end > read.start) continue;
    if (unitKey(c.q.unit) !== key) continue;
    // The baseline restated ("15% (half of today's 30%)") is no second target.
    if (!c.range && c.q.value === toward.baseline) continue;
    const between = c.q.start >= read.end ? text.slice(read.end, c.q.start) : text.slice(c.q.end, read.start);
    if (ALTERNATIVE.test(between)) unread.push(c.q);
  }
  return { read, unread };
}

/**
 * When the first figure is in another known unit than the metric's ("3개월 연속 99.9% 이상",
 * "환자의 95%가 4시간 이내" for a metric in hours), the first in the metric's own unit: the other
 * qualifies it (how long, for whom). Undefined when the first is in the metric's unit, has no
 * unit or one not known for certain, or no figure is in the metric's unit.
 */
function inUnit<T extends { q: Quantity }>(cs: readonly T[], unit: string | undefined): T | undefined {
  const first = cs[0];
  if (!first || !unitsDiffer(first.q.unit, unit)) return undefined;
  const key = unitKey(unit);
  return cs.find((c) => unitKey(c.q.unit) === key);
}

/** A baseline's figure, as inUnit chooses a target's: `first` unless it is in another unit than the metric's and one in its unit follows. */
export function baselineFigure(text: string, first: Quantity | undefined, unit: string | undefined): Quantity | undefined {
  if (!first || !unitsDiffer(first.unit, unit)) return first;
  return inUnit(extractQuantities(text).map((q) => ({ q })), unit)?.q ?? first;
}

/** Whether a figure may be the target: not where the line starts, a change in points or a scale's top. */
function isCandidate(text: string, q: Quantity): boolean {
  const before = text.slice(Math.max(0, q.start - 24), q.start);
  const after = text.slice(q.end, q.end + 24);
  if (q.unit !== undefined && POINTS_UNIT.test(q.unit)) return false;
  return !FROM_BEFORE.test(before) && !FROM_AFTER.test(after) && !MOVES_ON.test(after) && !POINTS_AFTER.test(after) && !SCALE_BEFORE.test(before) && !SCALE_AFTER.test(after);
}

/** Figures and ranges in the order they are written, a figure inside a range left out (both are sorted). */
function merged(figures: Quantity[], ranges: Range[]): { q: Quantity; range?: Range }[] {
  const out: { q: Quantity; range?: Range }[] = [];
  let r = 0;
  for (const q of figures) {
    while (r < ranges.length && ranges[r]!.q.end <= q.start) {
      out.push({ q: ranges[r]!.q, range: ranges[r]! });
      r++;
    }
    const inside = r < ranges.length && q.start < ranges[r]!.q.end && q.end > ranges[r]!.q.start;
    if (!inside) out.push({ q });
  }
  for (; r < ranges.length; r++) out.push({ q: ranges[r]!.q, range: ranges[r]! });
  return out;
}

interface Range {
  q: Quantity;
  low: number;
  high: number;
}

/** The ranges of the text, each as one figure spanning both ends, with the unit of its second. */
function rangesIn(text: string): Range[] {
  const out: Range[] = [];
  const dates = findDates(text);
  let d = 0;
  RANGE.lastIndex = 0;
  for (let m = RANGE.exec(text); m; m = RANGE.exec(text)) {
    const from = m.index + m[0].length;
    const second = figureAt(text, from);
    if (!second || second.start !== 0) continue;
    const end = from + second.end;
    // Dates are sorted: those ending before this match can end before no later one.
    while (d < dates.length && dates[d]!.end <= m.index) d++;
    if (d < dates.length && dates[d]!.start < end) continue;
    const a = Number(m[1]!.replace(/,/g, ''));
    // A first end with a % takes a second with one: "5% - 3 days" is no range.
    if (m[2] && unitKey(second.unit) !== '%') continue;
    // Two years ("2026-2027") are a span of time, not a target.
    if (!second.unit && YEAR.test(m[1]!) && YEAR.test(text.slice(from, end))) continue;
    const q: Quantity = { value: a, start: m.index, end };
    if (second.unit !== undefined) q.unit = second.unit;
    out.push({ q, low: Math.min(a, second.value), high: Math.max(a, second.value) });
    RANGE.lastIndex = end;
  }
  return out;
}

/** The figures of the text, with a minus sign before one read as its sign ("-5%", "− 2"). */
function signedFigures(text: string): Quantity[] {
  const found = extractQuantities(text);
  const at = new Map<number, number>();
  found.forEach((q, i) => at.set(q.start, i));
  const more: Quantity[] = [];
  SIGNS.lastIndex = 0;
  for (let s = SIGNS.exec(text); s; s = SIGNS.exec(text)) {
    const from = s.index + 1;
    const q = figureAt(text, from);
    if (!q || text.slice(from, from + q.start).trim() !== '') continue;
    const signed: Quantity = { value: -q.value, start: s.index, end: from + q.end };
    if (q.unit !== undefined) signed.unit = q.unit;
    // "- 7%": the number reader read "7%"; "-5%": it skipped it as a date's part.
    const i = at.get(from + q.start);
    if (i !== undefined) found[i] = signed;
    else more.push(signed);
  }
  return more.length ? found.concat(more).sort((a, b) => a.start - b.start) : found;
}

/**
 * The first figure of the text from `from` on, its offsets from there: read in a window after it,
 * so a line of thousands of signs and dashes is read in linear time. A number too long for the
 * window (400 characters) is none.
 */
function figureAt(text: string, from: number): Quantity | undefined {
  for (const w of [40, 400]) {
    const q = extractQuantities(text.slice(from, from + w))[0];
    if (!q || from + w >= text.length || q.end < w) return q;
  }
  return undefined;
}

/** The end of the range the metric reaches first from its baseline, else as its direction says (header). */
function nearEnd(r: Range, toward: Toward): number {
  const b = toward.baseline;
  const falling = toward.direction === 'decrease';
  if (b === undefined) return falling ? r.high : r.low;
  if (b < r.low) return r.low;
  if (b > r.high) return r.high;
  return toward.direction === 'increase' ? r.high : r.low;
}
