// The factors a value line multiplies, as written: "10 agents × 200 hours × $40", "9,000 calls ×
// $6", "500시간 × 10명 × 4만 원". A line used to be read as its first two figures (the hours and
// the next one, or the first money), so a count of people or things was dropped or taken for the
// rate: "200 hours × 10 agents × $40" was 2,000, "9,000 calls × $6" was $6.
import { asWritten, TIMES, type Quantity } from '../text/quantity';
import { currencyAt, figureEnd } from '../text/currency';
import { recurrenceAt, type Recurrence } from '../text/period';
import { writtenAmounts } from '../text/written-amounts';
import { countEnd } from './count-nouns';

// The lookbehind keeps a match from starting inside a longer number, and the bounded digits keep
// an unanchored search linear on a run of digits (a line of 80,000 digits took 12 s).
const YEARS = String.raw`(?<![\d.,])(\d{1,15}(?:[.,]\d{1,15})?)\s?(?:years?|yrs?|년)(?![A-Za-z가-힣])`;
// What stands between two factors: the first one's unit or noun, the sign, the next one's code
// or sign ("agents × ", "hours/year × ", " × EUR "). A colon, "=", a comma or a bracket ends the
// figures: what follows is the total or the reason.
const JOIN = new RegExp(String.raw`^[^\d=:：;,()]{0,24}?${TIMES}[^\d=:：;,()]{0,6}$`);
// A number of years written between two factors, which the number reader may not have taken ("× 3년 ×").
const YEARS_BETWEEN = new RegExp(String.raw`${TIMES}\s*${YEARS}\s*(?=${TIMES})`);
const YEARS_AFTER = new RegExp(String.raw`^[^\d=:：;,()]{0,12}?${TIMES}\s*${YEARS}`);
const YEARS_BEFORE = new RegExp(String.raw`${YEARS}\s*${TIMES}[^\d=:：;,()]{0,6}$`);
const YEARS_UNIT = new RegExp(String.raw`^\s?(?:years?|yrs?|년)(?![A-Za-z가-힣])`, 'i');
/**
 * The words that join a share to its base as "×" does, as a pattern's source: "15% of $800,000",
 * "15 % of the $800k", "15% uplift on $800,000" (cut at "on"), "$2M spend by 10%"; "80만 달러의
 * 15%", "80만 달러 매출의 15%", "8억 원에서 15%", "8억 원 대비 15%", "2억 원 중 10%" (the base
 * first). The guided flow cuts a line's figures at them too (guided-figures.ts).
 */
export const SHARE_JOIN = String.raw`\b(?:of|on|in|by)(?:\s+the)?(?![A-Za-z])|의|에서|대비|(?<![가-힣])중(?![가-힣])`;
// A change the share measures: "15% uplift on", "10% reduction in", "5% lift on".
export const CHANGE = String.raw`(?:uplift|increase|growth|lift|rise|gain|boost|improvement|reduction|decrease|cut|drop|decline|savings?|uptick)`;
// After the share: "of", "of the", a currency code before the base ("15% of USD 800,000"); a
// change and "on", "of" or "in", a word or two before it ("15% conversion growth on"), a word or
// two and "of" after it ("10% reduction in annual spend of"). Not "to": "15% increase to $920,000"
// is the result, not the base.
const SHARE_OF = new RegExp(String.raw`^\s*(?:(?:[A-Za-z-]+\s+){0,2}?${CHANGE}\s+(?:on|of|in)\s+(?:top\s+of\s+)?(?:(?:the|our|their|its|a|an)\s+)?(?:(?:[A-Za-z-]+\s+){1,2}of\s+)?|of\s+(?:the\s+)?)(?:[A-Z]{3}\s?)?$`, 'i');
// After the base, before the share: its currency word or code, a noun or two, then 의, 에서, 대비
// or 중 ("80만 달러 매출의 15%", "8억 원에서 15% 향상"); "by" after an English base ("$2M annual
// spend by 10%").
const BASE_OF = /^\s?(?:달러|원|유로|엔|[A-Z]{3})?(?:\s?[가-힣]+?){0,2}\s?(?:의|에서|대비|중)\s*$|^\s*(?:[A-Za-z-]+\s+){0,3}by\s+$/;

