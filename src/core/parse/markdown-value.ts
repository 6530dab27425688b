// Value items written as labelled bullets in a Markdown template's Value Proposition, so a
// Markdown outcome gets the same ROI as a YAML one:
//   - **Hard Savings**: 54,000 USD: what the figure rests on (validated)
//   - **Soft Savings**: 750 hours × 38 USD: ...        (hours × rate; Opportunity Cost alike)
//   - **Risk Avoidance**: 20% × 1,500,000 USD: ...    (probability × impact)
//   - **Revenue Impact**: 120,000 USD: ...
//   - **Investment**: 90,000 USD
// The currency is the ISO code or symbol next to an amount ($ USD, € EUR, £ GBP, ₩ or 원 KRW),
// read by text/currency.ts as the guided flow reads its answers.
// "(validated)" or "고객 검증 완료" marks an item the customer confirmed. The assumption is
// the text after the numbers. A figure written for a month or a week ("월 500만 원", "$4,000 per
// month", "100 hours/month × 40 USD") is counted for a year, × 12 or × 52 (text/period.ts).
import type { CountPart, Num, Text, ValueBlock, ValueItem, ValueType } from '../model';
import type { Quantity } from '../text/quantity';
import { FIELD_OF_TYPE, type Field } from './markdown-labels';
import { currencyAt, currencyLead, reasonAfter, sameCurrency, textAfter } from '../text/currency';
import { recurrenceAt, unitRecurrence, type Recurrence } from '../text/period';
import { countProduct, countsOf, factorChain, isMinutes, lineFigures, minutesEnd, settlePeriod, type FactorChain } from './value-factors';
import { figuresEnd } from './value-reason';
import { spanUnitOf, unconvertedSpan, yearsOver } from './value-time';
import { readInvestmentPart } from './markdown-investment';
import { shareEnd, unjoinedShare } from './value-share';
import { countWords } from './count-nouns';
import { joinFigures, type JoinedFigures } from './value-ranges';
import { boundOf } from './value-bounds';
import { addedTerm, sumOfProducts } from './sum-of-products';
import { currencyIn, currencyMark, moneyOf, num, plainMoney, readablePart, signedNum, textAt, unreadPart } from './value-money';

const TYPE_OF: Partial<Record<Field, ValueType>> = {
  hardSavings: 'hard-savings',
  softSavings: 'soft-savings',
  revenueImpact: 'revenue-impact',
  riskAvoidance: 'risk-avoidance',
  opportunityCost: 'opportunity-cost',
};
export const VALUE_FIELDS = Object.keys(TYPE_OF) as Field[];

const VALIDATED = /\((?:validated|confirmed|고객\s*검증\s*완료|검증)[^)]*\)|validated by the customer|고객\s*검증\s*완료/i;


/** A value line read: the item, and the figure its value is priced in (an amount, the rate, the impact). */
export interface ReadItem {
  it: ValueItem;
  t: Text;
  priced?: Quantity;
  /** The product written after "=" after the line's factors ("500 hours × 40 = 20,000 USD"). */
  total?: Quantity;
  /** The figures joined by "×" around the priced one (or the hours), in the text of `t`. */
  chain?: FactorChain;
  /** The period written on the amount or the hours ("월 500만 원", "$4,000/month"), before a span of months settles it. */
  period?: Recurrence;
  /** The figures of the chain multiplied into the item's `count`, in the order written. */
  counts?: Quantity[];
}

/**
 * The figure written after "=" past `from` ("× 40 = 20,000 USD"), the line's own product: only
 * money right after the `factors` figures multiplied (every figure before "=" is one of them),
 * and no range. "(1 FTE = 1,800 h)", "= 0.3 FTE freed" and "= 1 outage avoided" say what the
 * value is in other words; after a range only one of its figures is read, so a total there would
 * be "not the product" whichever figure was right.
 */
function writtenTotal(text: string, qs: Quantity[], from: number, factors: number): Quantity | undefined {
  // Right after the factor, its unit between at most ("× 40 EUR/hour = 20,000"): not a figure further on.
  const q = qs.find((x) => x.start >= from && x.start - from <= 20 && /=[^=\d]*$/.test(text.slice(from, x.start)));
  if (!q) return undefined;
  const eq = text.lastIndexOf('=', q.start);
  if (qs.filter((x) => x.end <= eq).length !== factors || RANGE.test(text.slice(0, eq)) || RANGE_NEXT.test(text.slice(q.end))) return undefined;
  return currencyMark(text, q) || (plainMoney(text, q) && !COUNT_AFTER.test(text.slice(q.end, q.end + 14))) ? q : undefined;
}
// "1,200–1,500 hours", "= $54,000–$67,500": a range of figures.
const RANGE = /\d\s?[–—~-]\s?[$€£¥₩]?\s?\d/;
const RANGE_NEXT = /^\s?[–—~-]\s?[$€£¥₩]?\s?\d/;
// A count a total is written as, not money: "= 1 outage avoided", "= 3 명 분량".
const COUNT_AFTER = /^\s?(?:h|hrs?|outages?|incidents?|breaches?|tickets?|calls?|agents?|건|회|번|개)(?![A-Za-z])/i;

