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
  const inWhole = overlapTest(whole);
  return [...whole, ...moneyQuantities(text).filter((q) => /\d/.test(text.slice(q.start, q.end)) && !inWhole(q))].sort((a, b) => a.start - b.start);
}

/**
 * Whether a figure overlaps one of `spans`. Each figure asked of every span was quadratic on a
 * line of thousands of European amounts ("€1.000 €1.000 …"): the spans in order of their start,
 * with the furthest end reached so far, answer each in a halving search.
 */
function overlapTest(spans: readonly Quantity[]): (q: Quantity) => boolean {
  const byStart = spans.slice().sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (const s of byStart) reach.push(Math.max(s.end, reach[reach.length - 1] ?? -Infinity));
  return (q) => {
    // The spans that start before the figure ends: one of them overlaps it if any reaches past its start.
    let lo = 0;
    let hi = byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byStart[mid]!.start < q.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && reach[lo - 1]! > q.start;
  };
}