// A count at a price, joined as "×" joins them: "40 seats at $2,500 each", "10,000 users at
// $5/month", "400 hours at $50/hour" (the count was dropped: $2,500, $60, $50).
const AT = /^\s?(?:[A-Za-z-]+\s+){0,2}at\s+(?:[A-Z]{3}\s?)?$/i;
// A price per unit for a count of those units: "$2,500 per seat for 40 seats", "$150/hour for 400
// hours", "$12,000/month for 6 months". A total for a count is no price per unit: "$60,000 for 2
// developers" is $60,000.
const FOR = /^\s?(?:\/\s?[A-Za-z]+|per\s+[A-Za-z]+|each|apiece|an?\s+(?:hour|day|week|month|quarter|seat|user|licen[cs]e)|hourly|daily|weekly|monthly)\s+for\s+(?:another\s+|the\s+next\s+)?$/i;

// People or things for a span of time, joined as "×" joins them: "2 FTE for 6 months at
// $12,000/month" is 2 × 6 × $12,000 (the 2 was dropped: $72,000).
const FOR_SPAN = /^\s?(?:[A-Za-z-]+\s+){0,2}?(?:for|over)\s+(?:the\s+next\s+)?$/i;
const SPAN_AFTER = /^\s?(?:months?|mos?|weeks?|wks?|days?|quarters?|개월|주|일)(?![A-Za-z가-힣])/i;

export interface FactorChain {
  /** The figures joined by "×", in the order written, a number of years left out. */
  factors: Quantity[];
  /** How many figures of the line the chain holds, years included (for the written total's test). */
  figures: number;
  /** Where the chain ends in the text, a trailing "× 3 years" included. */
  end: number;
  /** A number of years among the factors ("× 3 years", "3년 ×"), and where it is written. */
  years?: { value: number; start: number; end: number };
}

/** The figures joined to `anchor` by "×" on either side (at least the anchor itself). */
export function factorChain(text: string, qs: Quantity[], anchor: Quantity): FactorChain {
  const i = qs.indexOf(anchor);
  let from = i;
  let to = i;
  let years: FactorChain['years'];
  const joined = (a: Quantity, b: Quantity): boolean => {
    const between = text.slice(a.end, b.start);
    const y = YEARS_BETWEEN.exec(between);
    if (y) years ??= { value: Number(y[1]!.replace(',', '.')), start: a.end + y.index, end: a.end + y.index + y[0].length };
    // "15% of $800,000" is the share times its base: $800,000 was read and the share left aside.
    if ((a.unit === '%' && SHARE_OF.test(between)) || (b.unit === '%' && BASE_OF.test(between))) return true;
    const money = (q: Quantity) => currencyAt(text, q.start, q.end) !== undefined;
    if (AT.test(between) && a.unit !== '%' && !money(a) && money(b)) return true;
    if (FOR_SPAN.test(between) && !money(a) && a.unit !== '%' && countEnd(text, a) !== undefined && (SPAN_AFTER.test(b.unit ?? '') || SPAN_AFTER.test(text.slice(b.end)))) return true;
    // Not a number of years: "$400,000 a year for 3 years" is a year's value said with how long it lasts.
    if (FOR.test(between) && money(a) && !money(b) && b.unit !== '%' && !/^(?:years?|yrs?)$/i.test(b.unit ?? '') && !YEARS_UNIT.test(text.slice(b.end))) return true;
    return JOIN.test(y ? between.replace(y[0], '') : between);
  };
  while (from > 0 && joined(qs[from - 1]!, qs[from]!)) from--;
  while (to < qs.length - 1 && joined(qs[to]!, qs[to + 1]!)) to++;
  const all = qs.slice(from, to + 1);
  const factors: Quantity[] = [];
  for (const q of all) {
    const isYears = /^(?:years?|yrs?)$/i.test(q.unit ?? '') || YEARS_UNIT.test(text.slice(q.end));
    if (isYears && all.length > 1) years ??= { value: q.value, start: q.start, end: q.end };
    else factors.push(q);
  }
  let end = all[all.length - 1]!.end;
  const after = YEARS_AFTER.exec(text.slice(end));
  if (after) {
    years ??= { value: Number(after[1]!.replace(',', '.')), start: end, end: end + after[0].length };
    end += after[0].length;
  }
  const headEnd = all[0]!.start;
  const headStart = yearsBeforeFrom(text, headEnd);
  const before = YEARS_BEFORE.exec(text.slice(headStart, headEnd));
  if (before) years ??= { value: Number(before[1]!.replace(',', '.')), start: headStart + before.index, end: headEnd };
  const chain: FactorChain = { factors, figures: all.length, end };
  if (years) chain.years = years;
  return chain;
}

