// The canvas side panel: follows the active editor while it shows a CBO document (a CBO
// YAML file, or Markdown holding a `## CBO:` heading or a ```cbo fence; never the
// extension's own docs), or stays on one file when pinned. It draws from the diagnostics'
// lint of that document (one lint per edit, not two), posts a new model as the user types
// (the page is built once), reveals source ranges on click, inserts missing sections, and is
// restored after a window reload by its serializer. Every webview message is validated here.
import * as vscode from 'vscode';
import type { LintResult } from '../../core/api';
import type { PanelModel } from '../../core/view/canvas';
import type { DiagnosticsController } from '../diagnostics';
import { isSafeLink, parseWebviewMessage, type HostToWebview, type PanelSection } from '../../shared/messages';
import { getEngine } from '../engine-loader';
import { inBackground, logError } from '../log';
import { offsetRange } from '../ranges';
import { shownIgnoredBy, type Settings } from '../settings';
import { readCsvMeasurements } from '../portfolio/csv';
import { panelHtml } from './html';
import { insertSection } from './insertSection';

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
  /** The lint result that model was drawn from: the diagnostics' own (tests check it is the same object). */
  lastResult: LintResult | undefined;
  /** Milliseconds from the last document change to the model being posted. */
  lastUpdateMs = 0;
  /** Stays on the current document instead of following the active editor. */
  pinned = false;
  /** When the shown document last changed, for `lastUpdateMs`. */
  private changedAt = performance.now();
  /** Each update's number: an update that finishes after a newer one started is dropped. */
  private generation = 0;
  private panelDisposables: vscode.Disposable[] = [];

  constructor(private readonly extensionUri: vscode.Uri, private readonly settings: Settings, private readonly diagnostics: DiagnosticsController) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor((e) => {
        if (this.panel && !this.pinned && e && e.document !== this.doc && this.follows(e.document)) {
          this.doc = e.document;
          this.schedule(0);
        }
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.panel && e.document === this.doc) this.changedAt = performance.now();
      }),
      // The diagnostics lint the shown document as the user types; the panel draws that result.
      diagnostics.onDidLint((e) => {
        if (this.panel && this.doc && e.uri.toString() === this.doc.uri.toString()) inBackground('Updating the canvas', this.update(e.result));
      }),
      // Nor is an ignored one linted: without a result of its own the panel kept the canvas it
      // drew before. The diagnostics say when they leave the shown document unlinted (opened,
      // shown or come to be ignored), and the panel says why instead.
      diagnostics.onDidSkip((uri) => {
        if (this.panel && this.doc && uri.toString() === this.doc.uri.toString()) inBackground('Showing an ignored file in the canvas', this.showIgnored(this.doc));
      }),
    );
  }

  /**
   * Whether the panel should show a document: one the extension lints, outside the
   * extension's own rule docs, and for Markdown only when it holds a CBO.
   */
  follows(doc: vscode.TextDocument): boolean {
    if (!this.settings.applies(doc)) return false;
    if (this.isOwnDoc(doc)) return false;
    if (doc.languageId !== 'markdown') return true;
    return /^\s{0,3}#{1,6}\s+(?:CBO|고객\s*비즈니스\s*성과)\s*[:：]|^\s{0,3}(?:```|~~~)\s*cbo\b/im.test(doc.getText());
  }

  /**
   * The extension's own rule pages (docs/), not any file that happens to sit under its folder
   * (a workspace inside an extension's repository, as when developing it, is still a workspace).
   */
  private isOwnDoc(doc: vscode.TextDocument): boolean {
    return doc.uri.toString().startsWith(vscode.Uri.joinPath(this.extensionUri, 'docs').toString() + '/');
  }

  /** Pin the panel to the document it shows, or let it follow the active editor again. */
  setPinned(pinned: boolean): void {
    this.pinned = pinned;
    if (!pinned) {
      const active = vscode.window.activeTextEditor?.document;
      if (active && this.follows(active)) this.doc = active;
    }
    this.schedule(0);
  }

  /** The document the panel shows. */
  get document(): vscode.TextDocument | undefined {
    return this.doc;
  }

  get isOpen(): boolean {
    return this.panel !== undefined;
  }

  open(doc: vscode.TextDocument | undefined = vscode.window.activeTextEditor?.document): vscode.WebviewPanel {
    // Asked for by name, a linted document is shown even before it holds a CBO (the empty
    // canvas offers the template); following the active editor is stricter (follows()).
    if (doc && this.settings.applies(doc) && !this.isOwnDoc(doc)) this.doc = doc;
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
        this.doc = this.follows(d) ? d : undefined;
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
      this.pinned = false;
      inBackground('Releasing the canvas models', this.diagnostics.keepModelsFor(undefined));
      for (const d of this.panelDisposables.splice(0)) d.dispose();
    }, undefined, this.panelDisposables);
  }

  private schedule(delay: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => inBackground('Updating the canvas', this.refresh()), delay);
  }

  /** The shown document changed (or the panel opened): get its lint, with models, and draw it. */
  private async refresh(): Promise<void> {
    const doc = this.doc;
    if (!this.panel) return;
    if (!doc) {
      this.post({ type: 'model', model: this.emptyModel() });
      return;
    }
    const r = await this.diagnostics.keepModelsFor(doc);
    if (r && doc === this.doc) await this.update(r);
  }

  private async update(r: LintResult): Promise<void> {
    const panel = this.panel;
    const doc = this.doc;
    if (!panel || !doc) return;
    const gen = ++this.generation;
    const config = await this.settings.resolve(doc);
    if (gen !== this.generation || doc !== this.doc) return; // a newer update is on its way
    if (r.outcomes.length !== r.outcomeCount) {
      // A result made before the panel asked for models: ask again (keeps one lint per edit).
      inBackground('Refreshing the canvas', this.refresh());
      return;
    }
    const syntax = r.findings.find((f) => f.ruleId === 'yaml-syntax');
    if (syntax && this.lastModel && this.lastModel.file === doc.uri.toString() && r.outcomeCount < this.lastModel.outcomes.length) {
      this.post({ type: 'broken', message: syntax.message, line: syntax.start.line + 1 });
    } else {
      // Readings kept in a CSV beside the file (`measurements: { file: x.csv }`) belong on the
      // chart too; the CSV's own problems are the portfolio's and the report's to show.
      if (!doc.isUntitled) await readCsvMeasurements(doc.uri, r.outcomes, (o) => doc.positionAt(o).line + 1, config.maxFileBytes, config.lang);
      if (gen !== this.generation || doc !== this.doc) return;
      const model = getEngine().panelModel(doc.uri.toString(), r.outcomes, r.findings, { lang: await this.panelLang(doc, r, config.lang), today: config.today });
      model.pinned = this.pinned;
      this.lastModel = model;
      this.lastResult = r;
      this.post({ type: 'model', model });
    }
    this.shown(panel, doc);
  }

  /** The document the panel shows is ignored by a `.cborc.yaml` (core/view/canvas-ignored.ts): say so, and by what. */
  private async showIgnored(doc: vscode.TextDocument): Promise<void> {
    const panel = this.panel;
    if (!panel) return;
    const gen = ++this.generation; // an update of the canvas still on its way is dropped
    const by = await this.settings.ignoredBy(doc.uri);
    // No longer ignored by now: the lint that follows draws the canvas.
    if (!by || gen !== this.generation || doc !== this.doc) return;
    const lang = (await this.settings.nearest(doc.uri)).config.lang ?? this.settings.lang();
    if (gen !== this.generation || doc !== this.doc) return;
    const model = getEngine().ignoredPanelModel(doc.uri.toString(), shownIgnoredBy(by), { lang, today: this.settings.today() });
    model.pinned = this.pinned;
    this.lastModel = model;
    this.lastResult = undefined;
    this.post({ type: 'model', model });
    this.shown(panel, doc);
  }

  /** The title names the file drawn, and the time it took is kept for the figures. */
  private shown(panel: vscode.WebviewPanel, doc: vscode.TextDocument): void {
    panel.title = this.pinned ? vscode.l10n.t('CBO Canvas (pinned): {0}', doc.uri.path.split('/').pop() ?? '') : vscode.l10n.t('CBO Canvas: {0}', doc.uri.path.split('/').pop() ?? '');
    this.lastUpdateMs = performance.now() - this.changedAt;
  }

  /**
   * The panel speaks the plan's language when nobody chose one: a Korean plan gets a Korean
   * canvas even in an English VS Code (the setting or `.cborc.yaml` `lang` still wins).
   */
  private async panelLang(doc: vscode.TextDocument, r: LintResult, lang: 'en' | 'ko'): Promise<'en' | 'ko'> {
    if (this.settings.section.get<string>('lang', 'auto') !== 'auto' || (await this.settings.nearest(doc.uri)).config.lang) return lang;
    const titles = r.outcomes.map((o) => o.title?.value ?? '');
    return titles.length && titles.every((t) => /[가-힣]/.test(t)) ? 'ko' : lang;
  }

  private emptyModel(): PanelModel {
    return getEngine().panelModel('', [], [], { lang: this.settings.lang(), today: this.settings.today() });
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
      case 'pin':
        this.setPinned(m.pinned);
        return;
      case 'insertSection':
        await this.insertSection(m.outcome, m.section);
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

  /** "Add the business context" and the other prompt links: insert that section into the shown document. */
  async insertSection(outcome: number, section: PanelSection): Promise<boolean> {
    return this.doc ? insertSection(this.settings, this.doc, outcome, section) : false;
  }

  dispose(): void {
    this.panel?.dispose();
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
