// Until the customer confirms a figure it is our estimate, not their result. This is
// information, not a fault: it keeps the unconfirmed share visible (the conservative ROI
// leaves it out) and reminds whoever owns the outcome to get it confirmed.
import { msg, type Rule } from './types';

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
      if (item.validated === true) continue;
      ctx.report({
        span: item.span,
        message: msg(
          ctx,
          'Not yet validated by the customer: confirm this figure with them, then set `validated: true`. Until then it is left out of the conservative ROI.',
          '아직 고객 검증 전입니다. 고객과 이 숫자를 확인한 뒤 `validated: true`로 표시하세요. 그전까지는 보수적 ROI에서 빠집니다.',
        ),
        data: { type: item.type?.value ?? '' },
      });
    }
  },
};
