// The canvas panel's page: the shared shell (../webview-page.ts) with our script and
// stylesheet; the content arrives by message into <main>.
import * as vscode from 'vscode';
import { webviewPage } from '../webview-page';

export function panelHtml(webview: vscode.Webview, extensionUri: vscode.Uri, lang: string): string {
  return webviewPage(webview, {
    lang,
    title: vscode.l10n.t('CBO Canvas'),
    script: vscode.Uri.joinPath(extensionUri, 'dist', 'webview', 'main.js'),
    style: { file: vscode.Uri.joinPath(extensionUri, 'media', 'canvas.css') },
    body: '<main id="root" aria-live="polite"></main>',
  });
}
