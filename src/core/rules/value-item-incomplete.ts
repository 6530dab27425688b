// An item the ROI cannot value counts as 0 there, and nothing else would say so: a risk
// avoided, written as an amount, would quietly add nothing to the value it was meant to carry.
// What is missing comes from the ROI's own valuation (../roi.ts), so the two always agree.
// A Markdown item priced in another currency than the outcome's counts as 0 too, and is named here.
import type { Lang } from '../finding';
import type { ValueItem, ValueType } from '../model';
import { formatMoney, formatNumber, formatUnitPrice, localeFor, toMinor } from '../money';
import { displayLabel, FIELD_OF_TYPE } from '../parse/markdown-labels';
import { REPORT_WORDS } from '../report-words';
import { missingNumbers, TYPE_BASES, unreadNumbers, type ItemBasis, type ValueNumber } from '../roi';
import { josa } from '../text/josa';
import { spanWords } from './span-words';
import { msg, type Rule, type RuleContext } from './types';


/** How a basis multiplies, in words. */
const FORMULA: Record<Lang, Record<ItemBasis, string>> = {
  en: { amount: 'its amount', 'hours-x-rate': 'hours × rate', 'probability-x-impact': 'probability × impact' },
  ko: { amount: '금액', 'hours-x-rate': '시간 × 단가', 'probability-x-impact': '확률 × 영향' },
};

/** A Markdown plan has no keys: each number is named, and each basis shown as it is written. */
const MD_NUMBER: Record<Lang, Record<ValueNumber, string>> = {
  en: { amount: 'an amount', hours: 'hours', rate: 'a rate per hour', probability: 'a probability in %', impact: 'an impact in money' },
  ko: { amount: '금액', hours: '시간', rate: '시간당 단가', probability: '확률(%)', impact: '영향 금액' },
};
const MD_EXAMPLE: Record<Lang, Record<ItemBasis, string>> = {
  en: { amount: '54,000 USD', 'hours-x-rate': '750 hours × 38 USD', 'probability-x-impact': '20% × 1,500,000 USD' },
  ko: { amount: '5,400만 원', 'hours-x-rate': '750시간 × 5만 원', 'probability-x-impact': '20% × 15억 원' },
};

/** A Markdown line whose only figure counts people or things: the count, and what to write with it for its type. */
function countMessage(ctx: RuleContext, type: ValueType, count: string): string {
  const typeName = displayLabel(FIELD_OF_TYPE[type], ctx.lang);
  if (TYPE_BASES[type][0] === 'hours-x-rate') {
    return msg(
      ctx,
      `This ${typeName} line counts "${count}" with no price: it counts as 0 in the ROI until it writes their hours and the value of an hour, e.g. "${count} × 200 hours × 38 USD".`,
      `이 ${typeName} 줄의 "${count}"에는 금액이 없어, 시간과 시간당 단가를 적기 전까지는 ROI에서 0으로 계산됩니다(예: "${count} × 200시간 × 5만 원").`,
    );
  }
  return msg(
    ctx,
    `This ${typeName} line counts "${count}" with no price: it counts as 0 in the ROI until it writes what they are worth, e.g. "${count} × 80,000 USD".`,
    `이 ${typeName} 줄의 "${count}"에는 금액이 없어, 금액을 적기 전까지는 ROI에서 0으로 계산됩니다(예: "${count} × 8,000만 원").`,
  );
}

