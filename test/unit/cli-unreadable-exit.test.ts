// cbo plan and cbo portfolio exit as cbo check does: a file that cannot be read among several,
// and a .cborc.yaml with errors, are exit 2 after every other file is read and printed.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { CliIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { cbo, removeWorkspaces, workspace } from './cli-run';
import { GOOD_YAML } from './helpers';

after(() => removeWorkspaces());

const T = ['--today', '2026-11-22'];
// --min-coverage 0: these plans pass the gate themselves, so the exit code is the unreadable file's.
const PASS = ['--checklist', 'cbo-process', '--min-coverage', '0', ...T];
/** A FIFO: a file that is there but is never read (it could wait forever), on every user, root too. */
function fifo(p: string): void {
  execFileSync('mkfifo', [p]);
}

const PLAN = '# Plan\n\n## Timeline\n\nGo-live by 2027-03-31.\n';

describe('cbo plan with a file it cannot read, among several', function () {
  this.timeout(30_000);
  const NOT_REGULAR = 'not a regular file (a FIFO, socket or device is never read: it could wait forever)';

  it('names a file that is there but cannot be read, still checks and prints the other plans, and exits 2, as cbo check does', async () => {
    const dir = workspace({ 'a.md': PLAN, 'b.md': PLAN });
    fifo(path.join(dir, 'pipe.md'));
    const r = await cbo(dir, 'plan', 'a.md', 'pipe.md', 'b.md', ...PASS);
    assert.equal(r.code, 2, r.err);
    assert.equal(r.err, `cbo: cannot read pipe.md: ${NOT_REGULAR}\n`);
    assert.match(r.out, /^a\.md$/m);
    assert.match(r.out, /^b\.md$/m);
    // The same files given to cbo check: the same code, the others checked too.
    const checked = await cbo(dir, 'check', 'a.md', 'pipe.md', 'b.md', ...T);
    assert.equal(checked.code, 2);
    assert.match(checked.out, /^pipe\.md:1:1 error file-unreadable /m);
    assert.match(checked.err, /in 1 of 3 files/);
    const ko = await cbo(dir, 'plan', 'a.md', 'pipe.md', ...PASS, '--lang', 'ko');
    assert.equal(ko.code, 2);
    assert.equal(ko.err, 'cbo: pipe.md 파일을 읽을 수 없습니다: 일반 파일이 아닙니다(FIFO, 소켓, 장치는 끝없이 기다릴 수 있어 읽지 않습니다)\n');
    assert.match(ko.out, /^a\.md$/m);
  });

  it('stops at a name that leads to no file, as cbo check does: a mistake in the command line', async () => {
    const dir = workspace({ 'a.md': PLAN });
    const plan = await cbo(dir, 'plan', 'a.md', 'nope.md', ...PASS);
    const check = await cbo(dir, 'check', 'a.md', 'nope.md', ...T);
    assert.deepEqual([plan.code, plan.out, plan.err], [2, '', 'cbo: cannot read nope.md: no such file or folder\nRun "cbo plan --help" for usage.\n']);
    // The same, but for the help the hint names: each command's own.
    assert.deepEqual([check.code, check.out, check.err], [plan.code, plan.out, plan.err.replace('cbo plan --help', 'cbo check --help')]);
  });

  it('exits 2, not 1, when the plans read also miss required items', async () => {
    const dir = workspace({ 'a.md': '# Plan\n' });
    fifo(path.join(dir, 'pipe.md'));
    assert.equal((await cbo(dir, 'plan', 'a.md', '--checklist', 'cbo-process', ...T)).code, 1);
    const r = await cbo(dir, 'plan', 'a.md', 'pipe.md', '--checklist', 'cbo-process', ...T);
    assert.equal(r.code, 2);
    assert.match(r.err, /a\.md: CBO process is missing \d+ required items/);
  });

  it('writes a JSON array of the plans read when several were named, even if only one could be read', async () => {
    const dir = workspace({ 'a.md': PLAN });
    fifo(path.join(dir, 'pipe.md'));
    const r = await cbo(dir, 'plan', 'a.md', 'pipe.md', '--format', 'json', ...PASS);
    assert.equal(r.code, 2);
    const json = JSON.parse(r.out) as { file: string }[];
    assert.ok(Array.isArray(json), r.out);
    assert.deepEqual(json.map((x) => x.file), ['a.md']);
    // One plan named and read: the object itself, as before.
    assert.equal((JSON.parse((await cbo(dir, 'plan', 'a.md', '--format', 'json', ...PASS)).out) as { file: string }).file, 'a.md');
    // One plan named and not read: no JSON at all, only the reason on stderr.
    const none = await cbo(dir, 'plan', 'pipe.md', '--format', 'json', ...PASS);
    assert.deepEqual([none.code, none.out], [2, '']);
  });
});

