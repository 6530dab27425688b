// ROI of an outcome's value block, and of several outcomes together.
//
//   ROI % = (total value - total cost) / total cost x 100
//
// Value items, by type (all in the block's currency; an item in another one counts as 0):
//   hard-savings      amount                       cost that no longer has to be paid
//   soft-savings      hours x rate                 time freed, priced at what an hour is worth
//   revenue-impact    amount                       revenue attributed to the outcome
//   risk-avoidance    probability x impact         expected loss avoided
//   opportunity-cost  hours x rate, else amount    time moved to better work
//
// Claimed value counts every item; validated value counts only items the customer has
// confirmed (`validated: true`), and the conservative ROI uses validated value alone, so a
// reader always sees the figure that does not depend on our own estimates.
//
// Period assumption (for payback): every item's value is a YEARLY value, and `investment` is
// the total cost over the period the value is counted for (see the schema). A YAML item has no
// period of its own; a Markdown figure written for a month or a week counts × 12 or × 52
// (`perYear`, shown among its factors). Payback in months = investment / (yearly value / 12). If a team counts
// value over another period, payback scales with it; ROI does not depend on this assumption.
//
// Nothing here throws or yields NaN/Infinity: a figure that cannot be computed is undefined
// and an issue says why. Items that cannot be valued count as 0 and say why in `problem`.
// The pieces live beside it: roi-types.ts (the shapes), roi-bases.ts (which numbers value each
// type), roi-item.ts (one item), roi-figures.ts (ROI % and payback), roi-sum.ts (several outcomes).
import { isSafeMinor, minorDigits, minorProductBig } from './money';
import type { Outcome, ValueBlock, ValueType } from './model';
import { stated as n } from './roi-bases';
import { emptySubtotals, figures, toNumber, type Sums } from './roi-figures';
import { valueItem } from './roi-item';
import { sumRoi } from './roi-sum';
import type { ItemValue, RoiIssue, RoiSummary, RoiTotal } from './roi-types';

export type { ItemBasis, ItemProblem, ItemValue, RoiFigures, RoiIssue, RoiSummary, RoiTotal, Subtotals } from './roi-types';
export { missingNumbers, TYPE_BASES, unreadNumbers, type ValueNumber } from './roi-bases';
export { roiTenths } from './roi-figures';
export { sumRoi } from './roi-sum';

/** ROI figures of one outcome's value block; an absent block gives zeros and 'no-items'. */
export function computeRoi(value: ValueBlock | undefined): RoiSummary {
  const rawCurrency = value?.currency?.value.trim();
  const currency = rawCurrency ? rawCurrency.toUpperCase() : undefined;
  const digits = minorDigits(currency);
  const issues: RoiIssue[] = [];
  const items: ItemValue[] = [];
  const sums: Sums = { claimed: 0n, validated: 0n, byType: emptySubtotals() };
  const byTypeBig = new Map<ValueType, bigint>();

  (value?.items ?? []).forEach((it, i) => {
    let { item, big } = valueItem(it, i, currency);
    // Exact or refused: an item that would carry a sum past 2^53 minor units is not counted.
    if (item.counted && item.type && !(isSafeMinor(sums.claimed + big) && isSafeMinor(sums.validated + big) && isSafeMinor((byTypeBig.get(item.type) ?? 0n) + big))) {
      item = { ...item, minor: 0, counted: false, problem: 'too-large' };
      big = 0n;
    }
    items.push(item);
    if (!item.counted || !item.type) return;
    sums.claimed += big;
    if (item.validated) sums.validated += big;
    byTypeBig.set(item.type, (byTypeBig.get(item.type) ?? 0n) + big);
  });
  for (const [t, v] of byTypeBig) sums.byType[t] = toNumber(v);

  if (items.length === 0) issues.push('no-items');
  if (items.some((it) => !it.counted)) issues.push('uncounted-items');
  const inv = n(value?.investment);
  if (inv === undefined) {
    if (items.length) issues.push('no-investment');
  } else if (inv < 0) {
    issues.push('negative-investment');
  } else {
    const big = Number.isFinite(inv) ? minorProductBig([inv], currency) : undefined;
    if (big === undefined || !isSafeMinor(big)) issues.push('investment-too-large');
    else {
      sums.investment = big;
      if (big === 0n) issues.push('zero-investment');
    }
  }
  if (!currency && (items.length || inv !== undefined)) issues.push('no-currency');
  const summary: RoiSummary = { ...figures(sums, currency, digits, issues), items };
  // "$60,000 (one-off) and $10,000/year support": the report shows the sum it is. The running part
  // is the rest of the rounded whole, so the parts always add up to the investment shown.
  const parts = value?.investmentParts;
  if (parts && sums.investment !== undefined && Number.isFinite(parts.oneOff)) {
    const oneOff = minorProductBig([parts.oneOff], currency);
    if (isSafeMinor(oneOff)) summary.investmentParts = { oneOffMinor: Number(oneOff), runningMinor: Number(sums.investment - oneOff) };
  }
  return summary;
}

/**
 * Whether the ROI leaves this stated number out as too large to count exactly: the one test
 * the `value-too-large` rule and the figures share (the item's `problem`, the block's issues).
 */
export function tooLargeInRoi(roi: RoiSummary): { items: ItemValue[]; investment: boolean } {
  return { items: roi.items.filter((it) => it.problem === 'too-large'), investment: roi.issues.includes('investment-too-large') };
}

/** Whether an outcome states any value or cost, and so takes part in totals. */
export function hasValue(o: Outcome): boolean {
  return !!o.value && (o.value.items.length > 0 || n(o.value.investment) !== undefined);
}

/**
 * ROI over several outcomes: value and cost added across them. Outcomes in different
 * currencies are never added (no exchange rates here): the total then carries the currencies
 * and 'mixed-currencies' and no sums. If some outcome states value but no cost, the total has
 * no investment, net value or ROI, since leaving its cost out would overstate the return.
 */
export function totalRoi(outcomes: Outcome[]): RoiTotal {
  return sumRoi(outcomes.filter(hasValue).map((o) => computeRoi(o.value)));
}
