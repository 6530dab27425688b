// The tracker's report sections in Markdown (value story, trends by quarter, usage driving
// outcomes, unrealised opportunities, peer comparison, recommendations), shared by the
// one-file report and the portfolio report, and the portfolio report itself. Every string a
// user wrote goes through escapeInline; every number comes from the data, none is invented.
import { countHeldExactly, heldExactly } from '../exact-money';
import type { Lang } from '../finding';
import { formatMoney, formatNumber, formatPercent, formatUnitPrice, localeFor, minorProductBig, isSafeMinor } from '../money';
import type { ProgressStatus } from '../progress';
import { REPORT_WORDS, type Words } from '../report-words';
import { escapeInline } from './escape-md';
import { peerComparison, type Peers, type Stat } from './peers';
import { rateState } from './rates';
import { recommendations, type Recommendation } from './recommendations';
import { futureRealised, quarterTrends } from './trends';
import { achievedText, statusShown, targetText } from '../report-measures';
import { CAVEATS, categoryShown } from '../report-caveats';
import { RATE_NAMES, RATE_TARGETS, type DueCount, type Portfolio, type PortfolioOutcome, type RateCount } from './types';
import { byAccount } from './group';
import { customerSinceOf } from './build';
import { duplicateNotes } from './duplicates';
import { append } from '../arrays';
import { noOutcomeMessage, type EmptyNamed } from '../no-outcome-words';
// The one-file report's money and percent, escaped alike (an MdCtx is their FiguresCtx).
import { money as mdMoney, pct, valueByType } from '../report-figures';
import { filledOrNot } from '../report-unfilled';

export interface MdCtx {
  w: Words;
  locale: string;
  lang: Lang;
  today: string;
}

export function mdCtx(lang: Lang, today: string): MdCtx {
  return { w: REPORT_WORDS[lang], locale: localeFor(lang), lang, today };
}

/** The exact product of the factors as money, or '–' when it is too large to hold exactly. */
function productMoney(c: MdCtx, factors: number[], currency: string | undefined): string {
  const big = minorProductBig(factors, currency);
  return isSafeMinor(big) ? mdMoney(c, Number(big), currency) : '–';
}

function titleOf(c: MdCtx, r: PortfolioOutcome): string {
  return escapeInline(r.title || c.w.untitled);
}


/** Two or three sentences, each built from counted or summed figures. */
export function storySentences(p: Portfolio, c: MdCtx, esc: (s: string) => string = escapeInline): string[] {
  const { w } = c;
  const rows = p.outcomes;
  // Those at target only after their deadline are said apart, as outcome achievement counts them:
  // never among "achieved or on track" (their status is 'achieved', what the readings show).
  const count = (s: ProgressStatus[]) => rows.filter((r) => s.includes(r.status) && !r.reachedLate).length;
  const late = rows.filter((r) => r.reachedLate).length;
  const accounts = new Set(rows.flatMap((r) => (r.account ? [r.account] : []))).size;
  // At target AND achieved or on track: "N achieved or on track (R of them at target)" must be a part of N.
  const reachedGood = rows.filter((r) => r.reached && !r.reachedLate && (r.status === 'achieved' || r.status === 'on-track')).length;
  const out = [w.storyCount(rows.length, accounts, reachedGood, count(['achieved', 'on-track']), count(['at-risk']), count(['off-track']), count(['no-data']), late)];
  const money = (m: number | undefined, cur: string | undefined) => (m === undefined ? w.notComputed : esc(formatMoney(m, cur, c.locale)));
  const parts = p.totals.map((t) =>
    w.storyMoneyPart(
      // The currency's code only to tell several totals apart; the amounts carry their symbol.
      p.totals.length > 1 ? esc(t.key || w.noCurrency) : '',
      money(t.claimedMinor, t.currency),
      money(t.validatedMinor, t.currency),
      t.investmentMinor !== undefined ? money(t.investmentMinor, t.currency) : undefined,
      t.roiPercent !== undefined ? pct(c, t.roiPercent) : undefined,
      pct(c, t.conservativeRoiPercent),
    ),
  );
  out.push(parts.length ? w.storyMoney(parts) : w.storyNoMoney);
  // Largest validated value: compared within a currency only, so the pick never ranks won against
  // dollars; never an outcome with errors, whose figures may be wrong (a target on the wrong side).
  const validated = rows.filter((r) => r.roi && r.roi.validatedMinor > 0);
  const best = validated.filter((r) => !r.hasErrors).sort((a, b) => (a.roi!.currency ?? '').localeCompare(b.roi!.currency ?? '') || b.roi!.validatedMinor - a.roi!.validatedMinor);
  const curs = new Set(best.map((r) => r.roi!.currency ?? ''));
  // One left out for its errors: the pick is the largest of the others, and says so.
  const largest = best.length < validated.length ? w.storyLargestClean : w.storyLargest;
  if (best.length && curs.size === 1) out.push(largest(esc(best[0]!.title || w.untitled), money(best[0]!.roi!.validatedMinor, best[0]!.roi!.currency)));
  else if (!validated.length && parts.length) out.push(w.storyNoneValidated);
  return out;
}

