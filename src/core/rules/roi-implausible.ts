// A return of many times the cost is possible, but it is far more often a cost left out or a
// value counted twice, and one inflated figure discredits the honest ones next to it.
// The rule does not say the number is wrong; it asks for a second look before it is shown.
import { msg, type Rule } from './types';

export const DEFAULT_MAX_ROI_PERCENT = 1000;

/** The threshold from `rules: { roi-implausible: [warning, { maxRoiPercent: 500 }] }`. */
function threshold(options: Record<string, unknown>): number {
  const v = options.maxRoiPercent;
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : DEFAULT_MAX_ROI_PERCENT;
}

export const rule: Rule = {
  id: 'roi-implausible',
  name: 'ROI needs a second look',
  scope: 'value',
  defaultSeverity: 'warning',
  description: {
    en: `The ROI is not so high that it needs checking (above ${DEFAULT_MAX_ROI_PERCENT} % by default; option maxRoiPercent).`,
    ko: `ROI가 다시 확인해야 할 만큼 높지 않아야 합니다(기본 ${DEFAULT_MAX_ROI_PERCENT}% 초과; 옵션 maxRoiPercent).`,
  },
  check(o, ctx) {
    if (!o.value) return;
    const roi = ctx.roi().roiPercent;
    const max = threshold(ctx.options);
    if (roi === undefined || roi <= max) return;
    ctx.report({
      span: o.value.investment?.span ?? o.value.span,
      message: msg(
        ctx,
        `ROI of ${roi}% is above ${max}%: check that the investment includes every cost, that no value is counted twice, and that the customer has confirmed the figures before quoting it.`,
        `ROI ${roi}%는 ${max}%를 넘습니다. 투자에 모든 비용이 들어갔는지, 가치가 중복 계산되지 않았는지, 고객이 숫자를 확인했는지 점검한 뒤에 제시하세요.`,
      ),
      data: { roiPercent: roi, maxRoiPercent: max },
    });
  },
};
