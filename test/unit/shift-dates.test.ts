// `npm run demo` moves the dates of its copy of examples/ on by whole years (scripts/shift-dates.mjs)
// and judges it on the examples' day moved as far, so a user in 2029 sees the story the examples
// tell on 2026-11-29: on track, at risk, achieved, off track, and the findings examples/README.md
// lists. Without it, from 2027 the demo showed deadlines passed and readings too old.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { cbo, removeWorkspaces, workspace } from './cli-run';

interface ShiftDates {
  WRITTEN: string;
  shiftText: (text: string, years: number, kind?: 'text' | 'csv') => string;
  shiftDay: (iso: string, years: number) => string;
  yearsSince: (from: string, to: string) => number;
  shiftFolder: (dir: string, years: number) => string[];
  insideRepository: (dir: string) => boolean;
}
// Loaded at run time, as node runs the script (the demo does), not bundled into this test.
let S: ShiftDates;
before(async () => {
  S = (await import(pathToFileURL(path.resolve('scripts/shift-dates.mjs')).href)) as ShiftDates;
});
after(() => removeWorkspaces());

const ROOT = path.resolve('.');
/** The day examples/ was written (examples/README.md); the script's WRITTEN. */
const WRITTEN = '2026-11-29';
const shiftText = (text: string, years: number, kind?: 'text' | 'csv') => S.shiftText(text, years, kind);
const shiftDay = (iso: string, years: number) => S.shiftDay(iso, years);
const yearsSince = (from: string, to: string) => S.yearsSince(from, to);
const shiftFolder = (dir: string, years: number) => S.shiftFolder(dir, years);