export function storySection(p: Portfolio, c: MdCtx): string[] {
  return [`## ${c.w.story}`, '', storySentences(p, c).join(' '), ''];
}

export function trendsSection(p: Portfolio, c: MdCtx): string[] {
  const { w } = c;
  const t = quarterTrends(p.outcomes, c.today);
  const out = [`## ${w.trends}`, ''];
  const later = futureRealised(p.outcomes, c.today);
  if (!t.length) return [...out, w.noTrends, ...(later ? ['', w.realisedLater(later)] : []), ''];
  const perCurrency = (rec: Record<string, number>, f: (cur: string, m: number) => string | undefined) =>
    Object.entries(rec).flatMap(([cur, m]) => f(cur, m) ?? []).join(', ') || '–';
  // With no realised value recorded, three columns of dashes say nothing: readings only, and why.
  if (!t.some((q) => Object.keys(q.realised).length > 0)) {
    out.push(`| ${w.colQuarter} | ${w.colMeasurements} | ${w.colReached} |`, '| --- | ---: | ---: |');
    for (const q of t) out.push(`| ${w.quarterName(q.quarter)} | ${q.measurements} | ${w.reachedCell(q.reached, q.reachedLate)} |`);
    out.push('', w.noRealised);
    if (later) out.push('', w.realisedLater(later));
    return [...out, ''];
  }
  out.push(`| ${w.colQuarter} | ${w.colRealised} | ${w.colCumulative} | ${w.colRoiToDate} | ${w.colMeasurements} | ${w.colReached} |`, '| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const q of t) {
    const realised = perCurrency(q.realised, (cur, m) => mdMoney(c, m, cur || undefined));
    const cumulative = perCurrency(q.cumulative, (cur, m) => mdMoney(c, m, cur || undefined));
    const roi = perCurrency(q.roiToDate, (_, r) => formatPercent(r, c.locale));
    out.push(`| ${w.quarterName(q.quarter)} | ${realised} | ${cumulative} | ${roi} | ${q.measurements} | ${w.reachedCell(q.reached, q.reachedLate)} |`);
  }
  out.push('', w.trendsNote);
  if (later) out.push('', w.realisedLater(later));
  return [...out, ''];
}

/**
 * A rate's count for the short views (the CLI's lines, the portfolio cards): "3 of 4 accounts" or
 * "5 of 6". `inBrackets`: the caller puts it in brackets (the CLI's text view), so the outcomes
 * left out follow a semicolon, "3 of 3 accounts; 1 outcome with no account left out", rather
 * than a bracket inside the bracket. Outcome achievement says its whole basis everywhere ("achieved
 * 1 of 2 outcomes due before 2026-12-01; 6 more not yet due"): "1 of 2" alone reads as of all.
 */
export function rateCount(w: Words, k: RateCount | DueCount, opts: { inBrackets?: boolean } = {}): string {
  if ('dueBefore' in k) return w.achievementBasis(k);
  if (!k.byAccount) return w.ofCount(k.count, k.of);
  if (opts.inBrackets && k.leftOut) return `${w.accountsOf(k.count, k.of)}; ${w.noAccountLeftOut(k.leftOut)}`;
  return `${w.accountsOf(k.count, k.of)}${leftOut(w, k)}`;
}

/** " (1 outcome with no account left out)" after an account count, or nothing. */
function leftOut(w: Words, k: { leftOut?: number }): string {
  return k.leftOut ? ` (${w.noAccountLeftOut(k.leftOut)})` : '';
}

