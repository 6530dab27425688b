// A figure written as a bound rather than the figure: "up to $100,000", "최대 1억 원", "1억 원
// 이하" (a ceiling), "at least $60,000", "5천만 원 이상" (a floor). Each was read as the figure. A
// floor is the conservative reading of a value and a ceiling that of a cost, so those are read as
// written; a value's ceiling and a cost's floor are named (value-item-incomplete,
// value-no-investment) rather than counted as if they were the figure expected.
import { figureEnd } from '../text/currency';
import type { Quantity } from '../text/quantity';

export type BoundKind = 'ceiling' | 'floor';

const CEILING_BEFORE = /(?:\bup\s+to|\bas\s+much\s+as|\ba\s+maximum\s+of|\bmax(?:imum)?\.?|\bno\s+more\s+than|\bat\s+most|\bnot\s+more\s+than|최대|최고)\s*(?:of\s+)?$/i;
const CEILING_AFTER = /^\s?(?:이하|까지|미만|at\s+most|max(?:imum)?\b|or\s+less)/i;
const FLOOR_BEFORE = /(?:\bat\s+least|\ba\s+minimum\s+of|\bmin(?:imum)?\.?|\bno\s+less\s+than|\bnot\s+less\s+than|\bmore\s+than|\bover|\bin\s+excess\s+of|최소한?|적어도)\s*$/i;
// "+" after a figure is a floor only when no figure follows it ("$60k+", not "$60k + $20k", nor
// "$60k + -$5k"), nor one a word or two on ("6,000만 원 + 연 1,000만 원 유지보수", "$60,000 + annual
// $10,000": a sum).
const FLOOR_AFTER = /^\s?(?:이상|초과|\+(?!\s?[-−]?(?:[$€£¥₩]|[A-Z]{3}\s?)?[-−]?\d)(?!\s(?:[^\s\d]{1,12}\s){1,2}(?:[$€£¥₩]\s?)?\d)|or\s+more|and\s+up\b|plus\b(?!\s+(?:[$€£¥₩]|[A-Z]{3}\s?)?\d))/i;

/** The bound `q` is written as, with the words of the figure and its bound, in `text`. */
export function boundOf(text: string, q: Quantity): { kind: BoundKind; start: number; end: number } | undefined {
  const before = text.slice(0, q.start);
  const end = figureEnd(text, q);
  const after = text.slice(end);
  const cb = CEILING_BEFORE.exec(before);
  if (cb) return { kind: 'ceiling', start: cb.index, end };
  const ca = CEILING_AFTER.exec(after);
  if (ca) return { kind: 'ceiling', start: q.start, end: end + ca[0].length };
  const fb = FLOOR_BEFORE.exec(before);
  if (fb) return { kind: 'floor', start: fb.index, end };
  const fa = FLOOR_AFTER.exec(after);
  if (fa) return { kind: 'floor', start: q.start, end: end + fa[0].length };
  return undefined;
}
