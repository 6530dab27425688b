// A share of change written before a value line's money and not joined to it: "15% uplift from
// the new pricing on $800,000", "15% increase to $920,000", "15% 증가, 신규 요금제 기준 8억 원".
// The money was read as the value and the share left aside, with no finding: $800,000 where
// the line may mean $120,000. Joined by words the reader knows ("15% uplift on $800,000",
// value-factors.ts) the share multiplies; after the reason's colon it is the reason's.
import { figureEnd } from '../text/currency';
import type { Quantity } from '../text/quantity';
import { CHANGE, type FactorChain } from './value-factors';

// The change named right after the share: "15% uplift", "15% conversion growth", "15% 증가".
const CHANGE_AFTER = new RegExp(String.raw`^\s?(?:(?:[A-Za-z-]+\s){0,2}?${CHANGE}(?![A-Za-z])|(?:증가|향상|상승|절감|감소|개선|인상|인하|성장))`, 'i');

/** The share (with its change word) before the chain of `money`, not among its factors, and the money's words. */
export function unjoinedShare(text: string, qs: Quantity[], chain: FactorChain, money: Quantity): { start: number; end: number; money: string } | undefined {
  let from = money.start;
  for (const q of chain.factors) from = Math.min(from, q.start);
  // The last share before the money with nothing but words between: a colon or "=" makes what
  // follows the reason's or the total ("15% uplift: $120,000", "15% uplift = $120,000").
  // (The last such mark found once: tested per share over the rest of the line, it was quadratic.)
  const mark = Math.max(text.lastIndexOf(':', from - 1), text.lastIndexOf('：', from - 1), text.lastIndexOf('=', from - 1));
  const inChain = new Set(chain.factors);
  const share = qs.filter((q) => q.unit === '%' && q.end <= from && !inChain.has(q) && mark < q.end).pop();
  if (!share) return undefined;
  const end = shareEnd(text, share);
  return { start: share.start, end, money: text.slice(money.start, figureEnd(text, money)).trim() };
}

/** Where a share's words end, the change named after it included ("15% 향상: 단가 상승": after 향상, not in the reason). */
export function shareEnd(text: string, share: Quantity): number {
  return share.end + (share.unit === '%' ? (CHANGE_AFTER.exec(text.slice(share.end))?.[0].length ?? 0) : 0);
}
