// Outcome achievement counts the outcomes that are due, those whose deadline (the primary
// metric's target date) is before today, and those already at target: an outcome due next year
// is no failure yet, but one at target early is a success now. Worked out
// by hand, today 2026-12-01, every metric rising from 0 (2026-01-01) to 100:
//
//  A  due 2026-06-30, read 100 on 2026-06-15     due, at target          achieved
//  B  due 2026-11-30, read 40 on 2026-11-01      due, short of it
//  C  due 2026-12-01 (today), read 50            not yet due: the day is not over
//  D  due 2027-03-31, read 100 on 2026-10-01     not yet due, at target early  achieved
//  E, F, G  due 2027-03-31, read 50              not yet due
//  H  due 2027-06-30, no reading                 not yet due
//  I  no metric, so no deadline                  neither
//
// Due: A, B = 2, and D at target early: 3; achieved: A, D = 2, so 2/3 = 66.7 %. Not yet due
// and short of target: C, E, F, G, H = 5; no deadline: I = 1. Before, every outcome was the
// denominator: A and D at target of 9 = 22.2 %.
import { strict as assert } from 'node:assert';
import { mkdtempSync, promises as fs, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';
import { parseDocument } from '../../src/core/parse';
import { buildPortfolio, portfolioJson, type Portfolio } from '../../src/core/portfolio';
import { buildPortfolioReport } from '../../src/core/portfolio/report-md';
import { portfolioPageBody } from '../../src/core/view/portfolio-page';
import { assertAchievementRow, at, dueOutcome } from './due-fixture';

const TODAY = '2026-12-01';

function outcome(title: string, by: string | undefined, readings: [string, number][]): string {
  return dueOutcome(title, by, readings.map(([d, v]) => at(d, v)));
}

const YAML = `cbo: 1
outcomes:
${[
  outcome('A buyers order online', '2026-06-30', [['2026-06-15', 100]]),
  outcome('B clerks order online', '2026-11-30', [['2026-11-01', 40]]),
  outcome('C cooks order online', '2026-12-01', [['2026-11-01', 50]]),
  outcome('D drivers order online', '2027-03-31', [['2026-10-01', 100]]),
  outcome('E editors order online', '2027-03-31', [['2026-11-01', 50]]),
  outcome('F fitters order online', '2027-03-31', [['2026-11-01', 50]]),
  outcome('G guards order online', '2027-03-31', [['2026-11-01', 50]]),
  outcome('H hosts order online', '2027-06-30', []),
  outcome('I installers order online', undefined, []),
].join('')}`;

const BASIS = 'achieved 1 of 2 outcomes due before 2026-12-01, and 1 more at target early; 5 more not yet due; 1 with no deadline';
const BASIS_KO = '기한이 2026-12-01 전인 성과 2개 중 1개 달성, 기한 전에 목표에 이른 성과 1개 더; 아직 기한 전 5개; 기한 없음 1개';

function portfolio(yaml = YAML): Portfolio {
  return buildPortfolio([{ file: 'acme.cbo.yaml', outcomes: parseDocument(yaml, 'yaml').doc.outcomes }], TODAY);
}

describe('outcome achievement counts the outcomes that are due', () => {
  it('divides by the outcomes whose deadline is before today and those at target early: 2 of 3, not 2 of 9', () => {
    const p = portfolio();
    assert.equal(p.outcomes.length, 9);
    assert.equal(p.rates.achievement, 2 / 3);
    assert.deepEqual(p.counts.achievement, { count: 2, of: 3, dueBefore: TODAY, reachedEarly: 1, achievedLate: 0, notYetDue: 5, noDeadline: 1 });
  });

  it('gives the new counts in the JSON, beside the rate', () => {
    const j = portfolioJson(portfolio());
    assert.equal(j.rates.achievement, 2 / 3);
    assert.deepEqual(j.counts.achievement, { count: 2, of: 3, dueBefore: TODAY, reachedEarly: 1, achievedLate: 0, notYetDue: 5, noDeadline: 1 });
  });

  it('says the basis in the Markdown and HTML report, in English and Korean', () => {
    assertAchievementRow(portfolio(), '66.7%', BASIS, BASIS_KO);
  });

  it('says it on the editor\'s rate card', () => {
    const html = portfolioPageBody(portfolio(), [], 'en', { title: 'T', exportHtml: 'H', exportMarkdown: 'M', refresh: 'R' });
    assert.ok(html.includes(`<div class="t">${BASIS} · Target &#62; 80.0% · no</div>`), 'the achievement card');
    const ko = portfolioPageBody(portfolio(), [], 'ko', { title: 'T', exportHtml: 'H', exportMarkdown: 'M', refresh: 'R' });
    assert.ok(ko.includes(`<div class="t">${BASIS_KO} · `), 'the Korean card');
  });

  it('with nothing due yet there is no rate, and the basis says why', () => {
    // Only E to H (due 2027, short of target) and I: none due, so no rate rather than 0 %.
    const later = YAML.replace(/ {2}- title: [ABCD] [\s\S]*?(?= {2}- title: E)/, '');
    const p = portfolio(later);
    assert.equal(p.outcomes.length, 5);
    assert.equal(p.rates.achievement, null);
    assert.deepEqual(p.counts.achievement, { count: 0, of: 0, dueBefore: TODAY, reachedEarly: 0, achievedLate: 0, notYetDue: 4, noDeadline: 1 });
    const md = buildPortfolioReport(p, { lang: 'en' });
    assert.ok(md.includes('| Outcome achievement | n/a (nothing to count) | no outcome due before 2026-12-01; 4 not yet due; 1 with no deadline | > 80.0% | – |'), md);
    const ko = buildPortfolioReport(p, { lang: 'ko' });
    assert.ok(ko.includes('| 기한이 2026-12-01 전인 성과 없음; 아직 기한 전 4개; 기한 없음 1개 |'), ko);
  });

  it('an outcome at target before its deadline is achieved now, and the basis says it came early', () => {
    // D alone: due 2027-03-31, read 100 (its target) on 2026-10-01.
    const p = portfolio(`cbo: 1\noutcomes:\n${outcome('D drivers order online', '2027-03-31', [['2026-10-01', 100]])}${outcome('E editors order online', '2027-03-31', [['2026-11-01', 50]])}`);
    assert.equal(p.rates.achievement, 1);
    assert.deepEqual(p.counts.achievement, { count: 1, of: 1, dueBefore: TODAY, reachedEarly: 1, achievedLate: 0, notYetDue: 1, noDeadline: 0 });
    assert.ok(buildPortfolioReport(p, { lang: 'en' }).includes('| no outcome due before 2026-12-01; 1 at target early; 1 more not yet due |'));
    assert.ok(buildPortfolioReport(p, { lang: 'ko' }).includes('| 기한이 2026-12-01 전인 성과 없음; 기한 전에 목표에 이른 성과 1개; 아직 기한 전 1개 |'));
  });

  it('early only on a change proved by a dated reading since the baseline', () => {
    // Each due 2027-03-31, read at its target (100) before today; none may count as achieved early:
    // a goal held (maintain) from day one, a target equal to its baseline, a reading with no
    // date, a reading from before the baseline.
    const early = (yaml: string) => portfolio(`cbo: 1\noutcomes:\n${yaml}`).counts.achievement;
    const d = outcome('D drivers order online', '2027-03-31', [['2026-10-01', 100]]);
    assert.equal(early(d).reachedEarly, 1, 'the plain case counts');
    assert.equal(early(d.replace('direction: increase', 'direction: maintain').replace('value: 0, asOf', 'value: 100, asOf')).reachedEarly, 0, 'maintain');
    assert.equal(early(d.replace('value: 0, asOf', 'value: 100, asOf').replace('direction: increase\n', '')).reachedEarly, 0, 'target equal to baseline');
    assert.equal(early(d.replace('{ date: 2026-10-01, value: 100 }', '{ value: 100 }')).reachedEarly, 0, 'undated reading');
    assert.equal(early(d.replace('{ date: 2026-10-01, value: 100 }', '{ date: 2025-06-01, value: 100 }')).reachedEarly, 0, 'reading before the baseline');
    for (const y of [d.replace('direction: increase', 'direction: maintain').replace('value: 0, asOf', 'value: 100, asOf'), d.replace('{ date: 2026-10-01, value: 100 }', '{ value: 100 }')]) {
      assert.deepEqual(early(y), { count: 0, of: 0, dueBefore: TODAY, reachedEarly: 0, achievedLate: 0, notYetDue: 1, noDeadline: 0 });
    }
  });

  it('a deadline of today is not yet due; of yesterday it is', () => {
    const one = (by: string) => portfolio(`cbo: 1\noutcomes:\n${outcome('C cooks order online', by, [['2026-11-01', 50]])}`).counts.achievement;
    assert.deepEqual(one('2026-12-01'), { count: 0, of: 0, dueBefore: TODAY, reachedEarly: 0, achievedLate: 0, notYetDue: 1, noDeadline: 0 });
    assert.deepEqual(one('2026-11-30'), { count: 0, of: 1, dueBefore: TODAY, reachedEarly: 0, achievedLate: 0, notYetDue: 0, noDeadline: 0 });
  });
});

describe('cbo portfolio says the basis of outcome achievement', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'cbo-due-'));
    writeFileSync(path.join(dir, 'acme.cbo.yaml'), YAML);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  async function cbo(...argv: string[]) {
    const r = { out: '', err: '', cwd: dir, stdout: (s: string) => void (r.out += s), stderr: (s: string) => void (r.err += s), stdoutIsTerminal: true, readFile: (p: string) => fs.readFile(p, 'utf8') };
    const io: CliIo = r;
    const code = await main(argv, io, {});
    return { code, out: r.out };
  }

  it('in its text, English and Korean', async () => {
    const en = await cbo('portfolio', '.', '--today', TODAY);
    assert.ok(en.out.includes(`✗ Outcome achievement: 66.7% (${BASIS}), Target > 80.0%`), en.out);
    const ko = await cbo('portfolio', '.', '--today', TODAY, '--lang', 'ko');
    assert.ok(ko.out.includes(`✗ 성과 달성률: 66.7% (${BASIS_KO}), `), ko.out);
  });

  it('in its JSON', async () => {
    const j = JSON.parse((await cbo('portfolio', '.', '--today', TODAY, '--format', 'json')).out);
    assert.equal(j.rates.achievement, 2 / 3);
    assert.deepEqual(j.counts.achievement, { count: 2, of: 3, dueBefore: TODAY, reachedEarly: 1, achievedLate: 0, notYetDue: 5, noDeadline: 1 });
  });
});
