// The language server with a real client: Debian's Neovim, headless, its built-in LSP client
// driven by test/lsp/neovim-client.lua. Neovim must receive the same findings, at the same
// positions, as `cbo check --format json` on the same file, answer a hover, and apply a code
// action that fixes a finding. Neovim is installed by scripts/ensure-neovim.sh when missing
// (and it says so); a failed install fails the test.
import { strict as assert } from 'node:assert';
import { readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import type { Diag } from './client';
import { prepareEditor, runEditor } from './editor';
import { checkAsDiagnostics, key } from './expect';

interface Shown {
  lnum: number;
  col: number;
  end_lnum: number;
  end_col: number;
  severity: number;
  message: string;
  code: string;
  source: string;
}

interface Report {
  published: Diag[];
  shown: Shown[];
  hover: { contents: { kind: string; value: string } } | null;
  actions: { title: string; isPreferred?: boolean }[];
  after_fix: Diag[] | null;
  text_after_fix: string | null;
  error: string | null;
}

describe('language server in Neovim (headless, built-in LSP client)', function () {
  this.timeout(180_000);
  let nvim: string;
  let ws: string;
  let report: Report;

  before(async () => {
    // Installs Debian's neovim when it is missing, and says so on stderr.
    ({ bin: nvim, ws } = prepareEditor('scripts/ensure-neovim.sh', 'cbo-nvim-'));
    const out = path.join(ws, 'report.json');
    // Hover on `primary:` (line 6 of vague.cbo.yaml, 0-based 5).
    const args = ['--headless', '--clean', '-n', '-c', `luafile ${path.resolve('test/lsp/neovim-client.lua')}`];
    const run = await runEditor('Neovim', nvim, args, { CBO_NVIM_OUT: out, CBO_NVIM_FILE: path.join(ws, 'vague.cbo.yaml'), CBO_NVIM_CLI: path.resolve('dist/cli.js'), CBO_NVIM_NODE: process.execPath, CBO_NVIM_HOVER_LINE: '5', CBO_NVIM_HOVER_COL: '4' }, 90);
    assert.equal(run.code, 0, `Neovim exits 0; stderr: ${run.stderr}`);
    report = JSON.parse(readFileSync(out, 'utf8')) as Report;
    assert.equal(report.error, null, `the Lua client failed: ${report.error}`);
  });
  after(() => ws && rmSync(ws, { recursive: true, force: true }));

  it('receives the same findings at the same positions as cbo check --format json', () => {
    const expected = checkAsDiagnostics('vague.cbo.yaml', ws);
    assert.ok(expected.length >= 3, `cbo check finds the vague plan's problems (${expected.length})`);
    assert.deepEqual(report.published.map(key).sort(), expected);
    // What Neovim shows (vim.diagnostic): the same, in its own terms (the file is ASCII, so
    // byte columns equal UTF-16 ones).
    const shown = report.shown.map((d) => key({ range: { start: { line: d.lnum, character: d.col }, end: { line: d.end_lnum, character: d.end_col } }, severity: d.severity, code: d.code, message: d.message })).sort();
    assert.deepEqual(shown, expected);
    assert.ok(report.shown.every((d) => d.source === 'cbo'));
  });

  it('answers a hover on a key with the schema explanation', () => {
    assert.equal(report.hover?.contents.kind, 'markdown');
    assert.match(report.hover!.contents.value, /^\*\*primary\*\*: \S/);
  });

  it('applies the preferred code action, and the finding is gone', () => {
    const titles = report.actions.map((a) => a.title);
    assert.ok(titles.includes('Disable missing-baseline for this line'), titles.join(' | '));
    assert.ok(report.actions.some((a) => a.isPreferred));
    assert.match(report.text_after_fix ?? '', /baseline: \{ value: 0, asOf: YYYY-MM-DD \}/);
    assert.ok(report.after_fix && !report.after_fix.some((d) => d.code === 'missing-baseline'), (report.after_fix ?? []).map((d) => d.code).join(', '));
  });
});
