// The units of time on the factors of a value line or an investment, so a span is never
// multiplied into a figure for another period by a ratio nobody wrote: "$1,000/week × 30 days"
// was 30 × $1,000 × 52 ($1,560,000), "$200/day × 6 months" 6 × $200, "$40/hour × 220 days"
// 220 × $40. Weeks, months, quarters and half-years convert by the calendar (52 / 12 weeks a
// month: settlePeriod, spanInPeriods); days and hours do not: a week is 5 working days or 7, a
// month 20 or 30, a day 8 hours or 24, and which is the team's to say. Such a span is named
// (ValueItem.unreadFactor, ValueBlock.investmentUnread) rather than guessed at.
import { figureEnd } from '../text/currency';
import { recurrenceAt, unitRecurrence } from '../text/period';
import { DAY_AFTER, DAY_BEFORE } from '../text/period-mentions';
import type { TimeUnit } from '../model';
import type { Quantity } from '../text/quantity';
import { perHour } from './value-factors';

/** The units the calendar converts between (52 weeks, 12 months, 4 quarters, 2 half-years a year). */
const CALENDAR: ReadonlySet<TimeUnit> = new Set<TimeUnit>(['week', 'month', 'quarter', 'half-year']);
const OF_PER_YEAR: Readonly<Record<number, TimeUnit>> = { 52: 'week', 12: 'month', 4: 'quarter', 2: 'half-year' };
const UNITS: readonly TimeUnit[] = ['hour', 'day', 'week', 'month', 'quarter', 'half-year'];

// The unit a figure counts, as its unit or the word after it: "8 hours", "30 days", "220 working
// days", "220일", "26 weeks", "6개월", "2 quarters", "1 half-year". Minutes are made hours beside
// a rate per hour (minutesAsHours) and named otherwise, so they are not read here.
const SPAN_WORD = /^\s?(?:(hours?|hrs?|h|시간)|((?:working |business |work)?days?|workdays?|(?:근무|영업)?일)|(weeks?|wks?|주)|(months?|mos?|개월|달)|(quarters?|분기)|(half[- ]years?|반기))(?![A-Za-z가-힣])/i;

/** A factor's time: the unit it is a span of ("30 days": day) and the unit it is per ("$1,000/week": week). */
interface Timed {
  q: Quantity;
  span?: TimeUnit;
  /** Where the figure and its span's word end ("30 days": after "days"). */
  end: number;
  per?: TimeUnit;
}

function timeOf(text: string, q: Quantity): Timed {
  // "$5,000 monthly": the number reader took "month" for the unit; it is the figure's period, no span.
  const ly = unitRecurrence(text, q.unit, q.end);
  const own = q.unit !== undefined && !ly ? SPAN_WORD.exec(q.unit) : null;
  const after = q.unit === undefined ? SPAN_WORD.exec(text.slice(q.end)) : null;
  const m = own ?? after;
  const wordEnd = q.end + (after?.[0].length ?? 0);
  const span = m ? UNITS[m.slice(1).findIndex((g) => g !== undefined)] : undefined;
  const end = Math.max(figureEnd(text, q), wordEnd);
  const r = ly ?? recurrenceAt(text, q.start, end);
  let per: TimeUnit | undefined = r ? OF_PER_YEAR[r.perYear] : undefined;
  // "$200/day", "2 hours/day", "하루 2시간"; "$40/hour", "시간당 5만 원" (a span of hours is no price for one).
  if (!per && (DAY_AFTER.test(text.slice(end)) || DAY_BEFORE.test(text.slice(0, q.start)))) per = 'day';
  if (!per && !span && perHour(text, q)) per = 'hour';
  const t: Timed = { q, end: span ? wordEnd : q.end };
  if (span) t.span = span;
  if (per) t.per = per;
  return t;
}

/** The unit of time `q` is a span of ("26 weeks", "6개월", "220 days"), if it is one. */
export function spanUnitOf(text: string, q: Quantity): TimeUnit | undefined {
  return timeOf(text, q).span;
}

/** A span the factors' periods cannot take without a guess: the factor, where its words end, its unit and the period it is against. */
export interface UnconvertedSpan {
  q: Quantity;
  end: number;
  span: TimeUnit;
  per: TimeUnit;
}

/**
 * The span among `factors` that no period of theirs takes: each span meets a figure per its
 * unit ("$40/hour × 8 hours/day × 220 days": the hours the hour's, the days the day's), and one
 * left over against a period left over converts only within the calendar ("$1,000/week × 6
 * months" is 26 weeks). "$1,000/week × 30 days" leaves days against a week: returned. A span
 * with no period left is a count ("20 days × 8 hours × $50"). `perHour`: a rate read per hour
 * with no period written (a Soft Savings line's rate).
 */
export function unconvertedSpan(text: string, factors: Quantity[], perHourRate?: Quantity): UnconvertedSpan | undefined {
  const timed = factors.map((q) => timeOf(text, q));
  // Each period with the factor it is written on: "2 hours/day" is no span against its own day.
  const pers: { per: TimeUnit; of: Timed }[] = [];
  for (const t of timed) {
    if (t.per) pers.push({ per: t.per, of: t });
    else if (t.q === perHourRate) pers.push({ per: 'hour', of: t });
  }
  const left: Timed[] = [];
  for (const t of timed) {
    if (!t.span) continue;
    const i = pers.findIndex((p) => p.per === t.span && p.of !== t);
    if (i >= 0) pers.splice(i, 1);
    else left.push(t);
  }
  for (const t of left) {
    const p = pers.find((x) => x.of !== t && !(CALENDAR.has(x.per) && CALENDAR.has(t.span!)));
    if (p) return { q: t.q, end: t.end, span: t.span!, per: p.per };
  }
  return undefined;
}

// A figure said to be over several years: "$1.2M over 3 years", "across the next 3 years", "3년간
// 3억 원", "3억 원 (3년 동안)", "향후 3년 3억 원".
const OVER_YEARS_AFTER = /^\s*,?\s*\(?(?:over|across|during|in|for|spread\s+over)\s+(?:the\s+)?(?:next\s+|first\s+)?(\d+(?:\.\d+)?)\s*(?:years?|yrs?)(?![A-Za-z])|^\s*\(?(\d+(?:\.\d+)?)\s?년\s?(?:간|동안)/i;
const OVER_YEARS_BEFORE = /(?:(\d+(?:\.\d+)?)\s?년\s?(?:간|동안|에\s?걸쳐)|향후\s?(\d+(?:\.\d+)?)\s?년(?:\s?간|\s?동안)?)\s*(?:총\s*)?$/;

/**
 * The number of years a figure is written over, and where those words are: a value item is a
 * year's, so "$1.2M over 3 years" is named as "× 3 years" is (years-factor), not counted as a
 * year's $1,200,000. Undefined for a figure with none.
 */
export function yearsOver(text: string, q: Quantity): { value: number; start: number; end: number } | undefined {
  const end = figureEnd(text, q);
  const a = OVER_YEARS_AFTER.exec(text.slice(end));
  if (a) return { value: Number(a[1] ?? a[2]), start: end + a[0].length - a[0].trimStart().length, end: end + a[0].length };
  const b = OVER_YEARS_BEFORE.exec(text.slice(0, q.start));
  if (b) return { value: Number(b[1] ?? b[2]), start: b.index, end: b.index + b[0].trimEnd().length };
  return undefined;
}
