// A money line is read from its first 2,000 characters only (text/money-text.ts: a megabyte on
// one Investment line took 55 s to lint). The cost or value read from that start may not be the
// one the whole line gives, so the ROI it makes is never silent: the line is named, with the
// field, its length and the limit.
import { VALUE_TYPES, type Outcome, type ValueItem, type ValueType } from '../model';
import { formatNumber, localeFor } from '../money';
import { displayLabel, FIELD_OF_TYPE } from '../parse/markdown-labels';
import { josa } from '../text/josa';
import { MAX_MONEY_TEXT } from '../text/money-text';
import { writesKorean } from './fix-snippets';
import { msg, type Rule, type RuleContext } from './types';

/** A plan's line too long to read whole, named by its label as the plan writes it (`label`). */
function lineMessage(ctx: RuleContext, label: string, length: number): string {
  const n = (x: number) => formatNumber(x, localeFor(ctx.lang), 0);
  return msg(
    ctx,
    `This "${label}" line is ${n(length)} characters long, and only its first ${n(MAX_MONEY_TEXT)} were read for the amount: the rest was not read, so the ROI counts only what that start says. Keep the figures and their reason within ${n(MAX_MONEY_TEXT)} characters.`,
    `이 "${label}" 줄은 ${n(length)}자인데, 금액은 앞 ${n(MAX_MONEY_TEXT)}자에서만 읽고 나머지는 읽지 않았습니다. ROI는 그 앞부분에 적힌 것만 셉니다. 숫자와 근거를 ${n(MAX_MONEY_TEXT)}자 안에 적으세요.`,
  );
}

/** A YAML item's assumption too long to read whole for the period of its amount. */
function assumptionMessage(ctx: RuleContext, length: number): string {
  const n = (x: number) => formatNumber(x, localeFor(ctx.lang), 0);
  return msg(
    ctx,
    `This \`assumption\` is ${n(length)} characters long, and only its first ${n(MAX_MONEY_TEXT)} were read for the period of the amount ("per month", "a year"): the rest was not read. Keep it within ${n(MAX_MONEY_TEXT)} characters.`,
    `이 \`assumption\`${josa('assumption', '은')} ${n(length)}자인데, 금액의 기간("월", "연간")은 앞 ${n(MAX_MONEY_TEXT)}자에서만 읽고 나머지는 읽지 않았습니다. ${n(MAX_MONEY_TEXT)}자 안에 적으세요.`,
  );
}

/** The label of a plan's value line, in the plan's own language (what the reader finds in it). */
function labelOf(o: Outcome, item: ValueItem): string {
  const type = item.type?.value ?? '';
  return (VALUE_TYPES as readonly string[]).includes(type) ? displayLabel(FIELD_OF_TYPE[type as ValueType], writesKorean(o) ? 'ko' : 'en') : type;
}

export const rule: Rule = {
  id: 'value-text-too-long',
  name: 'Money text too long to read whole',
  scope: 'value',
  defaultSeverity: 'warning',
  description: {
    en: 'An Investment or value line, or a YAML value item\'s assumption, is read for its figures from its first 2,000 characters only; a longer one is named.',
    ko: '투자나 가치 줄, YAML 가치 항목의 assumption은 앞 2,000자에서만 숫자를 읽습니다. 더 길면 알려 줍니다.',
  },
  check(o, ctx) {
    const v = o.value;
    if (!v) return;
    for (const item of v.items) {
      if (item.cut) ctx.report({ span: item.cut.span, message: lineMessage(ctx, labelOf(o, item), item.cut.length) });
      // A YAML assumption is read for the period of the amount or the hours (value-period-mismatch).
      const a = item.assumption;
      if (o.source !== 'md-template' && a && a.value.length > MAX_MONEY_TEXT && (item.amount || item.hours)) ctx.report({ span: a.span, message: assumptionMessage(ctx, a.value.length) });
    }
    if (v.investmentCut) ctx.report({ span: v.investmentCut.span, message: lineMessage(ctx, displayLabel('investment', writesKorean(o) ? 'ko' : 'en'), v.investmentCut.length) });
  },
};
