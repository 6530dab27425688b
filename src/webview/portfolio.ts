// The portfolio webview's one script: the page is built (and escaped) by the host; this turns
// clicks on its buttons into messages and swaps in the content the host posts after an edit
// (host-built, every user string escaped there; the CSP runs no inline script regardless).
import type { PortfolioToHost } from '../shared/portfolio-messages';

declare function acquireVsCodeApi(): { postMessage(m: PortfolioToHost): void };
const vscode = acquireVsCodeApi();

document.addEventListener('click', (e) => {
  const el = (e.target as Element | null)?.closest('[data-reveal],[data-export],[data-refresh]');
  if (!el) return;
  e.preventDefault();
  const reveal = el.getAttribute('data-reveal');
  const exp = el.getAttribute('data-export');
  if (reveal !== null) vscode.postMessage({ type: 'reveal', index: Number(reveal) });
  else if (exp === 'md' || exp === 'html') vscode.postMessage({ type: 'export', format: exp });
  else vscode.postMessage({ type: 'refresh' });
});

window.addEventListener('message', (e: MessageEvent<unknown>) => {
  const m = e.data as { type?: unknown; html?: unknown } | null;
  const root = document.getElementById('root');
  if (root && m && m.type === 'update' && typeof m.html === 'string') {
    root.innerHTML = m.html;
    document.body.dataset.updates = String(Number(document.body.dataset.updates ?? 0) + 1);
  }
});
