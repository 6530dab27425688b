// An Investment line that adds a running cost a year to a one-off cost: "$60,000 (one-off) and
// $10,000/year support", "일회성 6,000만 원, 연간 유지비 1,000만 원". Every value is a year's and the
// ROI is the first year's, so the first year's cost is the one-off cost and one year of the running
// cost, $70,000: it was read as the first figure, $60,000, silently. A cost for a month over a span
// within the year is a running cost too: "$20,000/month × 6 months + $10,000 setup" is $130,000 (it
// was $120,000, the setup dropped). A running cost the first year cannot be read from (one for a
// month with no span or over more than a year, one multiplied, one that starts later or runs for
// years) is named rather than guessed at; a figure said to include the other ("$60,000 including
// $10,000/year support") is left as it was read.
import { currencyAt, figureEnd } from '../text/currency';
import { recurrenceAt } from '../text/period';
import { asWritten, type Quantity } from '../text/quantity';
import { factorChain } from './value-factors';
import { productCost, type ProductCost } from './investment-product';
import { currencyMark, plainMoney } from './value-money';

// "/year", "a year", "per annum", "annually", "p.a." after the figure (and its currency).
const YEARLY_AFTER = /^\s?(?:\/\s?(?:year|yr|annum|년)|(?:per|a|an|each|every)\s+(?:year|annum)|p\.a\.|yearly|annually)(?![A-Za-z가-힣])/i;
// "annual support of $10,000", "yearly licence $10,000", "연간 유지비 1,000만 원", "매년 1,000만 원",
// "연 1,000만 원" (연 right before the figure only: "연구비 1,000만 원" is research money).
const YEARLY_BEFORE = /(?:\b(?:annual|yearly)\s(?:[A-Za-z-]{1,20}\s){0,2}|(?<![가-힣])(?:연간|매년|해마다)\s?(?:[가-힣]{1,8}\s?)?|(?<![가-힣])연\s?)(?:[$€£¥₩]\s?)?$/i;
// "일회성 6,000만 원", "초기 구축비 6,000만 원", "one-off $60,000", "setup fee: $10,000": a one-off cost
// named before its figure (from a word's start, not inside a longer word).
const ONE_OFF_BEFORE = /(?:(?<![가-힣])(?:일회성|일시불?|초기|도입|구축|설치)[가-힣]{0,3}(?:\s[가-힣]{1,6})?|\b(?:one-off|one-time|upfront|up-front|initial|setup|set-up)(?:\s[A-Za-z-]{1,20})?)\s?[:：]?\s?(?:[$€£¥₩]\s?)?$/i;
// One figure said to hold the other: the running cost is part of it, not more.
const PART_OF = /\b(?:including|includes|included|incl\.|inclusive|of\s+which|within|out\s+of)(?![A-Za-z])|포함|가운데|(?<![가-힣])중(?![가-힣])/i;
// A running cost that may not fall in the first year, or that lasts several: "then", "after
// launch", "from year 2", "for 3 years", "2년차부터", "이후", "3년간".
const NOT_FIRST_YEAR = /\b(?:then|thereafter|after|afterwards|following|from\s+(?:year|yr|month)|for\s+\d{1,3}\s+years?|over\s+\d{1,3}\s+years?)(?![A-Za-z])|이후|부터|\d{1,3}\s?년\s?(?:간|동안)/i;

/**
 * What a one-off and a running cost read as: the first year's cost and its parts, where its
 * figures are written (`start`, `end`) and its words ("일회성 6,000만 원, 연간 유지비 1,000만 원",
 * the words naming the first figure included), or the running cost that cannot be.
 */
export type RunningReading =
  | { cost: number; oneOff: number; running: number; start: number; end: number; words: { start: number; end: number } }
  | { unread: { start: number; end: number } };

/** Whether figure `q` of `text` is written for a year ("$10,000/year", "연간 유지비 1,000만 원"). */
function yearly(text: string, q: Quantity): { start: number; end: number } | undefined {
  const end = figureEnd(text, q);
  const after = YEARLY_AFTER.exec(text.slice(end));
  if (after) return { start: q.start, end: end + after[0].length };
  const before = YEARLY_BEFORE.exec(text.slice(Math.max(0, q.start - 40), q.start));
  return before ? { start: q.start, end } : undefined;
}

