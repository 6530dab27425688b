// "3 licences × $20,000 + $10,000 setup": a product and a sum on one line, the product first, as in
// arithmetic. The plus joined the two dollar figures before the times applied (value-ranges.ts),
// so the line was 3 × $30,000 = $90,000, and written the other way round only $10,000. One reading
// for an Investment line (markdown-investment.ts) and a value line (markdown-value.ts): each term
// is read as a line of its own by the line's own reader.
import type { Num, Text } from '../model';
import type { Quantity } from '../text/quantity';
import { asWritten } from '../text/quantity';
import { currencyMark, textAt } from './value-money';

// A plus between two figures, or after a figure's words ("$20,000 licences + $10,000 setup").
const PLUS = /\s[+＋]\s/g;
const TIMES = /[×✕*]|\bx\b/;

/**
 * The line `t` as a sum of products: the sum of its terms (split at each plus) as `read` gives
 * each, spanning from the first term's figure to the last's. Undefined when the line multiplies
 * nothing or adds nothing, or when `read` finds a term no whole figure (undefined): the line is
 * then read as before.
 */
export function sumOfProducts(t: Text, read: (term: Text) => Num | undefined): Num | undefined {
  if (!TIMES.test(t.value)) return undefined;
  // Each term from the end of one plus to the start of the next.
  const terms: { from: number; to: number }[] = [];
  let from = 0;
  for (const m of t.value.matchAll(PLUS)) {
    terms.push({ from, to: m.index });
    from = m.index + m[0].length;
  }
  if (!terms.length) return undefined;
  terms.push({ from, to: t.value.length });
  let value = 0;
  let start = -1;
  let end = 0;
  for (const term of terms) {
    const c = read(textAt(t, term.from, term.to));
    if (!c) return undefined;
    value += c.value;
    if (start < 0) start = c.span.start;
    end = c.span.end;
  }
  return { value: asWritten(value), span: { start, end } };
}

/**
 * "500 hours × $40 + $5,000": a plus after a product, on a line whose type is a product of its
 * own (hours × rate, probability × impact). The plus joined "$40 + $5,000" into a rate of $5,040
 * ($2,520,000 a year); such a line holds no hours × rate, so the added term (from the plus to the
 * end of its figure, in `t`'s text) is named and the line not counted. `figures`: the line's
 * figures as written, not joined.
 */
export function addedTerm(t: Text, figures: readonly Quantity[]): { start: number; end: number } | undefined {
  if (!TIMES.test(t.value)) return undefined;
  for (const m of t.value.matchAll(PLUS)) {
    const after = m.index + m[0].length;
    // A plus in the reason ("analysts + managers", ": 2 + 3 teams") adds nothing to the value.
    if (/[:;]/.test(t.value.slice(0, m.index))) break;
    const before = figures.some((q) => q.end <= m.index);
    // The next figure is money, with at most a currency mark or a minus between it and the plus.
    const next = figures.find((q) => q.start >= after && /^[^\p{L}\p{N}:;]{0,3}$/u.test(t.value.slice(after, q.start)));
    if (before && next && currencyMark(t.value, next)) return { start: m.index + 1, end: next.end };
  }
  return undefined;
}
