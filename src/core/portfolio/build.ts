// The portfolio from parsed files: one row per outcome, the four rates and the totals per
// currency. Pure: the caller reads and parses the files (and any CSV) and passes the models.
import type { Metric, Outcome } from '../model';
import { countHeldExactly } from '../exact-money';
import { MAINTAIN_ON_TRACK, metricProgress, point, type Progress } from '../progress';
import { computeRoi, hasValue } from '../roi';
import { isIsoDate } from '../text/date';
import { countOnce } from './duplicates';
import { rates } from './rates';
import { currencyTotals } from './totals';
import type { Portfolio, PortfolioOutcome, PortfolioSource } from './types';

export function buildPortfolio(sources: PortfolioSource[], today: string): Portfolio {
  const rows: PortfolioOutcome[] = [];
  for (const s of sources) for (const o of s.outcomes) rows.push(outcomeRow(s, o, today));
  // An outcome restated in a plan or a draft is counted once, and said (duplicates.ts).
  const { kept: outcomes, duplicates } = countOnce(rows);
  const r = rates(outcomes, today);
  return { today, outcomes, totals: currencyTotals(outcomes), rates: r.rates, counts: r.counts, files: sources.length, duplicates };
}

export function outcomeRow(s: PortfolioSource, o: Outcome, today: string): PortfolioOutcome {
  const metric = o.metrics?.primary;
  const progress = metric ? metricProgress(metric, today) : undefined;
  const roi = hasValue(o) ? computeRoi(o.value) : undefined;
  const items = o.value?.items ?? [];
  const row: PortfolioOutcome = {
    file: s.file,
    line: s.lineOf ? s.lineOf(o.anchor.start) : 1,
    index: o.index,
    title: o.title?.value.replace(/\s+/g, ' ').trim() ?? '',
    status: progress?.status ?? 'no-data',
    reached: reachedTarget(progress),
    reachedEarly: reachedEarly(progress),
    reachedLate: false,
    valueItems: items.length,
    validatedItems: items.filter((it) => it.validated === true).length,
    quantified: !!roi?.items.some((it) => it.counted),
    roiPositive: !!roi && roi.investmentMinor !== undefined && roi.investmentMinor > 0 && roi.claimedMinor > roi.investmentMinor,
    outcome: o,
  };
  const account = o.account?.value.trim();
  if (account) row.account = account;
  const since = customerSince(o);
  if (since) row.customerSince = since;
  const category = o.category?.value.trim();
  if (category) row.category = category;
  if (progress) row.progress = progress;
  if (roi) {
    row.roi = roi;
    if (roi.currency) row.currency = roi.currency;
  } else {
    const cur = o.value?.currency?.value.trim().toUpperCase();
    if (cur) row.currency = cur;
  }
  const share = shareOf(progress, row.reached);
  if (share !== undefined) row.share = share;
  const users = o.users?.value;
  // Past 2^53 - 1 the number is not the one written (the schema's finding says so): value per
  // user is not worked out from another one, as the usage table shows no such volume.
  if (users !== undefined && countHeldExactly(users) && users > 0) row.users = users;
  const last = metric ? lastMeasured(metric, today) : undefined;
  if (last) row.lastMeasured = last;
  // As deadline-passed reads it: the target's date, whether or not the target is a number.
  const deadline = metric?.target?.date?.value.trim();
  if (deadline && isIsoDate(deadline)) row.deadline = deadline;
  if (metric) row.reachedLate = reachedLate(metric, progress, today);
  if (s.withErrors?.has(o)) row.hasErrors = true;
  return row;
}

/**
 * Whether the latest reading on or before today reaches the target: at or past it in the
 * metric's direction (from baseline and target, else as declared), or for `maintain` within
 * the same tolerance progress uses. Without a direction only the exact target counts.
 */
export function reachedTarget(p: Progress | undefined): boolean {
  const actual = p?.latest?.value;
  return actual !== undefined && atTarget(p!, actual);
}

