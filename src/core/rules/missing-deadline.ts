// Time-bound is the T of SMART: without a date no one can say the outcome is late.
import { exampleDates, quarterName } from '../guided-dates';
import { insertFix } from './fix-snippets';
import { impossibleDates } from '../text/date';
import { msg, type Rule } from './types';

export const rule: Rule = {
  id: 'missing-deadline',
  name: 'Deadline missing',
  scope: 'structure',
  defaultSeverity: 'error',
  description: {
    en: 'The target has a date by which it is to be reached.',
    ko: '목표값에는 달성 기한이 있어야 합니다.',
  },
  check(o, ctx) {
    const t = o.metrics?.primary?.target;
    // `byy:` (YAML): the schema names the key with the one meant.
    if (!t || t.date || t.dateKeyTypo) return;
    // "by 2027-02-30": a date is written, and impossible-date says what is wrong with it.
    if (impossibleDates(o.timeline?.value ?? '').length || impossibleDates(t.raw?.value ?? '').length) return;
    const fix = o.timeline ? undefined : insertFix(o, 'deadline', msg(ctx, 'Insert a deadline', '기한 추가'));
    // The example deadline follows today, as the guided flow's does: a fixed one became, once
    // past, advice that drew deadline-passed.
    const by = exampleDates(ctx.today).target;
    ctx.report({
      span: o.timeline?.span ?? t.span,
      message: o.timeline
        ? msg(ctx, `The timeline has no date that can be checked: write one, e.g. "by ${by}" or "${quarterName(by, 'en')}".`, `일정에 확인할 수 있는 날짜가 없습니다. 예: "${by}까지" 또는 "${quarterName(by, 'ko')}".`)
        : o.source === 'md-template'
          ? msg(ctx, `No deadline: say by when the target is reached (e.g. \`- **Timeline**: by ${by}\`).`, `기한이 없습니다. 목표 달성 시점을 적으세요(예: \`- **기한**: ${by}까지\`).`)
          : msg(ctx, `No deadline: say by when the target is reached (e.g. \`by: ${by}\`).`, `기한이 없습니다. 목표 달성 시점을 적으세요(예: \`by: ${by}\`).`),
      ...(fix ? { fix } : {}),
    });
  },
};
