// Draws a progress chart in the panel with DOM calls.
// The geometry comes in the panel model, laid out by core (core/view/chart.ts), so this file
// only turns shapes into DOM nodes and the webview bundle holds nothing of core.
import type { ChartGeometry } from '../core/view/chart';

const NS = 'http://www.w3.org/2000/svg';

function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const e = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

export function progressChart(g: ChartGeometry, label: string): SVGSVGElement {
  const svg = el('svg', { viewBox: `0 0 ${g.width} ${g.height}`, width: g.width, height: g.height, role: 'img', class: 'chart' });
  const title = el('title', {});
  title.textContent = label;
  svg.append(title);
  for (const s of g.shapes) {
    if (s.t === 'line') svg.append(el('line', { x1: s.x1, y1: s.y1, x2: s.x2, y2: s.y2, class: s.cls }));
    else if (s.t === 'polyline') svg.append(el('polyline', { points: s.points, class: s.cls }));
    else if (s.t === 'circle') {
      const c = el('circle', { cx: s.cx, cy: s.cy, r: s.r, class: s.cls });
      const t = el('title', {});
      t.textContent = s.title;
      c.append(t);
      svg.append(c);
    } else {
      const t = el('text', { x: s.x, y: s.y, 'text-anchor': s.anchor, class: s.cls });
      t.textContent = s.text; // textContent: user text is never parsed as markup
      svg.append(t);
    }
  }
  return svg;
}
