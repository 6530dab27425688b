// What a new user met trying the CLI from a fresh clone: a CBO document the walk passed over
// in silence, a plan check that failed without saying why, an ROI run that read nothing and
// passed, and the like. Each case fails on the code before its fix.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { HELP } from '../../src/cli/main';
import { HELP_KO, type Help } from '../../src/cli/help';
import { CHECK_HELP } from '../../src/cli/check';
import { mapAtMost } from '../../src/cli/files';
import { PLAN_HELP } from '../../src/cli/plan';
import { PORTFOLIO_HELP } from '../../src/cli/portfolio';
import { REPORT_HELP } from '../../src/cli/report';
import { ROI_HELP } from '../../src/cli/roi';
import { RULES_HELP } from '../../src/cli/rules';
import { resolveConfig } from '../../src/core/config';
import { lint } from '../../src/core/lint';
import { parseDocument } from '../../src/core/parse';
import { undecodableBytes } from '../../src/core/encoding';
import { outcomeView } from '../../src/core/view/canvas';
import { cbo, cboInOrder, removeWorkspaces, workspace } from './cli-run';
import { GOOD_YAML } from './helpers';

after(() => removeWorkspaces());

const T = ['--today', '2026-11-22'];

describe('the CLI on a first run', function () {
  this.timeout(30_000);

  describe('a YAML file that reads as a CBO document but is not named *.cbo.yaml', () => {
    const NOTE = 'cbo: checkout.yaml looks like a CBO document (cbo: 1) but is not named *.cbo.yaml: rename it to checkout.cbo.yaml, or name it on the command line\n';

    it('check notes it once when a folder walk passes over it, in text only', async () => {
      const dir = workspace({ 'checkout.yaml': '# The checkout outcome\n\ncbo: 1\n' + GOOD_YAML.slice('cbo: 1\n'.length), 'docker-compose.yaml': 'services: {}\n', 'a.cbo.yaml': GOOD_YAML });
      const r = await cbo(dir, 'check', '.', ...T);
      assert.equal(r.err.split('\n').filter((l) => l.includes('looks like a CBO document')).length, 1);
      assert.ok(r.err.startsWith(NOTE), r.err);
      assert.match((await cbo(dir, 'check', ...T, '--lang', 'ko')).err, /^cbo: checkout\.yaml 파일은 CBO 문서\(cbo: 1\)로 보이지만 이름이 \*\.cbo\.yaml이 아닙니다\. checkout\.cbo\.yaml로 이름을 바꾸거나 명령줄에서 파일 이름을 주세요\n/);
      for (const format of ['json', 'sarif', 'gitlab']) assert.equal((await cbo(dir, 'check', '.', '--format', format, ...T)).err, '', format);
      // Named, it is checked like any CBO file, and there is nothing to note.
      const named = await cbo(dir, 'check', 'checkout.yaml', ...T);
      assert.doesNotMatch(named.err, /looks like a CBO document/);
      assert.match(named.out, /^checkout\.yaml:\d+:\d+ /m);
    });

    it('portfolio and report --portfolio note it on stderr; the report itself is unchanged', async () => {
      const dir = workspace({ 'checkout.yaml': GOOD_YAML, 'a.cbo.yaml': GOOD_YAML });
      const plain = workspace({ 'a.cbo.yaml': GOOD_YAML });
      for (const argv of [['portfolio', '.'], ['portfolio', '.', '--format', 'json'], ['report', '--portfolio', '.']]) {
        const r = await cbo(dir, ...argv, ...T);
        assert.equal(r.code, 0, argv.join(' '));
        assert.equal(r.err, NOTE, argv.join(' '));
        const before = await cbo(plain, ...argv, ...T);
        assert.equal(r.out, before.out, argv.join(' '));
      }
    });

    it('reads only the head: "cbo: 1" after 4 KB, or indented, is no CBO document', async () => {
      const late = '#' + 'x'.repeat(4200) + '\ncbo: 1\n';
      // "cbo: 12" cut at the 4 KB boundary reads "cbo: 1": the cut line is not taken.
      const cut = 'a: ' + 'x'.repeat(4096 - 'a: '.length - '\ncbo: 1'.length) + '\ncbo: 12\n';
      const dir = workspace({ 'late.yaml': late, 'cut.yaml': cut, 'nested.yaml': 'service:\n  cbo: 1\n', 'comment.yaml': 'a: 1\n# cbo: 1\n', 'quoted.yml': '---\n# c\ncbo: 1 # the format\n' });
      const r = await cbo(dir, 'check', '.', ...T);
      assert.doesNotMatch(r.err, /late\.yaml|cut\.yaml|nested\.yaml|comment\.yaml/);
      assert.match(r.err, /quoted\.yml looks like a CBO document \(cbo: 1\) but is not named \*\.cbo\.yaml: rename it to quoted\.cbo\.yml/);
    });

    it('takes a top-level "cbo: 1" after other keys, as a file that opens with its title has it', async () => {
      const dir = workspace({ 'walk/checkout.yaml': 'title: Returning customers finish checkout without calling support\n\ncbo: 1\n', 'walk/second.yml': 'version: 2\n---\n"cbo": 1\n' });
      const r = await cbo(dir, 'check', 'walk', ...T);
      assert.match(r.err, /^cbo: walk\/checkout\.yaml looks like a CBO document \(cbo: 1\)/m);
      assert.match(r.err, /^cbo: walk\/second\.yml looks like a CBO document/m);
      // Nothing else to check there: exit 2, with the look-alikes said first.
      assert.match(r.err, /\ncbo: nothing was checked: no CBO YAML \(\*\.cbo\.yaml, \*\.cbo\.yml\) or Markdown file was found under the paths given\n$/);
      assert.equal(r.code, 2);
    });

    it('reads past a %YAML directive, and takes a quoted key', async () => {
      const dir = workspace({ 'directive.yaml': '%YAML 1.2\n---\ncbo: 1\n', 'double.yaml': '"cbo": 1\n', 'single.yaml': "'cbo' : 1 # format\n", 'other.yaml': '"cbo2": 1\n' });
      const r = await cbo(dir, 'check', '.', ...T);
      for (const f of ['directive', 'double', 'single']) assert.match(r.err, new RegExp(`^cbo: ${f}\\.yaml looks like a CBO document`, 'm'), f);
      assert.doesNotMatch(r.err, /other\.yaml/);
    });

    it('never opens a FIFO or follows a link, and respects ignore: in .cborc.yaml', async () => {
      const outside = workspace({ 'real.yaml': GOOD_YAML });
      const dir = workspace({ '.cborc.yaml': 'ignore: [drafts/**]\n', 'drafts/old.yaml': GOOD_YAML, 'a.cbo.yaml': GOOD_YAML });
      execFileSync('mkfifo', [path.join(dir, 'pipe.yaml')]);
      symlinkSync(path.join(outside, 'real.yaml'), path.join(dir, 'link.yaml'));
      const r = await cbo(dir, 'check', '.', ...T);
      assert.doesNotMatch(r.err, /looks like a CBO document/);
      assert.doesNotMatch((await cbo(dir, 'portfolio', '.', ...T)).err, /looks like a CBO document/);
    });
  });

  describe('a named YAML file that is no CBO document (a CI file)', () => {
    const CI = 'name: CI\non: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n';
    const NOTE = 'cbo: ci.yaml was not checked: it is not named *.cbo.yaml, and its first 4 KB hold no top-level "cbo: 1", "outcomes:" list, "outcome:" or "metrics:" that would make it a CBO document. To check it, rename it to ci.cbo.yaml or add the line "cbo: 1"\n';

    it('is passed over with a note that says why and how; nothing checked at all is exit 2', async () => {
      const dir = workspace({ 'ci.yaml': CI, 'a.cbo.yaml': GOOD_YAML });
      const r = await cbo(dir, 'check', 'ci.yaml', ...T);
      assert.equal(r.code, 2);
      assert.equal(r.out, '');
      assert.equal(r.err, NOTE + 'cbo: nothing was checked: every file given was passed over as no CBO document\n');
      for (const format of ['text', 'json', 'sarif']) assert.equal((await cbo(dir, 'check', 'c*.yaml', '--format', format, ...T)).code, 2, format);
      // Beside a file that is checked, the exit code is that file's.
      assert.equal((await cbo(dir, 'check', 'ci.yaml', 'a.cbo.yaml', ...T)).code, 0);
      const ko = await cbo(dir, 'check', 'ci.yaml', '--lang', 'ko', ...T);
      assert.match(ko.err, /^cbo: ci\.yaml 파일은 검사하지 않았습니다\. .*ci\.cbo\.yaml로 이름을 바꾸거나 "cbo: 1" 줄을 넣으세요\n/);
    });

    it('keeps JSON, SARIF and GitLab output valid, the note on stderr only', async () => {
      const dir = workspace({ 'ci.yml': CI, 'a.cbo.yaml': GOOD_YAML.replace(/^title: .*$/m, 'title: ""') });
      const shown = NOTE.replace(/ci\.yaml/, 'ci.yml').replace('ci.cbo.yaml', 'ci.cbo.yml');
      const text = await cbo(dir, 'check', 'ci.yml', 'a.cbo.yaml', ...T);
      for (const format of ['json', 'sarif', 'gitlab']) {
        const r = await cbo(dir, 'check', 'ci.yml', 'a.cbo.yaml', '--format', format, ...T);
        assert.equal(r.err, shown, format);
        // The other file is checked and fails as it would alone; ci.yml is nowhere in the output.
        assert.equal(r.code, text.code, format);
        assert.doesNotMatch(r.out, /ci\.yml/, format);
        const parsed = JSON.parse(r.out);
        if (format === 'json') assert.ok(parsed.length > 0 && parsed.every((x: { file: string }) => x.file === 'a.cbo.yaml'));
      }
      assert.equal(text.code, 1, text.out);
      assert.ok(text.err.startsWith(shown), text.err);
    });

    it('a named *.cbo.yaml is always checked, whatever it holds; a named link is read through', async () => {
      const outside = workspace({ 'real.yaml': GOOD_YAML });
      const dir = workspace({ 'compose.cbo.yaml': 'services: {}\n' });
      symlinkSync(path.join(outside, 'real.yaml'), path.join(dir, 'link.yaml'));
      const r = await cbo(dir, 'check', 'compose.cbo.yaml', 'link.yaml', '--format', 'json', ...T);
      assert.equal(r.code, 1);
      assert.equal(r.err, '');
      assert.ok((JSON.parse(r.out) as { file: string; ruleId: string }[]).some((x) => x.file === 'compose.cbo.yaml' && x.ruleId === 'schema'));
    });

    it('takes an outcomes: list written by hand without cbo: 1, and not an outcomes: map', async () => {
      const item = (t: string) => `  # the first one\n\n  - title: ${t}\n`;
      const dir = workspace({
        'plans.yaml': 'outcomes:\n' + item('Dispatchers plan next-day routes in the tool'),
        'flow.yml': 'outcomes: [{ title: Dispatchers plan next-day routes in the tool }]\n',
        'quoted.yaml': '"outcomes":\n- title: Dispatchers plan next-day routes in the tool\n',
        'scores.yaml': 'outcomes:\n  success: 3\n  failure: 1\n',
        'nested.yaml': 'report:\n  outcomes:\n    - a\n',
      });
      const r = await cbo(dir, 'check', 'plans.yaml', 'flow.yml', 'quoted.yaml', 'scores.yaml', 'nested.yaml', '--format', 'json', ...T);
      const checked = new Set((JSON.parse(r.out) as { file: string }[]).map((x) => x.file));
      assert.deepEqual([...checked].sort(), ['flow.yml', 'plans.yaml', 'quoted.yaml']);
      assert.deepEqual(r.err.split('\n').filter(Boolean).map((l) => /^cbo: (\S+) was not checked/.exec(l)?.[1]), ['nested.yaml', 'scores.yaml']);
      // A folder walk notes none of them: an outcomes: list alone is as often some other tool's
      // YAML (CI results), which would get the note on every run; only cbo: 1 is noted there.
      const walk = await cbo(dir, 'check', '.', ...T);
      assert.doesNotMatch(walk.err, /looks like a CBO document/);
    });

    it('takes a one-outcome file without cbo: 1 (its outcome: or metrics:), and a CI file with a metrics: of its own is not', async () => {
      const single = GOOD_YAML.replace(/^cbo: 1\n/m, '').replace('currency: USD', 'currency: UDS');
      assert.doesNotMatch(single, /^cbo:/m);
      assert.match(single, /^metrics:/m);
      const dir = workspace({ 'single.yaml': single, 'ci.yaml': CI, 'mon.yaml': 'scrape:\n  metrics: true\n' });
      const r = await cbo(dir, 'check', 'single.yaml', 'ci.yaml', 'mon.yaml', '--format', 'json', ...T);
      assert.equal(r.code, 0, r.err);
      const found = JSON.parse(r.out) as { file: string; ruleId: string }[];
      assert.ok(found.some((x) => x.file === 'single.yaml' && x.ruleId === 'unknown-currency'), r.out);
      assert.deepEqual(r.err.split('\n').filter(Boolean).map((l) => /^cbo: (\S+) was not checked/.exec(l)?.[1]), ['ci.yaml', 'mon.yaml']);
    });

    it('judges a pattern\'s matches as names: a quoted glob and the shell\'s check the same files', async () => {
      const single = GOOD_YAML.replace(/^cbo: 1\n/m, '');
      const dir = workspace({ 'single.yaml': single, 'ci.yaml': CI });
      const quoted = await cbo(dir, 'check', '*.yaml', '--format', 'json', ...T);
      const shell = await cbo(dir, 'check', 'ci.yaml', 'single.yaml', '--format', 'json', ...T);
      assert.deepEqual([quoted.code, quoted.out, quoted.err], [shell.code, shell.out, shell.err]);
      assert.match(quoted.err, /^cbo: ci\.yaml was not checked/);
      assert.ok((JSON.parse(quoted.out) as { file: string }[]).every((x) => x.file === 'single.yaml'));
    });

    it('warns of a named file that .cborc.yaml ignores, and gives no note on what it is', async () => {
      const dir = workspace({ '.cborc.yaml': 'ignore: [ci.yaml]\n', 'ci.yaml': CI });
      const r = await cbo(dir, 'check', 'ci.yaml', ...T);
      assert.equal(r.code, 0);
      assert.match(r.out, /^ci\.yaml:1:1 warning file-ignored File ignored because of a matching ignore pattern: "ci\.yaml" in \.cborc\.yaml/);
      assert.doesNotMatch(r.err, /was not checked: it is not named|No CBO YAML or Markdown files to check/);
      // Matched by a pattern, not named: nothing was checked, exit 2.
      const globbed = await cbo(dir, 'check', 'c*.yaml', ...T);
      assert.deepEqual([globbed.code, globbed.err], [2, 'cbo: nothing was checked under "c*.yaml": all 1 file found there is ignored (.cborc.yaml "ci.yaml")\n']);
    });
  });

  describe('reading the heads of passed-over YAML files', () => {
    it('mapAtMost runs at most N at once and gives results in the items\' order, whatever order they finish in', async () => {
      let running = 0;
      let most = 0;
      const items = Array.from({ length: 30 }, (_, i) => i);
      const got = await mapAtMost(8, items, async (i) => {
        running++;
        most = Math.max(most, running);
        // Later items finish first.
        await new Promise((r) => setTimeout(r, (30 - i) % 7));
        running--;
        return i * 10;
      });
      assert.deepEqual(got, items.map((i) => i * 10));
      assert.equal(most, 8);
      assert.deepEqual(await mapAtMost(8, [], async () => 1), []);
    });

    it('names the look-alikes of a walk in the same order on every run', async () => {
      const names = Array.from({ length: 24 }, (_, i) => `d${i % 3}/f${(i * 7) % 24}.yaml`);
      const dir = workspace(Object.fromEntries(names.map((n) => [n, 'cbo: 1\n'])));
      const order = async () => (await cbo(dir, 'check', '.', ...T)).err.split('\n').filter((l) => l.includes('looks like')).map((l) => l.split(' ')[1]);
      const first = await order();
      assert.deepEqual(first, [...names].sort());
      assert.deepEqual(await order(), first);
    });
  });

  describe('cbo plan says why it failed, and shows one coverage figure', () => {
    const PLAN = '# Plan\n\n## Load test\nTwice the peak.\n';
    const GATES = `id: gates
title: { en: Release gates, ko: 릴리스 관문 }
groups:
  - id: g
    title: { en: Gates, ko: 관문 }
    items:
      - { id: load-test, title: { en: Load test, ko: 부하 테스트 }, required: true, evidence: { headings: [Load test] }, skeleton: { en: "## Load test", ko: "## 부하 테스트" } }
      - { id: rollback-plan, title: { en: Rollback plan, ko: 롤백 계획 }, required: true, evidence: { headings: [Rollback plan] }, skeleton: { en: "## Rollback plan", ko: "## 롤백 계획" } }
      - { id: canary, title: { en: Canary, ko: 카나리 }, required: true, evidence: { headings: [Canary] }, skeleton: { en: "## Canary", ko: "## 카나리" } }
`;

    it('names the required items that are missing on stderr, in either format and language', async () => {
      const dir = workspace({ '.cborc.yaml': 'checklists: [./gates.yaml]\n', 'gates.yaml': GATES, 'plan.md': PLAN });
      for (const format of ['text', 'json']) {
        const r = await cbo(dir, 'plan', 'plan.md', '--checklist', 'gates', '--format', format);
        assert.equal(r.code, 1, format);
        assert.equal(r.err, 'cbo: plan.md: Release gates is missing 2 required items: rollback-plan, canary\n', format);
      }
      // A Korean line names the items in Korean, each id after it for a CI log to search; the
      // JSON keeps its ids as they were.
      const ko = await cbo(dir, 'plan', 'plan.md', '--checklist', 'gates', '--lang', 'ko');
      assert.equal(ko.err, 'cbo: plan.md: 릴리스 관문에 없는 필수 항목 2개: 롤백 계획(rollback-plan), 카나리(canary)\n');
      const koJson = await cbo(dir, 'plan', 'plan.md', '--checklist', 'gates', '--lang', 'ko', '--format', 'json');
      assert.equal(koJson.err, ko.err);
      const items = (JSON.parse(koJson.out) as { checklists: { items: { id: string; status: string }[] }[] }).checklists[0]!.items;
      assert.deepEqual(items.map((i) => `${i.id}:${i.status}`), ['load-test:found', 'rollback-plan:missing', 'canary:missing']);
      const done = workspace({ '.cborc.yaml': 'checklists: [./gates.yaml]\n', 'gates.yaml': GATES, 'plan.md': PLAN + '\n## Rollback plan\nOne click.\n\n## Canary\nFive per cent.\n' });
      const pass = await cbo(done, 'plan', 'plan.md', '--checklist', 'gates');
      assert.deepEqual([pass.code, pass.err], [0, '']);
    });

    it('prints the listing\'s coverage as the --min-coverage note does: one decimal, rounded down', async () => {
      const dir = workspace({ '.cborc.yaml': 'checklists: [./gates.yaml]\n', 'gates.yaml': GATES, 'plan.md': PLAN });
      const r = await cbo(dir, 'plan', 'plan.md', '--checklist', 'gates', '--min-coverage', '0.5');
      // One of three: 33.3%, in both places (the listing said "33%").
      assert.match(r.out, /^ {2}Release gates \(gates\): 33\.3% covered$/m);
      assert.equal(r.err, 'cbo: plan.md: Release gates is 33.3% covered, under --min-coverage 0.5\n');
      assert.match((await cbo(dir, 'plan', 'plan.md', '--checklist', 'gates', '--lang', 'ko')).out, /^ {2}릴리스 관문 \(gates\): 33\.3% 충족$/m);
      const two = workspace({ '.cborc.yaml': 'checklists: [./gates.yaml]\n', 'gates.yaml': GATES, 'plan.md': PLAN + '\n## Canary\nFive per cent.\n' });
      // Two of three (checkPlan's 0.667): "66.7%" in both, never "67%" in one of them.
      const t = await cbo(two, 'plan', 'plan.md', '--checklist', 'gates', '--min-coverage', '0.7');
      assert.match(t.out, /\(gates\): 66\.7% covered$/m);
      assert.match(t.err, /is 66\.7% covered, under --min-coverage 0\.7/);
    });
  });

  describe('cbo roi on a file it could not read in full', () => {
    it('a tab in the indentation: exit 1, one message that says no outcome could be read, and no "No outcomes were found"', async () => {
      const dir = workspace({ 'bad.cbo.yaml': 'cbo: 1\noutcomes:\n\t- title: Customers pay online\n' });
      const r = await cbo(dir, 'roi', 'bad.cbo.yaml', ...T);
      assert.equal(r.code, 1);
      assert.equal(r.out, '');
      assert.equal(r.err, 'cbo: bad.cbo.yaml has 1 reading problem (YAML syntax or schema); no outcome could be read, so there are no figures. Run "cbo check bad.cbo.yaml" for every finding.\n');
      assert.match((await cbo(dir, 'roi', 'bad.cbo.yaml', '--lang', 'ko', ...T)).err, /읽을 수 있는 성과가 하나도 없어 수치가 없습니다/);
      // The same exit as cbo check gives the file, and JSON still prints, with no outcome.
      assert.equal((await cbo(dir, 'check', 'bad.cbo.yaml', ...T)).code, 1);
      const json = await cbo(dir, 'roi', 'bad.cbo.yaml', '--format', 'json', ...T);
      assert.equal(json.code, 1);
      assert.deepEqual(JSON.parse(json.out).outcomes, []);
      // A file that simply holds no outcome still passes, and says so.
      const empty = await cbo(workspace({ 'notes.md': '# Notes\n' }), 'roi', 'notes.md', ...T);
      assert.deepEqual([empty.code, empty.out], [0, 'No outcomes were found in this file.\n']);
    });

    it('schema errors: the figures of what was read, exit 1; notes name the outcome and explain amounts without a currency', async () => {
      const yaml = 'cbo: 1\noutcomes:\n  - title: Customers pay online\n    categry: x\n    value:\n      investment: 1000\n      items: [ { type: hard-savings, amount: 500 } ]\n';
      const dir = workspace({ 's.cbo.yaml': yaml });
      const r = await cbo(dir, 'roi', 's.cbo.yaml', ...T);
      assert.equal(r.code, 1);
      assert.match(r.out, /^1 +Customers pay online +1,000\.00 +500\.00 /m);
      assert.match(r.out, /^note on outcome 1: no currency given, so its amounts are plain numbers$/m);
      assert.doesNotMatch(r.out, /^note \d/m);
      assert.match((await cbo(dir, 'roi', 's.cbo.yaml', '--lang', 'ko', ...T)).out, /^참고\(성과 1\): 통화가 없어 금액을 숫자로만 표시함$/m);
      // A clean file still exits 0.
      assert.equal((await cbo(workspace({ 'a.cbo.yaml': GOOD_YAML }), 'roi', 'a.cbo.yaml', ...T)).code, 0);
    });

    it('cbo report agrees with roi: nothing read is no report and exit 1; a half-read file is reported and exits 1', async () => {
      const dir = workspace({ 'bad.cbo.yaml': 'cbo: 1\noutcomes:\n\t- title: Customers pay online\n', 's.cbo.yaml': GOOD_YAML.replace('category: operational-efficiency', 'categry: operational-efficiency') });
      for (const format of ['md', 'html', 'json']) {
        const r = await cbo(dir, 'report', 'bad.cbo.yaml', '--format', format, ...T);
        assert.deepEqual([r.code, r.out], [1, ''], format);
        assert.equal(r.err, 'cbo: bad.cbo.yaml has 1 reading problem (YAML syntax or schema); no outcome could be read, so no report was written. Run "cbo check bad.cbo.yaml" for every finding.\n', format);
      }
      const o = await cbo(dir, 'report', 'bad.cbo.yaml', '-o', 'r.md', ...T);
      assert.equal(o.code, 1);
      assert.doesNotMatch(o.err, /wrote/);
      assert.ok(!existsSync(path.join(dir, 'r.md')), 'no report file');
      assert.match((await cbo(dir, 'report', 'bad.cbo.yaml', '--lang', 'ko', ...T)).err, /읽을 수 있는 성과가 하나도 없어 보고서를 쓰지 않았습니다/);
      const half = await cbo(dir, 'report', 's.cbo.yaml', ...T);
      assert.equal(half.code, 1);
      assert.match(half.out, /Returning customers finish checkout/);
      assert.match(half.err, /s\.cbo\.yaml has 1 reading problem \(YAML syntax or schema\); the report covers what could be read\./);
      // The config's severities, as for roi.
      writeFileSync(path.join(dir, '.cborc.yaml'), 'rules:\n  schema: off\n');
      assert.deepEqual([(await cbo(dir, 'report', 's.cbo.yaml', ...T)).code, (await cbo(dir, 'report', 's.cbo.yaml', ...T)).err], [0, '']);
    });

    it('nothing read is exit 1 even when .cborc.yaml makes the problem a warning: no report, no figures', async () => {
      const dir = workspace({ '.cborc.yaml': 'rules:\n  yaml-syntax: warning\n', 'bad.cbo.yaml': 'cbo: 1\noutcomes:\n\t- title: Customers pay online\n' });
      for (const format of ['md', 'json']) {
        const r = await cbo(dir, 'report', 'bad.cbo.yaml', '--format', format, ...T);
        assert.deepEqual([r.code, r.out], [1, ''], `${format}: ${r.err}`);
        assert.match(r.err, /no report was written/);
      }
      assert.equal((await cbo(dir, 'report', 'bad.cbo.yaml', '-o', 'r.md', ...T)).code, 1);
      assert.ok(!existsSync(path.join(dir, 'r.md')), 'no report file');
      for (const format of ['text', 'json']) assert.equal((await cbo(dir, 'roi', 'bad.cbo.yaml', '--format', format, ...T)).code, 1, `roi ${format}`);
    });

    it('applies .cborc.yaml as cbo check does: a problem switched off is not counted, a warning does not fail', async () => {
      const yaml = GOOD_YAML.replace('category: operational-efficiency', 'categry: operational-efficiency');
      for (const [setting, check, roi, said] of [
        ['off', 0, 0, false],
        ['warning', 0, 0, true],
        ['error', 1, 1, true],
      ] as const) {
        const dir = workspace({ '.cborc.yaml': `rules:\n  schema: ${setting}\n  hypothesis-link: off\n`, 's.cbo.yaml': yaml });
        const c = await cbo(dir, 'check', 's.cbo.yaml', ...T);
        assert.equal(c.code, check, `check, schema: ${setting}: ${c.out}`);
        const r = await cbo(dir, 'roi', 's.cbo.yaml', ...T);
        assert.equal(r.code, roi, `roi, schema: ${setting}`);
        assert.equal(/reading problem/.test(r.err), said, `roi, schema: ${setting}: ${r.err}`);
        assert.match(r.out, /^1 +Returning customers .* +\$250,000\.00 +\$80,000\.00 /m);
        assert.equal((await cbo(dir, 'roi', 's.cbo.yaml', '--format', 'json', ...T)).code, roi, `roi json, schema: ${setting}`);
      }
    });
  });

  describe('cbo check -o FILE, as report and portfolio take it', () => {
    const NO_BASELINE = GOOD_YAML.replace('    baseline: { value: 62, asOf: 2026-09-30 }\n', '');

    it('writes SARIF to the file, keeps the exit code, never overwrites without --force', async () => {
      const dir = workspace({ 'a.cbo.yaml': NO_BASELINE });
      const r = await cbo(dir, 'check', '--format', 'sarif', '-o', 'x.sarif', ...T);
      assert.equal(r.code, 1, 'the missing baseline is still an error');
      assert.equal(r.out, '');
      assert.equal(r.err, 'cbo: wrote x.sarif\n');
      const sarif = JSON.parse(readFileSync(path.join(dir, 'x.sarif'), 'utf8'));
      assert.equal(sarif.version, '2.1.0');
      assert.ok(sarif.runs[0].results.some((x: { ruleId: string }) => x.ruleId === 'missing-baseline'));
      const again = await cbo(dir, 'check', '--format', 'sarif', '-o', 'x.sarif', ...T);
      assert.equal(again.code, 2);
      assert.match(again.err, /x\.sarif already exists; add --force to replace it/);
      writeFileSync(path.join(dir, 'x.sarif'), 'old');
      assert.equal((await cbo(dir, 'check', '--format', 'sarif', '-o', 'x.sarif', '--force', ...T)).code, 1);
      assert.notEqual(readFileSync(path.join(dir, 'x.sarif'), 'utf8'), 'old');
    });

    it('takes the format from -o\'s extension, and writes text too', async () => {
      const dir = workspace({ 'a.cbo.yaml': NO_BASELINE });
      await cbo(dir, 'check', '-o', 'out/f.sarif', ...T);
      assert.equal(JSON.parse(readFileSync(path.join(dir, 'out/f.sarif'), 'utf8')).version, '2.1.0');
      await cbo(dir, 'check', '--output', 'f.json', ...T);
      assert.ok(Array.isArray(JSON.parse(readFileSync(path.join(dir, 'f.json'), 'utf8'))));
      const text = await cbo(dir, 'check', '-o', 'f.txt', ...T);
      assert.equal(text.out, '');
      assert.match(readFileSync(path.join(dir, 'f.txt'), 'utf8'), /^a\.cbo\.yaml:8:3 error missing-baseline /m);
      assert.match(text.err, /^cbo: wrote f\.txt\n\d+ problems? .*\n$/);
    });

    it('prints the findings first, then the notes, then the count, as ESLint does (a terminal or 2>&1 shows them in this order)', async () => {
      const dir = workspace({ 'a.cbo.yaml': NO_BASELINE, 'notes.md': '# Notes\n' });
      const r = await cboInOrder(dir, 'check', 'a.cbo.yaml', 'notes.md', ...T);
      assert.equal(r.code, 1);
      const kinds = r.writes.map(([stream, s]) => (stream === 'out' ? 'finding' : s.startsWith('cbo: ') ? 'note' : 'summary'));
      assert.deepEqual([...new Set(kinds)], ['finding', 'note', 'summary'], JSON.stringify(r.writes));
      assert.match(r.writes[r.writes.length - 1]![1], /^\d+ problems? \(/);
    });

    it('-o: says it wrote the file, then the count; a write that fails gets no count', async () => {
      const dir = workspace({ 'a.cbo.yaml': GOOD_YAML, 'taken.txt': 'mine' });
      const ok = await cbo(dir, 'check', 'a.cbo.yaml', '-o', 'f.txt', ...T);
      assert.match(ok.err, /^cbo: wrote f\.txt\n1 problem \(/);
      const refused = await cbo(dir, 'check', 'a.cbo.yaml', '-o', 'taken.txt', ...T);
      assert.equal(refused.code, 2);
      assert.equal(refused.err, 'cbo: taken.txt already exists; add --force to replace it, or choose another -o file.\n');
      assert.equal(readFileSync(path.join(dir, 'taken.txt'), 'utf8'), 'mine');
    });

    it('warns when --format names another format than -o\'s extension, and writes what --format says', async () => {
      const dir = workspace({ 'a.cbo.yaml': GOOD_YAML });
      const r = await cbo(dir, 'check', 'a.cbo.yaml', '--format', 'json', '-o', 'o.sarif', ...T);
      assert.equal(r.code, 0);
      assert.equal(r.err, 'cbo: warning: -o o.sarif is named as sarif, but --format json is what is written to it\ncbo: wrote o.sarif\n');
      assert.ok(Array.isArray(JSON.parse(readFileSync(path.join(dir, 'o.sarif'), 'utf8'))));
      assert.match((await cbo(dir, 'report', 'a.cbo.yaml', '--format', 'html', '-o', 'r.md', ...T)).err, /^cbo: warning: -o r\.md is named as md, but --format html/);
      assert.match((await cbo(dir, 'portfolio', '.', '--format', 'md', '-o', 'p.json', ...T)).err, /^cbo: warning: -o p\.json is named as json, but --format md/);
      assert.match((await cbo(dir, 'check', 'a.cbo.yaml', '--format', 'text', '-o', 'o.json', '--lang', 'ko', ...T)).err, /^cbo: 경고: -o o\.json 이름은 json 파일을 뜻하지만 --format text로 씁니다\n/);
      // GitLab's report by its usual name, in our JSON list (the format -o's .json picks).
      assert.match((await cbo(dir, 'check', 'a.cbo.yaml', '-o', 'gl-code-quality-report.json', ...T)).err, /^cbo: warning: -o gl-code-quality-report\.json is GitLab's code-quality report, but --format json is written to it; GitLab reads --format gitlab\n/);
      // Agreeing, or a name that names no format: nothing to say.
      // SARIF and GitLab reports are JSON: a .json name is theirs too (gl-code-quality-report.json).
      for (const argv of [['--format', 'sarif', '-o', 'b.sarif'], ['--format', 'json', '-o', 'c.txt'], ['-o', 'd.json'], ['--format', 'gitlab', '-o', 'gl-code-quality-report.json'], ['--format', 'sarif', '-o', 'e.json']]) assert.doesNotMatch((await cbo(dir, 'check', 'a.cbo.yaml', ...argv, ...T)).err, /warning/, argv.join(' '));
    });

    it('refuses to write onto a file it read, even with --force: a CBO file, a plan, a .cborc.yaml', async () => {
      const dir = workspace({ '.cborc.yaml': 'lang: en\n', 'a.cbo.yaml': NO_BASELINE, 'plan.md': '## CBO: Customers pay online\n', 'cfg.yaml': 'lang: en\n' });
      for (const [target, extra] of [['a.cbo.yaml', []], ['plan.md', []], ['.cborc.yaml', []], ['cfg.yaml', ['--config', 'cfg.yaml']]] as const) {
        const r = await cbo(dir, 'check', '.', ...extra, '-o', target, '--force', '--format', 'json', ...T);
        assert.equal(r.code, 2, target);
        assert.match(r.err, /is a source file this command reads/, target);
      }
      assert.equal(readFileSync(path.join(dir, 'a.cbo.yaml'), 'utf8'), NO_BASELINE);
      assert.equal(readFileSync(path.join(dir, 'plan.md'), 'utf8'), '## CBO: Customers pay online\n');
    });
  });

  describe('words that must agree', () => {
    it('the top-level --help names every format each command writes, in English and Korean', () => {
      const helps: Record<string, Help> = { check: CHECK_HELP, rules: RULES_HELP, roi: ROI_HELP, report: REPORT_HELP, plan: PLAN_HELP, portfolio: PORTFOLIO_HELP };
      const spoken: Record<string, RegExp> = { text: /\btext\b/i, json: /\bjson\b/i, sarif: /\bsarif\b/i, gitlab: /\bgitlab\b/i, md: /\bmarkdown\b/i, html: /\bhtml\b/i };
      for (const [lang, top] of [['en', HELP], ['ko', HELP_KO]] as const) {
        const lines = top.split('\n');
        for (const [cmd, both] of Object.entries(helps)) {
          const help = both[lang];
          const formats = /--format ([a-z|]+)/.exec(help)![1]!.split('|');
          // The command's line and the lines that continue it (indented past the command column).
          const at = lines.findIndex((l) => l.startsWith(`  cbo ${cmd} `));
          let block = lines[at]!;
          for (let i = at + 1; /^ {30,}\S/.test(lines[i] ?? ''); i++) block += ' ' + lines[i]!;
          // The default format of a command that takes --format json alone goes without saying.
          for (const f of formats.length === 2 && formats[0] === 'text' ? ['json'] : formats) assert.match(block, spoken[f]!, `${lang} ${cmd}: ${f} in "${block}"`);
        }
      }
    });

    it('payback is "N.N months" in cbo roi, the report and the canvas alike', async () => {
      // 150,000 against 450,000 a year: 4 months exactly, which roi showed as "4 mo" beside the report's "9.6 months".
      const yaml = GOOD_YAML.replace('investment: 250000', 'investment: 150000').replace('amount: 80000', 'amount: 450000');
      const dir = workspace({ 'a.cbo.yaml': yaml });
      assert.match((await cbo(dir, 'roi', 'a.cbo.yaml', ...T)).out, /^1 .* 4\.0 months$/m);
      assert.match((await cbo(dir, 'roi', 'a.cbo.yaml', '--lang', 'ko', ...T)).out, /^1 .* 4\.0개월$/m);
      assert.match((await cbo(dir, 'report', 'a.cbo.yaml', ...T)).out, /payback 4\.0 months/);
      const view = outcomeView(parseDocument(yaml, 'yaml').doc.outcomes[0]!, [], { today: '2026-11-22', lang: 'en' });
      assert.equal(view.roi?.payback, '4.0 months');
    });

    it('portfolio text puts the outcomes left out after a semicolon, not in brackets inside brackets', async () => {
      const r = await cbo(path.resolve('test/fixtures/portfolio'), 'portfolio', ...T);
      assert.match(r.out, /ROI demonstrable: [\d.]+% \(3 of 3 accounts; 1 outcome with no account left out\), /);
      assert.doesNotMatch(r.out, /\([^()\n]*\(/);
    });

    it('SARIF says what %SRCROOT% is: the git work tree\'s root the paths start from', async () => {
      const dir = workspace({ '.git/HEAD': 'ref: refs/heads/main\n', 'plans/a.cbo.yaml': GOOD_YAML });
      const sarif = JSON.parse((await cbo(path.join(dir, 'plans'), 'check', '.', '--format', 'sarif', ...T)).out);
      const run = sarif.runs[0];
      assert.equal(run.artifacts[0].location.uri, 'plans/a.cbo.yaml');
      assert.match(run.originalUriBaseIds['%SRCROOT%'].description.text, /^The root of the git work tree cbo check ran in/);
    });
  });

  describe('replacement-character and a literal U+FFFD', () => {
    const PLAN = (middle: string) => `## CBO: Customers of Caf${middle} pay online\n`;

    it('a valid UTF-8 file that holds a literal U+FFFD draws no finding; one with a 0xFF byte still does', async () => {
      const dir = workspace({});
      writeFileSync(path.join(dir, 'literal.md'), Buffer.from(PLAN('\uFFFD'), 'utf8'));
      writeFileSync(path.join(dir, 'latin1.md'), Buffer.concat([Buffer.from(PLAN('').slice(0, 19), 'utf8'), Buffer.from([0xff]), Buffer.from(PLAN('').slice(19), 'utf8')]));
      const rows = async (f: string) => (JSON.parse((await cbo(dir, 'check', f, '--format', 'json', ...T)).out) as { ruleId: string }[]).map((x) => x.ruleId);
      assert.ok(!(await rows('literal.md')).includes('replacement-character'));
      assert.ok((await rows('latin1.md')).includes('replacement-character'));
      // The same for YAML, in a folder walk.
      writeFileSync(path.join(dir, 'a.cbo.yaml'), GOOD_YAML.replace('Two contractor seats', 'Two seats \uFFFD'));
      writeFileSync(path.join(dir, 'b.cbo.yaml'), Buffer.concat([Buffer.from(GOOD_YAML.replace('Two contractor seats', 'Two seats '), 'utf8').subarray(0, 60), Buffer.from([0xff]), Buffer.from(GOOD_YAML, 'utf8').subarray(60)]));
      const all = JSON.parse((await cbo(dir, 'check', '.', '--format', 'json', ...T)).out) as { file: string; ruleId: string }[];
      assert.deepEqual(all.filter((x) => x.ruleId === 'replacement-character').map((x) => x.file).sort(), ['b.cbo.yaml', 'latin1.md']);
    });

    it('a file with both a literal U+FFFD and bytes that are not UTF-8: counts and points at the bytes only', async () => {
      const dir = workspace({});
      // Line 1 holds a literal one; line 3 a 0xFF and a lone continuation byte 0x80, at columns 14 and 19.
      const bytes = Buffer.concat([Buffer.from('## CBO: Caf\uFFFD pay online\n\nCustomers of ', 'utf8'), Buffer.from([0xff]), Buffer.from(' and ', 'utf8'), Buffer.from([0x80]), Buffer.from('\n', 'utf8')]);
      writeFileSync(path.join(dir, 'both.md'), bytes);
      const rows = JSON.parse((await cbo(dir, 'check', 'both.md', '--format', 'json', ...T)).out) as { ruleId: string; line: number; column: number; message: string; severity: string }[];
      const hits = rows.filter((x) => x.ruleId === 'replacement-character');
      assert.equal(hits.length, 1, JSON.stringify(rows));
      assert.deepEqual([hits[0]!.line, hits[0]!.column, hits[0]!.severity], [3, 14, 'warning']);
      assert.match(hits[0]!.message, /^This file holds 2 characters that could not be read as UTF-8/);
      // Korean, and one bad byte: "1".
      writeFileSync(path.join(dir, 'one.md'), Buffer.concat([Buffer.from('## CBO: \uFFFD\n\n', 'utf8'), Buffer.from([0xe9, 0x0a])]));
      const ko = JSON.parse((await cbo(dir, 'check', 'one.md', '--format', 'json', '--lang', 'ko', ...T)).out) as { ruleId: string; line: number; message: string }[];
      const k = ko.find((x) => x.ruleId === 'replacement-character')!;
      assert.equal(k.line, 3);
      assert.match(k.message, /UTF-8로 읽을 수 없는 글자가 1개/);
    });

    it('undecodableBytes finds the � a UTF-8 decoder makes, as Node decodes, and never a literal one', () => {
      // UTF-16 offsets, as the text is indexed (a character past U+FFFF takes two).
      const fffd = (t: string) => Array.from(t.matchAll(/\uFFFD/g), (m) => m.index);
      const cases = [[0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xf0, 0x9f, 0x98], [0xf4, 0x90, 0x80, 0x80], [0xc0, 0xaf], [0x41, 0xe2, 0x82, 0x41], [0xef, 0xbb, 0xbf, 0xff, 0x41]];
      // Seeded, so a failure can be run again; no byte 0xBD, so no literal U+FFFD (EF BF BD) can be made.
      let seed = 7;
      const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) >>> 8;
      for (let k = 0; k < 300; k++) cases.push(Array.from({ length: 1 + (next() % 24) }, () => [0x41, 0x80, 0xbf, 0xc2, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xff, 0x9f, 0xa0, 0x90, 0x8f][next() % 14]!));
      for (const c of cases) {
        const text = Buffer.from(c).toString('utf8').replace(/^\uFEFF/, '');
        const u = undecodableBytes(Uint8Array.from(c));
        assert.deepEqual([u.length, u.at, u.count], [text.length, fffd(text), fffd(text).length], c.map((b) => b.toString(16)).join(' '));
      }
      // A literal U+FFFD beside a bad byte: only the bad byte.
      const mixed = undecodableBytes(Buffer.concat([Buffer.from('a\uFFFDb', 'utf8'), Buffer.from([0xff])]));
      assert.deepEqual([mixed.at, mixed.count, mixed.length], [[3], 1, 4]);
    });

    it('lint takes the offsets decoding made: counts and points at those, and none means no finding', () => {
      const config = resolveConfig({}, { today: '2026-11-22' });
      // A literal � on line 1 (written there), and bytes 0xFF and 0x80 on line 3.
      const bytes = Buffer.concat([Buffer.from('## CBO: Caf\uFFFD pay online\n\nCustomers of ', 'utf8'), Buffer.from([0xff]), Buffer.from(' and ', 'utf8'), Buffer.from([0x80]), Buffer.from('\n', 'utf8')]);
      const text = bytes.toString('utf8');
      const made = undecodableBytes(bytes).at;
      const hits = lint(text, 'markdown', config, undefined, { undecodable: made }).findings.filter((f) => f.ruleId === 'replacement-character');
      assert.equal(hits.length, 1);
      assert.deepEqual([hits[0]!.start.line, hits[0]!.start.character], [2, 13]);
      assert.match(hits[0]!.message, /holds 2 characters/);
      // Every � written there: nothing to say, in either kind.
      for (const kind of ['markdown', 'yaml'] as const) {
        const own = kind === 'yaml' ? GOOD_YAML.replace('Two contractor seats', 'Two seats \uFFFD') : PLAN('\uFFFD');
        assert.ok(!lint(own, kind, config, undefined, { undecodable: [] }).findings.some((f) => f.ruleId === 'replacement-character'), kind);
      }
      // Offsets of other bytes (beside the text's �) are not believed: the text's own count stands.
      const off = lint(text, 'markdown', config, undefined, { undecodable: [made[0]! + 1] }).findings.filter((f) => f.ruleId === 'replacement-character');
      assert.deepEqual([off.length, off[0]!.span.start], [1, text.indexOf('\uFFFD')]);
      assert.match(off[0]!.message, /holds 3 characters/);
    });

    it('the engine, which sees only text (the editor), still reports the character', () => {
      const r = lint(PLAN('\uFFFD'), 'markdown', resolveConfig({}, { today: '2026-11-22' }));
      assert.ok(r.findings.some((f) => f.ruleId === 'replacement-character'));
    });
  });
});
