// "Faster checkout" is a direction, not a target; a target needs a number and a unit.
import { numberWrittenAsText, unitOf } from './metric-facts';
import { msg, type Rule } from './types';

export const rule: Rule = {
  id: 'target-not-quantified',
  name: 'Target without a number or unit',
  scope: 'structure',
  defaultSeverity: 'warning',
  description: {
    en: 'The target is a number with a unit, so reaching it is a fact and not an opinion.',
    ko: '목표값은 단위가 있는 숫자여야 달성 여부가 의견이 아닌 사실이 됩니다.',
  },
  check(o, ctx) {
    const m = o.metrics?.primary;
    const t = m?.target;
    if (!m || !t) return;
    if (!t.value) {
      // In YAML a number written as text ("80%", `target: 80%`) is the schema's finding, at the
      // value, which says what to write; "has no number" would contradict the file.
      if (numberWrittenAsText(o, t.raw)) return;
      ctx.report({
        // YAML: at the key, beside the schema's type error or a placeholder's finding at the value.
        span: o.source === 'yaml' ? t.span : (t.raw?.span ?? t.span),
        message: msg(ctx, 'The target has no number: write the value to reach, with its unit (e.g. "80%", "under 2 minutes").', '목표값에 숫자가 없습니다. 도달할 값을 단위와 함께 적으세요(예: "80%", "2분 이내").'),
      });
      return;
    }
    if (!unitOf(m)) {
      ctx.report({
        span: m.name?.span ?? t.span,
        message: msg(ctx, 'The metric has no unit: say what the numbers count (%, minutes, calls per day, USD...).', '지표에 단위가 없습니다. 숫자가 무엇을 세는지 적으세요(%, 분, 일일 통화 수, 원...).'),
      });
    }
  },
};
