// Amounts written the European way, "100.000 €", "€60.000", "1.250.000,50 EUR": dots group the
// thousands and a comma (if any) marks the cents. One reader for the guided flow's answers and
// a plan's value lines: "100.000 € per month" was read as 100 and written as 1,200 a year.
import { currencyAt } from './currency';
import type { Quantity } from './quantity';

// A multiplier after it makes the dot a decimal point: "$1.350M", "0.054 million".
const EURO_NUMBER = /(?<![\d.,])(\d{1,3}(?:\.\d{3})+)(?:,(\d{1,2}))?(?![\d.,]*\d)(?!\s?(?:[kmb]|bn|mn|million|billion)(?![A-Za-z]))/gi;
const SIGN_BEFORE = /[$€£¥₩]\s?$/;

/**
 * The European amounts of the text, each with its value and where its digits are (`withSign`:
 * where its sign is, the sign as its unit, as a plan's value line keeps it). Two groups of dots,
 * or cents after a comma, can only be that; one group ("60.000") only beside a currency, since
 * money is not written to a thousandth.
 */
export function europeanAmounts(text: string, withSign = false): Quantity[] {
  if (!/\d\.\d{3}/.test(text)) return [];
  const out: Quantity[] = [];
  EURO_NUMBER.lastIndex = 0;
  for (let m = EURO_NUMBER.exec(text); m; m = EURO_NUMBER.exec(text)) {
    const end = m.index + m[0].length;
    const before = text.slice(Math.max(0, m.index - 4), m.index);
    const sign = SIGN_BEFORE.exec(before)?.[0].trim();
    if (sign === undefined && currencyAt(text, m.index, end) === undefined && m[2] === undefined && m[1]!.split('.').length < 3) continue;
    const q: Quantity = { value: Number(m[1]!.replace(/\./g, '') + (m[2] ? `.${m[2]}` : '')), start: m.index, end };
    if (withSign && sign !== undefined) {
      q.start = m.index - before.length + before.lastIndexOf(sign);
      q.unit = sign;
    }
    out.push(q);
  }
  return out;
}
