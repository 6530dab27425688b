// Outcome trends by quarter: for each calendar quarter up to today's, the value realised in it
// (per currency, from `value.realised`), the measurements taken in it, and how many outcomes
// stood at their target on its last day (or today, for the quarter under way).
import { minorProductBig } from '../money';
import { metricProgress } from '../progress';
import { isIsoDate } from '../text/date';
import { reachedTarget } from './build';
import type { PortfolioOutcome } from './types';

export interface QuarterTrend {
  /** "2026-Q4". */
  quarter: string;
  /** Realised value per currency ('' for none), minor units. */
  realised: Record<string, number>;
  measurements: number;
  reached: number;
}

export function quarterOf(iso: string): string {
  return `${iso.slice(0, 4)}-Q${Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1}`;
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
      if (!d || !isIsoDate(d) || d > today || a === undefined || !Number.isFinite(a)) continue;
      const t = at(d);
      t.realised.set(cur ?? '', (t.realised.get(cur ?? '') ?? 0n) + minorProductBig([a], cur));
    }
    for (const m of r.outcome.metrics?.primary?.measurements ?? []) {
      const d = m.date?.value;
      if (d && isIsoDate(d) && d <= today && m.value !== undefined) at(d).measurements++;
    }
  }
  return [...quarters.keys()].sort().map((q) => {
    const t = quarters.get(q)!;
    const end = quarterEnd(q) < today ? quarterEnd(q) : today;
    const reached = rows.filter((r) => {
      const m = r.outcome.metrics?.primary;
      return m ? reachedTarget(metricProgress(m, end)) : false;
    }).length;
    return { quarter: q, realised: Object.fromEntries([...t.realised].map(([c, v]) => [c, Number(v)])), measurements: t.measurements, reached };
  });
}
