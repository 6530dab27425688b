// The tracker's four rates, exactly:
//   achievement       = outcomes due whose latest measurement on or before today reaches the target,
//                       and some reading on or before the deadline did too, ÷ outcomes due. The
//                       framework's success is a CBO achieved within its timeline: one at target
//                       only after its deadline stays in the denominator, counted apart
//                       (achievedLate), never as achieved. Due: the deadline (the primary metric's
//                       target date) is before today, as progress.ts's deadlinePassed. An outcome due next year is
//                       no failure yet (counted over all outcomes, a team on track read as
//                       failing), but one already at target is a success now: it is counted in
//                       both, as reached early. Those not yet due and short of target, and those
//                       with no deadline, are counted beside it (DueCount), never in it
//   roiPositive       = accounts with a positive ROI ÷ all accounts (the tracker counts accounts);
//                       outcomes that name no account belong to none, so they are left out of it
//                       (the basis says so); when no outcome names an account, each outcome is its
//                       own unit
//   valueDocumented   = outcomes with at least one quantified value item ÷ all outcomes
//   customerValidated = value items with `validated: true` ÷ all value items
// Fractions 0..1; null when the denominator is 0, since 0 % and 100 % would both be false.
import { groupBy } from './group';
import { currencyTotals } from './totals';
import type { DueCount, PortfolioOutcome, RateCounts, Rates } from './types';

export function rates(rows: PortfolioOutcome[], today: string): { rates: Rates; counts: RateCounts } {
  const n = rows.length;
  const items = rows.reduce((a, r) => a + r.valueItems, 0);
  const byAccount = rows.some((r) => r.account !== undefined);
  const leftOut = rows.filter((r) => r.account === undefined).length;
  const units = byAccount ? [...groupBy(rows.filter((r) => r.account !== undefined), (r) => r.account!).values()] : rows.map((r) => [r]);
  const counts: RateCounts = {
    achievement: dueCount(rows, today),
    roiPositive: { count: units.filter(roiPositive).length, of: units.length, ...(byAccount ? { byAccount, ...(leftOut ? { leftOut } : {}) } : {}) },
    valueDocumented: { count: rows.filter((r) => r.quantified).length, of: n },
    customerValidated: { count: rows.reduce((a, r) => a + r.validatedItems, 0), of: items },
  };
  const frac = (c: { count: number; of: number }) => (c.of === 0 ? null : c.count / c.of);
  return {
    counts,
    rates: { achievement: frac(counts.achievement), roiPositive: frac(counts.roiPositive), valueDocumented: frac(counts.valueDocumented), customerValidated: frac(counts.customerValidated) },
  };
}

/** Outcomes due before `today` or at target already, those of them at target in time, and the rest counted apart. */
function dueCount(rows: PortfolioOutcome[], today: string): DueCount {
  const c: DueCount = { count: 0, of: 0, dueBefore: today, reachedEarly: 0, achievedLate: 0, notYetDue: 0, noDeadline: 0 };
  for (const r of rows) {
    if (r.deadline === undefined) c.noDeadline++;
    else if (r.deadline >= today && r.reachedEarly) {
      c.of++;
      c.count++;
      c.reachedEarly++;
    } else if (r.deadline >= today) c.notYetDue++;
    else {
      c.of++;
      if (r.reachedLate) c.achievedLate++;
      else if (r.reached) c.count++;
    }
  }
  return c;
}

/**
 * A unit shows a positive ROI when it states value or cost and, in every currency it does,
 * its outcomes' pooled value exceeds their pooled investment (the totals' rules: an outcome with
 * value and no investment leaves its currency without an ROI, so nothing is shown positive on a
 * cost nobody wrote down). Currencies are never added to each other.
 */
function roiPositive(unit: PortfolioOutcome[]): boolean {
  const totals = currencyTotals(unit);
  return totals.length > 0 && totals.every((t) => t.investmentMinor !== undefined && t.investmentMinor > 0 && t.claimedMinor !== undefined && t.claimedMinor > t.investmentMinor);
}

/** A rate meets its target when it is above it (the tracker's thresholds are "more than"). */
export function meetsTarget(rate: number | null, target: number): boolean {
  return rate !== null && rate > target;
}

/** A rate against its target, as every view marks it: nothing to count is neither met nor missed. */
export function rateState(rate: number | null, target: number): 'met' | 'missed' | 'none' {
  return rate === null ? 'none' : meetsTarget(rate, target) ? 'met' : 'missed';
}
