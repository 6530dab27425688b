// The extension in a real VS Code: diagnostics, quick fixes, hovers, completion, commands.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { CboGuideApi } from '../../src/host/extension';
import { activateExtension, closeAll, codeOf, diagnosticsWhere, open, workspaceUri } from './helpers';

async function codeActionsAt(uri: vscode.Uri, range: vscode.Range, ok: (a: vscode.CodeAction[]) => boolean): Promise<vscode.CodeAction[]> {
  let actions: vscode.CodeAction[] = [];
  for (let i = 0; i < 50; i++) {
    actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value);
    if (ok(actions)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return actions;
}

describe('CBO Guide in VS Code', function () {
  this.timeout(60_000);
  let api: CboGuideApi;

  before(async () => {
    api = await activateExtension<CboGuideApi>();
  });
  afterEach(closeAll);

  it('shows diagnostics for a vague CBO YAML file, each linked to its rule docs', async () => {
    const uri = workspaceUri('vague.cbo.yaml');
    await open(uri);
    const ds = await diagnosticsWhere(uri, (d) => d.some((x) => codeOf(x) === 'missing-baseline'));
    const baseline = ds.find((x) => codeOf(x) === 'missing-baseline')!;
    assert.equal(baseline.range.start.line, 5);
    assert.equal(baseline.severity, vscode.DiagnosticSeverity.Error);
    // The link runs "Open Rule Documentation", which shows the page in the read-only preview.
    const code = baseline.code as { value: string; target: vscode.Uri };
    assert.equal(code.target.scheme, 'command');
    assert.equal(code.target.path, 'cbo.openRuleDocs');
    assert.deepEqual(JSON.parse(decodeURIComponent(code.target.query)), ['missing-baseline']);
  });

  it('shows nothing for a good file and for a plan without CBOs', async () => {
    const good = workspaceUri('good.cbo.yaml');
    await open(good);
    const r = await api.diagnostics.lintNow(await vscode.workspace.openTextDocument(good));
    assert.ok(r, 'the good file was linted');
    const structural = vscode.languages.getDiagnostics(good).filter((d) => /^(missing|target|schema|yaml)/.test(codeOf(d)));
    assert.deepEqual(structural.map(codeOf), []);
    const notes = workspaceUri('notes.md');
    await open(notes);
    const n = await api.diagnostics.lintNow(await vscode.workspace.openTextDocument(notes));
    assert.deepEqual(n?.findings, []);
  });

  it('quick fix inserts the missing baseline as a snippet, and undo removes it', async () => {
    const uri = workspaceUri('vague.cbo.yaml');
    const editor = await open(uri);
    const before = editor.document.getText();
    const [d] = (await diagnosticsWhere(uri, (x) => x.some((y) => codeOf(y) === 'missing-baseline'))).filter((x) => codeOf(x) === 'missing-baseline');
    // The renderer learns of new diagnostics a moment after the extension host sets them.
    const actions = await codeActionsAt(uri, d!.range, (a) => a.some((x) => x.title === 'Insert a baseline'));
    const insert = actions.find((a) => a.title === 'Insert a baseline');
    assert.ok(insert?.command, `actions: ${actions.map((a) => a.title).join(' | ')}`);
    try {
      await vscode.commands.executeCommand(insert.command.command, ...(insert.command.arguments ?? []));
      const after = editor.document.getText();
      assert.match(after, /\n {4}baseline: \{ value: 0, asOf: YYYY-MM-DD \}\n/);
      assert.equal(after.replace(/\n {4}baseline: \{ value: 0, asOf: YYYY-MM-DD \}/, ''), before);
      await diagnosticsWhere(uri, (x) => !x.some((y) => codeOf(y) === 'missing-baseline'));
      await vscode.commands.executeCommand('undo');
      assert.equal(editor.document.getText(), before);
    } finally {
      await vscode.window.showTextDocument(editor.document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  it('applies a quick fix where the problem is now, after edits since it was offered', async () => {
    const uri = workspaceUri('vague.cbo.yaml');
    const editor = await open(uri);
    const [d] = (await diagnosticsWhere(uri, (x) => x.some((y) => codeOf(y) === 'missing-baseline'))).filter((x) => codeOf(x) === 'missing-baseline');
    const actions = await codeActionsAt(uri, d!.range, (a) => a.some((x) => x.title === 'Insert a baseline'));
    const insert = actions.find((a) => a.title === 'Insert a baseline')!;
    try {
      // Two lines added above before the user picks the fix (inside the debounce window).
      await editor.edit((b) => b.insert(new vscode.Position(0, 0), '# reviewed\n# by the team\n'));
      await vscode.commands.executeCommand(insert.command!.command, ...(insert.command!.arguments ?? []));
      assert.match(editor.document.getText(), /target: \{ value: 0\.5, by: 2027-03-31 \}\n {4}baseline: \{ value: 0, asOf: YYYY-MM-DD \}\n/);
    } finally {
      await vscode.window.showTextDocument(editor.document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  it('a fix of edits in two places (value-period-mismatch) makes both, and one undo takes both back', async () => {
    const dir = workspaceUri('period-fix');
    const uri = vscode.Uri.joinPath(dir, 'standby.cbo.yaml');
    const item = '    - type: hard-savings\n      amount: 6500\n      assumption: Standby driver pool we no longer need to hold, per month\n';
    const text = `cbo: 1\ntitle: Dispatchers plan next-day routes in the tool instead of spreadsheets\nvalue:\n  currency: EUR\n  investment: 100000\n  items:\n${item}`;
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    try {
      const editor = await open(uri);
      const [d] = (await diagnosticsWhere(uri, (x) => x.some((y) => codeOf(y) === 'value-period-mismatch'))).filter((x) => codeOf(x) === 'value-period-mismatch');
      const title = 'Count a year: 78000 (€6,500 per month × 12)';
      const actions = await codeActionsAt(uri, d!.range, (a) => a.some((x) => x.title === title));
      const fix = actions.find((a) => a.title === title);
      assert.ok(fix?.command, `actions: ${actions.map((a) => a.title).join(' | ')}`);
      const [u, f, target] = fix.command.arguments ?? [];
      await vscode.commands.executeCommand(fix.command.command, u, f, target);
      const fixed = text.replace('amount: 6500', 'amount: 78000').replace('assumption: Standby driver pool we no longer need to hold, per month', 'assumption: "Standby driver pool we no longer need to hold, per month (€6,500 per month × 12)"');
      assert.equal(editor.document.getText(), fixed);
      await diagnosticsWhere(uri, (x) => !x.some((y) => codeOf(y) === 'value-period-mismatch'));
      await vscode.commands.executeCommand('undo');
      assert.equal(editor.document.getText(), text);
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
      await closeAll();
      await vscode.workspace.fs.delete(dir, { recursive: true, useTrash: false });
    }
  });

  it('"Allow this word" adds it to .cborc.yaml, the finding goes, and Undo on its message takes it back', async () => {
    const enc = (t: string) => new TextEncoder().encode(t);
    const read = async (u: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(u));
    const dir = workspaceUri('allow-word');
    const uri = vscode.Uri.joinPath(dir, 'plan.md');
    const config = vscode.Uri.joinPath(dir, '.cborc.yaml');
    await vscode.workspace.fs.writeFile(config, enc('lang: en\n'));
    await vscode.workspace.fs.writeFile(uri, enc('## CBO: Analysts get the daily report by 9:00\n\n- **Target**: significantly faster reports\n'));
    try {
      await open(uri);
      await diagnosticsWhere(uri, (x) => x.some((y) => codeOf(y) === 'weasel-word'));
      // Answered Undo: while the message shows, the word is in; after, the file is as it was.
      let during = '';
      const undo = async (m: string) => ((during = `${m}|${await read(config)}`), 'undo' as const);
      assert.equal(await api.allowWord(uri, 'significantly', undo), true);
      assert.match(during, /^"significantly" is allowed in this workspace \(allow-word\/\.cborc\.yaml\)\.\|lang: en\n[\s\S]*significantly/);
      assert.equal(await read(config), 'lang: en\n', 'Undo puts back what the file held');
      // Undo after the file changed by other hands keeps their work and leaves the word to them.
      const edited = async () => {
        await vscode.workspace.fs.writeFile(config, enc(`${await read(config)}# a note of the team's\n`));
        return 'undo' as const;
      };
      assert.equal(await api.allowWord(uri, 'significantly', edited), true);
      assert.match(await read(config), /significantly[\s\S]*# a note of the team's\n$/);
      await vscode.workspace.fs.writeFile(config, enc('lang: en\n'));
      // Let the editor's copy of the file catch up with the disk, as it does for a person: held
      // for half a second, since the two writes above can reach the editor as two reloads, and
      // saving between them is refused as "modified since" (seen once in a run under load).
      const editorCopy = () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === config.toString())?.getText();
      for (let i = 0, steady = 0; i < 200 && steady < 10; i++) {
        steady = editorCopy() === 'lang: en\n' ? steady + 1 : 0;
        await new Promise((r) => setTimeout(r, 50));
      }
      // Left alone: the word stays and the finding goes.
      assert.equal(await api.allowWord(uri, 'significantly', async () => undefined), true);
      assert.match(await read(config), /^lang: en\n[\s\S]*significantly/);
      await diagnosticsWhere(uri, (x) => !x.some((y) => codeOf(y) === 'weasel-word'));
    } finally {
      await vscode.workspace.fs.delete(dir, { recursive: true, useTrash: false });
    }
  });

  it('offers to disable a rule for one line, and the diagnostic goes', async () => {
    const uri = workspaceUri('plan.md');
    const editor = await open(uri);
    const ds = await diagnosticsWhere(uri, (x) => x.some((y) => codeOf(y) === 'missing-baseline'));
    const d = ds.find((x) => codeOf(x) === 'missing-baseline')!;
    assert.equal(d.range.start.line, 5);
    const actions = await codeActionsAt(uri, d.range, (a) => a.length > 0);
    const disable = actions.find((a) => a.title === 'Disable missing-baseline for this line');
    assert.ok(disable?.edit);
    assert.ok(await vscode.workspace.applyEdit(disable.edit));
    assert.match(editor.document.getText(), /<!-- cbo-disable-next-line missing-baseline -->\n- \*\*Primary Metric\*\*/);
    await diagnosticsWhere(uri, (x) => !x.some((y) => codeOf(y) === 'missing-baseline'));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('a finding about the whole file (no-outcome, switched on) is offered "for this file" only, and that silences it', async () => {
    const cfg = vscode.workspace.getConfiguration('cbo');
    await cfg.update('rules', { 'no-outcome': 'info' }, vscode.ConfigurationTarget.Global);
    try {
      const doc = await vscode.workspace.openTextDocument({ language: 'yaml', content: 'cbo: 1\n' });
      await vscode.window.showTextDocument(doc);
      const ds = await diagnosticsWhere(doc.uri, (x) => x.some((y) => codeOf(y) === 'no-outcome'));
      const d = ds.find((x) => codeOf(x) === 'no-outcome')!;
      const actions = await codeActionsAt(doc.uri, d.range, (a) => a.some((x) => x.title === 'Disable no-outcome for this file'));
      assert.ok(!actions.some((a) => a.title === 'Disable no-outcome for this line'), actions.map((a) => a.title).join(', '));
      const file = actions.find((a) => a.title === 'Disable no-outcome for this file')!;
      assert.ok(await vscode.workspace.applyEdit(file.edit!));
      await diagnosticsWhere(doc.uri, (x) => !x.some((y) => codeOf(y) === 'no-outcome'));
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    } finally {
      await cfg.update('rules', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('hovers explain YAML keys from the schema and Markdown labels from the framework', async () => {
    const uri = workspaceUri('good.cbo.yaml');
    const editor = await open(uri);
    const line = editor.document.getText().split('\n').findIndex((l) => l.includes('baseline:'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(line, 6));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /Where the metric stands before the work/);
    const plan = workspaceUri('plan.md');
    await open(plan);
    const mdHovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', plan, new vscode.Position(6, 5));
    const mdText = mdHovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(mdText, /The value that means the outcome is met|Where the metric should be/);
    // The schema's YAML example ({ value: 80, by: ... }) is not how a plan writes it: not shown.
    assert.doesNotMatch(mdText, /\{ ?value:|"value"/);
    const timeline = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', plan, new vscode.Position(7, 5));
    // The example's deadline is dated from today (a year or so ahead), not the schema's fixed day.
    const deadline = /- \*\*Timeline\*\*: (\d{4}-\d\d-\d\d)/.exec(timeline.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n'))?.[1];
    assert.ok(deadline && deadline > api.settings.today(), `${deadline} after ${api.settings.today()}`);
  });

  it('the hover on a title shows the parts the judge found: actor, behaviour, measure, deadline', async () => {
    const texts = async (uri: vscode.Uri, pos: vscode.Position) =>
      (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, pos)).flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    const uri = workspaceUri('good.cbo.yaml');
    await open(uri);
    const yamlText = await texts(uri, new vscode.Position(1, 2));
    assert.match(yamlText, /Parts found in the title/);
    assert.match(yamlText, /actor: \*Returning customers\*/);
    assert.match(yamlText, /behaviour: \*finish\*/);
    const plan = workspaceUri('plan.md');
    await open(plan);
    const mdText = await texts(plan, new vscode.Position(2, 4));
    assert.match(mdText, /Parts found in the title/);
    assert.match(mdText, /actor: \*Analysts\*/);
    assert.match(mdText, /deadline: not found|deadline: \*/);
  });

  it('completes keys and enum values from the schema', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'yaml', content: 'cbo: 1\ntitle: x\nmetrics:\n  primary:\n    direction: \n    \n' });
    await vscode.window.showTextDocument(doc);
    const values = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(4, 15));
    const labels = values.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const v of ['increase', 'decrease', 'maintain']) assert.ok(labels.includes(v), `missing ${v} in ${labels.slice(0, 20).join(',')}`);
    const keys = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(5, 4));
    // Only our items: VS Code adds word-based suggestions (kind Text) from the document itself.
    const keyLabels = keys.items.filter((i) => i.kind === vscode.CompletionItemKind.Property).map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const k of ['baseline', 'target', 'unit']) assert.ok(keyLabels.includes(k), `missing ${k} in ${keyLabels.join(',')}`);
    assert.ok(!keyLabels.includes('direction'), 'keys already present are not offered');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('outlines a CBO YAML file by its outcomes\' titles, with their metrics and value', async () => {
    const editor = await open(workspaceUri('good.cbo.yaml'));
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    const outcome = symbols.find((s) => s.name === 'Returning customers finish checkout without calling support');
    assert.ok(outcome, symbols.map((s) => s.name).join(' | '));
    assert.equal(outcome.kind, vscode.SymbolKind.Object);
    assert.match(outcome.detail, /^operational-efficiency, by \d{4}-\d\d-\d\d$/);
    assert.equal(editor.document.getText(outcome.selectionRange), 'Returning customers finish checkout without calling support');
    const [metric] = outcome.children;
    assert.equal(metric?.name, 'Checkout completion rate');
    assert.equal(editor.document.getText(metric!.selectionRange), 'Checkout completion rate');
    assert.ok(outcome.range.contains(metric!.range), 'the metric inside its outcome');
  });

  it('runs its commands: check file, check workspace, new CBO, rule docs', async () => {
    await open(workspaceUri('vague.cbo.yaml'));
    const n = await vscode.commands.executeCommand<number>('cbo.checkFile');
    assert.ok(typeof n === 'number' && n > 0);
    const summary = await vscode.commands.executeCommand<{ files: number; errors: number }>('cbo.checkWorkspace');
    assert.ok(summary.files >= 3, `checked ${summary.files} files`);
    assert.ok(summary.errors >= 2);
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('cbo.newCbo');
    assert.match(editor.document.getText(), /^cbo: 1\ntitle: Who does what differently, measured\n/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    const docs = await vscode.commands.executeCommand<vscode.Uri>('cbo.openRuleDocs', 'weasel-word');
    assert.match(docs.path, /docs\/rules\/weasel-word\.md$/);
  });

  it('check workspace reads a closed file\'s bytes: a bad byte is replacement-character, a written U+FFFD is not', async () => {
    const enc = new TextEncoder();
    const head = 'cbo: 1\ntitle: Returning customers finish checkout without calling support\naccount: ';
    const latin1 = workspaceUri('zz-latin1.cbo.yaml');
    const written = workspaceUri('zz-written.cbo.yaml');
    const bytes = new Uint8Array([...enc.encode(head + 'Caf'), 0xe9, ...enc.encode('\n')]);
    await vscode.workspace.fs.writeFile(latin1, bytes);
    await vscode.workspace.fs.writeFile(written, enc.encode(head + 'Caf\uFFFD\n'));
    try {
      await vscode.commands.executeCommand('cbo.checkWorkspace');
      const ids = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).map(codeOf);
      assert.ok(ids(latin1).includes('replacement-character'), ids(latin1).join(' '));
      assert.ok(!ids(written).includes('replacement-character'), ids(written).join(' '));
    } finally {
      await vscode.workspace.fs.delete(latin1);
      await vscode.workspace.fs.delete(written);
    }
  });

  it('clears diagnostics when a file closes', async () => {
    const uri = workspaceUri('vague.cbo.yaml');
    await open(uri);
    await diagnosticsWhere(uri, (d) => d.length > 0);
    await closeAll();
    await diagnosticsWhere(uri, (d) => d.length === 0, 5_000);
  });

  it('reports its activation time and keeps the engine out of activation', () => {
    assert.ok(api.stats.activateMs >= 0);
    assert.equal(api.stats.engineLoadedAtActivation, false);
    console.log(`      activate(): ${api.stats.activateMs.toFixed(1)} ms`);
  });

  it('lints in Restricted Mode as in a trusted workspace', async () => {
    // The harness runs this suite twice, once with workspace trust off (Restricted Mode).
    console.log(`      workspace trusted: ${vscode.workspace.isTrusted}`);
    if (process.env.CBO_TEST_TRUST === 'restricted') assert.equal(vscode.workspace.isTrusted, false);
    const uri = workspaceUri('vague.cbo.yaml');
    await open(uri);
    await diagnosticsWhere(uri, (d) => d.some((x) => codeOf(x) === 'missing-baseline'));
  });
});
