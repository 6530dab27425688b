// A baseline or a target written in another unit than the metric's ("12 days" for a metric in
// %) is still set against the other as a number of one unit: the progress, the chart and
// target-direction compared 12 with 80, and nothing said the two did not count the same thing.
// Said at the value, only where both units are certain and differ (text/units.ts): "%" and
// "percent", "days" and "일" are one unit; a value with no unit, or a unit not known ("NPS
// points"), is never judged. The metric's unit is the one it declares (YAML `unit:`, a plan's
// "(%)" after the Primary Metric), not a figure of its name ("Calls answered within 20 seconds").
import type { Measure, Metric, Outcome } from '../model';
import { extractQuantities } from '../text/quantity';
import { excerpt } from '../text/excerpt';
import { unitInParens, unitKey, unitShown, unitsDiffer } from '../text/units';
import { msg, type Rule, type RuleContext } from './types';

export const rule: Rule = {
  id: 'unit-mismatch',
  name: "Unit differs from the metric's",
  scope: 'structure',
  defaultSeverity: 'warning',
  description: {
    en: "The baseline and the target are in the metric's unit, and in one unit with each other.",
    ko: '기준값과 목표값은 지표의 단위로, 서로 같은 단위로 적습니다.',
  },
  check(o, ctx) {
    const m = o.metrics?.primary;
    if (!m) return;
    const metric = declaredUnit(o, m);
    const baseline = m.baseline?.value && m.baseline.unit;
    const target = m.target?.value && m.target.unit;
    if (metric) {
      if (unitsDiffer(baseline, metric) && !holdsUnit(m.baseline, metric)) report(ctx, m, 'baseline', baseline!, { metric });
      if (unitsDiffer(target, metric) && !holdsUnit(m.target, metric)) report(ctx, m, 'target', target!, { metric });
    } else if (unitsDiffer(baseline, target) && !holdsUnit(m.baseline, target)) report(ctx, m, 'baseline', baseline!, { target: target! });
  },
};

/**
 * Whether the line also writes a figure in `unit`: "3개월 연속 80% 이상", "over the last 12 months,
 * 62%", "최근 30일 평균 5시간". Then the figure read is a span that qualifies the value, not the
 * value in another unit, and "written in months" would blame the wrong thing.
 */
function holdsUnit(x: Measure | undefined, unit: string | undefined): boolean {
  const text = x?.raw?.value;
  if (!text || !unit) return false;
  const key = unitKey(unit);
  const read = x.value!.span.start - x.raw!.span.start;
  return extractQuantities(text).some((q) => q.start !== read && unitKey(q.unit) === key);
}

/** The unit the metric declares: YAML's `unit:`; in a plan's template, the one in parentheses after its name. */
function declaredUnit(o: Outcome, m: Metric): string | undefined {
  if (o.source !== 'md-template') return m.unit?.value;
  return m.name ? unitInParens(m.name.value) : undefined;
}

const WORDS = {
  baseline: { en: 'baseline', ko: '기준값', En: 'The baseline' },
  target: { en: 'target', ko: '목표값', En: 'The target' },
};

/** At the value of `what`, written in `unit`, against the metric's unit, or with none declared the target's. */
function report(ctx: RuleContext, m: Metric, what: 'baseline' | 'target', unit: string, against: { metric: string } | { target: string }): void {
  const w = WORDS[what];
  const u = excerpt(unitShown(unit, ctx.lang));
  const metric = 'metric' in against ? excerpt(unitShown(against.metric, ctx.lang)) : '';
  const target = 'target' in against ? excerpt(unitShown(against.target, ctx.lang)) : '';
  ctx.report({
    span: m[what]!.value!.span,
    message: 'metric' in against
      ? msg(ctx,
        `${w.En} is in ${u} but the metric is counted in ${metric}: the progress and the chart compare the baseline and the target as numbers of one unit. Write the ${w.en} in ${metric}, or correct the metric's unit.`,
        `${w.ko}은 ${u} 단위인데 지표는 ${metric} 단위입니다. 진척과 차트는 기준값과 목표값을 같은 단위의 숫자로 비교합니다. ${w.ko}을 ${metric} 단위로 적거나 지표의 단위를 고치세요.`)
      : msg(ctx,
        `The baseline is in ${u} but the target is in ${target}: the progress and the chart compare the two as numbers of one unit. Write both in one unit, and name it after the metric, e.g. "(${target})".`,
        `기준값은 ${u} 단위인데 목표값은 ${target} 단위입니다. 진척과 차트는 둘을 같은 단위의 숫자로 비교합니다. 두 값을 같은 단위로 적고, 지표 이름 뒤에 단위를 적으세요(예: "(${target})").`),
  });
}
