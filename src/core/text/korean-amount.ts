// Korean amounts written with magnitude words ("8,000만 원", "1억 2천만 원", "₩8천만", "2.3억"),
// as numbers: the Markdown value reader and the guided flow read them the same way. Whole won,
// rounded, so "2.3억" is 230,000,000 and not 229,999,999.99999997.
import type { Quantity } from './quantity';

const KO_MAGNITUDE: Record<string, number> = { 조: 1e12, 억: 1e8, 천만: 1e7, 백만: 1e6, 만: 1e4, 천: 1e3 };
const KO_AMOUNT = /(?:₩\s?)?((?:\d[\d,.]*\s?(?:조|억|천만|백만|만|천)\s?)+(?:\d[\d,.]*)?)\s?(원)?/g;
const KO_PART = /(\d[\d,.]*)\s?(조|억|천만|백만|만|천)?/g;

/**
 * Each Korean amount in the text, with its span. `wonOnly`: only those marked as money (₩ or
 * 원), as a value line needs; the guided flow's answer is money already, so it reads them all.
 */
export function koreanAmounts(text: string, wonOnly = true): Quantity[] {
  if (!/[조억만천]/.test(text)) return [];
  const out: Quantity[] = [];
  KO_AMOUNT.lastIndex = 0;
  for (let m = KO_AMOUNT.exec(text); m; m = KO_AMOUNT.exec(text)) {
    if (wonOnly && m[2] === undefined && !m[0].startsWith('₩')) continue;
    let value = 0;
    KO_PART.lastIndex = 0;
    for (let p = KO_PART.exec(m[1]!); p; p = KO_PART.exec(m[1]!)) value += Number(p[1]!.replace(/,/g, '')) * (p[2] ? KO_MAGNITUDE[p[2]]! : 1);
    value = Math.round(value);
    if (Number.isFinite(value) && value > 0) out.push({ value, unit: '원', start: m.index, end: m.index + m[0].trimEnd().length });
  }
  return out;
}
