// The report kept in memory: a new untitled Markdown document, nothing written to disk (the
// choice offered first on vscode.dev and github.dev). Needs no Node, so it runs in both hosts.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { CboGuideApi } from '../../src/host/extension';
import { activateExtension, closeAll, workspaceUri } from './helpers';

describe('report export to an untitled document', function () {
  this.timeout(60_000);
  let api: CboGuideApi;
  before(async () => {
    api = await activateExtension<CboGuideApi>();
  });
  after(closeAll);

  it('opens the report as a new untitled Markdown document and writes no file', async () => {
    const before = (await vscode.workspace.fs.readDirectory(workspaceUri())).map(([n]) => n).sort();
    const [uri] = await api.exportReport(workspaceUri('good.cbo.yaml'), { target: 'untitled' });
    assert.ok(uri);
    assert.equal(uri.scheme, 'untitled');
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())!;
    assert.equal(doc.languageId, 'markdown');
    assert.match(doc.getText(), /# Business Outcome Report/);
    assert.match(doc.getText(), /Returning customers finish checkout without calling support/);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString(), 'shown to the user');
    const after = (await vscode.workspace.fs.readDirectory(workspaceUri())).map(([n]) => n).sort();
    assert.deepEqual(after, before, 'nothing written to the workspace');
  });
});
