// One value item's worth in minor units, or why it is not counted (ItemProblem): its type's
// numbers, the counts and period a Markdown line multiplies by, and the checks that keep a figure
// nobody wrote out of the ROI (another currency, a product that disagrees, a number of years).
import { isSafeMinor, minorProductBig } from './money';
import type { ValueItem } from './model';
import { basisOf, isValueType, stated as n } from './roi-bases';
import type { ItemProblem, ItemValue } from './roi-types';

export interface Valued {
  item: ItemValue;
  big: bigint;
}

export function valueItem(it: ValueItem, index: number, currency: string | undefined): Valued {
  const item: ItemValue = { index, span: it.span, factors: [], minor: 0, counted: false, validated: it.validated === true };
  const assumption = it.assumption?.value.trim();
  if (assumption) item.assumption = assumption;
  const fail = (problem: ItemProblem): Valued => ({ item: { ...item, problem }, big: 0n });

  const typeText = it.type?.value.trim();
  if (!typeText) return fail('missing-type');
  if (!isValueType(typeText)) return { item: { ...item, typeText, problem: 'unknown-type' }, big: 0n };
  item.type = typeText;

  // "× 30 minutes" with no rate per hour: named before the numbers the type lacks, which it may be why.
  if (it.unreadFactor) return fail('unread-factor');
  // "500 hours × $40 + $5,000": no hours × rate; read as one it was a rate of $5,040.
  if (it.addedTerm) return fail('added-term');
  // "15% uplift from the new pricing on $800,000": the share or the money, which is the value is not said.
  if (it.unjoinedShare) return fail('share-not-joined');
  // "up to $100,000", "from $60,000 to $40,000": not the value expected, which the line does not write.
  if (it.bound) return fail('bound');
  const how = basisOf(typeText, it);
  if (!how) return fail('missing-numbers');
  const [basis, factors] = how;
  item.basis = basis;
  item.factors = factors;
  // Euros are not added to dollars: there are no exchange rates here.
  if (it.otherCurrency) return fail('other-currency');
  // "× 3 years" is several years' value where every item is a year's: not counted, and said so.
  if (it.years) return fail('years-factor');
  const count = n(it.count);
  if (count !== undefined) {
    item.count = count;
    if (it.countParts) item.countParts = it.countParts;
    item.factors = factors.concat(count);
  }
  // The written product is the line's own, for its period ("$4,000/month × 3 sites = $12,000"), or
  // for the year ("4 × $3,000/quarter = $48,000"): either agrees.
  const perYear = n(it.perYear);
  const total = n(it.writtenTotal);
  if (totalDiffers(item.factors, total) && (perYear === undefined || totalDiffers(item.factors.concat(perYear), total))) return fail('total-mismatch');
  if (perYear !== undefined) {
    item.perYear = perYear;
    item.factors = item.factors.concat(perYear);
  }
  // Hours, rates and impacts below zero, or a probability above 1, would turn a cost into a
  // gain; they are schema errors, and counting them could only inflate the value.
  if (basis !== 'amount' && (item.factors.some((f) => f < 0) || (basis === 'probability-x-impact' && factors[0]! > 1))) return fail('out-of-range');
  if (!item.factors.every(Number.isFinite)) return fail('too-large');
  const big = minorProductBig(item.factors, currency);
  if (!isSafeMinor(big)) return fail('too-large');
  return { item: { ...item, minor: Number(big), counted: true }, big };
}

/**
 * Whether a written product is not the factors' ("500 hours × 40 = 30,000"). Within 1% it is the
 * product rounded ("1,234 hours × 45 = ~55,000"); which of two values meant is not guessed.
 */
function totalDiffers(factors: number[], total: number | undefined): boolean {
  if (total === undefined || factors.length < 2) return false;
  const product = factors.reduce((p, f) => p * f, 1);
  return Math.abs(product - total) > 0.01 * Math.max(Math.abs(product), Math.abs(total));
}
