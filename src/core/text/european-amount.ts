// Amounts written the European way, "100.000 €", "€60.000", "1.250.000,50 EUR": dots group the
// thousands and a comma (if any) marks the cents. One reader for the guided flow's answers and
// a plan's value lines: "100.000 € per month" was read as 100 and written as 1,200 a year.
import { currencyAt, withMultiplier } from './currency';
import type { Quantity } from './quantity';

// A multiplier after it makes the dot a decimal point: "$1.350M", "0.054 million".
const EURO_NUMBER = /(?<![\d.,])(\d{1,3}(?:\.\d{3})+)(?:,(\d{1,2}))?(?![\d.,]*\d)(?!\s?(?:[kmb]|bn|mn|million|billion|mio\.?|mrd\.?)(?![A-Za-z]))/gi;
// A figure before a multiplier written the European way: a decimal comma ("1,5 Mio. €", "1,5 M €",
// "2,25 million EUR"), or thousands grouped by dots before Mio. or Mrd., words of the languages
// that group so ("1.500 Mio. €" is 1,500 millions). A dot before an M or "million" stays a
// decimal point ("$1.350M"). The multiplier itself is withMultiplier's, as for "1.5M EUR".
const EURO_MULTIPLIED = /(?<![\d.,])(\d{1,3}(?:\.\d{3})*)(?:,(\d{1,2}))?(?![\d.,]*\d)(?=\s?(?:(mio\.?|mrd\.?)|m|mn|million|bn|billion)(?![A-Za-z]))/gi;
const SIGN_BEFORE = /[$€£¥₩]\s?$/;

/**
 * The European amounts of the text, each with its value and where its digits are (`withSign`:
 * where its sign is, the sign as its unit, as a plan's value line keeps it). Two groups of dots,
 * or cents after a comma, can only be that; one group ("60.000") only beside a currency, since
 * money is not written to a thousandth.
 */
export function europeanAmounts(text: string, withSign = false): Quantity[] {
  if (!/\d\.\d{3}|\d,\d{1,2}\s?[mb]/i.test(text)) return [];
  const out: Quantity[] = [];
  EURO_NUMBER.lastIndex = 0;
  for (let m = EURO_NUMBER.exec(text); m; m = EURO_NUMBER.exec(text)) {
    const end = m.index + m[0].length;
    if (!signOf(text, m.index) && currencyAt(text, m.index, end) === undefined && m[2] === undefined && m[1]!.split('.').length < 3) continue;
    out.push(signed(text, { value: Number(m[1]!.replace(/\./g, '') + (m[2] ? `.${m[2]}` : '')), start: m.index, end }, withSign));
  }
  EURO_MULTIPLIED.lastIndex = 0;
  for (let m = EURO_MULTIPLIED.exec(text); m; m = EURO_MULTIPLIED.exec(text)) {
    // "15 Mio.", "1.5 million": no European figure, read by the number reader as they are.
    if (m[2] === undefined && !(m[3] && m[1]!.includes('.'))) continue;
    const bare: Quantity = { value: Number(m[1]!.replace(/\./g, '') + (m[2] ? `.${m[2]}` : '')), start: m.index, end: m.index + m[0].length };
    // An M with no currency may be minutes or metres: not read.
    const q = withMultiplier(text, bare);
    if (q !== bare) out.push(signed(text, q, withSign));
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The sign written right before the figure at `start` ("€60.000"), if any. */
function signOf(text: string, start: number): string | undefined {
  return SIGN_BEFORE.exec(text.slice(Math.max(0, start - 4), start))?.[0].trim();
}

/** The figure with its sign before it, as its unit, when `withSign` (a plan's value line keeps it). */
function signed(text: string, q: Quantity, withSign: boolean): Quantity {
  const sign = signOf(text, q.start);
  if (!withSign || sign === undefined) return q;
  return { ...q, start: text.lastIndexOf(sign, q.start), unit: sign };
}
