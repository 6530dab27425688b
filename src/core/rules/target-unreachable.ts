// Some targets cannot be reached whatever the effort: a share above 100 %, a cut of more
// than everything, a count below zero. They usually mean a unit was mixed up.
import { directionOf, isPercent, isShareOfWhole, unitOf } from './metric-facts';
import { josa } from '../text/josa';
import { msg, type Rule } from './types';

export const rule: Rule = {
  id: 'target-unreachable',
  name: 'Target cannot be reached',
  scope: 'structure',
  defaultSeverity: 'error',
  description: {
    en: 'The target is possible at all: a rate at most 100 %, a reduction at most 100 %, no negative counts.',
    ko: '목표값은 가능한 값이어야 합니다. 비율은 100% 이하, 감소율도 100% 이하, 개수는 음수 불가.',
  },
  check(o, ctx) {
    const m = o.metrics?.primary;
    const t = m?.target?.value;
    if (!m || !t) return;
    const unit = unitOf(m);
    const name = m.name?.value ?? '';
    const reduction = /\b(reduc\w*|decreas\w*|cut)\b|감소|절감|단축/i.test(name);
    if (isPercent(unit) && t.value > 100 && (reduction || isShareOfWhole(m))) {
      ctx.report({
        span: t.span,
        message: reduction
          ? msg(ctx, `A reduction of ${t.value}% is impossible: nothing can fall by more than 100%. Check the unit, or state the target as the value to reach.`, `${t.value}% 감소는 불가능합니다. 100%보다 더 줄어들 수는 없습니다. 단위를 확인하거나 도달할 값으로 적으세요.`)
          : msg(ctx, `A rate of ${t.value}% cannot be reached: a share of a whole stops at 100%. Check the unit or the number.`, `비율 ${t.value}%는 도달할 수 없습니다. 전체에 대한 비율은 100%를 넘을 수 없습니다. 단위나 숫자를 확인하세요.`),
      });
      return;
    }
    const b = m.baseline?.value?.value;
    if (t.value < 0 && directionOf(m) === 'decrease' && (b === undefined || b >= 0)) {
      ctx.report({
        span: t.span,
        message: msg(ctx, `A target of ${t.value} is below zero, which this metric cannot reach. Did you mean a change of ${-t.value}?`, `목표값 ${t.value}${josa(String(t.value), '은')} 0보다 작아 이 지표로는 도달할 수 없습니다. ${-t.value}만큼의 변화를 뜻했나요?`),
      });
    }
  },
};
