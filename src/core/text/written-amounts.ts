// The numbers of a text of money, as a plan's value line and a YAML item's assumption are read:
// one reader, so "월 650만 원" is 6,500,000 in both and not 650 in one of them.
import { moneyQuantities } from './currency';
import { europeanAmounts } from './european-amount';
import { koreanAmounts } from './korean-amount';
import type { Quantity } from './quantity';

/**
 * The numbers written in digits, with Korean amounts read whole ("8,000만 원" is 80,000,000,
 * "1억 2천만 원" 120,000,000). Money is never "a quarter" or "half".
 */
export function writtenAmounts(text: string): Quantity[] {
  const whole = [...koreanAmounts(text), ...europeanAmounts(text, true)];
  const inWhole = (q: Quantity) => whole.some((k) => q.start < k.end && k.start < q.end);
  return [...whole, ...moneyQuantities(text).filter((q) => /\d/.test(text.slice(q.start, q.end)) && !inWhole(q))].sort((a, b) => a.start - b.start);
}
