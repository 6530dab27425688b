// ROI divides by the cost. Value without an investment reads as a return on nothing, so the
// cost has to be stated (or shown to be zero on purpose) before any ROI is quoted.
import type { Fix, Lang } from '../finding';
import type { InvestmentUnread, Outcome, Span } from '../model';
import { formatNumber, localeFor } from '../money';
import { josa } from '../text/josa';
import { displayLabel, displaySection } from '../parse/markdown-labels';
import { writesKorean } from './fix-snippets';
import { spanWords } from './span-words';
import { msg, type Rule, type RuleContext } from './types';

export const rule: Rule = {
  id: 'value-no-investment',
  name: 'Value without investment',
  scope: 'value',
  defaultSeverity: 'warning',
  description: {
    en: 'An outcome that claims value also states the investment (total cost) it is measured against.',
    ko: '가치를 주장하는 성과에는 비교 기준이 되는 투자(총비용)가 있어야 합니다.',
  },
  check(o, ctx) {
    const v = o.value;
    if (!v || v.items.length === 0) return;
    // An investment written but not counted: said on its line.
    const onInvestment = (span: Span, en: string, ko: string) => ctx.report({ span, message: msg(ctx, en, ko), data: { on: 'investment' } });
    const inv = v.investment;
    // A stated investment of any size (1e309 reads as Infinity): too large is value-too-large's.
    if (inv && !Number.isNaN(inv.value)) {
      if (inv.value > 0) return;
      // "-$10,000" on a plan's line, `investment: -10000`: the ROI leaves it out (negative-investment).
      if (inv.value < 0) {
        // In YAML the schema's "must be at least 0" is already at this figure: one finding per spot.
        if (o.source === 'yaml') return;
        ctx.report({ span: inv.span, message: negativeMessage(ctx.lang, inv.value), data: { on: 'investment' } });
        return;
      }
      ctx.report({
        span: inv.span,
        message: msg(
          ctx,
          `The investment is ${inv.value}: no ROI can be computed. Write the total cost over the period the value is counted for (people, licences, services).`,
          `투자가 ${inv.value}${josa(String(inv.value), '이라')} ROI를 계산할 수 없습니다. 가치를 세는 기간 동안의 총비용(인력, 라이선스, 서비스)을 적으세요.`,
        ),
      });
      return;
    }
    // Written in another currency than the value (a Markdown plan): no ROI without exchange rates.
    if (v.investmentCurrency) {
      const inv = v.investmentCurrency.value;
      const val = v.currency?.value ?? '';
      ctx.report({
        span: v.investmentCurrency.span,
        message: msg(
          ctx,
          `The investment is in ${inv} and the value in ${val}: an outcome is counted in one currency, so no ROI is computed. Write the investment in ${val}.`,
          `투자는 ${inv}, 가치는 ${val}입니다. 한 성과는 한 통화로 세므로 ROI를 계산하지 않습니다. 투자를 ${val}${josa(val, '으로')} 적으세요.`,
        ),
        data: { on: 'investment' },
      });
      return;
    }
    // Multiplied by a factor it cannot use ("× 90 minutes" with no cost per hour, "$1,000/week × 30 days"): named at it.
    if (v.investmentUnread) {
      ctx.report({ span: v.investmentUnread.factor.span, message: unreadMessage(ctx.lang, v.investmentUnread), data: { on: 'investment' } });
      return;
    }
    // A cost a month with no span is no total: "$20,000/month" counted as the whole cost overstated the ROI.
    if (v.investmentMonthly) {
      onInvestment(v.investmentMonthly.span, 'The investment is written for a month or a week with no span: write the whole cost, or the months it runs (e.g. "$20,000/month × 6 months"), so ROI and payback can be computed.', '투자가 기간 없이 월·주 단위로 적혀 있습니다. ROI와 투자 회수 기간을 계산할 수 있도록 총비용이나 기간을 적으세요(예: "월 2,000만 원 × 6개월").');
      return;
    }
    // "at least $60,000", "from $60,000 to $80,000": no whole cost, and the cost's conservative reading not written.
    if (v.investmentBound) {
      ctx.report({ span: v.investmentBound.words.span, message: boundMessage(ctx.lang, v.investmentBound), data: { on: 'investment' } });
      return;
    }
    // "$60,000 one-off and $2,000/month support": the first year's cost is not read from it.
    if (v.investmentRunning) {
      ctx.report({ span: v.investmentRunning.span, message: runningMessage(ctx.lang, v.investmentRunning.value), data: { on: 'investment' } });
      return;
    }
    // "2 developers": people or things with no price, which was an investment of 2.
    if (v.investmentCount) {
      ctx.report({ span: v.investmentCount.span, message: countMessage(ctx.lang, v.investmentCount.value), data: { on: 'investment' } });
      return;
    }
    // Written, but with no number ("Investment: about a quarter's budget", or a template prompt,
    // which no-placeholder already names on the same spot).
    if (v.investmentText) {
      onInvestment(v.investmentText.span, 'The investment has no amount of money: write the total cost with its currency (e.g. "60,000 USD"), so ROI and payback can be computed.', '투자에 금액이 없습니다. ROI와 투자 회수 기간을 계산할 수 있도록 총비용을 통화와 함께 적으세요(예: "8,000만 원").');
      return;
    }
    const fix = investmentFix(o, msg(ctx, 'Insert the investment', '투자 추가'));
    ctx.report({
      span: inv?.span ?? v.span,
      message: o.source === 'md-template' ? markdownMessage(o, ctx) : msg(
        ctx,
        'Value is claimed but no investment is given: add `investment:` with the total cost, so ROI and payback can be computed.',
        '가치는 있지만 투자가 없습니다. ROI와 투자 회수 기간을 계산할 수 있도록 `investment:`에 총비용을 적으세요.',
      ),
      ...(fix ? { fix } : {}),
    });
  },
};