export function usageSection(rows: PortfolioOutcome[], c: MdCtx): string[] {
  const { w } = c;
  const lines: string[] = [];
  for (const r of rows) {
    const cur = r.roi?.currency ?? r.currency;
    for (const u of r.outcome.usage ?? []) {
      // A volume or a price past 2^53 (in minor units) is not the one written: a dash, not another figure.
      const vol = shownIf(u.volume?.value, countHeldExactly), per = shownIf(u.valuePerUnit?.value, (x) => heldExactly(x, cur));
      const estimate = vol !== undefined && per !== undefined ? productMoney(c, [vol, per], cur) : '–';
      const perText = per === undefined ? '–' : escapeInline(formatUnitPrice(per, cur, c.locale));
      lines.push(`| ${titleOf(c, r)} | ${escapeInline(u.activity?.value ?? '–')} | ${vol === undefined ? '–' : formatNumber(vol, c.locale)} | ${escapeInline(u.outcome?.value ?? '–')} | ${perText} | ${estimate} |`);
    }
  }
  if (!lines.length) return [];
  return [`## ${w.usage}`, '', `| ${w.colOutcome} | ${w.colActivity} | ${w.colVolume} | ${w.colDrives} | ${w.colPerUnit} | ${w.colEstimate} |`, '| --- | --- | ---: | --- | ---: | ---: |', ...lines, '', w.usageNote, ''];
}

const shownIf = (x: number | undefined, held: (x: number) => boolean): number | undefined => (x !== undefined && held(x) ? x : undefined);

export function opportunitiesSection(rows: PortfolioOutcome[], c: MdCtx): string[] {
  const { w } = c;
  const lines: string[] = [];
  for (const r of rows) {
    const cur = r.roi?.currency ?? r.currency;
    for (const op of r.outcome.opportunities ?? []) {
      const a = op.amount?.value;
      const amount = a !== undefined ? productMoney(c, [a], cur) : '–';
      lines.push(`| ${titleOf(c, r)} | ${escapeInline(op.description?.value ?? '–')} | ${amount} | ${op.assumption ? escapeInline(op.assumption.value) : `_${w.noAssumption}_`} |`);
    }
  }
  if (!lines.length) return [];
  return [`## ${w.opportunities}`, '', `| ${w.colOutcome} | ${w.colOpportunity} | ${w.colAmount} | ${w.colAssumption} |`, '| --- | --- | ---: | --- |', ...lines, '', w.opportunitiesNote, ''];
}

// One unit alone is no comparison: its average and top quartile would only repeat it, so the
// cell says there is nothing to compare with (`alone`) instead.
function statText(s: Stat | undefined, f: (x: number) => string, alone = '–'): string {
  return s && s.n > 1 ? `${f(s.mean)} / ${f(s.topQuartile)}` : s ? alone : '–';
}

export function peersSection(peers: Peers, c: MdCtx): string[] {
  const { w } = c;
  if (peers.units.length < 2) return [];
  const roi = (x: number) => formatPercent(Math.round(x * 10) / 10, c.locale);
  const share = (x: number) => formatPercent(Math.round(x * 1000) / 10, c.locale);
  // Which outcomes value per user covers, above the table it qualifies (the legend stays right under it).
  const covers = w.valuePerUserFrom(peers.valuePerUserFrom.count, peers.valuePerUserFrom.of);
  const out = [`## ${w.peers}`, '', w.peersNote(peers.by), '', covers, '', w.progressFrom(peers.progressFrom), '', `| ${w.colUnit(peers.by)} | ${w.roiLabel} | ${w.colRoiPeer} | ${w.colValuePerUser} | ${w.colVpuPeer} | ${w.colAchievement} | ${w.colAchPeer} |`, '| --- | ---: | ---: | ---: | ---: | ---: | ---: |'];
  // A unit with no figure at all (outcomes with neither value nor measurements) is a row of
  // dashes: left out, as it is left out of every average.
  for (const u of peers.units.filter((x) => x.roi !== undefined || x.currencies || x.valuePerUser || x.achievement !== undefined)) {
    const vpu = u.valuePerUser;
    const vs = vpu ? peers.valuePerUser[vpu.currency] : undefined;
    const m = (x: number) => mdMoney(c, Math.round(x), vpu?.currency || undefined);
    // An account's figure that leaves some of its outcomes out (no users stated) says so in its cell.
    const from = u.valuePerUserFrom ?? 0;
    const part = vpu && from < u.outcomes.length ? ` (${w.valuePerUserPart(from, u.outcomes.length)})` : '';
    out.push(
      `| ${escapeInline(u.name || w.untitled)} | ${u.roi !== undefined ? roi(u.roi) : u.currencies ? w.severalCurrencies(u.currencies.map((x) => escapeInline(x || w.noCurrency)).join(', ')) : '–'} | ${statText(peers.roi, roi)} | ${vpu ? `${m(vpu.minor)}${part}` : '–'} | ${vpu ? statText(vs, m, w.onlyOneIn(escapeInline(vpu.currency || w.noCurrency))) : '–'} | ${u.achievement === undefined ? '–' : share(u.achievement)} | ${statText(peers.achievement, share)} |`,
    );
  }
  return [...out, '', CAVEATS[c.lang].peersLegend, ''];
}

