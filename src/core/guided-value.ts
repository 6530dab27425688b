// The guided flow's value answer, read by the Markdown reader's own line reader (readValueLine,
// parse/markdown-value.ts): a line is worth the same in the flow and in `cbo check`, and one the
// plan's reader counts as 0 is asked again for that reason. The flow had a reader of its own,
// which took "10 agents × 15 hours/month × $40" for 10 hours at $15 and asked for two figures.
// What the flow adds: the type starts the answer ("hard-savings 80000: …", "직접 비용 절감 8천만
// 원: …"), and soft savings written "1200 × 45" are hours × rate, as the value step asks.
// YAML has no period and no count: the file's figure is the year's, every count multiplied in,
// and the assumption says how, in the answer's words ("10 agents × 15 hours/month × 12 months").
import { formatNumber } from './money';
import { VALUE_TYPES, type ValueItem, type ValueType } from './model';
import { FIELD_OF_TYPE, labelNames, type Field } from './parse/markdown-labels';
import { readValueLine, type ReadItem } from './parse/markdown-value';
import { REPORT_WORDS } from './report-words';
import { computeRoi, type ItemProblem } from './roi';
import { currencyAt, figureEnd, moneyQuantities } from './text/currency';
import { asWritten, type Quantity } from './text/quantity';
import { joinedWords, writtenFigures } from './guided-figures';
import type { Lang } from './finding';

export interface ValueAnswer {
  type?: ValueType;
  /** The amount, or the unit price when `times` counts the things it is for. */
  amount?: number;
  /** The amount was written as a share ("15%"), which is not money. */
  share?: boolean;
  /** The amount was written as hours or a count ("1,200 hours"), which is not money either. */
  count?: boolean;
  /** The two numbers of "A × B", as written (a percentage as a fraction for a probability). */
  factors?: [number, number];
  assumption?: string;
  /** The line says the customer confirmed it ("(validated)", "(고객 검증 완료)"), as the plan's reader reads it. */
  validated?: boolean;
  /** The currency written at the money figure ("36000 EUR", "€120000", "8천만원"), as an ISO code. */
  currency?: string;
  /** The figure (the amount or the hours) was written for a month, a week or a quarter ("월 500만 원"), and is counted for a year. */
  period?: Period;
  /** People, things, a share or a span of months the figure is multiplied by ("10 agents", "× 12 months"), all multiplied. */
  times?: number;
  /**
   * The answer after its type, as written ("9,000 calls × $6: fewer calls"), when the Markdown
   * line is written as it: a line with counts, which the plan's reader reads back as it read the answer.
   */
  line?: string;
  /** How the file's figure is made from what was written, when it is not the figure as written: "월 500만 원 × 12개월" (words of the answer's language for the period). */
  how?: How;
  /** Why the plan's reader counts the line as 0 (its ROI's problem): the flow asks again. */
  problem?: ItemProblem;
  /** With `problem` 'total-mismatch': the figures' product, which the total written after "=" is not. */
  product?: number;
  /** The line is too long to read whole (text/money-text.ts): its length, and the flow asks again. */
  tooLong?: number;
}

/** A figure's period as the user wrote it: where it stands, so the Markdown line keeps it there. */
export interface Period {
  /** 12 for a month, 52 for a week, 4 for a quarter. */
  perYear: number;
  /** The period word and what stands between it and the figure, when it comes first ("월 ", "monthly "). */
  before?: string;
  /** The same, when it comes after the figure and its currency ("/month", " per month"). */
  after?: string;
}

/** The figures folded into the file's figure, as written, and whether they make a month's figure a year's. */
export interface How {
  /** "10 agents × 15 hours/month", "월 500만 원 × 12개월" (the year's words are added by `howWords`). */
  words: string;
  /** The figure is written for a period and the line makes it a year ("월 500만 원 × 12", "$4,000 per month"). */
  year: boolean;
}

/** The Markdown template's field of each value type (its labels, English and Korean). */
export const VALUE_FIELDS: Record<ValueType, Field> = FIELD_OF_TYPE;

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

/** Types valued from two numbers (opportunity cost from an amount too). */
const TWO_FACTORS: ReadonlySet<ValueType> = new Set(['soft-savings', 'risk-avoidance', 'opportunity-cost']);

