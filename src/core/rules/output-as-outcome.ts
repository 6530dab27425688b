// An outcome is a change in what people do; a deliverable is what the team makes to cause
// it. "Migrate the data warehouse to the cloud" can be finished while nobody works any
// differently, so it cannot tell anyone whether the engagement delivered value. The rule
// fires only when the statement names a deliverable and no change at all: "Deploy the fraud
// model so chargebacks fall from 1.2% to 0.6%" names both, and passes.
import { explainVerdict } from '../text/explain';
import { judgeOutcomeStatements, spanIn, statesChange } from '../text/statements';
import { msg, type Rule } from './types';

export const rule: Rule = {
  id: 'output-as-outcome',
  name: 'Output posing as outcome',
  scope: 'wording',
  defaultSeverity: 'warning',
  description: {
    en: 'The outcome names a change in behaviour, not a deliverable (implement, migrate; 구축, 도입).',
    ko: '성과는 산출물(구현, 마이그레이션, 구축, 도입)이 아니라 행동의 변화를 말해야 합니다.',
  },
  check(o, ctx) {
    const statements = judgeOutcomeStatements(o, ctx.vocab);
    // A title that names the deliverable is forgiven when the behaviour line states the change.
    if (statesChange(statements)) return;
    for (const { text, judgement } of statements) {
      const w = judgement.output;
      if (judgement.verdict !== 'output' || !w) continue;
      ctx.report({
        span: spanIn(text, w.start, w.end),
        message: msg(
          ctx,
          `${explainVerdict(judgement, 'en')} An outcome says whose behaviour changes and by how much (e.g. "Analysts get the daily sales report in 30 minutes instead of 5 hours").`,
          `${explainVerdict(judgement, 'ko')} 성과는 누구의 행동이 얼마나 바뀌는지 말합니다(예: "분석가가 전일 매출 보고서를 5시간이 아닌 30분 만에 받는다").`,
        ),
        data: { word: w.word },
      });
    }
  },
};