export function recommendationsSection(recs: Recommendation[], c: MdCtx, withPlace: boolean): string[] {
  const { w } = c;
  const out = [`## ${w.recommendations}`, ''];
  if (!recs.length) return [...out, w.noRecommendations, ''];
  for (const r of recs) {
    const t = titleOf(c, r.row);
    const text =
      r.kind === 'review' ? w.rec.review(t, r.barrier === undefined ? undefined : escapeInline(r.barrier))
      : r.kind === 'measure' ? w.rec.measure(t, r.count)
      : r.kind === 'confirm' ? w.rec.confirm(t, r.count ?? 0)
      : w.rec.quantify(t);
    out.push(`- ${text}${withPlace ? ` (${escapeInline(w.at(r.row.file, r.row.line))})` : ''}`);
  }
  return [...out, ''];
}

/** The tracker's sections for one file's outcomes, in report order. */
export function trackerSections(p: Portfolio, c: MdCtx): { story: string[]; rest: string[] } {
  return {
    story: storySection(p, c),
    rest: [
      ...trendsSection(p, c),
      ...usageSection(p.outcomes, c),
      ...opportunitiesSection(p.outcomes, c),
      ...peersSection(peerComparison(p.outcomes, 'outcome', c.w.noAccount), c),
      ...recommendationsSection(recommendations(p.outcomes, c.today), c, false),
    ],
  };
}

function rateCell(c: MdCtx, x: number | null): string {
  return x === null ? c.w.noRate : formatPercent(Math.round(x * 1000) / 10, c.locale);
}

export function ratesSection(p: Portfolio, c: MdCtx): string[] {
  const { w } = c;
  const out = [`## ${w.rates}`, '', `| ${w.colRate} | ${w.colValueRate} | ${w.colBasis} | ${w.colTargetRate} | ${w.colMet} |`, '| --- | ---: | --- | ---: | --- |'];
  for (const name of RATE_NAMES) {
    const k = p.counts[name];
    const mark = { met: `✓ ${w.met}`, missed: `✗ ${w.notMet}`, none: '–' }[rateState(p.rates[name], RATE_TARGETS[name])];
    const what = k.byAccount ? w.roiPositiveAccounts : w.rateBasis[name]!;
    // The day comes from --today or the clock, never a file; escaped all the same, as the header's.
    const basis = 'dueBefore' in k ? w.achievementBasis({ ...k, dueBefore: escapeInline(k.dueBefore) }) : `${w.basis(w.ofCount(k.count, k.of, k.byAccount), what)}${leftOut(w, k)}`;
    out.push(`| ${w.rateNames[name]} | ${rateCell(c, p.rates[name])} | ${basis} | ${w.above(formatPercent(RATE_TARGETS[name] * 100, c.locale))} | ${mark} |`);
  }
  return [...out, ''];
}

