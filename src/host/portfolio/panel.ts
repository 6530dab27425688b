// "CBO: Open Portfolio": a webview of the workspace's portfolio (the four rates against their
// targets, every outcome with a jump to its line, and the portfolio report), kept current
// from the PortfolioStore; exports the printable report as HTML or Markdown.
import * as vscode from 'vscode';
import { fileExists } from '../fileExists';
import { parsePortfolioMessage } from '../../shared/portfolio-messages';
import { getEngine } from '../engine-loader';
import type { Settings } from '../settings';
import { portfolioBody, portfolioPage } from './page';
import { PortfolioStore } from './store';
import { resolveParticles } from '../../core/text/josa';

export const PORTFOLIO_VIEW_TYPE = 'cbo.portfolioPanel';

export class PortfolioPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly sub: vscode.Disposable;
  /** How many times the page was built, for tests. */
  renders = 0;

  constructor(private readonly extensionUri: vscode.Uri, private readonly settings: Settings, private readonly store: PortfolioStore) {
    this.sub = store.onDidChange(() => this.schedule());
  }

  get isOpen(): boolean {
    return this.panel !== undefined;
  }

  async open(): Promise<vscode.WebviewPanel> {
    if (!this.panel) {
      const panel = vscode.window.createWebviewPanel(PORTFOLIO_VIEW_TYPE, vscode.l10n.t('CBO Portfolio'), vscode.ViewColumn.Active, {
        enableScripts: true,
        localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview')],
      });
      this.panel = panel;
      this.shellSet = false;
      panel.onDidDispose(() => {
        this.panel = undefined;
        this.shellSet = false;
      });
      panel.webview.onDidReceiveMessage((m) => void this.onMessage(m).catch(() => undefined));
      // A hidden webview loses its page; shown again, it gets the page as it is now.
      // (The event also fires when focus moves; only a hidden-to-shown change needs a new page.)
      let wasVisible = true;
      panel.onDidChangeViewState((e) => {
        const visible = e.webviewPanel.visible;
        if (visible && !wasVisible) {
          this.shellSet = false;
          this.render();
        }
        wasVisible = visible;
      });
    } else this.panel.reveal();
    await this.store.ensureLoaded();
    this.render();
    return this.panel;
  }

  private schedule(): void {
    if (!this.panel) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.render(), 200);
  }

  /** The last content posted, for tests (the page itself is set once per panel). */
  lastBody = '';
  private shellSet = false;

  private render(): void {
    if (!this.panel) return;
    const { portfolio, entries } = this.store.portfolio();
    const problems = entries.flatMap((x) => x.problems);
    const body = portfolioBody(portfolio, problems, this.settings.lang(), this.store.leftOut());
    this.lastBody = body;
    // The page is built once; updates replace its content, so scroll and focus survive an edit.
    if (!this.shellSet) {
      this.panel.webview.html = portfolioPage(this.panel.webview, this.extensionUri, body, this.settings.lang());
      this.shellSet = true;
    } else void this.panel.webview.postMessage({ type: 'update', html: body });
    this.renders++;
  }

  private async onMessage(raw: unknown): Promise<void> {
    const m = parsePortfolioMessage(raw);
    if (!m) return;
    if (m.type === 'refresh') return this.store.refresh();
    const { portfolio, entries } = this.store.portfolio();
    if (m.type === 'reveal') {
      const row = portfolio.outcomes[m.index];
      const uri = row && PortfolioStore.uriOf(entries, row.file);
      if (!row || !uri) return;
      // Beside the portfolio, so the table stays in view while the file is read.
      const pos = new vscode.Position(Math.max(0, row.line - 1), 0);
      await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.Beside, preview: false, selection: new vscode.Range(pos, pos) });
      return;
    }
    await exportPortfolio(this.store, this.settings.lang(), m.format);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.sub.dispose();
    this.panel?.dispose();
  }
}

/** Writes the portfolio report where the user picks; an existing file is replaced only on a yes. */
export async function exportPortfolio(store: PortfolioStore, lang: 'en' | 'ko', format: 'md' | 'html', target?: vscode.Uri, overwrite?: boolean): Promise<vscode.Uri | undefined> {
  await store.ensureLoaded();
  const e = getEngine();
  const { portfolio, entries } = store.portfolio();
  const problems = entries.flatMap((x) => x.problems);
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const where = target ?? (await vscode.window.showSaveDialog({ defaultUri: folder && vscode.Uri.joinPath(folder, `portfolio-report.${format}`), filters: format === 'md' ? { Markdown: ['md'] } : { HTML: ['html'] } }));
  if (!where) return undefined;
  if (await fileExists(where)) {
    const yes = vscode.l10n.t('Overwrite');
    const ok = overwrite ?? (await vscode.window.showWarningMessage(resolveParticles(vscode.l10n.t('{0} already exists. Overwrite?', vscode.workspace.asRelativePath(where))), { modal: true }, yes)) === yes;
    if (!ok) return undefined;
  }
  const text = format === 'md' ? e.buildPortfolioReport(portfolio, { lang, problems }) : e.buildPortfolioHtml(portfolio, { lang, problems });
  await vscode.workspace.fs.writeFile(where, new TextEncoder().encode(text));
  void vscode.window.showInformationMessage(vscode.l10n.t('Report written to {0}', vscode.workspace.asRelativePath(where)));
  return where;
}