/**
 * Where YEARS_BEFORE can start in the text before `end`: "× " and six characters at most, the
 * spaces before the sign, and the number of years before them (40 characters with the one its
 * lookbehind reads). The pattern tried from every place of the text before each chain was
 * quadratic on a line of thousands of figures.
 */
function yearsBeforeFrom(text: string, end: number): number {
  let i = Math.max(0, end - 8);
  while (i > 0 && /\s/.test(text[i - 1]!)) i--;
  return Math.max(0, i - 40);
}

// Minutes are no count of people or things: "× 30 minutes" is hours only against a rate per
// hour (minutesAsHours); otherwise it is named (ValueItem.unreadFactor), not guessed at. Days,
// months, weeks and quarters written as a factor are counts: "× 220 days", "12 months × $4,000" (see settlePeriod).
const TIME_UNIT = /^\s?(?:minutes?|mins?|분)(?![A-Za-z가-힣])/i;

/** Whether the factor is a number of minutes ("30 minutes", "30분"). */
export function isMinutes(text: string, q: Quantity): boolean {
  return TIME_UNIT.test(q.unit ?? '') || TIME_UNIT.test(text.slice(q.end));
}

/** Where a number of minutes ends, its word included ("30 minutes/day": before "/day"). */
export function minutesEnd(text: string, q: Quantity): number {
  return q.end + (TIME_UNIT.exec(text.slice(q.end))?.[0].length ?? 0);
}

// A price for an hour: "$40/hour", "40 USD per hour", "€40 an hour", "5만 원/시간", "시간당 5만 원".
const PER_HOUR_AFTER = /^\s?(?:\/\s?(?:hours?|hrs?|h|시간)|(?:per|an|a|each|every)\s+(?:hours?|hr)|hourly)(?![A-Za-z가-힣])/i;
const PER_HOUR_BEFORE = /(?:시간당|\bhourly|\bper[- ]hour)\s?(?:[$€£¥₩]\s?)?$/i;
const HOURS = /^(?:hours?|hrs?|h|시간|minutes?|mins?|분)$/i;

/** Whether `q` is written as a price for an hour. */
export function perHour(text: string, q: Quantity): boolean {
  if (HOURS.test(q.unit ?? '')) return false;
  return PER_HOUR_AFTER.test(text.slice(figureEnd(text, q))) || PER_HOUR_BEFORE.test(text.slice(0, q.start));
}

/**
 * Minutes joined by "×" to a rate per hour, as hours, in place in `qs`: "20 staff × 30
 * minutes/day × 220 days × $40/hour" is 20 × 0.5 h × 220 × $40 ($88,000). They were dropped
 * as no count, silently, and the line was valued without them.
 */
export function minutesAsHours(text: string, qs: Quantity[]): void {
  const rate = qs.find((q) => perHour(text, q));
  if (!rate) return;
  for (const q of factorChain(text, qs, rate).factors) {
    if (isMinutes(text, q)) qs[qs.indexOf(q)] = { value: q.value / 60, start: q.start, end: minutesEnd(text, q), unit: 'hours' };
  }
}

/**
 * The figures of a value or investment line as factors: a figure the number reader took "x" into
 * ("1,000 x $5") given back as a factor, "3x faster" no figure at all, and minutes beside a rate
 * per hour as hours (minutesAsHours).
 */
