// A file a `.cborc.yaml` `ignore:` leaves out is left out in the editor as `cbo check` leaves it
// out: no diagnostics (those it had go when the pattern is added, and come back when it goes), a
// line in the "CBO Guide" log saying why, as ESLint's extension says it only in its output
// channel. Only the CLI applied `ignore:`. (The portfolio's part is in portfolio.test.ts: this
// file runs before it, and its first test counts the portfolio's workspace reads.)
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { CboGuideApi } from '../../src/host/extension';
import { activateExtension, closeAll, codeOf, diagnosticsWhere, logText, open, until, workspaceUri } from './helpers';

const enc = (s: string) => new TextEncoder().encode(s);

describe('.cborc.yaml ignore: in the editor', function () {
  this.timeout(90_000);
  const dir = () => workspaceUri('ignore-it');
  const config = () => vscode.Uri.joinPath(dir(), '.cborc.yaml');
  let api: CboGuideApi;
  /** The fixture with no baseline: missing-baseline (an error) whatever the day. */
  let VAGUE = '';

  before(async () => {
    api = await activateExtension<CboGuideApi>();
    VAGUE = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri('vague.cbo.yaml')));
  });
  afterEach(closeAll);
  after(async () => {
    if (api.canvas.pinned) api.canvas.setPinned(false);
    await vscode.workspace.fs.delete(dir(), { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  it('clears the diagnostics of an open file when a pattern comes to ignore it, says why in the log, and lints it again when the pattern goes', async () => {
    const uri = vscode.Uri.joinPath(dir(), 'drafts', 'vague.cbo.yaml');
    await vscode.workspace.fs.writeFile(uri, enc(VAGUE));
    const editor = await open(uri);
    await diagnosticsWhere(uri, (d) => d.some((x) => codeOf(x) === 'missing-baseline'));

    await vscode.workspace.fs.writeFile(config(), enc('ignore: ["drafts/**"]\n'));
    await diagnosticsWhere(uri, (d) => d.length === 0, 20_000);
    const line = 'ignore-it/drafts/vague.cbo.yaml: File ignored because of a matching ignore pattern: "drafts/**" in ignore-it/.cborc.yaml; it was not checked. Remove the pattern to check it';
    const text = await until('the log line on the ignored file', async () => {
      const t = await logText(api);
      return t.includes(line) && t;
    });
    // Once, not at every lint: an edit of the ignored file adds no second line.
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), '# a comment\n'));
    assert.equal(await api.diagnostics.lintNow(editor.document), undefined, 'nothing of an ignored file is linted');
    await new Promise((r) => setTimeout(r, 1000)); // the log reaches its file a moment after
    assert.deepEqual(vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'cbo'), []);
    assert.equal((await logText(api)).split(line).length - 1, text.split(line).length - 1);
    await vscode.commands.executeCommand('workbench.action.files.revert');

    await vscode.workspace.fs.writeFile(config(), enc('ignore: []\n'));
    await diagnosticsWhere(uri, (d) => d.some((x) => codeOf(x) === 'missing-baseline'));
  });

  it('puts no diagnostics on a file opened while ignored, and Check Workspace passes over the closed ones, as cbo check . does', async () => {
    await vscode.workspace.fs.writeFile(config(), enc('ignore: ["old/*.cbo.yaml"]\n'));
    const opened = vscode.Uri.joinPath(dir(), 'old', 'opened.cbo.yaml');
    const closed = vscode.Uri.joinPath(dir(), 'old', 'closed.cbo.yaml');
    const kept = vscode.Uri.joinPath(dir(), 'kept.cbo.yaml');
    for (const u of [opened, closed, kept]) await vscode.workspace.fs.writeFile(u, enc(VAGUE));
    // The watcher reads the changed config again a moment after the write.
    await until('the new config to apply', () => api.settings.ignoredBy(opened));
    const editor = await open(opened);
    assert.equal(await api.diagnostics.lintNow(editor.document), undefined);
    await vscode.commands.executeCommand('cbo.checkWorkspace');
    const ids = (u: vscode.Uri) => vscode.languages.getDiagnostics(u).filter((d) => d.source === 'cbo').map(codeOf);
    assert.deepEqual(ids(opened), []);
    assert.deepEqual(ids(closed), [], 'the closed ignored file was not read');
    assert.ok(ids(kept).includes('missing-baseline'), `the file beside them is checked: ${ids(kept).join(' ')}`);
    assert.match(await logText(api), /ignore-it\/old\/closed\.cbo\.yaml: File ignored because of a matching ignore pattern: "old\/\*\.cbo\.yaml" in ignore-it\/\.cborc\.yaml/);
    // Findings Check Workspace left on a closed file go when a pattern comes to ignore it.
    await vscode.workspace.fs.writeFile(config(), enc('ignore: ["old/*.cbo.yaml", "kept.cbo.yaml"]\n'));
    await diagnosticsWhere(kept, (d) => d.length === 0, 20_000);
  });

  // The panel drew the last lint of the file it showed; an ignored file has none, so the canvas
  // of the file shown before stayed up under the ignored file's name.
  it('shows in the canvas that the active file is ignored, by which config and pattern, and no canvas of the file shown before', async () => {
    await vscode.workspace.fs.writeFile(config(), enc('ignore: ["skipped/**"]\n'));
    const ignored = vscode.Uri.joinPath(dir(), 'skipped', 'vague.cbo.yaml');
    await vscode.workspace.fs.writeFile(ignored, enc(VAGUE));
    await until('the new config to apply', () => api.settings.ignoredBy(ignored));
    await open(workspaceUri('good.cbo.yaml'));
    await vscode.commands.executeCommand('cbo.openCanvas');
    await until('the canvas on good.cbo.yaml', () => api.canvas.lastModel?.file.endsWith('/good.cbo.yaml') && api.canvas.lastModel.outcomes.length > 0);
    await open(ignored);
    const model = await until('the canvas on the ignored file', () => api.canvas.lastModel?.file === ignored.toString() && api.canvas.lastModel);
    assert.equal(model.ignored, 'This file is ignored by ignore-it/.cborc.yaml (ignore: "skipped/**").');
    assert.deepEqual(model.outcomes, [], 'nothing of good.cbo.yaml, nor of the ignored file, is drawn');
    assert.equal(api.canvas.lastResult, undefined);
    // The pattern goes: the file is linted and its canvas drawn.
    await vscode.workspace.fs.writeFile(config(), enc('ignore: []\n'));
    const drawn = await until('the canvas of the file once it is no longer ignored', () => api.canvas.lastModel?.file === ignored.toString() && api.canvas.lastModel.ignored === undefined && api.canvas.lastModel);
    assert.equal(drawn.outcomes.length, 1);
  });

  it('replaces the canvas of a shown file when a pattern comes to ignore it, and says so in Korean under cbo.lang ko', async () => {
    const shown = vscode.Uri.joinPath(dir(), 'later', 'vague.cbo.yaml');
    await vscode.workspace.fs.writeFile(config(), enc('lang: ko\nignore: []\n'));
    await vscode.workspace.fs.writeFile(shown, enc(VAGUE));
    await open(shown);
    await vscode.commands.executeCommand('cbo.openCanvas');
    await until('the canvas of the file', () => api.canvas.lastModel?.file === shown.toString() && api.canvas.lastModel.outcomes.length === 1);
    await vscode.workspace.fs.writeFile(config(), enc('lang: ko\nignore: ["later/*.cbo.yaml"]\n'));
    const model = await until('the canvas to say the file is ignored', () => api.canvas.lastModel?.file === shown.toString() && api.canvas.lastModel.ignored !== undefined && api.canvas.lastModel);
    assert.equal(model.ignored, 'ignore-it/.cborc.yaml 설정 파일이 이 파일을 무시합니다(ignore: "later/*.cbo.yaml").');
    assert.equal(model.ui.ignoredHint, '검사하지 않으며 캔버스도 없습니다. 검사하려면 그 패턴을 지우세요.');
    assert.deepEqual(model.outcomes, []);
  });

  // As ESLint's extension on a file its ignore file names: nothing that judges the file. The
  // hover judged a title (its parts and verdict) on an ignored file; completion is the schema's
  // keys and values, judges nothing, and stays.
  it('gives no hover and no quick fix on an ignored file, and still completes the schema\'s keys and values', async () => {
    const text = 'cbo: 1\ntitle: Build a customer portal\nmetrics:\n  primary:\n    direction: \n    \n';
    await vscode.workspace.fs.writeFile(config(), enc('ignore: ["skipped/**"]\n'));
    const ignored = vscode.Uri.joinPath(dir(), 'skipped', 'help.cbo.yaml');
    const checked = vscode.Uri.joinPath(dir(), 'help.cbo.yaml');
    for (const u of [ignored, checked]) await vscode.workspace.fs.writeFile(u, enc(text));
    await until('the new config to apply', () => api.settings.ignoredBy(ignored));
    const hoverText = async (uri: vscode.Uri) =>
      (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(1, 2))).flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    const ours = async (uri: vscode.Uri) =>
      (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, new vscode.Range(0, 0, 6, 0), vscode.CodeActionKind.QuickFix.value))
        .filter((a) => a.command?.command.startsWith('cbo.') || /^Disable \S+ for this (line|file)$/.test(a.title))
        .map((a) => a.title);
    // The same text where nothing ignores it: judged in the hover, with quick fixes.
    await open(checked);
    await diagnosticsWhere(checked, (d) => d.length > 0);
    assert.match(await hoverText(checked), /Parts found in the title/);
    assert.ok((await ours(checked)).length > 0, 'quick fixes on the file that is checked');

    const editor = await open(ignored);
    assert.equal(await api.diagnostics.lintNow(editor.document), undefined);
    const hover = await hoverText(ignored);
    assert.doesNotMatch(hover, /Parts found in the title|\*\*title\*\*/, hover);
    assert.deepEqual(await ours(ignored), []);
    const values = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', ignored, new vscode.Position(4, 15));
    const labels = values.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const v of ['increase', 'decrease', 'maintain']) assert.ok(labels.includes(v), `missing ${v} in ${labels.slice(0, 20).join(',')}`);
  });
});
