// A number too large to count exactly (more than 2^53 - 1 of the currency's minor unit: about
// 90 trillion dollars, or 9,007 trillion won) is left out of the ROI rather than rounded: an
// item then counts as 0 (a validated one takes the conservative ROI to -100 %), an investment
// as not there ("No investment is stated"). Nothing said so. Such a number is almost always a
// slip (extra zeros, an exponent), and every figure built on it is wrong, so it is an error.
// The test is the ROI's own (`tooLargeInRoi` in ../roi.ts), so the two always agree.
// Amounts the ROI does not add but the reports show (value realised, opportunities, a usage's
// value per unit) are held to the same bound: past it the report showed another figure
// (12345678901234567 won as ₩12,345,678,901,234,568) or a bare dash, and nothing said why.
import type { Num, Outcome } from '../model';
import { heldExactly } from '../exact-money';
import { formatMoney, localeFor } from '../money';
import { tooLargeInRoi } from '../roi';
import { msg, type Rule, type RuleContext } from './types';

export const rule: Rule = {
  id: 'value-too-large',
  name: 'Amount too large to count',
  scope: 'value',
  defaultSeverity: 'error',
  description: {
    en: 'Amounts and the investment are small enough to count exactly; a larger one is left out of the ROI.',
    ko: '금액과 투자는 정확히 셀 수 있는 크기여야 합니다. 그보다 크면 ROI에서 빠집니다.',
  },
  check(o, ctx) {
    shownAmounts(o, ctx);
    const v = o.value;
    if (!v) return;
    const roi = ctx.roi();
    const { items, investment } = tooLargeInRoi(roi);
    if (!items.length && !investment) return;
    const max = maxAmount(ctx);
    const unit = 10 ** roi.minorDigits;
    for (const it of items) {
      const item = v.items[it.index];
      if (!item) continue;
      // One number: the finding sits on it; a product (hours × rate, a count × a price) on the item.
      const one = it.basis === 'amount' && it.count === undefined ? item.amount : undefined;
      // A number that fits by itself but takes the running total past the limit (two items of
      // 50 trillion dollars): the sum is what is too large, and the message says so.
      const fits = one && Number.isFinite(one.value) && Math.abs(one.value) * unit <= Number.MAX_SAFE_INTEGER;
      ctx.report({
        span: one?.span ?? item.span,
        message: fits
          ? msg(ctx, `With this amount the outcome's value items add up to more than can be counted exactly (at most ${max}), so the ROI leaves this item out (it counts as 0). Check the amounts for extra zeros or a misplaced decimal point.`, `이 금액을 더하면 성과의 가치 항목 합계가 정확히 셀 수 있는 크기(최대 ${max})를 넘으므로 ROI에서 이 항목을 뺍니다(0으로 계산). 금액에 0이 더 붙었거나 소수점이 잘못 찍히지 않았는지 확인하세요.`)
          : one
          ? msg(ctx, `This amount is too large to count exactly, so the ROI leaves the item out (it counts as 0): an outcome's value items can add up to at most ${max}. Check the number for extra zeros or a misplaced decimal point.`, `이 금액은 너무 커서 정확히 셀 수 없으므로 ROI에서 이 항목을 뺍니다(0으로 계산). 한 성과의 가치 항목 합계는 최대 ${max}입니다. 0이 더 붙었거나 소수점이 잘못 찍히지 않았는지 확인하세요.`)
          : msg(ctx, `This item's value is too large to count exactly, so the ROI leaves it out (it counts as 0): an outcome's value items can add up to at most ${max}. Check its numbers for extra zeros or a misplaced decimal point.`, `이 항목의 가치는 너무 커서 정확히 셀 수 없으므로 ROI에서 뺍니다(0으로 계산). 한 성과의 가치 항목 합계는 최대 ${max}입니다. 숫자에 0이 더 붙었거나 소수점이 잘못 찍히지 않았는지 확인하세요.`),
        data: { on: 'item' },
      });
    }
    if (investment && v.investment) {
      ctx.report({
        span: v.investment.span,
        message: msg(ctx, `This investment is too large to compute with exactly (at most ${max}), so no ROI, net value or payback is given. Check the number for extra zeros or a misplaced decimal point.`, `이 투자는 너무 커서 정확히 계산할 수 없으므로(최대 ${max}) ROI, 순가치, 투자 회수 기간을 계산하지 않습니다. 0이 더 붙었거나 소수점이 잘못 찍히지 않았는지 확인하세요.`),
        data: { on: 'investment' },
      });
    }
  },
};

/**
 * The most an outcome's value can hold, in its own currency: what to compare the number with.
 * In whole units: near 2^53 a double has no cents to show, and ".90" for ".91" would be wrong.
 */
function maxAmount(ctx: RuleContext): string {
  const roi = ctx.roi();
  const unit = 10 ** roi.minorDigits;
  return formatMoney(Math.floor(Number.MAX_SAFE_INTEGER / unit) * unit, roi.currency, localeFor(ctx.lang));
}

const SHOWN_IN = {
  realised: { en: 'the value realised by quarter', ko: '분기별 실현 가치' },
  opportunity: { en: 'the opportunities', ko: '기회 목록' },
  usage: { en: 'the usage table', ko: '사용량 표' },
};

/** Each realised amount, opportunity amount and usage value per unit too large to hold exactly, at the number. */
function shownAmounts(o: Outcome, ctx: RuleContext): void {
  const found: [Num, keyof typeof SHOWN_IN][] = [];
  const currency = () => ctx.roi().currency;
  for (const r of o.value?.realised ?? []) if (r.amount && !heldExactly(r.amount.value, currency())) found.push([r.amount, 'realised']);
  for (const op of o.opportunities ?? []) if (op.amount && !heldExactly(op.amount.value, currency())) found.push([op.amount, 'opportunity']);
  for (const u of o.usage ?? []) if (u.valuePerUnit && !heldExactly(u.valuePerUnit.value, currency())) found.push([u.valuePerUnit, 'usage']);
  if (!found.length) return;
  const max = maxAmount(ctx);
  for (const [n, on] of found) {
    const where = SHOWN_IN[on];
    ctx.report({
      span: n.span,
      message: msg(ctx, `This amount is too large to hold exactly (at most ${max}), so the reports leave it out of ${where.en} rather than show another figure. Check the number for extra zeros or a misplaced decimal point.`, `이 금액은 너무 커서 정확히 담을 수 없으므로(최대 ${max}) 보고서의 ${where.ko}에서 다른 수로 보이지 않도록 뺍니다. 0이 더 붙었거나 소수점이 잘못 찍히지 않았는지 확인하세요.`),
      data: { on },
    });
  }
}
