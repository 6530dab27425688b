// Draws a progress chart in the panel with DOM calls, from the shared geometry.
import type { ChartPoint } from '../core/view/canvas';
// The webview's one run-time import of core, and a known exception to the layer rule: the
// geometry is pure arithmetic that the HTML report (core) draws too, so it lives beside the
// report until src/core/view's panel types move to src/shared (README, Architecture).
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- see above
import { chartGeometry } from '../core/view/chart';

const NS = 'http://www.w3.org/2000/svg';

function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const e = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

export function progressChart(points: ChartPoint[], label: string): SVGSVGElement {
  const g = chartGeometry(points);
  const svg = el('svg', { viewBox: `0 0 ${g.width} ${g.height}`, width: g.width, height: g.height, role: 'img', class: 'chart' });
  const title = el('title', {});
  title.textContent = label;
  svg.append(title);
  if (g.plan) svg.append(el('line', { ...g.plan, class: 'plan' }));
  if (g.actual.length) svg.append(el('polyline', { points: g.actual.map((p) => `${p.x},${p.y}`).join(' '), class: 'actual' }));
  for (const p of g.points) {
    const c = el('circle', { cx: p.x, cy: p.y, r: p.kind === 'measurement' ? 3 : 4, class: `pt ${p.kind}` });
    const t = el('title', {});
    t.textContent = p.label;
    c.append(t);
    svg.append(c);
  }
  return svg;
}
