// A metric without a target says what is watched, not what counts as success.
import { exampleDates } from '../guided-dates';
import { insertFix } from './fix-snippets';
import { primaryOf } from './metric-facts';
import { msg, type Rule } from './types';

export const rule: Rule = {
  id: 'missing-target',
  name: 'Target missing',
  scope: 'structure',
  defaultSeverity: 'error',
  description: {
    en: 'The primary metric states the value that means the outcome is met.',
    ko: '핵심 지표에는 성과 달성을 뜻하는 목표값이 있어야 합니다.',
  },
  check(o, ctx) {
    const p = primaryOf(o);
    if (!p || p.target) return;
    const fix = insertFix(o, 'target', msg(ctx, 'Insert a target', '목표값 추가'));
    const by = exampleDates(ctx.today).target; // a deadline ahead of today, whatever year it is
    ctx.report({
      span: p.span,
      message: msg(ctx, `No target: write the value that means the outcome is met, and by when (e.g. 80% by ${by}).`, `목표값이 없습니다. 성과 달성을 뜻하는 값과 기한을 적으세요(예: ${by}까지 80%).`),
      ...(fix ? { fix } : {}),
    });
  },
};
