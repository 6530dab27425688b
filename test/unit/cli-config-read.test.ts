// A `.cborc.yaml` that is there but cannot be read is a finding on it ("Cannot read this
// config: ..."), in the language of the run: the reason was English under --lang ko whenever it
// came from config discovery (a folder or FIFO by that name) or from the OS ("ELOOP: too many
// symbolic links encountered, stat '…'"), half a Korean sentence and half the system's words.
import { strict as assert } from 'node:assert';
import { mkdirSync, symlinkSync } from 'node:fs';
import * as path from 'node:path';
import { cbo, cboEnv, removeWorkspaces, workspace } from './cli-run';
import { GOOD_YAML } from './helpers';

after(() => removeWorkspaces());

const T = ['--today', '2026-11-22'];
const LATIN = /[A-Za-z]/;

/** The text after "설정 파일을 읽을 수 없습니다: " on the line of the finding or note that has it. */
function koReason(text: string): string {
  const m = /설정 파일을 읽을 수 없습니다: (.*)$/m.exec(text);
  assert.ok(m, text);
  return m[1]!;
}

describe('a .cborc.yaml that cannot be read, said in Korean too', function () {
  this.timeout(30_000);

  it('a folder named .cborc.yaml: the reason in Korean under --lang ko or a Korean LANG, in every command that reads it', async () => {
    const dir = workspace({ 'a.cbo.yaml': GOOD_YAML });
    mkdirSync(path.join(dir, '.cborc.yaml'));
    const check = await cbo(dir, 'check', 'a.cbo.yaml', '--lang', 'ko', ...T);
    assert.equal(check.code, 2);
    assert.match(check.out, /^\.cborc\.yaml:1:1 error file-unreadable 설정 파일을 읽을 수 없습니다: 일반 파일이 아닙니다\.$/m);
    for (const argv of [['check', 'a.cbo.yaml'], ['roi', 'a.cbo.yaml'], ['report', 'a.cbo.yaml'], ['portfolio', '.']]) {
      const r = await cboEnv(dir, { LANG: 'ko_KR.UTF-8' }, ...argv, ...T);
      assert.equal(r.code, 2, argv.join(' '));
      assert.doesNotMatch(koReason(r.out + r.err), LATIN, argv.join(' '));
    }
    // English as before.
    assert.match((await cbo(dir, 'check', 'a.cbo.yaml', ...T)).out, /^\.cborc\.yaml:1:1 error file-unreadable Cannot read this config: not a regular file\.$/m);
  });

  it('a .cborc.yaml that links to itself: the reason in words, English or Korean, not the OS message', async () => {
    const dir = workspace({ 'a.cbo.yaml': GOOD_YAML });
    symlinkSync('.cborc.yaml', path.join(dir, '.cborc.yaml'));
    const en = await cbo(dir, 'check', 'a.cbo.yaml', ...T);
    assert.equal(en.code, 2);
    assert.match(en.out, /^\.cborc\.yaml:1:1 error file-unreadable Cannot read this config: a symbolic link leads back to itself\.$/m);
    assert.doesNotMatch(en.out, /ELOOP|stat '/);
    const ko = await cbo(dir, 'check', 'a.cbo.yaml', '--lang', 'ko', ...T);
    assert.equal(koReason(ko.out), '심볼릭 링크가 자기 자신으로 돌아옵니다.');
  });
});