/**
 * Where the words naming figure `q` a one-off or a yearly cost start, when they come before it
 * ("일회성 6,000만 원", "연간 유지비 1,000만 원", "one-off $60,000"); `q.start` otherwise. The sum was
 * said from its first figure on: "6,000만 원, 연간 유지비 1,000만 원" where English reads
 * "$60,000 (one-off) and $10,000/year".
 */
function namedFrom(text: string, q: Quantity): number {
  const from = Math.max(0, q.start - 40);
  const before = text.slice(from, q.start);
  const m = ONE_OFF_BEFORE.exec(before) ?? YEARLY_BEFORE.exec(before);
  return m ? from + m.index : q.start;
}

/** A figure's words with its period, before it ("월 200만 원") or after it ("$2,000/month"). */
function wordsOf(text: string, q: Quantity, period: { start: number; end: number } | undefined): { start: number; end: number } {
  const end = figureEnd(text, q);
  return period ? { start: Math.min(q.start, period.start), end: Math.max(end, period.end) } : { start: q.start, end };
}

/**
 * The line's one-off and yearly costs (`qs`, ranges and sums joined), when it has both kinds: at
 * least two figures of money, one written for a year or a cost for a period over a span.
 * Undefined for a line of another form.
 */
export function runningCost(text: string, qs: Quantity[]): RunningReading | undefined {
  const marked = qs.filter((q) => currencyMark(text, q));
  // Bare figures are money only on a line without a currency: "$60,000 in 2026" has one amount.
  const money = marked.length ? marked : qs.filter((q) => plainMoney(text, q));
  if (money.length < 2) return undefined;
  const years = money.map((q) => yearly(text, q));
  // A cost a month with no span beside a one-off cost ("$60,000 one-off and $2,000/month
  // support") is a running cost too, whose first year is not said; with a span ("× 6 months")
  // its cost is the product, the first year's when the span is a year at most.
  const periods = money.map((q) => recurrenceAt(text, q.start, figureEnd(text, q)));
  const firstYearly = money.findIndex((_, i) => years[i] !== undefined || periods[i] !== undefined);
  if (firstYearly < 0) return undefined;
  const from = money[0]!.start;
  const to = figureEnd(text, money[money.length - 1]!);
  if (PART_OF.test(text.slice(from, to))) return undefined;
  // A figure's product with the counts joined to it, for a cost for a period; each chain is read
  // once, only as far as the line is read (a chain read for every figure of a long one is its square).
  const line = { value: text, span: { start: 0, end: text.length } };
  const spanned = (i: number): ProductCost | undefined => (periods[i] && factorChain(text, qs, money[i]!).figures > 1 ? productCost(line, qs, money[i]!) : undefined);
  const first = money[firstYearly]!;
  const y = years[firstYearly] ?? spanned(firstYearly)?.product ?? wordsOf(text, first, periods[firstYearly]);
  const unread = { unread: { start: y.start, end: y.end } };
  // Euros are not added to dollars: the line's currency reader says which it is in.
  if (new Set(money.map((q) => currencyAt(text, q.start, q.end))).size > 1) return unread;
  if (NOT_FIRST_YEAR.test(text.slice(from))) return unread;
  let oneOff = 0;
  let running = 0;
  // The sum's words span the products' ("월 2,000만 원 × 6개월" before its figure, "× 6 months" after).
  let start = from;
  let end = Math.max(to, years[years.length - 1]?.end ?? to);
  for (let i = 0; i < money.length; i++) {
    const q = money[i]!;
    const other = periods[i];
    const multiplied = factorChain(text, qs, q).figures > 1;
    // "$20,000/month × 6 months": all of it in the first year. Over more than a year, or a factor it cannot use: named.
    if (other && multiplied) {
      const c = productCost(line, qs, q);
      if (!c.cost || !c.product || !c.inYear) return { unread: c.product ?? wordsOf(text, q, other) };
      running += c.cost.value;
      start = Math.min(start, c.product.start);
      end = Math.max(end, c.product.end);
      continue;
    }
    // A figure multiplied ("2 × $5,000/year") or written for a month with no span is no one year's cost as it stands.
    if (other || multiplied) return { unread: years[i] ?? wordsOf(text, q, other) };
    if (years[i]) running += q.value;
    else oneOff += q.value;
  }
  const words = { start: Math.min(start, namedFrom(text, money[0]!)), end };
  return { cost: asWritten(oneOff + running), oneOff: asWritten(oneOff), running: asWritten(running), start, end, words };
}
