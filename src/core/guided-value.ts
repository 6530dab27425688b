// The guided flow's value answer, read the way the ROI values each type: "hard-savings 80000:
// …" is an amount; "soft-savings 1200 × 45: …" hours × rate; "risk-avoidance 10% × 1000000:
// …" probability × impact. A risk-avoidance answer with one number used to be written as an
// `amount`, which its type does not read, so the flow made an item that counted as zero.
import { VALUE_TYPES, type ValueType } from './model';
import { extractQuantities } from './text/quantity';

export interface ValueAnswer {
  type?: ValueType;
  /** The one number of an amount. */
  amount?: number;
  /** The amount was written as a share ("15%"), which is not money. */
  share?: boolean;
  /** The two numbers of "A × B", as written (a percentage as a fraction for a probability). */
  factors?: [number, number];
  assumption?: string;
}

const KO_DIGIT: Record<string, number> = { 천: 1_000, 백: 100, 십: 10 };
const KO_MYRIAD: Record<string, number> = { 만: 10_000, 억: 100_000_000, 조: 1_000_000_000_000 };
/** A currency written after the figure: "USD", "dollars", "원" (a code only if it is one: "80000 USB sticks" keeps its reason). */
function withoutCurrency(s: string): string {
  const word = /^\s*(?:dollars?\b|euros?\b|won\b|원)/.exec(s);
  if (word) return s.slice(word[0].length);
  const code = /^\s*([A-Z]{3})\b/.exec(s);
  return code && CODES.has(code[1]!) ? s.slice(code[0].length) : s;
}

// Intl's list where the runtime has it (Node 18+, every current browser); else the common few.
const CODES = new Set<string>(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : ['USD', 'EUR', 'KRW', 'JPY', 'GBP', 'CNY']);

/** Types valued from two numbers, and those that may also take an amount. */
const TWO_FACTORS: Partial<Record<ValueType, { amountToo: boolean }>> = {
  'soft-savings': { amountToo: false },
  'risk-avoidance': { amountToo: false },
  'opportunity-cost': { amountToo: true },
};

export function parseValue(s: string): ValueAnswer | undefined {
  const t = s.trim();
  if (!t) return undefined;
  const type = VALUE_TYPES.find((v) => t.toLowerCase().startsWith(v));
  const rest = type ? t.slice(type.length) : t;
  const [q, r] = extractQuantities(rest);
  if (!q) return { ...(type ? { type } : {}) };
  // "1200 × 45", "1200 * 45", "1200 x 45" (where the reader takes "1200 x" for a multiple).
  const between = r ? rest.slice(q.end, r.start) : '';
  const times = r && (/^\s*[×xX*]\s*$/.test(between) || (/^[xX×]$/.test(q.unit ?? '') && /^\s*$/.test(between)));
  const last = times ? r : q;
  // What follows the last number before the reason: a Korean multiplier ("8천만원" is 80,000,000)
  // and a currency, which are part of the figure, not of the reason.
  const tail = /^([천백십])?([만억조])?/.exec(rest.slice(last.end))!;
  const scale = (tail[1] ? KO_DIGIT[tail[1]]! : 1) * (tail[2] ? KO_MYRIAD[tail[2]]! : 1);
  const after = withoutCurrency(rest.slice(last.end + tail[0].length));
  const assumption = after.replace(/^[\s:：,;—–-]+/, '').trim();
  const out: ValueAnswer = { ...(type ? { type } : {}), ...(assumption ? { assumption } : {}) };
  if (times) {
    const first = type === 'risk-avoidance' && q.unit === '%' ? q.value / 100 : q.value;
    out.factors = [first, r.value * scale];
  } else {
    out.amount = q.value * scale;
    if (q.unit === '%') out.share = true;
  }
  return out;
}

/** Whether the answer has the numbers its type is valued from. */
export function valueComplete(v: ValueAnswer): boolean {
  if (!v.type) return false;
  const two = TWO_FACTORS[v.type];
  if (!two) return v.amount !== undefined && !v.share;
  if (v.factors) return v.type !== 'risk-avoidance' || (v.factors[0] >= 0 && v.factors[0] <= 1);
  return two.amountToo && v.amount !== undefined && !v.share;
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
    return v.type === 'risk-avoidance' ? `${Math.round(a * 10000) / 100}% × ${money(b)}` : `${a} ${hours} × ${money(b)}`;
  }
  return money(v.amount!);
}
