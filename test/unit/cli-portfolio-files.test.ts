// The portfolio's header counts the files it holds: a file named on the command line that holds
// no outcome was read and is counted ("0 outcomes in 1 file" beside the note that names it),
// while a file left out (a YAML error) is not, as its problem says.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { cbo, removeWorkspaces, workspace } from './cli-run';

after(() => removeWorkspaces());

const T = ['--today', '2026-11-22'];
const GOOD = readFileSync(path.resolve('examples/refund-speed.cbo.yaml'), 'utf8');

describe('cbo portfolio: the files the header counts', () => {
  for (const argv of [['portfolio', 'empty.cbo.yaml'], ['portfolio', 'empty.cbo.yaml', '--format', 'md'], ['report', '--portfolio', 'empty.cbo.yaml'], ['report', '--portfolio', 'empty.cbo.yaml', '--format', 'html']]) {
    it(`cbo ${argv.join(' ')}: 0 outcomes in 1 file, and the file named as empty`, async () => {
      const dir = workspace({ 'empty.cbo.yaml': '# nothing yet\n' });
      const r = await cbo(dir, ...argv, ...T);
      assert.equal(r.code, 0, r.err);
      assert.match(r.out, /0 outcomes in 1 file\b/);
      assert.doesNotMatch(r.out, /in 0 files/);
      assert.match(r.out + r.err, /empty\.cbo\.yaml: no outcome in this file/);
    });
  }

  it('in Korean, and beside a file with an outcome', async () => {
    const dir = workspace({ 'empty.cbo.yaml': 'outcomes: []\n', 'good.cbo.yaml': GOOD });
    assert.match((await cbo(dir, 'portfolio', 'empty.cbo.yaml', '--lang', 'ko', ...T)).out, /파일 1개, 성과 0개/);
    const both = await cbo(dir, 'portfolio', 'empty.cbo.yaml', 'good.cbo.yaml', ...T);
    assert.match(both.out, /1 outcome in 2 files/);
    assert.match(both.err, /^cbo: empty\.cbo\.yaml: no outcome in this file/m);
  });

  it('a named file left out for a YAML error is not counted: its problem says why', async () => {
    const dir = workspace({ 'broken.cbo.yaml': 'title: x\n  bad: [\n' });
    const r = await cbo(dir, 'portfolio', 'broken.cbo.yaml', ...T);
    assert.match(r.out, /0 outcomes in 0 files/);
    assert.match(r.err, /broken\.cbo\.yaml:1: YAML syntax error/);
  });
});

describe('cbo portfolio: a named YAML that is no CBO document', () => {
  it('is passed over with the note cbo check gives, and its keys are not read as outcomes', async () => {
    const ci = 'name: build\non:\n  push:\njobs:\n  test:\n    runs-on: ubuntu-latest\n';
    const dir = workspace({ 'ci.yaml': ci, 'good.cbo.yaml': GOOD });
    const r = await cbo(dir, 'portfolio', 'ci.yaml', 'good.cbo.yaml', ...T);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /1 outcome in 1 file\b/);
    assert.doesNotMatch(r.out + r.err, /ci\.yaml:\d+:/);
    const checked = await cbo(dir, 'check', 'ci.yaml', ...T);
    const note = /^cbo: (ci\.yaml .*)$/m.exec(checked.err)?.[1];
    assert.ok(note, checked.err);
    assert.ok(r.err.includes(note), r.err);
  });

  it('alone, exits 2 with why, as cbo check does, instead of "0 outcomes in 0 files"', async () => {
    const dir = workspace({ 'ci.yaml': 'name: build\non: push\njobs: {}\n' });
    for (const argv of [['portfolio', 'ci.yaml'], ['report', '--portfolio', 'ci.yaml']]) {
      const r = await cbo(dir, ...argv, ...T);
      assert.equal(r.code, 2, argv.join(' '));
      assert.equal(r.out, '');
      // Each on a line of its own after "cbo: " (they were joined by a literal \n).
      const lines = r.err.split('\n');
      assert.match(lines[0]!, /^cbo: ci\.yaml was not checked: it is not named \*\.cbo\.yaml[^\\]*"cbo: 1"$/);
      assert.deepEqual(lines.slice(1), ['cbo: nothing was read: every file given was passed over as no CBO document', `Run "cbo ${argv[0]} --help" for usage.`, '']);
    }
    assert.equal((await cbo(dir, 'check', 'ci.yaml', ...T)).code, 2);
  });
});
