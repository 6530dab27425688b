// The guided flow's value answer, read the way the ROI values each type: "hard-savings 80000:
// …" is an amount; "soft-savings 1200 × 45: …" hours × rate; "risk-avoidance 10% × 1000000:
// …" probability × impact. A risk-avoidance answer with one number used to be written as an
// `amount`, which its type does not read, so the flow made an item that counted as zero.
import { formatNumber } from './money';
import { VALUE_TYPES, type ValueType } from './model';
import { labelNames, type Field } from './parse/markdown-labels';
import { REPORT_WORDS } from './report-words';
import { currencyAt, figureEnd, moneyQuantities, reasonAfter } from './text/currency';
import { europeanAmounts } from './text/european-amount';
import { koreanAmounts } from './text/korean-amount';
import { recurrenceAt } from './text/period';
import type { Lang } from './finding';

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
  /** The amount (or the hours) was written for a month, a week or a quarter ("월 500만 원"): `amount` and `factors` stay as written. */
  period?: Period;
  /** The amount is a unit price times this count ("9,000 calls × $6"). */
  units?: UnitCount;
  /** A third figure joined by × ("10 agents × 15 hours × $40"): the flow does not read it, and asks again. */
  unread?: boolean;
  /** The total written after "=" when it is not the figures' product (or their year). */
  writtenTotal?: number;
}

/** A figure's period as the user wrote it, read by the Markdown reader's own `recurrenceAt`. */
export interface Period {
  /** 12 for a month, 52 for a week, 4 for a quarter. */
  perYear: number;
  /** The period word and what stands between it and the figure, when it comes first ("월 ", "monthly "). */
  before?: string;
  /** The same, when it comes after the figure and its currency ("/month", " per month"). */
  after?: string;
  /** The figure with its period, as written ("월 500만 원", "$4,000 per month", "월 100시간"). */
  written: string;
}

/** What the flow reads from a count × a unit price ("9,000 calls × $6"): the amount is the price. */
export interface UnitCount {
  count: number;
  /** The figures as written, "9,000 calls × $6", which the Markdown reader reads back as the product. */
  written: string;
}

/**
 * Korean amounts with magnitude words as plain digits, before the numbers are read: "1억
 * 2천만원" is "120000000원" (koreanAmounts, shared with the Markdown value reader); so are
 * European ones, "100.000 €" is "100000 €" (it was read as 100). With the way back:
 * `original(i)` is where the plain text's index i is in `s`, so the reason is taken from what the
 * user wrote ("진료비 8만 원" stays, not "80000원"). An index inside a rewritten amount is the end
 * of that amount as written.
 */
