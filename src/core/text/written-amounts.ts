// The numbers of a text of money, as a plan's value line and a YAML item's assumption are read:
// one reader, so "월 650만 원" is 6,500,000 in both and not 650 in one of them.
import { moneyQuantities } from './currency';
import { europeanAmounts } from './european-amount';
import { koreanAmounts } from './korean-amount';
import type { Quantity } from './quantity';

/**
 * The numbers written in digits, with Korean amounts read whole ("8,000만 원" is 80,000,000,
 * "1억 2천만 원" 120,000,000). Money is never "a quarter" or "half".
 */
export function writtenAmounts(text: string): Quantity[] {
  // A figure signed with a minus is read without its sign ("USD -5,000" as "USD 5,000", so the
  // code before it is still beside it), then given its place in `text` back, from its sign.
  const signs = minusSigns(text);
  const read = signs.length ? without(text, signs) : text;
  const whole = [...koreanAmounts(read), ...europeanAmounts(read, true)];
  const inWhole = overlapTest(whole);
  const out = [...whole, ...moneyQuantities(read).filter((q) => /\d/.test(read.slice(q.start, q.end)) && !inWhole(q))].sort((a, b) => a.start - b.start);
  return signs.length ? placedBack(out, signs) : out;
}

// A minus sign on a figure of money: "-5,000 USD", "USD -5,000", "$-5,000", "₩−5,000", "(-5,000원)".
// The number reader takes digits after a hyphen for a date's or a name's part (2026-09-30, A-5),
// so such a figure was no amount at all (and "$-5,000" no figure): a sign only at the start, after
// a colon or a bracket, or after a space with no digit before it ("5,000 -7,000" is left as it
// was), or between a currency sign so placed and the digits. A range ("5,000-7,000 USD",
// "$5,000-$7,000") has a digit before its dash, and a dash between words a space after it.
const MINUS_SIGN = /(?<=^|[:：(（]|(?<!\d)\s)(?:(?:US\$|[$€£¥₩])\s?)?[-−](?=\d)/g;

/** Where the minus signs of figures of money are in `text` (MINUS_SIGN), in order. */
function minusSigns(text: string): number[] {
  if (!/[-−]\d/.test(text)) return [];
  const out: number[] = [];
  MINUS_SIGN.lastIndex = 0;
  for (let m = MINUS_SIGN.exec(text); m; m = MINUS_SIGN.exec(text)) out.push(m.index + m[0].length - 1);
  return out;
}

/** `text` without the characters at `at` (in order). */
function without(text: string, at: readonly number[]): string {
  let out = '';
  let from = 0;
  for (const i of at) {
    out += text.slice(from, i);
    from = i + 1;
  }
  return out + text.slice(from);
}

/**
 * The figures read from the text without its signs (`signs`, in order), at their places in the
 * text: a figure right after a sign starts at it ("-5,000 USD" from its "-"), so its span holds
 * the sign and the figure is read as a loss (parse/value-money.ts, minusAt).
 */
function placedBack(qs: Quantity[], signs: readonly number[]): Quantity[] {
  // Where each sign was in the text without them: a character there or after it moves on by one
  // for each sign up to it.
  const gaps = signs.map((s, i) => s - i);
  const at = (p: number) => {
    let lo = 0;
    let hi = gaps.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (gaps[mid]! <= p) lo = mid + 1;
      else hi = mid;
    }
    return p + lo;
  };
  const signed = new Set(signs);
  return qs.map((q) => {
    const start = at(q.start);
    return { ...q, start: signed.has(start - 1) ? start - 1 : start, end: at(q.end - 1) + 1 };
  });
}

/**
 * Whether a figure overlaps one of `spans`. Each figure asked of every span was quadratic on a
 * line of thousands of European amounts ("€1.000 €1.000 …"): the spans in order of their start,
 * with the furthest end reached so far, answer each in a halving search.
 */
function overlapTest(spans: readonly Quantity[]): (q: Quantity) => boolean {
  const byStart = spans.slice().sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (const s of byStart) reach.push(Math.max(s.end, reach[reach.length - 1] ?? -Infinity));
  return (q) => {
    // The spans that start before the figure ends: one of them overlaps it if any reaches past its start.
    let lo = 0;
    let hi = byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byStart[mid]!.start < q.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && reach[lo - 1]! > q.start;
  };
}
