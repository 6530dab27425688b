// A document printed on stdout is a file being written when stdout is redirected (`cbo report x
// > r.md`, `cbo new --markdown >> plan.md`): there it must be byte for byte what -o FILE writes.
// Reports, portfolios and every JSON show a control or bidi character of the user's text as a
// visible `\u202e` wherever they go (a report is read with `cat` and `less` too; in JSON the
// escape is the same character). A new CBO holds the user's answers as typed: piped, raw as in
// the file; on a terminal, escaped. Findings, the text formats and stderr are always escaped.
import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { escapeControls, printDocument, terminalIo } from '../../src/cli/escape';
import type { CliIo } from '../../src/cli/io';
import { cbo, cboInput, cboPiped, removeWorkspaces, workspace } from './cli-run';

after(() => removeWorkspaces());

// An override, an escape sequence that turns text red and a line separator: what a terminal
// acts on or hides, and what a report written with -o keeps as the user wrote it.
const HOSTILE = 'pay \u202Egnp.exe \u001b[31mred\u001b[0m line\u2028sep';
// eslint-disable-next-line no-control-regex -- the test looks for raw control characters
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const T = ['--today', '2026-11-22'];
const q = (s: string) => JSON.stringify(s); // a YAML double-quoted scalar reads JSON's escapes

function hostileWorkspace(): string {
  const yaml = readFileSync(path.resolve('examples/checkout.cbo.yaml'), 'utf8')
    .replace(/^title: .*$/m, `title: ${q(HOSTILE)}`)
    .replace(/^owner: .*$/m, `owner: ${q(HOSTILE)}`)
    .replace(/^account: .*$/m, `account: ${q(HOSTILE)}`);
  return workspace({ 'h.cbo.yaml': yaml }, 'cbo-document-');
}

// `cbo new` answered through a pipe, the account and the current state (written into the CBO) hostile.
const NEW_ANSWERS = [HOSTILE, HOSTILE, 'b', 'c', 'd', "Analysts prepare the morning meeting from yesterday's sales report", "If analysts see yesterday's sales before the meeting, prices move a day earlier because decisions no longer wait", 'Report ready before 9:00 (%)', '40 on 2026-09-30', '95 by 2027-06-30', '1', '', ''].join('\n') + '\n';

/** A command that writes a document: to stdout with `argv` and `toStdout`, to a file with `argv` and -o `file`. */
interface Document {
  argv: string[];
  file: string;
  toStdout?: string[];
  stdin?: string;
}
// Documents whose file shows the user's controls as escapes: the same bytes everywhere.
const SHOWN: Document[] = [
  { argv: ['report', 'h.cbo.yaml'], file: 'r.md' },
  { argv: ['report', 'h.cbo.yaml', '--format', 'html'], file: 'r.html' },
  { argv: ['report', 'h.cbo.yaml', '--format', 'json'], file: 'r.json', toStdout: ['-o', '-'] },
  { argv: ['report', '--portfolio', '.', '--format', 'md'], file: 'p.md' },
  { argv: ['report', '--portfolio', '.', '--format', 'html'], file: 'p.html' },
  { argv: ['report', '--portfolio', '.', '--format', 'json'], file: 'p.json' },
  { argv: ['portfolio', '--format', 'md'], file: 'p.md' },
  { argv: ['portfolio', '--format', 'html'], file: 'p.html' },
  { argv: ['portfolio', '--format', 'json'], file: 'p.json' },
];
// Documents that hold the user's answers as typed.
const AS_TYPED: Document[] = [
  { argv: ['new'], file: 'x.cbo.yaml', toStdout: ['-o', '-'], stdin: NEW_ANSWERS },
  { argv: ['new', '--markdown'], file: 'x.md', stdin: NEW_ANSWERS },
];