function message(ctx: RuleContext, type: ValueType, item: ValueItem, md: boolean): string {
  const lang = ctx.lang;
  // "3 analysts": no number of the type is there, and the count is what to build on.
  if (md && item.unpricedCount && type !== 'risk-avoidance') return countMessage(ctx, type, item.unpricedCount.value);
  const ko = lang === 'ko';
  const typeName = md ? displayLabel(FIELD_OF_TYPE[type], lang) : ko ? REPORT_WORDS.ko.types[type] : type;
  const name = !md && ko ? `${typeName}(${type})` : typeName;
  const key = (k: ValueNumber) => (md ? MD_NUMBER[lang][k] : `\`${k}\``);
  const and = (ks: ValueNumber[]) => ks.map(key).join(ko ? ', ' : ' and ');
  const missing = missingNumbers(type, item);
  const needs = missing.map((m) => and(m.missing)).join(ko ? ' 또는 ' : ', or ');
  const examples = md ? ` (${msg(ctx, 'e.g.', '예:')} ${missing.map((m) => `"${MD_EXAMPLE[lang][m.basis]}"`).join(ko ? ' 또는 ' : ' or ')})` : '';
  const formula = TYPE_BASES[type].map((b) => FORMULA[lang][b]).join(ko ? ', 없으면 ' : ', else ');
  const unread = unreadNumbers(type, item);
  if (ko) {
    const lack = md ? `이 ${name} 줄에는 ${needs}${josa(needs, '이')}` : `이 ${name} 항목은 ${needs} 값이`;
    const head = `${lack} 없어서, 적기 전까지는 ROI에서 0으로 계산됩니다.`;
    const how = `${typeName}${josa(typeName, '은')} ${formula}${josa(formula, '으로')} 계산합니다${examples.trimStart()}.`;
    return unread.length ? `${head} 적힌 ${and(unread)}${md ? josa(and(unread), '은') : ' 값은'} 읽지 않습니다. ${how}` : `${head} ${how}`;
  }
  const head = `This ${name} ${md ? 'line' : 'item'} counts as 0 in the ROI until it has ${needs}${examples}`;
  const how = `${typeName} is valued as ${formula}.`;
  if (!unread.length) return `${head}: ${how}`;
  // In a Markdown line the number is named bare ("Its amount"), not with its article.
  const unreadWords = md ? unread.join(' and ') : and(unread);
  return `${head}. Its ${unreadWords} ${unread.length === 1 ? 'is' : 'are'} not read: ${how}`;
}

/** An item priced in another currency than the outcome's (a Markdown line): named with both. */
function currencyMessage(ctx: RuleContext, type: ValueType, item: ValueItem, outcomeCurrency: string): string {
  const typeName = displayLabel(FIELD_OF_TYPE[type], ctx.lang);
  const c = item.otherCurrency?.value ?? '';
  return msg(
    ctx,
    `This ${typeName} line is in ${c} and the outcome's value in ${outcomeCurrency}: it counts as 0 in the ROI until it is written in ${outcomeCurrency}, since an outcome is counted in one currency (there are no exchange rates here).`,
    `이 ${typeName} 줄은 ${c}, 성과의 가치는 ${outcomeCurrency}입니다. 한 성과는 한 통화로 세므로(환율은 쓰지 않습니다), ${outcomeCurrency}${josa(outcomeCurrency, '으로')} 적기 전까지는 ROI에서 0으로 계산됩니다.`,
  );
}

/** A line whose written product is not its factors': both figures named, and the product worked out, as money. */
function totalMessage(ctx: RuleContext, type: ValueType, factors: number[], item: ValueItem): string {
  const typeName = displayLabel(FIELD_OF_TYPE[type], ctx.lang);
  const currency = ctx.roi().currency;
  const locale = localeFor(ctx.lang);
  // A figure too large for minor units is shown as a plain number rather than not at all.
  const money = (x: number) => {
    try {
      return formatMoney(toMinor(x, currency), currency, locale);
    } catch {
      return formatNumber(x, locale);
    }
  };
  // [amount, count], [hours, rate, count] or [probability, impact]: the count, if any, is written first.
  const amount = factors.length === 2 && item.count !== undefined && item.amount !== undefined;
  const [x, y] = amount ? [factors[1]!, factors[0]!] : [factors[0]!, factors[1]!];
  // A probability is read as a fraction and written as a share; a rate may be finer than a cent.
  const a = type === 'risk-avoidance' ? `${formatNumber(x * 100, locale)}%` : formatNumber(x, locale);
  const b = type === 'risk-avoidance' ? money(y) : formatUnitPrice(y, currency, locale);
  const count = !amount && factors.length > 2 ? `${formatNumber(factors[2]!, locale)} × ` : '';
  const product = money(factors.reduce((p, f) => p * f, 1));
  const total = money(item.writtenTotal?.value ?? 0);
  return msg(
    ctx,
    `This ${typeName} line writes ${total} as its total, but ${count}${a} × ${b} is ${product}: it counts as 0 in the ROI until the figures agree, since either one may be the value meant.`,
    `이 ${typeName} 줄의 합계는 ${total}인데 ${count}${a} × ${b}${josa(b, '은')} ${product}입니다. 어느 쪽이 맞는지 알 수 없으므로, 숫자가 맞기 전까지는 ROI에서 0으로 계산됩니다.`,
  );
}

