// Geometry of a progress chart, shared by the panel (drawn with DOM calls) and the HTML
// report (an SVG string): axes with value and date ticks, the planned line from baseline to
// target, the target as a horizontal line, the deadline and today as vertical lines, the
// measured line, and the status the line shows. Everything is a list of plain shapes, so both
// renderers are a loop, and every text is escaped where it is written.
import { maxOf, minOf } from '../arrays';
import type { ChartPoint } from './canvas';
import { escapeHtml } from './escape';
import { displayWidth } from '../text/columns';
import { epochDay, isIsoDate } from '../text/date';
import { isMetricNumber } from '../metric-number';

export type Shape =
  | { t: 'line'; x1: number; y1: number; x2: number; y2: number; cls: string }
  | { t: 'polyline'; points: string; cls: string }
  | { t: 'circle'; cx: number; cy: number; r: number; cls: string; title: string }
  | { t: 'text'; x: number; y: number; text: string; cls: string; anchor: 'start' | 'middle' | 'end' };

export interface ChartOptions {
  /** ISO day; drawn as a vertical line, and readings after it are left out as not yet real. */
  today?: string;
  unit?: string;
  statusLabel?: string;
  status?: string;
  labels?: { target: string; deadline: string; today: string; baseline: string };
  width?: number;
  height?: number;
}

export interface ChartGeometry {
  width: number;
  height: number;
  plan?: { x1: number; y1: number; x2: number; y2: number };
  actual: { x: number; y: number }[];
  points: { x: number; y: number; kind: ChartPoint['kind']; label: string }[];
  shapes: Shape[];
}

// epochDay, not Date.UTC: that reads the years 0 to 99 as 1900 to 1999.
const day = epochDay;
const r1 = (x: number) => Math.round(x * 10) / 10;
const EN_LABELS = { target: 'target', deadline: 'deadline', today: 'today', baseline: 'baseline' };

function fmt(v: number): string {
  const a = Math.abs(v);
  if (a >= 1e6) return `${r1(v / 1e6)}M`;
  if (a >= 1e4) return `${r1(v / 1e3)}k`;
  return String(Math.round(v * 100) / 100);
}

function niceStep(raw: number): number {
  if (!(raw > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(raw));
  const f = raw / p;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10) * p;
}

/**
 * The points a chart can place: a date the calendar has and a number it can scale. Any other is
 * left out, never drawn as NaN nor thrown on: "1e99-01-01" read as the year 1e99 made
 * toISOString throw and lost a whole portfolio report, "2026-1-5" gave cx="NaN", and readings of
 * 1e308 and -1e308 overflowed the scale (metric-number.ts). Each such reading has a finding
 * already (schema, impossible-date), which the reports point to.
 */
export function drawablePoints(points: readonly ChartPoint[]): ChartPoint[] {
  return points.filter((p) => isIsoDate(p.date) && isMetricNumber(p.value));
}

/** The most readings a chart draws: more are no clearer at 460 px, and each is a shape to send and draw. */
export const MAX_DRAWN_READINGS = 400;

/**
 * The points with the readings thinned to at most `max` for drawing: the first, the last, and
 * the lowest and highest of each of (max - 2) / 2 runs in between, so every peak and dip stays
 * on the line. Baseline and target are always kept, and the order is unchanged. Only the
 * drawing is thinned: a million readings made a 99 MB report of one circle each. Status and
 * figures are computed from every reading elsewhere (progress.ts).
 */
export function thinReadings(points: ChartPoint[], max = MAX_DRAWN_READINGS): ChartPoint[] {
  const at: number[] = [];
  points.forEach((p, i) => p.kind === 'measurement' && at.push(i));
  if (at.length <= max) return points;
  const keep = new Set([at[0]!, at[at.length - 1]!]);
  const runs = Math.max(1, Math.floor((max - 2) / 2));
  for (let r = 0; r < runs; r++) {
    const [from, to] = [Math.floor((r * at.length) / runs), Math.floor(((r + 1) * at.length) / runs)];
    let [lo, hi] = [at[from]!, at[from]!];
    for (let k = from + 1; k < to; k++) {
      const v = points[at[k]!]!.value;
      if (v < points[lo]!.value) lo = at[k]!;
      if (v > points[hi]!.value) hi = at[k]!;
    }
    keep.add(lo).add(hi);
  }
  return points.filter((p, i) => p.kind !== 'measurement' || keep.has(i));
}