/**
 * The value line `whole` of `field`, read in `t`: all of it, or its start when it is too long to
 * read whole (readablePart, cut once by the caller), the rest named (value-text-too-long).
 */
function item(field: Field, whole: Text, t: Text, span: { start: number; end: number }, krw: boolean): ReadItem {
  const type = TYPE_OF[field]!;
  // "3x faster" is no figure of the value; "1,000 x $5" is a count times a price.
  // A range is one figure, read at its low end: the value it can promise.
  const joined = joinFigures(t.value, lineFigures(t.value), 'low');
  const qs = joined.qs;
  const it: ValueItem = { span, type: { value: type, span: t.span } };
  const hours = qs.find((q) => /^(hours?|hrs?|h|시간)$/i.test(q.unit ?? ''));
  const pct = qs.find((q) => q.unit === '%');
  let last = 0;
  let priced: Quantity | undefined;
  let total: Quantity | undefined;
  let chain: FactorChain | undefined;
  let counts: Quantity[] = [];
  let summed: Summed | undefined;
  if ((type === 'soft-savings' || type === 'opportunity-cost') && hours) {
    chain = factorChain(t.value, qs, hours);
    // Among factors joined by "×", the rate is the one with a currency, else the last after the
    // hours; the others are counts of people or things ("10 agents × 200 hours × $40").
    const others = chain.factors.filter((q) => q !== hours && q.unit !== '%');
    const rate = chain.factors.length > 1 ? (others.find((q) => currencyMark(t.value, q)) ?? others.filter((q) => q.start > hours.start).pop()) : qs.find((q) => q.start > hours.start);
    it.hours = num(t, hours);
    if (rate) it.rate = num(t, rate);
    priced = rate;
    if (rate) counts = countsOf(t.value, chain, [hours, rate]);
    last = Math.max(chain.end, rate?.end ?? 0);
    // A total is checked only against factors all multiplied: not after "× 12 months" or "× 50%".
    const whole = chain.factors.every((q) => q === hours || q === rate || counts.includes(q));
    total = rate && (chain.factors.length < 2 ? writtenTotal(t.value, qs, last, 2) : whole ? writtenTotal(t.value, qs, last, chain.figures) : undefined);
  } else if (type === 'risk-avoidance' && pct) {
    // The impact is the money ("5% × 20% × $1,000,000": the second share was read as $20); a
    // share or count beside it multiplies.
    const others = qs.filter((q) => q !== pct);
    const impact = others.find((q) => currencyMark(t.value, q)) ?? others.find((q) => q.unit !== '%');
    it.probability = num(t, pct, 0.01);
    if (impact) it.impact = num(t, impact);
    priced = impact;
    if (impact) chain = factorChain(t.value, qs, impact);
    if (impact && chain) counts = countsOf(t.value, chain, [pct, impact]);
    last = Math.max(pct.end, impact?.end ?? 0, counts.length && chain ? chain.end : 0);
    const whole = chain?.factors.every((q) => q === pct || q === impact || counts.includes(q));
    total = impact && (!counts.length ? writtenTotal(t.value, qs, last, 2) : whole ? writtenTotal(t.value, qs, last, chain!.figures) : undefined);
  } else if ((summed = sumOf(field, t, krw))) {
    // "3 stores × $20,000 + $10,000": the sum of its products, each term's period and counts in it.
    it.amount = summed.value;
    priced = summed.priced;
    last = summed.value.span.end - t.span.start;
  } else {
    let amount = moneyOf(t.value, qs);
    if (amount) {
      chain = factorChain(t.value, qs, amount);
      // "9,000 calls × $6": a count times a unit price, the price the figure with a currency.
      if (chain.factors.length > 1) {
        const prices = chain.factors.filter((q) => q.unit !== '%');
        amount = prices.find((q) => currencyMark(t.value, q)) ?? prices[prices.length - 1] ?? amount;
        counts = countsOf(t.value, chain, [amount]);
      }
      it.amount = signedNum(t, amount);
      const share = unjoinedShare(t.value, qs, chain, amount);
      if (share) it.unjoinedShare = { share: textAt(t, share.start, share.end), money: share.money };
      last = Math.max(amount.end, counts.length ? chain.end : 0);
      // A Set: a line of thousands of factors made includes() quadratic.
      const counted = new Set(counts);
      if (counts.length && chain.factors.every((q) => q === amount || counted.has(q))) total = writtenTotal(t.value, qs, last, chain.figures);
    }
    priced = amount;
    // "3 analysts": a count with nothing to price it, named by the finding rather than read as money.
    const c = amount || hours ? undefined : countWords(t.value, qs);
    if (c) it.unpricedCount = textAt(t, c.start, c.end);
  }
  // Minutes with no rate per hour to make hours of, or a span no period of the line takes
  // ("$1,000/week × 30 days"): named rather than dropped or guessed at (value-item-incomplete).
  const minutes = chain?.factors.find((q) => isMinutes(t.value, q));
  const odd = !minutes && priced && !summed ? unconvertedSpan(t.value, (hours && it.hours ? [priced, hours] : [priced]).concat(counts), it.hours ? priced : undefined) : undefined;
  const unread = minutes ? { start: minutes.start, end: minutesEnd(t.value, minutes) } : odd ? { start: odd.q.start, end: odd.end } : undefined;
  if (unread) it.unreadFactor = textAt(t, unread.start, unread.end);
  const added = type === 'risk-avoidance' || it.hours ? addedTerm(t, lineFigures(t.value)) : undefined;
  if (added) it.addedTerm = textAt(t, added.start, added.end);
  if (odd) it.unreadUnits = { span: odd.span, per: odd.per };
  // The product is a figure of the line, not its reason.
  if (total) {
    last = total.end;
    it.writtenTotal = num(t, total);
  }
  // The amount, or the hours, written for a month or a week: "/month" after it is no reason.
  const lastFigure = qs.find((q) => q.end === last);
  const lead = currencyLead(textAfter(t.value, last), lastFigure ? t.value.slice(lastFigure.start, last) : '', krw);
  // A sum's terms carry their own periods.
  const recurring = summed ? undefined : it.amount ? amountOf(t, qs, it.amount) : hours && it.hours ? hours : undefined;
  const written = recurring && (unitRecurrence(t.value, recurring.unit, recurring.end) ?? recurrenceAt(t.value, recurring.start, recurring === lastFigure ? last + (lead?.length ?? 0) : recurring.end));
  const periodLast = !!written && written.start >= last;
  const bareCount = !periodLast && !!lastFigure && counts.includes(lastFigure) && lastFigure.unit === undefined;
  const settled = settlePeriod(t.value, counts, written);
  const period = settled.period;
  counts = settled.counts;
  if (chain && settled.years) chain.years ??= settled.years;
  const count = countProduct(counts);
  if (count) it.count = num(t, count);
  // A share or a span among the counts is shown as one ("15% × $800,000", "26 weeks × $1,000").
  const parts = counts.map((q): CountPart => {
    const unit = q.unit === '%' ? undefined : spanUnitOf(t.value, q);
    return q.unit === '%' ? { value: q.value, share: true } : unit ? { value: q.value, unit } : { value: q.value };
  });
  if (parts.some((p) => p.share || p.unit)) it.countParts = parts;
  if (chain?.years) it.years = num(t, chain.years);
  // "$1.2M over 3 years", "3년간 3억 원": several years' value, where a year's is counted. Not
  // after a period ("$400,000 a year for 3 years" is a year's, said with how long it lasts).
  const over = !it.years && !written && recurring ? yearsOver(t.value, recurring) : undefined;
  if (over) {
    it.years = num(t, over);
    it.yearsOver = true;
  }
  const bound = summed ? undefined : valueBound(t, joined, [priced, hours && it.hours ? hours : undefined]);
  if (bound) it.bound = bound;
  if (period) it.perYear = { value: period.perYear, span: { start: t.span.start + period.start, end: t.span.start + period.end } };
  // "/month" written after the line's last figure is no reason, counted or written out; nor is a
  // unit of sale ("per call"), or the noun of a count written last ("× 2 sites: rent"; "220 days"
  // holds its noun as its unit).
  // A share written last keeps the change it names ("8억 원에서 15% 향상: 재구매"): no reason.
  const figures = periodLast ? written.end : lastFigure?.unit === '%' && !lead ? shareEnd(t.value, lastFigure) : last + (lead?.length ?? 0);
  const rest = reasonAfter(t.value.slice(figuresEnd(t.value, figures, bareCount)).replace(VALIDATED, ''));
  if (rest) {
    const at = t.value.indexOf(rest);
    it.assumption = { value: rest, span: at >= 0 ? { start: t.span.start + at, end: t.span.start + at + rest.length } : t.span };
  }
  if (VALIDATED.test(t.value)) it.validated = true;
  const cut = unreadPart(whole, t);
  if (cut) it.cut = cut;
  const r: ReadItem = { it, t };
  if (priced) r.priced = priced;
  if (total) r.total = total;
  if (chain) r.chain = chain;
  if (written) r.period = written;
  if (counts.length) r.counts = counts;
  return r;
}

