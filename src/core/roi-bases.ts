// Which numbers value an item of each type (an amount, hours × rate, probability × impact), and
// which a stated item lacks or states without its type reading them: one test for the ROI and
// the rules that explain it (value-item-incomplete), so the two cannot disagree.
import { VALUE_TYPES, type Num, type ValueItem, type ValueType } from './model';
import type { ItemBasis } from './roi-types';

/** Whether a written type is one of VALUE_TYPES. */
export function isValueType(s: string): s is ValueType {
  return (VALUE_TYPES as readonly string[]).includes(s);
}

/**
 * A number the document states, or undefined (hand-built models may hold NaN). Infinity is
 * stated: YAML reads `1e309` as it, and such a number is too large to count, not missing (it
 * read as "no investment" and "the numbers its type needs are missing").
 */
export function stated(x: Num | undefined): number | undefined {
  return x && !Number.isNaN(x.value) ? x.value : undefined;
}

export type ValueNumber = 'amount' | 'hours' | 'rate' | 'probability' | 'impact';

/** The numbers each basis multiplies, in the order `factors` holds them. */
const BASIS_NUMBERS: Record<ItemBasis, readonly ValueNumber[]> = {
  amount: ['amount'],
  'hours-x-rate': ['hours', 'rate'],
  'probability-x-impact': ['probability', 'impact'],
};

/**
 * How each type is valued: the first basis whose numbers are all there. A negative amount is
 * allowed for hard-savings and revenue-impact (the schema allows it): a loss counts against
 * the value.
 */
export const TYPE_BASES: Record<ValueType, readonly ItemBasis[]> = {
  'hard-savings': ['amount'],
  'soft-savings': ['hours-x-rate'],
  'revenue-impact': ['amount'],
  'risk-avoidance': ['probability-x-impact'],
  'opportunity-cost': ['hours-x-rate', 'amount'],
};

/** Which numbers value an item of this type, or undefined when they are not all there. */
export function basisOf(type: ValueType, it: ValueItem): [ItemBasis, number[]] | undefined {
  for (const basis of TYPE_BASES[type]) {
    const factors = BASIS_NUMBERS[basis].map((k) => stated(it[k]));
    if (factors.every((f) => f !== undefined)) return [basis, factors as number[]];
  }
  return undefined;
}

/**
 * What an item of this type lacks to be valued: for each basis of its type, in order, the
 * numbers not there (a basis with nothing missing values the item, and then this is empty).
 * The same test as the ROI's own (`problem: 'missing-numbers'`), so a rule cannot disagree.
 */
export function missingNumbers(type: ValueType, it: ValueItem): { basis: ItemBasis; missing: ValueNumber[] }[] {
  const out: { basis: ItemBasis; missing: ValueNumber[] }[] = [];
  for (const basis of TYPE_BASES[type]) {
    const missing = BASIS_NUMBERS[basis].filter((k) => stated(it[k]) === undefined);
    if (!missing.length) return [];
    out.push({ basis, missing });
  }
  return out;
}

/** Numbers the item states that its type never reads (an `amount` on a risk-avoidance item). */
export function unreadNumbers(type: ValueType, it: ValueItem): ValueNumber[] {
  const read = new Set(TYPE_BASES[type].flatMap((b) => BASIS_NUMBERS[b]));
  return Object.values(BASIS_NUMBERS).flat().filter((k) => !read.has(k) && stated(it[k]) !== undefined);
}
