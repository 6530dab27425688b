// Messages between the extension host and the canvas webview, and the checks both sides
// apply to them. It imports nothing of ours (the layer rule, eslint.config.mjs): the panel
// model, which core computes, comes in as the type parameter `Model`, so both bundles can
// import this file and neither pulls core in. The host validates every message it receives.

export type HostToWebview<Model> =
  | { type: 'model'; model: Model }
  /** The file no longer parses: the webview greys the last good canvas and shows why. */
  | { type: 'broken'; message: string; line: number };

export type WebviewToHost =
  | { type: 'ready' }
  | { type: 'reveal'; start: number; end: number }
  | { type: 'openLink'; href: string }
  | { type: 'insertTemplate' };

/** Narrow an unknown message from the webview to a known one, or undefined. */
export function parseWebviewMessage(m: unknown): WebviewToHost | undefined {
  if (!m || typeof m !== 'object') return undefined;
  const r = m as Record<string, unknown>;
  const int = (x: unknown) => typeof x === 'number' && Number.isInteger(x) && x >= 0 && x < 1e9;
  switch (r.type) {
    case 'ready':
    case 'insertTemplate':
      return { type: r.type };
    case 'reveal':
      return int(r.start) && int(r.end) && (r.end as number) >= (r.start as number) ? { type: 'reveal', start: r.start as number, end: r.end as number } : undefined;
    case 'openLink':
      return typeof r.href === 'string' && r.href.length < 2048 ? { type: 'openLink', href: r.href } : undefined;
    default:
      return undefined;
  }
}

/** Links the panel may open: web and mail only, never command:, file:, javascript: or data:. */
export function isSafeLink(href: string): boolean {
  try {
    const u = new URL(href);
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
    return (u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'mailto:') && !/[\u0000-\u001f]/.test(href);
  } catch {
    return false;
  }
}
