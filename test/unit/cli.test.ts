import { strict as assert } from 'node:assert';
import { main } from '../../src/cli/main';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { cbo, removeWorkspaces, workspace } from './cli-run';
import { GOOD_YAML } from './helpers';

after(() => removeWorkspaces());

const NO_BASELINE = GOOD_YAML.replace('    baseline: { value: 62, asOf: 2026-09-30 }\n', '');

describe('cbo CLI', () => {
  it('exits 0 and prints no finding on stdout for a clean file', async () => {
    const dir = workspace({ 'a.cbo.yaml': GOOD_YAML });
    const r = await cbo(dir, 'check', 'a.cbo.yaml', '--today', '2026-11-22', '--quiet');
    assert.equal(r.code, 0);
    assert.equal(r.out, '');
  });

  it('prints file:line:col severity ruleId message and exits 1 on errors', async () => {
    const dir = workspace({ 'a.cbo.yaml': NO_BASELINE });
    const r = await cbo(dir, 'check', '--today', '2026-11-22');
    assert.equal(r.code, 1);
    assert.match(r.out, /^a\.cbo\.yaml:8:3 error missing-baseline No baseline: /m);
  });

  it('walks folders for CBO YAML and Markdown, and skips node_modules', async () => {
    const dir = workspace({ 'docs/plan.md': '## CBO: Customers pay online\n', 'x/b.cbo.yml': NO_BASELINE, 'node_modules/c.cbo.yaml': NO_BASELINE, 'other.yaml': NO_BASELINE });
    const r = await cbo(dir, 'check', '.', '--format', 'json', '--today', '2026-11-22');
    const files = [...new Set((JSON.parse(r.out) as { file: string }[]).map((x) => x.file))].sort();
    assert.deepEqual(files, ['docs/plan.md', 'x/b.cbo.yml']);
  });

  it('expands globs', async () => {
    const dir = workspace({ 'a/one.cbo.yaml': NO_BASELINE, 'a/deep/two.cbo.yaml': NO_BASELINE, 'b/three.cbo.yaml': NO_BASELINE });
    const r = await cbo(dir, 'check', 'a/**/*.cbo.yaml', '--format', 'json');
    const files = [...new Set((JSON.parse(r.out) as { file: string }[]).map((x) => x.file))].sort();
    assert.deepEqual(files, ['a/deep/two.cbo.yaml', 'a/one.cbo.yaml']);
  });

  it('prints the JSON contract with 1-based positions', async () => {
    const dir = workspace({ 'a.cbo.yaml': NO_BASELINE });
    const r = await cbo(dir, 'check', 'a.cbo.yaml', '--format', 'json', '--today', '2026-11-22');
    const rows = JSON.parse(r.out) as Record<string, unknown>[];
    const row = rows.find((x) => x.ruleId === 'missing-baseline')!;
    assert.deepEqual(Object.keys(row).sort(), ['column', 'endColumn', 'endLine', 'file', 'line', 'message', 'ruleId', 'severity']);
    assert.deepEqual([row.line, row.column, row.endLine, row.endColumn, row.severity], [8, 3, 8, 10, 'error']);
  });

  it('prints SARIF 2.1.0 with rule metadata and locations', async () => {
    const dir = workspace({ 'a.cbo.yaml': NO_BASELINE });
    const r = await cbo(dir, 'check', 'a.cbo.yaml', '--format', 'sarif', '--today', '2026-11-22');
    const s = JSON.parse(r.out);
    assert.equal(s.version, '2.1.0');
    const run = s.runs[0];
    const rules = run.tool.driver.rules as { id: string; helpUri: string; defaultConfiguration: { level: string } }[];
    const res = run.results.find((x: { ruleId: string }) => x.ruleId === 'missing-baseline');
    assert.equal(rules[res.ruleIndex].id, 'missing-baseline');
    assert.match(rules[res.ruleIndex].helpUri, /docs\/rules\/missing-baseline\.md$/);
    assert.equal(res.level, 'error');
    assert.deepEqual(res.locations[0].physicalLocation.region, { startLine: 8, startColumn: 3, endLine: 8, endColumn: 10 });
    assert.equal(res.locations[0].physicalLocation.artifactLocation.uri, 'a.cbo.yaml');
    for (const rule of rules) assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level));
  });

  it('links SARIF to the repository package.json names, and each rule to its page there', async () => {
    const dir = workspace({ 'a.cbo.yaml': GOOD_YAML });
    const driver = JSON.parse((await cbo(dir, 'check', 'a.cbo.yaml', '--format', 'sarif', '--today', '2026-11-22')).out).runs[0].tool.driver as { informationUri: string; rules: { id: string; helpUri: string }[] };
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { repository: { url: string } };
    assert.equal(driver.informationUri, pkg.repository.url);
    for (const r of driver.rules) {
      assert.equal(r.helpUri, `${pkg.repository.url}/blob/main/docs/rules/${r.id}.md`);
      assert.ok(existsSync(`docs/rules/${r.id}.md`), `docs/rules/${r.id}.md`);
    }
  });

  it('exits 1 when warnings exceed --max-warnings, 0 otherwise', async () => {
    const text = GOOD_YAML.replace('    unit: "%"\n', ''); // target-not-quantified: a warning
    const dir = workspace({ 'a.cbo.yaml': text });
    const many = await cbo(dir, 'check', 'a.cbo.yaml', '--max-warnings', '0', '--today', '2026-11-22', '--config', 'none.yaml').catch(() => undefined);
    assert.equal(many?.code, 2); // unreadable --config is a usage error
    writeFileSync(path.join(dir, '.cborc.yaml'), 'rules:\n  value-unvalidated: off\n');
    assert.equal((await cbo(dir, 'check', 'a.cbo.yaml', '--max-warnings', '0', '--today', '2026-11-22')).code, 1);
    assert.equal((await cbo(dir, 'check', 'a.cbo.yaml', '--max-warnings', '99', '--today', '2026-11-22')).code, 0);
    // --quiet hides the warning but it still counts, as in ESLint: the gate does not open.
    const quiet = await cbo(dir, 'check', 'a.cbo.yaml', '--quiet', '--max-warnings', '0', '--today', '2026-11-22');
    assert.equal(quiet.code, 1);
    assert.equal(quiet.out, '', 'the warning itself is not printed');
    assert.match(quiet.err, /1 warnings?, more than --max-warnings 0/);
    assert.equal((await cbo(dir, 'check', 'a.cbo.yaml', '--quiet', '--today', '2026-11-22')).code, 0);
  });

  it('cbo plan --min-coverage replaces the required-item gate and names the checklist under it', async () => {
    const dir = workspace({ 'plan.md': '# Plan\n\n## Weekly\n\nMilestone review with the team.\n' });
    assert.equal((await cbo(dir, 'plan', 'plan.md', '--checklist', 'cbo-process')).code, 1, 'required items missing');
    const low = await cbo(dir, 'plan', 'plan.md', '--checklist', 'cbo-process', '--min-coverage', '0.5', '--format', 'json');
    assert.equal(low.code, 1);
    assert.match(low.err, /plan\.md: CBO process is \d+\.\d% covered, under --min-coverage 0\.5/);
    const ok = await cbo(dir, 'plan', 'plan.md', '--checklist', 'cbo-process', '--min-coverage', '0.01');
    assert.equal(ok.code, 0, 'coverage above the bar passes although required items are missing');
    assert.equal(ok.err, '');
    assert.match((await cbo(dir, 'plan', 'plan.md', '--checklist', 'cbo-process', '--min-coverage', '0.5', '--lang', 'ko')).err, /CBO 프로세스 \d+\.\d%, --min-coverage 0\.5보다 낮습니다/);
  });

  it('points roi, report and plan, given a folder or several files, to the command that reads them', async () => {
    const dir = workspace({ 'cbos/a.cbo.yaml': GOOD_YAML, 'cbos/b.cbo.yaml': GOOD_YAML });
    const folder = await cbo(dir, 'roi', 'cbos');
    assert.equal(folder.code, 2);
    assert.match(folder.err, /cannot read cbos: it is a folder\. For totals across the CBOs in a folder: cbo portfolio cbos/);
    const several = await cbo(dir, 'roi', 'cbos/a.cbo.yaml', 'cbos/b.cbo.yaml');
    assert.equal(several.code, 2);
    assert.match(several.err, /cbo roi reads one file, got 2: .*For totals across several CBOs: cbo portfolio FOLDER/);
    assert.match((await cbo(dir, 'report', 'cbos')).err, /cbo report --portfolio cbos/);
    const plan = await cbo(dir, 'plan', 'cbos/');
    assert.equal(plan.code, 2);
    assert.match(plan.err, /it is a folder\. cbo plan reads Markdown files: cbo plan cbos\/\*\.md/);
    // The portfolio it points to reads the folder.
    assert.equal((await cbo(dir, 'portfolio', 'cbos', '--today', '2026-11-22')).code, 0);
  });

  it('roi and report refuse what check refuses, and plan refuses a CBO YAML file, naming the command that reads it', async () => {
    const dir = workspace({ 'package.json': '{"name": "x"}\n', 'a.cbo.yaml': GOOD_YAML, LICENSE: 'MIT\n' });
    for (const cmd of ['roi', 'report']) {
      const r = await cbo(dir, cmd, 'package.json');
      assert.equal(r.code, 2, cmd);
      assert.match(r.err, /package\.json is not a CBO YAML or Markdown file/, cmd);
      assert.equal(r.out, '', cmd);
    }
    const yaml = await cbo(dir, 'plan', 'a.cbo.yaml');
    assert.equal(yaml.code, 2);
    assert.match(yaml.err, /cbo plan reads Markdown plans; a\.cbo\.yaml is CBO YAML: check it with cbo check a\.cbo\.yaml, report on it with cbo report a\.cbo\.yaml/);
    assert.match((await cbo(dir, 'plan', 'LICENSE')).err, /cbo plan reads Markdown plans \(\*\.md\); LICENSE is not one/);
  });

  it('roi says its problem count is of reading problems, and where every finding is', async () => {
    const dir = workspace({ 'a.cbo.yaml': GOOD_YAML.replace('category: operational-efficiency', 'categry: operational-efficiency') });
    const r = await cbo(dir, 'roi', 'a.cbo.yaml');
    assert.match(r.err, /a\.cbo\.yaml has 1 reading problem \(YAML syntax or schema\); the figures cover what could be read\. Run "cbo check a\.cbo\.yaml" for every finding/);
  });

  it('exits 2 with a clear message on bad usage and missing files', async () => {
    const dir = workspace({});
    const missing = await cbo(dir, 'check', 'nope.cbo.yaml');
    assert.equal(missing.code, 2);
    assert.match(missing.err, /cannot read nope\.cbo\.yaml: no such file or folder/);
    assert.equal((await cbo(dir, 'check', '--format', 'xml')).code, 2);
    assert.equal((await cbo(dir, 'check', '--today', 'tomorrow')).code, 2);
    assert.equal((await cbo(dir, 'frobnicate')).code, 2);
    assert.equal((await cbo(dir, 'check', '--bogus')).code, 2);
  });

  it('answers --help in Korean for --lang ko, and says in both languages that --lang exists', async () => {
    const dir = workspace({});
    const en = await cbo(dir, '--help');
    assert.equal(en.code, 0);
    assert.match(en.out, /^cbo \S+: Customer Business Outcome checks/);
    assert.match(en.out, /--lang en\|ko/);
    const ko = await cbo(dir, '--help', '--lang', 'ko');
    assert.equal(ko.code, 0);
    assert.match(ko.out, /^cbo \S+: 구현 계획과 CBO YAML을/);
    assert.match(ko.out, /^ {2}cbo check \[경로나 글롭\.\.\.\]/m);
    assert.match(ko.out, /--lang en\|ko로/);
    assert.match(ko.out, /종료 코드: 0 오류 없음, 1 오류 발견, 2 /);
  });

  it('names the command in its usage messages, and every command answers --help', async () => {
    const dir = workspace({});
    const report = await cbo(dir, 'report');
    assert.equal(report.code, 2);
    assert.match(report.err, /e\.g\. cbo report plan\.cbo\.yaml/);
    const rules = await cbo(dir, 'rules', '--help');
    assert.equal(rules.code, 0);
    assert.match(rules.out, /^Usage: cbo rules/);
    // Without --stdio the server would end with no word: a usage error instead.
    const lsp = await cbo(dir, 'lsp');
    assert.equal(lsp.code, 2);
    assert.match(lsp.err, /cbo lsp --stdio/);
    // "-h" after a command is "--help", as before it.
    for (const cmd of ['check', 'roi', 'report', 'plan', 'portfolio', 'rules', 'new']) {
      const r = await cbo(dir, cmd, '-h');
      assert.equal(r.code, 0, cmd);
      assert.match(r.out, new RegExp(`^Usage: cbo ${cmd}`), cmd);
    }
  });

  it('says so when a file holds no outcome, instead of an empty ROI table', async () => {
    const dir = workspace({ 'notes.md': '# Notes\n\nNothing here yet.\n' });
    const r = await cbo(dir, 'roi', 'notes.md');
    assert.equal(r.code, 0);
    assert.equal(r.out, 'No outcomes were found in this file.\n');
  });

  it('marks a missing figure with a dash and names what is missing in words, never "?"', async () => {
    const yaml = 'cbo: 1\noutcomes:\n  - title: Customers pay online\n    value: { currency: USD, investment: 100, items: [ { type: hard-savings, amount: 300 } ] }\n  - value: { investment: 100, items: [ { type: hard-savings, amount: 300 } ] }\n  - title: No money yet\n';
    const r = await cbo(workspace({ 'a.cbo.yaml': yaml }), 'roi', 'a.cbo.yaml');
    const lines = r.out.split('\n');
    assert.match(lines.find((l) => l.startsWith('2 '))!, /^2 +Untitled outcome /);
    assert.match(lines.find((l) => l.startsWith('3 '))!, /^3 +No money yet +– +– +– +– +– +– +–$/);
    assert.match(r.out, /Total +\(no currency, USD\)/);
    assert.match((await cbo(workspace({ 'a.cbo.yaml': yaml }), 'report', 'a.cbo.yaml')).out, /different currencies \(no currency, USD\)/);
    assert.doesNotMatch(r.out, /\?| - /);
  });

  it('speaks Korean in its own usage errors and notes under --lang ko or a Korean LANG', async () => {
    const dir = workspace({ 'a.cbo.yaml': 'title: x\n  bad: [\n', 'plan.md': '# Plan\n' });
    const roi = await cbo(dir, 'roi', '--lang', 'ko');
    assert.equal(roi.code, 2);
    assert.equal(roi.err, 'cbo: 읽을 CBO 파일을 주세요. 예: cbo roi plan.cbo.yaml\n사용법은 "cbo roi --help"를 보세요.\n');
    assert.match((await cbo(dir, 'check', '--lang=ko', '--max-warnings', 'x')).err, /--max-warnings는 0 이상의 정수여야 합니다/);
    assert.match((await cbo(dir, 'plan', 'a.cbo.yaml', '--lang', 'ko')).err, /cbo plan은 Markdown 계획을 읽습니다/);
    assert.match((await cbo(dir, 'report', 'a.cbo.yaml', '--lang', 'ko')).err, /a\.cbo\.yaml에 읽기 문제\(YAML 구문이나 스키마\)가 \d+개 있습니다/);
    assert.match((await cbo(dir, 'report', 'plan.md', '-o', '.', '--lang', 'ko')).err, /-o \. 경로는 폴더입니다/);
    let err = '';
    const code = await main(['frob'], { stdout: () => {}, stderr: (t) => (err += t), stdoutIsTerminal: true, readFile: async () => '', cwd: dir }, { LANG: 'ko_KR.UTF-8' });
    assert.equal(code, 2);
    assert.match(err, /^cbo: 알 수 없는 명령 "frob"\n사용법은/);
    // The last --lang counts, as for the command's own output.
    assert.match((await cbo(dir, 'roi', '--lang', 'ko', '--lang', 'en')).err, /^cbo: give the CBO file to read/);
    // English stays the default, and an explicit --lang en wins over a Korean LANG.
    assert.match((await cbo(dir, 'roi')).err, /^cbo: give the CBO file to read/);
    err = '';
    await main(['roi', '--lang', 'en'], { stdout: () => {}, stderr: (t) => (err += t), stdoutIsTerminal: true, readFile: async () => '', cwd: dir }, { LANG: 'ko_KR.UTF-8' });
    assert.match(err, /^cbo: give the CBO file to read/);
  });

  it('speaks Korean in the plan check and the summary line with --lang ko', async () => {
    const plan = '## 목표\n- **기한**: 2027-03-31\n\n## 검토\n- [x] **기준 지표**: 2026년 1분기 측정\n';
    const dir = workspace({ 'plan.md': plan, 'a.cbo.yaml': 'cbo: 1\ntitle: 고객이 앱으로 주문한다\n' });
    const r = await cbo(dir, 'plan', 'plan.md', '--lang', 'ko', '--checklist', 'cbo-process');
    assert.match(r.out, /% 충족/);
    assert.match(r.out, /✓ 있음 timeline .*\(2행\)/);
    // "1분기" (the first quarter) is not a quarterly business review.
    assert.match(r.out, /✗ 없음 quarterly-review/);
    // A Korean phrase matches from the start of a word: "분기별 …" and "분기검토" are reviews,
    // "무기한" (indefinitely) is no deadline.
    const other = workspace({ 'p.md': '## 분기별 비즈니스 리뷰\n매 분기 가치 검토\n\n지원은 무기한 제공한다\n', 'q.md': '## 분기검토\n가치를 검토한다\n' });
    const p = await cbo(other, 'plan', 'p.md', '--lang', 'ko', '--checklist', 'cbo-process');
    assert.match(p.out, /✓ 있음 quarterly-review/);
    assert.match(p.out, /✗ 없음 timeline/);
    assert.match((await cbo(other, 'plan', 'q.md', '--lang', 'ko', '--checklist', 'cbo-process')).out, /✓ 있음 quarterly-review/);
    const check = await cbo(dir, 'check', 'a.cbo.yaml', '--lang', 'ko', '--today', '2026-11-30');
    assert.match(check.err, /^파일 1개 중 1개에서 문제 \d+개 \(오류 \d+, 경고 \d+, 정보 \d+\)$/m);
    // With no --lang, the words follow the language .cborc.yaml sets, as the findings do.
    const cfg = workspace({ '.cborc.yaml': 'lang: ko\n', 'plan.md': plan, 'a.cbo.yaml': 'cbo: 1\ntitle: 고객이 앱으로 주문한다\n' });
    assert.match((await cbo(cfg, 'plan', 'plan.md', '--checklist', 'cbo-process')).out, /% 충족/);
    assert.match((await cbo(cfg, 'check', 'a.cbo.yaml', '--today', '2026-11-30')).err, /^파일 \d+개 중 \d+개에서 문제 \d+개/m);
  });

  it('prints no findings in a repository with no CBO files, only the count of files read', async () => {
    const dir = workspace({ 'README.md': '# Hello\n\nNothing about outcomes here.\n', 'src/x.ts': 'export {}\n' });
    const r = await cbo(dir, 'check');
    // The walked README is read and clean; no note that it holds no outcome (that would be noise for every README).
    assert.deepEqual([r.code, r.out, r.err], [0, '', 'No problems in 1 file\n']);
    // Nothing at all to check: exit 2, as ESLint when no file matches, said once, naming where it looked.
    const empty = workspace({ 'src/x.ts': '' });
    const none = await cbo(empty, 'check');
    assert.deepEqual([none.code, none.out, none.err], [2, '', 'cbo: nothing was checked: no CBO YAML (*.cbo.yaml, *.cbo.yml) or Markdown file was found in the current folder\n']);
    assert.equal((await cbo(empty, 'check', 'src')).err, 'cbo: nothing was checked: no CBO YAML (*.cbo.yaml, *.cbo.yml) or Markdown file was found under the paths given\n');
    assert.equal((await cbo(empty, 'check', '--lang', 'ko')).err, 'cbo: 검사한 파일이 없습니다. 현재 폴더에서 CBO YAML(*.cbo.yaml, *.cbo.yml)이나 Markdown 파일을 찾지 못했습니다\n');
    // The README alone: check linted it (exit 0); the portfolio has not one outcome to report (exit 2, no usage hint).
    const readme = await cbo(dir, 'portfolio');
    assert.deepEqual([readme.code, readme.out, readme.err], [2, '', 'cbo: nothing was read: the file found holds no CBO outcome (a Markdown plan needs a "## CBO:" heading or a ```cbo block)\n']);
    assert.equal((await cbo(dir, 'portfolio', '--lang', 'ko')).err, 'cbo: 읽은 성과가 없습니다. 파일 1개를 읽었지만 CBO 성과가 하나도 없습니다(Markdown 계획에는 "## CBO:" 제목이나 ```cbo 블록이 필요합니다)\n');
    const nothing = await cbo(empty, 'portfolio');
    assert.deepEqual([nothing.code, nothing.err], [2, 'cbo: nothing was read: no CBO YAML (*.cbo.yaml, *.cbo.yml) or Markdown file was found in the current folder\n']);
  });

  it('says a clean run was clean in text, in English and Korean, and keeps JSON, SARIF and GitLab as they were', async () => {
    // GOOD_YAML's one finding is an info of hypothesis-link: switched off, the files are clean.
    const dir = workspace({ '.cborc.yaml': 'rules:\n  hypothesis-link: off\n', 'a.cbo.yaml': GOOD_YAML, 'b.cbo.yaml': GOOD_YAML, 'c.cbo.yaml': GOOD_YAML });
    const clean = await cbo(dir, 'check', '--today', '2026-11-22');
    assert.deepEqual([clean.code, clean.out, clean.err], [0, '', 'No problems in 3 files\n']);
    assert.equal((await cbo(dir, 'check', 'a.cbo.yaml', '--today', '2026-11-22')).err, 'No problems in 1 file\n');
    assert.equal((await cbo(dir, 'check', '--today', '2026-11-22', '--lang', 'ko')).err, '문제 없음: 파일 3개\n');
    for (const format of ['json', 'sarif', 'gitlab']) assert.equal((await cbo(dir, 'check', '--today', '2026-11-22', '--format', format)).err, '', format);
    // --quiet hides the info and the warning: "No problems" would not be true.
    const hidden = workspace({ 'a.cbo.yaml': GOOD_YAML, 'b.cbo.yaml': GOOD_YAML.replace('measurements: [ { date: 2026-10-31, value: 66 } ]', 'measurements: [ { date: 2026-12-31, value: 66 } ]') });
    const quiet = await cbo(hidden, 'check', '--today', '2026-11-22', '--quiet');
    assert.deepEqual([quiet.code, quiet.out], [0, '']);
    assert.equal(quiet.err, 'No errors in 2 files (--quiet hid 1 warning and 2 info)\n');
    assert.equal((await cbo(hidden, 'check', '--today', '2026-11-22', '--quiet', '--lang', 'ko')).err, '오류 없음: 파일 2개 (--quiet로 숨긴 경고 1개, 정보 2개)\n');
    // With an error shown, the count says what --quiet hid too, and names only what it did hide.
    const mixed = workspace({ 'a.cbo.yaml': GOOD_YAML.replace('    baseline: { value: 62, asOf: 2026-09-30 }\n', '') });
    const q1 = await cbo(mixed, 'check', '--today', '2026-11-22', '--quiet');
    assert.equal(q1.code, 1);
    assert.match(q1.err, /^1 problem \(1 error, 0 warnings, 0 info\) in 1 of 1 file \(--quiet hid 1 info\)\n$/);
    assert.match((await cbo(mixed, 'check', '--today', '2026-11-22', '--quiet', '--lang', 'ko')).err, /^파일 1개 중 1개에서 문제 1개 \(오류 1, 경고 0, 정보 0\) \(--quiet로 숨긴 정보 1개\)\n$/);
    assert.equal((await cbo(mixed, 'check', '--today', '2026-11-22')).err, '2 problems (1 error, 0 warnings, 1 info) in 1 of 1 file\n');
  });

  it('notes a Markdown file named on the command line that holds no outcome, never one a folder walk found', async () => {
    const dir = workspace({ 'myplan.md': '# My plan\n\nWe will ship the new checkout.\n', 'docs/README.md': '# Docs\n' });
    const r = await cbo(dir, 'check', 'myplan.md');
    assert.equal(r.code, 0);
    assert.equal(r.out, '');
    assert.equal(r.err, "cbo: myplan.md: no CBO outcome found; a plan's outcome starts with a `## CBO:` heading or a ```cbo block\nNo problems in 1 file\n");
    assert.match((await cbo(dir, 'check', 'myplan.md', '--lang', 'ko')).err, /^cbo: myplan\.md: CBO 성과를 찾지 못했습니다\. 계획의 성과는 `## CBO:` 제목이나 ```cbo 블록으로 시작합니다\n/);
    // Walked, the same file is one of many Markdown files that are not plans: no note.
    assert.doesNotMatch((await cbo(dir, 'check', '.')).err, /no CBO outcome/);
    assert.doesNotMatch((await cbo(dir, 'check', 'docs')).err, /no CBO outcome/);
    // The machine formats are the findings and nothing more.
    for (const format of ['json', 'sarif', 'gitlab']) {
      const m = await cbo(dir, 'check', 'myplan.md', '--format', format);
      assert.equal(m.err, '', format);
      assert.doesNotMatch(m.out, /no CBO outcome/, format);
    }
    assert.deepEqual(JSON.parse((await cbo(dir, 'check', 'myplan.md', '--format', 'json')).out), []);
    // A plan with an outcome, in either form, gets no note.
    const plans = workspace({ 'a.md': '## CBO: Customers pay online\n', 'b.md': '# Plan\n\n```cbo\ntitle: Customers pay online\n```\n' });
    for (const f of ['a.md', 'b.md']) assert.doesNotMatch((await cbo(plans, 'check', f)).err, /no CBO outcome/, f);
  });

  it('notes a YAML file named on the command line that holds no outcome, unless a finding already says why', async () => {
    const NOTE = (f: string) => `cbo: ${f}: no outcome in this file; a CBO file has a \`title:\` and \`metrics:\`, or \`outcomes:\` with items\n`;
    const files = { 'empty.cbo.yaml': '', 'comments.cbo.yaml': '# to do\n', 'marker.cbo.yaml': '---\n', 'none.cbo.yaml': 'cbo: 1\noutcomes: []\n' };
    const dir = workspace({ ...files, 'tab.cbo.yaml': 'cbo: 1\noutcomes:\n\t- title: x\n', 'a.cbo.yaml': GOOD_YAML });
    for (const f of Object.keys(files)) {
      const r = await cbo(dir, 'check', f, '--today', '2026-11-22');
      assert.deepEqual([r.code, r.out, r.err], [0, '', `${NOTE(f)}No problems in 1 file\n`], f);
    }
    assert.match((await cbo(dir, 'check', 'none.cbo.yaml', '--lang', 'ko')).err, /^cbo: none\.cbo\.yaml: 이 파일에 성과가 없습니다\. CBO 파일에는 `title:`과 `metrics:`, 또는 항목이 있는 `outcomes:`가 있습니다\n/);
    // Walked, no note; a YAML syntax error already says why nothing was read; an outcome, no note.
    assert.doesNotMatch((await cbo(dir, 'check', '.', '--today', '2026-11-22')).err, /no outcome in this file/);
    assert.doesNotMatch((await cbo(dir, 'check', 'tab.cbo.yaml')).err, /no outcome in this file/);
    const broken = workspace({ 'p.md': '# Plan\n\n```cbo\ntitle: x\n\tmetrics: y\n```\n' });
    assert.doesNotMatch((await cbo(broken, 'check', 'p.md')).err, /no CBO outcome/);
    assert.doesNotMatch((await cbo(dir, 'check', 'a.cbo.yaml')).err, /no outcome in this file/);
    // With no-outcome switched on, its finding says it, and the note does not repeat it.
    const on = workspace({ '.cborc.yaml': 'rules:\n  no-outcome: warning\n', 'e.cbo.yaml': '' });
    const r = await cbo(on, 'check', 'e.cbo.yaml');
    assert.match(r.out, /no-outcome/);
    assert.doesNotMatch(r.err, /no outcome in this file/);
    assert.equal((await cbo(dir, 'check', 'empty.cbo.yaml', '--format', 'json')).err, '');
  });

  it('applies the nearest .cborc.yaml: severities, off, ignore', async () => {
    const dir = workspace({
      '.cborc.yaml': 'rules:\n  missing-baseline: warning\nignore:\n  - drafts/**\n',
      'a.cbo.yaml': NO_BASELINE,
      'drafts/b.cbo.yaml': NO_BASELINE,
      'team/.cborc.yaml': 'rules:\n  missing-baseline: off\n',
      'team/c.cbo.yaml': NO_BASELINE,
    });
    const r = await cbo(dir, 'check', '--format', 'json', '--today', '2026-11-22');
    const rows = JSON.parse(r.out) as { file: string; ruleId: string; severity: string }[];
    assert.deepEqual(rows.filter((x) => x.ruleId === 'missing-baseline').map((x) => `${x.file}:${x.severity}`), ['a.cbo.yaml:warning']);
  });

  it('reports a broken .cborc.yaml as a finding on it, keeps going, and exits 2', async () => {
    const dir = workspace({ '.cborc.yaml': 'rules:\n  missing-baseline: loud\n', 'a.cbo.yaml': NO_BASELINE });
    const r = await cbo(dir, 'check', '--today', '2026-11-22');
    assert.match(r.out, /^\.cborc\.yaml:2:3 error config Config: rules\.missing-baseline: "loud" /m);
    assert.match(r.out, /^a\.cbo\.yaml:\d+:\d+ error missing-baseline /m);
    assert.equal(r.code, 2);
  });

  it('reports a file with no outcome only once .cborc.yaml switches no-outcome on', async () => {
    const dir = workspace({ 'empty.cbo.yaml': '# to be written\n', 'a.cbo.yaml': GOOD_YAML });
    const before = await cbo(dir, 'check', '--today', '2026-11-22', '--format', 'json');
    assert.deepEqual((JSON.parse(before.out) as { ruleId: string }[]).filter((f) => f.ruleId === 'no-outcome'), []);
    writeFileSync(path.join(dir, '.cborc.yaml'), 'rules:\n  no-outcome: info\n');
    const after = await cbo(dir, 'check', '--today', '2026-11-22');
    assert.match(after.out, /^empty\.cbo\.yaml:1:1 info no-outcome /m);
    assert.doesNotMatch(after.out, /^a\.cbo\.yaml:\S+ info no-outcome/m);
    assert.equal(after.code, 0); // info only
    const sarif = JSON.parse((await cbo(dir, 'check', '--format', 'sarif', '--today', '2026-11-22')).out);
    const rule = (sarif.runs[0].tool.driver.rules as { id: string; defaultConfiguration: { enabled?: boolean } }[]).find((r) => r.id === 'no-outcome');
    assert.equal(rule?.defaultConfiguration.enabled, false);
    assert.ok(sarif.runs[0].results.some((x: { ruleId: string; level: string }) => x.ruleId === 'no-outcome' && x.level === 'note'));
  });

  it('lists every rule with its metadata', async () => {
    const r = await cbo(process.cwd(), 'rules', '--format', 'json');
    const rules = JSON.parse(r.out) as { id: string; name: string; scope: string; defaultSeverity: string; docs: string }[];
    assert.ok(rules.length >= 15);
    for (const rule of rules) {
      assert.match(rule.id, /^[a-z][a-z-]+$/);
      assert.ok(['wording', 'structure', 'schema', 'value'].includes(rule.scope));
      assert.ok(['error', 'warning', 'info', 'off'].includes(rule.defaultSeverity));
    }
    assert.equal(new Set(rules.map((x) => x.id)).size, rules.length);
  });
});
