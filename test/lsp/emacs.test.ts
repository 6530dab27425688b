// The language server with a second real client: Debian's Emacs (emacs --batch -Q) and its
// eglot, driven by test/lsp/emacs-client.el and configured as the README says (one
// eglot-server-programs entry per mode, eglot-ensure from the mode hooks). Eglot must receive,
// and Flymake show, the same findings at the same positions as `cbo check --format json` on the
// same files (a CBO YAML plan and a Markdown plan), answer a hover with the schema's words, and
// apply the preferred code action so that the finding goes. Emacs and eglot are installed by
// scripts/ensure-emacs.sh when missing (and it says so); a failed install fails the test.
import { strict as assert } from 'node:assert';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Diag } from './client';
import { prepareEditor, runEditor } from './editor';
import { checkAsDiagnostics, key } from './expect';

/** A diagnostic as Flymake holds it: 0-based lines and columns, and eglot's text and type. */
interface Shown {
  line: number;
  col: number;
  end_line: number;
  end_col: number;
  type: string;
  text: string;
}

interface Report {
  eglot_version: string | null;
  yaml: { published: Diag[]; shown: Shown[] } | null;
  markdown: { published: Diag[]; shown: Shown[] } | null;
  hover: { contents: { kind: string; value: string } } | null;
  hover_shown: string | null;
  actions: { title: string; isPreferred?: boolean }[] | null;
  offered: string | null;
  after_fix: Diag[] | null;
  text_after_fix: string | null;
  warnings: string | null;
  error: string | null;
}

// eglot's Flymake types for the protocol's severities (1 error, 2 warning, 3 and 4 a note).
const SEVERITY: Record<string, number> = { 'eglot-error': 1, 'eglot-warning': 2, 'eglot-note': 3 };

/** Flymake's diagnostic in the terms of expect.ts's keys: eglot writes "source [code]: message". */
function shownKey(d: Shown): string {
  const m = /^(\S+) \[([^\]]+)\]: ([\s\S]*)$/.exec(d.text);
  assert.ok(m, `eglot's diagnostic text has the form "source [code]: message": ${d.text}`);
  assert.equal(m[1], 'cbo');
  assert.ok(d.type in SEVERITY, `a Flymake type eglot gives: ${d.type}`);
  return key({ range: { start: { line: d.line, character: d.col }, end: { line: d.end_line, character: d.end_col } }, severity: SEVERITY[d.type]!, code: m[2]!, message: m[3]! });
}

/** The words of a Markdown text without its backslash escapes. */
const unescape = (s: string): string => s.replace(/\\([\\`*_{}[\]()#+\-.!|>~<])/g, '$1');

describe('language server in Emacs (batch, eglot and Flymake)', function () {
  this.timeout(180_000);
  let ws: string;
  let report: Report;
  let stderr: string;

  before(async () => {
    // Installs Debian's emacs-nox and elpa-eglot when missing, and says so on stderr.
    const { bin: emacs, ws: made } = prepareEditor('scripts/ensure-emacs.sh', 'cbo-emacs-');
    ws = made;
    const out = path.join(ws, 'report.json');
    // --batch -Q: no init file, no site-start, no package activation (the client does that).
    // The hover is asked on `primary:` (line 6 of vague.cbo.yaml, 0-based 5).
    const run = await runEditor('Emacs', emacs, ['--batch', '-Q', '-l', path.resolve('test/lsp/emacs-client.el')], {
      CBO_EMACS_OUT: out,
      CBO_EMACS_YAML: path.join(ws, 'vague.cbo.yaml'),
      CBO_EMACS_MD: path.join(ws, 'plan.md'),
      CBO_EMACS_CLI: path.resolve('dist/cli.js'),
      CBO_EMACS_NODE: process.execPath,
      CBO_EMACS_HOVER_LINE: '5',
      CBO_EMACS_HOVER_COL: '4',
      // Whatever Emacs would write into ~/.emacs.d goes to the temporary folder.
      HOME: ws,
    }, 120);
    stderr = run.stderr;
    assert.equal(run.code, 0, `Emacs exits 0; stderr: ${stderr}`);
    report = JSON.parse(readFileSync(out, 'utf8')) as Report;
    assert.equal(report.error, null, `the elisp client failed: ${report.error}; stderr: ${stderr}`);
  });
  after(() => ws && rmSync(ws, { recursive: true, force: true }));

  it("runs Debian 12's eglot", () => {
    assert.match(report.eglot_version ?? '', /^\d+\.\d+/);
  });

  for (const [file, kind] of [['vague.cbo.yaml', 'yaml'], ['plan.md', 'markdown']] as const) {
    it(`receives, and Flymake shows, the findings of cbo check --format json on ${file}`, () => {
      const expected = checkAsDiagnostics(file, ws);
      assert.ok(expected.some((k) => / \d missing-baseline /.test(k)), `cbo check finds the plan's missing baseline (${expected.length} findings)`);
      const got = report[kind];
      assert.ok(got, `a ${kind} section in the report`);
      assert.deepEqual(got.published.map(key).sort(), expected);
      // What Flymake holds, in Emacs's terms (the files are ASCII: character columns are UTF-16 ones).
      assert.deepEqual(got.shown.map(shownKey).sort(), expected);
    });
  }

  it("answers a hover on a key with the schema's explanation, and eglot renders it", () => {
    const schema = JSON.parse(readFileSync('schemas/cbo.schema.json', 'utf8')) as { definitions: { metric: { description: string } } };
    const words = schema.definitions.metric.description;
    assert.equal(report.hover?.contents.kind, 'markdown');
    assert.match(report.hover!.contents.value, /^\*\*primary\*\*: \S/);
    assert.ok(unescape(report.hover!.contents.value).includes(words), report.hover!.contents.value);
    assert.ok(unescape(report.hover_shown ?? '').includes(words), `what eldoc shows: ${report.hover_shown}`);
  });

  it('offers the preferred code action at the prompt, applies it, and the finding is gone', () => {
    const actions = report.actions ?? [];
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Disable missing-baseline for this line'), titles.join(' | '));
    const preferred = actions.filter((a) => a.isPreferred);
    assert.equal(preferred.length, 1, titles.join(' | '));
    assert.equal(report.offered, preferred[0]!.title, "eglot's default at its prompt is the preferred action");
    assert.match(report.text_after_fix ?? '', /\n {4}baseline: \{ value: 0, asOf: YYYY-MM-DD \}\n/);
    const after = report.after_fix ?? [];
    assert.ok(!after.some((d) => d.code === 'missing-baseline'), after.map((d) => d.code).join(', '));
    // What the server published for the edited buffer is what cbo check says of the edited text.
    writeFileSync(path.join(ws, 'fixed.cbo.yaml'), report.text_after_fix!);
    assert.deepEqual(after.map(key).sort(), checkAsDiagnostics('fixed.cbo.yaml', ws));
  });

  it('gives eglot nothing to warn about', () => {
    assert.equal(report.warnings, '', `eglot's *Warnings*: ${report.warnings}`);
    assert.doesNotMatch(stderr, /\bwarning\b/i, stderr);
  });
});
