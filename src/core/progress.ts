// Progress of a metric: its latest measurement against a straight line drawn from the
// baseline (value on baseline.date) to the target (value on target.date).
//
// How far along the line a measurement is, is a fraction of the planned change:
//   actualFraction   = (actual - baseline) / (target - baseline)      1 means the target is met
//   expectedFraction = (date - baseline.date) / (target.date - baseline.date), within 0..1
// Because both are fractions of (target - baseline), the same arithmetic serves metrics that
// should rise and metrics that should fall: for a decrease from 10 to 5, a reading of 7 is 0.6
// of the way. The line is judged on the day the measurement was taken, not today: a quarterly
// reading cannot be blamed for the weeks that passed since, or every metric would look late
// between readings. `today` still matters: a target date that has passed without the target
// being met is off track whatever the last reading said, and readings dated after today are
// ignored as not yet real.
//
// Status, with ratio = actualFraction / expectedFraction:
//   achieved    the target is met (for `maintain`: held within tolerance once the deadline passed)
//   on-track    ratio >= 0.9  (ON_TRACK)
//   at-risk     ratio >= 0.6  (AT_RISK)
//   off-track   below that, or the deadline passed without reaching the target
//   no-data     no numeric baseline, target or measurement, no usable timeline, or a target on
//               the wrong side of the baseline (the metric should fall and the target is above
//               it: the target-direction finding). Following the numbers there read a fall in
//               damage claims as "-25 % of the planned change, off track", when the fault is
//               the target's, not the team's.
// A metric to `maintain` has no line to follow; it is on track while within 5 % of its target
// (MAINTAIN_ON_TRACK), at risk within 10 % (MAINTAIN_AT_RISK) and off track beyond.
// Dates are ISO days compared in UTC, so no time zone ever moves a reading to another day.
import type { Direction, Measure, Metric } from './model';
import { maxOf } from './arrays';
import { isMetricNumber } from './metric-number';
import { directionOf } from './rules/metric-facts';
import { daysBetween, isIsoDate } from './text/date';

export type ProgressStatus = 'achieved' | 'on-track' | 'at-risk' | 'off-track' | 'no-data';

export type NoDataReason = 'no-baseline' | 'no-target' | 'no-measurement' | 'no-timeline' | 'wrong-side';

export const ON_TRACK = 0.9;
export const AT_RISK = 0.6;
export const MAINTAIN_ON_TRACK = 0.05;
export const MAINTAIN_AT_RISK = 0.1;

export interface Point {
  value: number;
  date?: string;
  /** A reading written with no date, taken as today's: no proof that a target was met early. */
  undated?: true;
}

export interface Progress {
  status: ProgressStatus;
  /** Why the status is 'no-data'. */
  reason?: NoDataReason;
  /** The direction used: as declared, else from baseline and target. */
  direction?: Direction;
  /** The direction (declared, else read from the metric's name, as target-direction reads it) disagrees with baseline and target: no data, reason 'wrong-side'. */
  directionConflict?: boolean;
  baseline?: Point;
  target?: Point;
  /** The latest measurement taken on or before today. */
  latest?: Point;
  /** Where the line stands on the latest measurement's date. */
  expected?: number;
  /** Where the line stands today (capped at the target once its date has passed). */
  expectedToday?: number;
  actual?: number;
  /** Share of the planned change achieved (1 = target met; negative = moved the wrong way). */
  actualFraction?: number;
  /** Share of the timeline elapsed on the measurement's date, within 0..1. */
  expectedFraction?: number;
  /** actualFraction / expectedFraction; undefined when nothing was expected yet. */
  ratio?: number;
  /** Days from baseline to target, and from baseline to the measurement. */
  totalDays?: number;
  elapsedDays?: number;
  /** The target date is before today. */
  deadlinePassed?: boolean;
}

/**
 * A baseline, target or reading as progress counts it: a number within ±(2^53 - 1), with its date
 * when that is a calendar day; undefined for any other. The report's evidence lists the readings
 * this takes, so it shows what the status rests on.
 */
export function point(m: Measure | undefined): Point | undefined {
  const v = m?.value?.value;
  // Beyond 2^53 the number is not the one written (metric-number.ts); the schema says so.
  if (!isMetricNumber(v)) return undefined;
  const d = m?.date?.value;
  return d && isIsoDate(d) ? { value: v, date: d } : { value: v };
}

/**
 * The latest measurement taken on or before `today`. Readings without a date (free text) are
 * taken as of today, the moment the author wrote them down, and only when no dated one exists.
 */
function latestOf(ms: Measure[], today: string): Point | undefined {
  let best: Point | undefined;
  let undated: Point | undefined;
  for (const m of ms) {
    const p = point(m);
    if (!p) continue;
    if (!p.date) {
      undated = { value: p.value, date: today, undated: true };
      continue;
    }
    if (p.date > today) continue;
    if (!best || p.date >= best.date!) best = p;
  }
  return best ?? undated;
}

function declared(m: Metric): Direction | undefined {
  const d = m.direction?.value.trim().toLowerCase();
  return d === 'increase' || d === 'decrease' || d === 'maintain' ? d : undefined;
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}