/** A value line read as a sum of products: its year's value, and the first term's priced figure, in the line's text. */
interface Summed {
  value: Num;
  priced: Quantity;
}

/**
 * "3 stores × $20,000 + $10,000": a value line's sum of products (sum-of-products.ts, as an
 * Investment line's), each term read as a line of its own. Only when every term is an amount in
 * the line's one currency that the ROI would count whole (no bound, no factor or span it cannot
 * use, no number of years, no written product); a term's year's value is its amount × its count ×
 * its period, as the ROI values such a line.
 */
function sumOf(field: Field, t: Text, krw: boolean): Summed | undefined {
  const currency = currencyIn(t.value);
  let priced: Quantity | undefined;
  const value = sumOfProducts(t, (term) => {
    const r = item(field, term, term, term.span, krw);
    const it = r.it;
    if (!it.amount || !r.priced || it.bound || it.unreadFactor || it.unjoinedShare || it.years || it.writtenTotal || (currencyIn(term.value) ?? currency) !== currency) return undefined;
    // The first term's price, in the line's text: the line's currency is read from it.
    const shift = term.span.start - t.span.start;
    priced ??= { ...r.priced, start: r.priced.start + shift, end: r.priced.end + shift };
    const count = it.count;
    const span = { start: Math.min(it.amount.span.start, count?.span.start ?? Infinity), end: Math.max(it.amount.span.end, count?.span.end ?? -Infinity) };
    return { value: it.amount.value * (count?.value ?? 1) * (it.perYear?.value ?? 1), span };
  });
  return value && priced ? { value, priced } : undefined;
}

