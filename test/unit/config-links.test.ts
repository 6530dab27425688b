// A `.cborc.yaml` and the team checklists it names come with a cloned repository: a symbolic
// link committed in their place must not make `cbo check` (or the language server) read a file
// elsewhere on the machine and echo it into findings and the SARIF a CI job uploads. Both are
// read only when their real path is in the config's folder, and only up to a size; a config
// message quotes no more than a short, escaped excerpt of the file.
import { strict as assert } from 'node:assert';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONFIG_KEYS, configFindings, MAX_CONFIG_BYTES } from '../../src/core/config';
import { LspSettings } from '../../src/lsp/settings';
import { cbo, removeWorkspaces, workspace } from './cli-run';
import { GOOD_YAML } from './helpers';
import { GATES } from './team-gates';

after(() => removeWorkspaces());

const T = ['--today', '2026-11-22'];
/** What a system file a link could lead to looks like: lines ending in ':' read as YAML keys. */
const SHADOW = 'root:$6$s3cr3tHash:20228:0:99999:7::\ndaemon:*:20228:0:99999:7::\nbin:*:20228:0:99999:7::\n';
/** A plan with a weasel word in its target: a config that allows it changes the findings. */
const PLAN = '## CBO: Analysts get the daily report by 9:00\n\n- **Target**: significantly faster reports\n';