export function lineFigures(text: string): Quantity[] {
  const qs: Quantity[] = [];
  for (const q of writtenAmounts(text)) {
    if (q.unit !== 'x' && q.unit !== 'times') qs.push(scaledHours(text, q));
    else {
      const factor = beforeTimesSign(text, q);
      if (factor) qs.push(factor);
    }
  }
  minutesAsHours(text, qs);
  return qs;
}

// Hours after a scaled count: "2 thousand hours", "2k hours", "1.5 thousand hrs". The number
// reader takes the scale ("thousand", "k") for the figure's unit or word, so the hours were no
// unit of it and the line asked for hours it had ("2천 시간" keeps 시간 as its unit already).
const HOURS_AFTER = /^\s?(hours?|hrs?|h)(?![A-Za-z])/i;
const SCALE_WORD = /(?:\d\s?(?:thousand|k))$/i;

/** A scaled count followed by "hours" as a number of hours; `q` itself otherwise (money, "2k users"). */
function scaledHours(text: string, q: Quantity): Quantity {
  if (!(q.unit === undefined || /^k$/i.test(q.unit)) || !SCALE_WORD.test(text.slice(q.start, q.end)) || currencyAt(text, q.start, q.end)) return q;
  const h = HOURS_AFTER.exec(text.slice(q.end));
  return h ? { value: q.value, start: q.start, end: q.end + h[0].length, unit: h[1]! } : q;
}

/**
 * The counts of people or things among a chain's factors ("10 agents", "9,000 calls", "10명"),
 * or a share of them ("500 hours × 50% × $40" is half the hours), or a number of days or months:
 * every factor but the ones the line's type reads itself, and no minutes.
 */
export function countsOf(text: string, chain: FactorChain, read: (Quantity | undefined)[]): Quantity[] {
  return chain.factors.filter((q) => !read.includes(q) && !isMinutes(text, q));
}

// A span of months, weeks, quarters or half-years ("× 12 months", "6개월 ×", "26 weeks"), with its periods a year.
const SPAN_UNIT = /^\s?(?:(months?|mos?|개월|달)|(weeks?|wks?|주)|(quarters?|분기)|(half[- ]years?))(?![A-Za-z가-힣])/i;
const SPAN_PER_YEAR = [12, 52, 4, 2];
const PERIOD_WORD: Readonly<Record<number, string>> = { 12: 'months', 52: 'weeks', 4: 'quarters', 2: 'half-years' };
// A figure with nothing after it but the next sign, "=", or the end: "× 12 = $48,000".
const BARE_AFTER = /^\s*(?:[×✕*=:：,;)]|[xX](?![A-Za-z])|$)/;

/** The counts a line multiplies, the period it is counted by, and the years a long span makes. */
export interface Settled {
  counts: Quantity[];
  period?: Recurrence;
  years?: { value: number; start: number; end: number };
}

/**
 * A line's period and its counts, reconciled: a span of months, weeks or quarters written as a
 * factor says how many periods the figure counts ("$4,000/month × 6 months" is 6 months' value,
 * "12 months × $4,000" a year's), so the period is not counted again; nor is a bare factor after
 * the figure equal to the period's multiplier ("$4,000/month × 12 = $48,000", "월 500만 원 ×
 * 12"). Both were counted × 144. A bare count before the figure is a count of things: "4 ×
 * $3,000/quarter" is four machines at $3,000 a quarter ($48,000), not the year's four quarters
 * written out (that is "4 quarters × $3,000"). A span longer than a year is years (a value is a
 * year's). A span in other units than the period is converted to the period's: "$1,000/week × 6
 * months" is 26 weeks (52 / 12 a month), $26,000. A period written on a count ("월 2회 × 500만
 * 원", "$5,000 × 2 sites per month") is the line's when its figure has none.
 */
