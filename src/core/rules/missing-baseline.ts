// Without a baseline a target is a wish: nobody can say how far the work moved the number.
import { exampleDates } from '../guided-dates';
import { insertFix } from './fix-snippets';
import { impossibleDates } from '../text/date';
import { numberWrittenAsText, primaryOf } from './metric-facts';
import { msg, type Rule } from './types';

export const rule: Rule = {
  id: 'missing-baseline',
  name: 'Baseline missing',
  scope: 'structure',
  defaultSeverity: 'error',
  description: {
    en: 'The primary metric states where it stands today, measured, with the date of the measurement.',
    ko: '핵심 지표에는 측정한 현재 값과 측정 날짜가 있어야 합니다.',
  },
  check(o, ctx) {
    const p = primaryOf(o);
    if (!p) return; // missing-primary-metric speaks for the whole metric
    const b = p.baseline;
    const md = o.source === 'md-template';
    // The example's day of measurement follows today (guided-dates.ts): the last quarter's end,
    // before today in any year, where a fixed day was once still to come.
    const asOf = exampleDates(ctx.today).baseline;
    if (b?.value) {
      // "as of 2026-02-30": a date is written, and impossible-date says what is wrong with it.
      // `asof:` (YAML): the schema names the key with the one meant.
      if (!b.date && !b.dateKeyTypo && !(md && b.raw && impossibleDates(b.raw.value).length)) {
        ctx.report({
          span: md ? b.raw?.span ?? b.span : b.value.span,
          severity: 'warning',
          message: md
            ? msg(ctx, `The baseline has no date: say when it was measured (e.g. "62% as of ${asOf}").`, `기준값에 측정 날짜가 없습니다. 언제 측정했는지 적으세요(예: "${asOf} 기준 62%").`)
            : msg(ctx, `The baseline has no \`asOf\` date: say when it was measured, e.g. \`asOf: ${asOf}\`.`, `기준값에 \`asOf\` 날짜가 없습니다. 측정 시점을 적으세요(예: \`asOf: ${asOf}\`).`),
        });
      }
      return;
    }
    if (b && md) {
      ctx.report({
        span: b.raw?.span ?? b.span,
        message: msg(ctx, `The baseline has no measured number: write the value today and when it was measured (e.g. "62% as of ${asOf}").`, `기준값에 측정된 숫자가 없습니다. 현재 값과 측정 시점을 적으세요(예: "${asOf} 기준 62%").`),
      });
      return;
    }
    // `value: "62%"`: the number is there in the wrong form, and the schema's finding at the
    // value says so; "has no value" would contradict the file.
    if (numberWrittenAsText(o, b?.raw)) return;
    const fix = b ? undefined : insertFix(o, 'baseline', msg(ctx, 'Insert a baseline', '기준값 추가'));
    ctx.report({
      span: b?.span ?? p.span,
      message: b
        ? msg(ctx, `The baseline has no \`value\`: write the measured value today, e.g. \`baseline: { value: 62, asOf: ${asOf} }\`.`, `기준값에 \`value\`가 없습니다. 측정한 현재 값을 적으세요(예: \`baseline: { value: 62, asOf: ${asOf} }\`).`)
        : msg(ctx, 'No baseline: say where the metric stands today and when it was measured, so progress can be shown.', '기준값이 없습니다. 지표의 현재 값과 측정 시점을 적어야 진척을 보일 수 있습니다.'),
      ...(fix ? { fix } : {}),
    });
  },
};
