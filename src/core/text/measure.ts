// What a number in an outcome statement is doing. A number does not make an outcome:
// "Deliver 12 dashboards" counts things shipped, "in 9 months" is a timeframe, while
// "from 5 hours to 30 minutes", "below 0.5%", "half" and "18 drops per shift" measure a
// change. Pure functions over the text around the number; no regular expression is built
// per call.
import type { Quantity } from './quantity';

/**
 * measure:   the size of a change or a level to hold (62%, $1.40, 90 seconds, from 12 to 4)
 * count:     a number of things, with nothing saying it is a level ("12 dashboards")
 * timeframe: how long the work takes ("in 9 months", "6개월 내")
 * timebox:   a short duration that may be either ("within 48 hours"): a measure when the
 *            statement names no deliverable, a deadline for the deliverable when it does
 */
export type QuantityRole = 'measure' | 'count' | 'timeframe' | 'timebox';

const SCALE_UNITS = new Set(['%', 'x', 'times', 'pp', 'p.p.', 'percentage point', 'percentage points', 'point', 'points', '배', '점', '포인트', '원', '달러', '$', '€', '£', '¥', '₩']);
const SHORT_TIME = /^(hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?|s|ms|days?|시간|분|초|일)$/i;
const LONG_TIME = /^(weeks?|months?|years?|주|개월|년)$/i;
export const MULTIPLIER_WORD = /^(half|halve[ds]?|halving|quarter|third|doubl(?:e[ds]?|ing)|twice|tripl(?:e[ds]?|ing)|quadrupled?|절반|반)/i;

// English: the word before the number says it is a level or a change ("to 4", "by 15",
// "under 2", "from 14", "than 45", "only 2").
const EN_BEFORE_CUE = /\b(under|below|above|over|from|than|least|most|within|per|only|just|down to|up to|about|around|nearly|almost|approximately|max(?:imum)?|min(?:imum)?|fewer|less|instead of|rather than)\s+(?:a\s+)?$/i;
// "to" and "by" say "level" only after a change verb ("cut calls to 1,200", "grow sales by 8");
// otherwise they are a recipient or a date ("roll out to 3,000 employees", "by 30 June").
const EN_CHANGE_CUE = /\b(to|by)\s+$/i;
// ... or the words after it make it a rate ("18 drops per shift", "2 in 100", "6,000 calls a year").
const EN_AFTER_RATE = /^\s*(?:[\p{L}-]+\s+)?(?:per|each|a|an)\s+(?:day|week|month|year|shift|hour|call|order|quarter|visit|ticket|customer|user|transaction)|^\s*(?:in|out of)\s+\d/iu;
const EN_TIMEFRAME_BEFORE = /\b(in|within|over|for|after|next|inside|during|the first|the next)\s+$/i;
const EVERY_BEFORE = /\bevery\s+(?:other\s+)?$|\b매\s?$/i;
/** "every 2 weeks", "매 2주": the number says how often, the verdict asks who does it so often. */
export function afterEvery(text: string, q: { start: number }): boolean {
  return EVERY_BEFORE.test(text.slice(Math.max(0, q.start - 24), q.start));
}
const FREQUENCY_MEASURED = /\b(?:once|one|from|than|fewer|no more|down|up|interval|frequency|between|reduce|cut|shorten|increase|lengthen|extend|to every|mean time)\b|[<>≤≥]|번|회/i;
const FIRST_PERIOD_BEFORE = /\b(?:the first|the last|the next|its first|their first)\s+$/i;
const EN_TIMEBOX_BEFORE = /\b(in|within|inside)\s+$/i;
// Korean: particles after the number ("12건에서 4건 이하로", "10영업일에서", "3일이 아닌").
export const KO_MONEY_AFTER = /^\s?(?:조|억|만|천){1,3}\s?(?:[\d,]+\s?(?:억|만|천){1,2}\s?)?(?:원|달러|엔|유로)/;
const KO_AFTER_CUE = /^\s?[가-힣]{0,3}?(에서|으로|로|까지|이하|이내|미만|이상|초과|만에|당|씩|이 아닌|가 아닌|에 불과)/;
// ... or a rate before it ("월 3,000건", "하루 200건", "통화당 90초").
const KO_BEFORE_RATE = /(월|연|주|일|하루|매월|매주|매일|분기|연간|일평균|월평균|평균|당)\s*$/;
const KO_TIMEFRAME_AFTER = /^\s?(내|안에|안|이내|동안|만에|후|간)(?![가-힣])|^\s?(내에|이내에|안으로|동안)/;
const EN_FROM_EVENT = /^\s+(?:of|from|after)\s+(?:(?:a|an|the|their|its|each|every)\s+)?(?!now\b|today\b|launch\b|the start of the (?:project|programme|program)\b)[\p{L}]/iu;
const KO_FROM_EVENT = /(?:후|부터|이후)\s*$/;
const KO_TIMEBOX_AFTER = /^\s?(이내|안에|내|내에|만에)/;

