// How often a value line's figure recurs, when it is written for a month, a week, a quarter or a
// half-year: "월 500만 원", "$4,000 per month", "$4,000/month", "$4k a month", "monthly", "주 100만
// 원", "$900/week", "분기당 300만 원", "$3,000 per quarter", "quarterly", "반기 300만 원", "$5,000
// per half-year", "semi-annually".
// The ROI counts every value item as a year's value, so a monthly figure counted as written
// was a twelfth of itself, silently; it is counted × 12 (× 52 for a week, × 4 for a quarter,
// × 2 for a half-year) and shown so. A year ("연간 2억 원", "/year") is what the ROI counts already. A day is not
// guessed at: how many working days a year has is the team's to say, not ours.
// The word must sit next to the figure: "1분기 300만 원", "Q1 $3,000", "상반기 300만 원" and "6월 500만
// 원" name a quarter, a half or a month of the calendar, which is when the money comes, not how often.

export interface Recurrence {
  /** Times a year: 12 for a month, 52 for a week, 4 for a quarter, 2 for a half-year. */
  perYear: number;
  start: number;
  end: number;
}

export const PER_YEAR: Readonly<Record<string, number>> = { month: 12, week: 52, quarter: 4, 'half-year': 2 };

// Right before the figure: 월 (not 6월 or "6 월", a date), 매월, 월간; 주, 매주, 주당; 분기, 분기당,
// 매분기, 분기별 (not 1분기, 3 분기: a quarter of the calendar); 반기, 반기당, 매반기 (not 상반기 or
// 하반기, a half of the calendar); monthly, weekly, quarterly, semi-annually, half-yearly.
const BEFORE = /(?:^|[^가-힣\d])(?<!\d\s)(월|매월|매달|월간|월평균|주|매주|주간|주당|분기|분기당|매분기|분기별|분기마다|반기|반기당|매반기|반기별|반기마다)\s?$|\b(monthly|weekly|quarterly|semi-?annually|half-yearly)\s$/i;
// Right after the figure (and its currency): "/month", "/mo", "/월", "per month", "a month",
// "each week", "monthly", "매월", "/quarter", "/qtr", "/분기", "per quarter", "quarterly",
// "/half-year", "/반기", "per half-year", "semi-annually", "half-yearly", "매반기".
// "/year" and "a year" are no change: not matched. "a quarter of" is a fourth, not a period.
// "per store per month": the thing the price is for may stand between.
const AFTER = /^\s?(?:(?:per|each)\s+[A-Za-z]+\s+(?=(?:per|a|an|each|every)\s))?(?:\/\s?(month|mo|월|week|wk|주|quarter|qtr|분기|half[- ]year|반기)|(?:per|a|an|each|every)\s+(month|week|quarter|half[- ]year)(?!\s+of\b)|(monthly|weekly|quarterly|semi-?annually|half-yearly)|(매월|매달|월간|매주|주간|매분기|분기마다|매반기|반기마다))(?![A-Za-z가-힣])/i;

function periodOf(word: string): string {
  const w = word.toLowerCase();
  if (/^(?:month|mo|monthly|월|매월|매달|월간|월평균)$/.test(w)) return 'month';
  if (/^(?:quarter|qtr|quarterly|분기|분기당|매분기|분기별|분기마다)$/.test(w)) return 'quarter';
  if (/^(?:half[- ]year|half-yearly|semi-?annually|반기|반기당|매반기|반기별|반기마다)$/.test(w)) return 'half-year';
  return 'week';
}

/**
 * The period written next to the figure text[start, end), or undefined for a yearly one. `end`
 * is past the figure's currency when one follows it ("4,000 USD per month").
 */
export function recurrenceAt(text: string, start: number, end: number): Recurrence | undefined {
  const before = BEFORE.exec(text.slice(0, start));
  if (before) {
    const word = (before[1] ?? before[2])!;
    const at = start - before[0].length + before[0].indexOf(word);
    return { perYear: PER_YEAR[periodOf(word)]!, start: at, end: at + word.length };
  }
  const after = AFTER.exec(text.slice(end));
  if (!after) return undefined;
  const word = (after[1] ?? after[2] ?? after[3] ?? after[4])!;
  return { perYear: PER_YEAR[periodOf(word)]!, start: end + after[0].length - after[0].trimStart().length, end: end + after[0].length };
}

/**
 * "$5,000 monthly": the number reader takes the "month" of "monthly" for the figure's unit
 * (`unit`, ending at `end`), so the word after it is "ly" and was no period: the line was a
 * twelfth of itself.
 */
export function unitRecurrence(text: string, unit: string | undefined, end: number): Recurrence | undefined {
  const word = /^(month|week|quarter)$/i.exec(unit ?? '')?.[1];
  if (!word || !/^ly(?![A-Za-z])/i.test(text.slice(end)) || !text.slice(0, end).toLowerCase().endsWith(word.toLowerCase())) return undefined;
  return { perYear: PER_YEAR[word.toLowerCase()]!, start: end - word.length, end: end + 2 };
}
