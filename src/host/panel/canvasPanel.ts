// The canvas side panel: follows the active CBO editor, posts a new model as the user
// types (the page is built once), reveals source ranges on click, and is restored after
// a window reload by its serializer. Every message from the webview is validated here.
import * as vscode from 'vscode';
import type { LintCache } from '../../core/api';
import type { PanelModel } from '../../core/view/canvas';
import { isSafeLink, parseWebviewMessage, type HostToWebview } from '../../shared/messages';
import { getEngine } from '../engine-loader';
import { localDate } from '../../core/local-date';
import { inBackground, logError } from '../log';
import { offsetRange } from '../ranges';
import type { Settings } from '../settings';
import { panelHtml } from './html';

export const CANVAS_VIEW_TYPE = 'cbo.canvas';

/** What the webview keeps with setState; the serializer gets it back after a reload. */
interface SavedState {
  model?: { file?: string };
}

export class CanvasPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private doc: vscode.TextDocument | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  /** The last model posted, for tests and the export command. */
  lastModel: PanelModel | undefined;
  /** Milliseconds from the last document change to the model being posted. */
  lastUpdateMs = 0;
  /** Per-outcome cache with models, for the document the panel shows (reset when it changes). */
  private cache: { uri: string; cache: LintCache } | undefined;
  /** Each update's number: an update that finishes after a newer one started is dropped. */
  private generation = 0;
  private panelDisposables: vscode.Disposable[] = [];

  constructor(private readonly extensionUri: vscode.Uri, private readonly settings: Settings) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor((e) => {
        if (this.panel && e && this.settings.applies(e.document)) {
          this.doc = e.document;
          this.schedule(0);
        }
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.panel && e.document === this.doc) this.schedule(150);
      }),
    );
  }

  get isOpen(): boolean {
    return this.panel !== undefined;
  }

  open(doc: vscode.TextDocument | undefined = vscode.window.activeTextEditor?.document): vscode.WebviewPanel {
    if (doc && this.settings.applies(doc)) this.doc = doc;
    if (this.panel) {
      this.panel.reveal(vscode.ViewColumn.Beside, true);
    } else {
      const panel = vscode.window.createWebviewPanel(CANVAS_VIEW_TYPE, vscode.l10n.t('CBO Canvas'), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, this.options());
      this.attach(panel);
    }
    this.schedule(0);
    return this.panel!;
  }

  /** Called by the serializer after a window reload. */
  async restore(panel: vscode.WebviewPanel, state: SavedState | undefined): Promise<void> {
    panel.webview.options = this.options();
    const file = state?.model?.file;
    if (typeof file === 'string' && file) {
      try {
        const d = await vscode.workspace.openTextDocument(vscode.Uri.parse(file, true));
        this.doc = this.settings.applies(d) ? d : undefined;
      } catch (err) {
        // The file is gone or unreadable since the window closed: the panel opens empty.
        logError(`Restoring the canvas: cannot open ${file}`, err);
        this.doc = undefined;
      }
    }
    this.attach(panel);
    this.schedule(0);
  }

  private options(): vscode.WebviewOptions & vscode.WebviewPanelOptions {
    return {
      enableScripts: true,
      retainContextWhenHidden: false,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media'), vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview')],
    };
  }

  private attach(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'icon.png');
    panel.webview.html = panelHtml(panel.webview, this.extensionUri, this.settings.lang());
    panel.webview.onDidReceiveMessage((m) => inBackground('Handling a message from the canvas', this.onMessage(m)), undefined, this.panelDisposables);
    panel.onDidDispose(() => {
      this.panel = undefined;
      for (const d of this.panelDisposables.splice(0)) d.dispose();
    }, undefined, this.panelDisposables);
  }

  private schedule(delay: number): void {
    const changedAt = performance.now();
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => inBackground('Updating the canvas', this.update(changedAt)), delay);
  }

  private async update(changedAt = performance.now()): Promise<void> {
    const panel = this.panel;
    const doc = this.doc;
    if (!panel || !doc) {
      if (panel) this.post({ type: 'model', model: this.emptyModel() });
      return;
    }
    const gen = ++this.generation;
    const e = getEngine();
    const config = await this.settings.resolve(doc);
    if (gen !== this.generation || doc !== this.doc) return; // a newer update is on its way
    const kind = doc.languageId === 'markdown' ? 'markdown' : 'yaml';
    if (this.cache?.uri !== doc.uri.toString()) this.cache = { uri: doc.uri.toString(), cache: new e.LintCache() };
    const r = e.lint(doc.getText(), kind, config, this.cache.cache);
    const syntax = r.findings.find((f) => f.ruleId === 'yaml-syntax');
    if (syntax && this.lastModel && this.lastModel.file === doc.uri.toString() && r.outcomeCount < this.lastModel.outcomes.length) {
      this.post({ type: 'broken', message: syntax.message, line: syntax.start.line + 1 });
    } else {
      const model = e.panelModel(doc.uri.toString(), r.outcomes, r.findings, { lang: config.lang, today: config.today });
      this.lastModel = model;
      this.post({ type: 'model', model });
    }
    panel.title = vscode.l10n.t('CBO Canvas: {0}', doc.uri.path.split('/').pop() ?? '');
    this.lastUpdateMs = performance.now() - changedAt;
  }

  private emptyModel(): PanelModel {
    return getEngine().panelModel('', [], [], { lang: this.settings.lang(), today: localDate() });
  }

  private post(m: HostToWebview<PanelModel>): void {
    void this.panel?.webview.postMessage(m);
  }

  private async onMessage(raw: unknown): Promise<void> {
    const m = parseWebviewMessage(raw);
    if (!m) return; // unknown or malformed: ignored
    const doc = this.doc;
    switch (m.type) {
      case 'ready':
        this.schedule(0);
        return;
      case 'reveal': {
        if (!doc) return;
        const end = Math.min(m.end, doc.getText().length);
        const range = offsetRange(doc, Math.min(m.start, end), end);
        const column = vscode.window.visibleTextEditors.find((e) => e.document === doc)?.viewColumn ?? vscode.ViewColumn.One;
        const editor = await vscode.window.showTextDocument(doc, { viewColumn: column, selection: range, preserveFocus: false });
        editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
        return;
      }
      case 'openLink':
        if (isSafeLink(m.href)) await vscode.env.openExternal(vscode.Uri.parse(m.href, true));
        return;
      case 'insertTemplate': {
        if (!doc) return;
        // At the end of the file, through the same snippet the user could pick by hand.
        const editor = await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, preserveFocus: false });
        const end = doc.positionAt(doc.getText().length);
        editor.selection = new vscode.Selection(end, end);
        await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: doc.languageId, name: doc.languageId === 'markdown' ? 'CBO template' : 'CBO outcome' });
        return;
      }
    }
  }

  dispose(): void {
    this.panel?.dispose();
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
