// Where a reading is shown beside the straight line's expectation: the column and the bullet say
// what the figure is (the latest reading, not something "achieved"), and the line's value gets one
// more decimal when rounding would make it read as the reading itself.
//
// The team lead's dock appointments: 60% on 2026-10-31 to 90% by 2027-04-30 (181 days: 30 + 31 +
// 31 + 28 + 31 + 30), read 64% on 2026-11-27, 27 days in. The line expects 60 + 30 × 27/181 =
// 64.475…%; 4 of 30 points made is 13.3% of the change where 27/181 = 14.9% was due, ratio 0.894:
// at risk. Whole percents wrote "expected 64%" beside "64%": it is 64.5%.
import { strict as assert } from 'node:assert';
import { parseDocument } from '../../src/core/parse';
import { buildPortfolio } from '../../src/core/portfolio';
import { buildPortfolioReport } from '../../src/core/portfolio/report-md';
import { expectedDigits, metricProgress } from '../../src/core/progress';
import { buildReport } from '../../src/core/report';
import { outcomeView } from '../../src/core/view/canvas';
import { buildReportHtml } from '../../src/core/view/report-html';

const TODAY = '2026-12-01';

const plan = (reading: string) => `## CBO: Carriers book a dock appointment online before arrival for 90% of inbound trucks

### Success Metrics
- **Primary Metric**: Inbound trucks arriving with a booked appointment (%)
- **Baseline**: 60% (as of 2026-10-31)
- **Target**: 90%
- **Timeline**: by 2027-04-30
- **Latest Measurement**: ${reading} as of 2026-11-27
`;

const outcomes = (reading = '64%') => parseDocument(plan(reading), 'markdown').doc.outcomes;

describe('the straight line beside a reading', () => {
  it('gets one more decimal when rounding would hide the gap: 64.475 beside 64 is 64.5', () => {
    const p = metricProgress(outcomes()[0]!.metrics!.primary!, TODAY);
    assert.equal(p.status, 'at-risk');
    assert.ok(Math.abs(p.expected! - (60 + (30 * 27) / 181)) < 1e-9);
    assert.equal(expectedDigits(p), 1);
    // 66 is two points above 64.475: whole percents already tell them apart.
    assert.equal(expectedDigits(metricProgress(outcomes('66%')[0]!.metrics!.primary!, TODAY)), 0);
    // A reading of 64.48 (two decimals) against 64.475 is ahead of the line, on track: the line is
    // shown as the reading is, at two decimals (64.48 both), since the status already says ahead.
    const ahead = metricProgress(outcomes('64.48%')[0]!.metrics!.primary!, TODAY);
    assert.equal(ahead.status, 'on-track');
    assert.equal(expectedDigits(ahead), 2);
    // 64.47 (behind the line, at risk) against 64.475: 64.47 and 64.48 at two decimals already differ.
    assert.equal(expectedDigits(metricProgress(outcomes('64.47%')[0]!.metrics!.primary!, TODAY)), 2);
  });

  it('the report detail and the chart caption say 64.5%, not 64%', () => {
    const md = buildReport(outcomes(), { today: TODAY, lang: 'en' });
    assert.ok(md.includes('- **Latest reading**: 64% on 2026-11-27; 13.3% of the planned change; the straight line expected 64.5% on that date'), md);
    const html = buildReportHtml(outcomes(), { today: TODAY, lang: 'en' });
    assert.match(html, /<figcaption>[^<]*plan line 64\.5%[^<]*<\/figcaption>/);
    const v = outcomeView(outcomes()[0]!, [], { lang: 'ko', today: TODAY });
    assert.match(v.metrics[0]!.detail, /계획선 64\.5%/);
    // Where whole percents differ, they stay whole.
    assert.ok(buildReport(outcomes('66%'), { today: TODAY, lang: 'en' }).includes('the straight line expected 64% on that date'));
  });

  it('labels the latest reading as what it is, in the table, the detail and the portfolio, in both languages', () => {
    const md = buildReport(outcomes(), { today: TODAY, lang: 'en' });
    assert.match(md, /^\| # \| Outcome \| Category \| Target \| Latest reading \| Value \(per year\) \| Status \|$/m);
    assert.doesNotMatch(md, /Achieved so far/);
    const ko = buildReport(outcomes(), { today: TODAY, lang: 'ko' });
    assert.match(ko, /^\| # \| 성과 \| 범주 \| 목표 \| 최근 측정값 \| 가치\(연간\) \| 상태 \|$/m);
    assert.match(ko, /^- \*\*최근 측정값\*\*: 2026-11-27 측정 64%; /m);
    const p = buildPortfolio([{ file: 'plan.md', outcomes: outcomes() }], TODAY);
    assert.match(buildPortfolioReport(p, { lang: 'en' }), /^\| Outcome \| File \| Category \| Target \| Latest reading \| Status \|/m);
    assert.match(buildPortfolioReport(p, { lang: 'ko' }), /^\| 성과 \| 파일 \| 범주 \| 목표 \| 최근 측정값 \| 상태 \|/m);
  });
});
