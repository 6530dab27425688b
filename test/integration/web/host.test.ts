// Web-only: the extension under test is the browser bundle, running in the web worker
// extension host, and its file access goes through vscode.workspace.fs.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { CboGuideApi } from '../../../src/host/extension';
import { activateExtension, diagnosticsWhere, workspaceUri } from '../helpers';

describe('web worker extension host', function () {
  this.timeout(60_000);
  let api: CboGuideApi;
  before(async () => {
    api = await activateExtension<CboGuideApi>();
  });

  it('runs the browser bundle (package.json `browser`), with no Node in reach', () => {
    assert.equal(api.stats.webHost, true, 'the extension reports the web build');
    assert.equal(typeof (globalThis as { process?: unknown }).process, 'undefined', 'no Node process object in this host');
    const ext = vscode.extensions.getExtension('cbo-guide.cbo-guide')!;
    assert.equal(ext.packageJSON.browser, './dist/web/extension.js');
  });

  it('reads a .cborc.yaml through vscode.workspace.fs and applies it', async () => {
    const rc = workspaceUri('web-rc', '.cborc.yaml');
    await vscode.workspace.fs.writeFile(rc, new TextEncoder().encode('rules:\n  missing-baseline: info\n'));
    const src = await vscode.workspace.fs.readFile(workspaceUri('vague.cbo.yaml'));
    const uri = workspaceUri('web-rc', 'vague.cbo.yaml');
    await vscode.workspace.fs.writeFile(uri, src);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const ds = await diagnosticsWhere(uri, (d) => d.some((x) => (typeof x.code === 'object' ? x.code.value : x.code) === 'missing-baseline'));
    const d = ds.find((x) => (typeof x.code === 'object' ? x.code.value : x.code) === 'missing-baseline')!;
    assert.equal(d.severity, vscode.DiagnosticSeverity.Information, 'severity from web-rc/.cborc.yaml');
  });
});
