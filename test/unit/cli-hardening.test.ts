// The CLI defects of issue 11: unreadable files and folders, config errors, terminal
// escapes, patterns that match nothing, FIFOs, size limits, checklist paths, -o targets.
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { checklistPathAllowed } from '../../src/core/checklist/load';
import { configFindings } from '../../src/core/config';
import { formatForOutput, parseArgs } from '../../src/cli/args';
import { chosenChecklistIds } from '../../src/core/config-checklist-ids';
import { cbo, removeWorkspaces, workspace } from './cli-run';
import { GOOD_YAML } from './helpers';

after(() =>
  removeWorkspaces((d) => {
    try {
      execFileSync('chmod', ['-R', 'u+rwx', d]); // the locked files and folders
    } catch {
      // already gone
    }
  }),
);

const isRoot = process.getuid?.() === 0;

/**
 * Runs the built CLI as a user for whom chmod 0 means unreadable: as root (CI containers)
 * that is `nobody`, in a child process; otherwise this process.
 */
async function cboUnprivileged(cwd: string, locked: string[], ...argv: string[]) {
  if (isRoot) {
    execFileSync('chmod', ['-R', 'a+rX', cwd]);
    execFileSync('chmod', ['a+rx', path.resolve('dist'), path.resolve('dist/cli.js')]);
  }
  for (const p of locked) chmodSync(path.join(cwd, p), 0);
  if (!isRoot) return cbo(cwd, ...argv);
  const r = spawnSync(process.execPath, [path.resolve('dist/cli.js'), ...argv], { cwd, uid: 65534, gid: 65534, encoding: 'utf8' });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}
const T = ['--today', '2026-11-22'];

/** A FIFO nobody writes to: reading it blocks forever unless the CLI refuses it. */
function fifo(p: string): void {
  execFileSync('mkfifo', [p]);
}

