// The reports' words on what their figures rest on, in English and Korean: every value figure is
// one year's value while the investment is the whole cost, how much of the claimed value is money
// and how much an estimate, what a template's blank is shown as, which outcome the value story
// may hold up, which outcomes outcome achievement counts and which value per user and progress are from. Kept apart from report-words.ts
// (which holds them in REPORT_WORDS too) so that file stays a size one can read.
import type { ProgressFrom } from './portfolio/peers';
import type { DueCount } from './portfolio/types';

/** The outcomes due and those of them met, the ones at target early taken out of both. */
function dueApart(k: DueCount): { due: number; met: number } {
  return { due: k.of - k.reachedEarly, met: k.count - k.reachedEarly };
}

export const BASIS_WORDS = {
  en: {
    basisNote: "Every value figure is one year's value and the investment is the whole cost, so net value and ROI are those of the first year.",
    byType: 'Value claimed by type (per year)',
    byTypeNote: 'Hard savings and revenue impact are money saved or earned; soft savings (hours × rate), risk avoidance (probability × impact) and opportunity cost are estimates of value, not cash.',
    /** Text that is still a template's blank or a to-do marker (TBD, "[Outcome Title]", "…"). */
    notFilledIn: 'TBD (not filled in)',
    /** The value story's pick when an outcome with errors was passed over (its figures may be wrong). */
    storyLargestClean: (title: string, amount: string) => `Of the outcomes without errors, the largest customer-confirmed value is ${amount}, from "${title}".`,
    /** Outcome achievement's basis (portfolio/rates.ts DueCount): the outcomes due, those of them met only after their deadline, and the rest beside them. */
    achievementBasis: (k: DueCount) => {
      const { due, met } = dueApart(k);
      return [
        (due ? `achieved ${met} of ${due} outcome${due === 1 ? '' : 's'} due before ${k.dueBefore}${k.achievedLate ? ' in time' : ''}` : `no outcome due before ${k.dueBefore}`) + (k.reachedEarly ? `${due ? ', and' : ';'} ${k.reachedEarly}${due ? ' more' : ''} at target early` : ''),
        // Late ones are among the due ones just counted, not more of them.
        ...(k.achievedLate ? [`${k.achievedLate} ${k.achievedLate === 1 ? 'reached its target only after its deadline' : 'reached their target only after their deadline'}, not counted as achieved`] : []),
        ...(k.notYetDue ? [`${k.notYetDue}${k.of ? ' more' : ''} not yet due`] : []),
        ...(k.noDeadline ? [`${k.noDeadline} with no deadline`] : []),
      ].join('; ');
    },
    /** Under the peer table: which outcomes value per user is worked out from (portfolio/peers.ts). */
    valuePerUserFrom: (count: number, of: number) =>
      count ? `Value per user is from ${count} of the ${of} outcome${of === 1 ? '' : 's'}: those that state users and value.` : 'No outcome states both users and value, so there is no value per user.',
    /** Beside an account's value per user that leaves some of its outcomes out. */
    valuePerUserPart: (count: number, of: number) => `from ${count} of ${of} outcomes`,
    /** Under the peer table: which outcomes progress to target averages, due or not (portfolio/peers.ts). */
    progressFrom: (k: ProgressFrom) => {
      if (!k.count) return 'No outcome has a numeric target and a reading, so there is no progress to target.';
      const apart = [...(k.notYetDue ? [`${k.notYetDue} of them not yet due`] : []), ...(k.noDeadline ? [`${k.noDeadline} with no deadline`] : [])];
      return `Progress to target is from ${k.count} of the ${k.of} outcome${k.of === 1 ? '' : 's'}: those with a numeric target and a reading, due or not${apart.length ? ` (${apart.join(', ')})` : ''}.`;
    },
    /** An investment written as a one-off cost and a running cost a year: the first year's is their sum. */
    investmentParts: (oneOff: string, running: string) => `one-off ${oneOff} + first year's running cost ${running}`,
  },
  ko: {
    basisNote: '가치 수치는 모두 1년 치이고 투자는 전체 비용이므로, 순가치와 ROI는 첫해 기준입니다.',
    byType: '유형별 예상 가치(연간)',
    byTypeNote: '직접 비용 절감과 매출 영향은 절감하거나 버는 돈입니다. 간접 비용 절감(시간 × 단가), 리스크 회피(확률 × 영향), 기회비용은 가치의 추정치이며 현금이 아닙니다.',
    notFilledIn: '미정(아직 채우지 않음)',
    storyLargestClean: (title: string, amount: string) => `오류가 없는 성과 중 고객이 확인한 가장 큰 가치는 "${title}"의 ${amount}입니다.`,
    achievementBasis: (k: DueCount) => {
      const { due, met } = dueApart(k);
      return [
        (due ? `기한이 ${k.dueBefore} 전인 성과 ${due}개 중 ${met}개 ${k.achievedLate ? '기한 내 ' : ''}달성` : `기한이 ${k.dueBefore} 전인 성과 없음`) + (k.reachedEarly ? `${due ? ',' : ';'} 기한 전에 목표에 이른 성과 ${k.reachedEarly}개${due ? ' 더' : ''}` : ''),
        ...(k.achievedLate ? [`${k.achievedLate}개는 기한이 지난 뒤에야 목표에 이르러 달성으로 세지 않음`] : []),
        ...(k.notYetDue ? [`아직 기한 전 ${k.notYetDue}개`] : []),
        ...(k.noDeadline ? [`기한 없음 ${k.noDeadline}개`] : []),
      ].join('; ');
    },
    valuePerUserFrom: (count: number, of: number) => (count ? `사용자당 가치는 성과 ${of}개 중 사용자 수와 가치를 적은 ${count}개로 계산했습니다.` : '사용자 수와 가치를 함께 적은 성과가 없어 사용자당 가치가 없습니다.'),
    valuePerUserPart: (count: number, of: number) => `성과 ${of}개 중 ${count}개 기준`,
    progressFrom: (k: ProgressFrom) => {
      if (!k.count) return '숫자 목표값과 측정값이 함께 있는 성과가 없어 목표 대비 진척이 없습니다.';
      const apart = [...(k.notYetDue ? [`${k.notYetDue}개는 아직 기한 전`] : []), ...(k.noDeadline ? [`${k.noDeadline}개는 기한 없음`] : [])];
      return `목표 대비 진척은 성과 ${k.of}개 중 숫자 목표값과 측정값이 있는 ${k.count}개로, 기한과 관계없이 계산했습니다${apart.length ? `(그중 ${apart.join(', ')})` : ''}.`;
    },
    investmentParts: (oneOff: string, running: string) => `일회성 ${oneOff} + 첫해 유지비 ${running}`,
  },
};
