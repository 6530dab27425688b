// -o makes the folders of OUT that are missing, one plain mkdir each, and stops at the first
// refusal: Node's recursive mkdir retried for ever on /proc (`cbo check -o /proc/nope/x.txt`).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import * as path from 'node:path';
import { makeFolders } from '../../src/node/make-folders';
import { GOOD_YAML } from './helpers';
import { cbo, removeWorkspaces, workspace } from './cli-run';

after(() => removeWorkspaces());

describe('makeFolders', () => {
  it('makes every missing folder of a chain', async () => {
    const dir = workspace({});
    assert.equal(await makeFolders(path.join(dir, 'a', 'b', 'c')), undefined);
    assert.ok(statSync(path.join(dir, 'a', 'b', 'c')).isDirectory());
    assert.equal(await makeFolders(path.join(dir, 'a', 'b')), undefined, 'a folder already there is fine');
  });

  it('names the file that stands where a folder would be, and makes nothing', async () => {
    const dir = workspace({ 'a/f': 'x' });
    assert.deepEqual(await makeFolders(path.join(dir, 'a', 'f', 'b', 'c')), { at: path.join(dir, 'a', 'f'), notAFolder: true });
    assert.equal(existsSync(path.join(dir, 'a', 'f', 'b')), false);
  });

  it('cbo check -o makes the chain; a file in it is a clear error, exit 2', async () => {
    const dir = workspace({ 'a.cbo.yaml': GOOD_YAML, 'out/f': '' });
    const made = await cbo(dir, 'check', 'a.cbo.yaml', '-o', 'out/x/y/r.txt');
    assert.equal(made.code, 0, made.err);
    assert.ok(readFileSync(path.join(dir, 'out/x/y/r.txt'), 'utf8').length > 0);
    const blocked = await cbo(dir, 'check', 'a.cbo.yaml', '-o', 'out/f/y/r.txt');
    assert.equal(blocked.code, 2);
    assert.match(blocked.err, /^cbo: cannot write out\/f\/y\/r\.txt: a file stands where the folder out\/f would be$/m);
    const ko = await cbo(dir, 'check', 'a.cbo.yaml', '-o', 'out/f/y/r.txt', '--lang', 'ko');
    assert.match(ko.err, /^cbo: out\/f\/y\/r\.txt 파일을 쓸 수 없습니다: 폴더 out\/f 자리에 파일이 있습니다$/m);
  });

  it('says why a folder cannot be made or a file written in words, not the OS message (English and Korean)', async () => {
    const dir = workspace({ 'a.cbo.yaml': GOOD_YAML });
    // Two links pointing at each other: the folder la/x cannot be made.
    symlinkSync('lb', path.join(dir, 'la'));
    symlinkSync('la', path.join(dir, 'lb'));
    const en = await cbo(dir, 'check', 'a.cbo.yaml', '-o', 'la/x/r.txt');
    assert.equal(en.code, 2);
    assert.match(en.err, /^cbo: cannot write la\/x\/r\.txt: the folder la\/x cannot be made \(a symbolic link leads back to itself\)$/m);
    assert.doesNotMatch(en.err, /ELOOP/);
    const ko = await cbo(dir, 'check', 'a.cbo.yaml', '-o', 'la/x/r.txt', '--lang', 'ko');
    assert.match(ko.err, /심볼릭 링크가 자기 자신으로 돌아옵니다/);
  });

  if (process.platform === 'linux') {
    it('cbo check -o /proc/nope/x.txt exits 2 with a message instead of spinning', function () {
      this.timeout(120_000);
      const dir = workspace({ 'a.cbo.yaml': GOOD_YAML });
      // A child process, so a regression is killed at the timeout rather than hanging the run.
      const r = spawnSync(process.execPath, [path.resolve('bin/cbo.js'), 'check', 'a.cbo.yaml', '-o', '/proc/nope/x.txt'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
      assert.equal(r.signal, null, 'killed at the timeout: the command did not return');
      assert.equal(r.status, 2, r.stderr);
      assert.match(r.stderr, /^cbo: cannot write \/proc\/nope\/x\.txt: the folder \/proc\/nope cannot be made \(/m);
    });
    it('a file the system refuses (/sys) is said in words, in Korean too', async () => {
      const dir = workspace({ 'a.cbo.yaml': GOOD_YAML });
      const r = await cbo(dir, 'check', 'a.cbo.yaml', '-o', '/sys/cbo-x.txt');
      assert.equal(r.code, 2);
      // As root /sys refuses the file; where it is mounted read-only, that is the reason.
      assert.match(r.err, /^cbo: cannot write \/sys\/cbo-x\.txt: (permission denied|the file system is read-only)$/m);
      assert.match((await cbo(dir, 'check', 'a.cbo.yaml', '-o', '/sys/cbo-x.txt', '--lang', 'ko')).err, /권한이 없습니다|읽기 전용 파일 시스템입니다/);
    });
  }
});