/** A line multiplied by a number of years: a value item is a year's, the investment the whole period's cost. */
function yearsMessage(ctx: RuleContext, type: ValueType, item: ValueItem): string {
  const typeName = displayLabel(FIELD_OF_TYPE[type], ctx.lang);
  const n = formatNumber(item.years?.value ?? 0, localeFor(ctx.lang));
  if (item.yearsOver) {
    return msg(
      ctx,
      `This ${typeName} line is written over ${n} years: it counts as 0 in the ROI until it writes one year's value, since every value item is counted for a year (the investment is the cost over the whole period).`,
      `이 ${typeName} 줄은 ${n}년 동안의 숫자입니다. 가치 항목은 모두 1년 가치로 세므로(투자는 기간 전체의 비용), 1년 가치로 적기 전까지는 ROI에서 0으로 계산됩니다.`,
    );
  }
  return msg(
    ctx,
    `This ${typeName} line is multiplied by ${n} years: it counts as 0 in the ROI until it writes one year's value, since every value item is counted for a year (the investment is the cost over the whole period).`,
    `이 ${typeName} 줄은 ${n}년을 곱합니다. 가치 항목은 모두 1년 가치로 세므로(투자는 기간 전체의 비용), 1년 가치로 적기 전까지는 ROI에서 0으로 계산됩니다.`,
  );
}

/** A line multiplied by minutes it cannot make hours of, or by a span against another period: the factor named, and what would let it count. */
function unreadMessage(ctx: RuleContext, type: ValueType, item: ValueItem): string {
  const typeName = displayLabel(FIELD_OF_TYPE[type], ctx.lang);
  const factor = item.unreadFactor?.value ?? '';
  const units = item.unreadUnits;
  if (units) {
    const w = spanWords(ctx.lang, units.span, units.per);
    return msg(
      ctx,
      `This ${typeName} line multiplies a figure ${w.per} by "${factor}": ${w.why}. It counts as 0 in the ROI until ${w.fix}.`,
      `이 ${typeName} 줄은 ${w.per} 숫자에 ${factor}${josa(factor, '을')} 곱하는데, ${w.why}. ${w.fix} 전까지는 ROI에서 0으로 계산됩니다.`,
    );
  }
  return msg(
    ctx,
    `This ${typeName} line multiplies by "${factor}", which the ROI cannot use: minutes count as hours only against a rate per hour ("$40/hour"). It counts as 0 in the ROI until the time is written in hours or the rate is written per hour.`,
    `이 ${typeName} 줄은 ${factor}${josa(factor, '을')} 곱하는데, ROI는 이 숫자를 쓸 수 없습니다. 분은 시간당 단가("시간당 5만 원")가 있을 때만 시간으로 셉니다. 시간으로 적거나 단가를 시간당으로 적기 전까지는 ROI에서 0으로 계산됩니다.`,
  );
}

/** An amount added to an hours × rate or probability × impact line: the product is the type's value, the rest goes on a line of its own. */
function addedMessage(ctx: RuleContext, type: ValueType, item: ValueItem): string {
  const typeName = displayLabel(FIELD_OF_TYPE[type], ctx.lang);
  const added = item.addedTerm?.value ?? '';
  const risk = type === 'risk-avoidance';
  return msg(
    ctx,
    `This ${typeName} line adds "${added}" to its product: ${/^[AEIOU]/i.test(typeName) ? 'an' : 'a'} ${typeName} value is ${risk ? 'probability × impact' : 'hours × rate'} alone, so the line counts as 0 in the ROI until the added amount is on a line of its own (a Hard Savings line, say).`,
    `이 ${typeName} 줄은 곱에 ${added}${josa(added, '을')} 더합니다. ${typeName} 가치는 ${risk ? '확률 × 영향' : '시간 × 단가'}만으로 세므로, 더한 금액을 다른 줄(예: 직접 비용 절감)로 옮기기 전까지는 ROI에서 0으로 계산됩니다.`,
  );
}