export function settlePeriod(text: string, counts: Quantity[], figurePeriod: Recurrence | undefined): Settled {
  let period = figurePeriod;
  for (const q of counts) period ??= recurrenceAt(text, q.start, q.end) ?? recurrenceAt(text, q.start, nounEnd(text, q.end));
  const span = spanOf(text, counts);
  if (span) {
    const rest = counts.filter((q) => q !== span.q);
    if (span.q.value > span.perYear) return { counts: rest, years: { value: span.q.value / span.perYear, start: span.q.start, end: span.q.end } };
    if (!period || period.perYear === span.perYear) return { counts };
    // "$1,000/week × 12 months": a full year, counted by the figure's period.
    if (span.q.value === span.perYear) return { counts: rest, period };
    return { counts: spanInPeriods(text, counts, period) };
  }
  if (period && counts.some((q) => q.value === period.perYear && q.start > period.start && q.unit === undefined && BARE_AFTER.test(text.slice(q.end)))) return { counts };
  return period ? { counts, period } : { counts };
}

/** The years the first span of months, weeks, quarters or half-years among the counts covers ("6 months": 0.5); none without one. */
export function spanYears(text: string, counts: Quantity[]): number | undefined {
  const span = spanOf(text, counts);
  return span && span.q.value / span.perYear;
}

/** The first span of months, weeks, quarters or half-years among the counts, with its periods a year. */
function spanOf(text: string, counts: Quantity[]): { q: Quantity; perYear: number } | undefined {
  for (const q of counts) {
    const m = SPAN_UNIT.exec(q.unit ?? '') ?? SPAN_UNIT.exec(text.slice(q.end));
    if (m) return { q, perYear: SPAN_PER_YEAR[m.slice(1).findIndex((g) => g !== undefined)]! };
  }
  return undefined;
}

/**
 * The counts with their span written in `period`'s units (`counts` itself when there is none to
 * convert): "$1,000/week × 6 months" is 6 × 52 / 12 = 26 weeks, "$4,000/month × 2 quarters" 6 months.
 */
export function spanInPeriods(text: string, counts: Quantity[], period: Recurrence): Quantity[] {
  const span = spanOf(text, counts);
  if (!span || span.perYear === period.perYear) return counts;
  // 6 × 52 / 12 is 26, not 25.999999999999996: the product first, then the division, as written.
  const periods = asWritten((span.q.value * period.perYear) / span.perYear);
  // The unit it is now in, so the report says "26 weeks × $1,000.00" rather than "26 × $1,000.00".
  return counts.map((q) => (q === span.q ? { value: periods, start: q.start, end: q.end, unit: PERIOD_WORD[period.perYear]! } : q));
}

// The noun a count is of, as one word: "2 sites", "3개 지점", "4 visits".
const COUNT_NOUN = /^\s?(?:[A-Za-z][A-Za-z'-]*|개?\s?[가-힣]+)/;

/** Where the noun written after a count ending at `end` ends ("2 sites per month": after "sites"); `end` with none. */
export function nounEnd(text: string, end: number): number {
  return end + (COUNT_NOUN.exec(text.slice(end))?.[0].length ?? 0);
}

/** The counts multiplied (a share as its fraction), spanning from the first to the last; undefined with none. */
export function countProduct(counts: Quantity[]): { value: number; start: number; end: number } | undefined {
  if (!counts.length) return undefined;
  let value = 1;
  for (const q of counts) value *= q.unit === '%' ? q.value / 100 : q.value;
  return { value, start: Math.min(counts[0]!.start, counts[counts.length - 1]!.start), end: Math.max(counts[0]!.end, counts[counts.length - 1]!.end) };
}

/**
 * A figure the number reader took "x" into as its unit ("3x faster"), but which a figure follows
 * ("1,000 x $5"): a factor, the "x" given back as the sign between. Undefined for a multiplier.
 */
function beforeTimesSign(text: string, q: Quantity): Quantity | undefined {
  const sign = /\s?[xX]$/.exec(text.slice(q.start, q.end));
  if (q.unit !== 'x' || !sign || !/^\s+(?:[$€£¥₩]|[A-Z]{3}\s?)?\d/.test(text.slice(q.end))) return undefined;
  return { value: q.value, start: q.start, end: q.end - sign[0].length };
}
