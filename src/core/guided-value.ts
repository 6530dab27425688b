// The guided flow's value answer, read the way the ROI values each type: "hard-savings 80000:
// …" is an amount; "soft-savings 1200 × 45: …" hours × rate; "risk-avoidance 10% × 1000000:
// …" probability × impact. A risk-avoidance answer with one number used to be written as an
// `amount`, which its type does not read, so the flow made an item that counted as zero.
import { formatNumber } from './money';
import { VALUE_TYPES, type ValueType } from './model';
import { labelNames, type Field } from './parse/markdown-labels';
import { currencyAt, currencyLead, moneyQuantities, reasonAfter } from './text/currency';
import { koreanAmounts } from './text/korean-amount';

export interface ValueAnswer {
  type?: ValueType;
  /** The one number of an amount. */
  amount?: number;
  /** The amount was written as a share ("15%"), which is not money. */
  share?: boolean;
  /** The amount was written as hours or a count ("1,200 hours"), which is not money either. */
  count?: boolean;
  /** The two numbers of "A × B", as written (a percentage as a fraction for a probability). */
  factors?: [number, number];
  assumption?: string;
  /** The currency written at the money figure ("36000 EUR", "€120000", "8천만원"), as an ISO code. */
  currency?: string;
}

/**
 * Korean amounts with magnitude words as plain digits, before the numbers are read: "1억
 * 2천만원" is "120000000원" (koreanAmounts, shared with the Markdown value reader).
 */
export function plainKoreanAmounts(s: string): string {
  return plainMapped(s).text;
}

/**
 * plainKoreanAmounts, with the way back: `original(i)` is where the plain text's index i is in
 * `s`, so the reason is taken from what the user wrote ("진료비 8만 원" stays, not "80000원").
 * An index inside a rewritten amount is the end of that amount as written.
 */
function plainMapped(s: string): { text: string; original: (i: number) => number } {
  let text = '';
  let at = 0;
  const spans: { from: number; to: number; start: number; end: number }[] = [];
  for (const q of koreanAmounts(s)) {
    const won = /원$/.test(s.slice(q.start, q.end));
    text += s.slice(at, q.start);
    const from = text.length;
    text += `${q.value}${won ? '원' : ''}`;
    spans.push({ from, to: text.length, start: q.start, end: q.end });
    at = q.end;
  }
  text += s.slice(at);
  const original = (i: number): number => {
    let shift = 0;
    for (const p of spans) {
      if (i <= p.from) break;
      if (i < p.to) return p.end;
      shift = p.end - p.to;
    }
    return i + shift;
  };
  return { text, original };
}

/** The Markdown template's field of each value type (its labels, English and Korean). */
export const VALUE_FIELDS: Record<ValueType, Field> = { 'hard-savings': 'hardSavings', 'soft-savings': 'softSavings', 'revenue-impact': 'revenueImpact', 'risk-avoidance': 'riskAvoidance', 'opportunity-cost': 'opportunityCost' };

const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Each value type's spellings as a pattern: the id and the template's labels, any case, spaces or hyphens as written or left out. */
const TYPE_LEADS: [ValueType, RegExp][] = VALUE_TYPES.map((t) => {
  const names = [t, ...labelNames(VALUE_FIELDS[t])].map((n) => escape(n).replace(/[\s_-]+/g, '[\\s_-]*'));
  // Longest first, so "Hard Savings" is not read as a shorter name; not followed by a letter ("hard-savingsX").
  names.sort((a, b) => b.length - a.length);
  return [t, new RegExp(`^(?:${names.join('|')})(?![\\p{L}])\\s*[:：]?`, 'iu')];
});

/**
 * The value type an answer starts with, and how much of it that takes: "hard-savings 80000",
 * "Hard Savings: 80000" and "직접 비용 절감 8천만 원" as the Markdown template writes them.
 */
export function valueTypeLead(s: string): { type: ValueType; length: number } | undefined {
  let best: { type: ValueType; length: number } | undefined;
  for (const [type, re] of TYPE_LEADS) {
    const m = re.exec(s);
    if (m && (!best || m[0].length > best.length)) best = { type, length: m[0].length };
  }
  return best;
}

