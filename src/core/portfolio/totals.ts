// Totals per currency: outcomes are added only to others in the same currency (no exchange
// rates: dollars are never added to won). Each total follows the ROI command's rules, so an
// outcome that states value without its cost leaves its currency with no total ROI.
import { sumRoi } from '../roi';
import type { CurrencyTotal, PortfolioOutcome } from './types';
import { groupBy } from './group';

export function currencyTotals(rows: PortfolioOutcome[]): CurrencyTotal[] {
  const groups = groupBy(rows.filter((r) => r.roi), (r) => r.roi!.currency ?? '');
  return [...groups.keys()].sort().map((key) => ({ ...sumRoi(groups.get(key)!.map((r) => r.roi!)), key }));
}