describe('config and checklist files that lead outside their folder', function () {
  this.timeout(30_000);

  it('a .cborc.yaml linked to a file elsewhere is refused by name, never quoted, in text and SARIF (exit 2)', async () => {
    const outside = workspace({ shadow: SHADOW });
    const dir = workspace({ 'a.cbo.yaml': GOOD_YAML });
    symlinkSync(path.join(outside, 'shadow'), path.join(dir, '.cborc.yaml'));
    const text = await cbo(dir, 'check', '.', ...T);
    assert.equal(text.code, 2, text.err);
    assert.match(text.out, /^\.cborc\.yaml:1:1 error file-unreadable Cannot read this config: it is a symbolic link that leads outside its folder, so it is not read/m);
    const sarif = await cbo(dir, 'check', '.', '--format', 'sarif', ...T);
    assert.equal(sarif.code, 2);
    for (const out of [text.out + text.err, sarif.out]) assert.doesNotMatch(out, /root:|daemon|s3cr3t|20228/);
    const ko = await cbo(dir, 'check', '.', '--lang', 'ko', ...T);
    assert.match(ko.out, /설정 파일을 읽을 수 없습니다: 폴더 밖을 가리키는 심볼릭 링크라 읽지 않았습니다/);
  });

  it('a .cborc.yaml linked to a file inside its folder is read and applies', async () => {
    const dir = workspace({ 'plan.md': PLAN, 'conf/cbo.yaml': 'vocabulary:\n  allow: [significantly]\n' });
    const before = await cbo(dir, 'check', 'plan.md', ...T);
    assert.match(before.out, /weasel-word/, 'the word is flagged without the config');
    symlinkSync('conf/cbo.yaml', path.join(dir, '.cborc.yaml'));
    const r = await cbo(dir, 'check', 'plan.md', ...T);
    assert.doesNotMatch(r.out, /weasel-word|file-unreadable/, r.out);
  });

  it('a .cborc.yaml over the fixed config limit is refused without being parsed', async () => {
    const big = `vocabulary:\n  allow:\n${'    - word\n'.repeat(Math.ceil(MAX_CONFIG_BYTES / 11) + 10)}bogus-${'x'.repeat(10)}: 1\n`;
    assert.ok(big.length > MAX_CONFIG_BYTES);
    const dir = workspace({ 'a.cbo.yaml': GOOD_YAML, '.cborc.yaml': big });
    const r = await cbo(dir, 'check', '.', ...T);
    assert.equal(r.code, 2);
    assert.match(r.out, /Cannot read this config: it is too large for a \.cborc\.yaml \(1\.\d MB, limit 1\.0 MB\)/);
    assert.doesNotMatch(r.out, /bogus/, 'nothing of it was read as config');
  });

  it('a team checklist linked out of the config\'s folder is refused by name; its text never shows', async () => {
    const outside = workspace({ credentials: 'api_token: *ghp_S3CR3T_T0K3N\n', 'gates.yaml': GATES });
    const dir = workspace({ '.cborc.yaml': 'checklists:\n  - team.yaml\n  - gates.yaml\n', 'plan.md': PLAN });
    symlinkSync(path.join(outside, 'credentials'), path.join(dir, 'team.yaml'));
    symlinkSync(path.join(outside, 'gates.yaml'), path.join(dir, 'gates.yaml'));
    const r = await cbo(dir, 'check', 'plan.md', ...T);
    assert.equal(r.code, 2);
    assert.match(r.out, /^\.cborc\.yaml:1:1 error config checklist team\.yaml leads outside the config's folder \(a symbolic link\); it is not read$/m);
    assert.match(r.out, /checklist gates\.yaml leads outside/, 'a valid checklist is refused all the same');
    assert.doesNotMatch(r.out + r.err, /ghp_|S3CR3T/);
    const ko = await cbo(dir, 'check', 'plan.md', '--lang', 'ko', ...T);
    assert.match(ko.out, /team\.yaml 체크리스트는 설정 파일의 폴더 밖을 가리킵니다\(심볼릭 링크\)\. 읽지 않았습니다/);
  });

  it('a team checklist linked inside the folder is read', async () => {
    const dir = workspace({ '.cborc.yaml': 'checklists: [./gates.yaml]\n', 'lists/gates.yaml': GATES, 'plan.md': '# Plan\n\n## Load test\nTwice the peak.\n' });
    symlinkSync('lists/gates.yaml', path.join(dir, 'gates.yaml'));
    const r = await cbo(dir, 'plan', 'plan.md', '--format', 'json');
    assert.deepEqual(JSON.parse(r.out).checklists.map((c: { id: string }) => c.id), ['cbo-process', 'gates'], r.err);
  });

  it('a team checklist over the config\'s maxFileBytes is refused, in English and Korean', async () => {
    // 3,100 bytes: 0.0031 MB, over a limit of 2,000.
    const padded = `${GATES}# ${'x'.repeat(3100 - Buffer.byteLength(GATES) - 3)}\n`;
    assert.equal(Buffer.byteLength(padded), 3100);
    const dir = workspace({ '.cborc.yaml': 'maxFileBytes: 2000\nchecklists: [./gates.yaml]\n', 'gates.yaml': padded, 'plan.md': PLAN });
    const r = await cbo(dir, 'check', 'plan.md', ...T);
    assert.equal(r.code, 2);
    assert.match(r.out, /checklist \.\/gates\.yaml is too large to read \(0\.0031 MB, limit 0\.0020 MB\); split it, or raise maxFileBytes/);
    const ko = await cbo(dir, 'check', 'plan.md', '--lang', 'ko', ...T);
    assert.match(ko.out, /\.\/gates\.yaml 체크리스트가 너무 커서\(0\.0031 MB, 한도 0\.0020 MB\) 읽지 않았습니다/);
  });

  it('the language server lints with neither a linked-out config nor a linked-out checklist', async () => {
    const outside = workspace({ 'cfg.yaml': 'vocabulary:\n  allow: [significantly]\n', 'gates.yaml': GATES });
    const dir = workspace({ 'repo/.cborc.yaml': 'checklists: [gates.yaml]\n' });
    symlinkSync(path.join(outside, 'cfg.yaml'), path.join(dir, '.cborc.yaml'));
    symlinkSync(path.join(outside, 'gates.yaml'), path.join(dir, 'repo/gates.yaml'));
    const s = new LspSettings('en');
    const top = await s.resolve(pathToFileURL(path.join(dir, 'plan.md')).href, '2026-11-29');
    assert.equal(top.allow.has('significantly'), false, 'the linked config was not read');
    const repo = await s.resolve(pathToFileURL(path.join(dir, 'repo', 'plan.md')).href, '2026-11-29');
    assert.deepEqual((repo.extraChecklists ?? []).map((c) => c.id), []);
    // The same files, copied in: both apply (the refusal is of the link, not of the content).
    writeFileSync(path.join(dir, 'repo/lists.yaml'), readFileSync(path.join(outside, 'gates.yaml')));
    writeFileSync(path.join(dir, 'repo/.cborc.yaml'), 'checklists: [lists.yaml]\n');
    const copied = await new LspSettings('en').resolve(pathToFileURL(path.join(dir, 'repo', 'plan.md')).href, '2026-11-29');
    assert.deepEqual((copied.extraChecklists ?? []).map((c) => c.id), ['gates']);
  });
});

describe('config messages quote little of the file', () => {
  it('a file that is not a config at all gets one finding that quotes none of it', () => {
    for (const lang of ['en', 'ko'] as const) {
      const fs = configFindings(SHADOW, lang);
      assert.equal(fs.length, 1, fs.map((f) => f.message).join('\n'));
      assert.match(fs[0]!.message, lang === 'en' ? /does not look like a \.cborc\.yaml: none of its 3 top-level keys is one of rules, vocabulary/ : /\.cborc\.yaml로 보이지 않습니다\. 최상위 키 3개 중/);
      assert.doesNotMatch(fs[0]!.message, /root|daemon|s3cr3t/);
    }
  });

  it('a config with a few unknown keys beside known ones still names each, quoted and cut at 60 characters', () => {
    const long = `k${'y'.repeat(200)}`;
    const fs = configFindings(`lang: en\nbogus: 1\n"x\\e[31m": 1\n${long}: 1\n`);
    assert.deepEqual(
      fs.map((f) => f.message),
      ['Config: unknown key "bogus"; this entry is ignored.', 'Config: unknown key "x\\u001b[31m"; this entry is ignored.', `Config: unknown key "k${'y'.repeat(58)}…"; this entry is ignored.`],
    );
  });

  it('the YAML parser\'s words and an alias bomb are said without the file\'s text at length', () => {
    const alias = configFindings(`lang: *${'a'.repeat(5000)}\n`);
    assert.equal(alias.length, 1);
    assert.ok(alias[0]!.message.length < 160, alias[0]!.message);
    assert.match(alias[0]!.message, /^Config syntax error: Unresolved alias .*: a+…$/);
    const bomb = 'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n';
    for (const [lang, words] of [['en', /^Config: its aliases \(\*name\) expand too far to read safely; the whole file is ignored/], ['ko', /^설정: 별칭\(\*이름\)이 너무 많이 펼쳐져/]] as const) {
      const fs = configFindings(bomb, lang);
      assert.equal(fs.length, 1);
      assert.match(fs[0]!.message, words);
      assert.doesNotMatch(fs[0]!.message, /ReferenceError|Excessive/);
    }
  });

  it('knows the config\'s top-level keys as the schema does', () => {
    const schema = JSON.parse(readFileSync('schemas/cborc.schema.json', 'utf8')) as { properties: Record<string, unknown> };
    assert.deepEqual([...CONFIG_KEYS].sort(), Object.keys(schema.properties).sort());
  });
});