export function totalsSection(p: Portfolio, c: MdCtx): string[] {
  const { w } = c;
  const out = [`## ${w.totals}`, ''];
  if (!p.totals.length) return [...out, w.noValue, ''];
  out.push(`| ${w.colCurrency} | ${w.colOutcomes} | ${w.investment} | ${w.claimed} | ${w.validated} | ${w.net} | ${w.roiLabel} | ${w.conservative} |`, '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const t of p.totals) {
    out.push(`| ${escapeInline(t.key || w.noCurrency)} | ${t.outcomes} | ${mdMoney(c, t.investmentMinor, t.currency)} | ${mdMoney(c, t.claimedMinor, t.currency)} | ${mdMoney(c, t.validatedMinor, t.currency)} | ${mdMoney(c, t.netMinor, t.currency)} | ${pct(c, t.roiPercent)} | ${pct(c, t.conservativeRoiPercent)} |`);
  }
  // What the figures are: a year's value against the whole cost (the one-file report says it too).
  out.push('', w.totalsNote, '', w.basisNote);
  if (p.totals.some((t) => t.issues.includes('investment-missing-for-some'))) out.push('', w.someNoInvestment);
  return append([...out, ''], valueByType(p.totals.map((t) => ({ key: t.key, total: t })), c));
}

/**
 * `href`: each title becomes a link to href(index of the outcome in p.outcomes), so a page can
 * open the outcome from its row (the editor's portfolio); without it the titles are plain text.
 */
export function accountsSection(p: Portfolio, c: MdCtx, href?: (index: number) => string): string[] {
  const { w } = c;
  const out = [`## ${w.byAccount}`, ''];
  // A map, not indexOf per row: a portfolio can hold 80,000 outcomes.
  const index = href && new Map(p.outcomes.map((r, i) => [r, i]));
  const titleCell = (r: PortfolioOutcome) => (href && index ? `[${titleOf(c, r)}](${href(index.get(r)!)})` : titleOf(c, r));
  for (const [k, rows] of byAccount(p.outcomes)) {
    // The tracker's breakdown, per account: where each goal stands (target, latest reading) next
    // to its value, and how many of the account's goals are on track.
    // A goal at target only after its deadline is neither achieved in time nor on track: the
    // rate does not count it, so neither does this line; it is said apart.
    const late = rows.filter((r) => r.reachedLate).length;
    const good = rows.filter((r) => (r.status === 'achieved' || r.status === 'on-track') && !r.reachedLate).length;
    const since = k ? customerSinceOf(rows.map((r) => r.outcome)) : undefined;
    out.push(`### ${k ? escapeInline(k) : w.noAccount}`, '');
    if (since) out.push(`**${w.customerSince}**: ${since}`, '');
    out.push(w.accountStatus(good, rows.length, late), '', `| ${w.colOutcome} | ${w.colFile} | ${w.colCategory} | ${w.colTarget} | ${w.colAchieved} | ${w.colStatus} | ${w.colValue} | ${w.roiLabel} |`, '| --- | --- | --- | --- | --- | --- | ---: | ---: |');
    for (const r of rows) {
      const cat = r.category ? escapeInline(categoryShown(c.lang, r.category)) : '–';
      const value = r.roi && r.quantified ? mdMoney(c, r.roi.claimedMinor, r.roi.currency) : '–';
      const metric = r.outcome.metrics?.primary;
      out.push(`| ${titleCell(r)} | ${escapeInline(w.at(r.file, r.line))} | ${cat} | ${targetText(c, metric)} | ${achievedText(c, r.progress, metric)} | ${statusShown(c, r.progress, r.reachedLate)} | ${value} | ${pct(c, r.roi?.roiPercent)} |`);
    }
    out.push('');
  }
  return out;
}

export function assumptionsSection(p: Portfolio, c: MdCtx): string[] {
  const { w } = c;
  const rows: string[] = [];
  for (const r of p.outcomes) {
    for (const it of r.roi?.items ?? []) {
      const name = it.type ? w.types[it.type] : (it.typeText ? escapeInline(it.typeText) : w.untypedItem);
      const amount = it.counted ? ` (${mdMoney(c, it.minor, r.roi!.currency)})` : '';
      const text = it.assumption?.trim() ? filledOrNot(it.assumption, w.notFilledIn) : `_${w.noAssumption}_`;
      rows.push(`| ${titleOf(c, r)} | ${name}${amount} | ${text} | ${it.validated ? `✓ ${w.yes}` : `**✗ ${w.notYet}**`} |`);
    }
  }
  if (!rows.length) return [];
  return [`## ${w.assumptions}`, '', `| ${w.colOutcome} | ${w.colItem} | ${w.colAssumption} | ${w.colValidated} |`, '| --- | --- | --- | --- |', ...rows, ''];
}

