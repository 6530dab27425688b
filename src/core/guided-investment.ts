// The guided flow's investment answer: the whole cost of the work. "월 2,000만 원 × 6개월" was
// written as `investment: 20000000`, one month of six, with no word; a month's cost × the
// months, or a count × a unit price ("3 licences × $20,000"), is the product, said in a note as
// the value step says its year's figure. A month's cost alone is asked again: the whole cost is
// the team's to say.
import { currencyAt, figureEnd, moneyQuantities } from './text/currency';
import { europeanAmounts } from './text/european-amount';
import { koreanAmounts } from './text/korean-amount';
import { recurrenceAt } from './text/period';
import { asWritten } from './text/quantity';
import { isCount, valueTypeLead } from './guided-value';

export interface InvestmentAnswer {
  value?: number;
  currency?: string;
  /** A value line pasted a step late: its type as written. */
  valueLine?: string;
  /** The figures multiplied, as written ("월 2,000만 원 × 6개월"), when the value is their product. */
  product?: string;
  /** Why it is asked again: a month's cost with no months, or three figures multiplied. */
  ask?: 'period' | 'figures';
}

/** A multiplication sign between figures: ×, *, or an x before a figure ("1200 x 45"). */
const TIMES_SIGN = /[×*]|(?<![A-Za-z])[xX](?=\s?[$€₩£¥]?\s?\d)/g;

/**
 * Korean amounts with magnitude words as plain digits, before the numbers are read: "1억
 * 2천만원" is "120000000원" (koreanAmounts, shared with the Markdown value reader); so are
 * European ones, "100.000 €" is "100000 €" (it was read as 100). With the way back:
 * `original(i)` is where the plain text's index i is in `s`, so the reason is taken from what the
 * user wrote ("진료비 8만 원" stays, not "80000원"). An index inside a rewritten amount is the end
 * of that amount as written.
 */
function plainMapped(s: string): { text: string; original: (i: number) => number } {
  let text = '';
  let at = 0;
  const spans: { from: number; to: number; start: number; end: number }[] = [];
  const found = koreanAmounts(s);
  for (const q of europeanAmounts(s)) if (!found.some((k) => q.start < k.end && k.start < q.end)) found.push(q);
  found.sort((x, y) => x.start - y.start);
  for (const q of found) {
    const won = /원$/.test(s.slice(q.start, q.end));
    text += s.slice(at, q.start);
    const from = text.length;
    text += `${q.value}${won ? '원' : ''}`;
    spans.push({ from, to: text.length, start: q.start, end: q.end });
    at = q.end;
  }
  text += s.slice(at);
  const original = (i: number): number => {
    let shift = 0;
    for (const p of spans) {
      if (i <= p.from) break;
      if (i < p.to) return p.end;
      shift = p.end - p.to;
    }
    return i + shift;
  };
  return { text, original };
}

/**
 * The investment answer's number and the currency written at it ("€120000", "120000 EUR"). A
 * Korean or European amount is read whole, as the value answer is: "3억 원" was written as "3원",
 * "50.000 €" as 50. An answer that is no amount has none: a value line pasted a step late
 * ("revenue-impact 320,000,000원: …", `valueLine`, its type as written) was taken for an
 * investment of ₩320,000,000, and "2 developers" for an investment of 2.
 */
export function readInvestment(answer: string | undefined): InvestmentAnswer {
  const written = answer?.trim() ?? '';
  const lead = valueTypeLead(written);
  if (lead) return { valueLine: written.slice(0, lead.length).replace(/[\s:：]+$/, '') };
  const plain = plainMapped(written);
  const text = plain.text;
  const [q, r] = moneyQuantities(text);
  // A share or a count first is no cost ("15% of the budget", "2명 6개월").
  if (!q || q.unit === '%' || isCount(q.unit)) return {};
  if ((text.split(/[:：=]/)[0]!.match(TIMES_SIGN) ?? []).length > 1) return { ask: 'figures' };
  const qEnd = figureEnd(text, q);
  const recurs = recurrenceAt(text, q.start, qEnd);
  const from = recurs && recurs.start >= q.end ? recurs.end : qEnd;
  const joined = r !== undefined && (/^\s*(?:[A-Za-z가-힣]{1,12}\s*)?[×xX*]\s*[$€₩£¥]?\s*$/.test(text.slice(from, r.start)) || (/^[xX×]$/.test(q.unit ?? '') && /^\s*[$€₩£¥]?\s*$/.test(text.slice(q.end, r.start))));
  const currency = currencyAt(text, q.start, q.end) ?? (joined ? currencyAt(text, r.start, r.end) : undefined);
  const withCurrency = currency ? { currency } : {};
  if (joined && (recurs || currency)) {
    const to = figureEnd(text, r);
    const start = Math.min(q.start, recurs?.start ?? q.start);
    return { value: asWritten(q.value * r.value), product: written.slice(plain.original(start), plain.original(to)).trim(), ...withCurrency };
  }
  if (recurs) return { ask: 'period', ...withCurrency };
  return { value: q.value, ...withCurrency };
}