/** The investment's factor it cannot use, named, with what would let it count (shared with the guided flow's investment step). */
export function unreadMessage(lang: Lang, unread: InvestmentUnread): string {
  const factor = unread.factor.value;
  const ko = lang === 'ko';
  if (unread.units) {
    const w = spanWords(lang, unread.units.span, unread.units.per);
    return ko
      ? `투자는 ${w.per} 비용에 ${factor}${josa(factor, '을')} 곱하는데, ${w.why}. ${w.fix} 전까지는(또는 총비용을 적기 전까지는) 투자로 세지 않아 ROI와 투자 회수 기간을 계산하지 않습니다.`
      : `The investment multiplies a cost ${w.per} by "${factor}": ${w.why}. It is not counted, and no ROI or payback is computed, until ${w.fix} (or the whole cost is written).`;
  }
  return ko
    ? `투자는 ${factor}${josa(factor, '을')} 곱하는데, 이 숫자는 셀 수 없습니다. 분은 시간당 비용("시간당 20만 원")이 있을 때만 시간으로 셉니다. ROI와 투자 회수 기간을 계산할 수 있도록 총비용을 적거나 시간을 시간 단위로 적으세요.`
    : `The investment multiplies by "${factor}", which cannot be counted: minutes count as hours only against a cost per hour ("$200/hour"). Write the whole cost, or the time in hours, so ROI and payback can be computed.`;
}

/** An investment below zero, which no cost is (shared with the guided flow's investment step). */
export function negativeMessage(lang: Lang, value: number): string {
  const n = formatNumber(value, localeFor(lang));
  return lang === 'ko'
    ? `투자가 ${n}${josa(n, '으로')} 0보다 작습니다. 투자는 비용이므로 음수일 수 없어 ROI와 투자 회수 기간을 계산하지 않습니다. 총비용을 양수로 적고, 절감이나 수익은 가치 줄에 적으세요.`
    : `The investment is ${n}, below zero: an investment is a cost and cannot be negative, so it is not counted and no ROI or payback is computed. Write the whole cost as a positive amount; a saving or a gain goes on a value line.`;
}