export function chartGeometry(all: ChartPoint[], opts: ChartOptions = {}): ChartGeometry {
  const width = opts.width ?? 460;
  const height = opts.height ?? 200;
  const L = opts.labels ?? EN_LABELS;
  const [left, right, top, bottom] = [46, 60, 22, 28];
  // A today that is no calendar date is not drawn, as a point that is none (drawablePoints).
  const today = opts.today !== undefined && isIsoDate(opts.today) ? opts.today : undefined;
  const points = thinReadings(drawablePoints(all).filter((p) => !today || p.kind !== 'measurement' || p.date <= today));
  const g: ChartGeometry = { width, height, actual: [], points: [], shapes: [] };
  if (points.length < 2) return g;
  const xs = points.map((p) => day(p.date));
  if (today) xs.push(day(today));
  const ys = points.map((p) => p.value);
  const [x0, x1] = [minOf(xs), maxOf(xs)];
  let [yMin, yMax] = [minOf(ys), maxOf(ys)];
  const padY = (yMax - yMin || Math.abs(yMax) || 1) * 0.12;
  yMin -= padY;
  yMax += padY;
  if (minOf(ys) >= 0 && yMin < 0) yMin = 0;
  // Round the axis to a readable step, so the ticks read 60%, 70%, 80% rather than 59.84%.
  const step = niceStep((yMax - yMin) / 2);
  yMin = Math.floor(yMin / step) * step;
  yMax = Math.ceil(yMax / step) * step;
  const X = (x: number) => r1(left + ((x - x0) / (x1 - x0 || 1)) * (width - left - right));
  const Y = (y: number) => r1(height - bottom - ((y - yMin) / (yMax - yMin || 1)) * (height - top - bottom));
  const S = g.shapes;
  const unit = opts.unit === '%' ? '%' : '';
  // Axes and ticks: three values up the side, the first and last day along the bottom.
  S.push({ t: 'line', x1: left, y1: height - bottom, x2: width - right, y2: height - bottom, cls: 'axis' });
  S.push({ t: 'line', x1: left, y1: top, x2: left, y2: height - bottom, cls: 'axis' });
  for (const v of [yMin, (yMin + yMax) / 2, yMax]) {
    S.push({ t: 'line', x1: left - 3, y1: Y(v), x2: left, y2: Y(v), cls: 'axis' });
    S.push({ t: 'text', x: left - 5, y: Y(v) + 3, text: `${fmt(v)}${unit}`, cls: 'tick', anchor: 'end' });
  }
  const iso = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 7);
  S.push({ t: 'text', x: left, y: height - bottom + 14, text: iso(x0), cls: 'tick', anchor: 'start' });
  S.push({ t: 'text', x: width - right, y: height - bottom + 14, text: iso(x1), cls: 'tick', anchor: 'end' });
  if (opts.unit && !unit) S.push({ t: 'text', x: 4, y: top - 8, text: opts.unit, cls: 'tick', anchor: 'start' });

  const base = points.find((p) => p.kind === 'baseline');
  const target = points.find((p) => p.kind === 'target');
  if (target) {
    const ty = Y(target.value);
    S.push({ t: 'line', x1: left, y1: ty, x2: width - right, y2: ty, cls: 'target-line' });
    S.push({ t: 'text', x: width - right + 4, y: ty + 3, text: `${L.target} ${fmt(target.value)}${unit}`, cls: 'label target', anchor: 'start' });
    const tx = X(day(target.date));
    S.push({ t: 'line', x1: tx, y1: top, x2: tx, y2: height - bottom, cls: 'deadline-line' });
    S.push({ t: 'text', x: tx, y: top - 4, text: `${L.deadline} ${target.date}`, cls: 'label deadline', anchor: tx > width - right - 40 ? 'end' : 'middle' });
  }
  if (today) {
    const nx = X(day(today));
    S.push({ t: 'line', x1: nx, y1: top, x2: nx, y2: height - bottom, cls: 'today-line' });
    S.push({ t: 'text', x: nx, y: height - bottom + 24, text: L.today, cls: 'label today', anchor: 'middle' });
  }
  if (base && target) {
    g.plan = { x1: X(day(base.date)), y1: Y(base.value), x2: X(day(target.date)), y2: Y(target.value) };
    S.push({ t: 'line', ...g.plan, cls: 'plan' });
  }
  const measured = points.filter((p) => p.kind !== 'target');
  if (measured.length > 1) {
    g.actual = measured.map((p) => ({ x: X(day(p.date)), y: Y(p.value) }));
    S.push({ t: 'polyline', points: g.actual.map((p) => `${p.x},${p.y}`).join(' '), cls: 'actual' });
  }
  g.points = points.map((p) => ({ x: X(day(p.date)), y: Y(p.value), kind: p.kind, label: `${p.kind === 'baseline' ? L.baseline : p.kind === 'target' ? L.target : ''} ${p.date}: ${fmt(p.value)}${unit}`.trim() }));
  for (const p of g.points) S.push({ t: 'circle', cx: p.x, cy: p.y, r: p.kind === 'measurement' ? 3 : 4, cls: `pt ${p.kind}`, title: p.label });
  const last = g.actual[g.actual.length - 1];
  if (opts.statusLabel && last) {
    const at = statusLabelPlace(g.actual, opts.statusLabel, today ? X(day(today)) : undefined, left);
    S.push({ t: 'text', ...at, text: opts.statusLabel, cls: `label status ${opts.status ?? ''}`.trim() });
  }
  return g;
}

