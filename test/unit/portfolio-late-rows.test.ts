// An outcome at target only after its deadline is not counted achieved by outcome achievement
// (portfolio-late.test.ts); its own row, its account's count of goals, the value story and the
// trends now say the same, so a team lead who reads the rate card then the table finds no
// contradiction. Worked out by hand, today 2026-12-01, every metric rising from 0 (2026-01-01) to
// 100, all of account Acme:
//
//  A  due 2026-06-30, read 60 on 06-15, 100 on 08-01   at target only after the deadline: late
//  B  due 2026-06-30, read 100 on 06-30, 100 on 09-01  achieved in time
//  D  due 2026-06-30, read 100 on 05-01, 80 on 10-01   short now, deadline passed: off track
//  F  due 2027-03-31, read 100 on 10-01                achieved early
//  N  due 2027-03-31, read 70 on 11-01                 on track (304 of 454 days: 67 % planned)
//
// Account: B, F, N achieved or on track = 3 of 5; A achieved late (before: 4 of 5).
// Story: 3 achieved or on track, 2 of them at target (B, F), 1 achieved late, 1 off track.
// Trends ("Outcomes at target" at each quarter's end, the last at today):
//   Q2 (06-30): B, D at target, in time                           2
//   Q3 (09-30): A (late: 60 was its last reading by 06-30), B, D   3, 1 late
//   Q4 (today): A (late), B, F                                     3, 1 late
// Measurements: Q2 A 06-15, B 06-30, D 05-01 = 3; Q3 A 08-01, B 09-01 = 2; Q4 D, F, N = 3.
import { strict as assert } from 'node:assert';
import { parseDocument } from '../../src/core/parse';
import { buildPortfolio, portfolioJson, type Portfolio } from '../../src/core/portfolio';
import { buildPortfolioReport } from '../../src/core/portfolio/report-md';
import { buildPortfolioHtml } from '../../src/core/view/report-html';
import { portfolioPageBody } from '../../src/core/view/portfolio-page';
import { cbo, removeWorkspaces, workspace } from './cli-run';
import { LATE_SET } from './due-fixture';

after(() => removeWorkspaces());

const TODAY = '2026-12-01';
const { A, B, D, F, N } = LATE_SET;
const YAML = `cbo: 1\noutcomes:\n${[A, B, D, F, N].join('')}`;

function portfolio(yaml = YAML): Portfolio {
  return buildPortfolio([{ file: 'acme.cbo.yaml', outcomes: parseDocument(yaml, 'yaml').doc.outcomes }], TODAY);
}

const UI = { title: 'T', exportHtml: 'H', exportMarkdown: 'M', refresh: 'R' };

