// A value item's factors as the canvas shows them: "1,200 h × 45", "10% × 1,000,000",
// "5,000,000 × 12 months" (a figure written for a month is counted for a year, and says so).
import type { Lang } from '../finding';
import { formatNumber, localeFor } from '../money';
import { REPORT_WORDS } from '../report-words';
import type { ItemValue } from '../roi';

export function itemFormula(it: ItemValue, lang: Lang): string {
  const loc = localeFor(lang);
  const [a, b] = it.factors;
  const year = it.perYear !== undefined ? ` × ${REPORT_WORDS[lang].perYear(it.perYear)}` : '';
  if (it.basis === 'hours-x-rate') return `${formatNumber(a!, loc)} h × ${formatNumber(b!, loc)}${year}`;
  if (it.basis === 'probability-x-impact') return `${formatNumber(a!, loc)} × ${formatNumber(b!, loc)}`;
  return `${formatNumber(a ?? 0, loc)}${year}`;
}
