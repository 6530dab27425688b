// The guided flow's investment answer: the whole cost of the work, read by the plan's own
// investment reader (readInvestmentLine, parse/markdown-investment.ts), so an answer is the cost
// `cbo check` reads from the same words on a plan's Investment line. The flow had a reader of its
// own: "2 × 6 × $10,000" was asked again where the plan's reader read $120,000, "$1,000/week × 30
// days" was $30,000, "Year 1: 20,000 USD; Year 2: 40,000 USD" 1. What the flow adds: a value line
// pasted a step late is named, and a product is said in a note ("월 2,000만 원 × 6개월 =
// 120,000,000원"), as the value step says its year's figure. A month's cost alone is asked again:
// the whole cost is the team's to say.
import type { InvestmentUnread } from './model';
import { readInvestmentLine } from './parse/markdown-investment';
import { valueTypeLead } from './guided-value';

export interface InvestmentAnswer {
  value?: number;
  currency?: string;
  /** A value line pasted a step late: its type as written. */
  valueLine?: string;
  /** The figures multiplied, as written ("월 2,000만 원 × 6개월"), when the value is their product. */
  product?: string;
  /** Why it is asked again: a month's cost with no months. */
  ask?: 'period';
  /** A factor the plan's reader cannot use ("× 90 minutes" with no cost per hour, "$1,000/week × 30 days"): asked again with value-no-investment's words. */
  unread?: InvestmentUnread;
  /** People or things with no price ("2 developers"): asked again with value-no-investment's words. */
  count?: string;
  /** A running cost beside a one-off cost whose first year's share cannot be read ("$2,000/month support"): asked again with value-no-investment's words. */
  running?: string;
  /** The product is a one-off cost and a year of a running cost added, not figures multiplied. */
  firstYear?: true;
  /** A floor or a change, not the whole cost ("at least $60,000"): asked again with value-no-investment's words. */
  bound?: { kind: 'floor' | 'change'; words: { value: string }; low?: string; high?: string };
  /** A cost below zero ("-$10,000"), which no investment is: asked again with value-no-investment's words, and not written. */
  negative?: number;
  /** The answer is too long to read whole (text/money-text.ts): its length, and the flow asks again. */
  tooLong?: number;
}

/**
 * The investment answer read as a plan's Investment line: its cost, and the currency written
 * at it. An answer that is no amount has none: a value line pasted a step late ("revenue-impact
 * 320,000,000원: …", `valueLine`, its type as written) was taken for an investment of
 * ₩320,000,000.
 */
export function readInvestment(answer: string | undefined): InvestmentAnswer {
  const written = answer?.trim() ?? '';
  const lead = valueTypeLead(written);
  if (lead) return { valueLine: written.slice(0, lead.length).replace(/[\s:：]+$/, '') };
  if (!written) return {};
  const r = readInvestmentLine({ value: written, span: { start: 0, end: written.length } });
  const out: InvestmentAnswer = r.currency ? { currency: r.currency } : {};
  if (r.cut) out.tooLong = r.cut.length;
  if (r.unread) out.unread = r.unread;
  else if (r.cost && r.cost.value < 0) out.negative = r.cost.value;
  else if (r.cost) out.value = r.cost.value;
  else if (r.running) out.running = written.slice(r.running.start, r.running.end);
  else if (r.bound) out.bound = { ...r.bound, words: { value: written.slice(r.bound.start, r.bound.end) } };
  else if (r.amount) out.ask = 'period';
  else if (r.count) out.count = written.slice(r.count.start, r.count.end);
  if (r.cost && r.product) out.product = written.slice(r.product.start, r.product.end);
  if (r.cost && r.parts) out.firstYear = true;
  return out;
}
