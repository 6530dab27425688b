// A metric's figures as the reports write them ("80% by 2027-06-30", "71% on 2026-10-31"),
// shared by the one-file report and the portfolio's account tables so both say it alike.
// Every string from the file (units, dates, free text) is escaped for Markdown.
import type { Lang } from './finding';
import type { Measure, Metric } from './model';
import { isMetricNumber } from './metric-number';
import { formatNumber } from './money';
import { escapeInline } from './portfolio/escape-md';
import type { Progress, ProgressStatus } from './progress';
import { dateAsWritten, statusSaid } from './report-caveats';
import { filledOrNot } from './report-unfilled';
import type { Words } from './report-words';

/** What the figures need: the words and the locale of the report. */
export interface MeasureCtx {
  w: Words;
  locale: string;
  lang: Lang;
}

/** A metric point as "80%" or "12 hours"; the free text as written when there is no number. */
export function measureText(c: MeasureCtx, m: Measure | undefined, metric: Metric | undefined, digits = 4): string | undefined {
  if (!m) return undefined;
  const v = m.value?.value;
  // Free text as written, a template blank in it ("[Current state measurement]") shown as such; so
  // is a number past 2^53, which a double holds as another number (metric-number.ts).
  if (!isMetricNumber(v)) return m.raw?.value.trim() ? filledOrNot(m.raw.value, c.w.notFilledIn) : undefined;
  const unit = (metric?.unit?.value ?? m.unit ?? '').trim();
  const num = formatNumber(v, c.locale, digits);
  if (!unit) return num;
  return /^[%％]$/.test(unit) ? `${num}${unit}` : `${num} ${escapeInline(unit)}`;
}

/** A number of the metric's, written like its measurements. */
export function valueText(c: MeasureCtx, value: number, metric: Metric | undefined, digits = 4): string {
  return measureText(c, { span: { start: 0, end: 0 }, value: { value, span: { start: 0, end: 0 } } }, metric, digits) ?? '';
}

/** "80% by 2027-06-30", or '–' without a target; a date that is none is marked ("2027-13-01 (not a date)"). */
export function targetText(c: MeasureCtx, metric: Metric | undefined): string {
  const t = measureText(c, metric?.target, metric);
  if (!t) return '–';
  const d = metric?.target?.date?.value;
  return d && !dateInText(metric!.target!) ? c.w.by(t, escapeInline(dateAsWritten(c.lang, d))) : t;
}

/**
 * Whether the point is shown as its text and its date is in that text ("12345678901234567% as of
 * 2026-03-31", a plan's line with a number too large to show): "as of" it again would say it twice.
 */
export function dateInText(m: Measure): boolean {
  const raw = m.raw?.span, d = m.date?.span;
  return !isMetricNumber(m.value?.value) && raw !== undefined && d !== undefined && d.start >= raw.start && d.end <= raw.end;
}

/** "71% on 2026-10-31": the latest reading on or before today, or '–'. */
export function achievedText(c: MeasureCtx, progress: Progress | undefined, metric: Metric | undefined): string {
  const p = progress?.latest;
  if (!p) return '–';
  const v = valueText(c, p.value, metric);
  return v && p.date ? c.w.on(v, escapeInline(p.date)) : v || '–';
}

/**
 * A metric given by its name alone (`secondary: [Pallets on the dock at 06:00]`, which the schema
 * allows): no baseline, target, reading or CSV of readings. It is followed, not broken, so the
 * reports and the canvas say "tracked, no figures yet" rather than "no data (no numeric baseline)".
 */
export function namedOnly(m: Metric): boolean {
  return !m.baseline && !m.target && !m.measurements.length && !m.measurementsFile;
}

/** A status's mark, before its words. */
export const STATUS_SYMBOL: Record<ProgressStatus, string> = { achieved: '✓', 'on-track': '✓', 'at-risk': '⚠', 'off-track': '✗', 'no-data': '–' };

/**
 * The mark of a goal at target only after its deadline: not the ✓ of one achieved, since outcome
 * achievement does not count it, but no ✗ either, since it is at target.
 */
export const LATE_SYMBOL = '⚠';

/**
 * "✓ on track", or "– no data (the target has no valid date)": a "no data" always says why, since
 * beside a latest reading a bare one reads as the tool's fault. `progress` undefined: no metric.
 * `late`: "⚠ achieved late" (statusSaid).
 */
export function statusShown(c: MeasureCtx, progress: Progress | undefined, late = false): string {
  return `${late ? LATE_SYMBOL : STATUS_SYMBOL[progress?.status ?? 'no-data']} ${statusSaid(c.lang, progress, undefined, late)}`;
}
