// The dates in the guided flow's examples, worked out from today. Fixed dates ("95 by
// 2027-06-30") turned into an example the target step refuses once that day had passed (a
// deadline before today is an error there), and before their baseline's day into a baseline
// "measured" in the future. The rules' and the schema's messages date their examples here too
// (missing-deadline's "by 2027-06-30" became, from July 2027, advice that drew deadline-passed).
// Pure, importing only the calendar (text/calendar.ts), so the host can bundle it with the
// questions (guided-questions.ts) without loading the engine.
import { daysInMonth, iso } from './text/calendar';

export interface ExampleDates {
  /** The last day of the quarter before today's: a baseline already measured, a few weeks to three months ago. */
  baseline: string;
  /** The last day of today's quarter a year on: a deadline 12 to 15 months ahead, as a first outcome's usually is. */
  target: string;
  /**
   * A reading since the baseline: the last day of the month before today's, or today when that
   * is the baseline's day (a reading on the baseline's day with another value reads as a mistake).
   */
  reading: string;
}

/** `today` is YYYY-MM-DD (a config's `today`). */
export function exampleDates(today: string): ExampleDates {
  const year = Number(today.slice(0, 4));
  const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3); // 0 for January to March
  const baseline = quarter === 0 ? quarterEnd(year - 1, 3) : quarterEnd(year, quarter - 1);
  const monthEnd = lastMonthEnd(year, Number(today.slice(5, 7)));
  return { baseline, target: quarterEnd(year + 1, quarter), reading: monthEnd > baseline ? monthEnd : today };
}

/** The last day of the month before `month` (1 to 12) of `year`. */
function lastMonthEnd(year: number, month: number): string {
  const [y, m] = month === 1 ? [year - 1, 12] : [year, month - 1];
  return iso(y, m, daysInMonth(y, m));
}

/**
 * The day an example of the date field `key` shows, from today: a deadline (`by`) a year or so
 * ahead, a day of measurement (`asOf` of a baseline, `date` of a reading or of value realised)
 * already past; undefined for any other key. The schema's own examples are fixed days
 * (2027-06-30), which in time would be a deadline already passed or, before it, a reading
 * "measured" in the future (which measurement-in-future flags in the very file it was copied to).
 */
export function exampleDateFor(key: string, today: string): string | undefined {
  const which = datedKey(key);
  return which && exampleDates(today)[which];
}

const DATED_KEYS: Record<string, keyof ExampleDates> = { by: 'target', asOf: 'baseline', date: 'reading' };

/** Which of exampleDates' days a date field's example takes, or undefined for a key that is no such field. */
export function datedKey(key: string): keyof ExampleDates | undefined {
  return Object.hasOwn(DATED_KEYS, key) ? DATED_KEYS[key] : undefined;
}

/** The last day of quarter `q` (0 to 3) of `year`; none of them moves in a leap year. */
function quarterEnd(year: number, q: number): string {
  return `${String(year).padStart(4, '0')}-${['03-31', '06-30', '09-30', '12-31'][q]}`;
}

/** "2027년 6월 30일": an ISO date as a Korean answer writes it (findDates reads it back). */
export function koreanDate(iso: string): string {
  return `${Number(iso.slice(0, 4))}년 ${Number(iso.slice(5, 7))}월 ${Number(iso.slice(8, 10))}일`;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "Q4 2027" / "2027년 4분기": the quarter an ISO date falls in, as the date reader reads it back (its last day). */
export function quarterName(iso: string, lang: 'en' | 'ko'): string {
  const year = Number(iso.slice(0, 4));
  const q = Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1;
  return lang === 'ko' ? `${year}년 ${q}분기` : `Q${q} ${year}`;
}

/** "December 2027" / "2027년 12월": the month of an ISO date, read back as its last day. */
export function monthName(iso: string, lang: 'en' | 'ko'): string {
  const year = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  return lang === 'ko' ? `${year}년 ${m}월` : `${MONTH_NAMES[m - 1]!} ${year}`;
}
