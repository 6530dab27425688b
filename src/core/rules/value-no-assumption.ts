// A value figure with nothing behind it cannot be checked by the customer, and a figure the
// customer cannot check will not survive a renewal conversation. Every item states its basis.
import { msg, type Rule } from './types';

// A Markdown plan has no `assumption:` key: its value line reads "label: amount: why", so the
// message says where on that line the basis goes.

export const rule: Rule = {
  id: 'value-no-assumption',
  name: 'Value item without an assumption',
  scope: 'value',
  defaultSeverity: 'warning',
  description: {
    en: 'Every value item says what its figure rests on: the source, the volumes, the rate.',
    ko: '모든 가치 항목에는 그 숫자의 근거(출처, 물량, 단가)가 있어야 합니다.',
  },
  check(o, ctx) {
    for (const item of o.value?.items ?? []) {
      if (item.assumption?.value.trim()) continue;
      const type = item.type?.value ?? '';
      ctx.report({
        span: item.span,
        message:
          o.source === 'md-template'
            ? msg(
                ctx,
                'This value item has no assumption: on the same line, after the amount, write ": " and where the figure comes from (source, volume, rate), e.g. "54,000 USD: 9,000 fewer calls a year at 6 USD", so the customer can check it.',
                '이 가치 항목에는 가정이 없습니다. 같은 줄의 금액 뒤에 ": 근거"처럼 숫자의 출처(자료, 물량, 단가)를 적어 고객이 확인할 수 있게 하세요(예: "3,600만 원: 야간 배치 서버 두 대를 줄인다").',
              )
            : msg(
                ctx,
                'This value item has no assumption: add `assumption:` with where the figure comes from (source, volume, rate), so the customer can check it.',
                '이 가치 항목에는 가정이 없습니다. 숫자의 출처(자료, 물량, 단가)를 `assumption:`에 적어 고객이 확인할 수 있게 하세요.',
              ),
        data: { type },
      });
    }
  },
};
