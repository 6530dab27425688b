// The cost of an Investment line's figure times the counts joined to it, the line's whole cost
// (markdown-investment.ts) or one cost of several on it (investment-running.ts: "$20,000/month ×
// 6 months + $10,000 setup").
import type { InvestmentUnread, Num, Text } from '../model';
import { recurrenceAt } from '../text/period';
import { asWritten, type Quantity } from '../text/quantity';
import { countProduct, countsOf, factorChain, isMinutes, minutesEnd, settlePeriod, spanInPeriods, spanYears } from './value-factors';
import { num, textAt } from './value-money';
import { figuresEnd } from './value-reason';
import { unconvertedSpan } from './value-time';

/** A figure's cost with its counts, or why it is none. */
export interface ProductCost {
  cost?: Num;
  /** A factor the cost cannot use, with the units of a span (ValueBlock.investmentUnread). */
  unread?: InvestmentUnread;
  /** Where the figures multiplied into `cost` are written, a period word beside them, in the line's text: only when they are. */
  product?: { start: number; end: number };
  /** With `product`, a cost for a period times a span of at most a year ("$20,000/month × 6 months"): all of it falls in the first year. */
  inYear?: true;
}

/**
 * The investment's figure times the counts joined to it: "3 licences × $20,000" costs $60,000 (it
 * was read as $20,000, and the ROI overstated), "$20,000/month × 6 months" $120,000 (it was
 * $20,000), "$200/hour × 90 minutes × 10 sessions" $3,000 (the minutes were dropped: $200). A
 * monthly cost with no span is no whole cost (value-no-investment says so); nor is one with a
 * factor it cannot use: minutes with no cost per hour, a span of days against a cost per week
 * ("$1,000/week × 30 days" was the cost of 30 weeks, then none). Years among the factors leave
 * the figure as read.
 */
export function productCost(inv: Text, qs: Quantity[], q: Quantity): ProductCost {
  const chain = factorChain(inv.value, qs, q);
  const written = countsOf(inv.value, chain, [q]);
  const minutes = chain.factors.find((x) => isMinutes(inv.value, x));
  const odd = minutes ? undefined : unconvertedSpan(inv.value, [q].concat(written));
  if (minutes) return { unread: { factor: textAt(inv, minutes.start, minutesEnd(inv.value, minutes)) } };
  if (odd) return { unread: { factor: textAt(inv, odd.q.start, odd.end), units: { span: odd.span, per: odd.per } } };
  const code = /^\s?(?:[A-Z]{3}(?![A-Za-z])|원)/.exec(inv.value.slice(q.end));
  const period = recurrenceAt(inv.value, q.start, q.end + (code?.[0].length ?? 0));
  // The cost over a span in other units than its period is that many periods: "$5,000/week × 6
  // months" is 26 weeks, "× 12 months" 52. With no span (nor "× 12") it is no whole cost.
  const counts = period ? spanInPeriods(inv.value, written, period) : written;
  if (period && settlePeriod(inv.value, written, period).period && counts === written) return {};
  const count = countProduct(counts);
  if (!count || chain.years || !chain.factors.every((x) => x === q || written.includes(x))) return { cost: num(inv, q) };
  const start = Math.min(q.start, count.start);
  const end = Math.max(q.end, count.end);
  // The words of the product reach the noun of a count written last ("× 10 sessions") and a period beside the cost.
  const last = chain.factors[chain.factors.length - 1]!;
  const product = { start: Math.min(start, period?.start ?? start), end: Math.max(figuresEnd(inv.value, end, last !== q && last.unit === undefined), period?.end ?? end) };
  const out: ProductCost = { cost: { value: asWritten(q.value * count.value), span: { start: inv.span.start + start, end: inv.span.start + end } }, product };
  const years = period ? spanYears(inv.value, written) : undefined;
  if (years !== undefined && years <= 1) out.inYear = true;
  return out;
}
