// Until the customer confirms a figure it is our estimate, not their result. This is
// information, not a fault: it keeps the unconfirmed share visible (the conservative ROI
// leaves it out) and reminds whoever owns the outcome to get it confirmed.
import type { ValueItem } from '../model';
import { msg, type Rule } from './types';

/**
 * An item whose figures are all zero or absent is a template line not yet filled in
 * (`amount: 0`): there is nothing for the customer to confirm yet.
 */
function hasFigure(item: ValueItem): boolean {
  return [item.amount, item.hours, item.rate, item.probability, item.impact].some((n) => n !== undefined && n.value !== 0);
}

export const rule: Rule = {
  id: 'value-unvalidated',
  name: 'Value not validated by the customer',
  scope: 'value',
  defaultSeverity: 'info',
  description: {
    en: 'Value items are marked `validated: true` once the customer has confirmed them.',
    ko: '고객이 확인한 가치 항목은 `validated: true`로 표시합니다.',
  },
  check(o, ctx) {
    for (const item of o.value?.items ?? []) {
      if (item.validated === true || !hasFigure(item)) continue;
      const md = o.source === 'md-template';
      ctx.report({
        span: item.span,
        message: md
          ? msg(
              ctx,
              'Not yet validated by the customer: confirm this figure with them, then add "(validated)" to the line. Until then it is left out of the conservative ROI.',
              '아직 고객 검증 전입니다. 고객과 이 숫자를 확인한 뒤 줄 끝에 "(고객 검증 완료)"를 붙이세요. 그전까지는 보수적 ROI에서 빠집니다.',
            )
          : msg(
              ctx,
              'Not yet validated by the customer: confirm this figure with them, then set `validated: true`. Until then it is left out of the conservative ROI.',
              '아직 고객 검증 전입니다. 고객과 이 숫자를 확인한 뒤 `validated: true`로 표시하세요. 그전까지는 보수적 ROI에서 빠집니다.',
            ),
        data: { type: item.type?.value ?? '' },
      });
    }
  },
};