export function metricProgress(metric: Metric, today: string): Progress {
  const baseline = point(metric.baseline);
  const target = point(metric.target);
  const latest = latestOf(metric.measurements, today);
  const dir = declared(metric);
  const base: Progress = { status: 'no-data' };
  if (dir) base.direction = dir;
  if (baseline) base.baseline = baseline;
  if (target) base.target = target;
  if (latest) base.latest = latest;
  if (!baseline) return { ...base, reason: 'no-baseline' };
  if (!target) return { ...base, reason: 'no-target' };

  const numeric: Direction = target.value > baseline.value ? 'increase' : target.value < baseline.value ? 'decrease' : 'maintain';
  const direction = dir === 'maintain' ? 'maintain' : numeric;
  const out: Progress = { ...base, direction };
  // The target lies on the side the metric should move away from (as declared, else as its name
  // says: what cbo check's target-direction judges by): no line to judge against, as without a
  // target. A target equal to the baseline reads as `maintain` above.
  const judged = dir ?? directionOf(metric);
  if (judged && judged !== 'maintain' && numeric !== 'maintain' && judged !== numeric) return { ...out, directionConflict: true, reason: 'wrong-side' };

  if (!baseline.date || !target.date || !isIsoDate(today)) return { ...out, status: 'no-data', reason: 'no-timeline' };
  const totalDays = daysBetween(baseline.date, target.date);
  if (totalDays <= 0) return { ...out, status: 'no-data', reason: 'no-timeline' };
  out.totalDays = totalDays;
  out.deadlinePassed = today > target.date;
  const span = target.value - baseline.value;
  const lineAt = (date: string) => baseline.value + span * clamp01(daysBetween(baseline.date!, date) / totalDays);
  out.expectedToday = lineAt(today);
  if (!latest) return { ...out, status: 'no-data', reason: 'no-measurement' };

  const date = latest.date!;
  out.actual = latest.value;
  out.elapsedDays = daysBetween(baseline.date, date);
  out.expectedFraction = clamp01(out.elapsedDays / totalDays);
  out.expected = lineAt(date);

  if (direction === 'maintain') return { ...out, status: maintainStatus(latest.value, target.value, out.deadlinePassed) };

  const actualFraction = (latest.value - baseline.value) / span;
  out.actualFraction = actualFraction;
  if (actualFraction >= 1) return { ...out, status: 'achieved' };
  if (out.deadlinePassed) return { ...out, status: 'off-track' };
  if (out.expectedFraction === 0) {
    // Nothing was due yet: holding ground is on track, sliding back already deserves a look.
    return { ...out, status: actualFraction >= 0 ? 'on-track' : 'at-risk' };
  }
  const ratio = actualFraction / out.expectedFraction;
  out.ratio = ratio;
  return { ...out, status: ratio >= ON_TRACK ? 'on-track' : ratio >= AT_RISK ? 'at-risk' : 'off-track' };
}

function maintainStatus(actual: number, target: number, deadlinePassed: boolean): ProgressStatus {
  // Relative to the level held; a target of 0 only allows exactly 0 (no scale to measure against).
  const off = target === 0 ? (actual === 0 ? 0 : Infinity) : Math.abs(actual - target) / Math.abs(target);
  if (off <= MAINTAIN_ON_TRACK) return deadlinePassed ? 'achieved' : 'on-track';
  return off <= MAINTAIN_AT_RISK ? 'at-risk' : 'off-track';
}

/** Decimals a number is written with (12.5 → 1, 40 → 0; 1e-7 and the like count at most 6). */
function decimalsOf(x: number): number {
  const s = String(Math.abs(x));
  if (s.includes('e')) return 6;
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : Math.min(6, s.length - dot - 1);
}

/**
 * Decimals to show the plan line with: as many as the figures it is drawn between, so a count
 * of calls from 40 to 20 reads "34 calls", not "34.02 calls"; one more when the planned change
 * is under ten steps of that precision, so a rating from 3 to 4 can still read 3.4.
 */
export function planLineDigits(p: Progress): number {
  const written = [p.baseline, p.target, p.latest].filter((x): x is Point => !!x).map((x) => x.value);
  if (!written.length) return 2;
  const digits = maxOf(written.map(decimalsOf));
  const steps = p.baseline && p.target ? Math.abs(p.target.value - p.baseline.value) * 10 ** digits : Infinity;
  return Math.min(6, steps < 10 ? digits + 1 : digits);
}

/**
 * Decimals to show the plan line's value beside the latest reading with: planLineDigits, and one
 * more each time rounding would make the two read alike when they are not (up to 6). A reading
 * of 64 against a line at 64.47 read "expected 64%, got 64%" beside an "at risk"; it reads
 * "expected 64.5%". The reading has no more decimals than planLineDigits, so rounding the line
 * can only meet the reading, never pass it. Only for an outcome at risk or off track.
 */
export function expectedDigits(p: Progress): number {
  let digits = planLineDigits(p);
  const { expected, actual } = p;
  // Only where the status says behind: on track, "latest 34 calls, plan line 34 calls" agrees
  // with what it says, and "34.02" beside it read as hair-splitting.
  if (expected === undefined || actual === undefined || (p.status !== 'at-risk' && p.status !== 'off-track')) return digits;
  // Differences at the last bits of a double are no gap (64.00000000000001 is 64).
  if (Math.abs(expected - actual) <= 1e-9 * Math.max(1, Math.abs(actual))) return digits;
  while (digits < 6 && roundAway(expected, digits) === roundAway(actual, digits)) digits++;
  return digits;
}

/** Rounded to `digits` decimals, half away from zero, as Intl.NumberFormat writes it. */
function roundAway(x: number, digits: number): number {
  const f = 10 ** digits;
  return (Math.sign(x) * Math.round(Math.abs(x) * f)) / f;
}
