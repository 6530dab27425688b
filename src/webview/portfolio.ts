// The portfolio webview's one script: the page is built (and escaped) by the host; this only
// turns clicks on its buttons into messages. No data is rendered here.
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
