// A plan's Investment line, read as the whole cost of the work: a written total, a sum of years,
// or the cost times the counts and the span joined to it ("3 licences × $20,000", "$20,000/month
// × 6 months"). Kept apart from the value lines' reader (markdown-value.ts), which sets what it
// reads on the outcome's value block.
import type { InvestmentUnread, Num, Text, TextCut } from '../model';
import { figureEnd } from '../text/currency';
import type { Quantity } from '../text/quantity';
import { lineFigures } from './value-factors';
import { currencyIn, currencyMark, minusAt, moneyOf, num, plainMoney, readablePart, signedNum, unreadPart } from './value-money';
import { productCost } from './investment-product';
import { countWords } from './count-nouns';
import { boundOf } from './value-bounds';
import { joinFigures } from './value-ranges';
import { runningCost } from './investment-running';
import { sumOfProducts } from './sum-of-products';

/** What an Investment line is read as: the whole cost, or why it is none. */
export interface InvestmentReading {
  /** The line has an amount of money. */
  amount: boolean;
  /** The whole cost, when the line gives one. */
  cost?: Num;
  /** A factor the cost cannot use, with the units of a span (ValueBlock.investmentUnread). */
  unread?: InvestmentUnread;
  /** Where the figures multiplied into `cost` are written, a period word beside them ("월 2,000만 원 × 6개월"), in the line's text. */
  product?: { start: number; end: number };
  /** The currency written at an amount of the line, as an ISO code. */
  currency?: string;
  /** A floor or a change the amount is written as ("at least $60,000", "from $60,000 to $80,000"), in the line's text: no cost. */
  bound?: { kind: 'floor' | 'change'; start: number; end: number; low?: string; high?: string };
  /** With no amount, a count of people or things the line names ("2 developers"), in the line's text. */
  count?: { start: number; end: number };
  /** A running cost beside a one-off cost the first year's cost cannot be read from ("$2,000/month support"), in the line's text: no cost. */
  running?: { start: number; end: number };
  /** With `cost`: the one-off cost and the first year's running cost it adds ("$60,000 (one-off) and $10,000/year support", "$20,000/month × 6 months + $10,000 setup"). */
  parts?: { oneOff: number; running: number };
  /** A line too long to read whole (text/money-text.ts): the part left unread, in the spans of `inv`, and the line's length. */
  cut?: TextCut;
}

/**
 * The Investment line `whole` read as the whole cost: from its start only when it is too long to
 * read whole, the rest named in `cut` (a megabyte on one line took 55 s to read). `limit`: see
 * moneyTextEnd.
 */
export function readInvestmentLine(whole: Text, limit?: number): InvestmentReading {
  return readInvestmentPart(whole, readablePart(whole, limit));
}

/** The Investment line `whole` read in `inv`, its part readablePart gives (a plan's reader cuts each line once). */
export function readInvestmentPart(whole: Text, inv: Text): InvestmentReading {
  const out = readLine(inv);
  const cut = unreadPart(whole, inv);
  return cut ? Object.assign(out, { cut }) : out;
}

function readLine(inv: Text): InvestmentReading {
  // A range is one figure, read at its high end: the cost it may reach.
  const joined = joinFigures(inv.value, lineFigures(inv.value).filter((x) => !isLabelNumber(inv.value, x)), 'high');
  const qs = joined.qs;
  const q = totalAmount(inv.value, qs) ?? moneyOf(inv.value, qs);
  const out: InvestmentReading = { amount: q !== undefined };
  const currency = currencyIn(inv.value);
  if (currency) out.currency = currency;
  if (!q) {
    const count = countWords(inv.value, qs);
    if (count) out.count = count;
    return out;
  }
  // "at least $60,000" or "from $60,000 to $80,000": no whole cost (a ceiling is the cost's conservative reading).
  const c = joined.change;
  if (c && q.start >= c.start && q.start < c.end) return Object.assign(out, { bound: { kind: 'change' as const, start: c.start, end: c.end, low: c.low, high: c.high } });
  const b = boundOf(inv.value, q);
  if (b?.kind === 'floor') return Object.assign(out, { bound: { kind: 'floor' as const, start: b.start, end: b.end } });
  // "-$10,000", "-10,000 USD": a cost below zero, which no investment is. Kept as written, below
  // zero, so value-no-investment names it at the figure and the ROI counts none (it was +10,000).
  if (minusAt(inv.value, q.start) !== undefined) return Object.assign(out, { cost: signedNum(inv, q) });
  const years = yearlyAmounts(inv.value, qs);
  if (years) out.cost = { value: years.reduce((sum, y) => sum + y.value, 0), span: { start: inv.span.start + years[0]!.start, end: inv.span.start + years[years.length - 1]!.end } };
  if (years) return out;
  // "$60,000 (one-off) and $10,000/year support": the first year's cost, or the running cost named.
  const total = TOTAL_WORD.test(inv.value);
  const run = total ? undefined : runningCost(inv.value, qs);
  if (run && 'unread' in run) return Object.assign(out, { running: run.unread });
  if (run) return Object.assign(out, { cost: { value: run.cost, span: { start: inv.span.start + run.start, end: inv.span.start + run.end } }, product: run.words, parts: { oneOff: run.oneOff, running: run.running } });
  // A written total is the figure meant, whatever it is multiplied by.
  if (total) return Object.assign(out, { cost: num(inv, q) });
  // "3 licences × $20,000 + $10,000 setup": each term a whole cost in the line's one currency.
  const sum = sumOfProducts(inv, (term) => {
    const r = readLine(term);
    return r.bound || r.running || r.unread || r.parts || (r.currency ?? currency) !== currency ? undefined : r.cost;
  });
  if (sum) return Object.assign(out, { cost: sum });
  return Object.assign(out, productCost(inv, qs, q));
}

