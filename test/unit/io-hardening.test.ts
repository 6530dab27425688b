// What the CLI reads and writes beyond the files it is given: CSV measurements beside a CBO
// file (FIFOs, links out of the folder, size), symbolic links a glob matches, -o over an
// input, and the size limit in the portfolio. Each case was a defect a robustness test found.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { linkSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { chartGeometry, chartSvg, MAX_DRAWN_READINGS } from '../../src/core/view/chart';
import type { ChartPoint } from '../../src/core/view/canvas';
import { cbo, removeWorkspaces, workspace } from './cli-run';
import { GOOD_YAML } from './helpers';

after(() => removeWorkspaces());

const T = ['--today', '2026-11-22'];
/** GOOD_YAML with its readings in m.csv beside it. */
const CSV_YAML = GOOD_YAML.replace('measurements: [ { date: 2026-10-31, value: 66 } ]', 'measurements: { file: m.csv }');

describe('I/O hardening', function () {
  this.timeout(30_000);

  describe('CSV measurements', () => {
    it('the fixture names m.csv, and a CSV beside the file is read', async () => {
      assert.notEqual(CSV_YAML, GOOD_YAML);
      const dir = workspace({ 'a.cbo.yaml': CSV_YAML, 'm.csv': 'date,value\n2026-10-31,77\n' });
      const r = await cbo(dir, 'report', 'a.cbo.yaml', ...T);
      assert.equal(r.code, 0, r.err);
      assert.match(r.out, /77/);
      assert.equal(r.err, '');
    });

    it('a FIFO named as the CSV is refused, not read: report and portfolio end', async () => {
      const dir = workspace({ 'a.cbo.yaml': CSV_YAML });
      execFileSync('mkfifo', [path.join(dir, 'm.csv')]);
      for (const argv of [['report', 'a.cbo.yaml'], ['portfolio', '.'], ['report', '--portfolio', '.']]) {
        const r = await cbo(dir, ...argv, ...T);
        assert.equal(r.code, 0, argv.join(' '));
        assert.match(r.err, /a\.cbo\.yaml:\d+: cannot read the measurements file m\.csv: not a regular file/, argv.join(' '));
      }
    });

    it('a link leading out of the folder is refused and named; the outside file\'s lines are never shown', async () => {
      const outside = workspace({ secret: 'date,value\nAPI_KEY=sk-live-123,1\n', 'd/m.csv': 'date,value\nTOKEN=abc,1\n' });
      const dir = workspace({ 'a.cbo.yaml': CSV_YAML, 'b/a.cbo.yaml': CSV_YAML.replace('m.csv', 'd/m.csv') });
      symlinkSync(path.join(outside, 'secret'), path.join(dir, 'm.csv'));
      symlinkSync(path.join(outside, 'd'), path.join(dir, 'b/d'));
      for (const argv of [['report', 'a.cbo.yaml'], ['report', 'b/a.cbo.yaml'], ['portfolio', '.']]) {
        const r = await cbo(dir, ...argv, ...T);
        assert.equal(r.code, 0, argv.join(' '));
        assert.match(r.err, /measurements file (d\/)?m\.csv leads outside this file's folder \(a symbolic link\); it is not read/, argv.join(' '));
        assert.doesNotMatch(r.err + r.out, /sk-live|TOKEN/, argv.join(' '));
      }
      const ko = await cbo(dir, 'report', 'a.cbo.yaml', '--lang', 'ko', ...T);
      assert.match(ko.err, /m\.csv 측정 파일은 이 파일의 폴더 밖을 가리킵니다/);
    });

    it('a link that stays in the folder is read', async () => {
      const dir = workspace({ 'a.cbo.yaml': CSV_YAML, 'data/real.csv': 'date,value\n2026-10-31,77\n' });
      symlinkSync('data/real.csv', path.join(dir, 'm.csv'));
      const r = await cbo(dir, 'report', 'a.cbo.yaml', ...T);
      assert.equal(r.err, '');
      assert.match(r.out, /77/);
    });

    it('a CSV over maxFileBytes is refused with a note, in English and Korean', async () => {
      const rows = 'date,value\n' + '2026-10-31,77\n'.repeat(200);
      const dir = workspace({ '.cborc.yaml': 'maxFileBytes: 1000\n', 'a.cbo.yaml': CSV_YAML, 'm.csv': rows });
      const r = await cbo(dir, 'report', 'a.cbo.yaml', ...T);
      assert.equal(r.code, 0);
      assert.match(r.err, /^cbo: a\.cbo\.yaml:14: the measurements file m\.csv is too large to read \(0\.0028 MB, limit 0\.0010 MB\); split it, or raise maxFileBytes in \.cborc\.yaml/);
      assert.doesNotMatch(r.out, /77/, 'no reading of the refused CSV counts');
      const pf = await cbo(dir, 'portfolio', '.', '--lang', 'ko', ...T);
      assert.match(pf.err, /m\.csv 측정 파일이 너무 커서\(0\.0028 MB, 한도 0\.0010 MB\) 읽지 않았습니다/);
      // Within the limit, the same CSV is read.
      writeFileSync(path.join(dir, '.cborc.yaml'), 'maxFileBytes: 5000\n');
      assert.match((await cbo(dir, 'report', 'a.cbo.yaml', ...T)).out, /77/);
    });

    it('a chart draws a few hundred of many readings, keeping first, last, lowest and highest; the figures use them all', async () => {
      const n = 20_000;
      const day = (i: number) => new Date(Date.UTC(2020, 0, 1) + i * 3_600_000).toISOString().slice(0, 10);
      const value = (i: number) => (i === 7_777 ? 5 : i === 12_345 ? 99 : 50 + (i % 7));
      const points: ChartPoint[] = [{ date: '2019-12-31', value: 40, kind: 'baseline' }];
      for (let i = 0; i < n; i++) points.push({ date: day(i), value: value(i), kind: 'measurement' });
      points.push({ date: '2030-01-01', value: 90, kind: 'target' });
      const g = chartGeometry(points);
      const drawn = g.points.filter((p) => p.kind === 'measurement');
      assert.ok(drawn.length <= MAX_DRAWN_READINGS && drawn.length > 100, String(drawn.length));
      const labels = drawn.map((p) => p.label);
      for (const i of [0, n - 1, 7_777, 12_345]) assert.ok(labels.includes(`${day(i)}: ${value(i)}`), `reading ${i} kept`);
      assert.deepEqual(g.points.filter((p) => p.kind !== 'measurement').map((p) => p.kind), ['baseline', 'target']);
      assert.ok(chartSvg(points, 'x').length < 100_000);
      // Through the CLI: the HTML report stays small, and its figures come from every reading.
      const rows = ['date,value', ...Array.from({ length: n }, (_, i) => `${day(i)},${value(i)}`), '2026-10-31,71'];
      const dir = workspace({ 'a.cbo.yaml': CSV_YAML, 'm.csv': rows.join('\n') + '\n' });
      const r = await cbo(dir, 'report', 'a.cbo.yaml', '--format', 'html', ...T);
      assert.equal(r.code, 0, r.err);
      assert.ok((r.out.match(/<circle/g) ?? []).length <= MAX_DRAWN_READINGS + 2);
      assert.match(r.out, /latest 71% on 2026-10-31/);
    });
  });

  describe('symbolic links a glob or a name matches', () => {
    /** s/r/real.cbo.yaml (an error: no title) and s/p holding a link to it and a clean file. */
    function linked(): string {
      const dir = workspace({ 'r/real.cbo.yaml': 'cbo: 1\n', 'p/ok.cbo.yaml': '' });
      symlinkSync('../r/real.cbo.yaml', path.join(dir, 'p/l.cbo.yaml'));
      return dir;
    }

    it('a link to a file is read when a glob or a name matches it; a folder walk still leaves it out', async () => {
      const p = path.join(linked(), 'p');
      const glob = await cbo(p, 'check', '*.cbo.yaml', '--format', 'json', ...T);
      assert.equal(glob.code, 1, glob.err);
      assert.ok((JSON.parse(glob.out) as { file: string }[]).some((f) => f.file === 'l.cbo.yaml'), glob.out);
      assert.equal((await cbo(p, 'check', 'l.cbo.yaml', ...T)).code, 1, 'named');
      assert.equal((await cbo(p, 'check', '.', ...T)).code, 0, 'a folder walk skips links, as documented');
      // With only the link there, the glob matches it: no "No files matching".
      const only = workspace({ 'r/real.cbo.yaml': 'cbo: 1\n', 'p/keep.txt': '' });
      symlinkSync('../r/real.cbo.yaml', path.join(only, 'p/l.cbo.yaml'));
      const alone = await cbo(path.join(only, 'p'), 'check', '*.cbo.yaml', ...T);
      assert.equal(alone.code, 1, alone.err);
      assert.doesNotMatch(alone.err, /No files matching/);
    });

    it('a linked folder is never walked into, even by **; a broken link a glob names cannot be read (exit 2)', async () => {
      const dir = linked();
      mkdirSync(path.join(dir, 'loop'));
      symlinkSync('..', path.join(dir, 'loop/up'));
      const all = await cbo(dir, 'check', '**/*.cbo.yaml', '--format', 'json', ...T);
      const files = [...new Set((JSON.parse(all.out) as { file: string }[]).map((f) => f.file))].sort();
      assert.deepEqual(files, ['p/l.cbo.yaml', 'r/real.cbo.yaml']);
      symlinkSync('nowhere.cbo.yaml', path.join(dir, 'p/gone.cbo.yaml'));
      const broken = await cbo(path.join(dir, 'p'), 'check', 'gone*.cbo.yaml', ...T);
      assert.equal(broken.code, 2);
      assert.match(broken.out, /gone\.cbo\.yaml:1:1 error file-unreadable Cannot read this: no such file or folder/);
    });
  });

  describe('-o never replaces what the command read, and never writes through a link', () => {
    const PLAN = '# Plan\n\nNo CBO here yet.\n';

    it('report --portfolio and portfolio refuse an -o that is one of their inputs, even with --force', async () => {
      const dir = workspace({ 'pf/plan.md': PLAN, 'pf/checkout.cbo.yaml': CSV_YAML, 'pf/m.csv': 'date,value\n2026-10-31,77\n', 'pf/.cborc.yaml': 'maxFileBytes: 100000\n' });
      const same = () => ['pf/plan.md', 'pf/checkout.cbo.yaml', 'pf/m.csv', 'pf/.cborc.yaml'].map((f) => readFileSync(path.join(dir, f), 'utf8'));
      const before = same();
      for (const argv of [
        ['report', '--portfolio', 'pf', '-o', 'pf/plan.md'],
        ['portfolio', 'pf', '-o', 'pf/checkout.cbo.yaml', '--format', 'json'],
        ['portfolio', 'pf', '-o', 'pf/m.csv', '--format', 'md'],
        ['report', 'pf/checkout.cbo.yaml', '-o', 'pf/m.csv', '--format', 'md'],
        ['report', 'pf/checkout.cbo.yaml', '-o', 'pf/.cborc.yaml', '--format', 'md'],
      ]) {
        for (const force of [['--force'], []]) {
          const r = await cbo(dir, ...argv, ...force, ...T);
          assert.equal(r.code, 2, argv.concat(force).join(' '));
          assert.match(r.err, /-o pf\/\S+ is a source file this command reads; choose another file for the output \(not even --force replaces one\)/, r.err);
        }
      }
      assert.deepEqual(same(), before);
      const ko = await cbo(dir, 'portfolio', 'pf', '-o', 'pf/plan.md', '--force', '--lang', 'ko', ...T);
      assert.match(ko.err, /-o pf\/plan\.md 경로는 이 명령이 읽는 원본 파일입니다\./);
      // Another file is still written, and replaced with --force.
      assert.equal((await cbo(dir, 'portfolio', 'pf', '-o', 'out.md', ...T)).code, 0);
      assert.equal((await cbo(dir, 'portfolio', 'pf', '-o', 'out.md', '--force', ...T)).code, 0);
    });

    it('a hard link to the input, or the input reached through a linked folder, is the input', async () => {
      const dir = workspace({ 'a.cbo.yaml': GOOD_YAML });
      linkSync(path.join(dir, 'a.cbo.yaml'), path.join(dir, 'hard.md'));
      symlinkSync('.', path.join(dir, 'here'));
      for (const o of ['hard.md', 'here/a.cbo.yaml']) {
        const r = await cbo(dir, 'report', 'a.cbo.yaml', '-o', o, '--format', 'md', '--force', ...T);
        assert.equal(r.code, 2, o);
        assert.match(r.err, new RegExp(`-o ${o.replace('.', '\\.')} is a source file this command reads \\(a\\.cbo\\.yaml\\)`), o);
      }
      assert.equal(readFileSync(path.join(dir, 'a.cbo.yaml'), 'utf8'), GOOD_YAML);
    });

    it('-o that is a symbolic link is refused, with or without --force; a FIFO is refused', async () => {
      const dir = workspace({ 'a.cbo.yaml': GOOD_YAML, 'other.txt': 'keep\n' });
      symlinkSync('a.cbo.yaml', path.join(dir, 'out.md'));
      symlinkSync('other.txt', path.join(dir, 'other.md'));
      symlinkSync('missing.txt', path.join(dir, 'dangling.md'));
      for (const o of ['out.md', 'other.md', 'dangling.md']) {
        for (const force of [['--force'], []]) {
          const r = await cbo(dir, 'report', 'a.cbo.yaml', '-o', o, ...force, ...T);
          assert.equal(r.code, 2, o);
          assert.match(r.err, new RegExp(`-o ${o.replace('.', '\\.')} is a symbolic link; cbo does not write through links`), r.err);
        }
      }
      assert.equal(readFileSync(path.join(dir, 'a.cbo.yaml'), 'utf8'), GOOD_YAML);
      assert.equal(readFileSync(path.join(dir, 'other.txt'), 'utf8'), 'keep\n');
      assert.match((await cbo(dir, 'report', 'a.cbo.yaml', '-o', 'out.md', '--lang', 'ko', ...T)).err, /심볼릭 링크입니다/);
      execFileSync('mkfifo', [path.join(dir, 'pipe.md')]);
      const fifo = await cbo(dir, 'report', 'a.cbo.yaml', '-o', 'pipe.md', '--force', ...T);
      assert.equal(fifo.code, 2);
      assert.match(fifo.err, /-o pipe\.md is not a regular file/);
    });
  });

  describe('the portfolio keeps maxFileBytes', () => {
    it('a file over the limit is named among the problems and not parsed; the others count', async () => {
      const big = GOOD_YAML.replace('Returning customers finish checkout', 'Big file outcome') + '#'.repeat(2000) + '\n';
      const dir = workspace({ '.cborc.yaml': 'maxFileBytes: 1500\n', 'big.cbo.yaml': big, 'ok.cbo.yaml': GOOD_YAML });
      const r = await cbo(dir, 'portfolio', '.', '--format', 'json', ...T);
      // Written, and 1: the file left out is a reading problem cbo check reports as an error.
      assert.equal(r.code, 1, r.err);
      const json = JSON.parse(r.out) as { outcomes: { file: string }[]; problems: { file: string; line: number; message: string }[] };
      assert.deepEqual(json.outcomes.map((o) => o.file), ['ok.cbo.yaml']);
      assert.deepEqual(json.problems.map((p) => `${p.file}:${p.line}`), ['big.cbo.yaml:1']);
      assert.match(json.problems[0]!.message, /^This file is too large to check \(0\.0026 MB, limit 0\.0015 MB\)\. Split it, or raise maxFileBytes in \.cborc\.yaml\. The outcomes in this file are left out/);
      assert.match(r.err, /big\.cbo\.yaml:1: This file is too large/);
      const md = await cbo(dir, 'report', '--portfolio', '.', '--lang', 'ko', ...T);
      assert.equal(md.code, 1);
      assert.match(md.out, /big\.cbo\.yaml:1: 파일이 너무 커서\(0\.0026 MB, 한도 0\.0015 MB\) 검사하지 않았습니다/);
      assert.doesNotMatch(md.out, /Big file outcome/);
    });
  });
});
