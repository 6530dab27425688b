// ROI over several outcomes' summaries: value and cost added, never across currencies.
import { isSafeMinor, minorDigits } from './money';
import { VALUE_TYPES } from './model';
import { emptySubtotals, figures, type Sums } from './roi-figures';
import type { RoiIssue, RoiSummary, RoiTotal } from './roi-types';

/** The same total from summaries already computed (e.g. by a report that shows both). */
export function sumRoi(summaries: RoiSummary[]): RoiTotal {
  const currencies = [...new Set(summaries.map((s) => s.currency ?? ''))].sort();
  const issues: RoiIssue[] = [];
  if (currencies.length > 1) {
    return { outcomes: summaries.length, currencies, minorDigits: 2, issues: ['mixed-currencies'] };
  }
  const currency = currencies[0] || undefined;
  const digits = minorDigits(currency);
  const sums: Sums = { claimed: 0n, validated: 0n, byType: emptySubtotals() };
  let investment = 0n;
  let allHaveInvestment = summaries.length > 0;
  for (const s of summaries) {
    sums.claimed += BigInt(s.claimedMinor);
    sums.validated += BigInt(s.validatedMinor);
    for (const t of VALUE_TYPES) sums.byType[t] += s.byType[t];
    if (s.investmentMinor === undefined) allHaveInvestment = false;
    else investment += BigInt(s.investmentMinor);
  }
  const byType = [...VALUE_TYPES].map((t) => sums.byType[t]);
  if (![sums.claimed, sums.validated, investment].every(isSafeMinor) || !byType.every(Number.isSafeInteger)) {
    return { outcomes: summaries.length, currencies, minorDigits: digits, ...(currency ? { currency } : {}), issues: ['total-too-large'] };
  }
  if (allHaveInvestment) sums.investment = investment;
  // A cost stated but too large is not a cost left out: said as what it is.
  else if (summaries.some((s) => s.issues.includes('investment-too-large'))) issues.push('investment-too-large');
  else if (summaries.some((s) => s.investmentMinor !== undefined)) issues.push('investment-missing-for-some');
  else if (summaries.length) issues.push('no-investment');
  if (summaries.length && sums.investment === 0n) issues.push('zero-investment');
  if (summaries.some((s) => s.issues.includes('uncounted-items'))) issues.push('uncounted-items');
  if (summaries.length && !currency) issues.push('no-currency');
  if (!summaries.length) issues.push('no-items');
  const f = figures(sums, currency, digits, issues);
  return { ...f, outcomes: summaries.length, currencies };
}
