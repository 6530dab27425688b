// A measurement is a fact already observed, so its date cannot be after today. A future
// date is a typo (2027 for 2026) or a forecast written where results belong; either way the
// progress read from it is wrong (the canvas drew a line to a point that has not happened).
// The clock is an input (ctx.today) so CI runs are reproducible.
import type { Metric } from '../model';
import { isIsoDate } from '../text/date';
import { msg, type Rule } from './types';
import { append } from '../arrays';

export const rule: Rule = {
  id: 'measurement-in-future',
  name: 'Measurement dated in the future',
  scope: 'structure',
  defaultSeverity: 'warning',
  description: {
    en: 'Every measurement is dated on or before today.',
    ko: '측정값의 날짜는 오늘이나 그 이전이어야 합니다.',
  },
  check(o, ctx) {
    const metrics: Metric[] = [];
    if (o.metrics?.primary) metrics.push(o.metrics.primary);
    if (o.metrics?.secondary) append(metrics, o.metrics.secondary);
    for (const m of metrics) {
      for (const x of m.measurements) {
        const d = x.date;
        if (!d || !isIsoDate(d.value) || d.value <= ctx.today) continue;
        ctx.report({
          span: { start: d.span.start, end: d.span.end },
          message: msg(
            ctx,
            `This measurement is dated ${d.value}, after today (${ctx.today}): a measurement records what was observed. Correct the date, or move a forecast to the target.`,
            `이 측정값의 날짜 ${d.value}은(는) 오늘(${ctx.today}) 이후입니다. 측정값은 이미 관찰한 값입니다. 날짜를 고치거나, 예상치라면 목표에 적으세요.`,
          ),
          data: { date: d.value },
        });
      }
    }
  },
};
