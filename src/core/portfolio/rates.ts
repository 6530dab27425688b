// The tracker's four rates, exactly:
//   achievement       = outcomes whose latest measurement on or before today reaches the target ÷ all outcomes
//   roiPositive       = outcomes with investment > 0 and claimed value > investment ÷ all outcomes
//   valueDocumented   = outcomes with at least one quantified value item ÷ all outcomes
//   customerValidated = value items with `validated: true` ÷ all value items
// Fractions 0..1; null when the denominator is 0, since 0 % and 100 % would both be false.
import type { PortfolioOutcome, RateCounts, Rates } from './types';

export function rates(rows: PortfolioOutcome[]): { rates: Rates; counts: RateCounts } {
  const n = rows.length;
  const items = rows.reduce((a, r) => a + r.valueItems, 0);
  const counts: RateCounts = {
    achievement: { count: rows.filter((r) => r.reached).length, of: n },
    roiPositive: { count: rows.filter((r) => r.roiPositive).length, of: n },
    valueDocumented: { count: rows.filter((r) => r.quantified).length, of: n },
    customerValidated: { count: rows.reduce((a, r) => a + r.validatedItems, 0), of: items },
  };
  const frac = (c: { count: number; of: number }) => (c.of === 0 ? null : c.count / c.of);
  return {
    counts,
    rates: { achievement: frac(counts.achievement), roiPositive: frac(counts.roiPositive), valueDocumented: frac(counts.valueDocumented), customerValidated: frac(counts.customerValidated) },
  };
}

/** A rate meets its target when it is above it (the tracker's thresholds are "more than"). */
export function meetsTarget(rate: number | null, target: number): boolean {
  return rate !== null && rate > target;
}

/** A rate against its target, as every view marks it: nothing to count is neither met nor missed. */
export function rateState(rate: number | null, target: number): 'met' | 'missed' | 'none' {
  return rate === null ? 'none' : meetsTarget(rate, target) ? 'met' : 'missed';
}