/** An investment written as a floor or a change, not the whole cost (shared with the guided flow's investment step). */
export function boundMessage(lang: Lang, b: { kind: 'floor' | 'change'; words: { value: string }; low?: string; high?: string }): string {
  const w = b.words.value;
  if (b.kind === 'change') {
    return lang === 'ko'
      ? `투자가 "${w}"처럼 변화로 적혀 있어 총비용이 아닙니다. ROI와 투자 회수 기간을 계산할 수 있도록 비용 자체를 적으세요(범위는 "${b.low}~${b.high}"처럼 적으면 높은 쪽을 읽습니다).`
      : `The investment is written as a change, "${w}", not the whole cost: write the cost itself (a range as "${b.low}–${b.high}", read at its high end), so ROI and payback can be computed.`;
  }
  return lang === 'ko'
    ? `투자가 "${w}"처럼 하한으로 적혀 있어 총비용이 아닙니다. ROI와 투자 회수 기간을 계산할 수 있도록 비용 자체를 적으세요(범위는 높은 쪽을 읽습니다. 예: "5,000만~8,000만 원").`
    : `The investment is written as a floor, "${w}", not the whole cost: write the cost itself (a range is read at its high end, e.g. "$60,000–$80,000"), so ROI and payback can be computed.`;
}

/**
 * A running cost beside a one-off cost that the first year's cost cannot be read from (one for a
 * month, one multiplied, one that starts later or lasts years), named (shared with the guided flow).
 */
export function runningMessage(lang: Lang, words: string): string {
  return lang === 'ko'
    ? `투자의 "${words}" 부분은 다른 비용에 더하는 유지비인데, 첫해에 드는 금액을 읽을 수 없습니다. ROI와 투자 회수 기간을 계산할 수 있도록 첫해 총비용(일회성 비용 + 1년 치 유지비)을 적거나 유지비를 "연간"을 붙인 1년 금액으로 적으세요.`
    : `The investment adds a running cost, "${words}", to its other costs, and the first year's share of it cannot be read: write the first year's whole cost (the one-off cost and a year of the running cost), or the running cost as a year's, written "/year", so ROI and payback can be computed.`;
}

/** An investment that counts people or things with no price: the count times what to add (shared with the guided flow's investment step). */
export function countMessage(lang: Lang, count: string): string {
  return lang === 'ko'
    ? `투자에 "${count}"만 있고 금액이 없습니다. ROI와 투자 회수 기간을 계산할 수 있도록 ${count} × 기간 동안의 비용을 적으세요(예: "${count} × 월 1,000만 원 × 6개월").`
    : `The investment counts "${count}" with no price: write ${count} × their cost for the period (e.g. "${count} × $12,000/month × 6 months"), so ROI and payback can be computed.`;
}

/**
 * A Markdown plan has no `investment:` key: it names the line to write, with the label in the
 * plan's own language (what the reader types), in the message's language around it.
 */
function markdownMessage(o: Outcome, ctx: RuleContext): string {
  const lang = writesKorean(o) ? 'ko' : 'en';
  const line = `- **${displayLabel('investment', lang)}**:`;
  const section = displaySection('value', lang);
  return msg(
    ctx,
    `Value is claimed but no investment is given: add a "${line}" line under ${section} with the total cost and its currency (e.g. "60,000 USD"), so ROI and payback can be computed.`,
    `가치는 있지만 투자가 없습니다. ROI와 투자 회수 기간을 계산할 수 있도록 ${section}에 "${line}" 줄을 넣고 총비용을 통화와 함께 적으세요(예: "8,000만 원").`,
  );
}

/** `investment: 0` as the value block's next key, in its own layout (block or flow). */
function investmentFix(o: Outcome, title: string): Fix | undefined {
  const at = o.insertAt.value;
  if (!at) return undefined;
  const body = 'investment: ${1:0}';
  return { kind: 'insert', offset: at.offset, snippet: at.flow ? `, ${body}` : `\n${at.indent}${body}`, title };
}
