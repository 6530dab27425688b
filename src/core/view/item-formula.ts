// A value item's factors as the canvas shows them: "1,200 h × 45", "10% × 1,000,000",
// "5,000,000 × 12 months" (a figure written for a month is counted for a year, and says so),
// "9,000 × 6" (a count of things times a unit price).
import type { Lang } from '../finding';
import { formatNumber, localeFor } from '../money';
import { countWords } from '../count-words';
import { REPORT_WORDS } from '../report-words';
import type { ItemValue } from '../roi';

export function itemFormula(it: ItemValue, lang: Lang): string {
  const loc = localeFor(lang);
  const [a, b] = it.factors;
  const year = it.perYear !== undefined ? ` × ${REPORT_WORDS[lang].perYear(it.perYear)}` : '';
  // People or things the hours or the unit price are for: "10 × 200 h × 40".
  const count = it.countParts ? `${countWords(it.countParts, lang, (n) => formatNumber(n, loc))} × ` : it.count !== undefined ? `${formatNumber(it.count, loc)} × ` : '';
  if (it.basis === 'hours-x-rate') return `${count}${formatNumber(a!, loc)} h × ${formatNumber(b!, loc)}${year}`;
  if (it.basis === 'probability-x-impact') return `${formatNumber(a!, loc)} × ${formatNumber(b!, loc)}`;
  return `${count}${formatNumber(a ?? 0, loc)}${year}`;
}
