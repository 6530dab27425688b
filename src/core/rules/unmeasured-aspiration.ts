// "Improve", "optimise", 개선, 향상 give a direction and no distance: any change at all
// would count as success, so nobody can say whether the outcome was met. The statement
// passes once a number says how far (62% → 80%, "ten percent", 절반, "from 5 hours to 30
// minutes"), or once it names a concrete change in someone's behaviour. The statement is
// judged on its own, even when the metric block below has numbers: the title is what people
// read and repeat, so it should carry the size of the change too.
import { explainVerdict } from '../text/explain';
import { judgeOutcomeStatements, spanIn, statesChange } from '../text/statements';
import { msg, type Rule } from './types';

export const rule: Rule = {
  id: 'unmeasured-aspiration',
  name: 'Unmeasured aspiration',
  scope: 'wording',
  defaultSeverity: 'warning',
  description: {
    en: 'improve, enhance, optimise (개선, 향상) come with a number.',
    ko: '개선, 향상, 최적화 같은 말에는 숫자가 함께 있어야 합니다.',
  },
  check(o, ctx) {
    const statements = judgeOutcomeStatements(o, ctx.vocab);
    if (statesChange(statements)) return;
    for (const { text, judgement } of statements) {
      const w = judgement.aspiration;
      if (judgement.verdict !== 'unmeasured' || !w) continue;
      ctx.report({
        span: spanIn(text, w.start, w.end),
        message: msg(
          ctx,
          `${explainVerdict(judgement, 'en')} Add the metric with numbers, from where to where and by when (e.g. "checkout completion from 62% to 80% by June 2027").`,
          `${explainVerdict(judgement, 'ko')} 지표를 숫자로, 어디에서 어디까지, 언제까지인지 적으세요(예: "2027년 6월까지 결제 완료율을 62%에서 80%로").`,
        ),
        data: { word: w.word },
      });
    }
  },
};
