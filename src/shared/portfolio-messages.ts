// Messages between the portfolio webview and the host. The host validates every message it
// receives: a webview is a page, and what it sends is treated as untrusted input.
export type PortfolioToHost = { type: 'reveal'; index: number } | { type: 'export'; format: 'md' | 'html' } | { type: 'refresh' };

export function parsePortfolioMessage(m: unknown): PortfolioToHost | undefined {
  if (!m || typeof m !== 'object') return undefined;
  const x = m as Record<string, unknown>;
  if (x.type === 'reveal' && typeof x.index === 'number' && Number.isInteger(x.index) && x.index >= 0) return { type: 'reveal', index: x.index };
  if (x.type === 'export' && (x.format === 'md' || x.format === 'html')) return { type: 'export', format: x.format };
  if (x.type === 'refresh') return { type: 'refresh' };
  return undefined;
}
