// Outcome trends by quarter: for each calendar quarter from the first with data up to the last,
// the value realised in it and the running total (per currency, from `value.realised`), the
// measurements taken in it, and how many outcomes stood at their target on its last day (or
// today, for the quarter under way), those of them there only after their deadline counted
// apart, as outcome achievement counts them. A quarter without data between two with data is
// shown with nothing in it, so a gap reads as a gap and the running total stays continuous.
import { heldExactly } from '../exact-money';
import { minorProductBig } from '../money';
import { roiTenths } from '../roi';
import { metricProgress } from '../progress';
import { isIsoDate } from '../text/date';
import { reachedLate, reachedTarget } from './build';
import type { PortfolioOutcome } from './types';

export interface QuarterTrend {
  /** "2026-Q4". */
  quarter: string;
  /** Realised value per currency ('' for none), minor units. */
  realised: Record<string, number>;
  /** Realised value up to the end of this quarter, per currency, minor units. */
  cumulative: Record<string, number>;
  /**
   * ROI % to date per currency: the value realised up to the end of the quarter against the
   * investment of the outcomes that had realised value by then (an outcome that has realised
   * nothing yet would only weigh the figure down). None for a currency where one of them
   * states no investment.
   */
  roiToDate: Record<string, number>;
  measurements: number;
  reached: number;
  /** Of `reached`, those at target only after their deadline (build.ts reachedLate): not achieved, as the rate counts them. */
  reachedLate: number;
}

export function quarterOf(iso: string): string {
  return `${iso.slice(0, 4)}-Q${Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1}`;
}

/** The quarter after "2026-Q4": "2027-Q1". */
function nextQuarter(q: string): string {
  const y = Number(q.slice(0, 4)), n = Number(q.slice(6));
  return n === 4 ? `${String(y + 1).padStart(4, '0')}-Q1` : `${q.slice(0, 4)}-Q${n + 1}`;
}

function quarterEnd(q: string): string {
  const y = q.slice(0, 4);
  return `${y}-${['03-31', '06-30', '09-30', '12-31'][Number(q.slice(6)) - 1]}`;
}

export function quarterTrends(rows: PortfolioOutcome[], today: string): QuarterTrend[] {
  const quarters = new Map<string, { realised: Map<string, bigint>; measurements: number }>();
  const at = (date: string) => {
    const q = quarterOf(date);
    let t = quarters.get(q);
    if (!t) quarters.set(q, (t = { realised: new Map(), measurements: 0 }));
    return t;
  };
  for (const r of rows) {
    const cur = r.roi?.currency ?? r.currency;
    for (const x of r.outcome.value?.realised ?? []) {
      const d = x.date?.value, a = x.amount?.value;
      // An amount past 2^53 minor units is not the one written: left out (value-too-large names it).
      if (!d || !isIsoDate(d) || d > today || a === undefined || !heldExactly(a, cur)) continue;
      const t = at(d);
      t.realised.set(cur ?? '', (t.realised.get(cur ?? '') ?? 0n) + minorProductBig([a], cur));
    }
    for (const m of r.outcome.metrics?.primary?.measurements ?? []) {
      const d = m.date?.value;
      if (d && isIsoDate(d) && d <= today && m.value !== undefined) at(d).measurements++;
    }
  }
  const keys = [...quarters.keys()].sort();
  if (!keys.length) return [];
  // Every quarter from the first to the last with data; over a span longer than MAX_QUARTERS (a
  // date typed as 0206 for 2026) only the quarters with data, rather than centuries of empty rows.
  let all: string[] = [];
  for (let q = keys[0]!; q <= keys[keys.length - 1]!; q = nextQuarter(q)) {
    if (all.length >= MAX_QUARTERS) {
      all = keys;
      break;
    }
    all.push(q);
  }
  const running = new Map<string, bigint>();
  const realising = realisingOutcomes(rows, today);
  return all.map((q) => {
    const t = quarters.get(q) ?? { realised: new Map<string, bigint>(), measurements: 0 };
    for (const [c, v] of t.realised) running.set(c, (running.get(c) ?? 0n) + v);
    const end = quarterEnd(q) < today ? quarterEnd(q) : today;
    let reached = 0, late = 0;
    for (const r of rows) {
      const m = r.outcome.metrics?.primary;
      const p = m && metricProgress(m, end);
      if (!m || !reachedTarget(p)) continue;
      reached++;
      if (reachedLate(m, p, end)) late++;
    }
    return {
      quarter: q,
      realised: Object.fromEntries([...t.realised].map(([c, v]) => [c, Number(v)])),
      cumulative: Object.fromEntries([...running].map(([c, v]) => [c, Number(v)])),
      roiToDate: roiToDate(running, realising, end),
      measurements: t.measurements,
      reached,
      reachedLate: late,
    };
  });
}

interface Realising {
  currency: string;
  /** The first realised value on or before today. */
  since: string;
  investment?: number;
}

function realisingOutcomes(rows: PortfolioOutcome[], today: string): Realising[] {
  return rows.flatMap((r) => {
    const cur = r.roi?.currency ?? r.currency;
    const dates = (r.outcome.value?.realised ?? []).flatMap((x) => (x.date?.value && isIsoDate(x.date.value) && x.date.value <= today && x.amount?.value !== undefined && heldExactly(x.amount.value, cur) ? [x.date.value] : []));
    if (!dates.length) return [];
    const since = dates.reduce((a, b) => (b < a ? b : a));
    const inv = r.roi?.investmentMinor;
    return [{ currency: r.roi?.currency ?? r.currency ?? '', since, ...(inv !== undefined ? { investment: inv } : {}) }];
  });
}

function roiToDate(running: Map<string, bigint>, realising: Realising[], end: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [cur, value] of running) {
    const by = realising.filter((x) => x.currency === cur && x.since <= end);
    if (!by.length || by.some((x) => x.investment === undefined)) continue;
    const inv = by.reduce((a, x) => a + BigInt(x.investment!), 0n);
    if (inv > 0n) out[cur] = roiTenths(value, inv);
  }
  return out;
}

/** Forty years of quarters: a longer span is a typo in a date, not a trend to print row by row. */
const MAX_QUARTERS = 160;

/** Realised value dated after today, which no quarter counts yet (the report says how much). */
export function futureRealised(rows: PortfolioOutcome[], today: string): number {
  let n = 0;
  for (const r of rows) for (const x of r.outcome.value?.realised ?? []) if (x.date?.value && isIsoDate(x.date.value) && x.date.value > today) n++;
  return n;
}
