// The numbers of an outcome statement, as the judge weighs them: which found numbers are
// quantities at all (not a date's, a rank's, a name's or a version's), and which measure a
// level or a change in a scale (62 %, $1.2M, 90 seconds, half) rather than count things.
import { inPercentileChange, KO_MONEY_AFTER, MULTIPLIER_WORD, type QuantityRole } from './measure';
import { lowerOf } from './normalise';
import type { Quantity } from './quantity';

export type Q = Quantity & { role: QuantityRole };

// A rank ("세계 1위") and a day of a month ("3월 7일까지") are not quantities of anything.
// "1주일에 2번": the period of a rate, not a quantity.
export const MAYBE_DATE = /(?:19|20)\d\d|\d\s?[년월]|분기|반기/;
// "1등" a rank, "30주년" an anniversary, "65세 이상" an age group, "365일 활력있는" all year round.
// "차량 2부제": a scheme's name; "5세부터": an age group.
const NOT_A_QUANTITY = /^\s?(?:대\s?(?:[가-힣]{1,6}\s)?(?:대학|기업|도시|브랜드|병원|기관|강국|국가|공항|항만|관광지)|위|차(?!례)|등(?!록)|주년|세(?:\s|$|[,.)]|이상|이하|미만|초과|부터)|주일에|달에|개월에|일에|부제)/;
const DAY_OF_MONTH = /\d\s?월\s?\d{1,2}\s?일$/;
// "#1", "top 3", "number 1": a rank; "ISO 27001", "SOC 2", "Tier 1", "Windows 11", "1:1s": a name.
// ... and "across all four nations", "in all 12 markets": the scope named in full, not a target.
const A_NAME_OR_RANK = /(?:#|:|\b(?:top|no\.|number|iso|iec|soc|pci|wcag|tier|level|phase|type|stage|version|v|gen|wave|windows|ios|android|web)\s?|\ball\s)$/i;

/** Whether a number found in the statement is a quantity of something (not a date's, a rank's, a name's). */
export function isQuantity(text: string, q: Quantity, dates: readonly { start: number; end: number }[], korean: boolean): boolean {
  if (text.charCodeAt(q.end) === 58 || (text.charCodeAt(q.end) === 32 && text.charCodeAt(q.end + 1) === 58)) return false; // "1:1s", "KR1:", "KR 1 :"
  for (const d of dates) if (d.start <= q.start && q.end <= d.end) return false;
  if (A_NAME_OR_RANK.test(text.slice(Math.max(0, q.start - 8), q.start))) return false;
  // "at years 4 and 5", "Key Stages 1 and 2", "grades 3-5": school years named, not amounts.
  // Only a small bare number: "By next year 80% of customers pay online" keeps its 80%.
  if (!q.unit && q.value <= 13) {
    const before = text.slice(Math.max(0, q.start - 24), q.start);
    if (SCHOOL_YEAR.test(before) && !YEAR_OF_TIME.test(before)) return false;
  }
  if (korean && (NOT_A_QUANTITY.test(text.slice(q.end, q.end + 5)) || DAY_OF_MONTH.test(text.slice(Math.max(0, q.start - 5), q.end)))) return false;
  // "3주 간격으로 점검": the period of a routine; but an interval changed ("30분 간격에서 15분
  // 간격으로 단축") is the measure.
  if (korean && /^\s?(?:주|개월|일|시간|분|년)?\s?간격(?!\s?에서)/.test(text.slice(q.end, q.end + 8)) && !KO_INTERVAL_CHANGED.test(text)) return false;
  if (!q.unit && RANK_AMONG.test(text.slice(q.end, q.end + 40))) return false;
  // "aged under 18", "under-18s", "65 years and over": an age group names who, not how much.
  if (AGED_BEFORE.test(text.slice(Math.max(0, q.start - 16), q.start)) || AGE_AFTER.test(text.slice(q.end, q.end + 36))) return false;
  // "5-star guest experience": a grade named, not a rating reached ("a 4.5-star rating" is).
  if (/^-star\s+(?!ratings?|reviews?|average|score)[a-z]/i.test(text.slice(q.end, q.end + 16))) return false;
  // "3rd", "the 2nd wave", "September 1st": an ordinal, not a quantity.
  // ... but "from the 34th to the 75th percentile" places a measure on a scale.
  if (/^(?:st|nd|rd|th)\b/i.test(text.slice(q.end, q.end + 3)) && !inPercentileChange(text, q)) return false;
  if (korean && (KO_NOT_AMOUNT.test(text.slice(q.start, q.start + 20)) || /\d\s?박\s?$/.test(text.slice(Math.max(0, q.start - 3), q.start)))) return false;
  // "매달 22일", "매월 15일": a day of the month, a date.
  if (korean && /(?:매달|매월)\s?$/.test(text.slice(Math.max(0, q.start - 4), q.start))) return false;
  // "세계 100대 대학 진입" (NOT_A_QUANTITY): a place in a ranking. "3대 핵심 역량", "5대 과제": the major few, named; "톱10", "톱 5": a rank.
  // (Also written in hanja: "5大 해양 부조리".)
  if (korean && q.value <= 12 && /^\d{1,2}[대大]\s?[가-힣]/.test(text.slice(q.start, q.start + 6))) return false;
  if (korean && /톱\s?$/.test(text.slice(Math.max(0, q.start - 3), q.start))) return false;
  // "119구급대", "112 신고", "120다산콜": a public service's phone number names it (not "120명").
  if (korean && KO_SERVICE_NUMBER.test(text.slice(q.start, q.start + 12))) return false;
  if (q.value === 0 && ZERO_NAME.test(text.slice(q.end, q.end + 40))) return false;
  // "Wake up at 6.30 AM", "오전 7시에 출근": a time of day set for a routine, not an amount. Only
  // after "at" (에): "before 5pm", "from 9.10 am to 8.30 am", "오후 4시에서 1시로" are a standard
  // or a change, and "£8k pm" is per month.
  if (/\bat\s$/i.test(text.slice(Math.max(0, q.start - 3), q.start)) && CLOCK_AFTER.test(text.slice(q.end, q.end + 6))) return false;
  if (korean && /(?:오전|오후|새벽)\s?$/.test(text.slice(Math.max(0, q.start - 3), q.start)) && /^\s?시(?:\s?\d+\s?분)?에(?!서)/.test(text.slice(q.end, q.end + 8))) return false;
  // "net zero" is read whole, as a defined level (wordMeasures), not as the number zero.
  if (q.value === 0 && /\bnet[- ]$/i.test(text.slice(Math.max(0, q.start - 4), q.start))) return false;
  return !versionName(text, q);
}
// "two of the safest places to live", "one of the top employers": a place in a ranking.
// "365일 활력있는" (all year round), "24시간 환자와 연결되는", "24시간 학교 안전 시스템" (around the clock), "개청 30주년" (an anniversary).
const KO_NOT_AMOUNT = /^(?:\d\s?박\s?\d\s?일|365\s?일(?!\s?(?:이내|안에|만에|까지))|24\s?시간\s?(?:365\s?일\s?)?(?=운영|상담|돌봄|응대|대응|연결|소통|가동|감시|진료|개방|서비스|접수|모니터링|보육|이용|케어|출동|[가-힣]{1,4}(?:와|과)\s|(?!이내|안에|만에|이상|이하|까지|내\s)[가-힣]{2,6}\s(?:[가-힣]{1,6}\s){0,2}(?:시스템|체계|센터|플랫폼|서비스|망))|\d+\s?주년|1회용|\d{1,2}\s?일\s?(?:부터|까지)|\d+\s?년\s?연속|[1-3]층\s?[가-힣])/;
const SCHOOL_YEAR = /\b(?:years?|grades?|(?:key\s+)?stages?|ks)\s+(?:\d{1,2}\s*(?:and|or|to|-|–|,)\s*)?$/i;
// "next year 5", "within a year 3", "per year 12": a time, then a number that is an amount.
const YEAR_OF_TIME = /\b(?:next|this|last|every|each|per|a|an|one|within|over|for|after|by|fiscal|financial|calendar)\s+years?\s+(?:\d{1,2}\s*(?:and|or|to|-|–|,)\s*)?$/i;
const KO_INTERVAL_CHANGED = /간격\s?에서|단축|줄이|줄인|늘리|늘린|축소|감축|확대|앞당/;
const CLOCK_AFTER = /^\s?(?:am|pm|a\.m\.|p\.m\.)(?![\p{L}])/iu;
const KO_SERVICE_NUMBER = /^(?:112|119|120|1330|1339)\s?(?:구급|구조|신고|안전센터|상황실|종합상황|출동|다산콜|콜센터|구급대|안전)/;
const AGED_BEFORE = /\b(?:aged|ages|age)\s+(?:under|over|between|from)?\s*$|\bunder-$/i;
// ... also "18 year olds" (the number read with its unit "year"), "the eighteen to
// thirty-four demographic", "the 25-34 age group".
const AGE_AFTER = /^\s*(?:-|to\s+\d+\s*)?\s*(?:years?\s+old|years?\s+and\s+(?:over|older|under)|-year-olds?)|^[\s-]olds?\b|^\s*(?:(?:-|to)\s*[\w-]+\s+)?(?:demographic|age\s+(?:group|bracket|band))\b/i;
const RANK_AMONG = /^\s+of\s+the\s+(?:\w+est|best|top|most|leading|largest|greatest|world's)\b/i;
// "zero-emission buses", "zero carbon homes": a kind of thing named, not a target of zero.
const ZERO_NAME = /^[\s-](?:emissions?|carbon|waste|trust|code|touch)[\s-]+(?:technolog|vehicle|bus|car|truck|fleet|zone|building|home|house|school|solution|approach|architecture|platform|energy|power|transport|heating)/i;

/** "100% of the components", "100 percent of workloads": all of something, not a level on a scale. */
export function allOf(text: string, q: Quantity): boolean {
  return q.value === 100 && /^\s*of\b/i.test(text.slice(q.end, q.end + 4));
}

/**
 * Measures written without a number: "mid-single-digit growth", "to the OECD average",
 * "전국 평균 이하로": a size, or a level set by a benchmark. Returned as quantities whose
 * unit says which (SCALE accepts both).
 */
export function wordMeasures(text: string): Quantity[] {
  const out: Quantity[] = [];
  // Each pattern is tried only where a word it needs is written: a plain substring search is
  // far cheaper than trying a case-insensitive alternation at every position of every title.
  const lower = lowerOf(text);
  for (const [re, needles] of GATED) {
    if (!needles.some((n) => lower.includes(n))) continue;
    const m = re.exec(text);
    // "our journey to net zero", "the road to parity": a direction towards the level, not the level.
    if (m && re === DEFINED_LEVEL && TOWARDS.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    if (m) out.push({ value: 0, start: m.index, end: m.index + m[0].length, unit: re === DIGITS_SIZE ? 'digits' : re === BENCHMARK ? 'average' : re === RANGE || re === KO_DOUBLE ? 'x' : 'level' });
  }
  return out;
}
// "gender parity", "net zero", "carbon neutral", "중대재해 제로": a level defined without a number.
const DEFINED_LEVEL = /\b(?:parity|net[- ]zero|carbon[- ]neutral(?:ity)?|no net loss|net gain|(?:open defecation|smoke|tobacco|drug|litter|plastic|poverty|hunger|malaria|polio)[- ]free)\b|제로(?:화)?\s*(?:달성|실현)?\s*[.!]?$/i;
const TOWARDS = /\b(?:journey|path|road|transition|move|progress|pathway)\s+(?:to|towards)\s+$|\btowards\s+$/i;
// "2.5-3.5x", "4–6%": a range, which the number reader leaves alone (it looks like a date).
const RANGE = /(?<![\d.-])\d+(?:\.\d+)?\s?[-–]\s?\d+(?:\.\d+)?\s?(?:x|%|times)(?![\p{L}\d])/u;
const DIGITS_SIZE = /\b(?:(?:low|mid|high)[- ])?(?:single|double|triple)[- ]digits?\b/i;
const BENCHMARK = /\b(?:OECD|EU|national|state|industry|sector|peer|regional|England|UK|US)\s+averages?\b|\b(?:comparable to|in line with|on a par with|on par with|at or above)\s+(?:our\s+|the\s+)?(?:peers?|peer institutions|national|sector|industry|OECD)\b|(?:OECD|전국|국가|업계|산업|선진국|광역시)\s?평균/i;
// "취업률을 3년 안에 배로 높인다": doubled, said without a number.
const KO_DOUBLE = /(?<!(?:\d|두|세|네|다섯|열|몇|수)\s?)배로\s?(?:높|늘|증가|확대|끌어올|올리|키우)/;
/** Each pattern with the words one of which every match contains (lower case). */
const GATED: [RegExp, string[]][] = [
  [DIGITS_SIZE, ['digit']],
  [BENCHMARK, ['average', 'comparable to', 'in line with', 'par with', 'at or above', '평균']],
  [DEFINED_LEVEL, ['parity', 'net', 'carbon', 'free', '제로']],
  [RANGE, ['-', '–']],
  [KO_DOUBLE, ['배로']],
];
// A level or a change in a scale (62%, $1.2M, 90 seconds, "half"), not a count of things.
const SCALE = /^(?:digits|average|level|%|x|pp|p\.p\.|percentage points?|points?|배|점|포인트|원|달러|[$€£¥₩]|hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?|s|ms|days?|weeks?|months?|years?|시간|분|초|일|주|개월|년)$/i;

const INVESTED_BEFORE = /\b(?:an?\s+)?(?:investment|funding|budget|spend)\s+of\s+(?:over\s+|more than\s+|at least\s+|up to\s+|around\s+|about\s+)?[$€£¥₩]?\s?$|\binvest(?:s|ing|ed)?\s+(?:over\s+|more than\s+|at least\s+|up to\s+)?[$€£¥₩]?\s?$/i;
const INVESTED_AFTER = /^\s?(?:조|억|만|천)?\s?(?:원|달러)?\s?(?:이상|가량)?\s?(?:의\s?투자|을\s?투자|를\s?투자|투자)/;
// ... or names what lasts that long: "1분 홍보영상", "30분 특강" (a made thing, an event).
const ACTIVITY_AFTER_TIME = /^\s*(?:of\s+|per\s+\w+\s+of\s+|[가-힣]{1,4}\s)?(?:교육|훈련|연수|봉사|training|coaching|mentoring|volunteering|instruction|lessons?|classes)|^\s?(?:[가-힣]{1,4}\s?){0,2}?(?:영상|동영상|강의|강좌|특강|캠프|체험|세미나|워크숍|창구|캠페인|챌린지|프로젝트)/i;
const MAGNITUDE = /^[\d.,]*\s?(?:thousand|million|billion|trillion|[kmb]n?\b|만|억|천|조)/i;
/**
 * Time given to a routine, daily: "dedicate 10 minutes daily", "read 20 minutes a day". It is
 * effort put in, as "40 hours of training" is, not a level reached; a time compared ("under two
 * hours a week") keeps its place as the measure. (Korean routines are read in verdict-ko.ts.)
 */
function routineTime(text: string, q: Quantity): boolean {
  if (!q.unit || !ROUTINE_UNIT.test(q.unit)) return false;
  return /^\s+(?:daily|a day|per day|each day|every day)\b/i.test(text.slice(q.end, q.end + 16)) && EFFORT_BEFORE.test(text.slice(Math.max(0, q.start - 40), q.start));
}
const ROUTINE_UNIT = /^(?:minutes?|mins?|hours?|hrs?)$/i;
const EFFORT_BEFORE = /\b(?:dedicate|spend|devote|invest|practi[cs]e|study|train|exercise|read|walk|run|meditate|write|work)\s+(?:at least\s+|over\s+|another\s+|an extra\s+)?$/i;

/** "Industry 4.0", "지역발전 3.0", "Web 2.0": a name with a version, not a quantity. */
function versionName(text: string, q: Quantity): boolean {
  // ... but "below 2.0", "from 3.0 to 4.5", "합계출산율 1.0": a level compared, or a rate's value.
  return !q.unit && /^\d\.0\s*$/.test(text.slice(q.start, q.end)) && /\p{L}\s$/u.test(text.slice(Math.max(0, q.start - 2), q.start)) && !COMPARED.test(text.slice(Math.max(0, q.start - 10), q.start)) && !/(?:율|률|지수|점수|비율)\s$/.test(text.slice(Math.max(0, q.start - 3), q.start));
}
const COMPARED = /\b(?:below|above|under|over|to|from|than|at|of|least|most|within)\s$/i;
/** "1.0명", "2.4 visits": a decimal with no magnitude after it ("1.5 million") is a rate. */
export function fractional(text: string, q: Quantity): boolean {
  const written = text.slice(q.start, q.end);
  // "지역발전 3.0", "Industry 4.0": a version's name, not a rate.
  if (!q.unit && /^\d+\.0\s*$/.test(written) && !COMPARED.test(text.slice(Math.max(0, q.start - 10), q.start))) return false;
  return /\d\.\d/.test(written) && !MAGNITUDE.test(text.slice(q.start, q.end + 10));
}

export function isScale(text: string, q: Q): boolean {
  if (q.role !== 'measure') return false;
  // "Migrate 100% of workloads", "Close 100 percent of weaknesses": all of a deliverable, done.
  if (allOf(text, q)) return false;
  // "40 hours of training", "연 40시간 교육": time spent on an activity counts the activity.
  // "with an investment of over £150m", "50조원 이상을 투자": money put in is an input, not a measure.
  if (INVESTED_BEFORE.test(text.slice(Math.max(0, q.start - 30), q.start)) || INVESTED_AFTER.test(text.slice(q.end, q.end + 14))) return false;
  if (routineTime(text, q)) return false;
  if (q.unit && SCALE.test(q.unit)) return !ACTIVITY_AFTER_TIME.test(text.slice(q.end, q.end + 16));
  if (inPercentileChange(text, q)) return true;
  // "합계출산율 1.0명", "2.4 visits per member": a fraction of a thing is a rate, never a count
  // of made things (but "1.5 million users" is a count).
  if (fractional(text, q)) return true;
  if (KO_MONEY_AFTER.test(text.slice(q.end, q.end + 14))) return true;
  // "half", "doubled", 절반: a multiplier; but "in at least five new languages" counts things.
  const written = text.slice(q.start, q.end);
  return !q.unit && !/\d/.test(written) && (q.value === 0 || MULTIPLIER_WORD.test(written));
}
