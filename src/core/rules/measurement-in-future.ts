// A measurement is a fact already observed, so its date cannot be after today. A future
// date is a typo (2027 for 2026) or a forecast written where results belong; either way the
// progress read from it is wrong (the canvas drew a line to a point that has not happened).
// The clock is an input (ctx.today) so CI runs are reproducible. A baseline is a measurement
// too (where the metric stands, observed): dated after today, progress starts from a guess.
import type { Metric } from '../model';
import { isIsoDate } from '../text/date';
import { msg, type Rule } from './types';
import { append } from '../arrays';
import { josa } from '../text/josa';

export const rule: Rule = {
  id: 'measurement-in-future',
  name: 'Measurement dated in the future',
  scope: 'structure',
  defaultSeverity: 'warning',
  description: {
    en: 'Every measurement, the baseline among them, is dated on or before today.',
    ko: '기준값을 포함한 모든 측정값의 날짜는 오늘이나 그 이전이어야 합니다.',
  },
  check(o, ctx) {
    const metrics: Metric[] = [];
    if (o.metrics?.primary) metrics.push(o.metrics.primary);
    if (o.metrics?.secondary) append(metrics, o.metrics.secondary);
    for (const m of metrics) {
      const b = m.baseline?.date;
      if (b && isIsoDate(b.value) && b.value > ctx.today) {
        ctx.report({
          span: { start: b.span.start, end: b.span.end },
          message: msg(
            ctx,
            `The baseline is dated ${b.value}, after today (${ctx.today}): a baseline is where the metric stands, measured already. Give the date it was measured, or measure it first.`,
            `기준값의 날짜 ${b.value}${josa(b.value, '은')} 오늘(${ctx.today}) 이후입니다. 기준값은 이미 측정한 현재 값입니다. 측정한 날짜를 적거나, 먼저 측정하세요.`,
          ),
          data: { date: b.value, on: 'baseline' },
        });
      }
      for (const x of m.measurements) {
        const d = x.date;
        if (!d || !isIsoDate(d.value) || d.value <= ctx.today) continue;
        ctx.report({
          span: { start: d.span.start, end: d.span.end },
          message: msg(
            ctx,
            `This measurement is dated ${d.value}, after today (${ctx.today}): a measurement records what was observed. Correct the date, or move a forecast to the target.`,
            `이 측정값의 날짜 ${d.value}${josa(d.value, '은')} 오늘(${ctx.today}) 이후입니다. 측정값은 이미 관찰한 값입니다. 날짜를 고치거나, 예상치라면 목표에 적으세요.`,
          ),
          data: { date: d.value },
        });
      }
    }
  },
};
