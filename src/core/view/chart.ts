// Geometry of a progress chart (baseline → measurements → target), shared by the panel,
// which draws it with DOM calls, and the HTML report, which writes it as an SVG string.
import { maxOf, minOf } from '../arrays';
import type { ChartPoint } from './canvas';
import { escapeHtml } from './escape';

export interface ChartGeometry {
  width: number;
  height: number;
  plan?: { x1: number; y1: number; x2: number; y2: number };
  actual: { x: number; y: number }[];
  points: { x: number; y: number; kind: ChartPoint['kind']; label: string }[];
}

const day = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;
const r1 = (x: number) => Math.round(x * 10) / 10;

export function chartGeometry(points: ChartPoint[], width = 260, height = 90, pad = 14): ChartGeometry {
  const g: ChartGeometry = { width, height, actual: [], points: [] };
  if (points.length < 2) return g;
  const xs = points.map((p) => day(p.date));
  const ys = points.map((p) => p.value);
  const [x0, x1] = [minOf(xs), maxOf(xs)];
  const [yMin, yMax] = [minOf(ys), maxOf(ys)];
  const X = (x: number) => r1(pad + ((x - x0) / (x1 - x0 || 1)) * (width - 2 * pad));
  const Y = (y: number) => r1(height - pad - ((y - yMin) / (yMax - yMin || 1)) * (height - 2 * pad));
  const base = points.find((p) => p.kind === 'baseline');
  const target = points.find((p) => p.kind === 'target');
  if (base && target) g.plan = { x1: X(day(base.date)), y1: Y(base.value), x2: X(day(target.date)), y2: Y(target.value) };
  const measured = points.filter((p) => p.kind !== 'target');
  if (measured.length > 1) g.actual = measured.map((p) => ({ x: X(day(p.date)), y: Y(p.value) }));
  g.points = points.map((p) => ({ x: X(day(p.date)), y: Y(p.value), kind: p.kind, label: `${p.kind} ${p.date}: ${p.value}` }));
  return g;
}


/** The chart as an SVG string, every label escaped (for the self-contained HTML report). */
export function chartSvg(points: ChartPoint[], label: string): string {
  const g = chartGeometry(points);
  const parts = [`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${g.width} ${g.height}" width="${g.width}" height="${g.height}" role="img" class="chart"><title>${escapeHtml(label)}</title>`];
  if (g.plan) parts.push(`<line class="plan" x1="${g.plan.x1}" y1="${g.plan.y1}" x2="${g.plan.x2}" y2="${g.plan.y2}"/>`);
  if (g.actual.length) parts.push(`<polyline class="actual" points="${g.actual.map((p) => `${p.x},${p.y}`).join(' ')}"/>`);
  for (const p of g.points) parts.push(`<circle class="pt ${p.kind}" cx="${p.x}" cy="${p.y}" r="${p.kind === 'measurement' ? 3 : 4}"><title>${escapeHtml(p.label)}</title></circle>`);
  parts.push('</svg>');
  return parts.join('');
}