/** A share of change not joined to the line's money: both named, and the two ways to write what is meant. */
function shareMessage(ctx: RuleContext, type: ValueType, item: ValueItem): string {
  const typeName = displayLabel(FIELD_OF_TYPE[type], ctx.lang);
  const share = item.unjoinedShare?.share.value ?? '';
  const money = item.unjoinedShare?.money ?? '';
  const pct = /^[\d.,]+\s?[%％]/.exec(share)?.[0] ?? share;
  return msg(
    ctx,
    `This ${typeName} line has a share, "${share}", that is not joined to its money (${money}): it counts as 0 in the ROI until the line says which is the value: "${pct} of ${money}" for the share of it, or the value alone with the share after ":" as its reason.`,
    `이 ${typeName} 줄의 "${share}" 비율은 금액(${money})과 이어져 있지 않아 어느 쪽이 가치인지 알 수 없으므로 ROI에서 0으로 계산됩니다. 비율만큼이 가치라면 "${money}의 ${pct}"처럼, 금액이 가치라면 비율을 ":" 뒤에 근거로 적으세요.`,
  );
}

/** A figure written as a ceiling or a change: named, with what to write instead. */
function boundMessage(ctx: RuleContext, type: ValueType, item: ValueItem): string {
  const typeName = displayLabel(FIELD_OF_TYPE[type], ctx.lang);
  const b = item.bound;
  const words = b?.words.value ?? '';
  if (b?.kind === 'change') {
    return msg(
      ctx,
      `This ${typeName} line gives a change, "${words}", not its value: it counts as 0 in the ROI until it writes the value itself (the difference, if that is the value, or a range as "${b.low}–${b.high}", read at its low end).`,
      `이 ${typeName} 줄의 "${words}" 표현은 가치가 아니라 변화라서 ROI에서 0으로 계산됩니다. 차이가 가치라면 그 차이를, 범위라면 "${b.low}~${b.high}"처럼 적으세요(범위는 낮은 쪽을 읽습니다).`,
    );
  }
  return msg(
    ctx,
    `This ${typeName} line gives a ceiling, "${words}", not the value it expects: it counts as 0 in the ROI until it writes that value (a range is read at its low end, e.g. "$60,000–$100,000").`,
    `이 ${typeName} 줄의 "${words}" 금액은 기대하는 가치가 아니라 상한이라서 ROI에서 0으로 계산됩니다. 기대하는 가치를 적으세요(범위는 낮은 쪽을 읽습니다. 예: "6,000만~1억 원").`,
  );
}

export const rule: Rule = {
  id: 'value-item-incomplete',
  name: 'Value item the ROI cannot value',
  scope: 'value',
  defaultSeverity: 'warning',
  description: {
    en: 'Every value item has the numbers its type is valued from (hours × rate, probability × impact, an amount), in the outcome\'s currency; otherwise it counts as 0.',
    ko: '모든 가치 항목에는 그 유형을 계산하는 숫자(시간 × 단가, 확률 × 영향, 금액)가 성과의 통화로 있어야 합니다. 아니면 0으로 계산됩니다.',
  },
  check(o, ctx) {
    if (!o.value) return;
    const md = o.source === 'md-template';
    for (const v of ctx.roi().items) {
      const item = o.value.items[v.index];
      if (!v.type || !item) continue;
      if (v.problem === 'missing-numbers') ctx.report({ span: item.span, message: message(ctx, v.type, item, md), data: { type: v.type } });
      else if (v.problem === 'total-mismatch') ctx.report({ span: item.span, message: totalMessage(ctx, v.type, v.factors, item), data: { type: v.type } });
      else if (v.problem === 'added-term') ctx.report({ span: item.addedTerm?.span ?? item.span, message: addedMessage(ctx, v.type, item), data: { type: v.type } });
      else if (v.problem === 'unread-factor') ctx.report({ span: item.unreadFactor?.span ?? item.span, message: unreadMessage(ctx, v.type, item), data: { type: v.type } });
      else if (v.problem === 'share-not-joined') ctx.report({ span: item.unjoinedShare?.share.span ?? item.span, message: shareMessage(ctx, v.type, item), data: { type: v.type } });
      else if (v.problem === 'bound') ctx.report({ span: item.bound?.words.span ?? item.span, message: boundMessage(ctx, v.type, item), data: { type: v.type } });
      else if (v.problem === 'years-factor') ctx.report({ span: item.years?.span ?? item.span, message: yearsMessage(ctx, v.type, item), data: { type: v.type } });
      else if (v.problem === 'other-currency') ctx.report({ span: item.span, message: currencyMessage(ctx, v.type, item, o.value.currency?.value ?? ''), data: { type: v.type } });
    }
  },
};
