// The one-file report's ROI summary (the figures of its total, or of each currency, with what the
// reader must know about them: a year's value against the whole cost, what is left out), and
// the claimed value split by type, which the portfolio report shows under its totals too.
import { append, maxOf } from './arrays';
import type { Lang } from './finding';
import type { ValueType } from './model';
import { formatMoney, formatPercent, formatTenths } from './money';
import { escapeInline } from './portfolio/escape-md';
import type { Words } from './report-words';
import type { RoiFigures, RoiTotal } from './roi';
import { displayWidth } from './text/columns';
import { showControls } from './text/controls';

/** What the figures need: the words and the locale of the report. */
export interface FiguresCtx {
  w: Words;
  locale: string;
  lang: Lang;
}

/** Money for Markdown: the currency is user text (an unknown code is printed as written), so it is escaped too. */
export function money(c: FiguresCtx, minor: number | undefined, currency: string | undefined): string {
  return minor === undefined ? c.w.notComputed : escapeInline(formatMoney(minor, currency, c.locale));
}

export function pct(c: FiguresCtx, p: number | undefined): string {
  return p === undefined ? c.w.notComputed : formatPercent(p, c.locale);
}

export function months(c: FiguresCtx, m: number | undefined): string {
  return m === undefined ? c.w.notComputed : c.w.months(formatTenths(m, c.locale));
}

/**
 * The ROI section of a file's outcomes. `total`: their sum (mixed-currencies when they are in
 * several); `perCurrency`: each currency's total, in the order of the codes (read only then).
 */
export function roiSection(total: RoiTotal, perCurrency: RoiTotal[], c: FiguresCtx): string[] {
  const { w } = c;
  const out = [`## ${w.roi}`, ''];
  if (!total.outcomes) return [...out, w.noValue, ''];
  const mixed = total.issues.includes('mixed-currencies');
  if (mixed) {
    // One block of figures per currency, each under its code and with its own notes: amounts in
    // different currencies are never added, but each currency's total is as useful as one report's.
    out.push(w.mixed(total.currencies.map((x) => (x ? escapeInline(x) : w.currencyMissing)).join(', ')), '');
    for (const t of perCurrency) {
      out.push(`### ${escapeInline(t.currency ?? w.currencyMissing)}`, '');
      append(out, figuresBlock(t, c));
    }
  } else append(out, figuresBlock(total, c));
  const shown = mixed ? perCurrency : [total];
  append(out, valueByType(shown.map((t) => ({ key: t.currency ?? '', total: t })), c));
  // What every figure above is: a year's value against the whole cost. Once, under all of them.
  out.push(w.basisNote, '');
  if (shown.some((t) => t.paybackMonths !== undefined)) out.push(w.paybackNote, '');
  return out;
}

/** A total's figures as a code block, and what the reader must know about them. */
function figuresBlock(total: RoiTotal, c: FiguresCtx): string[] {
  const { w } = c;
  const out = ['```text'];
  append(out, figureLines(total as RoiFigures, c).map(codeSafe)).push('```', '');
  // A stated investment too large to count is not "not stated": said as what it is.
  if (total.issues.includes('investment-too-large')) out.push(w.investmentTooLarge, '');
  else if (total.issues.includes('investment-missing-for-some')) out.push(w.someNoInvestment, '');
  else if (total.investmentMinor === undefined) out.push(w.noInvestment, '');
  if (total.issues.includes('uncounted-items')) out.push(w.uncounted, '');
  return out;
}

/**
 * A line inside the figures' code block. Money may carry a currency as written, so escapes
 * (backslashes) would show literally here: instead the characters that could end the block or
 * start a line of its own are replaced. Each line starts with our label, so no fence can close it.
 */
function codeSafe(line: string): string {
  // Bidi controls shown as \u202e, as everywhere else in the reports (a code block shows them raw).
  return showControls(line.replace(/[\r\n]+/g, ' ').replace(/`/g, "'"));
}

/** Aligned label/value lines for a code block (money with its currency; see codeSafe). */
function figureLines(f: RoiFigures, c: FiguresCtx): string[] {
  const { w } = c;
  const cur = f.currency;
  // Inside a code block escapes would show: money as formatted, made safe by codeSafe.
  const raw = (m: number | undefined) => (m === undefined ? w.notComputed : formatMoney(m, cur, c.locale));
  const pairs: [string, string][] = [
    [w.investment, raw(f.investmentMinor)],
    [w.claimed, raw(f.claimedMinor)],
    [w.validated, raw(f.validatedMinor)],
    [w.net, raw(f.netMinor)],
    [w.roiLabel, pct(c, f.roiPercent)],
    [w.conservative, pct(c, f.conservativeRoiPercent)],
    [w.payback, months(c, f.paybackMonths)],
  ];
  const width = maxOf(pairs.map(([l]) => displayWidth(l)), 0);
  const valueWidth = maxOf(pairs.map(([, v]) => displayWidth(v)), 0);
  const lines = pairs.map(([l, v]) => `${l}${' '.repeat(width - displayWidth(l) + 2)}${' '.repeat(valueWidth - displayWidth(v))}${v}`);
  lines.splice(3, 0, '─'.repeat(width + 2 + valueWidth));
  return lines;
}

/** Money first (what changes hands), then the estimates. */
const CASH_FIRST: readonly ValueType[] = ['hard-savings', 'revenue-impact', 'soft-savings', 'risk-avoidance', 'opportunity-cost'];

/**
 * The claimed value of each total split by value type, a row per currency, with a column for each
 * type some total has value of, and a note on which of them are money: finance asks how much of
 * "value claimed" is cash. `key`: the currency's code as the totals show it ('' for none). Nothing
 * when no total has value of any type. A total too large to add has no split: its cells say so.
 */
export function valueByType(totals: { key: string; total: RoiTotal }[], c: FiguresCtx): string[] {
  const { w } = c;
  const types = CASH_FIRST.filter((t) => totals.some((x) => (x.total.byType?.[t] ?? 0) !== 0));
  if (!types.length) return [];
  const out = [`### ${w.byType}`, '', `| ${w.colCurrency} | ${types.map((t) => w.types[t]).join(' | ')} |`, `| --- |${' ---: |'.repeat(types.length)}`];
  for (const { key, total } of totals) {
    const cells = types.map((t) => (total.byType ? money(c, total.byType[t], total.currency) : w.notComputed));
    out.push(`| ${escapeInline(key || w.noCurrency)} | ${cells.join(' | ')} |`);
  }
  return [...out, '', w.byTypeNote, ''];
}