describe('an outcome achieved late reads as such in every output, as the rate counts it', () => {
  it('its row says "achieved late" in the Markdown report, English and Korean; the others keep their status', () => {
    const en = buildPortfolioReport(portfolio(), { lang: 'en' });
    assert.match(en, /^\| A buyers order online \| acme\.cbo\.yaml:1 \| – \| 100% by 2026-06-30 \| 100% on 2026-08-01 \| ⚠ achieved late \| – \| n\/a \|$/m);
    assert.match(en, /^\| B clerks order online \|.*\| ✓ achieved \|/m);
    assert.match(en, /^\| F fitters order online \|.*\| ✓ achieved \|/m);
    const ko = buildPortfolioReport(portfolio(), { lang: 'ko' });
    assert.match(ko, /^\| A buyers order online \|.*\| ⚠ 기한 후 달성 \|/m);
    assert.match(ko, /^\| B clerks order online \|.*\| ✓ 달성 \|/m);
  });

  it('the account counts neither late nor short goals as achieved or on track, and names the late ones', () => {
    assert.ok(buildPortfolioReport(portfolio(), { lang: 'en' }).includes('\n3 of 5 goals achieved or on track; 1 achieved late.\n'));
    assert.ok(buildPortfolioReport(portfolio(), { lang: 'ko' }).includes('\n목표 5개 중 3개가 달성 또는 정상이고, 1개는 기한 후 달성입니다.\n'));
    // None late: the sentence as before.
    const none = portfolio(`cbo: 1\noutcomes:\n${[B, D].join('')}`);
    assert.ok(buildPortfolioReport(none, { lang: 'en' }).includes('\n1 of 2 goals achieved or on track.\n'));
    assert.ok(buildPortfolioReport(none, { lang: 'ko' }).includes('\n목표 2개 중 1개가 달성 또는 정상입니다.\n'));
  });

  it('the value story counts the late one apart', () => {
    assert.ok(buildPortfolioReport(portfolio(), { lang: 'en' }).includes('5 outcomes across 1 account: 3 achieved or on track (2 of them at target), 1 achieved late, 1 off track.'));
    assert.ok(buildPortfolioReport(portfolio(), { lang: 'ko' }).includes('고객사 1곳의 성과 5개 중 3개가 달성 또는 정상(그중 2개는 목표 도달), 1개가 기한 후 달성, 1개가 부진입니다.'));
  });

  it('the trends name the late ones among those at target at each quarter\'s end', () => {
    const en = buildPortfolioReport(portfolio(), { lang: 'en' });
    for (const row of ['| 2026-Q2 | 3 | 2 |', '| 2026-Q3 | 2 | 3 (1 achieved late) |', '| 2026-Q4 | 3 | 3 (1 achieved late) |']) assert.ok(en.includes(row), row);
    const ko = buildPortfolioReport(portfolio(), { lang: 'ko' });
    for (const row of ['| 2026년 2분기 | 3 | 2 |', '| 2026년 3분기 | 2 | 3(그중 기한 후 달성 1) |']) assert.ok(ko.includes(row), row);
  });

  it('JSON: status stays "achieved" with late: true beside it; a quarter gives reachedLate when it has one', () => {
    const j = portfolioJson(portfolio());
    const a = j.outcomes.find((o) => o.title?.startsWith('A '))!;
    assert.equal(a.status, 'achieved');
    assert.equal((a as { late?: boolean }).late, true);
    assert.deepEqual(j.outcomes.filter((o) => 'late' in o).map((o) => o.title![0]), ['A'], 'no other row has the field');
    assert.deepEqual(j.trends.map((q) => [q.quarter, q.reached, (q as { reachedLate?: number }).reachedLate]), [['2026-Q2', 2, undefined], ['2026-Q3', 3, 1], ['2026-Q4', 3, 1]]);
    assert.ok(!('reachedLate' in j.trends[0]!), 'a quarter with none is written as before');
  });

  it('the HTML report and the editor\'s portfolio page show the row as achieved late', () => {
    const html = buildPortfolioHtml(portfolio(), { lang: 'en' });
    assert.ok(html.includes('<td>⚠ achieved late</td>'), 'HTML row');
    assert.ok(html.includes('3 of 5 goals achieved or on track; 1 achieved late.'));
    const page = portfolioPageBody(portfolio(), [], 'en', UI);
    assert.ok(page.includes('<td>⚠ achieved late</td>'), 'editor page row');
    assert.ok(page.includes('3 of 5 goals achieved or on track; 1 achieved late.'));
    assert.ok(portfolioPageBody(portfolio(), [], 'ko', UI).includes('<td>⚠ 기한 후 달성</td>'));
  });

  it('cbo portfolio\'s text lists it as achieved late, English and Korean', async function () {
    this.timeout(30_000);
    const dir = workspace({ 'acme.cbo.yaml': YAML });
    const en = await cbo(dir, 'portfolio', '.', '--today', TODAY);
    assert.match(en.out, /^acme\.cbo\.yaml:3 achieved late {2}A buyers order online \[Acme\]$/m);
    assert.match(en.out, /^acme\.cbo\.yaml:\d+ achieved {2}B clerks order online \[Acme\]$/m);
    const ko = await cbo(dir, 'portfolio', '.', '--today', TODAY, '--lang', 'ko');
    assert.match(ko.out, /^acme\.cbo\.yaml:3 기한 후 달성 {2}A buyers order online \[Acme\]$/m);
  });
});
