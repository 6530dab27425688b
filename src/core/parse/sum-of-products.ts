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

// A plus, or the word, between two figures of a value line: "+ $5,000", ", plus $5,000 tooling".
const ADD = /\s(?:[+＋]|plus)\s/giu;
// A currency written after a figure ("+ 5,000 USD", "+ 50만 원"): part of the term quoted.
const CODE_AFTER = /^\s?(?:[A-Z]{3}\b|원)/u;

/**
 * "500 hours × $40 + $5,000": a sum on a line whose type is a product of its own (hours × rate,
 * probability × impact). The plus joined "$40 + $5,000" into a rate of $5,040 ($2,520,000 a
 * year); written first ("$5,000 + 500 hours × $40") the amount was dropped, and a second product
 * ("+ 200 hours × $60") too. Such a line holds no one hours × rate, so the term added (the plus
 * and the amount after it, or the amount before it and the plus) is named and the line not
 * counted. Only before the reason (a colon or a semicolon) and outside brackets ("500 hours ×
 * ($40 + $5 overhead)" is a rate of $45), and only when money is on either side. `figures`: the
 * line's figures as written, not joined.
 */
export function addedTerm(t: Text, figures: readonly Quantity[]): { start: number; end: number } | undefined {
  const text = t.value;
  if (!TIMES.test(text)) return undefined;
  const reason = text.search(/[:;]/);
  const end = reason < 0 ? text.length : reason;
  const adds = [...text.matchAll(ADD)].filter((m) => m.index < end);
  for (let i = 0; i < adds.length; i++) {
    const m = adds[i]!;
    const plusAt = m.index + 1;
    const plusEnd = m.index + m[0].length - 1;
    if (depth(text, m.index) > 0) continue;
    const from = i ? adds[i - 1]!.index + adds[i - 1]![0].length : 0;
    const to = i + 1 < adds.length ? adds[i + 1]!.index : end;
    const before = figures.filter((q) => q.start >= from && q.end <= m.index);
    const after = figures.filter((q) => q.start > plusEnd && q.end <= to);
    if (!before.length || !after.length || !before.concat(after).some((q) => currencyMark(text, q))) continue;
    const last = after[after.length - 1]!;
    const tail = CODE_AFTER.exec(text.slice(last.end, to))?.[0].length ?? 0;
    // The amount added after the product; else the amount before it ("$5,000 + 500 hours × $40").
    if (!TIMES.test(text.slice(plusEnd, to)) || TIMES.test(text.slice(from, m.index))) return { start: plusAt, end: last.end + tail };
    return { start: before[0]!.start, end: plusEnd };
  }
  return undefined;
}

/** How many brackets are open at `at`. */
function depth(text: string, at: number): number {
  let d = 0;
  for (let i = 0; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 40) d++;
    else if (c === 41 && d > 0) d--;
  }
  return d;
}
