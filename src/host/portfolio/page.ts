// The portfolio webview's page: its content is built in core (core/view/portfolio-page.ts,
// every user string escaped there) from the words translated here; its shell and strict CSP
// are ../webview-page.ts.
import * as vscode from 'vscode';
import type { CsvNote, LeftOut, Portfolio } from '../../core/api';
import { getEngine } from '../engine-loader';
import { webviewPage } from '../webview-page';

const CSS = `body{font-family:var(--vscode-font-family);color:var(--vscode-foreground);background:var(--vscode-editor-background);padding:0 16px 24px;line-height:1.45}
header{display:flex;align-items:center;gap:8px;flex-wrap:wrap}header h1{font-size:1.4em;margin:12px 12px 12px 0}
button{background:var(--vscode-button-background);color:var(--vscode-button-foreground);border:0;padding:4px 10px;cursor:pointer}
button.secondary{background:var(--vscode-button-secondaryBackground);color:var(--vscode-button-secondaryForeground)}
.rates{display:grid;grid-template-columns:repeat(auto-fit,minmax(180px,1fr));gap:10px;margin:8px 0 16px}
.rate{border:1px solid var(--vscode-panel-border);border-left-width:4px;padding:8px 10px}
.rate.met{border-left-color:var(--vscode-testing-iconPassed)}.rate.miss{border-left-color:var(--vscode-errorForeground)}
.rate .v{font-size:1.6em;font-weight:600}.rate .t,.muted{color:var(--vscode-descriptionForeground);font-size:.9em}
table{border-collapse:collapse;margin:8px 0 16px}td,th{border:1px solid var(--vscode-panel-border);padding:3px 8px;text-align:left}
th{background:var(--vscode-editorWidget-background)}a,.link{color:var(--vscode-textLink-foreground);cursor:pointer;background:none;padding:0;text-align:left}
.date{white-space:nowrap}pre{background:var(--vscode-textCodeBlock-background);padding:8px;overflow:auto}`;

/** The page's content (everything inside <main>): posted again on each update. `leftOut`: PortfolioStore.leftOut(). */
export function portfolioBody(p: Portfolio, problems: CsvNote[], lang: 'en' | 'ko', leftOut?: LeftOut): string {
  const ui = {
    title: vscode.l10n.t('CBO Portfolio'),
    exportHtml: vscode.l10n.t('Export HTML'),
    exportMarkdown: vscode.l10n.t('Export Markdown'),
    refresh: vscode.l10n.t('Refresh'),
  };
  return getEngine().portfolioPageBody(p, problems, lang, ui, leftOut);
}

/** The page shell, set once per panel; the content inside <main> is replaced by messages. */
export function portfolioPage(webview: vscode.Webview, extensionUri: vscode.Uri, body: string, lang: 'en' | 'ko'): string {
  return webviewPage(webview, {
    lang,
    title: vscode.l10n.t('CBO Portfolio'),
    script: vscode.Uri.joinPath(extensionUri, 'dist', 'webview', 'portfolio.js'),
    style: { css: CSS },
    body: `<main id="root">${body}</main>`,
  });
}