/** Whether `actual`, a reading of the metric `p` is the progress of, is at or past its target (reachedTarget). */
function atTarget(p: Progress, actual: number): boolean {
  const target = p.target?.value;
  // A target on the wrong side of the baseline is no goal to reach: a fall in claims is not
  // "at" a target set above where they started.
  if (target === undefined || p.reason === 'wrong-side') return false;
  switch (p.direction) {
    case 'increase':
      return actual >= target;
    case 'decrease':
      return actual <= target;
    case 'maintain':
      return target === 0 ? actual === 0 : Math.abs(actual - target) / Math.abs(target) <= MAINTAIN_ON_TRACK;
    default:
      return actual === target;
  }
}

/**
 * Whether a goal not yet due already counts as achieved: its target reached by a dated reading
 * taken since the baseline, on a change the outcome set out to make. Not a `maintain` goal (held
 * on day one, it is met only by holding to the deadline), not a target equal to its baseline,
 * not a reading with no date or from before the baseline.
 */
function reachedEarly(p: Progress | undefined): boolean {
  if (!p || !reachedTarget(p) || p.direction === 'maintain' || !p.latest || p.latest.undated) return false;
  if (p.baseline && p.target && p.baseline.value === p.target.value) return false;
  return !p.baseline?.date || (p.latest.date !== undefined && p.latest.date >= p.baseline.date);
}

/**
 * Whether the goal of `m` is at target on `day` (its progress `p` judged on that day) but reached
 * it only after its deadline, which is before `day`: the outcome row's reachedLate, and a
 * quarter's late ones in the trends (trends.ts), judged alike.
 */
export function reachedLate(m: Metric, p: Progress | undefined, day: string): boolean {
  // As deadline-passed reads it: the target's date, whether or not the target is a number.
  const deadline = m.target?.date?.value.trim();
  return !!deadline && isIsoDate(deadline) && deadline < day && reachedTarget(p) && !metInTime(m, p!, deadline);
}

/**
 * Whether a goal at target now had reached it by its deadline: some dated reading since the
 * baseline, on or before the deadline day, is at target. The framework's success is a CBO
 * achieved within its timeline, so one met only later is counted apart (rates.ts). A reading
 * with no date is taken as today's, as progress takes it: no proof the target was met in time.
 */
function metInTime(m: Metric, p: Progress, deadline: string): boolean {
  const since = p.baseline?.date;
  return m.measurements.some((r) => {
    const x = point(r);
    return x?.date !== undefined && x.date <= deadline && (since === undefined || x.date >= since) && atTarget(p, x.value);
  });
}

function shareOf(p: Progress | undefined, reached: boolean): number | undefined {
  if (reached) return 1;
  const f = p?.actualFraction;
  return f === undefined || !Number.isFinite(f) ? undefined : Math.min(1, Math.max(0, f));
}

function lastMeasured(m: Metric, today: string): string | undefined {
  let last: string | undefined;
  for (const r of m.measurements) {
    const d = r.date?.value;
    if (d && isIsoDate(d) && d <= today && r.value !== undefined && (!last || d > last)) last = d;
  }
  return last;
}

/**
 * When an account became a customer, from its outcomes: the earliest date any of them states
 * (the first contract; a later date on another outcome is a later renewal, not a new start).
 * Only calendar dates count: an impossible one is the impossible-date rule's finding.
 */
export function customerSinceOf(outcomes: readonly Outcome[]): string | undefined {
  let first: string | undefined;
  for (const o of outcomes) {
    const d = customerSince(o);
    if (d && (first === undefined || d < first)) first = d;
  }
  return first;
}

/** The outcome's `customerSince` when it is a calendar date, trimmed; else nothing to show. */
export function customerSince(o: Outcome): string | undefined {
  const d = o.customerSince?.value.trim();
  return d && isIsoDate(d) ? d : undefined;
}