export function parseValue(s: string): ValueAnswer | undefined {
  const t = s.trim();
  if (!t) return undefined;
  const lead = valueTypeLead(t);
  if (!lead) return {};
  const type = lead.type;
  const text = t.slice(lead.length);
  const r = readValueLine(type, text);
  const it: ValueItem = { ...r.it };
  const counts = r.counts ?? [];
  // "soft-savings 1200 × 45": the value step asks for hours × the value of an hour, so a bare
  // first figure is the hours (the plan's reader, with no "hours" written, reads a price × a count).
  const bare = !it.hours && it.amount && (type === 'soft-savings' || type === 'opportunity-cost') && counts.length === 1 && counts[0]!.unit === undefined && r.chain?.factors.length === 2 ? counts[0]! : undefined;
  if (bare) {
    it.hours = { value: bare.value, span: { start: bare.start, end: bare.end } };
    it.rate = it.amount;
    delete it.amount;
    delete it.count;
  }
  const out: ValueAnswer = { type };
  if (it.cut) out.tooLong = it.cut.length;
  const assumption = it.assumption?.value;
  if (assumption) out.assumption = assumption;
  if (it.validated) out.validated = true;
  // The money is the priced figure (the amount, the rate, the impact), else the total written after "=".
  const currency = (r.priced && currencyAt(text, r.priced.start, r.priced.end)) || (r.total && currencyAt(text, r.total.start, r.total.end));
  if (currency) out.currency = currency;
  const roi = computeRoi({ span: it.span, items: [it], notes: [] }).items[0]!;
  const first = moneyQuantities(text)[0];
  if (roi.problem) {
    out.problem = roi.problem;
    if (roi.problem === 'total-mismatch') out.product = asWritten(roi.factors.reduce((p, f) => p * f, 1));
    // Why an amount is missing, in the flow's words: "revenue-impact 15%" is a share, "hard-savings 1,200 hours" hours.
    if (roi.problem === 'missing-numbers' && !TWO_FACTORS.has(type) && first?.unit === '%') out.share = true;
    else if (roi.problem === 'missing-numbers' && first && isCount(first.unit)) out.count = true;
    return out;
  }
  // "revenue-impact 15% uplift on $800,000": the plan's reader takes the $800,000 and leaves a
  // share not joined to it aside; the flow asks what the share is worth ("15% of $800,000" is
  // joined, and read as 15% × $800,000).
  if (it.amount && first?.unit === '%' && !r.chain?.factors.some((q) => q.start === first.start)) {
    out.share = true;
    return out;
  }
  // The figure each basis keeps apart from what is folded into it: the rate, the probability.
  const apart = bare ? r.priced : it.hours ? qAt(r, it.rate?.span.start) : it.probability ? qAt(r, it.probability.span.start) : undefined;
  if (it.hours && it.rate) out.factors = [it.hours.value, it.rate.value];
  else if (it.probability && it.impact) out.factors = [it.probability.value, it.impact.value];
  else if (it.amount) out.amount = it.amount.value;
  const times = it.count?.value;
  const perYear = it.perYear?.value;
  if (perYear !== undefined) out.period = periodAt(text, r, perYear);
  // A count, or a period the Markdown line cannot put back where it was (one written on a count,
  // "월 2회 × 500만 원"): the line is written with its figures as the user wrote them.
  if (times !== undefined || (out.period && out.period.before === undefined && out.period.after === undefined)) {
    if (times !== undefined) out.times = times;
    out.line = text.trim();
  }
  if (times !== undefined || perYear !== undefined) {
    const main = r.priced && r.priced !== apart ? r.priced : qAt(r, (it.hours ?? it.amount)?.span.start);
    const folded = new Set<Quantity | undefined>([main, bare]);
    for (const q of counts) folded.add(q);
    const words = joinedWords(writtenFigures(text, r, main, it.perYear?.span ?? r.period), (q) => folded.has(q) && q !== apart);
    // "월 500만 원 × 12", "$4,000/month × 12 months": the line makes the month's figure a year's itself.
    out.how = { words, year: perYear !== undefined || (r.period !== undefined && times === r.period.perYear) };
  }
  return out;
}

/** The quantity of the line at `start` (the figure an item's number was read from). */
function qAt(r: ReadItem, start: number | undefined): Quantity | undefined {
  if (start === undefined) return undefined;
  for (const q of [r.priced, ...(r.chain?.factors ?? []), ...(r.counts ?? [])]) if (q && q.start === start) return q;
  return undefined;
}

/** Where the counted period stands about its figure, so the Markdown line writes it there again ("월 ", " per month"). */
function periodAt(text: string, r: ReadItem, perYear: number): Period {
  const p = r.period;
  const q = qAt(r, (r.it.amount ?? r.it.hours)?.span.start);
  if (!p || !q) return { perYear };
  return p.start >= q.end ? { perYear, after: text.slice(figureEnd(text, q), p.end) } : { perYear, before: text.slice(p.start, q.start) };
}

