// The Business Outcome Report: one Markdown page a customer or a steering group can read,
// built only from the document's own data (no CRM, no analytics): summary, ROI, a table of
// outcomes with their status, each outcome in detail, and every assumption the figures
// rest on. Every string the user wrote is escaped, so a title with a pipe or a newline
// cannot break a table or start a heading.
import { append } from './arrays';
import { countWords } from './count-words';
import type { Lang } from './finding';
import type { Metric, Outcome } from './model';
import { formatNumber, formatPercent, localeFor, minorDigits } from './money';
import { money, months, pct, roiSection } from './report-figures';
import { expectedDigits, metricProgress, point, type Progress, type ProgressStatus } from './progress';
import { REPORT_WORDS, type Words } from './report-words';
import { computeRoi, hasValue, sumRoi, type ItemValue, type RoiSummary } from './roi';
import { buildPortfolio, customerSince, customerSinceOf, reachedLate } from './portfolio/build';
import { escapeInline } from './portfolio/escape-md';
import { totalsByCurrency } from './portfolio/totals';
import { problemsSection, trackerSections, type CsvNote } from './portfolio/report-md';
import { filledOrNot } from './report-unfilled';
import { achievedText, dateInText, LATE_SYMBOL, measureText, namedOnly, STATUS_SYMBOL, statusShown, targetText, valueText } from './report-measures';
import { categoryShown } from './report-caveats';

export interface ReportOptions {
  /** ISO date the progress is judged on. */
  today: string;
  lang: Lang;
  /** Shown under the title, so a printed report says where it came from. */
  fileName?: string;
  /**
   * What the figures may have wrong or leave out, as the portfolio names the file (its errors, an
   * unreadable part, a CSV line): the report ends with them, as the portfolio report does.
   */
  problems?: CsvNote[];
  /** Outcomes with errors (`outcomesWithErrors`): the value story holds none of them up as its best. */
  withErrors?: ReadonlySet<Outcome>;
}


export { escapeInline };

/** One report's context: words, locale and the clock. */
interface Ctx {
  w: Words;
  locale: string;
  lang: Lang;
  today: string;
}

interface Row {
  o: Outcome;
  n: number;
  title: string;
  roi?: RoiSummary;
  progress?: Progress;
  metric?: Metric;
  /** At target only after its deadline (portfolio/build.ts reachedLate): shown and counted apart, as the portfolio does. */
  late?: boolean;
}

