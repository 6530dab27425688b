// An outcome with no primary metric cannot be measured, so nothing else about it can be judged.
import { insertFix } from './fix-snippets';
import { msg, type Rule } from './types';

export const rule: Rule = {
  id: 'missing-primary-metric',
  name: 'Primary metric missing',
  scope: 'structure',
  defaultSeverity: 'error',
  description: {
    en: 'Every outcome names one primary metric: what is counted to know the behaviour changed.',
    ko: '모든 성과에는 행동 변화를 확인할 핵심 지표가 하나 있어야 합니다.',
  },
  check(o, ctx) {
    const p = o.metrics?.primary;
    if (p && (p.name || p.baseline || p.target)) return;
    const what = o.metrics ? 'primary' : 'metrics';
    const title = msg(ctx, 'Insert a primary metric', '핵심 지표 추가');
    // A `metrics:` that is not a block mapping gets no fix: a second `metrics:` would be a duplicate key.
    const fix = p ? undefined : insertFix(o, what, title);
    ctx.report({
      span: o.metrics?.span ?? o.anchor,
      message: msg(
        ctx,
        'No primary metric: name the one number that shows the behaviour changed (e.g. "Checkout completion rate, %"), with its baseline, target and deadline.',
        '핵심 지표가 없습니다. 행동 변화를 보여 줄 숫자 하나(예: "결제 완료율, %")와 기준값, 목표값, 기한을 적으세요.',
      ),
      ...(fix ? { fix } : {}),
    });
  },
};
