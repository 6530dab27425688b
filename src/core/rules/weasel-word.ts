// Words such as "seamless", "world-class" or 획기적 make a statement sound specific while
// promising nothing anyone could check. Reviewers and customers read them as filler, and
// they hide whether the real target is modest or ambitious: say the measure instead.
// Judged in the outcome statement and in every field whose words carry a promise: targets,
// metric names, success factors (success criteria) and value assumptions.
import { excerpt } from '../text/excerpt';
import { fieldName, wordingFields } from '../text/fields';
import { weaselsIn } from '../text/statement';
import { judgeOutcomeStatements, spanIn } from '../text/statements';
import { msg, type Rule } from './types';
import { josa } from '../text/josa';

export const rule: Rule = {
  id: 'weasel-word',
  name: 'Weasel word',
  scope: 'wording',
  defaultSeverity: 'warning',
  description: {
    en: 'No words that sound specific and are not (seamless, world-class; 획기적, 대폭), in the statement, targets, metric names, success factors and value assumptions.',
    ko: '성과 문장, 목표, 지표 이름, 성공 요인, 가치 가정에 구체적으로 들리지만 확인할 수 없는 말(획기적, 대폭, seamless, world-class)을 쓰지 않습니다.',
  },
  check(o, ctx) {
    for (const { text, judgement } of judgeOutcomeStatements(o, ctx.vocab)) {
      for (const w of judgement.weasels) {
        ctx.report({
          span: spanIn(text, w.start, w.end),
          message: msg(
            ctx,
            `"${excerpt(w.word)}" sounds specific but cannot be checked: remove it, or write what you would measure instead (e.g. "in under 2 minutes" rather than "seamless").`,
            `"${excerpt(w.word)}"${josa(excerpt(w.word), '은')} 구체적으로 들리지만 확인할 수 없습니다. 빼거나 측정할 수 있는 표현으로 바꾸세요(예: "원활한" 대신 "2분 이내").`,
          ),
          data: { word: w.word },
        });
      }
    }
    for (const { field, text } of wordingFields(o)) {
      for (const w of weaselsIn(text.value, ctx.vocab)) {
        ctx.report({
          span: spanIn(text, w.start, w.end),
          message: msg(
            ctx,
            `In the ${fieldName(field, 'en')}, "${excerpt(w.word)}" sounds specific but cannot be checked: write what you would measure instead.`,
            `${fieldName(field, 'ko')}에 쓴 "${excerpt(w.word)}"${josa(excerpt(w.word), '은')} 구체적으로 들리지만 확인할 수 없습니다. 측정할 수 있는 표현으로 바꾸세요.`,
          ),
          data: { word: w.word, field },
        });
      }
    }
  },
};