/**
 * One value line of `type` read as a plan's Value section reads it (the text after the label):
 * the guided flow reads its value answer with it, so a line is worth the same there and in
 * `cbo check`. Spans are offsets in `text`; `limit`: see moneyTextEnd.
 */
export function readValueLine(type: ValueType, text: string, limit?: number): ReadItem {
  const t: Text = { value: text, span: { start: 0, end: text.length } };
  // A line too long to read whole is read from its start, its currency too.
  const part = readablePart(t, limit);
  return item(FIELD_OF_TYPE[type], t, part, t.span, currencyIn(part.value) === 'KRW');
}

/**
 * The ceiling or the change a value's figure is written as ("up to $100,000", "from $60,000 to
 * $40,000"), with its words; a floor is the value's conservative reading, and no bound.
 */
function valueBound(t: Text, joined: JoinedFigures, figures: (Quantity | undefined)[]): ValueItem['bound'] {
  const c = joined.change;
  for (const q of figures) {
    if (!q) continue;
    if (c && q.start >= c.start && q.start < c.end) return { kind: 'change', words: textAt(t, c.start, c.end), low: c.low, high: c.high };
    const b = boundOf(t.value, q);
    if (b?.kind === 'ceiling') return { kind: 'ceiling', words: textAt(t, b.start, b.end) };
  }
  return undefined;
}

/** The figure read as the item's amount. */
function amountOf(t: Text, qs: Quantity[], amount: Num): Quantity | undefined {
  return qs.find((q) => t.span.start + q.start === amount.span.start);
}

/**
 * Marks an item priced in another currency than the outcome's ("50,000 USD" among euros, "500
 * hours × 20 EUR" in a plan in 원): the ROI leaves it out rather than add euros to dollars.
 */
function markOtherCurrency(r: ReadItem, outcomeCurrency: string): void {
  if (!r.priced) return;
  // A rate written bare takes the currency of the product written after it: "500 hours × 40 =
  // 20,000 USD" is priced in dollars (it was counted as 20,000 of the outcome's euros).
  let at = r.priced;
  let c = currencyAt(r.t.value, at.start, at.end);
  if (!c && r.total) {
    at = r.total;
    c = currencyAt(r.t.value, at.start, at.end);
  }
  if (c && !sameCurrency(c, outcomeCurrency, r.t.value)) r.it.otherCurrency = { value: c, span: num(r.t, at).span };
}


