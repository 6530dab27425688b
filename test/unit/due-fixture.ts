import { strict as assert } from 'node:assert';
import type { Portfolio } from '../../src/core/portfolio';
import { buildPortfolioReport } from '../../src/core/portfolio/report-md';
import { buildPortfolioHtml } from '../../src/core/view/report-html';

// The outcome the achievement tests are written on (portfolio-due, portfolio-late): account Acme,
// a metric rising from 0 (2026-01-01) to 100 by `by`, with the readings given. Without `by`, an
// outcome with no metric and so no deadline.

/** A dated reading as the YAML flow mapping the fixture writes. */
export const at = (date: string, value: number): string => `{ date: ${date}, value: ${value} }`;

export function dueOutcome(title: string, by: string | undefined, readings: readonly string[]): string {
  if (!by) return `  - title: ${title}\n    account: Acme\n`;
  return `  - title: ${title}
    account: Acme
    metrics:
      primary:
        name: Orders placed online
        unit: "%"
        direction: increase
        baseline: { value: 0, asOf: 2026-01-01 }
        target: { value: 100, by: ${by} }
        measurements: [${readings.join(', ')}]
`;
}

/** The achievement row of the Markdown report in both languages and the HTML's basis cell, `rate` as shown ("66.7%"). */
export function assertAchievementRow(p: Portfolio, rate: string, basis: string, basisKo: string): void {
  const md = buildPortfolioReport(p, { lang: 'en' });
  assert.ok(md.includes(`| Outcome achievement | ${rate} | ${basis} | > 80.0% | ✗ no |`), md);
  const ko = buildPortfolioReport(p, { lang: 'ko' });
  assert.ok(ko.includes(`| 성과 달성률 | ${rate} | ${basisKo} | > 80.0% | ✗ 아니요 |`), ko);
  // The HTML wraps each date so it does not break at its hyphens; the words are the same.
  const html = buildPortfolioHtml(p, { lang: 'en' }).replace(/<span class="date">([^<]*)<\/span>/g, '$1');
  assert.ok(html.includes(`<td>${basis}</td>`), 'the basis cell of the HTML report');
}

/**
 * The five outcomes the late tests are written on (portfolio-late-rows, report-late), each rising
 * from 0 (2026-01-01) to 100, judged on 2026-12-01: A at target only after its 2026-06-30
 * deadline (late), B achieved in time, D short now past its deadline (off track), F achieved
 * early, N on track.
 */
export const LATE_SET = {
  A: dueOutcome('A buyers order online', '2026-06-30', [at('2026-06-15', 60), at('2026-08-01', 100)]),
  B: dueOutcome('B clerks order online', '2026-06-30', [at('2026-06-30', 100), at('2026-09-01', 100)]),
  D: dueOutcome('D drivers order online', '2026-06-30', [at('2026-05-01', 100), at('2026-10-01', 80)]),
  F: dueOutcome('F fitters order online', '2027-03-31', [at('2026-10-01', 100)]),
  N: dueOutcome('N nurses order online', '2027-03-31', [at('2026-11-01', 70)]),
};
