// Where a reason written in words says a figure is for a month, a week, a quarter or a day
// ("per month", "monthly", "월 650만 원", "매주"), and how many periods it counts ("× 12",
// "12 months", "12개월", "220 days"). A YAML value item has no key for a period: its number is a
// year's as written (README), so "per month" in its assumption may mean the number was a month's.
// period.ts reads a period written against a figure, as a Markdown value line has it; in a
// reason the period may also stand on its own ("Dispatch time per month") or a few words from
// the figure ("€6,500 in standby fees per month").
// Not a period: a span ("12 months", "over 6 months"), a month or quarter of the calendar
// ("month 3", "Q1", "1분기", "6월"), a length of time ("in a month", "half a day", "a week of
// training"), or a thing that recurs named by its period ("the monthly report", "월간 보고서").
import { figureEnd } from './currency';
import { moneyTextEnd } from './money-text';
import { PER_YEAR, recurrenceAt, unitRecurrence } from './period';
import { TIMES, type Quantity } from './quantity';
import { writtenAmounts } from './written-amounts';

export type PeriodName = 'month' | 'week' | 'quarter' | 'half-year' | 'day';

export interface PeriodMention {
  period: PeriodName;
  /** Where the period's words are in the text. */
  start: number;
  end: number;
  /** The figure the period is written on ("€6,500 per month", "월 75시간"), if one is. */
  figure?: Quantity;
}

/** A number of periods written: "× 12", "12 months", "220일". A bare factor ("× 12") names no period. */
export interface PeriodCount {
  period?: PeriodName;
  count: number;
}

export interface PeriodReading {
  mentions: PeriodMention[];
  /** The figures of the text (money, hours, counts), factors ("× 12") and shares left out. */
  figures: Quantity[];
  counts: PeriodCount[];
  /** The text names a year ("a year", "annual", "연간"): a figure in it may be a year's as said. */
  yearly: boolean;
}

/** Times a year a period recurs; none for a day: how many working days a year has is the team's to say. */
export function perYearOf(period: PeriodName): number | undefined {
  return period === 'day' ? undefined : PER_YEAR[period];
}

const PERIOD_OF_PER_YEAR: Record<number, PeriodName> = { 12: 'month', 52: 'week', 4: 'quarter', 2: 'half-year' };

// A count of periods: "× 12", "12 months", "× 52 weeks", "220 working days", "12개월", "52주",
// "× 4분기" (the guided flow's Korean quarter), "4개 분기", "220일", "근무일 220일". A bare number
// counts only after a times sign and before no word or currency ("× 4 sites" is not a period).
const COUNT = new RegExp(
  String.raw`(${TIMES}\s*)?(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\s?(months?|weeks?|quarters?|(?:working |business |work)?days?)(?![A-Za-z])|\s?(개월|주(?!년)|개\s?분기|분기|(?:근무|영업)?일))?`,
  'gi',
);

function countPeriod(en: string | undefined, ko: string | undefined): PeriodName | undefined {
  const u = (en ?? ko ?? '').toLowerCase();
  if (/^(?:months?|개월)$/.test(u)) return 'month';
  if (/^(?:weeks?|주)$/.test(u)) return 'week';
  if (/^(?:quarters?|개\s?분기|분기)$/.test(u)) return 'quarter';
  return u ? 'day' : undefined;
}

