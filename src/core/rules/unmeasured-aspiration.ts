// "Improve", "optimise", 개선, 향상 give a direction and no distance: any change at all
// would count as success, so nobody can say whether the outcome was met. The statement
// passes once a number says how far (62% → 80%, "ten percent", 절반, "from 5 hours to 30
// minutes"), or once it names a concrete change in someone's behaviour. The statement is
// judged on its own, even when the metric block below has numbers: the title is what people
// read and repeat, so it should carry the size of the change too.
import { exampleDates, monthName } from '../guided-dates';
import { explainVerdict } from '../text/explain';
import { isVerbLemma } from '../text/lexicon';
import { excerpt } from '../text/excerpt';
import { fieldName, wordingFields } from '../text/fields';
import { hasAspirationWord, judgeStatement } from '../text/statement';
import { judgeOutcomeStatements, spanIn, statesChange } from '../text/statements';
import { msg, type Rule } from './types';
import { josa } from '../text/josa';

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
    checkFields(o, ctx);
    const statements = judgeOutcomeStatements(o, ctx.vocab);
    if (statesChange(statements)) return;
    for (const { text, judgement } of statements) {
      const w = judgement.aspiration;
      if (judgement.verdict !== 'unmeasured' || !w) continue;
      const by = exampleDates(ctx.today).target; // the example's deadline ahead of today, as missing-deadline's
      ctx.report({
        span: spanIn(text, w.start, w.end),
        message: msg(
          ctx,
          `${explainVerdict(judgement, 'en')} Add the metric with numbers, from where to where and by when (e.g. "checkout completion from 62% to 80% by ${monthName(by, 'en')}").`,
          `${explainVerdict(judgement, 'ko')} 지표를 숫자로, 어디에서 어디까지, 언제까지인지 적으세요(예: "${monthName(by, 'ko')}까지 결제 완료율을 62%에서 80%로").`,
        ),
        data: { word: w.word },
      });
    }
  },
};

/**
 * Beyond the statement: a metric name that is a direction ("Improve NPS": name what is
 * counted) and a value assumption or success factor with a direction and no number ("Sales
 * grow with the new checkout"). Targets are left to target-not-quantified; hypotheses and
 * assumptions may rightly be unmeasured.
 */
function checkFields(o: Parameters<Rule['check']>[0], ctx: Parameters<Rule['check']>[1]): void {
  for (const { field, text, figured } of wordingFields(o)) {
    if (field !== 'metricName' && field !== 'valueAssumption' && field !== 'successFactor') continue;
    if (figured) continue; // the item's own figure measures it
    if (!hasAspirationWord(text.value, ctx.vocab)) continue;
    const j = judgeStatement(text.value, ctx.vocab);
    const w = j.reason.at;
    if (j.verdict !== 'unmeasured' || j.reason.code !== 'change' || !w || j.quantities.length) continue;
    // A metric named by its noun ("Reduction in incidents") is fine; a command is not.
    if (field === 'metricName' && !isVerbLemma(w.word.toLowerCase())) continue;
    ctx.report({
      span: spanIn(text, w.start, w.end),
      message:
        field === 'metricName'
          ? msg(ctx, `In the metric name, "${excerpt(w.word)}" is a direction, not what is counted: name the quantity (e.g. "Net Promoter Score" rather than "Improve NPS") and put the direction in \`direction\`.`, `지표 이름의 "${excerpt(w.word)}"${josa(excerpt(w.word), '은')} 방향이지 세는 대상이 아닙니다. 측정하는 양의 이름을 쓰고(예: "NPS 향상" 대신 "순추천지수") 방향은 \`direction\`에 적으세요.`)
          : msg(ctx, `In the ${fieldName(field, 'en')}, "${excerpt(w.word)}" says which way but not how far: write the number it rests on.`, `${fieldName(field, 'ko')}의 "${excerpt(w.word)}"${josa(excerpt(w.word), '은')} 방향만 있고 크기가 없습니다. 근거가 되는 숫자를 적으세요.`),
      data: { word: w.word, field },
    });
  }
}
