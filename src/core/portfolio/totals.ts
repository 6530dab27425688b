// Totals per currency: outcomes are added only to others in the same currency (no exchange
// rates: dollars are never added to won). Each total follows the ROI command's rules, so an
// outcome that states value without its cost leaves its currency with no total ROI.
import { sumRoi } from '../roi';
import type { CurrencyTotal, PortfolioOutcome } from './types';

export function currencyTotals(rows: PortfolioOutcome[]): CurrencyTotal[] {
  const groups = new Map<string, PortfolioOutcome[]>();
  for (const r of rows) {
    if (!r.roi) continue;
    const key = r.roi.currency ?? '';
    const g = groups.get(key);
    if (g) g.push(r);
    else groups.set(key, [r]);
  }
  return [...groups.keys()].sort().map((key) => ({ ...sumRoi(groups.get(key)!.map((r) => r.roi!)), key }));
}
