// Amounts written the European way, "100.000 €", "€60.000", "1.250.000,50 EUR": dots group the
// thousands and a comma (if any) marks the cents. The guided flow reads its answers with this,
// as the Markdown value reader reads a plan's lines (its own copy is in parse/markdown-value.ts,
// which another change owns for now; the two are to become this one): "100.000 € per month"
// was read as 100 and written as 1,200 a year.
import { currencyAt } from './currency';
import type { Quantity } from './quantity';

// A multiplier after it makes the dot a decimal point: "$1.350M", "0.054 million".
const EURO_NUMBER = /(?<![\d.,])(\d{1,3}(?:\.\d{3})+)(?:,(\d{1,2}))?(?![\d.,]*\d)(?!\s?(?:[kmb]|bn|mn|million|billion)(?![A-Za-z]))/gi;
const SIGN_BEFORE = /[$€£¥₩]\s?$/;

/**
 * The European amounts of the text, each with its value and where its digits are. Two groups of
 * dots, or cents after a comma, can only be that; one group ("60.000") only beside a currency,
 * since money is not written to a thousandth.
 */
export function europeanAmounts(text: string): Quantity[] {
  if (!/\d\.\d{3}/.test(text)) return [];
  const out: Quantity[] = [];
  EURO_NUMBER.lastIndex = 0;
  for (let m = EURO_NUMBER.exec(text); m; m = EURO_NUMBER.exec(text)) {
    const end = m.index + m[0].length;
    const sign = SIGN_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index));
    if (!sign && currencyAt(text, m.index, end) === undefined && m[2] === undefined && m[1]!.split('.').length < 3) continue;
    out.push({ value: Number(m[1]!.replace(/\./g, '') + (m[2] ? `.${m[2]}` : '')), start: m.index, end });
  }
  return out;
}
