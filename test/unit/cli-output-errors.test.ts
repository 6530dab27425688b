// A write to stdout that fails (`cbo check … > /dev/full`) threw an uncaught ENOSPC with a Node
// stack trace and exit 1, which CI reads as "findings". Now: one line on stderr, exit 2. A reader
// that closes the pipe (`| head`) is no error: nothing said, and the command's own exit code.
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import * as path from 'node:path';
import { cannotWriteLine, onOutputError, type OutputStream } from '../../src/cli/output-errors';
import { removeWorkspaces, workspace } from './cli-run';

after(() => removeWorkspaces());

const CLI = path.resolve('dist/cli.js');
const BAD = 'cbo: 1\noutcomes:\n  - { title: 1, metrics: { primary: { name: 1, direction: sideways } } }\n';

function fakeContext(lang: 'en' | 'ko' = 'en') {
  const said: string[] = [];
  const exits: number[] = [];
  const closed = new Set<OutputStream>();
  return { said, exits, closed, ctx: { lang, say: (l: string) => void said.push(l), exit: (c: number) => void exits.push(c), closed } };
}

const err = (code: string): NodeJS.ErrnoException => Object.assign(new Error(`${code}: write failed`), { code });

describe('a failed write to stdout or stderr', function () {
  this.timeout(30_000);

  it('a full disk on stdout: one line on stderr, exit 2, in English and Korean', () => {
    const f = fakeContext();
    onOutputError(err('ENOSPC'), 'stdout', f.ctx);
    assert.deepEqual([f.said, f.exits], [['cbo: cannot write the output: no space left on device\n'], [2]]);
    assert.ok(f.closed.has('stdout'));
    const ko = fakeContext('ko');
    onOutputError(err('ENOSPC'), 'stdout', ko.ctx);
    assert.deepEqual(ko.said, ['cbo: 출력을 쓸 수 없습니다: 장치에 남은 공간이 없습니다\n']);
    assert.equal(cannotWriteLine(err('EACCES'), 'en'), 'cbo: cannot write the output: permission denied\n');
  });

  it('a full disk on stderr: exit 2, nothing more written there', () => {
    const f = fakeContext();
    onOutputError(err('ENOSPC'), 'stderr', f.ctx);
    assert.deepEqual([f.said, f.exits], [[], [2]]);
  });

  it('a reader that went away (EPIPE) on either stream: nothing said, no exit, the stream dropped', () => {
    for (const stream of ['stdout', 'stderr'] as const) {
      const f = fakeContext();
      onOutputError(err('EPIPE'), stream, f.ctx);
      assert.deepEqual([f.said, f.exits, [...f.closed]], [[], [], [stream]]);
    }
  });

  it('cbo rules and cbo check > /dev/full exit 2 with one line on stderr and no stack trace', () => {
    const dir = workspace({ 'bad.cbo.yaml': BAD });
    for (const argv of [['rules'], ['check', 'bad.cbo.yaml', '--format', 'json']]) {
      const full = openSync('/dev/full', 'w');
      try {
        const r = spawnSync(process.execPath, [CLI, ...argv], { cwd: dir, stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
        assert.equal(r.status, 2, `${argv.join(' ')}: ${r.stderr}`);
        assert.equal(r.stderr, 'cbo: cannot write the output: no space left on device\n', argv.join(' '));
      } finally {
        closeSync(full);
      }
    }
  });

  it('cbo check piped to a reader that closes at once ends quietly, with the exit code of its findings', async () => {
    const dir = workspace({ 'bad.cbo.yaml': BAD });
    const child = spawn(process.execPath, [CLI, 'check', 'bad.cbo.yaml', '--today', '2026-11-22'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy(); // as `| head -0` does
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    assert.equal(code, 1, stderr);
    assert.doesNotMatch(stderr, /EPIPE|Error| {4}at /);
  });
});
