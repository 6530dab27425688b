// A deadline in the past with no result recorded is an outcome nobody is tracking.
// The clock is an input (ctx.today) so CI runs are reproducible.
import { isIsoDate } from '../text/date';
import { directionOf } from './metric-facts';
import { msg, type Rule } from './types';

export const rule: Rule = {
  id: 'deadline-passed',
  name: 'Deadline already past',
  scope: 'structure',
  defaultSeverity: 'warning',
  description: {
    en: 'The deadline has passed without a measurement showing the target was met.',
    ko: '목표 달성을 보여 주는 측정 없이 기한이 지났습니다.',
  },
  check(o, ctx) {
    const m = o.metrics?.primary;
    const d = m?.target?.date;
    // A date no calendar has (2026-02-30) is impossible-date's to say, not a deadline passed.
    if (!m || !d || !isIsoDate(d.value) || d.value >= ctx.today) return;
    const t = m.target?.value?.value;
    // The latest real reading: a calendar date up to today, as progress and the canvas read it.
    // One dated in the future (a typo for a year, a plan line) is not a result that met the target.
    const last = [...m.measurements].filter((x) => x.value && x.date && isIsoDate(x.date.value) && x.date.value <= ctx.today).sort((a, b) => (a.date!.value < b.date!.value ? -1 : 1)).pop();
    if (last && t !== undefined) {
      // Unwritten and unnamed, the direction is the way from baseline to target, as the progress
      // line reads it (progress.ts): "38% -> 15%" is a cut, so 29% has not met 15%. Read as a
      // rise, 29 >= 15 counted as met and the passed deadline went unsaid.
      const b = m.baseline?.value?.value;
      const dir = directionOf(m) ?? (b !== undefined && b > t ? 'decrease' : undefined);
      const v = last.value!.value;
      if ((dir === 'decrease' && v <= t) || (dir !== 'decrease' && v >= t)) return; // met: nothing to chase
    }
    ctx.report({
      span: d.span,
      message:
        o.source === 'md-template'
          ? msg(ctx, `The deadline ${d.value} has passed (today is ${ctx.today}): write the result reached, or agree a new date with the customer.`, `기한(${d.value})이 지났습니다(오늘 ${ctx.today}). 달성한 결과를 적거나 고객과 새 기한을 합의하세요.`)
          : msg(ctx, `The deadline ${d.value} has passed (today is ${ctx.today}): record the final measurement, or agree a new date with the customer.`, `기한(${d.value})이 지났습니다(오늘 ${ctx.today}). 최종 측정값을 기록하거나 고객과 새 기한을 합의하세요.`),
    });
  },
};