describe('cbo plan under a .cborc.yaml with errors', function () {
  this.timeout(30_000);

  it('names each error once, checks the plans, and exits 2, as cbo check does', async () => {
    const dir = workspace({ '.cborc.yaml': 'bogus: 1\n', 'a.md': PLAN, 'b.md': PLAN });
    const r = await cbo(dir, 'plan', 'a.md', 'b.md', ...PASS);
    assert.equal(r.code, 2, r.err);
    assert.equal(r.err.match(/unknown key "bogus"/g)?.length, 1, r.err);
    assert.match(r.out, /^a\.md$/m);
    assert.match(r.out, /^b\.md$/m);
    assert.equal((await cbo(dir, 'check', 'a.md', ...T)).code, 2);
  });
});

describe('cbo portfolio with a file it cannot read, among several', function () {
  this.timeout(30_000);

  it('names a FIFO given among the CBO files, writes the portfolio, and exits 2, as cbo check does', async () => {
    const dir = workspace({ 'a.cbo.yaml': GOOD_YAML });
    fifo(path.join(dir, 'p.cbo.yaml'));
    for (const argv of [['portfolio', 'a.cbo.yaml', 'p.cbo.yaml'], ['report', '--portfolio', 'a.cbo.yaml', '--portfolio', 'p.cbo.yaml']]) {
      const r = await cbo(dir, ...argv, ...T);
      assert.equal(r.code, 2, `${argv.join(' ')}: ${r.err}`);
      assert.match(r.err, /^cbo: p\.cbo\.yaml:0: Cannot read this: not a regular file/m);
      assert.match(r.out, /1 outcome in 1 file/);
    }
    assert.equal((await cbo(dir, 'check', 'a.cbo.yaml', 'p.cbo.yaml', ...T)).code, 2);
  });

  it('goes on past a file whose read fails (no permission), names it, and exits 2, as cbo check does', async () => {
    const dir = workspace({ 'a.cbo.yaml': GOOD_YAML, 'b.cbo.yaml': GOOD_YAML });
    // The io refuses b.cbo.yaml as the OS refuses a file without read permission (root reads any).
    const refused = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    const run = async (argv: string[]) => {
      let out = '';
      let err = '';
      const io: CliIo = {
        stdout: (s) => (out += s),
        stderr: (s) => (err += s),
        stdoutIsTerminal: false,
        readFile: (p) => (path.basename(p) === 'b.cbo.yaml' ? Promise.reject(refused) : fs.readFile(p, 'utf8')),
        readBytes: (p) => (path.basename(p) === 'b.cbo.yaml' ? Promise.reject(refused) : fs.readFile(p)),
        cwd: dir,
      };
      return { code: await main(argv, io, {}), out, err };
    };
    const r = await run(['portfolio', ...T]);
    assert.equal(r.code, 2, r.err);
    assert.equal(r.err, 'cbo: b.cbo.yaml:0: Cannot read this: permission denied\n');
    assert.match(r.out, /1 outcome in 1 file/);
    const ko = await run(['portfolio', '--lang', 'ko', ...T]);
    assert.equal(ko.err, 'cbo: b.cbo.yaml:0: 읽을 수 없습니다: 권한이 없습니다\n');
    const checked = await run(['check', ...T]);
    assert.equal(checked.code, 2);
    assert.match(checked.out, /^b\.cbo\.yaml:1:1 error file-unreadable Cannot read this: permission denied$/m);
  });
});
