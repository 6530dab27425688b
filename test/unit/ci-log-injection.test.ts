// A CI log reads a line that starts with "::" (after any spaces) as a GitHub Actions workflow
// command: `::error file=src/app.ts,line=1::INJECTED` puts an error annotation on a file the
// pull request never touched, and others set outputs or stop the log's commands. A folder named
// "plans\n::error ...", or a title holding that newline, made `cbo check .` print such a line.
// Every command, on paths and text holding one, prints none: each path and each piece of the
// user's text is escaped where it is written, as one field of one line.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { CliIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { GOOD_ANSWERS } from '../guided-answers';
import { cbo, cboInput, cboPiped, removeWorkspaces, workspace } from './cli-run';

after(() => removeWorkspaces());

const INJECTED = '\n::error file=src/app.ts,line=1::INJECTED';
/** A folder whose files are read, and one whose every CBO file `ignore:` leaves out. */
const DIR = `plans${INJECTED}`;
const IGNORED = `ignored${INJECTED}`;
const q = (s: string) => JSON.stringify(s); // a YAML double-quoted scalar reads JSON's escapes
const T = ['--today', '2026-11-22'];

function injectedWorkspace(): string {
  const yaml = readFileSync(path.resolve('examples/checkout.cbo.yaml'), 'utf8')
    .replace(/^title: .*$/m, `title: ${q(`Checkout${INJECTED}`)}`)
    .replace(/^account: .*$/m, `account: ${q(`Northwind${INJECTED}`)}`)
    .replace(/^owner: .*$/m, `owner: ${q(`Head${INJECTED}`)}`)
    // A schema error, so roi and report name the file on stderr ("has 1 reading problem").
    .replace(/^period: .*$/m, 'period: [FY2027]');
  const plan = readFileSync(path.resolve('examples/plan.md'), 'utf8').replace(/^(## CBO: .*)$/m, '$1 INJECTED');
  return workspace(
    {
      [`${DIR}/.cborc.yaml`]: `ignore: [${q(`drafts${INJECTED}/**`)}]\n`,
      [`${DIR}/o${INJECTED}.cbo.yaml`]: yaml,
      [`${DIR}/plan${INJECTED}.md`]: plan,
      [`${DIR}/notes${INJECTED}.md`]: '# Notes\n',
      [`${DIR}/ci${INJECTED}.yaml`]: 'jobs: {}\n',
      [`${DIR}/cbo${INJECTED}.yaml`]: 'cbo: 1\n',
      [`${DIR}/drafts${INJECTED}/d.cbo.yaml`]: yaml,
      [`${IGNORED}/.cborc.yaml`]: 'ignore: ["*.cbo.yaml"]\n',
      [`${IGNORED}/p.cbo.yaml`]: yaml,
    },
    'cbo-inject-',
  );
}

const O = `${DIR}/o${INJECTED}.cbo.yaml`;
const PLAN = `${DIR}/plan${INJECTED}.md`;
const DRAFT = `${DIR}/drafts${INJECTED}/d.cbo.yaml`;
const NEW_ANSWERS = ['account', 'current', 'future', 'barriers', 'solutions', 'behavior', 'hypothesis', 'metric', 'baseline', 'target', 'category', 'value', 'investment'].map((s) => (s === 'category' ? '1' : (GOOD_ANSWERS as Record<string, string>)[s]!)).join('\n') + '\n';

/** Usage errors naming a path the user gave. */
const USAGE: string[][] = [
  ['roi', `${DIR}/missing.cbo.yaml`],
  ['report', `${DIR}/missing.cbo.yaml`],
  ['roi', O, `${DIR}/second.cbo.yaml`],
  ['roi', `${DIR}/notes${INJECTED}.txt`],
  ['plan', O],
  ['plan', `${DIR}/notes${INJECTED}.txt`],
  ['check', O, '--config', `${DIR}/missing.yaml`],
  ['report', O, '-o', `${DIR}/r.sarif`],
  ['new', DIR],
  ['new', '-o', `${DIR}/new.json`],
  ['new', '--markdown', '-o', `${DIR}/new.yaml`],
  ['new', '-o', O],
];

const COMMANDS: string[][] = [
  ['check', DIR],
  ['check', '.'],
  ['check', DIR, '--format', 'json'],
  ['check', DIR, '--format', 'sarif'],
  ['check', DIR, '--format', 'gitlab'],
  ['check', DIR, '--lang', 'ko'],
  ['check', O, DRAFT],
  ['check', IGNORED],
  ['check', IGNORED, '--lang', 'ko'],
  ['check', `${DIR}/notes${INJECTED}.md`],
  ['check', `${DIR}/ci${INJECTED}.yaml`],
  ['check', `${DIR}/missing${INJECTED}.cbo.yaml`],
  ['check', O, '-o', `out${INJECTED}.sarif`, '--format', 'json'],
  ['check', O, '-o', `out${INJECTED}.pdf`],
  ['check', O, '-o', `gl-code-quality-report.json`, '--format', 'json'],
  ['check', O, '-o', O],
  ['check', O, '-o', `written${INJECTED}.json`],
  ['roi', O],
  ['roi', O, '--lang', 'ko'],
  ['roi', O, '--format', 'json'],
  ['report', O],
  ['report', O, '--format', 'html'],
  ['report', O, '--format', 'json'],
  ['report', O, '-o', DIR],
  ['report', '--portfolio', DIR],
  ['report', '--portfolio', DIR, '--format', 'html'],
  ['portfolio', DIR],
  ['portfolio', DIR, '--format', 'md'],
  ['portfolio', DIR, '--format', 'html'],
  ['portfolio', DIR, '--format', 'json'],
  ['portfolio', DRAFT],
  ['portfolio', IGNORED],
  ['plan', PLAN],
  ['plan', PLAN, '--format', 'json'],
  ['plan', PLAN, '--min-coverage', '100'],
  ['plan', PLAN, '--lang', 'ko', '--min-coverage', '100'],
  // Usage errors, each line of which main writes apart: the path in one is escaped whole.
  ...USAGE,
];

/** The lines a CI log would take for a workflow command: "::" first, after any spaces. */
function commandLines(text: string): string[] {
  return text.split(/\r?\n/).filter((l) => l.trimStart().startsWith('::'));
}

describe('no command prints a line a CI log reads as a workflow command', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => (dir = injectedWorkspace()));

  for (const argv of COMMANDS) {
    // Both ways stdout goes: a terminal, and a CI log's pipe (where a document is written raw).
    it(`cbo ${JSON.stringify(argv.join(' '))}`, async () => {
      for (const r of [await cbo(dir, ...argv, ...T), await cboPiped(dir, undefined, ...argv, ...T)]) {
        assert.ok(r.out.length + r.err.length > 0, 'printed something');
        assert.doesNotMatch(r.err, /internal error/);
        assert.deepEqual(commandLines(r.out), [], 'stdout');
        assert.deepEqual(commandLines(r.err), [], 'stderr');
      }
    });
  }

  it('a usage error names the path whole, on one line', async () => {
    for (const argv of USAGE) {
      const r = await cbo(dir, ...argv, ...T);
      assert.equal(r.code, 2, argv.join(' '));
      assert.ok(r.err.includes('plans\\n::error file=src/app.ts,line=1::INJECTED'), `${argv.join(' ')}: ${r.err}`);
    }
  });

  it('an internal error: its message is escaped, its stack frames kept', async () => {
    let err = '';
    const io: CliIo = { stdout: () => { throw new Error(`stdout failed${INJECTED}`); }, stderr: (s) => (err += s), stdoutIsTerminal: true, readFile: () => Promise.resolve(''), cwd: dir };
    assert.equal(await main(['--version'], io, {}), 2);
    assert.deepEqual(commandLines(err), []);
    assert.match(err, /^cbo: internal error: Error: stdout failed\\n::error file=src\/app\.ts,line=1::INJECTED\n {4}at /);
  });

  it('cbo new, writing to a path that holds one', async () => {
    const r = await cboInput(dir, NEW_ANSWERS, 'new', '-o', `new${INJECTED}.cbo.yaml`, ...T);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(commandLines(r.out + '\n' + r.err), []);
    assert.match(r.err, /^cbo: wrote new\\n::error file=src\/app\.ts,line=1::INJECTED\.cbo\.yaml$/m);
  });

  it('the folder the probe named: its line is shown escaped', async () => {
    const r = await cbo(dir, 'check', IGNORED, ...T);
    assert.equal(r.code, 2);
    assert.equal(r.err, 'cbo: nothing was checked under "ignored\\n::error file=src/app.ts,line=1::INJECTED": all 1 file found there is ignored (ignored\\n::error file=src/app.ts,line=1::INJECTED/.cborc.yaml "*.cbo.yaml")\n');
  });
});