describe('shift-dates: every date of a file moved on by whole years', () => {
  it('the dates of YAML values, a year included, and never a number that is a value', () => {
    const yaml = [
      'customerSince: 2023-09-01',
      'period: FY2027',
      'metrics:',
      '  primary:',
      '    baseline: { value: 62, asOf: 2026-03-31 }',
      '    target: { value: 80, by: 2027-06-30 }',
      '    measurements: [ { date: 2026-10-31, value: 1900 }, { date: 2026-06-30, value: 2026 } ]',
      '    realised:',
      '      - date: 2026-09-30',
      '        amount: 2000 # a year of savings',
      'assumptions: [Order volume stays within 10% of 2026]',
      '',
    ].join('\n');
    assert.equal(
      shiftText(yaml, 3),
      [
        'customerSince: 2026-09-01',
        'period: FY2030',
        'metrics:',
        '  primary:',
        '    baseline: { value: 62, asOf: 2029-03-31 }',
        '    target: { value: 80, by: 2030-06-30 }',
        '    measurements: [ { date: 2029-10-31, value: 1900 }, { date: 2029-06-30, value: 2026 } ]',
        '    realised:',
        '      - date: 2029-09-30',
        '        amount: 2000 # a year of savings',
        'assumptions: [Order volume stays within 10% of 2029]',
        '',
      ].join('\n'),
    );
  });

  it('the Markdown template\'s labels and periods, and the years of its sentences', () => {
    const md = [
      '- **Baseline**: 38% as of 2026-03-31',
      '- **Timeline**: by 2027-06-30 (Q2 2027, H1 2027, end of 2027, June 2027, June 30, 2027, 30 June 2027, 2027/06/30)',
      '- **Latest Measurement**: 33% as of 2026-08-31; 29% as of 2026-10-31',
      '- [x] **Milestones**: two carriers (2026-06), all five (2026-09)',
      '- **Strategic Importance**: Self-service is the channel strategy for 2027, as in FY 2026 and 2026Q4',
      '- **Stakeholder interviews**: March 2026; the 2025 survey; 2025-2026',
      '',
    ].join('\n');
    assert.equal(
      shiftText(md, 2),
      [
        '- **Baseline**: 38% as of 2028-03-31',
        '- **Timeline**: by 2029-06-30 (Q2 2029, H1 2029, end of 2029, June 2029, June 30, 2029, 30 June 2029, 2029/06/30)',
        '- **Latest Measurement**: 33% as of 2028-08-31; 29% as of 2028-10-31',
        '- [x] **Milestones**: two carriers (2028-06), all five (2028-09)',
        '- **Strategic Importance**: Self-service is the channel strategy for 2029, as in FY 2028 and 2028Q4',
        '- **Stakeholder interviews**: March 2028; the 2027 survey; 2027-2028',
        '',
      ].join('\n'),
    );
  });

  it('Korean dates and periods, and never a Korean count or an amount', () => {
    const ko = '- **기준값**: 5시간 (2026-03-31 기준)\n- **기한**: 2026년 9월 30일, 2027. 3. 31., 2027년 2분기, 2027년 상반기, 2027년 말, 2027년 3월\n- **주요 가정**: 매장 수가 2026년 수준을 유지한다; 2000명, 2026건, 1,500시간 × 40,000원, 20.26%\n';
    assert.equal(
      shiftText(ko, 1),
      '- **기준값**: 5시간 (2027-03-31 기준)\n- **기한**: 2027년 9월 30일, 2028. 3. 31., 2028년 2분기, 2028년 상반기, 2028년 말, 2028년 3월\n- **주요 가정**: 매장 수가 2027년 수준을 유지한다; 2000명, 2026건, 1,500시간 × 40,000원, 20.26%\n',
    );
  });

  it('a measurement CSV: the days of its date column, never its values', () => {
    const csv = 'date,value\n2026-06-30,2026\n"2026-09-30",1999\n2026-10-31, 2000\n';
    assert.equal(shiftText(csv, 4, 'csv'), 'date,value\n2030-06-30,2026\n"2030-09-30",1999\n2030-10-31, 2000\n');
  });

  it('29 February becomes the 28th in a year without one, in every form a day is written; the 28th stays', () => {
    assert.equal(shiftText('asOf: 2028-02-29', 1), 'asOf: 2029-02-28');
    assert.equal(shiftText('asOf: 2028-02-29', 4), 'asOf: 2032-02-29');
    assert.equal(shiftText('2028/02/29, 2028. 2. 29., 2028년 2월 29일, February 29, 2028, 29 Feb 2028, 29th February 2028', 3), '2031/02/28, 2031. 2. 28., 2031년 2월 28일, February 28, 2031, 28 Feb 2031, 28th February 2031');
    assert.equal(shiftText('date,value\n2028-02-29,29\n', 2, 'csv'), 'date,value\n2030-02-28,29\n');
    assert.equal(shiftText('asOf: 2027-02-28', 1), 'asOf: 2028-02-28');
    assert.equal(shiftText('by: 2028-02-29', 0), 'by: 2028-02-29');
    assert.equal(shiftDay('2028-02-29', 1), '2029-02-28');
    assert.equal(shiftDay('2026-11-29', 3), '2029-11-29');
  });

  it('counts the whole years since the examples were written, none before', () => {
    assert.equal(S.WRITTEN, WRITTEN);
    assert.match(readFileSync('examples/README.md', 'utf8'), /on 2026-11-29 \(the day they were written\)/);
    assert.equal(yearsSince(WRITTEN, '2026-11-29'), 0);
    assert.equal(yearsSince(WRITTEN, '2027-11-28'), 0);
    assert.equal(yearsSince(WRITTEN, '2027-11-29'), 1);
    assert.equal(yearsSince(WRITTEN, '2029-03-15'), 2);
    assert.equal(yearsSince(WRITTEN, '2031-06-01'), 4);
    assert.equal(yearsSince(WRITTEN, '2025-12-31'), 0);
    assert.equal(yearsSince('2028-02-29', '2029-02-28'), 0);
    assert.equal(yearsSince('2028-02-29', '2029-03-01'), 1);
  });

  it('rewrites a copy in place, CSV and subfolders included, and prints the day to judge it on; refuses the repository\'s own folders', () => {
    const dir = workspace({ 'a.cbo.yaml': 'target: { value: 80, by: 2027-06-30 }\n', 'plans/p.md': '- **Timeline**: Q2 2027\n', 'data/m.csv': 'date,value\n2026-10-31,2026\n', 'notes.txt': 'due 2027-06-30\n' });
    const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/shift-dates.mjs'), dir, '--today', '2029-03-15'], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, '2028-11-29\n');
    assert.equal(readFileSync(path.join(dir, 'a.cbo.yaml'), 'utf8'), 'target: { value: 80, by: 2029-06-30 }\n');
    assert.equal(readFileSync(path.join(dir, 'plans/p.md'), 'utf8'), '- **Timeline**: Q2 2029\n');
    assert.equal(readFileSync(path.join(dir, 'data/m.csv'), 'utf8'), 'date,value\n2028-10-31,2026\n');
    assert.equal(readFileSync(path.join(dir, 'notes.txt'), 'utf8'), 'due 2027-06-30\n', 'only CBO YAML, Markdown and CSV files');
    assert.deepEqual(shiftFolder(dir, 0), []);

    assert.ok(S.insideRepository('examples'));
    assert.ok(!S.insideRepository(dir));
    const before = readFileSync('examples/checkout.cbo.yaml', 'utf8');
    const refused = spawnSync(process.execPath, ['scripts/shift-dates.mjs', 'examples', '--today', '2031-01-01'], { encoding: 'utf8' });
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /inside the repository/);
    assert.equal(readFileSync('examples/checkout.cbo.yaml', 'utf8'), before);
  });
});