const YEAR_LABEL = /(?:\b(?:year|yr|y)\s?\d{1,2}|\bFY\s?\d{2,4}|\d{1,2}\s?(?:년차|차년도))\s*[:：)]?\s*(?:[$€£¥₩]\s?)?$/i;
const YEAR_AFTER = /^\s*(?:in|for)\s+(?:(?:year|yr)\s?\d{1,2}|FY\s?\d{2,4})(?![\dA-Za-z])/i;
// A written total, cumulative figure or 합계; 총 only as a word of its own (not 총괄, 총무).
const TOTAL_WORD = /\b(?:total|in all|overall|cumulative)\b|합계|누적|총액|(?<![가-힣])총(?![가-힣])/i;

/** The "1" of "Year 1" or "1차년도": the label's own number, not an amount. */
function isLabelNumber(text: string, q: Quantity): boolean {
  if (!/^\d{1,2}$/.test(text.slice(q.start, q.end))) return false;
  // A label ends at the digits and is a dozen characters long ("FY 2026", "year 12"): the pattern
  // over all the text before each small number was tried from every place, quadratic on "1 1 1 …".
  return YEAR_LABEL.test(text.slice(Math.max(0, q.end - 24), q.end)) || /^\s?(?:년차|차년도)/.test(text.slice(q.end));
}

/**
 * "Year 1: 20,000 USD; Year 2: 40,000 USD": an investment spread over years is their sum (`qs`
 * without the labels' own numbers). Only
 * when every amount is labelled with its year and written in one currency, and no total is
 * written (a written total is the figure meant: see totalAmount).
 */
function yearlyAmounts(text: string, qs: Quantity[]): Quantity[] | undefined {
  if (TOTAL_WORD.test(text)) return undefined;
  const money = qs.filter((q) => currencyMark(text, q) || plainMoney(text, q));
  if (money.length < 2) return undefined;
  const currencies = new Set(money.map((q) => currencyMark(text, q)));
  if (currencies.size !== 1 || currencies.has(undefined)) return undefined;
  // The label before each amount ("Year 1: $50,000") or after it ("$50,000 in year 1").
  return money.every((q) => YEAR_LABEL.test(text.slice(Math.max(0, q.start - 14), q.start)) || YEAR_AFTER.test(text.slice(figureEnd(text, q)))) ? money : undefined;
}

/**
 * The amount a written total names: the one the word follows ("60,000 USD total", "$60,000 in
 * total"), else the first after the word ("Total: $60,000"), else the last just before it ("60,000
 * USD cumulative"). "60,000 USD total: 20,000 USD a year" was read as 20,000, the figure after.
 */
function totalAmount(text: string, qs: Quantity[]): Quantity | undefined {
  const m = TOTAL_WORD.exec(text);
  if (!m) return undefined;
  const money = qs.filter((q) => currencyMark(text, q) || plainMoney(text, q));
  const before = money.filter((q) => q.end <= m.index && m.index - q.end <= 20).pop();
  if (before && /^\s*(?:in\s+)?$/i.test(text.slice(figureEnd(text, before), m.index))) return before;
  const after = money.find((q) => q.start >= m.index + m[0].length && q.start - (m.index + m[0].length) <= 20);
  return after ?? before;
}
