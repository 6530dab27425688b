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
  /** The two numbers of "A × B", as written (a percentage as a fraction for a probability). */
  factors?: [number, number];
  assumption?: string;
}

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
  const end = times ? r.end : q.end;
  const assumption = rest.slice(end).replace(/^[\s:：,;—–-]+/, '').trim();
  const out: ValueAnswer = { ...(type ? { type } : {}), ...(assumption ? { assumption } : {}) };
  if (times) {
    const first = type === 'risk-avoidance' && q.unit === '%' ? q.value / 100 : q.value;
    out.factors = [first, r.value];
  } else out.amount = q.value;
  return out;
}

/** Whether the answer has the numbers its type is valued from. */
export function valueComplete(v: ValueAnswer): boolean {
  if (!v.type) return false;
  const two = TWO_FACTORS[v.type];
  if (!two) return v.amount !== undefined;
  if (v.factors) return v.type !== 'risk-avoidance' || (v.factors[0] >= 0 && v.factors[0] <= 1);
  return two.amountToo && v.amount !== undefined;
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