export function buildReport(outcomes: Outcome[], opts: ReportOptions): string {
  const c: Ctx = { w: REPORT_WORDS[opts.lang], locale: localeFor(opts.lang), lang: opts.lang, today: opts.today };
  const { w } = c;
  const rows: Row[] = outcomes.map((o, i) => {
    const metric = o.metrics?.primary;
    const row: Row = { o, n: i + 1, title: o.title?.value.trim() || w.untitled };
    if (hasValue(o)) row.roi = computeRoi(o.value);
    if (metric) {
      row.metric = metric;
      row.progress = metricProgress(metric, opts.today);
      if (reachedLate(metric, row.progress, opts.today)) row.late = true;
    }
    return row;
  });

  const out: string[] = [`# ${w.title}`, ''];
  // The tracker's header names the account and the period; shown when every outcome shares them.
  const shared = (f: (o: Outcome) => string | undefined) => {
    const vals = new Set(outcomes.map((o) => f(o)?.trim() ?? ''));
    const [only] = vals;
    return vals.size === 1 && only ? escapeInline(only) : undefined;
  };
  const account = shared((o) => o.account?.value), period = shared((o) => o.period?.value);
  const since = account ? customerSinceOf(outcomes) : undefined;
  const meta = [
    account ? `**${w.account}**: ${account}` : '',
    since ? `**${w.customerSince}**: ${since}` : '',
    period ? `**${w.period}**: ${period}` : '',
    opts.fileName ? `**${w.source}**: ${escapeInline(opts.fileName)}` : '',
    `**${w.asOf}**: ${date(opts.today)}`,
  ].filter(Boolean);
  out.push(meta.join(' · '), '');
  if (rows.length === 0) {
    out.push(w.noOutcomes, '');
    return out.join('\n');
  }
  const total = sumRoi(rows.flatMap((r) => (r.roi ? [r.roi] : [])));
  // Each currency's total, for the summary's lines and the ROI section's blocks: only amounts in
  // several currencies are shown apart, and then both need them.
  const perCurrency = total.issues.includes('mixed-currencies') ? byCurrency(rows) : [];
  // The tracker's further sections read this file as a portfolio of its own outcomes.
  const tracker = trackerSections(buildPortfolio([{ file: opts.fileName ?? '', outcomes, ...(opts.withErrors ? { withErrors: opts.withErrors } : {}) }], opts.today), c);
  for (const part of [summary(rows, total, perCurrency, c), tracker.story, roiSection(total, perCurrency, c), breakdown(rows, c), tracker.rest, details(rows, c), assumptions(rows, c), problemsSection(opts.problems, w)]) append(out, part);
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

/** Dates come from the file (target.by, baseline.asOf, measurement dates): user text. */
function date(d: string): string {
  return escapeInline(d);
}

/** `perCurrency`: each currency's total (byCurrency) when the amounts are in several. */
function summary(rows: Row[], total: ReturnType<typeof sumRoi>, perCurrency: ReturnType<typeof sumRoi>[], c: Ctx): string[] {
  const { w } = c;
  const out = [`## ${w.summary}`, ''];
  if (total.outcomes && !total.issues.includes('mixed-currencies')) {
    out.push(`- **${w.totalValue}**: ${w.claimedOf(money(c, total.claimedMinor, total.currency), money(c, total.validatedMinor, total.currency))}`);
    out.push(`- **${w.roiLabel}**: ${w.roiLine(pct(c, total.roiPercent), pct(c, total.conservativeRoiPercent))}`);
  } else if (total.outcomes) {
    // Several currencies: one line per currency, as the portfolio totals them (never added).
    for (const t of perCurrency) {
      out.push(`- **${w.totalValue}, ${escapeInline(t.currency ?? w.currencyMissing)}**: ${w.claimedOf(money(c, t.claimedMinor, t.currency), money(c, t.validatedMinor, t.currency))}; ${w.roiLabel} ${w.roiLine(pct(c, t.roiPercent), pct(c, t.conservativeRoiPercent))}`);
    }
  }
  // A goal at target only after its deadline is neither achieved nor on track: counted apart,
  // as the portfolio's rate and its account line count it.
  const counts = new Map<ProgressStatus | 'late', number>();
  for (const r of rows) {
    const s = r.late ? 'late' : (r.progress?.status ?? 'no-data');
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  const good = (counts.get('achieved') ?? 0) + (counts.get('on-track') ?? 0);
  const tally = (['achieved', 'late', 'on-track', 'at-risk', 'off-track', 'no-data'] as const)
    .filter((s) => counts.get(s))
    .map((s) => (s === 'late' ? `${LATE_SYMBOL} ${w.statusLate}` : `${STATUS_SYMBOL[s]} ${w.statusWords[s]}`) + ` ${counts.get(s)}`);
  out.push(`- **${w.status}**: ${w.statusLine(good, rows.length)} (${tally.join(' · ')})`);
  // The headline is an achievement (the tracker's "key achievement"): the furthest along of the
  // outcomes achieved or on track, never one that is behind however far it has come.
  const lead = rows
    .filter((r) => !r.late && r.progress?.actualFraction !== undefined && r.progress.actualFraction > 0 && (r.progress.status === 'achieved' || r.progress.status === 'on-track'))
    .sort((a, b) => b.progress!.actualFraction! - a.progress!.actualFraction!)[0];
  if (lead) out.push(`- **${w.furthest}**: ${escapeInline(lead.title)} (${w.share(formatPercent(lead.progress!.actualFraction! * 100, c.locale))}, ${statusShown(c, lead.progress)})`);
  out.push('');
  return out;
}

/** The ROI totals of each currency the rows state value in, in the order of the codes. */
function byCurrency(rows: Row[]): ReturnType<typeof sumRoi>[] {
  return totalsByCurrency(rows.flatMap((r) => (r.roi ? [r.roi] : [])));
}

function category(c: Ctx, o: Outcome): string {
  const raw = o.category?.value.trim();
  if (!raw) return '–';
  return escapeInline(categoryShown(c.lang, raw));
}

function cell(s: string): string {
  return s === '' ? '–' : s;
}

function breakdown(rows: Row[], c: Ctx): string[] {
  const { w } = c;
  const out = [
    `## ${w.breakdown}`,
    '',
    `| # | ${w.colOutcome} | ${w.colCategory} | ${w.colTarget} | ${w.colAchieved} | ${w.colValue} | ${w.colStatus} |`,
    '| ---: | --- | --- | --- | --- | ---: | --- |',
  ];
  for (const r of rows) {
    const value = r.roi ? money(c, r.roi.claimedMinor, r.roi.currency) : '–';
    out.push(`| ${r.n} | ${cell(escapeInline(r.title))} | ${category(c, r.o)} | ${targetText(c, r.metric)} | ${achievedText(c, r.progress, r.metric)} | ${value} | ${statusShown(c, r.progress, r.late)} |`);
  }
  out.push('');
  return out;
}

function details(rows: Row[], c: Ctx): string[] {
  const { w } = c;
  const out = [`## ${w.details}`, ''];
  for (const r of rows) {
    const o = r.o;
    out.push(`### ${r.n}. ${escapeInline(r.title)}`, '');
    const headingAt = out.length;
    const bullet = (label: string, text: string | undefined) => text && out.push(`- **${label}**: ${text}`);
    // The file's words, a template blank or TBD shown as not filled in rather than as content.
    const said = (t: { value: string } | undefined) => (t?.value.trim() ? filledOrNot(t.value, w.notFilledIn) : undefined);
    bullet(w.category, o.category ? category(c, o) : undefined);
    bullet(w.owner, said(o.owner));
    bullet(w.account, said(o.account));
    bullet(w.period, said(o.period));
    // Only a calendar date: an impossible one is the impossible-date finding, never a fact here.
    bullet(w.customerSince, customerSince(o));
    // The goal is the behaviour; a hypothesis says why it matters and is shown as such, never as the goal.
    bullet(w.goal, said(o.behavior));
    bullet(w.hypothesis, said(o.hypothesis));
    if (r.metric) {
      const m = r.metric;
      const unit = m.unit?.value.trim();
      // A template's metric line often carries its unit already: "Reports ready (%)".
      const named = m.name?.value.trim() ?? '';
      const withUnit = unit && !named.endsWith(`(${unit})`) ? `${named} (${unit})` : named;
      bullet(w.metric, named ? filledOrNot(withUnit, w.notFilledIn) : undefined);
      const b = measureText(c, m.baseline, m);
      const bd = m.baseline?.date?.value;
      bullet(w.baseline, b && bd && !dateInText(m.baseline!) ? w.asOfDate(b, date(bd)) : b);
      bullet(w.target, targetText(c, m) === '–' ? undefined : targetText(c, m));
      const p = r.progress;
      const achieved = achievedText(c, r.progress, r.metric);
      if (achieved !== '–') {
        const how = p?.actualFraction !== undefined && p.expected !== undefined
          ? `; ${w.progressLine(formatPercent(p.actualFraction * 100, c.locale), valueText(c, p.expected, m, expectedDigits(p)))}`
          : '';
        bullet(w.achieved, achieved + how);
      }
      bullet(w.colStatus, statusShown(c, p, r.late));
      bullet(w.evidence, evidence(c, m));
    }
    const secondary = o.metrics?.secondary ?? [];
    if (secondary.length) {
      out.push(`- **${w.secondary}**:`);
      for (const s of secondary) {
        if (namedOnly(s)) {
          out.push(`  - ${escapeInline(s.name?.value ?? '–')}: ${w.namedOnly}`);
          continue;
        }
        // Where it stands, not only a status: from its baseline to its target, and the latest reading.
        const sp = metricProgress(s, c.today);
        const from = measureText(c, s.baseline, s), to = targetText(c, s), now = achievedText(c, sp, s);
        const figures = [from && to !== '–' ? w.fromTo(from, to) : to !== '–' ? to : from, now !== '–' ? now : undefined].filter(Boolean).join('; ');
        out.push(`  - ${s.name?.value.trim() ? filledOrNot(s.name.value, w.notFilledIn) : '–'}: ${figures ? `${figures} (${statusShown(c, sp)})` : statusShown(c, sp)}`);
      }
    }
    // Free-text value lines of a Markdown template (Financial Impact, ...), as written, under one label.
    const notes = (o.value?.notes ?? []).filter((n) => n.value.trim());
    if (notes.length === 1) bullet(w.valueNote, said(notes[0]));
    else if (notes.length > 1) append(out, [`- **${w.valueNote}**:`, ...notes.map((n) => `  - ${said(n)}`)]);
    if (r.roi) append(out, ['', ...valueLines(r.roi, c)]);
    // A heading with nothing under it reads as a broken report: say what is missing instead.
    if (out.length === headingAt) out.push(`_${w.nothingWritten}_`);
    out.push('');
  }
  return out;
}

/**
 * The readings the status rests on (the tracker's evidence): the latest few on or before today,
 * oldest first, each with its date; undefined without dated readings.
 */
function evidence(c: Ctx, m: Metric): string | undefined {
  // Readings the status counts (progress.ts's point): a date no calendar has ("1e99-01-01" sorts
  // before today) or a number too large to compute with is the schema's finding, not evidence.
  const dated: { value: number; date: string }[] = [];
  for (const x of m.measurements ?? []) {
    const p = point(x);
    if (p?.date !== undefined && p.date <= c.today) dated.push({ value: p.value, date: p.date });
  }
  if (dated.length < 1) return undefined;
  const shown = dated.sort((a, b) => a.date.localeCompare(b.date)).slice(-EVIDENCE_READINGS);
  const more = dated.length - shown.length;
  return shown.map((x) => c.w.on(valueText(c, x.value, m), date(x.date))).join(', ') + (more > 0 ? ` ${c.w.earlierReadings(more)}` : '');
}

const EVIDENCE_READINGS = 6;

/** A factor shown as money when the currency can hold it exactly, else as a number and code. */
function moneyFactor(c: Ctx, x: number, currency: string | undefined): string {
  const d = minorDigits(currency);
  const scaled = x * 10 ** d;
  if (Number.isInteger(scaled) && Number.isSafeInteger(scaled)) return money(c, scaled, currency);
  return `${formatNumber(x, c.locale, 6)}${currency ? ` ${escapeInline(currency)}` : ''}`;
}

function itemFormula(c: Ctx, it: ItemValue, currency: string | undefined): string {
  const [a, b] = it.factors;
  // A figure written for a month or a week is counted for a year, and says so: "₩5,000,000 × 12 months = ".
  const year = it.perYear !== undefined ? ` × ${c.w.perYear(it.perYear)}` : '';
  // People or things the hours or the unit price are for: "10 × 200 h × $40.00 = ".
  const count = it.countParts ? `${countWords(it.countParts, c.lang, (n) => formatNumber(n, c.locale, 2))} × ` : it.count !== undefined ? `${formatNumber(it.count, c.locale, 2)} × ` : '';
  if (it.basis === 'hours-x-rate') return `${count}${c.w.hours(formatNumber(a!, c.locale, 2))} × ${moneyFactor(c, b!, currency)}${year} = `;
  if (it.basis === 'probability-x-impact') return `${formatPercent(a! * 100, c.locale).replace(/\.0%$/, '%')} × ${moneyFactor(c, b!, currency)} = `;
  return year || count ? `${count}${moneyFactor(c, a!, currency)}${year} = ` : '';
}

function valueLines(roi: RoiSummary, c: Ctx): string[] {
  const { w } = c;
  const cur = roi.currency;
  const out = [`**${w.valueCalc}**${cur ? ` (${escapeInline(cur)})` : ''}:`, ''];
  for (const it of roi.items) {
    const name = it.type ? w.types[it.type] : (it.typeText ? escapeInline(it.typeText) : w.untypedItem);
    if (!it.counted) {
      out.push(`- ${name}: ${w.notCounted} (${w.problems[it.problem ?? 'missing-numbers']})`);
      continue;
    }
    out.push(`- ${name}: ${itemFormula(c, it, cur)}${money(c, it.minor, cur)} (${it.validated ? w.validatedShort : w.unvalidatedShort})`);
  }
  out.push(`- **${w.subtotal}**: ${money(c, roi.claimedMinor, cur)} (${w.validatedShort}: ${money(c, roi.validatedMinor, cur)})`);
  if (roi.investmentMinor !== undefined) {
    const parts = roi.investmentParts ? `${w.investmentParts(money(c, roi.investmentParts.oneOffMinor, cur), money(c, roi.investmentParts.runningMinor, cur))} = ` : '';
    out.push(`- **${w.investment}**: ${parts}${money(c, roi.investmentMinor, cur)}; ${w.netRoi(money(c, roi.netMinor, cur), pct(c, roi.roiPercent), months(c, roi.paybackMonths))}`);
  } else out.push(`- **${w.investment}**: ${w.notComputed}${roi.issues.includes('investment-too-large') ? ` (${w.problems['too-large']})` : ''}`);
  return out;
}

function assumptions(rows: Row[], c: Ctx): string[] {
  const { w } = c;
  const out = [`## ${w.assumptions}`, ''];
  const valueRows: string[] = [];
  for (const r of rows) {
    for (const it of r.roi?.items ?? []) {
      const name = it.type ? w.types[it.type] : (it.typeText ? escapeInline(it.typeText) : w.untypedItem);
      const amount = it.counted ? ` (${money(c, it.minor, r.roi!.currency)})` : '';
      const text = it.assumption?.trim() ? filledOrNot(it.assumption, w.notFilledIn) : `_${w.noAssumption}_`;
      const ok = it.validated ? `✓ ${w.yes}` : `**✗ ${w.notYet}**`;
      valueRows.push(`| ${r.n}. ${cell(escapeInline(r.title))} | ${name}${amount} | ${text} | ${ok} |`);
    }
  }
  if (valueRows.length) {
    out.push(`### ${w.valueAssumptions}`, '', `| ${w.colOutcome} | ${w.colItem} | ${w.colAssumption} | ${w.colValidated} |`, '| --- | --- | --- | --- |');
    append(out, valueRows).push('');
  }
  const outcomeRows = rows.flatMap((r) => r.o.assumptions.filter((a) => a.value.trim()).map((a) => `- **${r.n}. ${escapeInline(r.title)}**: ${filledOrNot(a.value, w.notFilledIn)}`));
  if (outcomeRows.length) append(out, [`### ${w.outcomeAssumptions}`, '', ...outcomeRows, '']);
  if (!valueRows.length && !outcomeRows.length) out.push(w.noAssumptions, '');
  return out;
}
