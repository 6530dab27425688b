// What a second new user met: a named empty CBO file the portfolio described as if no CBO file
// had been given, a mistyped command or option with no hint. Each case fails on the code
// before its fix.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { HELP } from '../../src/cli/main';
import { HELP_KO, type Help } from '../../src/cli/help';
import { CHECK_HELP } from '../../src/cli/check';
import { NEW_HELP } from '../../src/cli/new';
import { PLAN_HELP } from '../../src/cli/plan';
import { PORTFOLIO_HELP } from '../../src/cli/portfolio';
import { REPORT_HELP } from '../../src/cli/report';
import { ROI_HELP } from '../../src/cli/roi';
import { RULES_HELP } from '../../src/cli/rules';
import { onlyNear } from '../../src/core/edit-distance';
import { cbo, removeWorkspaces, workspace } from './cli-run';
import { GOOD_YAML } from './helpers';

after(() => removeWorkspaces());

const T = ['--today', '2026-11-22'];
const HINT = /A portfolio reads \*\.cbo\.yaml/;
const EMPTY = 'empty.cbo.yaml: no outcome in this file; a CBO file has a `title:` and `metrics:`, or `outcomes:` with items';

describe('the CLI for a second new user', function () {
  this.timeout(30_000);

  describe('cbo portfolio on a named file that holds no outcome', () => {
    it('says the named file holds no outcome, as cbo check does, instead of what a portfolio reads', async () => {
      const dir = workspace({ 'empty.cbo.yaml': '', 'notes.md': '# Notes\n' });
      const r = await cbo(dir, 'portfolio', 'empty.cbo.yaml', ...T);
      assert.equal(r.code, 0);
      assert.doesNotMatch(r.out, HINT);
      assert.ok(r.out.endsWith(`\n\n${EMPTY}\n`), r.out);
      assert.equal(r.err, '');
      // The same words as cbo check's note.
      assert.equal((await cbo(dir, 'check', 'empty.cbo.yaml')).err.split('\n')[0], `cbo: ${EMPTY}`);
      const ko = await cbo(dir, 'portfolio', 'empty.cbo.yaml', 'notes.md', '--lang', 'ko', ...T);
      assert.match(ko.out, /^empty\.cbo\.yaml: 이 파일에 성과가 없습니다\.[^\n]*\nnotes\.md: CBO 성과를 찾지 못했습니다\./m);
      assert.doesNotMatch(ko.out, /포트폴리오는 \*\.cbo\.yaml/);
    });

    it('in Markdown, HTML and report --portfolio too; JSON, which has no such line, notes it on stderr', async () => {
      const dir = workspace({ 'empty.cbo.yaml': '# to be written\n' });
      for (const argv of [['portfolio', 'empty.cbo.yaml', '--format', 'md'], ['portfolio', 'empty.cbo.yaml', '--format', 'html'], ['report', '--portfolio', 'empty.cbo.yaml']]) {
        const r = await cbo(dir, ...argv, ...T);
        assert.doesNotMatch(r.out, HINT, argv.join(' '));
        assert.match(r.out, /empty\.cbo\.yaml: no outcome in this file/, argv.join(' '));
        assert.equal(r.err, '', argv.join(' '));
      }
      const json = await cbo(dir, 'portfolio', 'empty.cbo.yaml', '--format', 'json', ...T);
      assert.deepEqual((JSON.parse(json.out) as { outcomes: unknown[] }).outcomes, []);
      assert.equal(json.err, `cbo: ${EMPTY}\n`);
    });

    it('beside a file with outcomes, notes it on stderr; a folder walk of it alone says nothing was read', async () => {
      const dir = workspace({ 'empty.cbo.yaml': '', 'a.cbo.yaml': GOOD_YAML });
      const both = await cbo(dir, 'portfolio', 'empty.cbo.yaml', 'a.cbo.yaml', ...T);
      // The named file was read: it counts among the files, with no outcome.
      assert.match(both.out, /1 outcome in 2 files/);
      assert.equal(both.err, `cbo: ${EMPTY}\n`);
      assert.doesNotMatch((await cbo(dir, 'portfolio', '.', ...T)).err, /no outcome in this file/);
      // Walked, not named: a portfolio with not one outcome is nothing to report (exit 2), and says what it reads.
      const walked = await cbo(workspace({ 'sub/empty.cbo.yaml': '' }), 'portfolio', 'sub', ...T);
      assert.deepEqual([walked.code, walked.out], [2, '']);
      assert.equal(walked.err, 'cbo: nothing was read: the file found holds no CBO outcome (a Markdown plan needs a "## CBO:" heading or a ```cbo block)\n');
      // A file that does not parse is named by its syntax error, not by this note.
      const broken = await cbo(workspace({ 'b.cbo.yaml': 'title: x\n  bad: [\n' }), 'portfolio', 'b.cbo.yaml', ...T);
      assert.doesNotMatch(broken.out + broken.err, /no outcome in this file/);
    });
  });

  describe('a misspelt command or option', () => {
    it('suggests the command one or two edits away, in English and Korean', async () => {
      const dir = workspace({});
      const r = await cbo(dir, 'chek');
      assert.equal(r.code, 2);
      assert.equal(r.err, 'cbo: unknown command "chek"; did you mean "check"?\nRun "cbo --help" for usage.\n');
      assert.match((await cbo(dir, 'chek', '--lang', 'ko')).err, /^cbo: 알 수 없는 명령 "chek"\. "check"를 뜻했나요\?\n/);
      assert.match((await cbo(dir, 'portfolo')).err, /did you mean "portfolio"\?/);
      assert.match((await cbo(dir, 'repot')).err, /did you mean "report"\?/);
      // Too far from every command, or too short to be a typo of one: no guess.
      for (const cmd of ['frob', 'r', 'rpt']) assert.doesNotMatch((await cbo(dir, cmd)).err, /did you mean/, cmd);
    });

    it("suggests a single close match among the command's own options", async () => {
      const dir = workspace({ 'a.cbo.yaml': GOOD_YAML });
      const r = await cbo(dir, 'check', 'a.cbo.yaml', '--fromat', 'json');
      assert.equal(r.code, 2);
      assert.match(r.err, /^cbo: unknown option --fromat; did you mean --format\?\n/);
      assert.match((await cbo(dir, 'check', '--lang', 'ko', '--fromat', 'json')).err, /^cbo: 알 수 없는 옵션 --fromat\. --format을 뜻했나요\?\n/);
      assert.match((await cbo(dir, 'portfolio', '--forse')).err, /did you mean --force\?/);
      // Not an option of this command (roi takes no -o), a short option, or nothing near: no guess.
      for (const argv of [['roi', 'a.cbo.yaml', '--outptu', 'x'], ['check', '-x'], ['check', '--colour']]) assert.doesNotMatch((await cbo(dir, ...argv)).err, /did you mean/, argv.join(' '));
    });

    it('names no candidate when two are equally near', () => {
      assert.equal(onlyNear('chek', ['check', 'cheek']), undefined);
      assert.equal(onlyNear('chek', ['check', 'roi']), 'check');
      assert.equal(onlyNear('xyzw', ['check']), undefined);
    });
  });

  it('the top-level --help names every command that takes -o where it says what -o does, in English and Korean', () => {
    const helps: Record<string, Help> = { check: CHECK_HELP, rules: RULES_HELP, roi: ROI_HELP, report: REPORT_HELP, plan: PLAN_HELP, portfolio: PORTFOLIO_HELP, new: NEW_HELP };
    for (const [lang, top, where] of [['en', HELP, /-o (OUT|FILE) instead/], ['ko', HELP_KO, /-o (OUT|FILE)\S* 주면 표준 출력 대신/]] as const) {
      // The paragraph of the top-level help that says where -o writes.
      const said = top.split('\n\n').find((para) => where.test(para))!;
      assert.ok(said, lang);
      for (const [cmd, help] of Object.entries(helps)) {
        const takesO = /^ {2}-o, --output /m.test(help[lang]);
        assert.equal(new RegExp(`\\b${cmd}\\b`).test(said), takesO, `${lang} ${cmd} in "${said}"`);
      }
    }
  });

  describe('examples/README.md says what the CLI says of the examples', () => {
    const ROOT = process.cwd();
    const readme = readFileSync(path.join(ROOT, 'examples', 'README.md'), 'utf8');
    /** The paragraph of the README that starts with `lead`, on one line. */
    const paragraph = (lead: string) => {
      const at = readme.indexOf(lead);
      assert.ok(at >= 0, lead);
      return readme.slice(at, readme.indexOf('\n\n', at)).replace(/\s+/g, ' ');
    };

    it("quotes each plan's coverage as cbo plan prints it", async () => {
      // By default the English plan gets three checklists (two for its headings), the Korean one
      // two; the README quotes those, and what the others give when asked for by --checklist.
      // On the README's day: once an outcome's deadline has passed it is no SMART CBO any more
      // (plan.ko.md from 2027-04-01), and the coverage falls.
      for (const [file, lead, count] of [['examples/plan.md', '`node bin/cbo.js plan examples/plan.md --today 2026-11-29`:', 3], ['examples/plan.ko.md', 'The Korean plan', 2]] as const) {
        const r = await cbo(ROOT, 'plan', file, '--today', '2026-11-29');
        const said = paragraph(lead).toLowerCase();
        const figures = [...r.out.matchAll(/^ {2}(.+) \([a-z-]+\): (\d+\.\d%) covered$/gm)];
        assert.equal(figures.length, count, r.out);
        const asked = await cbo(ROOT, 'plan', file, '--checklist', 'delivery', '--checklist', 'workshop-readiness', '--today', '2026-11-29');
        const more = [...asked.out.matchAll(/^ {2}(.+) \([a-z-]+\): (\d+\.\d%) covered$/gm)].filter(([, title]) => !figures.some((f) => f[1] === title));
        for (const [, title, pct] of figures.concat(more)) assert.ok(said.includes(`${title!.toLowerCase()} ${pct}`), `${file}: "${title} ${pct}" in "${said}"`);
      }
    });

    it('quotes the check summary, and says the README is one of the files it counts', async () => {
      const r = await cbo(ROOT, 'check', 'examples', '--today', '2026-11-29');
      const m = /^(\d+) problems \((\d+ errors, \d+ warnings, \d+ info)\) in (\d+ of \d+ files)\n$/m.exec(r.err)!;
      assert.ok(m, r.err);
      const said = paragraph('`node bin/cbo.js check examples --today 2026-11-29`');
      assert.ok(said.includes(`gives ${m[1]} findings (${m[2]})`), said);
      assert.ok(said.includes(`"in ${m[3]}": the seventh file is this README`), said);
    });
  });
});
