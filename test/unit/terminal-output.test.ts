// Text from a file never reaches the terminal raw: every command, every format, on a file
// whose title, owner, assumptions, config keys, plan headings and name hold terminal escapes
// (ESC, OSC, BEL, C1) and bidi controls ("Trojan Source"). The reports (Markdown, HTML) show
// bidi controls as visible escapes; roi cuts long titles between graphemes, by columns.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { escapeInline } from '../../src/core/portfolio/escape-md';
import { displayWidth, fitColumns } from '../../src/core/text/columns';
import { escapeTerminal } from '../../src/core/text/controls';
import { escapeHtml } from '../../src/core/view/escape';
import { escapeControls } from '../../src/cli/escape';
import { cbo, cboInput, removeWorkspaces, workspace } from './cli-run';

after(() => removeWorkspaces());

// Clear the screen, turn red, set the window title, ring the bell, a C1 CSI, a line separator,
// and every bidi control: RLO (reads "exe.png" backwards), the isolates, LRM/RLM and ALM.
const HOSTILE = '\u001b[2J\u001b[31mPWNED\u001b]0;evil\u0007 \u009b1m \u2028 \u202Egnp.exe \u202A\u202B\u202C\u202D \u2066\u2067\u2068x\u2069 \u200E\u200F\u061C';
// eslint-disable-next-line no-control-regex -- the test looks for raw control characters
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const NAME = `evil\u001b]0;x\u0007\u202E.cbo.yaml`;
const PLAN = `plan\u202E\u001b[2J.md`;
/**
 * A plan with no outcome, named on the command line (a note names it), and a YAML look-alike a
 * walk names. In a folder of their own with a clean .cborc.yaml, so the checks that print the
 * notes exit 0, not 2 for the hostile one (a run that exits 2 could print nothing but usage).
 */
const CLEAN = 'clean';
const NOTES = `${CLEAN}/notes\u202E\u001b]0;x\u0007.md`;
const LOOK_ALIKE = `${CLEAN}/cbo\u001b]0;x\u0007\u202E.yaml`;
const q = (s: string) => JSON.stringify(s); // a YAML double-quoted scalar reads JSON's escapes

function hostileWorkspace(): string {
  const yaml = readFileSync(path.resolve('examples/checkout.cbo.yaml'), 'utf8')
    .replace(/^title: .*$/m, `title: ${q(HOSTILE)}`)
    .replace(/^owner: .*$/m, `owner: ${q(HOSTILE)}`)
    .replace(/^account: .*$/m, `account: ${q(HOSTILE)}`)
    .replace(/assumption: Two contract.*$/m, `assumption: ${q(HOSTILE)}`);
  const plan = readFileSync(path.resolve('examples/plan.md'), 'utf8').replace(/^## (.*)$/m, `## $1 ${HOSTILE}`) + `\n## Tasks ${HOSTILE}\n\n- [ ] ${HOSTILE}\n`;
  return workspace({ [NAME]: yaml, [PLAN]: plan, [NOTES]: `# ${HOSTILE}\n`, [LOOK_ALIKE]: 'cbo: 1\n', '.cborc.yaml': `${q(HOSTILE)}: 1\n`, [`${CLEAN}/.cborc.yaml`]: '# no settings\n' }, 'cbo-hostile-');
}

const T = ['--today', '2026-11-22'];
// `cbo new` answered through a pipe: the hostile text is an answer it echoes (the account and the
// current state), one it refuses (the category) and one it writes (-o - prints the YAML); the
// hostile file's account is listed at the account step.
const NEW_ANSWERS = [HOSTILE, HOSTILE, 'b', 'c', 'd', "Analysts prepare the morning meeting from yesterday's sales report", "If analysts see yesterday's sales before the meeting, prices move a day earlier because decisions no longer wait", 'Report ready before 9:00 (%)', '40 on 2026-09-30', '95 by 2027-06-30', HOSTILE, '1', '', ''].join('\n') + '\n';
/**
 * A command given as an object must exit `exit`, else 0 or 1 (one that rejects its arguments
 * prints only a usage line), and print what `says` matches on stderr, escaped.
 */
interface Checked {
  argv: string[];
  stdin?: string;
  exit?: number;
  says?: RegExp;
}
const COMMANDS: (string[] | Checked)[] = [
  ['check', ...T],
  ['check', '--format', 'json', ...T],
  ['check', '--format', 'sarif', ...T],
  ['check', '--format', 'gitlab', ...T],
  ['check', NAME, '--lang', 'ko', ...T],
  { argv: ['check', NOTES, ...T], says: /^cbo: clean\/notes\\u202e\\u001b\]0;x\\u0007\.md: no CBO outcome found;/m },
  { argv: ['check', CLEAN, '--lang', 'ko', ...T], says: /^cbo: clean\/cbo\\u001b\]0;x\\u0007\\u202e\.yaml 파일은 CBO 문서\(cbo: 1\)로 보이지만/m },
  ['rules'],
  ['roi', NAME, ...T],
  ['roi', NAME, '--lang', 'ko', ...T],
  ['roi', NAME, '--format', 'json', ...T],
  ['report', NAME, ...T],
  ['report', NAME, '--format', 'html', ...T],
  ['report', NAME, '--format', 'json', ...T],
  ['report', '--portfolio', '.', ...T],
  ['report', '--portfolio', '.', '--format', 'json', ...T],
  ['plan', PLAN, ...T],
  ['plan', PLAN, '--format', 'json', ...T],
  ['plan', PLAN, '--min-coverage', '1', ...T],
  ['portfolio', ...T],
  ['portfolio', '--format', 'json', ...T],
  ['portfolio', '--format', 'md', ...T],
  ['portfolio', '--format', 'html', ...T],
  ['roi', `missing${HOSTILE}.cbo.yaml`],
  ['plan', `missing${HOSTILE}.md`],
  [HOSTILE],
  ['check', `--${HOSTILE}`],
  ['--help'],
  ['lsp', '--help'],
  { argv: ['new', '-o', '-', ...T], stdin: NEW_ANSWERS, exit: 0 },
];

