// The schema asks for three capital letters; it cannot tell "USD" from "UDS". A code no
// currency has still formats ("UDS 250,000.00"), so a typo splits the portfolio's totals into
// a currency of its own and the outcome's ROI is compared with nothing. Only codes the
// schema accepts are looked at: any other form is the schema's finding on the same spot.
import { CURRENCY_CODES } from '../text/currency';
import { excerpt } from '../text/excerpt';
import { msg, type Rule } from './types';

const CODES = new Set(CURRENCY_CODES);
const SCHEMA_FORM = /^[A-Z]{3}$/;

/**
 * The one code a typo of `code` most likely meant: its own letters with two neighbours swapped
 * ("GPB" for GBP, "UDS" for USD), else one letter changed ("EUO" for EUR). Nothing when two
 * codes are as near (a guess between two is as often wrong); three letters leave many codes two
 * edits away, so two changed letters are no hint at all.
 */
export function currencyMeant(code: string): string | undefined {
  const swapped = CURRENCY_CODES.filter((c) => (c[0] === code[1] && c[1] === code[0] && c[2] === code[2]) || (c[0] === code[0] && c[1] === code[2] && c[2] === code[1]));
  if (swapped.length) return swapped.length === 1 ? swapped[0] : undefined;
  const changed = CURRENCY_CODES.filter((c) => (c[0] !== code[0] ? 1 : 0) + (c[1] !== code[1] ? 1 : 0) + (c[2] !== code[2] ? 1 : 0) === 1);
  return changed.length === 1 ? changed[0] : undefined;
}

export const rule: Rule = {
  id: 'unknown-currency',
  name: 'Unknown currency code',
  scope: 'value',
  defaultSeverity: 'error',
  description: {
    en: 'The value\'s `currency` is an ISO 4217 code in use (USD, EUR, KRW), not three letters no currency has.',
    ko: '가치의 `currency`는 실제로 쓰이는 ISO 4217 통화 코드(USD, EUR, KRW)여야 합니다.',
  },
  check(o, ctx) {
    const c = o.value?.currency;
    if (!c) return;
    const code = c.value.trim();
    if (!SCHEMA_FORM.test(code) || CODES.has(code)) return;
    const meant = currencyMeant(code);
    const said = excerpt(code);
    ctx.report({
      span: c.span,
      message: meant
        ? msg(ctx, `"${said}" is not a currency code. Did you mean ${meant}? Until it is one, this outcome's amounts are totalled apart from every other.`, `"${said}"은(는) 통화 코드가 아닙니다. ${meant}을(를) 뜻했나요? 고치기 전까지 이 성과의 금액은 다른 성과와 따로 합산됩니다.`)
        : msg(ctx, `"${said}" is not a currency code: write the ISO 4217 code of the amounts (USD, EUR, GBP, KRW, JPY ...). Until then this outcome's amounts are totalled apart from every other.`, `"${said}"은(는) 통화 코드가 아닙니다. 금액의 ISO 4217 코드(USD, EUR, GBP, KRW, JPY 등)를 쓰세요. 고치기 전까지 이 성과의 금액은 다른 성과와 따로 합산됩니다.`),
      data: meant ? { code, meant } : { code },
      ...(meant ? { fix: { kind: 'replace' as const, span: c.span, snippet: meant, title: msg(ctx, `Change to ${meant}`, `${meant}(으)로 바꾸기`) } } : {}),
    });
  },
};