describe('documents on stdout', () => {
  /** The document written with -o into a hostile workspace, and how to run it again there (piped or on a terminal) to stdout. */
  async function written(d: Document) {
    const dir = hostileWorkspace();
    const run = (piped: boolean, argv: string[]) => (piped ? cboPiped(dir, d.stdin, ...argv) : d.stdin === undefined ? cbo(dir, ...argv) : cboInput(dir, d.stdin, ...argv));
    const wrote = await run(true, [...d.argv, '-o', d.file, ...T]);
    assert.equal(wrote.code, 0, wrote.err);
    return { run, wrote, file: readFileSync(path.join(dir, d.file), 'utf8'), toStdout: [...d.argv, ...(d.toStdout ?? []), ...T] };
  }

  for (const d of SHOWN) {
    const shown = [...d.argv, ...(d.toStdout ?? [])].join(' ');
    it(`cbo ${shown}: the characters shown as escapes, the same bytes piped, on a terminal and in -o ${d.file}`, async () => {
      const { run, wrote, file, toStdout } = await written(d);
      assert.doesNotMatch(file, RAW, 'no raw control or bidi character in the file');
      assert.match(file, /\\u001b\[31mred|\\u202e/, 'the characters are shown as escapes, not dropped');
      if (d.file.endsWith('.json')) assert.ok(file.includes(JSON.stringify(HOSTILE).slice(1, -1).replace(/[\u2028\u202e]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`)), 'JSON: the same string, escaped');
      for (const piped of [true, false]) {
        const r = await run(piped, toStdout);
        assert.equal(r.code, wrote.code, r.err);
        assert.ok(r.out === file, `${piped ? 'piped' : 'terminal'} stdout is the file, byte for byte`);
        assert.doesNotMatch(r.err, RAW, 'stderr is escaped');
      }
    });
  }

  for (const d of AS_TYPED) {
    const shown = [...d.argv, ...(d.toStdout ?? [])].join(' ');
    it(`cbo ${shown}: piped, what -o ${d.file} writes; on a terminal, escaped`, async () => {
      const { run, file, toStdout } = await written(d);
      // Else the case could not tell a raw document from an escaped one.
      assert.match(file, RAW, 'the file holds a raw control or bidi character');
      const piped = await run(true, toStdout);
      assert.equal(piped.code, 0, piped.err);
      assert.ok(piped.out === file, 'piped stdout is the file, byte for byte');
      assert.doesNotMatch(piped.err, RAW, 'stderr is escaped all the same');
      const shownOnTerminal = await run(false, toStdout);
      assert.equal(shownOnTerminal.code, 0, shownOnTerminal.err);
      assert.doesNotMatch(shownOnTerminal.out, RAW);
      assert.match(shownOnTerminal.out, /\\u001b\[31mred|\\u2028|\\u202e/, 'the characters are shown as escapes, not dropped');
    });
  }

  it('cbo roi --format json: the same bytes piped and on a terminal, read back as the user\'s text', async () => {
    const dir = hostileWorkspace();
    const r = await cboPiped(dir, undefined, 'roi', 'h.cbo.yaml', '--format', 'json', ...T);
    assert.equal(r.code, 0, r.err);
    assert.doesNotMatch(r.out, RAW);
    assert.ok(r.out === (await cbo(dir, 'roi', 'h.cbo.yaml', '--format', 'json', ...T)).out, 'piped and on a terminal alike');
    assert.equal((JSON.parse(r.out) as { outcomes: { title: string }[] }).outcomes[0]!.title, HOSTILE);
  });

  // Lines for a person, not documents: the findings (of a file whose name is hostile), the
  // portfolio's text, roi's table.
  const BROKEN = 'bad\u202E\u001b[2J.cbo.yaml';
  for (const argv of [['check', BROKEN], ['portfolio', 'h.cbo.yaml'], ['roi', 'h.cbo.yaml']]) {
    it(`cbo ${escapeControls(argv.join(' '))} piped: escaped as on a terminal`, async () => {
      const dir = hostileWorkspace();
      writeFileSync(path.join(dir, BROKEN), 'title: [\n');
      const r = await cboPiped(dir, undefined, ...argv, ...T);
      assert.match(r.out, /\\u202e/, 'the text named the character');
      assert.doesNotMatch(r.out + r.err, RAW);
    });
  }

  it('terminalIo: a document raw unless stdout is a terminal; stdout and stderr always escaped', () => {
    const seen = (stdoutIsTerminal: boolean) => {
      const writes: string[] = [];
      const raw: CliIo = { stdout: (s) => writes.push(`out:${s}`), stderr: (s) => writes.push(`err:${s}`), stdoutIsTerminal, readFile: async () => '', cwd: '.' };
      const io = terminalIo(raw);
      printDocument(io, '\u202E');
      io.stdout('\u202E');
      io.stderr('\u202E');
      return writes;
    };
    assert.deepEqual(seen(false), ['out:\u202E', 'out:\\u202e', 'err:\\u202e']);
    assert.deepEqual(seen(true), ['out:\\u202e', 'out:\\u202e', 'err:\\u202e']);
  });

  it('printDocument on an io no terminalIo wraps: its stdout, which is raw there', () => {
    let out = '';
    printDocument({ stdout: (s) => (out += s), stderr: () => undefined, stdoutIsTerminal: true, readFile: async () => '', cwd: '.' }, '\u001b');
    assert.equal(out, '\u001b');
  });
});