/** Rough width of an 11px bold label: about 6.5 px a column (Hangul and CJK take two). */
function labelWidth(text: string): number {
  return displayWidth(text) * 6.5;
}

/**
 * Where the status label goes: right of the latest reading, unless the today line runs
 * through that space (a reading taken last month sits just left of it); then left of the
 * reading, on the side away from the segment that comes into it, or right of the today line
 * when the left has no room.
 */
function statusLabelPlace(actual: { x: number; y: number }[], text: string, todayX: number | undefined, left: number): { x: number; y: number; anchor: 'start' | 'end' } {
  const last = actual[actual.length - 1]!;
  const w = labelWidth(text);
  const right = { x: last.x + 6, y: last.y - 6, anchor: 'start' as const };
  if (todayX === undefined || todayX < last.x - 2 || todayX > right.x + w + 2) return right;
  if (last.x - 6 - w < left + 4) return { ...right, x: r1(todayX + 4) };
  const prev = actual[actual.length - 2];
  const fromAbove = prev !== undefined && prev.y < last.y;
  return { x: r1(last.x - 6), y: r1(fromAbove ? last.y + 14 : last.y - 6), anchor: 'end' };
}

/** The chart as an SVG string, every label escaped (for the self-contained HTML report). */
export function chartSvg(points: ChartPoint[], label: string, opts: ChartOptions = {}): string {
  const g = chartGeometry(points, opts);
  const parts = [`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${g.width} ${g.height}" width="${g.width}" height="${g.height}" role="img" class="chart"><title>${escapeHtml(label)}</title>`];
  for (const s of g.shapes) {
    if (s.t === 'line') parts.push(`<line class="${s.cls}" x1="${s.x1}" y1="${s.y1}" x2="${s.x2}" y2="${s.y2}"/>`);
    else if (s.t === 'polyline') parts.push(`<polyline class="${s.cls}" points="${s.points}"/>`);
    else if (s.t === 'circle') parts.push(`<circle class="${s.cls}" cx="${s.cx}" cy="${s.cy}" r="${s.r}"><title>${escapeHtml(s.title)}</title></circle>`);
    else parts.push(`<text class="${s.cls}" x="${s.x}" y="${s.y}" text-anchor="${s.anchor}">${escapeHtml(s.text)}</text>`);
  }
  parts.push('</svg>');
  return parts.join('');
}
