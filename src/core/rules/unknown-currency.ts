// The schema asks for three capital letters; it cannot tell "USD" from "UDS". A code no
// currency has still formats ("UDS 250,000.00"), so a typo splits the portfolio's totals into
// a currency of its own and the outcome's ROI is compared with nothing. Only codes the
// schema accepts are looked at: any other form is the schema's finding on the same spot.
import { CURRENCY_CODES } from '../text/currency';
import { excerpt } from '../text/excerpt';
import { msg, type Rule } from './types';
import { josa } from '../text/josa';

// ISO 4217's codes that are no money in circulation (gold, silver, platinum, palladium, the
// bond-market units, the testing code, "no currency"): real codes, rarely a typo, so not flagged.
// The reading list (text/currency.ts) leaves them out: no plan writes "36000 XAU" for value.
const CODES = new Set([...CURRENCY_CODES, 'XAG', 'XAU', 'XBA', 'XBB', 'XBC', 'XBD', 'XPD', 'XPT', 'XTS', 'XXX']);
const SCHEMA_FORM = /^[A-Z]{3}$/;

/**
 * The one code a typo of `code` most likely meant: its own letters with two neighbours swapped
 * ("GPB" for GBP, "UDS" for USD). Nothing when two codes are as near, and nothing for one letter
 * changed: three letters are one letter from many codes, so "BTC" is one from BTN (the ngultrum)
 * and a fix to it would change the meaning.
 */
export function currencyMeant(code: string): string | undefined {
  const swapped = CURRENCY_CODES.filter((c) => (c[0] === code[1] && c[1] === code[0] && c[2] === code[2]) || (c[0] === code[0] && c[1] === code[2] && c[2] === code[1]));
  return swapped.length === 1 ? swapped[0] : undefined;
}

export const rule: Rule = {
  id: 'unknown-currency',
  name: 'Unknown currency code',
  scope: 'value',
  defaultSeverity: 'warning',
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
        ? msg(ctx, `"${said}" is not an ISO 4217 currency code. Did you mean ${meant}? Until it is one, this outcome's amounts are totalled apart from every other.`, `"${said}"${josa(said, '은')} ISO 4217 통화 코드가 아닙니다. ${meant}${josa(meant, '을')} 뜻했나요? 고치기 전까지 이 성과의 금액은 다른 성과와 따로 합산됩니다.`)
        : msg(ctx, `"${said}" is not an ISO 4217 currency code (USD, EUR, GBP, KRW, JPY ...): this outcome's amounts are totalled apart from every other. If it is meant (a crypto-currency), turn the rule off for this file.`, `"${said}"${josa(said, '은')} ISO 4217 통화 코드(USD, EUR, GBP, KRW, JPY 등)가 아닙니다. 이 성과의 금액은 다른 성과와 따로 합산됩니다. 의도한 것이라면(암호화폐 등) 이 파일에서 규칙을 끄세요.`),
      data: meant ? { code, meant } : { code },
      ...(meant ? { fix: { kind: 'replace' as const, span: c.span, snippet: meant, title: msg(ctx, `Change to ${meant}`, `${meant}${josa(meant, '으로')} 바꾸기`) } } : {}),
    });
  },
};