/** Hours, people and other counts: a number of things, not money. */
const NOT_MONEY = /^(?:hours?|hrs?|h|days?|people|staff|calls?|시간|일|명|건|개)$/i;
export const isCount = (unit: string | undefined): boolean => unit !== undefined && NOT_MONEY.test(unit);

/** Types valued from two numbers, and those that may also take an amount. */
const TWO_FACTORS: Partial<Record<ValueType, { amountToo: boolean }>> = {
  'soft-savings': { amountToo: false },
  'risk-avoidance': { amountToo: false },
  'opportunity-cost': { amountToo: true },
};

export function parseValue(s: string): ValueAnswer | undefined {
  const t = s.trim();
  if (!t) return undefined;
  const lead = valueTypeLead(t);
  const type = lead?.type;
  const written = lead ? t.slice(lead.length) : t;
  const plain = plainMapped(written);
  const rest = plain.text;
  const [q, r] = moneyQuantities(rest);
  if (!q) return { ...(type ? { type } : {}) };
  // "1200 × 45", "1200 * 45", "1200 x 45" (where the reader takes "1200 x" for a multiple),
  // with a unit or a currency between ("1,200 hours × 45 USD").
  const between = r ? rest.slice(q.end, r.start) : '';
  const times = r && (/^\s*(?:[A-Za-z가-힣$€₩£¥]{1,8}\s*)?[×xX*]\s*[$€₩£¥]?\s*$/.test(between) || (/^[xX×]$/.test(q.unit ?? '') && /^\s*[$€₩£¥]?\s*$/.test(between)));
  const last = times ? r : q;
  // A currency after the last figure belongs to it, not to the reason.
  const after = rest.slice(last.end);
  // The reason as the user wrote it: its own amounts are not rewritten as digits.
  const reasonAt = plain.original(last.end + (currencyLead(after, rest.slice(last.start, last.end))?.length ?? 0));
  const assumption = reasonAfter(written.slice(reasonAt));
  const out: ValueAnswer = { ...(type ? { type } : {}), ...(assumption ? { assumption } : {}) };
  // The money is the last figure (the rate, the impact, the amount); a sign may sit on either.
  const currency = currencyAt(rest, last.start, last.end) ?? (times ? currencyAt(rest, q.start, q.end) : undefined);
  if (currency) out.currency = currency;
  if (times) {
    const first = type === 'risk-avoidance' && q.unit === '%' ? q.value / 100 : q.value;
    out.factors = [first, r.value];
  } else {
    out.amount = q.value;
    // A share or a count of hours is not money: "revenue-impact 15%", "hard-savings 1,200 hours".
    if (q.unit === '%') out.share = true;
    else if (isCount(q.unit)) out.count = true;
  }
  return out;
}

/** Whether the answer has the numbers its type is valued from. */
export function valueComplete(v: ValueAnswer): boolean {
  if (!v.type) return false;
  const two = TWO_FACTORS[v.type];
  if (!two) return v.amount !== undefined && !v.share && !v.count;
  if (v.factors) return v.type !== 'risk-avoidance' || (v.factors[0] >= 0 && v.factors[0] <= 1);
  return two.amountToo && v.amount !== undefined && !v.share && !v.count;
}

/** The item's numbers as YAML keys: "amount: 80000", "hours: 1200, rate: 45", "probability: 0.1, impact: 1000000". */
export function valueYamlFields(v: ValueAnswer): string {
  if (v.factors) {
    const [a, b] = v.factors;
    return v.type === 'risk-avoidance' ? `probability: ${a}, impact: ${b}` : `hours: ${a}, rate: ${b}`;
  }
  return `amount: ${v.amount}`;
}

/** The numbers as a Markdown value line writes them, in the flow's currency. */
export function valueMarkdownFigure(v: ValueAnswer, money: (n: number) => string, hours: string): string {
  if (v.factors) {
    const [a, b] = v.factors;
    return v.type === 'risk-avoidance' ? `${Math.round(a * 10000) / 100}% × ${money(b)}` : `${grouped(a)} ${hours} × ${money(b)}`;
  }
  return money(v.amount!);
}

/** A figure for people, its thousands grouped ("320,000,000"): the Markdown reader reads it back as written. */
export function grouped(n: number): string {
  return formatNumber(n, 'en-US', 6);
}
