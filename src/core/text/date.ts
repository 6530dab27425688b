// Dates in CBO documents: ISO dates in YAML, and free text in Markdown templates
// ("by 2027-06-30", "June 2027", "Q2 2027", "2027년 6월 말", "H1 2027", and the dotted style of
// Korean official documents, "2027. 6. 30.").
// A period (a month, a quarter) stands for its last day: a deadline "by June 2027"
// is met on 30 June, and treating it as 1 June would report a miss a month early.
import { daysInMonth, isCalendarDate, iso } from './calendar';

export { daysInMonth, isCalendarDate, iso };

export interface FoundDate {
  iso: string;
  start: number;
  end: number;
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

/**
 * YYYY-MM-DD of a day that exists. Read digit by digit, not by a regular expression: it runs on
 * every reading of every metric, several times over in a report (a CSV of 400,000 readings named
 * by ten metrics spent five seconds here, mostly in building match arrays).
 */
export function isIsoDate(s: string): boolean {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  const y = digits(s, 0, 4);
  const mo = digits(s, 5, 7);
  const d = digits(s, 8, 10);
  return y >= 0 && mo >= 0 && d >= 0 && isCalendarDate(y, mo, d);
}

/** The number written in s[from, to) in ASCII digits, or -1 if anything else is there. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** A day that exists: month 1 to 12, day 1 to the month's last (leap years counted). */
function endOfMonth(y: number, m: number): string {
  return iso(y, m, daysInMonth(y, m));
}

const MONTH_NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
// Ordered so the most specific form wins at a position.
const DATE_RE = new RegExp(
  [
    // Not inside a longer run of digits and dashes ("2026-02-30-1"), but before a time
    // ("2026-06-30T09:00") or after a letter as the other forms are read.
    String.raw`(?<isoD>(?<![\d-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d-]))`,
    String.raw`(?<slash>\b(\d{4})[./](\d{1,2})[./](\d{1,2})\b)`,
    String.raw`(?<isoM>\b(\d{4})-(\d{2})\b)`,
    String.raw`(?<mdy>\b(${MONTH_NAMES})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b)`,
    String.raw`(?<dmy>\b(\d{1,2})\s+(${MONTH_NAMES})\.?,?\s+(\d{4})\b)`,
    String.raw`(?<my>\b(${MONTH_NAMES})\.?,?\s+(\d{4})\b)`,
    String.raw`(?<q>\b(?:Q([1-4])\s*(?:FY)?\s*'?(\d{4})|(\d{4})\s*Q([1-4]))\b)`,
    String.raw`(?<h>\b(?:H([12])\s*(\d{4})|(\d{4})\s*H([12]))\b)`,
    String.raw`(?<koD>(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일)`,
    String.raw`(?<koM>(\d{4})\s*년\s*(\d{1,2})\s*월)`,
    String.raw`(?<koQ>(\d{4})\s*년\s*([1-4])\s*분기)`,
    String.raw`(?<koH>(\d{4})\s*년\s*(상|하)반기)`,
    String.raw`(?<endY>\b(?:end of|by end of|year[- ]end)\s+(\d{4})\b|(\d{4})\s*년\s*말)`,
    // "2027. 6. 30." (the style of Korean official documents), the last dot optional: a space
    // after each dot, which the slash form above does not take. Last, so its groups keep the
    // numbers resolve() reads for the forms before it.
    String.raw`(?<koDot>\b(\d{4})\.\s?(\d{1,2})\.\s?(\d{1,2})(?!\d)\.?)`,
  ].join('|'),
  'gi',
);

/** Every date-like phrase in free text, resolved to an ISO day (periods to their last day). */
export function findDates(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(text); m; m = DATE_RE.exec(text)) {
    const g = m.groups ?? {};
    const s = m.slice(1);
    const resolved = resolve(g, s);
    if (resolved && isIsoDate(resolved)) out.push({ iso: resolved, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** A day written with its year, month and day in numbers, whether or not the calendar has it. */
export interface WrittenDay {
  year: number;
  month: number;
  day: number;
  start: number;
  end: number;
}

/**
 * The days written in numbers ("2027-02-30", "2027/02/30", "2027. 2. 30.", "2027년 2월 30일"),
 * read by the same pattern as findDates, so a form it reads is one the impossible-date rule
 * checks: a day no calendar has is that rule's finding in every form, not "no date".
 */
export function writtenDays(text: string): WrittenDay[] {
  const out: WrittenDay[] = [];
  if (!/\d{4}/.test(text)) return out;
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(text); m; m = DATE_RE.exec(text)) {
    const ymd = dayParts(m.groups ?? {}, m.slice(1));
    if (ymd) out.push({ year: ymd[0], month: ymd[1], day: ymd[2], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * The days written in the text that no calendar has. Rules that would say "no date" where one
 * is written ask it, so a spot gets impossible-date's finding alone; the plan's reader too.
 */
export function impossibleDates(text: string): WrittenDay[] {
  return writtenDays(text).filter((d) => !isCalendarDate(d.year, d.month, d.day));
}

/** Year, month and day of a form that names a day; undefined for a month, quarter or year. */
function dayParts(g: Record<string, string | undefined>, s: (string | undefined)[]): [number, number, number] | undefined {
  const n = (i: number) => Number(s[i]);
  if (g.isoD) return [n(1), n(2), n(3)];
  if (g.slash) return [n(5), n(6), n(7)];
  if (g.koD) return [n(33), n(34), n(35)];
  if (g.koDot) return [n(49), n(50), n(51)];
  return undefined;
}

function resolve(g: Record<string, string | undefined>, s: (string | undefined)[]): string | undefined {
  // Capture indexes follow the alternation order above.
  const n = (i: number) => Number(s[i]);
  const mon = (i: number) => MONTHS[(s[i] ?? '').toLowerCase()] ?? 0;
  const day = dayParts(g, s);
  if (day) return iso(day[0], day[1], day[2]);
  if (g.isoM) return n(10) >= 1 && n(10) <= 12 ? endOfMonth(n(9), n(10)) : undefined;
  if (g.mdy) return iso(n(14), mon(12), n(13));
  if (g.dmy) return iso(n(18), mon(17), n(16));
  if (g.my) return mon(20) ? endOfMonth(n(21), mon(20)) : undefined;
  if (g.q) {
    const q = s[23] ? n(23) : n(26), y = s[24] ? n(24) : n(25);
    return endOfMonth(y, q * 3);
  }
  if (g.h) {
    const h = s[28] ? n(28) : n(31), y = s[29] ? n(29) : n(30);
    return endOfMonth(y, h * 6);
  }
  if (g.koM) return n(38) >= 1 && n(38) <= 12 ? endOfMonth(n(37), n(38)) : undefined;
  if (g.koQ) return endOfMonth(n(40), n(41) * 3);
  if (g.koH) return endOfMonth(n(43), s[44] === '상' ? 6 : 12);
  if (g.endY) return iso(s[46] ? n(46) : n(47), 12, 31);
  return undefined;
}

/** Days between two ISO dates (b - a), in UTC days so time zones never shift a deadline. */
export function daysBetween(a: string, b: string): number {
  return epochDay(b) - epochDay(a);
}

/**
 * Days from 1970-01-01 to an ISO date, on the proleptic Gregorian calendar. Not Date.UTC: it
 * reads years 0 to 99 as 1900 to 1999, so "0026-03-31" counted as 1926 and year 0 lost its
 * 29 February. Howard Hinnant's days_from_civil: whole numbers only, any year.
 */
export function epochDay(iso: string): number {
  const m = +iso.slice(5, 7);
  const d = +iso.slice(8, 10);
  // Counted from 1 March, so the leap day falls at the end of the (shifted) year.
  const y = +iso.slice(0, 4) - (m <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}
