// Totals per currency: outcomes are added only to others in the same currency (no exchange
// rates: dollars are never added to won). Each total follows the ROI command's rules, so an
// outcome that states value without its cost leaves its currency with no total ROI.
import { sumRoi, type RoiSummary } from '../roi';
import type { CurrencyTotal, PortfolioOutcome } from './types';
import { groupBy } from './group';

export function currencyTotals(rows: PortfolioOutcome[]): CurrencyTotal[] {
  return totalsByCurrency(rows.flatMap((r) => (r.roi ? [r.roi] : [])));
}

/** The total of each currency the summaries are in, in the order of the codes ('' for none). */
export function totalsByCurrency(summaries: RoiSummary[]): CurrencyTotal[] {
  const groups = groupBy(summaries, (s) => s.currency ?? '');
  return [...groups.keys()].sort().map((key) => ({ ...sumRoi(groups.get(key)!), key }));
}
