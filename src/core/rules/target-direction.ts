// A target on the wrong side of the baseline means the plan celebrates getting worse,
// or, when equal, celebrates nothing changing while it claims a change.
import { directionOf } from './metric-facts';
import { msg, type Rule } from './types';

export const rule: Rule = {
  id: 'target-direction',
  name: 'Target moves the wrong way',
  scope: 'structure',
  defaultSeverity: 'error',
  description: {
    en: 'The target lies on the side of the baseline that the metric\'s direction asks for, and differs from it.',
    ko: '목표값은 지표의 방향대로 기준값과 달라야 합니다.',
  },
  check(o, ctx) {
    const m = o.metrics?.primary;
    const b = m?.baseline?.value?.value;
    const t = m?.target?.value;
    if (!m || b === undefined || !t) return;
    const dir = directionOf(m);
    if (!dir) return;
    const fmt = (n: number) => String(n);
    if (dir === 'maintain') return;
    // The template's own 0 and 0 beside its unfilled dates are blanks, not a claim that nothing
    // changes: no-placeholder already points at the dates. Only a dated equal target is judged.
    const unfilled = (d: { value: string } | undefined) => !!d && /YYYY|MM-DD/.test(d.value);
    if (t.value === b && b === 0 && unfilled(m.baseline?.date) && unfilled(m.target?.date)) return;
    if (t.value === b) {
      ctx.report({
        span: t.span,
        message:
          o.source === 'md-template'
            ? msg(ctx, `The target equals the baseline (${fmt(b)}): an outcome is a change; set the value the metric should ${dir === 'increase' ? 'rise' : 'fall'} to.`, `목표값이 기준값(${fmt(b)})과 같습니다. 성과는 변화입니다. 지표가 ${dir === 'increase' ? '올라' : '내려'}가야 할 값을 적으세요.`)
            : msg(ctx, `The target equals the baseline (${fmt(b)}): an outcome is a change; set the value the metric should ${dir === 'increase' ? 'rise' : 'fall'} to, or use direction: maintain.`, `목표값이 기준값(${fmt(b)})과 같습니다. 성과는 변화입니다. 지표가 ${dir === 'increase' ? '올라' : '내려'}가야 할 값을 적거나 direction: maintain을 쓰세요.`),
      });
      return;
    }
    const wrong = (dir === 'increase' && t.value < b) || (dir === 'decrease' && t.value > b);
    if (!wrong) return;
    ctx.report({
      span: t.span,
      message: msg(
        ctx,
        `The target (${fmt(t.value)}) is ${dir === 'increase' ? 'below' : 'above'} the baseline (${fmt(b)}) but the metric should ${dir}: swap them, or correct the direction.`,
        `목표값(${fmt(t.value)})이 기준값(${fmt(b)})보다 ${dir === 'increase' ? '낮지만' : '높지만'} 지표는 ${dir === 'increase' ? '증가' : '감소'}해야 합니다. 값을 바꾸거나 방향을 고치세요.`,
      ),
    });
  },
};
