// Why a span of days or hours written against a figure for another period is not counted, in
// the words the value line's finding (value-item-incomplete) and the investment's
// (value-no-investment) share: "$1,000/week × 30 days" is 30 × a week's figure only if a week
// had one day, and whether it has 5 or 7 is the team's to say (parse/value-time.ts).
import type { Lang } from '../finding';
import type { TimeUnit } from '../model';

const ORDER: readonly TimeUnit[] = ['hour', 'day', 'week', 'month', 'quarter', 'half-year'];
const EN_PLURAL: Record<TimeUnit, string> = { hour: 'hours', day: 'days', week: 'weeks', month: 'months', quarter: 'quarters', 'half-year': 'half-years' };
const KO_UNIT: Record<TimeUnit, string> = { hour: '시간', day: '일', week: '주', month: '월', quarter: '분기', 'half-year': '반기' };
// "한 주가 며칠인지": the longer unit as the subject, the shorter as the question.
const KO_ONE: Record<TimeUnit, string> = { hour: '한 시간이', day: '하루가', week: '한 주가', month: '한 달이', quarter: '한 분기가', 'half-year': '반기가' };
const KO_HOW_MANY: Record<TimeUnit, string> = { hour: '몇 시간인지', day: '며칠인지', week: '몇 주인지', month: '몇 달인지', quarter: '몇 분기인지', 'half-year': '몇 반기인지' };
// Only hours and days are ever the shorter unit: the calendar converts the rest.
const KO_WORKING: Partial<Record<TimeUnit, string>> = { hour: '근무 시간만인지 전부인지', day: '근무일만인지 전부인지' };

export interface SpanWords {
  /** The figure's period: "per week", "주 단위로 적힌". */
  per: string;
  /** Why the span is not converted: "how many days make a week (working days or all of them) is yours to say, not the ROI's to guess". */
  why: string;
  /** The two ways to write it that count: "the span is written in weeks or the figure per day". */
  fix: string;
}

/** The words for a span of `span` written against a figure per `per`, in `lang`. */
export function spanWords(lang: Lang, span: TimeUnit, per: TimeUnit): SpanWords {
  const [small, large] = ORDER.indexOf(span) < ORDER.indexOf(per) ? [span, per] : [per, span];
  if (lang === 'ko') {
    const working = KO_WORKING[small] ? `(${KO_WORKING[small]})` : '';
    return {
      per: `${KO_UNIT[per]} 단위로 적힌`,
      why: `${KO_ONE[large]} ${KO_HOW_MANY[small]}${working}는 팀이 정할 일이라 ROI가 짐작하지 않습니다`,
      fix: `기간을 ${KO_UNIT[per]} 단위로 적거나 숫자를 ${KO_UNIT[span]} 단위로 적기`,
    };
  }
  const one = (u: TimeUnit) => EN_PLURAL[u].replace(/s$/, '');
  return {
    per: `per ${one(per)}`,
    why: `how many ${EN_PLURAL[small]} make a ${one(large)} (working ${EN_PLURAL[small]} or all of them) is yours to say, not the ROI's to guess`,
    fix: `the span is written in ${EN_PLURAL[per]} or the figure per ${one(span)}`,
  };
}