/**
 * "from the 34th to the 75th percentile": a move between two places on a scale, a measured
 * change. A percentile alone names a metric ("95th percentile latency") or a rank ("rank in
 * the 90th percentile"), neither a measure.
 */
export function inPercentileChange(text: string, q: { start: number; end: number }): boolean {
  const before = text.slice(Math.max(0, q.start - 40), q.start);
  const after = text.slice(q.end, q.end + 40);
  return (FROM_ORDINAL_BEFORE.test(before) && TO_PERCENTILE_AFTER.test(after)) || (TO_ORDINAL_BEFORE.test(before) && PERCENTILE_AFTER.test(after));
}
const FROM_ORDINAL_BEFORE = /\bfrom\s+(?:the\s+)?$/i;
const TO_PERCENTILE_AFTER = /^(?:st|nd|rd|th)\s+(?:(?:percentile|centile)\s+)?to\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\s+(?:percentile|centile)\b/i;
const TO_ORDINAL_BEFORE = /\bfrom\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\s+(?:(?:percentile|centile)\s+)?to\s+(?:the\s+)?$/i;
const PERCENTILE_AFTER = /^(?:st|nd|rd|th)\s+(?:percentile|centile)\b/i;

/** `afterChange`: a change verb (reduce, grow, 줄인다) comes before the number in the statement. */
export function quantityRole(text: string, q: Quantity, afterChange = false): QuantityRole {
  const written = text.slice(q.start, q.end);
  if (q.value === 0 || MULTIPLIER_WORD.test(written) || inPercentileChange(text, q)) return 'measure';
  // "매출 27조7000억원", "300억 원": an amount of money written with a Korean magnitude.
  if (KO_MONEY_AFTER.test(text.slice(q.end, q.end + 14))) return 'measure';
  const before = text.slice(Math.max(0, q.start - 24), q.start);
  const after = text.slice(q.end, q.end + 24);
  const unit = q.unit?.toLowerCase();
  // "every 15 minutes", "every 2 weeks": how often something is done, a frequency.
  // (Unless the frequency is what is measured: "from once every 2 weeks to daily", "no more
  // than one incident every 90 days", "reorders every 21 days, down from every 35".)
  if (unit && (LONG_TIME.test(unit) || SHORT_TIME.test(unit)) && EVERY_BEFORE.test(before) && !FREQUENCY_MEASURED.test(text)) return 'count';
  if (unit && LONG_TIME.test(unit)) {
    // "within 18 weeks of referral", "접수 후 2주 이내": counted from an event each time, a
    // service standard; "in 9 months" from now is how long the work takes.
    if (EN_FROM_EVENT.test(after) || KO_FROM_EVENT.test(before)) return 'timebox';
    if (EN_TIMEFRAME_BEFORE.test(before) || KO_TIMEFRAME_AFTER.test(after)) return 'timeframe';
    return 'measure';
  }
  if (unit && SHORT_TIME.test(unit)) {
    // "within the first two days of life": a period named, not a time to beat.
    // ("within the first 20 seconds" is still a standard to meet.)
    if (FIRST_PERIOD_BEFORE.test(before) && (!/\b(?:within|in|under)\s+(?:the|its|their)\s+first\s+$/i.test(before) || /^\s+of\s+(?:life|birth|age)\b/i.test(after))) return 'timeframe';
    if (EN_TIMEBOX_BEFORE.test(before) || KO_TIMEBOX_AFTER.test(after)) return 'timebox';
    return 'measure';
  }
  // "30 times on Instagram" counts posts; "3 times faster" is a multiplier.
  if (unit === 'times' && !/^\s+(?:more|less|fewer|faster|slower|higher|lower|bigger|smaller|as|the|over)\b/i.test(after)) return 'count';
  if (unit && SCALE_UNITS.has(unit)) return 'measure';
  // A count (no unit, or a counter such as calls, 건, 명, 회): a level only in context.
  if (EN_BEFORE_CUE.test(before) || EN_AFTER_RATE.test(after)) return 'measure';
  if (afterChange && EN_CHANGE_CUE.test(before)) return 'measure';
  if (KO_AFTER_CUE.test(after) || KO_BEFORE_RATE.test(before)) return 'measure';
  return 'count';
}