export function plainMapped(s: string): { text: string; original: (i: number) => number } {
  let text = '';
  let at = 0;
  const spans: { from: number; to: number; start: number; end: number }[] = [];
  const found = koreanAmounts(s);
  for (const q of europeanAmounts(s)) if (!found.some((k) => q.start < k.end && k.start < q.end)) found.push(q);
  found.sort((x, y) => x.start - y.start);
  for (const q of found) {
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

/** A multiplication sign between figures: ×, *, or an x before a figure ("1200 x 45"). */
export const TIMES_SIGN = /[×*]|(?<![A-Za-z])[xX](?=\s?[$€₩£¥]?\s?\d)/g;

/** A count of periods after a month's figure: "× 12 months", "× 12개월". */
const PERIOD_COUNT = /^(?:months?|개월|weeks?|주|quarters?|분기)$/i;

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
  const all = moneyQuantities(rest);
  const [q, r] = all;
  if (!q) return { ...(type ? { type } : {}) };
  // The amount, or the hours, written for a month, a week or a quarter, as the Markdown reader
  // reads it (a probability × impact has none there either): "월 500만 원", "100 hours a month × 40".
  const qEnd = figureEnd(rest, q);
  const recurs = type === 'risk-avoidance' ? undefined : recurrenceAt(rest, q.start, qEnd);
  const periodAfter = recurs !== undefined && recurs.start >= q.end;
  // "1200 × 45", "1200 * 45", "1200 x 45" (where the reader takes "1200 x" for a multiple),
  // with a unit or a currency between ("1,200 hours × 45 USD"), or a period ("100 hours a month × 40").
  const between = r ? rest.slice(periodAfter ? recurs.end : q.end, r.start) : '';
  const times = r && (/^\s*(?:[A-Za-z가-힣$€₩£¥]{1,8}\s*)?[×xX*]\s*[$€₩£¥]?\s*$/.test(between) || (/^[xX×]$/.test(q.unit ?? '') && /^\s*[$€₩£¥]?\s*$/.test(between)));
  // "× 12 months" after a month's figure is its year, counted once: "$4,000/month × 12 months",
  // "월 500만 원 × 12" (it was refused, and taken as factors it would have been × 144).
  const once = !!times && recurs !== undefined && !isCount(q.unit) && r.value === recurs.perYear && (r.unit === undefined || PERIOD_COUNT.test(r.unit));
  // A count × a unit price, for a type valued from an amount, the price the figure with a currency: "9,000 calls × $6".
  const priced = !!times && !once && type !== undefined && !TWO_FACTORS[type] && currencyAt(rest, r.start, r.end) !== undefined && currencyAt(rest, q.start, q.end) === undefined;
  const next = times ? all[2] : undefined;
  const gap = next ? rest.slice(r.end, next.start) : '';
  // "10 agents × 15 hours/month × $40": three figures multiplied are not read here (the rate was
  // taken for the hours and "month × $40" for the reason); asked again with the forms it reads.
  const unread = (rest.split(/[:：=]/)[0]!.match(TIMES_SIGN) ?? []).length > 1;
  // The product written after "=" ("월 500만 원 × 12개월 = 6,000만 원") is no reason either.
  const total = next !== undefined && (once || priced) && /^[^:：\d]*=\s*[$€₩£¥]?\s*$/.test(gap) ? next : undefined;
  const last = total ?? (times ? r : q);
  // A currency after the last figure belongs to it, not to the reason.
  // The reason as the user wrote it: its own amounts are not rewritten as digits.
  // An amount's period after it is no reason either ("$4,000 per month: …").
  const reasonAt = !times && periodAfter ? plain.original(recurs.end) : plain.original(figureEnd(rest, last));
  const assumption = reasonAfter(written.slice(reasonAt));
  const out: ValueAnswer = { ...(type ? { type } : {}), ...(assumption ? { assumption } : {}) };
  // The money is the last figure (the rate, the impact, the amount); a sign may sit on either.
  const currency = currencyAt(rest, last.start, last.end) ?? (times ? currencyAt(rest, q.start, q.end) : undefined);
  if (currency) out.currency = currency;
  if (recurs) {
    const from = Math.min(recurs.start, q.start);
    const to = Math.max(recurs.end, qEnd);
    out.period = { perYear: recurs.perYear, written: written.slice(plain.original(from), plain.original(to)).trim(), ...(periodAfter ? { after: rest.slice(qEnd, recurs.end) } : { before: rest.slice(recurs.start, q.start) }) };
  }
  if (unread) out.unread = true;
  if (times && !once && !priced) {
    const first = type === 'risk-avoidance' && q.unit === '%' ? q.value / 100 : q.value;
    out.factors = [first, r.value];
  } else {
    out.amount = priced ? r.value : q.value;
    if (priced) {
      const from = Math.min(q.start, recurs?.start ?? q.start);
      const to = figureEnd(rest, r);
      out.units = { count: q.value, written: written.slice(plain.original(from), plain.original(to)).trim() };
    }
    // A share or a count of hours is not money: "revenue-impact 15%", "hard-savings 1,200 hours".
    if (q.unit === '%') out.share = true;
    else if (isCount(q.unit) && !priced) out.count = true;
  }
  if (total && total.value !== yearlyValue(out)) out.writtenTotal = total.value;
  return out;
}

/** Whether the answer has the numbers its type is valued from. */
export function valueComplete(v: ValueAnswer): boolean {
  if (!v.type || v.unread || v.writtenTotal !== undefined) return false;
  const two = TWO_FACTORS[v.type];
  if (!two) return v.amount !== undefined && !v.share && !v.count;
  if (v.factors) return v.type !== 'risk-avoidance' || (v.factors[0] >= 0 && v.factors[0] <= 1);
  return two.amountToo && v.amount !== undefined && !v.share && !v.count;
}

/** A figure for a year: × 12 for a month's, without the float's tail (0.1 × 12 is not 1.2000000000000002). */
const forYear = (n: number, v: ValueAnswer): number => (v.period ? Math.round(n * v.period.perYear * 1e6) / 1e6 : n);

/**
 * The item's numbers as YAML keys, for a year: "amount: 80000", "hours: 1200, rate: 45",
 * "probability: 0.1, impact: 1000000". YAML has no period: "월 500만 원" is written as 60000000,
 * and "월 100시간" as 1200 hours (it was written as 5000000, a twelfth of the value, silently).
 */
export function valueYamlFields(v: ValueAnswer): string {
  if (v.factors) {
    const [a, b] = v.factors;
    return v.type === 'risk-avoidance' ? `probability: ${a}, impact: ${b}` : `hours: ${forYear(a, v)}, rate: ${b}`;
  }
  return `amount: ${forYear(priceTimesCount(v), v)}`;
}

/** What the item is worth in a year: the amount, or hours × rate, or probability × impact. */
export function yearlyValue(v: ValueAnswer): number | undefined {
  if (v.factors) return v.type === 'risk-avoidance' ? v.factors[0] * v.factors[1] : forYear(v.factors[0], v) * v.factors[1];
  return v.amount === undefined ? undefined : forYear(priceTimesCount(v), v);
}

/** The amount, times its count when it is a unit price; written figures have a few decimals at most (3 × 19.99 is 59.97). */
const priceTimesCount = (v: ValueAnswer): number => (v.units ? Number((v.amount! * v.units.count).toPrecision(15)) : v.amount!);

/** "월 500만 원 × 12개월", "$4,000 per month × 12 months": the figure as written and what makes it a year's. */
export function periodWords(p: Period, lang: Lang): string {
  return `${p.written} × ${REPORT_WORDS[lang].perYear(p.perYear)}`;
}

/** How the year's figure is made, when it is not the figure as written: "월 500만 원 × 12개월", "9,000 calls × $6". */
export function figureWords(v: ValueAnswer, lang: Lang): string | undefined {
  if (v.units) return v.period ? `${v.units.written} × ${REPORT_WORDS[lang].perYear(v.period.perYear)}` : v.units.written;
  return v.period ? periodWords(v.period, lang) : undefined;
}

/**
 * The YAML item's assumption: the reason, after the figure as the user wrote it when that was a
 * month's ("월 500만 원 × 12개월: 온라인 발급 수수료"), so whoever reads `amount: 60000000` sees
 * where it comes from and can check it against the words said in the workshop.
 */
export function yamlAssumption(v: ValueAnswer, lang: Lang): string | undefined {
  const how = figureWords(v, lang);
  if (!how) return v.assumption;
  return v.assumption ? `${how}: ${v.assumption}` : how;
}

/**
 * The numbers as a Markdown value line writes them, in the flow's currency. A period stays as
 * the user wrote it, where it was written ("월 5,000,000원", "4,000 USD per month"): the Markdown
 * reader counts it for a year itself, so the year's figure here would be counted twelve times over.
 */
export function valueMarkdownFigure(v: ValueAnswer, money: (n: number) => string, hours: string): string {
  const before = v.period?.before ?? '';
  const after = v.period?.after ?? '';
  if (v.factors) {
    const [a, b] = v.factors;
    return v.type === 'risk-avoidance' ? `${Math.round(a * 10000) / 100}% × ${money(b)}` : `${before}${grouped(a)} ${hours}${after} × ${money(b)}`;
  }
  // A count × a unit price as written: the reader reads the product back.
  if (v.units) return v.units.written;
  return `${before}${money(v.amount!)}${after}`;
}

/** A figure for people, its thousands grouped ("320,000,000"): the Markdown reader reads it back as written. */
export function grouped(n: number): string {
  return formatNumber(n, 'en-US', 6);
}