/** Hours, people and other counts: a number of things, not money. */
const NOT_MONEY = /^(?:hours?|hrs?|h|days?|people|staff|calls?|시간|일|명|건|개)$/i;
const isCount = (unit: string | undefined): boolean => unit !== undefined && NOT_MONEY.test(unit);

/** Whether the plan's reader counts the answer (it has a type and the numbers its type is valued from), and it is no share of an amount. */
export function valueComplete(v: ValueAnswer): boolean {
  return !!v.type && !v.problem && !v.share && (v.amount !== undefined || v.factors !== undefined);
}

/** A figure with everything folded into it: the counts, and × 12 for a month's. */
const folded = (n: number, v: ValueAnswer): number => asWritten(n * (v.times ?? 1) * (v.period?.perYear ?? 1));

/**
 * The item's numbers as YAML keys, for a year: "amount: 80000", "hours: 1200, rate: 45",
 * "probability: 0.1, impact: 1000000". YAML has no period and no count: "월 500만 원" is written as
 * 60000000, "10 agents × 15 hours/month × $40" as 1800 hours at 40, "9,000 calls × $6" as 54000.
 */
export function valueYamlFields(v: ValueAnswer): string {
  if (v.factors) {
    const [a, b] = v.factors;
    return v.type === 'risk-avoidance' ? `probability: ${a}, impact: ${folded(b, v)}` : `hours: ${folded(a, v)}, rate: ${b}`;
  }
  return `amount: ${folded(v.amount!, v)}`;
}

/** What the item is worth in a year: the amount, or hours × rate, or probability × impact, everything folded in. */
export function yearlyValue(v: ValueAnswer): number | undefined {
  if (v.factors) return v.type === 'risk-avoidance' ? asWritten(v.factors[0] * folded(v.factors[1], v)) : asWritten(folded(v.factors[0], v) * v.factors[1]);
  return v.amount === undefined ? undefined : folded(v.amount, v);
}

/** How the file's figure is made, in the answer's words: "월 500만 원 × 12개월", "10 agents × 15 hours/month × 12 months", "9,000 calls × $6". */
export function howWords(v: ValueAnswer, lang: Lang): string | undefined {
  if (!v.how) return undefined;
  return v.period ? `${v.how.words} × ${REPORT_WORDS[lang].perYear(v.period.perYear)}` : v.how.words;
}

/**
 * The YAML item's assumption: the reason, after how the figure is made when it is not the figure
 * as written ("월 500만 원 × 12개월: 온라인 발급 수수료"), so whoever reads `amount: 60000000`
 * sees where it comes from and can check it against the words said in the workshop.
 */
export function yamlAssumption(v: ValueAnswer, lang: Lang): string | undefined {
  const how = howWords(v, lang);
  if (!how) return v.assumption;
  return v.assumption ? `${how}: ${v.assumption}` : how;
}

/** A probability as the share it was written as: 0.1 is "10%". */
export const percent = (p: number): string => `${Math.round(p * 10000) / 100}%`;

/**
 * The value line of the Markdown section after its label, in the flow's currency. A period stays
 * as the user wrote it, where it was written ("월 5,000,000원", "4,000 USD per month"): the
 * Markdown reader counts it for a year itself, so the year's figure here would be counted twelve
 * times over. A line with counts is the answer as written: the reader reads it back as it read
 * the answer ("9,000 calls × $6: fewer calls").
 */
export function valueMarkdownLine(v: ValueAnswer, money: (n: number) => string, lang: Lang): string {
  if (v.line !== undefined) return v.line;
  const before = v.period?.before ?? '';
  const after = v.period?.after ?? '';
  let figure = `${before}${money(v.amount ?? 0)}${after}`;
  if (v.factors) {
    const [a, b] = v.factors;
    figure = v.type === 'risk-avoidance' ? `${percent(a)} × ${money(b)}` : `${before}${grouped(a)} ${lang === 'ko' ? '시간' : 'hours'}${after} × ${money(b)}`;
  }
  // "(validated)" was read off the reason, as the plan's reader reads it: written back, in the plan's words.
  const validated = v.validated ? (lang === 'ko' ? ' (고객 검증 완료)' : ' (validated)') : '';
  return `${figure}${v.assumption ? `: ${v.assumption}` : ''}${validated}`;
}

/** A figure for people, its thousands grouped ("320,000,000"): the Markdown reader reads it back as written. */
export function grouped(n: number): string {
  return formatNumber(n, 'en-US', 6);
}
