// Korean amounts written with magnitude words ("8,000만 원", "1억 2천만 원", "₩8천만", "2.3억",
// "2억"), as numbers: the Markdown value reader and the guided flow read them the same way. Whole
// won, rounded, so "2.3억" is 230,000,000 and not 229,999,999.99999997.
//
// "2억" is 200,000,000 with or without 원 after it: read as its digits it was 2, and a plan
// with "- **투자**: 1억" had an ROI of billions of percent. Without 원 or ₩ the amount carries no
// currency (the plan's other figures give it, as for a bare number); followed by a count
// ("1만 시간", "5천 명") it is that count, and glued to a word ("3조 2교대", "2만족") it is no amount.
import type { Quantity } from './quantity';

const KO_MAGNITUDE: Record<string, number> = { 조: 1e12, 억: 1e8, 천만: 1e7, 백만: 1e6, 만: 1e4, 천: 1e3 };
// Not from inside a number (after a digit, or a digit and its comma or dot), and at most 40
// digits and separators before a magnitude: tried from every digit of a run with no magnitude
// after it ("5,000만 원 + 7777…", "1,1,1,…"), the run was read to its end each time, quadratic.
const KO_AMOUNT = /(?:₩\s?)?(?<!\d)(?<!\d[,.])((?:\d[\d,.]{0,40}\s?(?:조|억|천만|백만|만|천)\s?)+(?:\d[\d,.]*)?)\s?(원)?/g;
const KO_PART = /(\d[\d,.]*)\s?(조|억|천만|백만|만|천)?/g;
// A count after the amount: "1만 시간" is ten thousand hours, "5천 명" five thousand people.
// 대 only after a space: "3만 대" is machines, "2억대" about 200,000,000.
const COUNT_AFTER = /^(?:\s?(시간|개월|분기|건|명|회|번|개|곳|가구|장|권|배|일|주|년|분|초|점|%|퍼센트)|\s(대))(?![가-힣])/;
// What may follow an amount of money directly: a particle or a word of size ("2억의", "2억씩",
// "2억 정도" has a space). Any other syllable makes the digits part of a word ("2만족", "3조사").
const PARTICLE_AFTER = /^(?:이|가|을|를|은|는|의|에|에서|부터|까지|으로|로|과|와|도|만|씩|쯤|대|짜리|정도|가량|남짓|내외|이상|이하|미만|규모|수준)(?![가-힣])/;

/** Each Korean amount in the text, with its span; `unit` is 원 when marked as money, or its count. */
export function koreanAmounts(text: string): Quantity[] {
  if (!/[조억만천]/.test(text)) return [];
  const out: Quantity[] = [];
  KO_AMOUNT.lastIndex = 0;
  for (let m = KO_AMOUNT.exec(text); m; m = KO_AMOUNT.exec(text)) {
    const end = m.index + m[0].trimEnd().length;
    const won = m[2] !== undefined || m[0].startsWith('₩');
    const c = won ? undefined : COUNT_AFTER.exec(text.slice(end));
    const count = c ? (c[1] ?? c[2]) : undefined;
    if (!won && !count && /^[가-힣]/.test(text.slice(end)) && !PARTICLE_AFTER.test(text.slice(end))) continue;
    let value = 0;
    KO_PART.lastIndex = 0;
    for (let p = KO_PART.exec(m[1]!); p; p = KO_PART.exec(m[1]!)) value += Number(p[1]!.replace(/,/g, '')) * (p[2] ? KO_MAGNITUDE[p[2]]! : 1);
    value = Math.round(value);
    if (!Number.isFinite(value) || value <= 0) continue;
    const q: Quantity = { value, start: m.index, end };
    if (won) q.unit = '원';
    else if (count) q.unit = count === '퍼센트' ? '%' : count;
    out.push(q);
  }
  return out;
}
