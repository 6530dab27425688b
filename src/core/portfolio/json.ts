// `cbo portfolio --format json`: stable field names, money as the ROI command writes it
// ({ minor, amount }: integer minor units and the exact decimal), rates as fractions 0..1.
// Everything the Markdown report shows is here too, for a pipeline or a dashboard: each rate's
// counts, where each goal stands, trends by quarter, the peer comparison, usage, opportunities
// and recommendations. Fields are only added, never renamed.
import { countHeldExactly, heldExactly } from '../exact-money';
import type { Lang } from '../finding';
import { minorToDecimal } from '../money';
import type { Point } from '../progress';
import { peerComparison, type Stat } from './peers';
import { recommendations } from './recommendations';
import { duplicateNotes, type DuplicateOutcome } from './duplicates';
import type { CsvNote } from './report-md';
import { quarterTrends } from './trends';
import { RATE_TARGETS, type Portfolio, type PortfolioOutcome } from './types';

export type Money = { minor: number; amount: string } | null;

function money(minor: number | undefined, currency: string | undefined): Money {
  return minor === undefined ? null : { minor, amount: minorToDecimal(minor, currency) };
}

/** `lang`: of the notes the portfolio itself makes (an outcome counted once); `problems` come said. */
export function portfolioJson(p: Portfolio, problems: readonly CsvNote[] = [], lang: Lang = 'en') {
  return {
    outcomes: p.outcomes.map((r) => {
      const cur = r.roi?.currency ?? r.currency;
      return {
        file: r.file,
        line: r.line,
        title: r.title || null,
        ...(r.account !== undefined ? { account: r.account } : {}),
        ...(r.customerSince !== undefined ? { customerSince: r.customerSince } : {}),
        category: r.category ?? null,
        status: r.status,
        // At target only after its deadline: status stays "achieved" (what the readings show) for
        // the consumers that read it, and this says the rate does not count it (rates.ts).
        ...(r.reachedLate ? { late: true } : {}),
        currency: cur ?? null,
        investment: money(r.roi?.investmentMinor, cur),
        claimed: money(r.roi?.claimedMinor, cur),
        validated: money(r.roi?.validatedMinor, cur),
        ...(r.roi?.roiPercent !== undefined ? { roi: r.roi.roiPercent } : {}),
        ...goal(r),
        ...(r.users !== undefined ? { users: r.users } : {}),
        // A number past 2^53 (a price or an amount in minor units) is not the one written: null, as one not stated.
        ...(r.outcome.usage?.length ? { usage: r.outcome.usage.map((u) => ({ activity: u.activity?.value ?? null, volume: held(u.volume?.value, countHeldExactly), outcome: u.outcome?.value ?? null, valuePerUnit: held(u.valuePerUnit?.value, (x) => heldExactly(x, cur)) })) } : {}),
        ...(r.outcome.opportunities?.length ? { opportunities: r.outcome.opportunities.map((o) => ({ description: o.description?.value ?? null, amount: held(o.amount?.value, (x) => heldExactly(x, cur)), assumption: o.assumption?.value ?? null })) } : {}),
      };
    }),
    totals: p.totals.map((t) => ({
      currency: t.key || null,
      investment: money(t.investmentMinor, t.currency),
      claimed: money(t.claimedMinor, t.currency),
      validated: money(t.validatedMinor, t.currency),
      net: money(t.netMinor, t.currency),
      ...(t.roiPercent !== undefined ? { roi: t.roiPercent } : {}),
      ...(t.conservativeRoiPercent !== undefined ? { conservativeRoi: t.conservativeRoiPercent } : {}),
      // The claimed value per value type (money, one year's), as cbo roi gives it: how much is cash.
      byType: t.byType ? Object.fromEntries(Object.entries(t.byType).map(([type, m]) => [type, money(m, t.currency)])) : null,
    })),
    rates: { ...p.rates },
    targets: { ...RATE_TARGETS },
    counts: Object.fromEntries(Object.entries(p.counts).map(([k, v]) => [k, { ...v }])),
    trends: quarterTrends(p.outcomes, p.today).map((q) => ({
      quarter: q.quarter,
      realised: moneyByCurrency(q.realised),
      cumulative: moneyByCurrency(q.cumulative),
      roiToDate: { ...q.roiToDate },
      measurements: q.measurements,
      reached: q.reached,
      // Added only when some are, so a portfolio with none is written as before.
      ...(q.reachedLate ? { reachedLate: q.reachedLate } : {}),
    })),
    peers: peersJson(p),
    recommendations: recommendations(p.outcomes, p.today).map((x) => ({ kind: x.kind, file: x.row.file, line: x.row.line, title: x.row.title || null, ...(x.count !== undefined ? { count: x.count } : {}), ...(x.barrier ? { barrier: x.barrier } : {}) })),
    // What the figures leave out (a file that does not parse, drafts, a measurements file that
    // cannot be used), so a pipeline reading only stdout knows the totals are partial.
    // An outcome found in several files, counted once: said, with what it is as data.
    problems: [
      ...problems.map((x) => ({ file: x.file, line: x.line, message: x.message })),
      ...duplicateNotes(p, lang).map((x) => ({ file: x.file, line: x.line, message: x.message, duplicate: duplicateJson(x.duplicate) })),
    ],
  };
}

