// ROI %, net value and payback from the sums of value and cost, in exact minor units.
import { divRoundHalfAway, isSafeMinor } from './money';
import { VALUE_TYPES } from './model';
import type { RoiFigures, RoiIssue, Subtotals } from './roi-types';

/** ROI % to one decimal, rounded half away from zero, from exact minor units. */
export function roiTenths(value: bigint, cost: bigint): number {
  return Number(divRoundHalfAway((value - cost) * 1000n, cost)) / 10;
}

/** Months (one decimal) for a yearly value to repay the cost; undefined if it never does. */
function paybackTenths(value: bigint, cost: bigint): number | undefined {
  if (value <= 0n) return undefined;
  return Number(divRoundHalfAway(cost * 120n, value)) / 10;
}

export function toNumber(v: bigint): number {
  // Callers keep sums within 2^53 (items past it are refused), so this is exact.
  return Number(v);
}

/** Value and cost added up, in minor units. */
export interface Sums {
  claimed: bigint;
  validated: bigint;
  investment?: bigint;
  byType: Subtotals;
}

export function figures(s: Sums, currency: string | undefined, digits: number, issues: RoiIssue[]): RoiFigures {
  const f: RoiFigures = {
    minorDigits: digits,
    claimedMinor: toNumber(s.claimed),
    validatedMinor: toNumber(s.validated),
    byType: s.byType,
    issues,
  };
  if (currency) f.currency = currency;
  if (s.investment === undefined) return f;
  const inv = s.investment;
  f.investmentMinor = toNumber(inv);
  // Exact or absent: a difference past 2^53 minor units is not shown rounded.
  if (isSafeMinor(s.claimed - inv)) f.netMinor = toNumber(s.claimed - inv);
  if (isSafeMinor(s.validated - inv)) f.conservativeNetMinor = toNumber(s.validated - inv);
  if (inv > 0n) {
    f.roiPercent = roiTenths(s.claimed, inv);
    f.conservativeRoiPercent = roiTenths(s.validated, inv);
  }
  const pb = paybackTenths(s.claimed, inv);
  if (pb !== undefined) f.paybackMonths = pb;
  const cpb = paybackTenths(s.validated, inv);
  if (cpb !== undefined) f.conservativePaybackMonths = cpb;
  return f;
}

/** Every value type at 0. */
export function emptySubtotals(): Subtotals {
  return Object.fromEntries(VALUE_TYPES.map((t) => [t, 0])) as Subtotals;
}
