// Value items written as labelled bullets in a Markdown template's Value Proposition, so a
// Markdown outcome gets the same ROI as a YAML one:
//   - **Hard Savings**: 54,000 USD: what the figure rests on (validated)
//   - **Soft Savings**: 750 hours × 38 USD: ...        (hours × rate; Opportunity Cost alike)
//   - **Risk Avoidance**: 20% × 1,500,000 USD: ...    (probability × impact)
//   - **Revenue Impact**: 120,000 USD: ...
//   - **Investment**: 90,000 USD
// The currency is the ISO code or symbol next to an amount ($ USD, € EUR, £ GBP, ₩ or 원 KRW).
// "(validated)" or "고객 검증 완료" marks an item the customer confirmed. The assumption is
// the text after the numbers.
import type { Num, Text, ValueBlock, ValueItem, ValueType } from '../model';
import { extractQuantities, type Quantity } from '../text/quantity';
import type { Field } from './markdown-labels';

const TYPE_OF: Partial<Record<Field, ValueType>> = {
  hardSavings: 'hard-savings',
  softSavings: 'soft-savings',
  revenueImpact: 'revenue-impact',
  riskAvoidance: 'risk-avoidance',
  opportunityCost: 'opportunity-cost',
};
export const VALUE_FIELDS = Object.keys(TYPE_OF) as Field[];

const CODE = /\b(USD|EUR|GBP|KRW|JPY|CNY|AUD|CAD|SGD|INR)\b/;
const SYMBOL: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '₩': 'KRW', '원': 'KRW', '달러': 'USD', '¥': 'JPY' };
const VALIDATED = /\((?:validated|confirmed|고객\s*검증\s*완료|검증)[^)]*\)|validated by the customer|고객\s*검증\s*완료/i;

export function currencyIn(text: string): string | undefined {
  const code = CODE.exec(text)?.[1];
  if (code) return code;
  for (const q of extractQuantities(text)) if (q.unit && SYMBOL[q.unit]) return SYMBOL[q.unit];
  return undefined;
}

/** The numbers written in digits: money is never "a quarter" or "half" ("about a quarter of the budget"). */
function amounts(text: string): Quantity[] {
  return extractQuantities(text).filter((q) => /\d/.test(text.slice(q.start, q.end)));
}

const num = (t: Text, q: Quantity, scale = 1): Num => ({ value: q.value * scale, span: { start: t.span.start + q.start, end: t.span.start + q.end } });

function item(field: Field, t: Text, span: { start: number; end: number }): ValueItem {
  const type = TYPE_OF[field]!;
  const qs = amounts(t.value).filter((q) => q.unit !== 'x' && q.unit !== 'times');
  const it: ValueItem = { span, type: { value: type, span: t.span } };
  const hours = qs.find((q) => /^(hours?|hrs?|h|시간)$/i.test(q.unit ?? ''));
  const pct = qs.find((q) => q.unit === '%');
  let last = 0;
  if ((type === 'soft-savings' || type === 'opportunity-cost') && hours) {
    const rate = qs.find((q) => q.start > hours.start);
    it.hours = num(t, hours);
    if (rate) it.rate = num(t, rate);
    last = (rate ?? hours).end;
  } else if (type === 'risk-avoidance' && pct) {
    const impact = qs.find((q) => q !== pct);
    it.probability = num(t, pct, 0.01);
    if (impact) it.impact = num(t, impact);
    last = Math.max(pct.end, impact?.end ?? 0);
  } else if (qs[0]) {
    it.amount = num(t, qs[0]);
    last = qs[0].end;
  }
  const rest = t.value.slice(last).replace(/^\s*(USD|EUR|GBP|KRW|JPY|CNY|AUD|CAD|SGD|INR)\b/, '').replace(VALIDATED, '').replace(/^[\s:：,;—–-]+/, '').trim();
  if (rest) {
    const at = t.value.indexOf(rest);
    it.assumption = { value: rest, span: at >= 0 ? { start: t.span.start + at, end: t.span.start + at + rest.length } : t.span };
  }
  if (VALIDATED.test(t.value)) it.validated = true;
  return it;
}

/**
 * Adds the labelled value items and the investment to a Markdown outcome's value block.
 * `spanOf` gives the whole bullet of a labelled value, for findings about the item.
 */
export function readValueLabels(fields: Partial<Record<Field, Text[]>>, value: ValueBlock, spanOf: (t: Text) => { start: number; end: number }): void {
  const texts: Text[] = [];
  for (const f of VALUE_FIELDS) {
    for (const t of fields[f] ?? []) {
      if (!t.value) continue;
      value.items.push(item(f, t, spanOf(t)));
      texts.push(t);
    }
  }
  value.items.sort((a, b) => a.span.start - b.span.start);
  const inv = fields.investment?.find((t) => t.value);
  if (inv) {
    const q = amounts(inv.value)[0];
    if (q) value.investment = num(inv, q);
    else value.investmentText = inv;
    texts.push(inv);
  }
  if (!value.currency) {
    for (const t of texts) {
      const c = currencyIn(t.value);
      if (c) {
        value.currency = { value: c, span: t.span };
        break;
      }
    }
  }
}