describe('terminal output', () => {
  describe('every command prints no raw control or bidi character', () => {
    let dir: string;
    before(() => {
      dir = hostileWorkspace();
    });
    for (const c of COMMANDS) {
      const argv = Array.isArray(c) ? c : c.argv;
      it(`cbo ${escapeControls(argv.join(' '))}`, async () => {
        const r = Array.isArray(c) ? await cbo(dir, ...argv) : c.stdin !== undefined ? await cboInput(dir, c.stdin, ...argv) : await cbo(dir, ...argv);
        if (!Array.isArray(c)) {
          if (c.exit !== undefined) assert.equal(r.code, c.exit, escapeControls(r.err));
          else assert.ok(r.code === 0 || r.code === 1, `exit ${r.code}: ${escapeControls(r.err)}`);
          if (c.says) assert.match(r.err, c.says);
        }
        assert.ok(r.out.length + r.err.length > 0, 'printed something');
        const at = RAW.exec(r.out + r.err);
        assert.equal(at, null, at ? `raw U+${at[0].codePointAt(0)!.toString(16)} in: ${escapeControls((r.out + r.err).slice(Math.max(0, at.index - 60), at.index + 20))}` : '');
      });
    }

    it('JSON stays JSON with the same values: the escapes are JSON\'s own', async () => {
      const r = await cbo(dir, 'roi', NAME, '--format', 'json', ...T);
      const json = JSON.parse(r.out) as { file: string; outcomes: { title: string }[] };
      assert.equal(json.outcomes[0]!.title, HOSTILE);
      assert.equal(json.file, NAME);
    });

    it('the text shows what was there: \\u202e for RLO, \\u001b for ESC', async () => {
      const r = await cbo(dir, 'portfolio', ...T);
      assert.match(r.out, /\\u001b\[2J\\u001b\[31mPWNED\\u001b\]0;evil\\u0007 \\u009b1m \\u2028 \\u202egnp\.exe/);
    });
  });

  describe('the layers', () => {
    it('escapeTerminal keeps lines and tabs, escapes the rest, and is idempotent', () => {
      const s = `a\tb\nc\r${HOSTILE}`;
      const once = escapeTerminal(s);
      assert.ok(once.startsWith('a\tb\nc\\u000d'));
      assert.doesNotMatch(once, RAW);
      assert.equal(escapeTerminal(once), once);
    });

    it('escapeControls makes one line of a field, bidi controls too', () => {
      assert.equal(escapeControls('a\nb\u202Ec\u2066'), 'a\\nb\\u202ec\\u2066');
    });

    it('Markdown and HTML reports show bidi controls as visible escapes', () => {
      assert.equal(escapeInline('pay \u202Egnp.exe *now*'), 'pay \\u202egnp.exe \\*now\\*');
      assert.equal(escapeHtml('<b>\u2067x\u2069</b>'), '&#60;b&#62;\\u2067x\\u2069&#60;/b&#62;');
    });
  });

  describe('roi cuts long titles between graphemes, by columns', () => {
    it('never splits an emoji into U+FFFD', async () => {
      // 38 columns of text, then emoji: a cut at 39 UTF-16 units falls inside a surrogate pair.
      const title = 'x'.repeat(38) + '🙂🙂🙂🙂';
      const yaml = readFileSync(path.resolve('examples/checkout.cbo.yaml'), 'utf8').replace(/^title: .*$/m, `title: ${q(title)}`);
      const r = await cbo(workspace({ 'e.cbo.yaml': yaml }), 'roi', 'e.cbo.yaml', ...T);
      assert.ok(!r.out.includes('\ufffd'), r.out);
      assert.ok(!/[\ud800-\udbff](?![\udc00-\udfff])/.test(r.out), 'no lone high surrogate');
      assert.match(r.out, /x{38}…/);
    });

    it('fitColumns counts wide characters and emoji as two columns and cuts at the limit', () => {
      assert.equal(fitColumns('가나다라마', 6), '가나…');
      assert.equal(fitColumns('가나다', 6), '가나다');
      assert.equal(fitColumns('ab👨‍👩‍👧cd', 4), 'ab…');
      assert.equal(fitColumns('ab👨‍👩‍👧cd', 5), 'ab👨‍👩‍👧…');
      assert.equal(displayWidth('👍🏽'), 2);
      assert.equal(displayWidth('e\u0301'), 1);
    });

    it('fitColumns measures what is shown, not what was written', () => {
      // ESC shown as \u001b takes six columns.
      assert.equal(fitColumns('\u001bab', 7, escapeControls), '\\u001b…');
    });
  });
});