/**
 * Adds the labelled value items and the investment to a Markdown outcome's value block.
 * `spanOf` gives the whole bullet of a labelled value, for findings about the item.
 */
export function readValueLabels(fields: Partial<Record<Field, Text[]>>, value: ValueBlock, spanOf: (t: Text) => { start: number; end: number }): void {
  const read: ReadItem[] = [];
  const inv = fields.investment?.find((t) => t.value);
  // Each line in the part the money readers read (text/money-text.ts), cut once.
  const invPart = inv && readablePart(inv);
  const lines = VALUE_FIELDS.flatMap((f) => (fields[f] ?? []).filter((t) => t.value).map((t) => ({ f, t, part: readablePart(t) })));
  // A plan whose money is in won (₩, 원, KRW) reads "300 won fee saved" as won, not as "win".
  const inKrw = (part: Text | undefined) => part !== undefined && currencyIn(part.value) === 'KRW';
  const krw = inKrw(invPart) || lines.some((l) => inKrw(l.part));
  for (const l of lines) {
    const r = item(l.f, l.t, l.part, spanOf(l.t), krw);
    value.items.push(r.it);
    read.push(r);
  }
  value.items.sort((a, b) => a.span.start - b.span.start);
  if (!value.currency) {
    const c = outcomeCurrencyOf(read, invPart);
    if (c) value.currency = c;
  }
  if (inv && invPart) {
    const r = readInvestmentPart(inv, invPart);
    if (r.cut) value.investmentCut = r.cut;
    // Value in euros against a cost in dollars is no ROI: the cost is left out and said so.
    const valueCurrency = value.currency?.value;
    if (r.amount && valueCurrency && r.currency && !sameCurrency(r.currency, valueCurrency, inv.value)) value.investmentCurrency = { value: r.currency, span: inv.span };
    else if (r.cost) {
      value.investment = r.cost;
      if (r.parts) value.investmentParts = r.parts;
    } else if (r.running) value.investmentRunning = textAt(inv, r.running.start, r.running.end);
    else if (r.bound) value.investmentBound = { kind: r.bound.kind, words: textAt(inv, r.bound.start, r.bound.end), ...(r.bound.low ? { low: r.bound.low, high: r.bound.high! } : {}) };
    else if (r.unread) value.investmentUnread = r.unread;
    else if (r.amount) value.investmentMonthly = inv;
    else if (r.count) value.investmentCount = textAt(inv, r.count.start, r.count.end);
    else value.investmentText = inv;
  }
  const outcomeCurrency = value.currency?.value.trim().toUpperCase();
  if (outcomeCurrency) for (const r of read) markOtherCurrency(r, outcomeCurrency);
}


/**
 * The outcome's currency: the first value line's, unless the investment is in another one that a
 * value line shares. One EUR line before five USD lines against a USD investment is the odd
 * line, not the other five; when no value line is in the investment's currency, the investment
 * is the odd one (value-no-investment). With no value line in any currency, the investment's.
 */
function outcomeCurrencyOf(read: ReadItem[], inv: Text | undefined): Text | undefined {
  const first = firstCurrency(read);
  const c = inv && currencyIn(inv.value);
  if (!c) return first;
  const invCurrency = { value: c, span: inv.span };
  if (!first) return invCurrency;
  if (sameCurrency(c, first.value, inv.value)) return first;
  return read.some((r) => linesCurrency(r, c)) ? invCurrency : first;
}

/**
 * Whether the value line is priced in the investment's currency (a "$" line in a plan whose
 * investment is in C$ is). Only its priced figure or written total counts: "€50,000: replaces the
 * $20,000 US licence" is in euros, and the dollars of its reason made the plan's lines in euros
 * the odd ones.
 */
function linesCurrency(r: ReadItem, invCurrency: string): boolean {
  for (const q of [r.priced, r.total]) {
    const c = q && currencyAt(r.t.value, q.start, q.end);
    if (c && sameCurrency(c, invCurrency, r.t.value)) return true;
  }
  return false;
}

/**
 * The first currency of a value line's priced figure or written total, in the plan's order (not
 * the labels' order the lines were read in: the first a reader meets), with
 * the line it is in. A currency of the line's reason is not the line's ("500 hours × 40: replaces
 * the $20,000 licence" is in no currency): it made the outcome's currency, and other lines odd.
 */
function firstCurrency(read: ReadItem[]): Text | undefined {
  for (const r of [...read].sort((a, b) => a.t.span.start - b.t.span.start)) {
    for (const q of [r.priced, r.total]) {
      const c = q && currencyAt(r.t.value, q.start, q.end);
      if (c) return { value: c, span: r.t.span };
    }
  }
  return undefined;
}
