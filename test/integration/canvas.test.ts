// The canvas panel in a real VS Code: which documents it follows, pinning, one lint per edit
// (the panel draws the diagnostics' result), section prompts that insert, the guided flow,
// and rule links that open the read-only preview.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { GuidedAnswers, GuidedStep } from '../../src/core/api';
import type { CboGuideApi } from '../../src/host/extension';
import { GOOD_ANSWERS, pointsFromNow } from '../guided-answers';
import { activateExtension, closeAll, open, workspaceUri } from './helpers';

async function until<T>(what: string, get: () => T | undefined | false, timeoutMs = 15_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const v = get();
    if (v) return v;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const shownFile = (api: CboGuideApi) => api.canvas.lastModel?.file.split('/').pop();

describe('canvas panel in VS Code', function () {
  this.timeout(60_000);
  let api: CboGuideApi;
  before(async () => {
    api = await activateExtension<CboGuideApi>();
  });
  after(async () => {
    if (api.canvas.pinned) api.canvas.setPinned(false);
    await closeAll();
  });

  it('follows CBO documents only, and stays on one when pinned', async () => {
    await open(workspaceUri('good.cbo.yaml'));
    await vscode.commands.executeCommand('cbo.openCanvas');
    await until('the canvas on good.cbo.yaml', () => shownFile(api) === 'good.cbo.yaml');
    // Markdown without a CBO (meeting notes) does not take the panel over.
    await open(workspaceUri('notes.md'));
    await new Promise((r) => setTimeout(r, 800));
    assert.equal(shownFile(api), 'good.cbo.yaml');
    assert.equal(api.canvas.follows(await vscode.workspace.openTextDocument(workspaceUri('notes.md'))), false);
    // A plan with a `## CBO:` heading does.
    await open(workspaceUri('plan.md'));
    await until('the canvas on plan.md', () => shownFile(api) === 'plan.md');
    // Pinned, it stays on plan.md while another CBO file is active; unpinned, it follows again.
    api.canvas.setPinned(true);
    await until('a pinned model', () => api.canvas.lastModel?.pinned === true);
    await open(workspaceUri('good.cbo.yaml'));
    await new Promise((r) => setTimeout(r, 800));
    assert.equal(shownFile(api), 'plan.md');
    api.canvas.setPinned(false);
    await until('the canvas back on the active good.cbo.yaml', () => shownFile(api) === 'good.cbo.yaml' && api.canvas.lastModel?.pinned === false);
  });

  it('never follows the extension\'s own rule docs', async () => {
    const ext = vscode.extensions.getExtension('cbo-guide.cbo-guide')!;
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(ext.extensionUri, 'docs', 'rules', 'missing-baseline.md'));
    assert.equal(api.canvas.follows(doc), false);
  });

  it('draws from the diagnostics\' lint: one lint per edit, not two', async () => {
    const editor = await open(workspaceUri('good.cbo.yaml'));
    await vscode.commands.executeCommand('cbo.openCanvas');
    await until('the canvas on good.cbo.yaml', () => shownFile(api) === 'good.cbo.yaml');
    let lints = 0;
    const sub = api.onDidLint((e) => {
      if (e.uri.toString() === editor.document.uri.toString()) lints++;
    });
    try {
      const before = api.canvas.lastModel;
      await editor.edit((b) => b.insert(new vscode.Position(editor.document.lineCount, 0), 'risks: [Carrier feed outages]\n'));
      await until('a new model after the edit', () => api.canvas.lastModel !== before && api.canvas.lastModel!.outcomes[0]!.canvas.approach.some((c) => c.entries.some((x) => x.text === 'Carrier feed outages')));
      assert.equal(lints, 1, 'the edit was linted once');
      assert.strictEqual(api.canvas.lastResult, api.diagnostics.resultFor(editor.document.uri), 'the panel drew the diagnostics\' own result');
    } finally {
      sub.dispose();
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  it('inserts a missing section from its prompt, as one undoable edit', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'yaml', content: 'cbo: 1\ntitle: Analysts get the daily sales report by 9:00\n' });
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('cbo.openCanvas');
    await until('the canvas on the untitled CBO', () => api.canvas.lastModel?.file === doc.uri.toString() && api.canvas.lastModel.outcomes.length === 1);
    const o = api.canvas.lastModel!.outcomes[0]!;
    assert.deepEqual(o.prompts.context!.map((p) => p.section), ['context']);
    assert.ok(await api.canvas.insertSection(0, 'context'));
    assert.match(doc.getText(), /\ncontext:\n {2}challenge: /);
    await until('the context block filled', () => api.canvas.lastModel?.outcomes[0]?.canvas.context.length === 3 && !api.canvas.lastModel.outcomes[0]!.prompts.context);
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), 'cbo: 1\ntitle: Analysts get the daily sales report by 9:00\n');
  });

  it('guided flow: asks for the account, then in workshop order, and writes a Markdown section into the plan', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# Plan\n' });
    await vscode.window.showTextDocument(doc);
    const asked: GuidedStep[] = [];
    // Linted below on the editor's clock: dates from today, so no deadline-passed in a later year.
    const answers: Record<GuidedStep, string> = { ...GOOD_ANSWERS, ...pointsFromNow() };
    const uri = await api.newCboGuided({ ask: async (step: GuidedStep, _i: number, _n: number, _a: GuidedAnswers) => (asked.push(step), answers[step]) }, 'markdown');
    assert.equal(uri?.toString(), doc.uri.toString());
    assert.deepEqual(asked.slice(0, 6), ['account', 'current', 'future', 'barriers', 'solutions', 'behavior']);
    assert.match(doc.getText(), /^# Plan\n\n## CBO: Analysts prepare the morning meeting[^]*\n### Business Context\n- \*\*Account\*\*: Northwind Retail\n/);
    const r = await api.diagnostics.lintNow(doc);
    assert.deepEqual(r!.findings.filter((f) => f.severity !== 'info').map((f) => f.ruleId), []);
    // Cancelling half-way writes nothing.
    const before = doc.getText();
    assert.equal(await api.newCboGuided({ ask: async (step: GuidedStep) => (step === 'metric' ? undefined : answers[step]) }, 'markdown'), undefined);
    assert.equal(doc.getText(), before);
  });

  it('opens a rule\'s page from its diagnostic link in the read-only preview, not as a file', async () => {
    const ds = vscode.languages.getDiagnostics(workspaceUri('vague.cbo.yaml'));
    const target = (ds.find((d) => typeof d.code === 'object')?.code as { target: vscode.Uri } | undefined)?.target ?? vscode.Uri.parse('command:cbo.openRuleDocs?%5B%22missing-baseline%22%5D');
    await vscode.commands.executeCommand(target.path, ...JSON.parse(decodeURIComponent(target.query)));
    const tab = await until('the preview tab', () => {
      const t = vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((x) => x.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(x.input.viewType));
      return t;
    });
    assert.ok(tab);
    assert.ok(!vscode.window.visibleTextEditors.some((e) => /docs\/rules\//.test(e.document.uri.path)), 'no editable rule file');
  });
});
