// The reports' words on a goal's standing that depend on when it reached its target, in English
// and Korean: outcome achievement counts an outcome achieved only when it reached its target by
// its deadline (portfolio/build.ts reachedLate), so its row, the account's count of goals, the
// value story and the trends say an outcome at target only after its deadline apart, never as
// achieved, and a team lead reading the rate card then the table finds the same figure. Kept apart
// from report-words.ts (which holds them in REPORT_WORDS too) so that file stays a size one can read.

export const LATE_WORDS = {
  en: {
    /** The status of a goal at target only after its deadline, where its progress says "achieved". */
    statusLate: 'achieved late',
    /** Under an account's heading: its goals achieved (in time) or on track, and those achieved late apart. */
    accountStatus: (good: number, all: number, late = 0) => `${good} of ${all} goal${all === 1 ? '' : 's'} achieved or on track${late ? `; ${late} achieved late` : ''}.`,
    /** The value story's first sentence: `good` holds no late outcome, `late` says them apart. */
    storyCount: (n: number, accounts: number, reached: number, good: number, risk: number, off: number, none: number, late = 0) =>
      `${n} outcome${n === 1 ? '' : 's'}${accounts ? ` across ${accounts} account${accounts === 1 ? '' : 's'}` : ''}: ${good} achieved or on track${reached ? ` (${reached} of them at target)` : ''}${late ? `, ${late} achieved late` : ''}${risk ? `, ${risk} at risk` : ''}${off ? `, ${off} off track` : ''}${none ? `, ${none} with no data yet` : ''}.`,
    /** A quarter's "Outcomes at target" cell: all at target then, those of them late named. */
    reachedCell: (reached: number, late: number) => (late ? `${reached} (${late} achieved late)` : String(reached)),
  },
  ko: {
    statusLate: '기한 후 달성',
    accountStatus: (good: number, all: number, late = 0) => `목표 ${all}개 중 ${good}개가 달성 또는 정상${late ? `이고, ${late}개는 기한 후 달성` : ''}입니다.`,
    storyCount: (n: number, accounts: number, reached: number, good: number, risk: number, off: number, none: number, late = 0) =>
      `${accounts ? `고객사 ${accounts}곳의 ` : ''}성과 ${n}개 중 ${[`${good}개가 달성 또는 정상${reached ? `(그중 ${reached}개는 목표 도달)` : ''}`, ...(late ? [`${late}개가 기한 후 달성`] : []), ...(risk ? [`${risk}개가 주의`] : []), ...(off ? [`${off}개가 부진`] : [])].join(', ')}입니다.${none ? ` ${none}개는 아직 데이터가 없습니다.` : ''}`,
    reachedCell: (reached: number, late: number) => (late ? `${reached}(그중 기한 후 달성 ${late})` : String(reached)),
  },
};
