// Each command's --help in English and Korean, chosen as the top-level help is (--lang, else a
// Korean LANG, else English), and the CLI's usage errors in the language chosen the same way.
import { strict as assert } from 'node:assert';
import { HELP, HELP_KO } from '../../src/cli/help';
import { COMMAND_HELP } from '../../src/cli/main';
import { displayWidth } from '../../src/core/text/columns';
import { cbo, cboEnv, removeWorkspaces, workspace } from './cli-run';

after(() => removeWorkspaces());

const KO_LANG = { LANG: 'ko_KR.UTF-8' };
const HANGUL = /[가-힣]/;

/**
 * The options a help names: a word of letters after one or two dashes, at the start of a line
 * or after a space or an opening mark ("-o와", "(--portfolio"), never inside a word
 * ("self-contained", "YYYY-MM-DD") and never a number ("-2, -3").
 */
function optionsIn(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/(?:^|[\s("'`[,])(--?[a-z][a-z0-9-]*)/gm)) found.add(m[1]!);
  return [...found].sort();
}

describe('cbo <command> --help in English and Korean', function () {
  this.timeout(30_000);
  // Written here, not read from the code: a command added without a help fails the first test.
  const COMMANDS = ['check', 'rules', 'roi', 'report', 'plan', 'portfolio', 'lsp', 'new'];

  it('has a help in both languages for every command the CLI dispatches', () => {
    assert.deepEqual(Object.keys(COMMAND_HELP).sort(), [...COMMANDS].sort());
  });

  it('names the same options in the Korean help as in the English one, for every command', () => {
    for (const [cmd, help] of Object.entries(COMMAND_HELP)) {
      const en = optionsIn(help.en);
      assert.ok(en.includes('--help') || en.length > 0, cmd);
      assert.deepEqual(optionsIn(help.ko), en, `${cmd}: the Korean help names other options than the English`);
    }
    // The reading finds what a help holds, so the comparison above is not of two empty lists.
    assert.deepEqual(optionsIn(COMMAND_HELP.check!.en), ['--config', '--force', '--format', '--lang', '--max-warnings', '--output', '--quiet', '--today', '-o']);
    assert.deepEqual(optionsIn('  --force  with -o, replace it (self-contained, YYYY-MM-DD, -2, -3; see (--portfolio DIR))'), ['--force', '--portfolio', '-o']);
  });

  it('writes every help line, English and Korean, within 100 columns (a Korean letter takes two)', () => {
    for (const [cmd, help] of Object.entries(COMMAND_HELP))
      for (const lang of ['en', 'ko'] as const)
        for (const line of help[lang].split('\n')) assert.ok(displayWidth(line) <= 100, `${cmd} ${lang}: ${displayWidth(line)} columns: ${line}`);
  });

  for (const cmd of COMMANDS) {
    it(`cbo ${cmd} --help: Korean under --lang ko, --lang=ko, a leading --lang ko or a Korean LANG; English otherwise`, async () => {
      const dir = workspace({});
      const en = await cbo(dir, cmd, '--help');
      assert.equal(en.code, 0);
      assert.match(en.out, new RegExp(`^Usage: cbo ${cmd}`));
      assert.doesNotMatch(en.out, HANGUL);
      for (const argv of [[cmd, '--help', '--lang', 'ko'], [cmd, '--lang=ko', '-h'], ['--lang', 'ko', cmd, '--help']]) {
        const ko = await cbo(dir, ...argv);
        assert.equal(ko.code, 0, `${argv.join(' ')}: ${ko.err}`);
        assert.match(ko.out, new RegExp(`^사용법: cbo ${cmd}`), argv.join(' '));
        assert.match(ko.out, /^옵션:$/m, argv.join(' '));
      }
      const byLang = await cboEnv(dir, KO_LANG, cmd, '--help');
      assert.match(byLang.out, new RegExp(`^사용법: cbo ${cmd}`));
      // An explicit --lang en wins over a Korean LANG, as for the top-level help.
      assert.match((await cboEnv(dir, KO_LANG, cmd, '--help', '--lang', 'en')).out, new RegExp(`^Usage: cbo ${cmd}`));
    });
  }

  it('the top-level help no longer says the commands answer in English, and a leading --lang picks it', async () => {
    assert.doesNotMatch(HELP_KO, /옵션 \(영어\)/);
    const dir = workspace({});
    const ko = await cbo(dir, '--lang', 'ko', '--help');
    assert.deepEqual([ko.code, ko.out], [0, HELP_KO]);
    assert.deepEqual([(await cbo(dir, '--lang=en', '--help')).out], [HELP]);
  });
});

describe('usage errors in the language chosen as the help is', function () {
  this.timeout(30_000);

  /** Bad usage of each command: an unknown option, a missing value, an impossible --today, a bad --format. */
  const MISTAKES: string[][] = [];
  for (const cmd of ['check', 'rules', 'roi', 'report', 'plan', 'portfolio', 'lsp', 'new']) MISTAKES.push([cmd, '--bogus'], [cmd, '--lang']);
  for (const cmd of ['check', 'roi', 'report', 'plan', 'portfolio']) MISTAKES.push([cmd, '--today', '2026-02-30', 'a.cbo.yaml']);
  MISTAKES.push(['new', '--today', '2026-02-30']); // cbo new takes no file
  for (const cmd of ['check', 'rules', 'roi', 'report', 'plan', 'portfolio']) MISTAKES.push([cmd, '--format', 'xml', 'a.cbo.yaml'], [cmd, '--format']);
  const ENGLISH = /unknown|must be|needs a|cannot|give /i;

  it('says each in Korean under a Korean LANG, and in English without one', async () => {
    const dir = workspace({ 'a.cbo.yaml': 'cbo: 1\ntitle: x\n' });
    for (const argv of MISTAKES) {
      const ko = await cboEnv(dir, KO_LANG, ...argv);
      assert.equal(ko.code, 2, argv.join(' '));
      assert.match(ko.err, /^cbo: \S/, argv.join(' '));
      assert.match(ko.err, HANGUL, `${argv.join(' ')}: ${ko.err}`);
      assert.doesNotMatch(ko.err, ENGLISH, `${argv.join(' ')}: ${ko.err}`);
      const en = await cbo(dir, ...argv);
      assert.equal(en.code, 2, argv.join(' '));
      assert.doesNotMatch(en.err, HANGUL, `${argv.join(' ')}: ${en.err}`);
    }
  });

  it('says each in Korean under --lang ko given before or after the command', async () => {
    const dir = workspace({ 'a.cbo.yaml': 'cbo: 1\ntitle: x\n' });
    for (const argv of MISTAKES.filter((a) => a[a.length - 1] !== '--lang')) {
      for (const line of [[...argv, '--lang', 'ko'], ['--lang', 'ko', ...argv]]) {
        const ko = await cbo(dir, ...line);
        assert.equal(ko.code, 2, line.join(' '));
        assert.match(ko.err, HANGUL, `${line.join(' ')}: ${ko.err}`);
        assert.doesNotMatch(ko.err, ENGLISH, `${line.join(' ')}: ${ko.err}`);
      }
    }
  });

  it('cbo --lang ko before the command is no unknown command, and the command\'s own --lang still wins', async () => {
    const dir = workspace({ 'a.cbo.yaml': 'cbo: 1\ntitle: x\n' });
    const r = await cbo(dir, '--lang', 'ko', 'roi');
    assert.equal(r.err, 'cbo: 읽을 CBO 파일을 주세요. 예: cbo roi plan.cbo.yaml\n사용법은 "cbo roi --help"를 보세요.\n');
    assert.match((await cbo(dir, '--lang', 'ko', 'roi', '--lang', 'en')).err, /^cbo: give the CBO file to read/);
    // The findings follow it too: it is the command's own --lang.
    assert.match((await cbo(dir, '--lang=ko', 'check', 'a.cbo.yaml', '--today', '2026-11-22')).out, /핵심 지표가 없습니다/);
    // Nothing after it: the top-level help, exit 2, as plain `cbo`.
    assert.deepEqual([(await cbo(dir, '--lang', 'ko')).code, (await cbo(dir, '--lang', 'ko')).out], [2, HELP_KO]);
  });

  it('cbo lsp takes --lang for its usage error, and refuses a value other than en or ko', async () => {
    const dir = workspace({});
    const ko = await cbo(dir, 'lsp', '--lang', 'ko');
    assert.equal(ko.code, 2);
    assert.match(ko.err, /^cbo: cbo lsp는 stdin\/stdout으로만 통신합니다/);
    const bad = await cbo(dir, 'lsp', '--stdio', '--lang', 'fr');
    assert.deepEqual([bad.code, bad.err.split('\n')[0]], [2, 'cbo: --lang must be en or ko, got "fr"']);
  });

  it('cbo check --config: the reason a config cannot be read in Korean too', async () => {
    const dir = workspace({ 'a.cbo.yaml': 'cbo: 1\ntitle: x\n' });
    const r = await cbo(dir, 'check', 'a.cbo.yaml', '--config', 'nope.yaml', '--lang', 'ko');
    assert.equal(r.code, 2);
    assert.equal(r.err.split('\n')[0], 'cbo: nope.yaml 설정 파일을 읽을 수 없습니다: 그런 파일이나 폴더가 없습니다');
    assert.equal((await cbo(dir, 'check', 'a.cbo.yaml', '--config', 'nope.yaml')).err.split('\n')[0], 'cbo: cannot read config nope.yaml: no such file or folder');
  });
});

describe('cbo help COMMAND, and the usage hint naming the command in use', function () {
  this.timeout(30_000);

  it('cbo help check prints the help of cbo check, in the language chosen as for --help', async () => {
    const dir = workspace({});
    const check = await cbo(dir, 'help', 'check');
    assert.deepEqual([check.code, check.err], [0, '']);
    assert.match(check.out, /^Usage: cbo check \[paths or globs\.\.\.\] \[options\]\n/);
    assert.match(check.out, /--max-warnings N/);
    for (const argv of [['help', 'plan', '--lang', 'ko'], ['--lang', 'ko', 'help', 'plan']]) {
      const ko = await cbo(dir, ...argv);
      assert.equal(ko.code, 0, argv.join(' '));
      assert.match(ko.out, /^사용법: cbo plan FILE\.\.\. \[옵션\]\n/, argv.join(' '));
    }
    assert.match((await cboEnv(dir, KO_LANG, 'help', 'roi')).out, /^사용법: cbo roi/);
  });

  it('cbo help alone, or cbo help help, prints the list of commands and exits 0', async () => {
    const dir = workspace({});
    assert.deepEqual(Object.values(await cbo(dir, 'help')), [0, HELP, '']);
    assert.deepEqual(Object.values(await cbo(dir, 'help', 'help')), [0, HELP, '']);
    assert.deepEqual(Object.values(await cbo(dir, 'help', '--lang', 'ko')), [0, HELP_KO, '']);
  });

  it('cbo help with an unknown command, or two, is a usage error (exit 2) and prints no help', async () => {
    const dir = workspace({});
    const typo = await cbo(dir, 'help', 'chek');
    assert.deepEqual([typo.code, typo.out], [2, '']);
    assert.equal(typo.err, 'cbo: unknown command "chek"; did you mean "check"?\nRun "cbo --help" for usage.\n');
    const ko = await cbo(dir, 'help', 'constructor', '--lang', 'ko');
    assert.deepEqual([ko.code, ko.out, ko.err], [2, '', 'cbo: 알 수 없는 명령 "constructor"\n사용법은 "cbo --help"를 보세요.\n']);
    const two = await cbo(dir, 'help', 'check', 'roi');
    assert.deepEqual([two.code, two.out], [2, '']);
    assert.match(two.err, /^cbo: cbo help takes one command, got 2: check roi\n/);
  });

  it('after a usage error of a command, the hint names that command\'s help; without one, cbo --help', async () => {
    const dir = workspace({});
    const check = await cbo(dir, 'check', '--bogus');
    assert.equal(check.err, 'cbo: unknown option --bogus\nRun "cbo check --help" for usage.\n');
    const ko = await cbo(dir, '--lang', 'ko', 'portfolio', '--format', 'xml');
    assert.match(ko.err, /\n사용법은 "cbo portfolio --help"를 보세요\.\n$/);
    // A file the command cannot read takes the same hint.
    assert.match((await cbo(dir, 'roi', 'nope.cbo.yaml')).err, /\nRun "cbo roi --help" for usage\.\n$/);
    // Not a command: the list of commands is where to look.
    assert.match((await cbo(dir, 'frob')).err, /\nRun "cbo --help" for usage\.\n$/);
    assert.match((await cbo(dir, 'toString')).err, /\nRun "cbo --help" for usage\.\n$/);
  });
});