describe('shift-dates on examples/: the story as written, years on', () => {
  /** Each 4-digit number from 1900 to 2099 standing alone in the examples: where, and what it is. */
  const numbers = (dir: string) =>
    readdirSync(dir)
      .sort()
      .flatMap((f) => [...readFileSync(path.join(dir, f), 'utf8').matchAll(/(?<![\d,.])(?:19|20)\d\d(?!\d)/g)].map((m) => ({ at: `${f}@${m.index}`, n: Number(m[0]) })));

  it('every year in the examples moves; only a reading of 1,900 refund status calls stays, a value', () => {
    const dir = workspace({});
    cpSync('examples', dir, { recursive: true });
    shiftFolder(dir, 3);
    // A year moved keeps its length, so the numbers stand at the same places before and after.
    const before = numbers('examples');
    const after = numbers(dir);
    assert.deepEqual(after.map((x) => x.at), before.map((x) => x.at));
    const stayed = before.filter((x, i) => after[i]!.n === x.n);
    const moved = before.filter((x, i) => after[i]!.n === x.n + 3);
    assert.equal(stayed.length + moved.length, before.length);
    assert.deepEqual(stayed.map((x) => x.n), [1900]);
    assert.match(readFileSync(path.join('examples', stayed[0]!.at.split('@')[0]!), 'utf8'), /- \{ date: 2026-05-31, value: 1900 \}/);
  });

  // Output years mapped back, so a shifted copy's output is compared with the original's word for word.
  const back = (s: string, years: number) => s.replace(/(?<![\d,.])(20\d\d)(?!\d)/g, (y) => String(Number(y) - years));
  const COMMANDS = [['check', 'examples'], ['portfolio', 'examples'], ['portfolio', 'examples', '--format', 'json'], ['plan', 'examples/plan.md'], ['plan', 'examples/plan.ko.md']];

  it('as written: on 2026-11-29 the four YAML outcomes show the four states', async () => {
    const r = await cbo(ROOT, 'portfolio', 'examples', '--today', WRITTEN);
    for (const [file, state] of [['checkout', 'on track'], ['fraud-review', 'at risk'], ['refund-speed', 'achieved'], ['loyalty-basket', 'off track']]) {
      assert.match(r.out, new RegExp(`^examples/${file}\\.cbo\\.yaml:3 ${state} `, 'm'), file);
    }
    assert.match((await cbo(ROOT, 'check', 'examples', '--today', WRITTEN)).err, /^13 problems \(2 errors, 3 warnings, 8 info\) in 6 of 7 files$/m);
  });

  for (const years of [1, 2, 5]) {
    it(`moved ${years} year(s) on and checked ${years} year(s) after ${WRITTEN}, check, portfolio and plan print what the examples do on ${WRITTEN}`, async () => {
      const dir = workspace({});
      cpSync('examples', path.join(dir, 'examples'), { recursive: true });
      shiftFolder(path.join(dir, 'examples'), years);
      for (const argv of COMMANDS) {
        const original = await cbo(ROOT, ...argv, '--today', WRITTEN);
        const shifted = await cbo(dir, ...argv, '--today', shiftDay(WRITTEN, years));
        assert.equal(shifted.code, original.code, argv.join(' '));
        assert.equal(back(shifted.out, years), original.out, argv.join(' '));
        assert.equal(back(shifted.err, years), original.err, argv.join(' '));
      }
      // The examples themselves are not touched.
      assert.match(readFileSync('examples/checkout.cbo.yaml', 'utf8'), /target: \{ value: 80, by: 2027-06-30 \}/);
    });
  }
});
