// The peer table's "Progress to target" is the mean share of the planned change reached, over
// the outcomes with a numeric target and a reading, due or not: the report says from how many,
// and how many of them are not yet due, as it says for value per user. Worked out by hand,
// today 2026-12-01, every metric rising from 0 (2026-01-01) to 100:
//
//  A  due 2026-06-30, read 100 on 06-15        share 1, due
//  B  due 2026-11-30, read 40 on 11-01         share 0.4, due
//  E  due 2027-03-31, read 50 on 11-01         share 0.5, not yet due
//  H  due 2027-06-30, no reading               no share
//  I  no metric                                no share
//  J  target 100 with no date, read 100        share 1 (at target), no deadline
//
// From 4 of the 6 outcomes (A, B, E, J); of them 1 not yet due (E) and 1 with no deadline (J).
import { strict as assert } from 'node:assert';
import { parseDocument } from '../../src/core/parse';
import { buildPortfolio, peerComparison, portfolioJson, type Portfolio } from '../../src/core/portfolio';
import { mdCtx, peersSection } from '../../src/core/portfolio/report-md';
import { at, dueOutcome } from './due-fixture';

const TODAY = '2026-12-01';

const A = dueOutcome('A buyers order online', '2026-06-30', [at('2026-06-15', 100)]);
const B = dueOutcome('B clerks order online', '2026-11-30', [at('2026-11-01', 40)]);
const E = dueOutcome('E editors order online', '2027-03-31', [at('2026-11-01', 50)]);
const H = dueOutcome('H hosts order online', '2027-06-30', []);
const I = dueOutcome('I installers order online', undefined, []);
const J = dueOutcome('J joiners order online', '2027-06-30', [at('2026-11-01', 100)]).replace('target: { value: 100, by: 2027-06-30 }', 'target: { value: 100 }');

function portfolio(...outcomes: string[]): Portfolio {
  const yaml = `cbo: 1\noutcomes:\n${outcomes.join('')}`;
  return buildPortfolio([{ file: 'acme.cbo.yaml', outcomes: parseDocument(yaml, 'yaml').doc.outcomes }], TODAY);
}

const table = (p: Portfolio, lang: 'en' | 'ko') => peersSection(peerComparison(p.outcomes, 'outcome', ''), mdCtx(lang, TODAY)).join('\n');

describe('peer comparison: which outcomes progress to target is from', () => {
  const p = portfolio(A, B, E, H, I, J);

  it('counts 4 of 6, 1 of them not yet due and 1 with no deadline', () => {
    assert.deepEqual(p.outcomes.map((r) => r.share), [1, 0.4, 0.5, undefined, undefined, 1]);
    assert.deepEqual(peerComparison(p.outcomes, 'outcome', '').progressFrom, { count: 4, of: 6, notYetDue: 1, noDeadline: 1 });
    assert.deepEqual(peerComparison(p.outcomes, 'account', '').progressFrom, { count: 4, of: 6, notYetDue: 1, noDeadline: 1 });
  });

  it('says it above the table, English and Korean', () => {
    const en = table(p, 'en');
    assert.ok(en.includes('\n\nProgress to target is from 4 of the 6 outcomes: those with a numeric target and a reading, due or not (1 of them not yet due, 1 with no deadline).\n\n'), en);
    const ko = table(p, 'ko');
    assert.ok(ko.includes('\n\n목표 대비 진척은 성과 6개 중 숫자 목표값과 측정값이 있는 4개로, 기한과 관계없이 계산했습니다(그중 1개는 아직 기한 전, 1개는 기한 없음).\n\n'), ko);
  });

  it('without outcomes apart, no brackets; with none, says there is none', () => {
    assert.ok(table(portfolio(A, B), 'en').includes('\n\nProgress to target is from 2 of the 2 outcomes: those with a numeric target and a reading, due or not.\n\n'));
    const none = table(portfolio(H, I), 'en');
    assert.ok(none.includes('\n\nNo outcome has a numeric target and a reading, so there is no progress to target.\n\n'), none);
    assert.ok(table(portfolio(H, I), 'ko').includes('\n\n숫자 목표값과 측정값이 함께 있는 성과가 없어 목표 대비 진척이 없습니다.\n\n'));
  });

  it('gives peers.progressFrom in the JSON', () => {
    assert.deepEqual(portfolioJson(p).peers.progressFrom, { count: 4, of: 6, notYetDue: 1, noDeadline: 1 });
  });
});
