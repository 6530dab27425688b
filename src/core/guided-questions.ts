// The questions of the guided first CBO, in English and Korean: the one text that both the
// editor's "CBO: New CBO (Guided)" and `cbo new` show, so the two never drift apart. Small
// and pure (types only from guided.ts), so the host bundles it without loading the engine.
import type { Lang } from './finding';
import type { GuidedStep } from './guided';
import type { Category } from './model';
import { exampleDates } from './guided-dates';

export interface GuidedQuestion {
  title: string;
  prompt: string;
  /** A good answer, shown as the input box's placeholder and as `cbo new`'s example; accepted by its step on the day it is shown. */
  example: string;
}

/** The category is picked from `GUIDED_CATEGORIES`, so it has no example. */
export type GuidedQuestions = Record<Exclude<GuidedStep, 'category'>, GuidedQuestion> & { category: Omit<GuidedQuestion, 'example'> };

/** The order the categories are offered in (`cbo new` numbers them 1-6 in this order). */
export const GUIDED_CATEGORIES: readonly Category[] = ['operational-efficiency', 'increased-revenue', 'reduced-business-risk', 'experience', 'esg', 'innovation'];

// One row a step, English then Korean side by side, so a translation is read against its source.
// `{date}` in the baseline's and the target's examples is filled from today (exampleDates).
const QUESTIONS: { [S in keyof GuidedQuestions]: [en: GuidedQuestions[S], ko: GuidedQuestions[S]] } = {
  account: [{ title: 'Account', prompt: 'Which customer is this outcome for? The portfolio groups outcomes by it; leave empty if there is none yet.', example: 'Northwind Retail' }, { title: '고객사', prompt: '이 성과는 어느 고객사를 위한 것인가요? 포트폴리오는 고객사별로 성과를 묶습니다. 아직 없으면 비워 두세요.', example: '한빛리테일' }],
  current: [{ title: 'Current', prompt: 'What does today look like? A pain, an inefficiency, a result that falls short.', example: 'Analysts wait until 11:00 for the daily sales report' }, { title: '현재', prompt: '우리의 현재는 어떤 모습인가요? 불편, 비효율, 낮은 성과.', example: '분석가가 전일 매출 보고서를 11시까지 기다린다' }],
  future: [{ title: 'Future', prompt: 'What future do we want? The problem solved, the goal reached.', example: 'Analysts open the report when they start work' }, { title: '미래', prompt: '우리가 원하는 미래는 어떤 모습인가요? 문제가 풀리고 목표에 닿은 모습.', example: '분석가가 출근하자마자 보고서를 연다' }],
  barriers: [{ title: 'Barriers', prompt: 'What stands in the way? Risks, resources, skills, rules, culture.', example: 'Forty nightly batch jobs run one after another' }, { title: '장애물', prompt: '무엇이 앞길을 막고 있나요? 위험, 자원, 기술, 제도, 문화.', example: '야간 배치 40개가 한 줄로 실행된다' }],
  solutions: [{ title: 'Solutions', prompt: 'What gets past the barriers?', example: 'Stream sales into the warehouse and run batches in parallel' }, { title: '해결방안', prompt: '장애물을 넘기 위해 무엇이 필요한가요?', example: '매출을 실시간으로 적재하고 배치를 병렬로 돌린다' }],
  behavior: [{ title: 'Outcome', prompt: "Whose behaviour changes, and how? This is the CBO's title.", example: "Analysts prepare the morning meeting from yesterday's sales report" }, { title: '결과', prompt: '누구의 행동이 어떻게 바뀌나요? 이것이 CBO의 제목입니다.', example: '분석가가 전일 매출 보고서로 오전 회의를 준비한다' }],
  hypothesis: [{ title: 'Hypothesis', prompt: 'If this behaviour changes, which business result follows, and why?', example: "If analysts see yesterday's sales before the meeting, prices move a day earlier because decisions no longer wait" }, { title: '가설', prompt: '이 행동이 바뀌면 어떤 비즈니스 결과가 따라오고, 왜 그런가요?', example: '분석가가 회의 전에 전일 매출을 보면 결정을 기다리지 않아 가격 조정이 하루 빨라진다' }],
  metric: [{ title: 'Primary metric', prompt: 'The one number that shows the change, with its unit in brackets.', example: 'Report ready before 9:00 (%)' }, { title: '핵심 지표', prompt: '변화를 보여 줄 숫자 하나, 괄호 안에 단위.', example: '9시 전 보고서 준비율 (%)' }],
  baseline: [{ title: 'Baseline', prompt: 'Its value today and the date it was measured.', example: '40 on {date}' }, { title: '기준값', prompt: '지금 값과 측정한 날짜.', example: '40, {date}' }],
  target: [{ title: 'Target and deadline', prompt: 'The value to reach and by when.', example: '95 by {date}' }, { title: '목표값과 기한', prompt: '도달할 값과 기한.', example: '95, {date}' }],
  category: [{ title: 'Category', prompt: 'Which kind of business result is it?' }, { title: '범주', prompt: '어떤 종류의 비즈니스 결과인가요?' }],
  value: [{ title: 'Value', prompt: 'Value type, yearly amount and what it rests on (an amount "per month", "per week" or "per quarter" is counted for a year); leave empty to add value later.', example: 'hard-savings 36000: two batch servers switched off' }, { title: '가치', prompt: '가치 유형, 연간 금액, 근거("월", "주당", "분기당" 금액은 연간으로 환산합니다). 나중에 넣으려면 비워 두세요.', example: '직접 비용 절감 3,600만 원: 배치 서버 두 대 정리' }],
  investment: [{ title: 'Investment', prompt: 'The total cost of the work, as an amount; leave empty if it is not known yet.', example: '120000' }, { title: '투자', prompt: '작업의 총비용(금액). 아직 모르면 비워 두세요.', example: '1억 2천만 원' }],
};

/**
 * The questions in one language, their examples dated from `today` (YYYY-MM-DD, the config's):
 * a baseline measured before today, a deadline a year or so ahead, whatever year it is.
 */
export function guidedQuestions(lang: Lang, today: string): GuidedQuestions {
  const i = lang === 'ko' ? 1 : 0;
  const q = Object.fromEntries(Object.entries(QUESTIONS).map(([step, row]) => [step, row[i]])) as GuidedQuestions;
  const d = exampleDates(today);
  return { ...q, baseline: { ...q.baseline, example: q.baseline.example.replace('{date}', d.baseline) }, target: { ...q.target, example: q.target.example.replace('{date}', d.target) } };
}
