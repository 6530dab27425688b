// The one page shell of every CBO Guide webview, so the security policy is written once:
// CSP default-src 'none'; a fresh nonce for our one script and our styles; images only from
// the extension or data: URLs; nothing remote, no inline script, no eval.
import * as vscode from 'vscode';
import { escapeHtml } from '../core/view/escape';
import { makeNonce } from './nonce';

export interface WebviewPage {
  lang: string;
  /** Plain text; escaped here. */
  title: string;
  /** Our script (dist/webview/*.js). */
  script: vscode.Uri;
  /** Our stylesheet file (media/*.css), or our own CSS text set inline under the nonce. */
  style: { file: vscode.Uri } | { css: string };
  /** The body's content, already built and escaped by the caller. */
  body: string;
}

export function webviewPage(webview: vscode.Webview, page: WebviewPage): string {
  const nonce = makeNonce();
  const fromFile = 'file' in page.style;
  const csp = [
    "default-src 'none'",
    `img-src ${webview.cspSource} data:`,
    // A stylesheet file is loaded from the extension; inline CSS needs only the nonce.
    fromFile ? `style-src ${webview.cspSource} 'nonce-${nonce}'` : `style-src 'nonce-${nonce}'`,
    ...(fromFile ? [`font-src ${webview.cspSource}`] : []),
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  const style = 'file' in page.style
    ? `<link rel="stylesheet" nonce="${nonce}" href="${escapeHtml(webview.asWebviewUri(page.style.file).toString())}">`
    : `<style nonce="${nonce}">${page.style.css}</style>`;
  return `<!DOCTYPE html>
<html lang="${escapeHtml(page.lang)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
${style}
<title>${escapeHtml(page.title)}</title>
</head>
<body>
${page.body}
<script nonce="${nonce}" src="${escapeHtml(webview.asWebviewUri(page.script).toString())}"></script>
</body>
</html>`;
}
