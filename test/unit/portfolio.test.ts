// The portfolio on test/fixtures/portfolio, every figure worked out by hand below (today is
// 2027-01-15). The fixture holds six outcomes in four CBO files and one CSV:
//
//  A hanbit.cbo.yaml:3   Hanbit Retail, KRW. investment 100,000,000; hard 150,000,000 (validated)
//                        + soft 1,000 h × 30,000 = 30,000,000 (not validated): claimed 180,000,000,
//                        validated 150,000,000, ROI (180-100)/100 = 80.0 %, conservative 50.0 %.
//                        Metric 20 → 60 (increase); latest 62 on 2026-12-20 ≥ 60: achieved, at target.
//                        users 200; realised 40,000,000 on 2026-09-30 and 60,000,000 on 2026-12-31.
//  B hanbit.cbo.yaml:32  Hanbit Retail, KRW. investment 50,000,000; hard 30,000,000 (not validated):
//                        ROI (30-50)/50 = -40.0 %, not positive. Metric 45 → 15 minutes by 2027-06-30
//                        from 2026-07-01 (364 days); 44 on 2026-08-01: 31/364 = 0.085 of the time,
//                        (44-45)/(15-45) = 0.033 of the change, ratio 0.39 < 0.6: off track. Last
//                        measured 167 days before today (> 90). users 50. Barrier "Tills are offline at night".
//  C northwind.cbo.yaml:2 Northwind Bank, USD. investment 200,000; hard 250,000 + risk 0.1 × 500,000
//                        = 50,000, both validated: claimed = validated = 300,000, ROI 50.0 % both.
//                        Readings from northwind-fcr.csv: 60 (2026-09-30), 70 (2026-12-31), line 4 is
//                        a bad date (left out), 75 on 2027-03-31 is after today (ignored). 50 → 80
//                        from 2026-07-01 to 2027-06-30: 183/364 = 0.503 of the time, 20/30 = 0.667 of
//                        the change, ratio 1.33: on track, not at target. users 40.
//  D contoso.cbo.yaml:3  Contoso, USD. investment 80,000; soft 2,000 h × 50 = 100,000 + revenue 20,000,
//                        none validated: claimed 120,000, ROI 50.0 %, conservative -100.0 %. Metric 70 →
//                        90 over 729 days from 2026-01-01; 78 on 2026-12-31: 364/729 = 0.499 of the
//                        time, 8/20 = 0.4 of the change, ratio 0.80: at risk. users 25.
//  E contoso.cbo.yaml:25 Contoso, no value block at all, metric without measurements: no data.
//  F acme-legacy.cbo.yaml:2 no account, EUR, one validated hard saving of 10,000, no investment,
//                        no metric: no data.
//
// Rates: achievement counts the outcomes due before today: A (due 2026-12-31, at target) alone, so
// 1/1; B and C (2027-06-30), D (2027-12-31) and E (2027-09-30) are not yet due, F has no metric and
// so no deadline. roiPositive counts accounts (the tracker's "% of accounts"):
// Hanbit (A + B pooled in KRW: 210,000,000 on 150,000,000), Northwind (C) and Contoso (D; E has no
// value) are positive = 3/3; F names no account, so no account's figure includes it (left out); valueDocumented A, B, C, D, F = 5/6 (E has none); customerValidated: items
// A 2 (1 validated), B 1 (0), C 2 (2), D 2 (0), F 1 (1) = 4/8.
// Totals: EUR 10,000.00 claimed and validated, no investment (so no net, no ROI).
//   KRW investment 150,000,000, claimed 210,000,000, validated 150,000,000, net 60,000,000,
//   ROI 60/150 = 40.0 %, conservative 0/150 = 0.0 %.
//   USD investment 280,000, claimed 420,000, validated 300,000, net 140,000, ROI 140/280 = 50.0 %,
//   conservative 20/280 = 7.142… → 7.1 %.
import { strict as assert } from 'node:assert';
import { copyFileSync, existsSync, mkdtempSync, promises as fs, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main';
import { loadPortfolio } from '../../src/cli/portfolio';
import type { CliIo } from '../../src/cli/io';
import { parseDocument } from '../../src/core/parse';
import {
  buildPortfolio,
  parseMeasurementsCsv,
  peerComparison,
  portfolioJson,
  quarterTrends,
  recommendations,
  safeCsvPath,
  stat,
  type Portfolio,
} from '../../src/core/portfolio';
import { storySentences, mdCtx, buildPortfolioReport } from '../../src/core/portfolio/report-md';
import { buildReport } from '../../src/core/report';
import { MARKDOWN_SNIPPETS, YAML_SNIPPETS } from '../../src/core/snippets/source';
import { expandSnippet } from './helpers';
import { buildPortfolioHtml } from '../../src/core/view/report-html';

const ROOT = process.cwd();
const TODAY = '2027-01-15';

function io(cwd = ROOT): CliIo & { out: string; err: string } {
  const r = { out: '', err: '', cwd, stdout: (s: string) => void (r.out += s), stderr: (s: string) => void (r.err += s), stdoutIsTerminal: true, readFile: (p: string) => fs.readFile(p, 'utf8') };
  return r;
}

async function fixture(): Promise<{ p: Portfolio; problems: { file: string; line: number; message: string }[] }> {
  const { portfolio, problems } = await loadPortfolio(['test/fixtures/portfolio'], io(), TODAY, { system: 'en' });
  return { p: portfolio, problems };
}

function row(p: Portfolio, title: RegExp) {
  const r = p.outcomes.find((o) => title.test(o.title));
  assert.ok(r, `no outcome ${title}`);
  return r;
}

describe('portfolio on the fixture folder', () => {
  let p: Portfolio;
  let problems: { file: string; line: number; message: string }[];
  before(async () => ({ p, problems } = await fixture()));

  it('reads six outcomes from four CBO files, each at its line', () => {
    assert.equal(p.files, 4);
    assert.deepEqual(
      p.outcomes.map((o) => `${path.basename(o.file)}:${o.line}`),
      ['acme-legacy.cbo.yaml:2', 'contoso.cbo.yaml:3', 'contoso.cbo.yaml:25', 'hanbit.cbo.yaml:3', 'hanbit.cbo.yaml:32', 'northwind.cbo.yaml:2'],
    );
  });

  it('gives every status, as worked out above', () => {
    assert.equal(row(p, /^Store managers/).status, 'achieved');
    assert.equal(row(p, /^Cashiers/).status, 'off-track');
    assert.equal(row(p, /^Advisors/).status, 'on-track');
    assert.equal(row(p, /^Field engineers/).status, 'at-risk');
    assert.equal(row(p, /^Dispatchers/).status, 'no-data');
    assert.equal(row(p, /^Auditors/).status, 'no-data');
  });

  it('computes the four rates exactly: 1/1 due, 3/3 accounts, 5/6, 4/8', () => {
    assert.deepEqual(p.rates, { achievement: 1 / 1, roiPositive: 3 / 3, valueDocumented: 5 / 6, customerValidated: 4 / 8 });
    assert.deepEqual(p.counts.achievement, { count: 1, of: 1, dueBefore: TODAY, reachedEarly: 0, achievedLate: 0, notYetDue: 4, noDeadline: 1 });
    assert.deepEqual(p.counts.roiPositive, { count: 3, of: 3, byAccount: true, leftOut: 1 });
    assert.deepEqual(p.counts.customerValidated, { count: 4, of: 8 });
  });

  it('totals per currency, never adding dollars to won or euros', () => {
    const t = Object.fromEntries(p.totals.map((x) => [x.key, x]));
    assert.deepEqual(Object.keys(t), ['EUR', 'KRW', 'USD']);
    assert.equal(t.EUR!.claimedMinor, 1_000_000);
    assert.equal(t.EUR!.validatedMinor, 1_000_000);
    assert.equal(t.EUR!.investmentMinor, undefined);
    assert.equal(t.EUR!.roiPercent, undefined);
    assert.equal(t.KRW!.investmentMinor, 150_000_000);
    assert.equal(t.KRW!.claimedMinor, 210_000_000);
    assert.equal(t.KRW!.validatedMinor, 150_000_000);
    assert.equal(t.KRW!.netMinor, 60_000_000);
    assert.equal(t.KRW!.roiPercent, 40);
    assert.equal(t.KRW!.conservativeRoiPercent, 0);
    assert.equal(t.USD!.investmentMinor, 28_000_000);
    assert.equal(t.USD!.claimedMinor, 42_000_000);
    assert.equal(t.USD!.validatedMinor, 30_000_000);
    assert.equal(t.USD!.netMinor, 14_000_000);
    assert.equal(t.USD!.roiPercent, 50);
    assert.equal(t.USD!.conservativeRoiPercent, 7.1);
  });

  it('reads the CSV measurements and names the bad CSV line', () => {
    // acme-legacy states no primary metric, an error of cbo check: counted, and named with it.
    assert.deepEqual(problems, [
      { file: 'test/fixtures/portfolio/acme-legacy.cbo.yaml', line: 2, message: '1 error (run "cbo check test/fixtures/portfolio/acme-legacy.cbo.yaml"); its outcomes are counted, but their figures may be wrong' },
      { file: 'test/fixtures/portfolio/northwind-fcr.csv', line: 4, message: '"2026-13-01" is not a date written YYYY-MM-DD' },
    ]);
    const c = row(p, /^Advisors/);
    assert.equal(c.lastMeasured, '2026-12-31'); // 2027-03-31 is after today
    assert.equal(c.outcome.metrics!.primary!.measurements.length, 3);
  });

  // Claimed value per type, as worked out at the top: USD hard 250,000 (C) + soft 100,000 and
  // revenue 20,000 (D) + risk 50,000 (C) = 420,000; EUR the one hard saving of 10,000.
  const usd = (amount: number) => ({ minor: amount * 100, amount: `${amount}.00` });
  const USD_BY_TYPE = { 'hard-savings': usd(250_000), 'soft-savings': usd(100_000), 'revenue-impact': usd(20_000), 'risk-avoidance': usd(50_000), 'opportunity-cost': usd(0) };
  const EUR_BY_TYPE = { 'hard-savings': usd(10_000), 'soft-savings': usd(0), 'revenue-impact': usd(0), 'risk-avoidance': usd(0), 'opportunity-cost': usd(0) };

  it('writes the JSON in the issue\'s shape, money as the roi command writes it', () => {
    const j = portfolioJson(p);
    assert.deepEqual(Object.keys(j), ['outcomes', 'totals', 'rates', 'targets', 'counts', 'trends', 'peers', 'recommendations', 'problems']);
    assert.deepEqual(j.problems, [], 'none given to it');
    assert.deepEqual(j.targets, { achievement: 0.8, roiPositive: 0.9, valueDocumented: 0.75, customerValidated: 0.6 });
    const a = j.outcomes.find((o) => o.title?.startsWith('Store managers'))!;
    assert.deepEqual(a, {
      file: 'test/fixtures/portfolio/hanbit.cbo.yaml',
      line: 3,
      title: 'Store managers reorder stock from the dashboard',
      account: 'Hanbit Retail',
      category: 'operational-efficiency',
      status: 'achieved',
      currency: 'KRW',
      investment: { minor: 100_000_000, amount: '100000000' },
      claimed: { minor: 180_000_000, amount: '180000000' },
      validated: { minor: 150_000_000, amount: '150000000' },
      roi: 80,
      target: { value: 60, date: '2026-12-31' },
      latest: { value: 62, date: '2026-12-20' },
      progress: 1,
      users: 200,
      usage: [{ activity: 'Dashboard reorders', volume: 5000, outcome: 'Fewer stock-outs', valuePerUnit: 2000 }],
    });
    // What the Markdown report shows, as data (figures worked out at the top of this file).
    assert.deepEqual(j.counts.roiPositive, { count: 3, of: 3, byAccount: true, leftOut: 1 });
    assert.deepEqual(j.trends.map((t) => [t.quarter, t.cumulative.KRW?.minor ?? 0, t.roiToDate.KRW ?? null]), [['2026-Q2', 0, null], ['2026-Q3', 40_000_000, -60], ['2026-Q4', 100_000_000, 0]]);
    assert.deepEqual(j.peers.units.map((u) => [u.name, u.roi]), [['Contoso', 50], ['Hanbit Retail', 40], ['Northwind Bank', 50], [null, null]]);
    assert.deepEqual(j.recommendations.map((r) => r.kind), ['review', 'measure', 'measure', 'measure', 'confirm', 'confirm', 'confirm', 'quantify']);
    const e = j.outcomes.find((o) => o.title?.startsWith('Dispatchers'))!;
    assert.equal(e.claimed, null);
    assert.ok(!('roi' in e));
    const f = j.outcomes.find((o) => o.title?.startsWith('Auditors'))!;
    assert.ok(!('account' in f));
    assert.deepEqual(j.totals[2], { currency: 'USD', investment: { minor: 28_000_000, amount: '280000.00' }, claimed: { minor: 42_000_000, amount: '420000.00' }, validated: { minor: 30_000_000, amount: '300000.00' }, net: { minor: 14_000_000, amount: '140000.00' }, roi: 50, conservativeRoi: 7.1, byType: USD_BY_TYPE });
    assert.deepEqual(j.totals[0], { currency: 'EUR', investment: null, claimed: { minor: 1_000_000, amount: '10000.00' }, validated: { minor: 1_000_000, amount: '10000.00' }, net: null, byType: EUR_BY_TYPE });
  });

  it('compares accounts with the average and the top quartile', () => {
    // ROI, an account's from its summed value and investment: Contoso 50 (D), Hanbit (₩210,000,000
    // claimed − ₩150,000,000 invested) / ₩150,000,000 = 40 (its outcomes alone: 80 and −40),
    // Northwind 50: mean 46.67, top quartile (rank ceil(0.75 × 3) = 3 of [40, 50, 50]) 50. Achievement (share of the planned change): Contoso
    // 0.4, Hanbit (1 + 1/30)/2 = 0.5167, Northwind 20/30 = 0.6667: mean 0.5278, top 0.6667.
    // Value per user: Contoso 12,000,000 ¢ / 25 = 480,000 ¢; Northwind 30,000,000 ¢ / 40 = 750,000 ¢;
    // Hanbit 210,000,000 ₩ / 250 = 840,000 ₩ (compared only with itself).
    const peers = peerComparison(p.outcomes, 'account', '(none)');
    assert.deepEqual(peers.units.map((u) => u.name), ['Contoso', 'Hanbit Retail', 'Northwind Bank', '(none)']);
    assert.deepEqual(peers.units.map((u) => u.roi), [50, 40, 50, undefined]);
    assert.ok(Math.abs(peers.roi!.mean - 140 / 3) < 1e-12);
    assert.deepEqual([peers.roi!.topQuartile, peers.roi!.n], [50, 3]);
    assert.ok(Math.abs(peers.units[1]!.achievement! - (1 + 1 / 30) / 2) < 1e-12);
    assert.ok(Math.abs(peers.achievement!.mean - (0.4 + (1 + 1 / 30) / 2 + 2 / 3) / 3) < 1e-12);
    assert.ok(Math.abs(peers.achievement!.topQuartile - 2 / 3) < 1e-12);
    assert.deepEqual(peers.units.map((u) => u.valuePerUser), [{ currency: 'USD', minor: 480_000 }, { currency: 'KRW', minor: 840_000 }, { currency: 'USD', minor: 750_000 }, undefined]);
    assert.deepEqual(peers.valuePerUser, { USD: { mean: 615_000, topQuartile: 750_000, n: 2 }, KRW: { mean: 840_000, topQuartile: 840_000, n: 1 } });
  });

  it("adds an account's users across its outcomes, so value per user is never inflated, and says so", () => {
    // The same 200 people may use both of Acme's outcomes; the file cannot tell. Summed: $400.00
    // claimed (30,000 ¢ + 10,000 ¢) over 400 users = 100 ¢; the largest count would give 200 ¢.
    const out = (title: string, account: string, amount: number) => `  - title: ${title}\n    account: ${account}\n    users: 200\n    value: { currency: USD, investment: 100, items: [ { type: hard-savings, amount: ${amount} } ] }\n`;
    const y = `cbo: 1\noutcomes:\n${out('Clerks close the till faster', 'Acme', 300)}${out('Clerks count stock faster', 'Acme', 100)}${out('Drivers log stops by voice', 'Beta', 50)}`;
    const q = buildPortfolio([{ file: 'a.cbo.yaml', outcomes: parseDocument(y, 'yaml').doc.outcomes }], TODAY);
    assert.deepEqual(peerComparison(q.outcomes, 'account', '-').units[0]!.valuePerUser, { currency: 'USD', minor: 100 });
    assert.match(buildPortfolioReport(q, { lang: 'en' }), /an account's users are those of its outcomes added together/);
    assert.match(buildPortfolioReport(q, { lang: 'ko' }), /고객사의 사용자 수는 성과별 사용자 수를 더한 값/);
    // One file's report compares outcomes: nothing is added, and the note does not say it is.
    const one = buildReport(q.outcomes.map((r) => r.outcome), { today: TODAY, lang: 'en' });
    assert.match(one, /## Peer comparison\n\nEach outcome against/);
    assert.doesNotMatch(one, /added together/);
  });

  it('top quartile is the nearest-rank 75th percentile', () => {
    assert.deepEqual(stat([1, 2, 3, 4]), { mean: 2.5, topQuartile: 3, n: 4 });
    assert.deepEqual(stat([5]), { mean: 5, topQuartile: 5, n: 1 });
    assert.equal(stat([]), undefined);
  });

  it('trends by quarter: realised KRW, measurements taken, outcomes at target at quarter end', () => {
    // Measurements: A 2026-06-30 (Q2), 2026-12-20 (Q4); B 2026-08-01 (Q3); C 2026-09-30 (Q3),
    // 2026-12-31 (Q4); D 2026-12-31 (Q4). Only A is at target, from 2026-12-20.
    assert.deepEqual(quarterTrends(p.outcomes, TODAY), [
      { quarter: '2026-Q2', realised: {}, cumulative: {}, roiToDate: {}, measurements: 1, reached: 0, reachedLate: 0 },
      { quarter: '2026-Q3', realised: { KRW: 40_000_000 }, cumulative: { KRW: 40_000_000 }, roiToDate: { KRW: -60 }, measurements: 2, reached: 0, reachedLate: 0 },
      { quarter: '2026-Q4', realised: { KRW: 60_000_000 }, cumulative: { KRW: 100_000_000 }, roiToDate: { KRW: 0 }, measurements: 3, reached: 1, reachedLate: 0 },
    ]);
    // ROI to date against the investment of the outcomes that record realised value (A only,
    // 100,000,000; B records none): Q3 (40 − 100) / 100 = −60.0 %, Q4 (100 − 100) / 100 = 0.0 %.
    const md = buildPortfolioReport(p, { lang: 'en' });
    assert.match(md, /^\| 2026-Q3 \| ₩40,000,000 \| ₩40,000,000 \| -60\.0% \| 2 \| 0 \|$/m);
    assert.match(md, /^\| 2026-Q4 \| ₩60,000,000 \| ₩100,000,000 \| 0\.0% \| 3 \| 1 \|$/m);
    assert.match(buildPortfolioReport(p, { lang: 'ko' }), /^\| 2026년 3분기 \| ₩40,000,000 \| ₩40,000,000 \| -60\.0% \|/m);
  });

  it('outcomes by account: where each goal stands (target, latest reading) and how many are on track', () => {
    const md = buildPortfolioReport(p, { lang: 'en' });
    const hanbit = md.slice(md.indexOf('### Hanbit Retail'), md.indexOf('### Northwind'));
    assert.match(hanbit, /^1 of 2 goals achieved or on track\.$/m); // A achieved, B off track
    assert.match(hanbit, /\| Store managers reorder stock from the dashboard \| [^|]+ \| Operational efficiency \| 60% by 2026-12-31 \| 62% on 2026-12-20 \| ✓ achieved \| ₩180,000,000 \| 80\.0% \|/);
    assert.match(hanbit, /\| 15 minutes by 2027-06-30 \| 44 minutes on 2026-08-01 \| ✗ off track \|/);
    // E (Contoso) has neither value nor readings: dashes, never "$0.00".
    assert.match(md, /\| Dispatchers plan routes without spreadsheets \|[^\n]*\| 10 minutes by 2027-09-30 \| – \| – no data \(no measurement up to today\) \| – \| n\/a \|$/m);
  });

  it('ROI to date counts, each quarter, only the outcomes that had realised value by its end', () => {
    // a: invested 10,000; 5,000 in Q1 and 4,000 in Q3. b: invested 50,000; 1,000 in Q2.
    // c: invested 20,000; its only realised value is after today, so it never counts.
    const out = (t: string, inv: number, realised: string) => `  - title: ${t}\n    value: { currency: USD, investment: ${inv}, items: [ { type: hard-savings, amount: 1 } ], realised: [ ${realised} ] }\n`;
    const y = 'cbo: 1\noutcomes:\n' + out('Teams a', 10_000, '{ date: 2026-02-15, amount: 5000 }, { date: 2026-08-10, amount: 4000 }') + out('Teams b', 50_000, '{ date: 2026-04-01, amount: 1000 }') + out('Teams c', 20_000, '{ date: 2026-12-15, amount: 9000 }');
    const q = buildPortfolio([{ file: 'a.cbo.yaml', outcomes: parseDocument(y, 'yaml').doc.outcomes }], '2026-09-30');
    // Q1: a alone, (5,000 − 10,000) / 10,000 = −50.0 %. Q2: a and b, (6,000 − 60,000) / 60,000 = −90.0 %.
    // Q3: (10,000 − 60,000) / 60,000 = −83.3 %.
    assert.deepEqual(quarterTrends(q.outcomes, '2026-09-30').map((t) => t.roiToDate.USD), [-50, -90, -83.3]);
    // Rounded as every ROI is, from exact minor units: 99,950 on 100,000 is −0.1 %, never "−0.0 %".
    const z = buildPortfolio([{ file: 'z.cbo.yaml', outcomes: parseDocument('cbo: 1\noutcomes:\n' + out('Teams z', 100_000, '{ date: 2026-02-15, amount: 99950 }'), 'yaml').doc.outcomes }], '2026-09-30');
    assert.deepEqual(quarterTrends(z.outcomes, '2026-09-30').map((t) => t.roiToDate.USD), [-0.1]);
  });

  it('trends: a quarter with no data between two with data is a row of its own; value dated after today is named', () => {
    const y = `cbo: 1\noutcomes:\n  - title: Teams ship weekly\n    value:\n      currency: USD\n      investment: 100\n      items: [ { type: hard-savings, amount: 150 } ]\n      realised:\n        - { date: 2026-02-01, amount: 10 }\n        - { date: 2026-09-01, amount: 30 }\n        - { date: 2027-06-01, amount: 50 }\n`;
    const q = buildPortfolio([{ file: 'a.cbo.yaml', outcomes: parseDocument(y, 'yaml').doc.outcomes }], TODAY);
    assert.deepEqual(quarterTrends(q.outcomes, TODAY).map((t) => [t.quarter, t.realised.USD ?? 0, t.cumulative.USD]), [
      ['2026-Q1', 1000, 1000],
      ['2026-Q2', 0, 1000],
      ['2026-Q3', 3000, 4000],
    ]);
    assert.match(buildPortfolioReport(q, { lang: 'en' }), /1 realised value entry is dated after today and not counted yet\./);
  });

  it('recommends from the data: review, measure, confirm, quantify', () => {
    const recs = recommendations(p.outcomes, TODAY).map((r) => `${r.kind} ${r.row.title.split(' ')[0]}${r.count !== undefined ? ` ${r.count}` : ''}${r.barrier ? ` (${r.barrier})` : ''}`);
    assert.deepEqual(recs, [
      'review Cashiers (Tills are offline at night)',
      'measure Auditors',
      'measure Dispatchers',
      'measure Cashiers 167',
      'confirm Field 2',
      'confirm Store 1',
      'confirm Cashiers 1',
      'quantify Dispatchers',
    ]);
  });

  it('tells the value story from counted figures only', () => {
    const s = storySentences(p, mdCtx('en', TODAY));
    assert.equal(s.length, 2); // three currencies: no single "largest" across them
    assert.equal(s[0], '6 outcomes across 3 accounts: 2 achieved or on track (1 of them at target), 1 at risk, 1 off track, 2 with no data yet.');
    assert.equal(storySentences(p, mdCtx('ko', TODAY))[0], '고객사 3곳의 성과 6개 중 2개가 달성 또는 정상(그중 1개는 목표 도달), 1개가 주의, 1개가 부진입니다. 2개는 아직 데이터가 없습니다.');
    assert.match(s[1]!, /KRW: ₩210,000,000 claimed per year, ₩150,000,000 of it confirmed by the customer, against ₩150,000,000 invested \(first-year ROI 40\.0%, conservative, validated value only: 0\.0%\)/);
    assert.match(s[1]!, /EUR: €10,000\.00 claimed per year, €10,000\.00 of it confirmed by the customer, with no complete investment/);
  });

  it('outcomes by account say when each account became a customer, from any outcome that says it', async () => {
    const { portfolio } = await loadPortfolio(['test/fixtures/team-portfolio'], io(), TODAY, { system: 'en' });
    const md = buildPortfolioReport(portfolio, { lang: 'en' });
    const contoso = md.slice(md.indexOf('### Contoso Logistics'), md.indexOf('### 한빛리테일'));
    assert.match(contoso, /^\*\*Customer since\*\*: 2024-02-15$/m);
    // Only the first of 한빛리테일's two outcomes gives the date; it is the account's.
    assert.match(md.slice(md.indexOf('### 한빛리테일')), /^### 한빛리테일\n\n\*\*Customer since\*\*: 2022-11-01\n\n2 of 2 goals/m);
    const json = portfolioJson(portfolio);
    assert.deepEqual(json.outcomes.map((o) => ('customerSince' in o ? o.customerSince : null)), ['2024-02-15', '2022-11-01', null]);
  });

  it('the one-file report names the account and the period', () => {
    const a = row(p, /^Store managers/);
    const md = buildReport([a.outcome], { today: TODAY, lang: 'en' });
    assert.match(md, /- \*\*Account\*\*: Hanbit Retail\n- \*\*Period\*\*: FY2026/);
  });

  it('shows each rate against its target in Markdown and HTML', () => {
    const md = buildPortfolioReport(p, { lang: 'en', problems });
    assert.match(md, /\| Outcome achievement \| 100\.0% \| achieved 1 of 1 outcome due before 2027-01-15; 4 more not yet due; 1 with no deadline \| > 80\.0% \| ✓ yes \|/);
    assert.match(md, /\| ROI demonstrable \| 100\.0% \| 3 of 3 accounts with value above investment \(1 outcome with no account left out\) \| > 90\.0% \| ✓ yes \|/);
    assert.match(md, /\| Value documented \| 83\.3% \| 5 of 6 .* \| > 75\.0% \| ✓ yes \|/);
    assert.match(md, /\| Customer validated \| 50\.0% \| 4 of 8 .* \| > 60\.0% \| ✗ no \|/);
    assert.match(md, /northwind-fcr\.csv:4/);
    const html = buildPortfolioHtml(p, { lang: 'en', problems });
    assert.match(html, /<td>Outcome achievement<\/td>\s*<td style="text-align:right">100\.0%<\/td>/);
    assert.match(html, /&gt; 80\.0%/);
    assert.match(html, /@media print/);
    assert.match(html, /default-src 'none'/);
    assert.doesNotMatch(html, /<script/i);
    const ko = buildPortfolioReport(p, { lang: 'ko' });
    assert.match(ko, /\| 성과 달성률 \| 100\.0% \| 기한이 2027-01-15 전인 성과 1개 중 1개 달성; 아직 기한 전 4개; 기한 없음 1개 \| > 80\.0% \| ✓ 예 \|/);
  });
});

describe('portfolio rates on edge cases', () => {
  it('gives null rates when there is nothing to divide by', () => {
    const p = buildPortfolio([], TODAY);
    assert.deepEqual(p.rates, { achievement: null, roiPositive: null, valueDocumented: null, customerValidated: null });
    // No metric, so no deadline: nothing is due, and no achievement rate either.
    const q = buildPortfolio([{ file: 'a.cbo.yaml', outcomes: parseDocument('title: Teams ship\n', 'yaml').doc.outcomes }], TODAY);
    assert.deepEqual(q.rates, { achievement: null, roiPositive: 0, valueDocumented: 0, customerValidated: null });
  });

  it('a maintain metric reaches its target within 5 %', () => {
    const yaml = (v: number) => `title: Uptime holds\nmetrics:\n  primary:\n    name: Uptime\n    direction: maintain\n    baseline: { value: 99, asOf: 2026-01-01 }\n    target: { value: 99, by: 2027-12-31 }\n    measurements: [ { date: 2026-12-01, value: ${v} } ]\n`;
    const reached = (v: number) => buildPortfolio([{ file: 'a', outcomes: parseDocument(yaml(v), 'yaml').doc.outcomes }], TODAY).outcomes[0]!.reached;
    assert.equal(reached(96), true); // 3/99 = 3 %
    assert.equal(reached(90), false); // 9/99 = 9 %
  });

  it('a reading after today does not count for achievement', () => {
    // Due on 2026-12-31, before today: the reading of 5 on 2027-02-01 is not real yet, so 0 of 1.
    const y = `title: Teams ship weekly\nmetrics:\n  primary:\n    name: Releases\n    direction: increase\n    baseline: { value: 1, asOf: 2026-01-01 }\n    target: { value: 4, by: 2026-12-31 }\n    measurements: [ { date: 2027-02-01, value: 5 } ]\n`;
    assert.equal(buildPortfolio([{ file: 'a', outcomes: parseDocument(y, 'yaml').doc.outcomes }], TODAY).rates.achievement, 0);
  });
});

describe('an account\'s ROI in the peer comparison', () => {
  const roiOf = (items: string[]) => {
    const y = 'cbo: 1\noutcomes:\n' + items.map((v, i) => `  - { title: Teams ship ${i}, account: A, value: ${v} }\n`).join('') + '  - { title: Other, account: B, value: { currency: USD, investment: 100, items: [ { type: hard-savings, amount: 150 } ] } }\n';
    const p = buildPortfolio([{ file: 'a.cbo.yaml', outcomes: parseDocument(y, 'yaml').doc.outcomes }], TODAY);
    return [peerComparison(p.outcomes, 'account', '(none)').units[0]!.roi, p.totals.find((t) => t.currency === 'USD')?.roiPercent];
  };
  it('is the summed ROI of every outcome that states value, as in the totals table', () => {
    // (1000 + 150 − 0 − 100) / 100 = 1050 %: the outcome with no cost counts in the sum.
    const [acct] = roiOf(['{ currency: USD, investment: 0, items: [ { type: hard-savings, amount: 1000 } ] }', '{ currency: USD, investment: 100, items: [ { type: hard-savings, amount: 150 } ] }']);
    assert.equal(acct, 1050);
  });
  it('is not given when an outcome states value without its investment (nor is the total)', () => {
    const [acct] = roiOf(['{ currency: USD, items: [ { type: hard-savings, amount: 1000 } ] }', '{ currency: USD, investment: 100, items: [ { type: hard-savings, amount: 150 } ] }']);
    assert.equal(acct, undefined);
  });
  it('is not given across currencies, which cannot be added; the unit lists them instead', () => {
    const [acct] = roiOf(['{ currency: USD, investment: 100, items: [ { type: hard-savings, amount: 150 } ] }', '{ currency: KRW, investment: 100, items: [ { type: hard-savings, amount: 300 } ] }']);
    assert.equal(acct, undefined);
    const y = 'cbo: 1\noutcomes:\n  - { title: Teams ship, account: A, value: { currency: USD, investment: 100, items: [ { type: hard-savings, amount: 150 } ] } }\n  - { title: Teams sell, account: A, value: { currency: KRW, investment: 100, items: [ { type: hard-savings, amount: 300 } ] } }\n  - { title: Other, account: B, value: { currency: USD, investment: 100, items: [ { type: hard-savings, amount: 50 } ] } }\n';
    const p = buildPortfolio([{ file: 'a.cbo.yaml', outcomes: parseDocument(y, 'yaml').doc.outcomes }], TODAY);
    assert.deepEqual(peerComparison(p.outcomes, 'account', '(none)').units[0]!.currencies, ['KRW', 'USD']);
    assert.match(buildPortfolioReport(p, { lang: 'en' }), /^\| A \| n\/a \(KRW, USD\) \| – \|/m); // one ROI among peers: no average
    // A is positive in each of its currencies, B loses money: 1 of 2 accounts.
    assert.deepEqual(p.counts.roiPositive, { count: 1, of: 2, byAccount: true });
  });
});

describe('portfolio on large inputs', () => {
  it('6,000 outcomes in one account and a CSV of 200,000 bad rows: no stack overflow', () => {
    let y = 'cbo: 1\noutcomes:\n';
    for (let i = 0; i < 6000; i++) y += `  - { title: Teams ship ${i}, account: One, value: { currency: KRW, investment: 10, items: [ { type: hard-savings, amount: ${i} } ] } }\n`;
    const p = buildPortfolio([{ file: 'big.cbo.yaml', outcomes: parseDocument(y, 'yaml').doc.outcomes }], TODAY);
    assert.equal(p.outcomes.length, 6000);
    // 0 + 1 + … + 5,999 = 17,997,000 claimed; 6,000 × 10 invested.
    assert.equal(p.totals[0]!.claimedMinor, 17_997_000);
    assert.equal(p.totals[0]!.investmentMinor, 60_000);
    assert.match(buildPortfolioReport(p, { lang: 'en' }), /### One/);
    const csv = parseMeasurementsCsv('date,value\n' + 'x,1\n'.repeat(200_000));
    assert.equal(csv.problems.length, 200_000);
    assert.equal(csv.problems[199_999]!.line, 200_001);
  });
});

describe('CSV measurements', () => {
  it('reads date,value in any column order, with quotes, CRLF and a BOM', () => {
    assert.deepEqual(parseMeasurementsCsv('\uFEFFvalue,"date"\r\n66,2026-12-31\r\n\r\n"70.5","2027-01-31"\r\n'), {
      rows: [{ date: '2026-12-31', value: 66, line: 2 }, { date: '2027-01-31', value: 70.5, line: 4 }],
      problems: [],
    });
  });

  it('names a row cut short by the column it lacks, in English and Korean, where it quoted an empty cell', () => {
    const r = parseMeasurementsCsv('date,value,note\n2026-01-31,5\n2026-02-28\n\n7\n2026-03-31,8,ok\n');
    assert.deepEqual(r.rows.map((x) => x.value), [5, 8], 'a missing note column is no problem');
    assert.deepEqual(r.problems, [
      { line: 3, message: 'the row has 1 cell and no value column; write date,value on every row' },
      { line: 5, message: 'the row has 1 cell and no value column; write date,value on every row' },
    ]);
    assert.deepEqual(parseMeasurementsCsv('value,date\n7\n', 'ko').problems, [{ line: 2, message: '이 행에는 칸이 1개뿐이라 date 열이 없습니다. 행마다 date,value를 적으세요' }]);
  });

  it('names the line of each bad row and keeps the good ones', () => {
    const r = parseMeasurementsCsv('date,value\n2026-01-31,5\n2026-02-30,6\n2026-03-31,abc\n2026-04-30,7\n');
    assert.deepEqual(r.rows.map((x) => x.line), [2, 5]);
    assert.deepEqual(r.problems, [{ line: 3, message: '"2026-02-30" is not a date written YYYY-MM-DD' }, { line: 4, message: '"abc" is not a number' }]);
     // In Korean under --lang ko; a long cell quoted to 40 characters, never half an emoji.
    const ko = parseMeasurementsCsv('date,value\n2026-02-30,6\n2026-03-31,abc\n', 'ko');
    assert.deepEqual(ko.problems.map((x) => x.message), ['"2026-02-30"은 YYYY-MM-DD 형식의 날짜가 아닙니다', '"abc"는 숫자가 아닙니다']);
    const long = parseMeasurementsCsv(`date,value\n2026-01-31,${'x'.repeat(38)}😀😀\n`).problems[0]!.message;
    assert.doesNotMatch(long, /[\ud800-\udbff](?![\udc00-\udfff])/, 'no lone high surrogate');
  });

  it('asks for the header when it is missing, and for content when empty', () => {
    assert.deepEqual(parseMeasurementsCsv('\n2026-01-31,5\n').problems, [{ line: 2, message: 'the header line must name the columns date and value, e.g. date,value' }]);
    assert.equal(parseMeasurementsCsv('').problems[0]!.line, 1);
  });

  it('only reads CSVs beside the CBO file or below it', () => {
    assert.equal(safeCsvPath('data/fcr.csv'), 'data/fcr.csv');
    assert.equal(safeCsvPath('./fcr.csv'), 'fcr.csv');
    assert.equal(safeCsvPath('../secrets.csv'), undefined);
    assert.equal(safeCsvPath('a/../../x.csv'), undefined);
    assert.equal(safeCsvPath('/etc/x.csv'), undefined);
    assert.equal(safeCsvPath('C:\\x.csv'), undefined);
    assert.equal(safeCsvPath('file:///x.csv'), undefined);
    assert.equal(safeCsvPath('fcr.txt'), undefined);
  });
});

describe('cbo portfolio and cbo report --portfolio', () => {
  const made: string[] = [];
  after(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
  async function cbo(cwd: string, ...argv: string[]) {
    const x = io(cwd);
    const code = await main(argv, x, {});
    return { code, out: x.out, err: x.err };
  }

  it('--format json gives the four rates and the per-currency totals', async () => {
    const r = await cbo(ROOT, 'portfolio', 'test/fixtures/portfolio', '--format', 'json', '--today', TODAY);
    assert.equal(r.code, 0);
    const j = JSON.parse(r.out);
    assert.deepEqual(j.rates, { achievement: 1, roiPositive: 1, valueDocumented: 5 / 6, customerValidated: 0.5 });
    assert.deepEqual(j.totals.map((t: { currency: string }) => t.currency), ['EUR', 'KRW', 'USD']);
    assert.match(r.err, /northwind-fcr\.csv:4: "2026-13-01" is not a date/);
  });

  it('text shows each rate against its target', async () => {
    const r = await cbo(ROOT, 'portfolio', 'test/fixtures/portfolio', '--today', TODAY);
    assert.match(r.out, /✓ Outcome achievement: 100\.0% \(achieved 1 of 1 outcome due before 2027-01-15; 4 more not yet due; 1 with no deadline\), Target > 80\.0%/);
    assert.match(r.out, /✓ Value documented: 83\.3% \(5 of 6\), Target > 75\.0%/);
  });

  it('a folder whose files hold no outcome (a README) exits 2, nothing read, instead of failing four rates of 0 of 0', async () => {
    // A README is read and holds no outcome: a portfolio of none is nothing to report, in every format.
    const dir = mkdtempSync(path.join(tmpdir(), 'cbo-portfolio-empty-'));
    made.push(dir);
    writeFileSync(path.join(dir, 'README.md'), '# Notes\n\nNothing about outcomes.\n');
    for (const args of [['portfolio'], ['portfolio', '--format', 'md'], ['portfolio', '--format', 'json'], ['report', '--portfolio', '.']]) {
      const r = await cbo(dir, ...args, '--today', TODAY);
      assert.deepEqual([r.code, r.out], [2, ''], args.join(' '));
      assert.equal(r.err, 'cbo: nothing was read: the file found holds no CBO outcome (a Markdown plan needs a "## CBO:" heading or a ```cbo block)\n', args.join(' '));
    }
    // check linted the README: it passes.
    assert.equal((await cbo(dir, 'check', '--today', TODAY)).code, 0);
  });

  it('a folder with no CBO YAML or Markdown file at all exits 2, as cbo check does: nothing was read', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cbo-portfolio-none-'));
    made.push(dir);
    writeFileSync(path.join(dir, 'notes.txt'), 'hello\n');
    for (const args of [['portfolio'], ['portfolio', '.', '--format', 'json'], ['report', '--portfolio', '.'], ['check']]) {
      const r = await cbo(dir, ...args, '--today', TODAY);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.err, /^cbo: nothing was (read|checked): no CBO YAML \(\*\.cbo\.yaml, \*\.cbo\.yml\) or Markdown file was found (under the paths given|in the current folder)$/m, args.join(' '));
    }
    // Nothing written to -o either, and the Korean words.
    const ko = await cbo(dir, 'portfolio', '-o', 'p.md', '--lang', 'ko', '--today', TODAY);
    assert.equal(ko.code, 2);
    assert.equal(existsSync(path.join(dir, 'p.md')), false);
    assert.match(ko.err, /^cbo: 읽은 파일이 없습니다\. 현재 폴더에서 CBO YAML\(\*\.cbo\.yaml, \*\.cbo\.yml\)이나 Markdown 파일을 찾지 못했습니다$/m);
  });

  it('a CBO file that does not parse is named with its first error, not left out in silence', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cbo-portfolio-unread-'));
    made.push(dir);
    writeFileSync(path.join(dir, 'broken.cbo.yaml'), 'title: x\n  bad: [\n');
    const only = await cbo(dir, 'portfolio', '--today', TODAY);
    // 1, as cbo report FILE on it: a YAML syntax error is a reading problem cbo check reports as an error.
    assert.equal(only.code, 1);
    assert.match(only.out, /0 outcomes in 0 files/);
    assert.match(only.err, /^cbo: broken\.cbo\.yaml:1: YAML syntax error: .*The outcomes in this file are left out; cbo check lists every problem\.$/m);
    const md = await cbo(dir, 'portfolio', '--format', 'md', '--today', TODAY);
    assert.match(md.out, /## Files with problems\n\n- broken\.cbo\.yaml:1: YAML syntax error/);
    // A pipeline that reads only stdout learns it too.
    const json = JSON.parse((await cbo(dir, 'portfolio', '--format', 'json', '--today', TODAY)).out) as { problems: { file: string; line: number; message: string }[] };
    assert.equal(json.problems.length, 1);
    assert.equal(json.problems[0]!.file, 'broken.cbo.yaml');
    assert.match(json.problems[0]!.message, /^YAML syntax error: .*left out/);
    // Beside a good file, the good file's outcome is counted and the broken one still named.
    copyFileSync(path.join(ROOT, 'examples', 'refund-speed.cbo.yaml'), path.join(dir, 'refund-speed.cbo.yaml'));
    const both = await cbo(dir, 'portfolio', '--today', TODAY, '--lang', 'ko');
    assert.match(both.out, /파일 1개, 성과 1개/);
    assert.match(both.err, /broken\.cbo\.yaml:1: YAML 구문 오류: .*이 파일의 성과는 포트폴리오에서 제외됩니다/);
  });

  it('says "part of this file" when a plan\'s broken ```cbo block is left out and its other outcomes count', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cbo-portfolio-part-'));
    made.push(dir);
    writeFileSync(path.join(dir, 'plan.md'), '# Plan\n\n## CBO: Store managers reorder stock from the app\n\n- **Primary Metric**: Reorders placed in the app, %\n\n## CBO: Drivers confirm deliveries on the phone\n\n```cbo\ntitle: x\n  bad: [\n```\n');
    const r = await cbo(dir, 'portfolio', '--today', TODAY);
    assert.match(r.out, /2 outcomes in 1 file/, 'both headings count; the broken block adds nothing to its own');
    assert.match(r.err, /plan\.md:\d+: YAML syntax error: .*Part of this file could not be read and the outcomes in it are left out/);
    assert.doesNotMatch(r.err, /The outcomes in this file are left out/);
  });

  it('leaves out an outcome still titled with a template prompt, and says so', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cbo-portfolio-draft-'));
    made.push(dir);
    writeFileSync(path.join(dir, 'new.cbo.yaml'), expandSnippet(YAML_SNIPPETS['CBO outcome']!.body));
    writeFileSync(path.join(dir, 'new.md'), expandSnippet(MARKDOWN_SNIPPETS['CBO template (Korean)']!.body));
    copyFileSync(path.join(ROOT, 'examples', 'refund-speed.cbo.yaml'), path.join(dir, 'refund-speed.cbo.yaml'));
    const r = await cbo(dir, 'portfolio', '--today', TODAY, '--format', 'md');
    assert.match(r.out, /1 outcome in 1 file/);
    assert.doesNotMatch(r.out, /customer account|고객사 이름|\(none\)/);
    assert.match(r.err, /new\.cbo\.yaml:\d+: An outcome here is still the template \(the title is its prompt\), so it is left out until written\./);
    assert.match(r.out, /## Files with problems\n\n- new\.cbo\.yaml:/);
    assert.match((await cbo(dir, 'portfolio', '--today', TODAY, '--lang', 'ko')).err, /new\.md:\d+: 이 파일의 성과 1개는 아직 템플릿 그대로여서/);
    // Once the title is written, the outcome counts.
    const text = readFileSync(path.join(dir, 'new.cbo.yaml'), 'utf8').replace('Who does what differently, measured', 'Store managers reorder stock from the app');
    writeFileSync(path.join(dir, 'new.cbo.yaml'), text);
    assert.match((await cbo(dir, 'portfolio', '--today', TODAY)).out, /2 outcomes in 2 files/);
  });

  it('report --portfolio writes the report, and -o never replaces a file unasked', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cbo-portfolio-'));
    made.push(dir);
    const out = path.join(dir, 'p.html');
    writeFileSync(out, 'mine');
    const r = await cbo(ROOT, 'report', '--portfolio', 'test/fixtures/portfolio', '--format', 'html', '--today', TODAY, '-o', out);
    assert.equal(r.code, 2);
    assert.equal(readFileSync(out, 'utf8'), 'mine');
    const r2 = await cbo(ROOT, 'report', '--portfolio', 'test/fixtures/portfolio', '--today', TODAY);
    assert.equal(r2.code, 0);
    assert.match(r2.out, /^# Portfolio Business Outcome Report/);
    assert.match(r2.out, /## Peer comparison/);
  });

  it('refuses a CSV outside the CBO file\'s folder, pointing at the file: key', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cbo-portfolio-'));
    made.push(dir);
    writeFileSync(path.join(dir, 'a.cbo.yaml'), 'title: Teams ship\nmetrics:\n  primary:\n    name: Releases\n    measurements: { file: ../x.csv }\n');
    const r = await cbo(dir, 'portfolio', '.', '--format', 'json', '--today', TODAY);
    assert.equal(r.code, 0);
    assert.match(r.err, /a\.cbo\.yaml:5: measurements file "\.\.\/x\.csv" must be a \.csv file beside this one/);
  });
});

describe('every user string is escaped in the Markdown report', () => {
  const X = '<img src=x onerror=alert(1)>';
  /** A `<` not escaped by a backslash: where Markdown with HTML on would start a tag. */
  const RAW = /(^|[^\\])<img/im;
  const hostile = `cbo: 1
title: "${X}"
account: "${X}"
category: "${X}"
metrics:
  primary:
    name: "${X}"
    unit: "${X}"
    direction: increase
    baseline: { value: 1, asOf: "${X}" }
    target: { value: 5, by: "${X}" }
    measurements: [ { date: "${X}", value: 2 } ]
value:
  currency: "${X}"
  investment: 10
  items:
    - { type: hard-savings, amount: 20, assumption: "${X}" }
  realised: [ { date: "2026-12-01", amount: 5 } ]
usage: [ { activity: "${X}", volume: 2, outcome: "${X}", valuePerUnit: 3 } ]
opportunities: [ { description: "${X}", amount: 4, assumption: "${X}" } ]
workshop: { barriers: ["${X}"] }
`;
  const outcomes = () => parseDocument(hostile, 'yaml').doc.outcomes;
  const outsideCode = (md: string) => md.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '');

  it('a currency cannot close the figures\' code block or start a line in it', () => {
    const y = hostile.replace(`currency: "${X}"`, 'currency: "x\\n```\\n# hi"');
    const md = buildReport(parseDocument(y, 'yaml').doc.outcomes, { today: TODAY, lang: 'en' });
    const block = /^```text\n([\s\S]*?)^```$/m.exec(md)![1]!;
    assert.equal(block.split('\n').filter(Boolean).length, 8); // seven figures and the rule, nothing more
    assert.doesNotMatch(block, /`/);
    assert.doesNotMatch(md, /^# hi/m);
  });

  it('one-file report: currency, target.by, baseline.asOf and the rest never reach the .md raw', () => {
    const md = buildReport(outcomes(), { today: TODAY, lang: 'en', fileName: `${X}.cbo.yaml` });
    // Inside the figures' code block text is shown as code, never as markup; outside it every
    // `<` from the data is escaped.
    assert.doesNotMatch(outsideCode(md), RAW);
    assert.match(md, /\\<img src=x onerror=alert\(1\)\\>/);
  });

  it('portfolio report: accounts, usage, opportunities and file names too; the HTML holds no tag from the data', () => {
    const p = buildPortfolio([{ file: `${X}.cbo.yaml`, outcomes: outcomes() }], TODAY);
    const md = buildPortfolioReport(p, { lang: 'en', problems: [{ file: X, line: 1, message: X }] });
    assert.doesNotMatch(outsideCode(md), RAW);
    assert.match(md, /^### \\<img src=x onerror=alert\(1\)\\>$/m); // the account's heading
    const html = buildPortfolioHtml(p, { lang: 'en' });
    assert.doesNotMatch(html, /<img/i);
    assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
  });
});
