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
import { divRoundHalfAway, isSafeMinor, minorDigits, minorProductBig } from './money';
import { VALUE_TYPES, type CountPart, type Num, type Outcome, type Span, type ValueBlock, type ValueItem, type ValueType } from './model';

export type ItemBasis = 'amount' | 'hours-x-rate' | 'probability-x-impact';

/** Why an item was not counted. */
export type ItemProblem =
  | 'missing-type' // no `type`
  | 'unknown-type' // a type outside VALUE_TYPES
  | 'missing-numbers' // the numbers its type needs are not there
  | 'out-of-range' // negative hours, rate or impact; a probability outside 0..1
  | 'other-currency' // a Markdown item priced in another currency than the outcome (`otherCurrency`)
  | 'total-mismatch' // a Markdown line's written product is not its factors' (`writtenTotal`)
  | 'years-factor' // a Markdown line multiplied by a number of years: a value is a year's (`years`)
  | 'unread-factor' // a Markdown line multiplied by a factor it cannot use: minutes with no rate per hour, days against a week (`unreadFactor`)
  | 'too-large'; // beyond what a number holds exactly in minor units

export interface ItemValue {
  /** Position in `value.items`. */
  index: number;
  span: Span;
  type?: ValueType;
  /** The type as written, when it is not one of VALUE_TYPES. */
  typeText?: string;
  basis?: ItemBasis;
  /**
   * The numbers multiplied, as written: [amount], [hours, rate] or [probability, impact], then
   * `count` when the line has one ([hours, rate, count]), and then `perYear` when the figure is written for a month or a week ([amount, 12]).
   */
  factors: number[];
  /** People or things the hours or unit price are for (a Markdown line's `count`), after the type's own factors. */
  count?: number;
  countParts?: CountPart[]; // `count`'s factors as written, a share or a span among them (ValueItem.countParts)
  /** Times a year the written figure recurs (12 for a month, 52 for a week); absent for a yearly one. */
  perYear?: number;
  /** The item's value in minor units; 0 when not counted. */
  minor: number;
  counted: boolean;
  validated: boolean;
  assumption?: string;
  problem?: ItemProblem;
}

export type RoiIssue =
  | 'no-items' // nothing to value
  | 'no-investment' // ROI, net value and payback need the cost
  | 'zero-investment' // ROI would divide by zero
  | 'negative-investment' // a cost below zero is not a cost; ignored
  | 'investment-too-large' // beyond what a number holds exactly in minor units; ignored
  | 'no-currency' // amounts are shown without a currency
  | 'uncounted-items' // some items have a `problem` and count as 0
  | 'mixed-currencies' // totals only: outcomes in different currencies are not added
  | 'investment-missing-for-some' // totals only: ROI over outcomes some of which have no cost
  | 'total-too-large'; // totals only: the sums pass what a number holds exactly; refused, not rounded

export type Subtotals = Record<ValueType, number>;

/** Money figures are integers of the currency's minor unit (cents for USD, won for KRW). */
export interface RoiFigures {
  currency?: string;
  minorDigits: number;
  investmentMinor?: number;
  /** Every counted item. */
  claimedMinor: number;
  /** Counted items the customer has validated. */
  validatedMinor: number;
  /** claimed - investment. */
  netMinor?: number;
  /** validated - investment. */
  conservativeNetMinor?: number;
  /** One decimal, rounded half away from zero; undefined without a positive investment. */
  roiPercent?: number;
  conservativeRoiPercent?: number;
  /** Months until yearly value repays the investment (one decimal); undefined if value <= 0. */
  paybackMonths?: number;
  conservativePaybackMonths?: number;
  /** Claimed value per value type. */
  byType: Subtotals;
  issues: RoiIssue[];
}

export interface RoiSummary extends RoiFigures {
  items: ItemValue[];
}

export interface RoiTotal extends Partial<Omit<RoiFigures, 'issues' | 'minorDigits'>> {
  minorDigits: number;
  /** Outcomes with a value block that has items or an investment. */
  outcomes: number;
  /** Distinct currencies of those outcomes, as written (upper-cased); '' for none given. */
  currencies: string[];
  issues: RoiIssue[];
}

function emptySubtotals(): Subtotals {
  return Object.fromEntries(VALUE_TYPES.map((t) => [t, 0])) as Subtotals;
}

function isValueType(s: string): s is ValueType {
  return (VALUE_TYPES as readonly string[]).includes(s);
}

/**
 * A number the document states, or undefined (hand-built models may hold NaN). Infinity is
 * stated: YAML reads `1e309` as it, and such a number is too large to count, not missing (it
 * read as "no investment" and "the numbers its type needs are missing").
 */
function n(x: Num | undefined): number | undefined {
  return x && !Number.isNaN(x.value) ? x.value : undefined;
}

interface Valued {
  item: ItemValue;
  big: bigint;
}