/** Where a goal stands: its target, the latest reading on or before today, the share reached. */
function goal(r: PortfolioOutcome) {
  const point = (x: Point | undefined) => (x ? { value: x.value, date: x.date ?? null } : null);
  return { target: point(r.progress?.target), latest: point(r.progress?.latest), progress: r.share ?? null };
}

/** `{ title, account, kept: { file, line }, copies: [{ file, line, differs }] }`; account null when none. */
function duplicateJson(d: DuplicateOutcome) {
  return { title: d.title || null, account: d.account ?? null, kept: { ...d.kept }, copies: d.copies.map((c) => ({ file: c.file, line: c.line, differs: [...c.differs] })) };
}

function moneyByCurrency(rec: Record<string, number>): Record<string, Money> {
  return Object.fromEntries(Object.entries(rec).map(([cur, m]) => [cur, money(m, cur || undefined)]));
}

/** The peer table as data: units by account (or by outcome when none names one), and the stats. */
function peersJson(p: Portfolio) {
  const peers = peerComparison(p.outcomes, p.outcomes.some((r) => r.account) ? 'account' : 'outcome', '');
  const stat = (x: Stat | undefined) => (x ? { mean: x.mean, topQuartile: x.topQuartile, n: x.n } : null);
  return {
    by: peers.by,
    units: peers.units.map((u) => ({
      name: u.name || null,
      roi: u.roi ?? null,
      ...(u.currencies ? { currencies: u.currencies } : {}),
      // outcomes: how many of the unit's outcomes the figure is from (those that state users and value).
      valuePerUser: u.valuePerUser ? { currency: u.valuePerUser.currency || null, ...money(u.valuePerUser.minor, u.valuePerUser.currency || undefined)!, outcomes: u.valuePerUserFrom ?? 0 } : null,
      progress: u.achievement ?? null,
    })),
    roi: stat(peers.roi),
    // Money as everywhere else in this file ({ minor, amount }), the mean rounded to a minor unit.
    valuePerUser: Object.fromEntries(Object.entries(peers.valuePerUser).map(([cur, x]) => [cur, { mean: money(Math.round(x.mean), cur || undefined), topQuartile: money(x.topQuartile, cur || undefined), n: x.n }])),
    valuePerUserFrom: { ...peers.valuePerUserFrom },
    progress: stat(peers.achievement),
    // The outcomes progress averages (those with a numeric target and a reading), due or not.
    progressFrom: { ...peers.progressFrom },
  };
}

/** The number when a double holds it exactly (`exact`), else null. */
function held(x: number | undefined, exact: (x: number) => boolean): number | null {
  return x !== undefined && exact(x) ? x : null;
}