export interface CsvNote {
  file: string;
  line: number;
  message: string;
}

/**
 * Files that could not be read, or whose measurements could not: they are missing from the
 * figures; files with errors, whose figures may be wrong. Then, in a portfolio, each outcome
 * found in several files and counted once (from the portfolio itself, so no caller can leave it
 * out). The one-file report ends with it too.
 */
export function problemsSection(problems: CsvNote[] | undefined, w: Words, counted?: { p: Portfolio; lang: Lang }): string[] {
  const all: CsvNote[] = [...(problems ?? []), ...(counted ? duplicateNotes(counted.p, counted.lang) : [])];
  if (!all.length) return [];
  return [`## ${w.csvProblems}`, '', ...all.map((x) => `- ${escapeInline(`${x.file}:${x.line}`)}: ${escapeInline(x.message)}`), ''];
}

export interface PortfolioReportOptions {
  lang: Lang;
  problems?: CsvNote[];
  /** Files named on the command line that hold no outcome: an empty portfolio names them. */
  empty?: EmptyNamed[];
  /**
   * false: no title and "As of" line, for a page that shows its own (the editor's portfolio).
   * An option rather than the caller cutting lines off: a change of wording cannot leave them in.
   */
  header?: boolean;
  /** Sections left out, for a page that shows them its own way (the editor's rate cards). */
  omit?: readonly PortfolioSection[];
  /** Each title under "Outcomes by account" links to this (accountsSection says how). */
  outcomeHref?: (index: number) => string;
}

/** The portfolio report's sections, by name, in report order. */
export const PORTFOLIO_SECTIONS = ['rates', 'story', 'totals', 'accounts', 'trends', 'usage', 'opportunities', 'peers', 'recommendations', 'assumptions', 'problems'] as const;
export type PortfolioSection = (typeof PORTFOLIO_SECTIONS)[number];

/**
 * Why a portfolio is empty: each named file that holds no outcome, else what a portfolio reads
 * ("A portfolio reads *.cbo.yaml files" misled when the file named was one).
 */
export function noneFound(opts: PortfolioReportOptions, show: (file: string) => string): string[] {
  if (!opts.empty?.length) return [REPORT_WORDS[opts.lang].noPortfolioOutcomes];
  return opts.empty.map((e) => `${show(e.file)}: ${noOutcomeMessage(e.kind, opts.lang)}`);
}

export function buildPortfolioReport(p: Portfolio, opts: PortfolioReportOptions): string {
  const c = mdCtx(opts.lang, p.today);
  const { w } = c;
  const out = opts.header === false ? [] : [`# ${w.portfolioTitle}`, '', `**${w.asOf}**: ${escapeInline(p.today)} · ${w.filesLine(p.files, p.outcomes.length)}`, ''];
  if (!p.outcomes.length) return [...out, noneFound(opts, escapeInline).join('\n\n'), '', ...(opts.omit?.includes('problems') ? [] : problemsSection(opts.problems, w, { p, lang: opts.lang }))].join('\n');
  // Each built only when it is shown.
  const sections: Record<PortfolioSection, () => string[]> = {
    rates: () => ratesSection(p, c),
    story: () => storySection(p, c),
    totals: () => totalsSection(p, c),
    accounts: () => accountsSection(p, c, opts.outcomeHref),
    trends: () => trendsSection(p, c),
    usage: () => usageSection(p.outcomes, c),
    opportunities: () => opportunitiesSection(p.outcomes, c),
    peers: () => peersSection(peerComparison(p.outcomes, p.outcomes.some((r) => r.account) ? 'account' : 'outcome', w.noAccount), c),
    recommendations: () => recommendationsSection(recommendations(p.outcomes, p.today), c, true),
    assumptions: () => assumptionsSection(p, c),
    problems: () => problemsSection(opts.problems, w, { p, lang: opts.lang }),
  };
  // append, not push(...section): a section holds a line per outcome, and spread arguments
  // overflow the stack past about 100,000 (80,000 outcomes crashed the report).
  for (const name of PORTFOLIO_SECTIONS) if (!opts.omit?.includes(name)) append(out, sections[name]());
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