/** The counts of periods, and where those written as a factor are ("× 12 months"). */
function readCounts(text: string): { counts: PeriodCount[]; spans: { start: number; end: number }[] } {
  const counts: PeriodCount[] = [];
  const spans: { start: number; end: number }[] = [];
  COUNT.lastIndex = 0;
  for (let m = COUNT.exec(text); m; m = COUNT.exec(text)) {
    const times = !!m[1];
    const en = m[3];
    const ko = m[4];
    const count = Number(m[2]!.replace(/,/g, ''));
    if (!en && !ko) {
      // A bare number is a count only as a factor with nothing after it: "× 12", "× 220 =".
      if (!times || /^\s?[A-Za-z가-힣$€£¥₩%\d]/.test(text.slice(m.index + m[0].length))) continue;
    }
    // 1분기 is the calendar's first quarter and 15일 a day of the month, unless multiplied.
    if (!times && (ko === '분기' || (ko === '일' && count <= 31))) continue;
    counts.push(en || ko ? { period: countPeriod(en, ko), count } : { count });
    // A factor is no figure; "2 days a week" and "12 months" may be one (of days, of a span).
    if (times) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return { counts, spans };
}

// A day written against a figure, which period.ts leaves alone: "일 3시간", "하루 200건",
// "daily €300" before it; "/day", "/일", "per day", "a working day", "daily", "매일" after it.
// The value reader asks them too, of a price or an hours figure per day (parse/value-time.ts).
export const DAY_BEFORE = /(?:^|[^가-힣\d])(일|하루|매일|일일|일평균|하루\s?평균)\s?$|\b(daily)\s$/i;
export const DAY_AFTER = /^\s?(?:\/\s?(?:day|d|일)(?![A-Za-z가-힣])|(?:per|a|an|each|every)\s+(?:working\s+|business\s+)?day(?![A-Za-z])(?!\s+(?:of|off)\b)|daily(?![A-Za-z])|매일|하루에)/i;

function dayAt(text: string, q: Quantity, end: number): PeriodMention | undefined {
  const before = DAY_BEFORE.exec(text.slice(0, q.start));
  if (before) {
    const word = (before[1] ?? before[2])!;
    const at = q.start - before[0].length + before[0].indexOf(word);
    return { period: 'day', start: at, end: at + word.length, figure: q };
  }
  const after = DAY_AFTER.exec(text.slice(end));
  if (!after) return undefined;
  return { period: 'day', start: end + after[0].length - after[0].trimStart().length, end: end + after[0].length, figure: q };
}

// What a figure is for, named by the period that qualifies it: "monthly savings", "weekly
// standby cost", "월 매출", "월간 절감액". "The monthly report" and "월간 보고서" name a thing.
const EN_NOUN = String.raw`(?:savings?|saved|costs?|spend(?:ing)?|fees?|bills?|charges?|rent|revenue|income|sales|value|volume|hours|run[- ]?rate|total|amount|figure|payments?|budget|loss(?:es)?|subscriptions?|licen[cs]es?|salar(?:y|ies)|wages?|payroll|price|premium|average|expenses?|overtime|effort|time)`;
const KO_NOUN = String.raw`(?:매출|비용|수익|절감|절약|금액|시간|수수료|요금|인건비|손실|지출|사용료|이용료|임대료|구독료|유지비|운영비|가치|평균|처리량|근무|사용량)`;

/** Period words that may stand apart from a figure, each with the period it names. */
const STANDALONE: { re: RegExp; period: (w: string) => PeriodName }[] = [
  // "per month", "each week", "every working day", "per-quarter"; not "per month of downtime".
  { re: /\b(?:per|each|every)[\s-]+(month|week|quarter|(?:working |business )?day|workday)\b(?!\s+of\b)/gi, period: (w) => enPeriod(w) },
  // "once a month", "a week"; not "in a month", "half a day", "a month ago", "a quarter of", "a day's work".
  {
    re: /(?<!\b(?:in|within|for|after|over|than|about|around|under|by|half|past|last|next|first|of|such)\s+)\ban?\s+(month|week|quarter|day)\b(?!\s+(?:of|ago|later|earlier|before|after|from|less|more|fewer|early|late|longer|sooner|off|per|each|every|in|on|for|to)\b|['’]s\b|-)/gi,
    period: (w) => enPeriod(w),
  },
  { re: /\/\s?(month|mo|week|wk|quarter|qtr|day)\b/gi, period: (w) => enPeriod(w) },
  // "saved monthly", "monthly savings", "weekly standby cost"; not "bi-monthly", "the monthly report".
  { re: new RegExp(String.raw`(?<![-\w])(monthly|weekly|quarterly|daily)\b(?=\s*(?:$|[.,;:)!?—–]|(?:[A-Za-z-]+\s+)?${EN_NOUN}\b))`, 'gi'), period: (w) => enPeriod(w) },
  // 매월, 한 달에, 매주, 분기마다, 매일, 하루에, "월 기준"; not 3개월간 or 6월 (a word or digit before).
  {
    re: /(?<![가-힣\d])(매월|매달|다달이|월마다|달마다|한\s?달(?:에|마다)|월평균|월\s?(?:기준|단위)|매주|주마다|일주일(?:에|마다)|한\s?주(?:에|마다)|주평균|주\s?(?:기준|단위)|매분기|분기마다|분기당|분기\s?(?:기준|단위)|매일|날마다|하루(?:에|마다)|일평균|일일(?=\s)|하루\s?기준)/g,
    period: (w) => koPeriod(w),
  },
  // "월 매출", "월 배차 시간", "월간 절감액", "주 근무 시간", "분기별 비용", "일 평균"; not "월간 보고서".
  { re: new RegExp(String.raw`(?<![가-힣\d])(?:(월간|월별|월|주간|주별|주(?=\s)|분기별|일간|일별)\s?(?:[가-힣]+\s)?(?=${KO_NOUN})|(일)\s?(?=평균|매출|처리량))`, 'g'), period: (w) => koPeriod(w) },
];

function enPeriod(w: string): PeriodName {
  const l = w.toLowerCase();
  if (/^(?:month|mo|monthly)$/.test(l)) return 'month';
  if (/^(?:week|wk|weekly)$/.test(l)) return 'week';
  if (/^(?:quarter|qtr|quarterly)$/.test(l)) return 'quarter';
  return 'day';
}

function koPeriod(w: string): PeriodName {
  if (/^(?:매월|매달|다달이|월|한\s?달)/.test(w)) return 'month';
  if (/^(?:매주|주|일주일|한\s?주)/.test(w)) return 'week';
  if (/^(?:매분기|분기)/.test(w)) return 'quarter';
  return 'day';
}

const YEAR = /\b(?:per|a|an|each|every)\s+year\b|\byearly\b|\bannual(?:ly)?\b|\bper\s+annum\b|\/\s?(?:year|yr)\b|(?<![가-힣\d])(?:연간|매년|해마다|연평균|한\s?해)|(?<![가-힣\d])연\s?(?=[\d₩$€£¥])|(?<!\d)1년(?:에|간|\s?기준)/i;

// What may stand between a figure and its period a few words off: no other number, no end of a
// sentence or clause, no sum ("€500 per seat; 13 seats", "per month × 12 = 78,000").
const NEAR = /^[^\d.;:=×✕*]{0,40}$/;

/**
 * The figure nearest a period standing alone, in its clause: before it first ("€6,500 in standby
 * fees per month"), else after it ("매월 대기 비용 650만 원").
 */
function nearFigure(text: string, m: { start: number; end: number }, free: Quantity[]): Quantity | undefined {
  const near = (gap: string) => NEAR.test(gap) && !YEAR.test(gap);
  let before: Quantity | undefined;
  let after: Quantity | undefined;
  for (const q of free) {
    if (q.end <= m.start && near(text.slice(figureEnd(text, q), m.start))) before = q;
    else if (q.start >= m.end && !after && near(text.slice(m.end, q.start))) after = q;
  }
  return before ?? after;
}

/**
 * The periods, figures and counts of periods a reason writes, in the part of it the money readers
 * read (text/money-text.ts: a figure's basis is a sentence or two). Each period is matched against
 * the figures and counts near it, so past that a pasted page would cost its square; a longer
 * reason is named by value-text-too-long.
 */
export function readPeriods(whole: string): PeriodReading {
  const end = moneyTextEnd(whole);
  const text = end === undefined ? whole : whole.slice(0, end);
  const { counts, spans } = readCounts(text);
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
  const figures = writtenAmounts(text).filter((q) => q.unit !== '%' && !spans.some((s) => overlaps(s, q)));
  const mentions: PeriodMention[] = [];
  for (const q of figures) {
    const end = figureEnd(text, q);
    const r = recurrenceAt(text, q.start, end) ?? unitRecurrence(text, q.unit, q.end);
    const m = r ? { period: PERIOD_OF_PER_YEAR[r.perYear]!, start: r.start, end: r.end, figure: q } : dayAt(text, q, end);
    if (m) mentions.push(m);
  }
  const attached = new Set(mentions.map((m) => m.figure));
  const free = figures.filter((q) => !attached.has(q));
  for (const { re, period } of STANDALONE) {
    re.lastIndex = 0;
    for (let x = re.exec(text); x; x = re.exec(text)) {
      // The words as written ("per month", "매월"), for the message; the period from its noun.
      const word = x[1] ?? x[2] ?? x[0];
      // "월 배차 시간" names its period with 월 alone; "per month" is said whole.
      const at = x[1] && /^[가-힣]/.test(x[1]) ? { start: x.index, end: x.index + x[1].length } : { start: x.index, end: x.index + x[0].trimEnd().length };
      if (mentions.some((m) => overlaps(m, at))) continue;
      const figure = nearFigure(text, at, free);
      mentions.push(figure ? { period: period(word), start: at.start, end: at.end, figure } : { period: period(word), start: at.start, end: at.end });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  return { mentions, figures, counts, yearly: YEAR.test(text) };
}
