// Whether an amount can be held exactly in its currency's minor unit: at most 2^53 - 1 of them
// (about 90 trillion dollars, 9,007 trillion won), the bound the ROI counts within (roi-sum.ts).
// Past it a double has already rounded what was written (12345678901234567 won is read as
// ...568), so a figure shown from it is another figure: value-too-large names such an amount, and
// the trends, the usage table and the portfolio JSON leave it out rather than show it.
import { isSafeMinor, minorProductBig } from './money';

export function heldExactly(amount: number, currency: string | undefined): boolean {
  return Number.isFinite(amount) && isSafeMinor(minorProductBig([amount], currency));
}

/** A count (a volume of use) a double holds exactly: a whole number of 2^53 - 1 or less, either way. */
export function countHeldExactly(n: number): boolean {
  return Number.isFinite(n) && Math.abs(n) <= Number.MAX_SAFE_INTEGER;
}
