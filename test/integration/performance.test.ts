// Large files stay fluid in the real extension host: figures printed and, when
// CBO_BENCH_OUT names a file, written there for BENCHMARKS.md. Nothing here asserts a
// time: the assertions are that the work happened (benchmarks print, tests check).
import { strict as assert } from 'node:assert';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { yamlFile } from '../../bench/generate';
import type { LintEvent } from '../../src/host/diagnostics';
import type { CboGuideApi } from '../../src/host/extension';
import { activateExtension, closeAll } from './helpers';

function nextLint(api: CboGuideApi, uri: vscode.Uri): Promise<LintEvent> {
  return new Promise((resolve) => {
    const sub = api.onDidLint((e) => {
      if (e.uri.toString() === uri.toString()) {
        sub.dispose();
        resolve(e);
      }
    });
  });
}

describe('large files in the extension host', function () {
  this.timeout(120_000);

  it('lints a 2,000-outcome file in slices and re-lints one edited outcome', async () => {
    const api = await activateExtension<CboGuideApi>();
    const file = path.join(tmpdir(), `cbo-large-${process.pid}.cbo.yaml`);
    writeFileSync(file, yamlFile(2000));
    const uri = vscode.Uri.file(file);
    const debounce = vscode.workspace.getConfiguration('cbo').get<number>('debounceMs', 300);

    const t0 = performance.now();
    const first = nextLint(api, uri);
    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(doc);
    const e1 = await first;
    const openToDiagnostics = performance.now() - t0;
    assert.equal(e1.result.outcomeCount, 2000);

    // Type five characters, one at a time, in the title of outcome 1000; each is one re-lint.
    const line = doc.getText().split('\n').findIndex((l) => l.includes('region 1000 finish'));
    const runs: { wall: number; e: LintEvent }[] = [];
    for (let i = 0; i < 5; i++) {
      const next = nextLint(api, uri);
      const t1 = performance.now();
      await editor.edit((b) => b.insert(new vscode.Position(line, 12), 'X'));
      const e = await next;
      runs.push({ wall: performance.now() - t1, e });
      assert.equal(e.result.outcomeCount, 2000);
    }
    const median = <T,>(xs: T[], f: (x: T) => number) => xs.map(f).sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const editToDiagnostics = median(runs, (r) => r.wall);
    const e2 = { busyMs: median(runs, (r) => r.e.busyMs), afterDebounceMs: median(runs, (r) => r.e.afterDebounceMs) };

    const figures = {
      lines: doc.lineCount,
      openToFirstDiagnosticsMs: Math.round(openToDiagnostics),
      firstLintBusyMs: Math.round(e1.busyMs),
      firstLintLongestSliceMs: Math.round(e1.longestSliceMs * 10) / 10,
      debounceMs: debounce,
      editToDiagnosticsMs: Math.round(editToDiagnostics),
      editLintAfterDebounceMs: Math.round((editToDiagnostics - debounce) * 10) / 10,
      editLintBusyMs: Math.round(e2.busyMs * 10) / 10,
      editDiagnosticsAfterDebounceMs: Math.round(e2.afterDebounceMs * 10) / 10,
      activateMs: Math.round(api.stats.activateMs * 10) / 10,
    };
    console.log('      ' + JSON.stringify(figures));
    if (process.env.CBO_BENCH_OUT) writeFileSync(process.env.CBO_BENCH_OUT, JSON.stringify(figures, null, 2));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await closeAll();
    rmSync(file, { force: true });
  });
});