function valueItem(it: ValueItem, index: number, currency: string | undefined): Valued {
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
export function totalDiffers(factors: number[], total: number | undefined): boolean {
  if (total === undefined || factors.length < 2) return false;
  const product = factors.reduce((p, f) => p * f, 1);
  return Math.abs(product - total) > 0.01 * Math.max(Math.abs(product), Math.abs(total));
}

/** The numbers of a value item that its type multiplies. */
export type ValueNumber = 'amount' | 'hours' | 'rate' | 'probability' | 'impact';

/** The numbers each basis multiplies, in the order `factors` holds them. */
const BASIS_NUMBERS: Record<ItemBasis, readonly ValueNumber[]> = {
  amount: ['amount'],
  'hours-x-rate': ['hours', 'rate'],
  'probability-x-impact': ['probability', 'impact'],
};

/**
 * How each type is valued: the first basis whose numbers are all there. A negative amount is
 * allowed for hard-savings and revenue-impact (the schema allows it): a loss counts against
 * the value.
 */
export const TYPE_BASES: Record<ValueType, readonly ItemBasis[]> = {
  'hard-savings': ['amount'],
  'soft-savings': ['hours-x-rate'],
  'revenue-impact': ['amount'],
  'risk-avoidance': ['probability-x-impact'],
  'opportunity-cost': ['hours-x-rate', 'amount'],
};

/** Which numbers value an item of this type, or undefined when they are not all there. */
function basisOf(type: ValueType, it: ValueItem): [ItemBasis, number[]] | undefined {
  for (const basis of TYPE_BASES[type]) {
    const factors = BASIS_NUMBERS[basis].map((k) => n(it[k]));
    if (factors.every((f) => f !== undefined)) return [basis, factors as number[]];
  }
  return undefined;
}

/**
 * What an item of this type lacks to be valued: for each basis of its type, in order, the
 * numbers not there (a basis with nothing missing values the item, and then this is empty).
 * The same test as the ROI's own (`problem: 'missing-numbers'`), so a rule cannot disagree.
 */
export function missingNumbers(type: ValueType, it: ValueItem): { basis: ItemBasis; missing: ValueNumber[] }[] {
  const out: { basis: ItemBasis; missing: ValueNumber[] }[] = [];
  for (const basis of TYPE_BASES[type]) {
    const missing = BASIS_NUMBERS[basis].filter((k) => n(it[k]) === undefined);
    if (!missing.length) return [];
    out.push({ basis, missing });
  }
  return out;
}

/** Numbers the item states that its type never reads (an `amount` on a risk-avoidance item). */
export function unreadNumbers(type: ValueType, it: ValueItem): ValueNumber[] {
  const read = new Set(TYPE_BASES[type].flatMap((b) => BASIS_NUMBERS[b]));
  return Object.values(BASIS_NUMBERS).flat().filter((k) => !read.has(k) && n(it[k]) !== undefined);
}

/** Integer percent in tenths, (value - cost) / cost x 100, rounded half away from zero. */
/** ROI % to one decimal, rounded half away from zero, from exact minor units. */
export function roiTenths(value: bigint, cost: bigint): number {
  return Number(divRoundHalfAway((value - cost) * 1000n, cost)) / 10;
}

/** Months (one decimal) for a yearly value to repay the cost; undefined if it never does. */
function paybackTenths(value: bigint, cost: bigint): number | undefined {
  if (value <= 0n) return undefined;
  return Number(divRoundHalfAway(cost * 120n, value)) / 10;
}

function toNumber(v: bigint): number {
  // Callers keep sums within 2^53 (items past it are refused), so this is exact.
  return Number(v);
}

interface Sums {
  claimed: bigint;
  validated: bigint;
  investment?: bigint;
  byType: Subtotals;
}

function figures(s: Sums, currency: string | undefined, digits: number, issues: RoiIssue[]): RoiFigures {
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
  return { ...figures(sums, currency, digits, issues), items };
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

/** The same total from summaries already computed (e.g. by a report that shows both). */
export function sumRoi(summaries: RoiSummary[]): RoiTotal {
  const currencies = [...new Set(summaries.map((s) => s.currency ?? ''))].sort();
  const issues: RoiIssue[] = [];
  if (currencies.length > 1) {
    return { outcomes: summaries.length, currencies, minorDigits: 2, issues: ['mixed-currencies'] };
  }
  const currency = currencies[0] || undefined;
  const digits = minorDigits(currency);
  const sums: Sums = { claimed: 0n, validated: 0n, byType: emptySubtotals() };
  let investment = 0n;
  let allHaveInvestment = summaries.length > 0;
  for (const s of summaries) {
    sums.claimed += BigInt(s.claimedMinor);
    sums.validated += BigInt(s.validatedMinor);
    for (const t of VALUE_TYPES) sums.byType[t] += s.byType[t];
    if (s.investmentMinor === undefined) allHaveInvestment = false;
    else investment += BigInt(s.investmentMinor);
  }
  const byType = [...VALUE_TYPES].map((t) => sums.byType[t]);
  if (![sums.claimed, sums.validated, investment].every(isSafeMinor) || !byType.every(Number.isSafeInteger)) {
    return { outcomes: summaries.length, currencies, minorDigits: digits, ...(currency ? { currency } : {}), issues: ['total-too-large'] };
  }
  if (allHaveInvestment) sums.investment = investment;
  // A cost stated but too large is not a cost left out: said as what it is.
  else if (summaries.some((s) => s.issues.includes('investment-too-large'))) issues.push('investment-too-large');
  else if (summaries.some((s) => s.investmentMinor !== undefined)) issues.push('investment-missing-for-some');
  else if (summaries.length) issues.push('no-investment');
  if (summaries.length && sums.investment === 0n) issues.push('zero-investment');
  if (summaries.some((s) => s.issues.includes('uncounted-items'))) issues.push('uncounted-items');
  if (summaries.length && !currency) issues.push('no-currency');
  if (!summaries.length) issues.push('no-items');
  const f = figures(sums, currency, digits, issues);
  return { ...f, outcomes: summaries.length, currencies };
}
