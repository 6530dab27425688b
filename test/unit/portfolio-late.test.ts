// Outcome achievement counts an outcome achieved when it reached its target by its deadline: the
// framework's success is a CBO achieved within its timeline. One at target only after its
// deadline is due, so in the denominator, and counted apart (achievedLate), not as achieved.
// Worked out by hand, today 2026-12-01, every metric rising from 0 (2026-01-01) to 100:
//
//  A  due 2026-06-30, read 60 on 06-15, 100 on 08-01      at target only after the deadline: late
//  B  due 2026-06-30, read 100 on 06-30 (the deadline), 100 on 09-01   in time
//  C  due 2026-06-30, read 100 on 05-01, 80 on 07-01, 100 on 10-01     in time (met by the deadline, at it now)
//  D  due 2026-06-30, read 100 on 05-01, 80 on 10-01      short of target now: not achieved, not late
//  E  due 2026-06-30, one reading of 100 with no date     taken as today's: late
//  F  due 2027-03-31, read 100 on 2026-10-01              at target early: achieved
//  G  due 2026-06-30, read 100 on 07-01 only              late
//
// Due: A B C D E G = 6, and F early: of 7. Achieved in time: B, C and F = 3, so 3/7 = 42.9 %.
// Late: A, E, G = 3. Before, A, E and G counted as achieved: 6/7.
import { strict as assert } from 'node:assert';
import { parseDocument } from '../../src/core/parse';
import { buildPortfolio, portfolioJson, type Portfolio } from '../../src/core/portfolio';
import { buildPortfolioReport } from '../../src/core/portfolio/report-md';
import { assertAchievementRow, at, dueOutcome } from './due-fixture';

const TODAY = '2026-12-01';

const outcome = dueOutcome;

const A = outcome('A buyers order online', '2026-06-30', [at('2026-06-15', 60), at('2026-08-01', 100)]);
const B = outcome('B clerks order online', '2026-06-30', [at('2026-06-30', 100), at('2026-09-01', 100)]);
const C = outcome('C cooks order online', '2026-06-30', [at('2026-05-01', 100), at('2026-07-01', 80), at('2026-10-01', 100)]);
const D = outcome('D drivers order online', '2026-06-30', [at('2026-05-01', 100), at('2026-10-01', 80)]);
const E = outcome('E editors order online', '2026-06-30', ['{ value: 100 }']);
const F = outcome('F fitters order online', '2027-03-31', [at('2026-10-01', 100)]);
const G = outcome('G guards order online', '2026-06-30', [at('2026-07-01', 100)]);

function portfolio(...outcomes: string[]): Portfolio {
  const yaml = `cbo: 1\noutcomes:\n${outcomes.join('')}`;
  return buildPortfolio([{ file: 'acme.cbo.yaml', outcomes: parseDocument(yaml, 'yaml').doc.outcomes }], TODAY);
}

const BASIS = 'achieved 2 of 6 outcomes due before 2026-12-01 in time, and 1 more at target early; 3 reached their target only after their deadline, not counted as achieved';
const BASIS_KO = '기한이 2026-12-01 전인 성과 6개 중 2개 기한 내 달성, 기한 전에 목표에 이른 성과 1개 더; 3개는 기한이 지난 뒤에야 목표에 이르러 달성으로 세지 않음';

describe('outcome achievement: a target reached only after its deadline is counted apart', () => {
  it('counts B, C and F achieved of 7, and A, E and G late: 3/7, not 6/7', () => {
    const p = portfolio(A, B, C, D, E, F, G);
    assert.equal(p.rates.achievement, 3 / 7);
    assert.deepEqual(p.counts.achievement, { count: 3, of: 7, dueBefore: TODAY, reachedEarly: 1, achievedLate: 3, notYetDue: 0, noDeadline: 0 });
    assert.deepEqual(p.outcomes.filter((r) => r.reachedLate).map((r) => r.title[0]), ['A', 'E', 'G']);
  });

  it('gives achievedLate in the JSON, count being those achieved in time', () => {
    const j = portfolioJson(portfolio(A, B, C, D, E, F, G));
    assert.equal(j.rates.achievement, 3 / 7);
    assert.deepEqual(j.counts.achievement, { count: 3, of: 7, dueBefore: TODAY, reachedEarly: 1, achievedLate: 3, notYetDue: 0, noDeadline: 0 });
  });

  it('says it in the basis, Markdown and HTML, English and Korean', () => {
    assertAchievementRow(portfolio(A, B, C, D, E, F, G), '42.9%', BASIS, BASIS_KO);
  });

  it('one late outcome alone: 0 of 1, said in the singular', () => {
    const p = portfolio(A);
    assert.equal(p.rates.achievement, 0);
    assert.deepEqual(p.counts.achievement, { count: 0, of: 1, dueBefore: TODAY, reachedEarly: 0, achievedLate: 1, notYetDue: 0, noDeadline: 0 });
    assert.ok(buildPortfolioReport(p, { lang: 'en' }).includes('| achieved 0 of 1 outcome due before 2026-12-01 in time; 1 reached its target only after its deadline, not counted as achieved |'));
    assert.ok(buildPortfolioReport(p, { lang: 'ko' }).includes('| 기한이 2026-12-01 전인 성과 1개 중 0개 기한 내 달성; 1개는 기한이 지난 뒤에야 목표에 이르러 달성으로 세지 않음 |'));
  });

  it('a reading at target before the baseline proves nothing in time; one on the deadline day does', () => {
    const early = outcome('H hosts order online', '2026-06-30', [at('2025-12-01', 100), at('2026-08-01', 100)]);
    assert.equal(portfolio(early).counts.achievement.achievedLate, 1, 'before the baseline');
    assert.equal(portfolio(B).counts.achievement.achievedLate, 0, 'on the deadline day');
    assert.equal(portfolio(B).counts.achievement.count, 1);
  });

  it('without a late outcome the basis reads as before (no "in time")', () => {
    const md = buildPortfolioReport(portfolio(B, D), { lang: 'en' });
    assert.ok(md.includes('| achieved 1 of 2 outcomes due before 2026-12-01 |'), md);
  });
});