describe('CLI hardening (issue 11)', function () {
  this.timeout(30_000);

  describe('7. unreadable files and folders', () => {
    it('an unreadable file is a finding for that path; the rest is linted; JSON stays valid; exit 2', async () => {
      const dir = workspace({ 'a.cbo.yaml': GOOD_YAML, 'b.cbo.yaml': 'title: Ship the new dashboard\n' });
      const r = await cboUnprivileged(dir, ['a.cbo.yaml'], 'check', '--format', 'json', ...T);
      assert.equal(r.code, 2);
      const rows = JSON.parse(r.out) as { file: string; ruleId: string }[];
      assert.ok(rows.some((x) => x.file === 'a.cbo.yaml' && x.ruleId === 'file-unreadable'), r.out + r.err);
      assert.ok(rows.some((x) => x.file === 'b.cbo.yaml' && x.ruleId !== 'file-unreadable'));
    });

    it('a path that is not a regular file (a FIFO) is a finding, not the end of the run', async () => {
      const dir = workspace({ 'b.cbo.yaml': 'title: Ship the new dashboard\n' });
      fifo(path.join(dir, 'x.cbo.yaml'));
      const r = await cbo(dir, 'check', 'x.cbo.yaml', 'b.cbo.yaml', '--format', 'json', ...T);
      assert.equal(r.code, 2);
      const rows = JSON.parse(r.out) as { file: string; ruleId: string }[];
      assert.ok(rows.some((x) => x.file === 'x.cbo.yaml' && x.ruleId === 'file-unreadable'), r.out);
      assert.ok(rows.some((x) => x.file === 'b.cbo.yaml' && x.ruleId === 'output-as-outcome'));
    });

    it('an unreadable folder is a finding for that folder, exit 2', async () => {
      const dir = workspace({ 'ok/a.cbo.yaml': GOOD_YAML, 'locked/b.cbo.yaml': GOOD_YAML });
      const r = await cboUnprivileged(dir, ['locked'], 'check', '--format', 'json', ...T);
      assert.equal(r.code, 2);
      const rows = JSON.parse(r.out) as { file: string; ruleId: string; message: string }[];
      const row = rows.find((x) => x.file === 'locked' && x.ruleId === 'file-unreadable');
      assert.ok(row, r.out);
      assert.match(row.message, /^Cannot list this folder: permission denied$/);
      const ko = await cboUnprivileged(dir, ['locked'], 'check', '--format', 'json', '--lang', 'ko', ...T);
      assert.ok((JSON.parse(ko.out) as { message: string }[]).some((x) => x.message === '폴더 목록을 읽을 수 없습니다: 권한이 없습니다'), ko.out);
    });

    it('says why a path cannot be read in Korean under --lang ko, not in the English of the OS', async () => {
      const dir = workspace({ 'b.cbo.yaml': 'title: Ship the new dashboard\n', 'plan.md': '# Plan\n' });
      fifo(path.join(dir, 'x.cbo.yaml'));
      const rows = JSON.parse((await cbo(dir, 'check', 'x.cbo.yaml', '--format', 'json', '--lang', 'ko', ...T)).out) as { message: string }[];
      assert.match(rows[0]!.message, /^읽을 수 없습니다: 일반 파일이 아닙니다/);
      for (const command of [['check', 'none.cbo.yaml'], ['roi', 'none.cbo.yaml'], ['report', 'none.cbo.yaml'], ['plan', 'none.md']]) {
        const r = await cbo(dir, ...command, '--lang', 'ko', ...T);
        assert.equal(r.code, 2, r.err);
        // cbo check may be given a folder there: "경로" (path) rather than "파일" (file).
        assert.match(r.err, /none\.(?:cbo\.yaml|md) (?:파일을|경로를) 읽을 수 없습니다: 그런 파일이나 폴더가 없습니다/, `${command.join(' ')}: ${r.err}`);
      }
      assert.match((await cbo(dir, 'check', 'zz/**', '--lang', 'ko')).err, /^cbo: "zz\/\*\*" 패턴에 맞는 파일이 없습니다\./);
      assert.match((await cbo(dir, 'check', 'none.cbo.yaml')).err, /^cbo: cannot read none\.cbo\.yaml: no such file or folder/);
    });
  });

  describe('8. config errors', () => {
    it('lang: fr, an unknown rule id and maxRoiPercent: "abc" are findings on the config file, exit 2', async () => {
      const dir = workspace({
        '.cborc.yaml': 'lang: fr\nrules:\n  weasel-word: error\n  no-such-rule: warning\n  roi-implausible: [warning, { maxRoiPercent: "abc" }]\n',
        'a.cbo.yaml': GOOD_YAML,
      });
      const r = await cbo(dir, 'check', '--format', 'json', ...T);
      assert.equal(r.code, 2);
      const rows = JSON.parse(r.out) as { file: string; ruleId: string; message: string; line: number }[];
      const onConfig = rows.filter((x) => x.file === '.cborc.yaml');
      assert.ok(onConfig.length >= 3, JSON.stringify(onConfig));
      assert.ok(onConfig.every((x) => x.ruleId === 'config'));
      assert.ok(onConfig.some((x) => /fr/.test(x.message) && x.line === 1));
      assert.ok(onConfig.some((x) => /no-such-rule/.test(x.message) && x.line === 4));
      assert.ok(onConfig.some((x) => /maxRoiPercent/.test(x.message) && x.line === 5));
    });

    it('a checklist id that names no checklist is a finding at its entry, and does not empty the plan check', async () => {
      const plan = '# Plan\n\n## CBO: Customers pay online\n';
      const dir = workspace({ '.cborc.yaml': 'checklists:\n  - delivery\n  - cbo-proces\n', 'plan.md': plan, 'a.cbo.yaml': GOOD_YAML });
      const r = await cbo(dir, 'check', '--format', 'json', ...T);
      assert.equal(r.code, 2);
      const onConfig = (JSON.parse(r.out) as { file: string; ruleId: string; message: string; line: number; column: number }[]).filter((x) => x.file === '.cborc.yaml');
      assert.deepEqual(onConfig.map((x) => [x.ruleId, x.line]), [['config', 3]]);
      assert.match(onConfig[0]!.message, /no checklist "cbo-proces" \(known: cbo-process, delivery, /);
      // In Korean, the particle follows the id's last sound: "cbo-proces"는, "release-plan"은.
      const koDir = workspace({ '.cborc.yaml': 'checklists:\n  - cbo-proces\n  - release-plan\n', 'a.cbo.yaml': GOOD_YAML });
      const ko = (JSON.parse((await cbo(koDir, 'check', '--format', 'json', '--lang', 'ko', ...T)).out) as { file: string; message: string }[]).filter((x) => x.file === '.cborc.yaml');
      assert.deepEqual(ko.map((x) => /^설정: 체크리스트 "[^"]+"(은|는) 없습니다/.exec(x.message)?.[0]), ['설정: 체크리스트 "cbo-proces"는 없습니다', '설정: 체크리스트 "release-plan"은 없습니다']);
      // cbo plan says so on stderr and still checks the id that exists.
      const p = await cbo(dir, 'plan', 'plan.md', '--format', 'json', ...T);
      assert.match(p.err, /no checklist "cbo-proces"/);
      assert.deepEqual((JSON.parse(p.out) as { checklists: { id: string }[] }).checklists.map((c) => c.id), ['delivery']);
      assert.match(p.err, /plan\.md: Delivery \S* ?is missing \d+ required items?/);
      // 2, as cbo check gives for the same config (above): the team's settings were not all applied.
      assert.equal(p.code, 2);
      // Only a typo: the default applies (as with no ids), so the plan is never checked against nothing.
      const only = workspace({ '.cborc.yaml': 'checklists: [cbo-proces]\n', 'plan.md': plan });
      const q = await cbo(only, 'plan', 'plan.md', '--format', 'json', ...T);
      assert.deepEqual((JSON.parse(q.out) as { checklists: { id: string }[] }).checklists.map((c) => c.id), ['cbo-process'], q.out);
      assert.equal(q.code, 2);
    });

    it('chooses the same checklists in the editor and the CLI, however ids and files are mixed', () => {
      assert.deepEqual(chosenChecklistIds(undefined, []), []); // none named: all
      assert.deepEqual(chosenChecklistIds(['./team.yaml'], ['team']), []); // files only: these and the built-in ones
      assert.deepEqual(chosenChecklistIds(['delivery'], []), ['delivery']);
      assert.deepEqual(chosenChecklistIds(['delivery', './team.yaml'], ['team']), ['delivery', 'team']);
      assert.deepEqual(chosenChecklistIds(['team', './team.yaml'], ['team']), ['team']);
      assert.deepEqual(chosenChecklistIds(['cbo-proces'], []), []); // only a typo: as if none were named
      assert.deepEqual(chosenChecklistIds(['cbo-proces', './team.yaml'], ['team']), []);
      assert.deepEqual(chosenChecklistIds(['cbo-proces', 'delivery'], []), ['delivery']);
    });

    it('keeps the valid parts of a config with one bad key (weasel-word: error still applies)', async () => {
      const dir = workspace({ '.cborc.yaml': 'lang: fr\nrules:\n  weasel-word: error\n', 'a.cbo.yaml': GOOD_YAML.replace('without calling support\ncategory', 'without calling support, significantly\ncategory') });
      const r = await cbo(dir, 'check', '--format', 'json', ...T);
      const rows = JSON.parse(r.out) as { file: string; ruleId: string; severity: string }[];
      assert.ok(rows.some((x) => x.ruleId === 'weasel-word' && x.severity === 'error'), r.out);
    });

    it('--config with errors is a finding too, exit 2', async () => {
      const dir = workspace({ 'cfg.yaml': 'rules:\n  no-such-rule: warning\n', 'a.cbo.yaml': GOOD_YAML });
      const r = await cbo(dir, 'check', 'a.cbo.yaml', '--config', 'cfg.yaml', '--format', 'json', ...T);
      assert.equal(r.code, 2);
      assert.ok((JSON.parse(r.out) as { file: string }[]).some((x) => x.file === 'cfg.yaml'));
    });

    it('core exposes config findings with positions for the editor', () => {
      const f = configFindings('lang: fr\nrules:\n  no-such-rule: warning\n', 'en');
      assert.ok(f.length >= 2);
      for (const x of f) assert.ok(x.span.end > x.span.start && x.start.line >= 0, JSON.stringify(x));
      assert.deepEqual(f.map((x) => x.start.line).sort(), [0, 2]);
    });

    it('lists config findings in the file\'s order, though rule ids are checked after the schema', () => {
      const f = configFindings('rules:\n  no-such-rule: warning\nlang: fr\n', 'en');
      assert.deepEqual(f.map((x) => [x.start.line, /unknown rule id/.test(x.message) ? 'rule' : 'lang']), [[1, 'rule'], [2, 'lang']]);
    });
  });

  describe('11. control characters are escaped in text output', () => {
    it('a quoted key with terminal escapes and a file name with ESC print escaped', async () => {
      const dir = workspace({ ['e\u001b[31mvil.cbo.yaml']: 'title: Ship it\n"\u001b[2J\u001b]0;title\u0007": 1\n' });
      const r = await cbo(dir, 'check', ...T);
      assert.ok(r.out.length > 0);
      // eslint-disable-next-line no-control-regex -- the test looks for raw control characters
      assert.doesNotMatch(r.out + r.err, /[\u0000-\u0008\u000b-\u001f\u007f]/);
      assert.match(r.out, /\\u001b|\\x1b|\\e/i);
    });
  });

  describe('12. nothing matched', () => {
    it('a glob that matches nothing exits 2 with a clear message', async () => {
      const dir = workspace({ 'examples/a.cbo.yaml': GOOD_YAML });
      const r = await cbo(dir, 'check', 'exmaples/**/*.cbo.yaml', '--format', 'json', ...T);
      assert.equal(r.code, 2);
      assert.match(r.err, /No files matching the pattern "exmaples\/\*\*\/\*\.cbo\.yaml"/);
    });

    it('an explicit path that is not a CBO file says so, exit 2', async () => {
      const dir = workspace({ 'notes.txt': 'hello\n', 'a.cbo.yaml': GOOD_YAML });
      const r = await cbo(dir, 'check', 'notes.txt', ...T);
      assert.equal(r.code, 2);
      assert.match(r.err, /notes\.txt is not a CBO YAML or Markdown file/);
    });
  });

  describe('a UTF-8 byte order mark, as some Windows editors write it', () => {
    const BOM = '\uFEFF';
    it('a plan whose first line is the CBO is read, not passed unread', async () => {
      const plan = '## CBO: Pickers significantly finish pick lists\r\n';
      const dir = workspace({ 'bom.md': BOM + plan, 'plain.md': plan, 'fence.md': BOM + '```cbo\ntitle: Ship the new dashboard\n```\n' });
      const rows = async (f: string) => (JSON.parse((await cbo(dir, 'check', f, '--format', 'json', ...T)).out) as { file: string; ruleId: string }[]).map((r) => ({ ...r, file: '' }));
      const [bom, plain] = [await rows('bom.md'), await rows('plain.md')];
      assert.ok(bom.length > 0, 'findings on the BOM plan');
      assert.deepEqual(bom, plain, 'the same findings at the same places as without the mark');
      assert.ok((await rows('fence.md')).some((r) => r.ruleId === 'output-as-outcome'));
      assert.match((await cbo(dir, 'portfolio', 'bom.md', ...T)).out, /1 outcome in 1 file/);
    });
    it('columns on the first line of a YAML file count from after the mark, as the editor shows them', async () => {
      const yaml = 'title: Ship the new dashboard\ncbo: 1\n';
      const dir = workspace({ 'a.cbo.yaml': BOM + yaml, 'b.cbo.yaml': yaml });
      const at = async (f: string) => (JSON.parse((await cbo(dir, 'check', f, '--format', 'json', ...T)).out) as { line: number; column: number; ruleId: string }[]).map((r) => `${r.ruleId}@${r.line}:${r.column}`);
      assert.deepEqual(await at('a.cbo.yaml'), await at('b.cbo.yaml'));
    });
  });

  describe('13. FIFOs never hang; roi, report and plan honour maxFileBytes', () => {
    it('a FIFO .cborc.yaml in a parent folder is a config finding, not a hang', async () => {
      const dir = workspace({ 'sub/a.cbo.yaml': GOOD_YAML });
      fifo(path.join(dir, '.cborc.yaml'));
      const r = await cbo(path.join(dir, 'sub'), 'check', 'a.cbo.yaml', '--format', 'json', ...T);
      assert.equal(r.code, 2);
      assert.match(r.out + r.err, /not a regular file/);
    });

    it('--config FIFO, report FIFO, roi FIFO, plan FIFO, check FIFO: refused, not read', async () => {
      const dir = workspace({ 'a.cbo.yaml': GOOD_YAML });
      fifo(path.join(dir, 'p.cbo.yaml'));
      fifo(path.join(dir, 'p.md'));
      for (const argv of [['check', 'a.cbo.yaml', '--config', 'p.cbo.yaml'], ['report', 'p.cbo.yaml'], ['roi', 'p.cbo.yaml'], ['plan', 'p.md'], ['check', 'p.cbo.yaml']]) {
        const r = await cbo(dir, ...argv, ...T);
        assert.equal(r.code, 2, argv.join(' '));
        assert.match(r.out + r.err, /not a regular file/, argv.join(' '));
      }
    });

    it('roi, report and plan refuse a file over maxFileBytes, and exit 1 for it, as check and portfolio do', async () => {
      const dir = workspace({ '.cborc.yaml': 'maxFileBytes: 1000\n', 'big.cbo.yaml': GOOD_YAML + '#'.repeat(2000) + '\n', 'big.md': `# Plan\n\n${'## CBO: x\n'.repeat(200)}` });
      // A reading problem of the file, not bad usage: the code cbo check and cbo portfolio give for the same file.
      for (const [cmd, file, code] of [['check', 'big.cbo.yaml', 1], ['portfolio', 'big.cbo.yaml', 1], ['roi', 'big.cbo.yaml', 1], ['report', 'big.cbo.yaml', 1], ['plan', 'big.md', 1]] as const) {
        const r = await cbo(dir, cmd, file, ...T);
        assert.equal(r.code, code, `${cmd}: ${r.err}`);
        if (cmd !== 'check' && cmd !== 'portfolio') assert.match(r.err, /too large to read \(\d+ characters, limit 1000\)/, cmd);
      }
      // report writes nothing and says so, in English and Korean; -o is never made.
      const report = await cbo(dir, 'report', 'big.cbo.yaml', '-o', 'r.md', ...T);
      assert.deepEqual([report.code, report.out], [1, '']);
      assert.equal(report.err, `cbo: big.cbo.yaml is too large to read (${(GOOD_YAML + '#'.repeat(2000) + '\n').length} characters, limit 1000); raise maxFileBytes in .cborc.yaml to read it; no report was written\n`);
      assert.equal(existsSync(path.join(dir, 'r.md')), false);
      assert.match((await cbo(dir, 'report', 'big.cbo.yaml', '--lang', 'ko', ...T)).err, /^cbo: big\.cbo\.yaml 파일은 너무 커서 읽지 않았습니다\(\d+자, 한도 1000\)\. 읽으려면 \.cborc\.yaml의 maxFileBytes를 늘리세요\. 보고서를 쓰지 않았습니다\n$/);
      assert.match((await cbo(dir, 'roi', 'big.cbo.yaml', ...T)).err, /limit 1000\); raise maxFileBytes in \.cborc\.yaml to read it; there are no figures\n$/);
      // plan: the file named on stderr, no usage hint (it is no usage mistake), the other plans still checked.
      const planSize = `# Plan\n\n${'## CBO: x\n'.repeat(200)}`.length;
      writeFileSync(path.join(dir, 'small.md'), '# Plan\n');
      const plan = await cbo(dir, 'plan', 'big.md', 'small.md', ...T);
      assert.equal(plan.code, 1);
      assert.equal(plan.err.split('\n')[0], `cbo: big.md is too large to read (${planSize} characters, limit 1000); raise maxFileBytes in .cborc.yaml to read it`);
      assert.doesNotMatch(plan.err, /cbo --help/);
      assert.match(plan.out, /^small\.md$/m);
      assert.doesNotMatch(plan.out, /^big\.md$/m);
      writeFileSync(path.join(dir, '.cborc.yaml'), 'maxFileBytes: 1000\nlang: ko\n');
      const ko = await cbo(dir, 'plan', 'big.md', ...T);
      assert.deepEqual([ko.code, ko.err], [1, `cbo: big.md 파일은 너무 커서 읽지 않았습니다(${planSize}자, 한도 1000). 읽으려면 .cborc.yaml의 maxFileBytes를 늘리세요\n`]);
    });
  });

  describe('16. paths and outputs', () => {
    it('checklist files outside the workspace (../, absolute) are refused', async () => {
      const outside = workspace({ 'team.yaml': 'id: team\ntitle: Team\ngroups: []\n' });
      const dir = workspace({ '.cborc.yaml': `checklists:\n  - ../${path.basename(outside)}/team.yaml\n  - ${path.join(outside, 'team.yaml')}\n`, 'a.cbo.yaml': GOOD_YAML });
      const r = await cbo(dir, 'check', '--format', 'json', ...T);
      assert.match(r.out + r.err, /outside/);
      assert.equal(r.code, 2);
    });

    it('the same path rule holds for the editor (checklistPathAllowed)', () => {
      for (const bad of ['../x.yaml', 'a/../../x.yaml', '/etc/x.yaml', 'C:\\x.yaml', '\\\\server\\x.yaml', 'a\\..\\..\\x.yaml']) assert.equal(checklistPathAllowed(bad), false, bad);
      for (const good of ['team.yaml', 'checklists/team.yaml', './team.yaml']) assert.equal(checklistPathAllowed(good), true, good);
    });

    it('report -o DIR says it is a folder, without suggesting --force', async () => {
      const dir = workspace({ 'a.cbo.yaml': GOOD_YAML, 'out/keep': '' });
      const r = await cbo(dir, 'report', 'a.cbo.yaml', '-o', 'out', ...T);
      assert.equal(r.code, 2);
      assert.match(r.err, /folder/);
      assert.doesNotMatch(r.err, /--force/);
    });

    it('report -o followed by another option is a usage error, not a file named after the option', async () => {
      const dir = workspace({ 'a.cbo.yaml': GOOD_YAML });
      for (const next of ['-h', '--force']) {
        const r = await cbo(dir, 'report', 'a.cbo.yaml', '-o', next, ...T);
        assert.equal(r.code, 2, next);
        assert.match(r.err, /-o needs a value/, next);
        assert.equal(existsSync(path.join(dir, next)), false, next);
      }
      // "-o -" is standard output; a negative number reaches its command, which says what it needs.
      const stdout = await cbo(dir, 'report', 'a.cbo.yaml', '-o', '-', ...T);
      assert.match(stdout.out, /^# Business Outcome Report/);
      assert.equal(existsSync(path.join(dir, '-')), false);
      assert.match((await cbo(dir, 'check', 'a.cbo.yaml', '--max-warnings', '-1')).err, /--max-warnings must be a whole number, got "-1"/);
      // The inline form still names any file the user really wants.
      assert.equal((await cbo(dir, 'report', 'a.cbo.yaml', '--output=-report.md', ...T)).code, 0);
      assert.equal(existsSync(path.join(dir, '-report.md')), true);
    });

    it('SARIF and GitLab paths are from the git root when run from a subfolder; text stays relative to the current folder', async () => {
      const dir = workspace({ '.git/HEAD': 'ref: refs/heads/main\n', 'plans/a.cbo.yaml': 'title: Ship the new dashboard\n', 'sub/keep': '' });
      const sub = path.join(dir, 'sub');
      const sarif = JSON.parse((await cbo(sub, 'check', '../plans', '--format', 'sarif', ...T)).out) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
      assert.equal(sarif.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri, 'plans/a.cbo.yaml');
      const gitlab = JSON.parse((await cbo(sub, 'check', '../plans', '--format', 'gitlab', ...T)).out) as { location: { path: string } }[];
      assert.equal(gitlab[0]!.location.path, 'plans/a.cbo.yaml');
      assert.match((await cbo(sub, 'check', '../plans', ...T)).out, /^\.\.\/plans\/a\.cbo\.yaml:1:/);
      // Outside a git work tree, the current folder is the root, as before.
      const bare = workspace({ 'plans/a.cbo.yaml': 'title: Ship the new dashboard\n' });
      const plain = JSON.parse((await cbo(bare, 'check', 'plans', '--format', 'gitlab', ...T)).out) as { location: { path: string } }[];
      assert.equal(plain[0]!.location.path, 'plans/a.cbo.yaml');
    });

    it('-o makes a missing folder, and its extension picks the format when --format is not given', async () => {
      const dir = workspace({ 'a.cbo.yaml': GOOD_YAML });
      assert.equal((await cbo(dir, 'report', 'a.cbo.yaml', '-o', 'reports/q4/a.html', ...T)).code, 0);
      assert.match(readFileSync(path.join(dir, 'reports/q4/a.html'), 'utf8'), /^<!doctype html>/);
      assert.equal((await cbo(dir, 'report', 'a.cbo.yaml', '-o', 'reports/a.html', '--format', 'md', ...T)).code, 0);
      assert.match(readFileSync(path.join(dir, 'reports/a.html'), 'utf8'), /^# Business Outcome Report/, '--format wins');
      assert.equal((await cbo(dir, 'portfolio', '.', '-o', 'reports/p.json', ...T)).code, 0);
      assert.ok(JSON.parse(readFileSync(path.join(dir, 'reports/p.json'), 'utf8')).rates, 'portfolio -o x.json is JSON');
      assert.equal((await cbo(dir, 'portfolio', '.', '-o', 'reports/p.txt', ...T)).code, 0);
      assert.match(readFileSync(path.join(dir, 'reports/p.txt'), 'utf8'), /^Portfolio Business Outcome Report \(As of/, 'another extension: the default');
      assert.equal((await cbo(dir, 'report', 'a.cbo.yaml', '-o', 'reports/r.json', ...T)).code, 0);
      assert.equal(JSON.parse(readFileSync(path.join(dir, 'reports/r.json'), 'utf8')).outcomes[0].title, 'Returning customers finish checkout without calling support', 'report -o x.json is the JSON of its figures');
      assert.equal((await cbo(dir, 'report', 'a.cbo.yaml', '-o', 'reports/r2.json', '--format', 'md', ...T)).code, 0, 'an explicit --format is obeyed');
      assert.match(readFileSync(path.join(dir, 'reports/r2.json'), 'utf8'), /^# Business Outcome Report/);
      // An extension naming a format the command does not write is a usage error, not the default in it.
      const parsed = parseArgs(['-o', 'reports/r.json'], { '-o': true, '--format': true });
      assert.throws(() => formatForOutput(parsed, ['md', 'html'], 'reports/r.json'), /-o reports\/r\.json names a \.json file, a format this command does not write \(md, html\)/);
    });

    it('-o says what is wrong when a file stands where its folder would be, or when it names a folder', async () => {
      const dir = workspace({ 'a.cbo.yaml': GOOD_YAML, f: '' });
      const inTheWay = await cbo(dir, 'report', 'a.cbo.yaml', '-o', 'f/x.md', '--force', ...T);
      assert.equal(inTheWay.code, 2);
      assert.match(inTheWay.err, /cannot write f\/x\.md: a file stands where the folder f would be/);
      assert.doesNotMatch(inTheWay.err, /already exists/);
      const slash = await cbo(dir, 'report', 'a.cbo.yaml', '-o', 'newdir/', ...T);
      assert.equal(slash.code, 2);
      assert.match(slash.err, /-o newdir\/ is a folder; give a file name/);
      assert.equal(existsSync(path.join(dir, 'newdir')), false, 'no file called newdir');
    });

    it('file names from the disk are escaped on stderr too (plan cannot read, portfolio problems)', async () => {
      const evil = 'x\u001b]0;PWNED\u0007';
      const dir = workspace({ [`${evil}.cbo.yaml`]: 'title: x\n  bad: [\n', [`${evil}b.md/keep`]: '' });
      const plan = await cbo(dir, 'plan', `${evil}b.md`, ...T);
      assert.match(plan.err, /x\\u001b\]0;PWNED\\u0007b\.md: it is a folder/);
      const pf = await cbo(dir, 'portfolio', '.', ...T);
      assert.match(pf.err, /x\\u001b\]0;PWNED\\u0007\.cbo\.yaml:1: YAML syntax error/);
      for (const r of [plan, pf]) assert.ok(!r.err.includes('\u001b'), r.err);
    });

    it('report -o INPUT --force never overwrites the source', async () => {
      const dir = workspace({ 'a.cbo.yaml': GOOD_YAML });
      const r = await cbo(dir, 'report', 'a.cbo.yaml', '-o', './a.cbo.yaml', '--force', ...T);
      assert.equal(r.code, 2);
      assert.equal(readFileSync(path.join(dir, 'a.cbo.yaml'), 'utf8'), GOOD_YAML);
      assert.match(r.err, /source/);
    });
  });
});
