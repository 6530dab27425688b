// Recommendations that follow from the data alone, one per outcome and kind:
//   confirm   value items not validated by the customer: confirm them with the customer
//   measure   no measurement of the primary metric in the last 90 days (or none at all): measure
//   review    off track: review the barrier (the first one the workshop named, if any)
//   quantify  no value item could be valued: quantify the value
import { daysBetween } from '../text/date';
import type { PortfolioOutcome } from './types';

export const STALE_DAYS = 90;

export type RecommendationKind = 'review' | 'measure' | 'confirm' | 'quantify';

export interface Recommendation {
  kind: RecommendationKind;
  row: PortfolioOutcome;
  /** Unvalidated items for 'confirm'; days since the last measurement for 'measure' (absent: never). */
  count?: number;
  /** The first workshop barrier, for 'review'. */
  barrier?: string;
}

const ORDER: RecommendationKind[] = ['review', 'measure', 'confirm', 'quantify'];

export function recommendations(rows: PortfolioOutcome[], today: string): Recommendation[] {
  const out: Recommendation[] = [];
  for (const row of rows) {
    if (row.status === 'off-track') {
      const b = row.outcome.workshop.barriers.find((x) => x.value.trim())?.value.trim();
      out.push(b ? { kind: 'review', row, barrier: b } : { kind: 'review', row });
    }
    if (!row.lastMeasured) out.push({ kind: 'measure', row });
    else {
      const days = daysBetween(row.lastMeasured, today);
      if (days > STALE_DAYS) out.push({ kind: 'measure', row, count: days });
    }
    const unvalidated = row.valueItems - row.validatedItems;
    if (unvalidated > 0) out.push({ kind: 'confirm', row, count: unvalidated });
    if (!row.quantified) out.push({ kind: 'quantify', row });
  }
  return out.sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) || a.row.file.localeCompare(b.row.file) || a.row.line - b.row.line);
}
