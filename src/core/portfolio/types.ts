// The portfolio's shapes: many CBO files seen together, one row per outcome.
import type { Outcome } from '../model';
import type { Progress, ProgressStatus } from '../progress';
import type { RoiSummary, RoiTotal } from '../roi';
import type { DuplicateOutcome } from './duplicates';

/** One parsed file handed to the portfolio. `lineOf` turns an offset into a 1-based line. */
export interface PortfolioSource {
  /** As it should be shown: a relative path or a workspace-relative name. */
  file: string;
  outcomes: Outcome[];
  lineOf?: (offset: number) => number;
  /** Outcomes with an error as cbo check counts them (`outcomesWithErrors`): their figures may be wrong. */
  withErrors?: ReadonlySet<Outcome>;
}

export interface PortfolioOutcome {
  file: string;
  /** 1-based line of the outcome's anchor (its title, heading or first key). */
  line: number;
  /** Position in its file. */
  index: number;
  /** As written, trimmed; '' when the outcome has no title. */
  title: string;
  account?: string;
  /** The outcome's customerSince, when it is a calendar date (YYYY-MM-DD). */
  customerSince?: string;
  category?: string;
  /** Progress of the primary metric; 'no-data' without one. */
  status: ProgressStatus;
  progress?: Progress;
  /** The latest measurement on or before today reaches the target. */
  reached: boolean;
  /** Reached before its deadline by a dated reading since the baseline, on a change (build.ts reachedEarly). */
  reachedEarly: boolean;
  /** Due (deadline before today) and at target now, but no dated reading reached it by the deadline (build.ts metInTime). */
  reachedLate: boolean;
  /** Share of the planned change reached, within 0..1 (1 at the target); undefined without data. */
  share?: number;
  /** ROI figures when the outcome states value or cost. */
  roi?: RoiSummary;
  currency?: string;
  valueItems: number;
  validatedItems: number;
  /** At least one value item could be valued. */
  quantified: boolean;
  /** Investment above 0 and claimed value above the investment. */
  roiPositive: boolean;
  users?: number;
  /** Date of the latest measurement of the primary metric on or before today. */
  lastMeasured?: string;
  /** The primary metric's target date, when it is a calendar date: the outcome is due after it. */
  deadline?: string;
  /** The outcome has an error as cbo check counts it (PortfolioSource.withErrors). */
  hasErrors?: boolean;
  outcome: Outcome;
}

export interface Rates {
  /** null when there is nothing to divide by (no outcomes, no value items). */
  achievement: number | null;
  roiPositive: number | null;
  valueDocumented: number | null;
  customerValidated: number | null;
}

export type RateName = keyof Rates;

/** The framework tracker's thresholds: a practice is healthy above each. */
export const RATE_TARGETS: Readonly<Record<RateName, number>> = { achievement: 0.8, roiPositive: 0.9, valueDocumented: 0.75, customerValidated: 0.6 };

export const RATE_NAMES: readonly RateName[] = ['achievement', 'roiPositive', 'valueDocumented', 'customerValidated'];

/**
 * Numerator and denominator behind each rate, for "6 of 8" next to "75 %". `byAccount`: the
 * units counted are accounts (ROI demonstrable, when the outcomes name accounts), not outcomes;
 * `leftOut`: outcomes that name no account, which no account's figure includes.
 */
export type RateCounts = Record<RateName, RateCount> & { achievement: DueCount };

export interface RateCount {
  count: number;
  of: number;
  byAccount?: boolean;
  leftOut?: number;
}

/**
 * Outcome achievement's count: `of` is the outcomes due (deadline before `dueBefore`, the day the
 * portfolio is judged on) and those already at target before their deadline (`reachedEarly`, in
 * both `of` and `count`), `count` those that reached their target by their deadline and are at it
 * now. `achievedLate`: due ones at target only after their deadline, in `of` and not in `count`.
 * The others are said beside it, never counted: `notYetDue` (deadline today or later, short of
 * target) and `noDeadline` (no calendar target date).
 */
export interface DueCount extends RateCount {
  dueBefore: string;
  reachedEarly: number;
  achievedLate: number;
  notYetDue: number;
  noDeadline: number;
}

export interface CurrencyTotal extends RoiTotal {
  /** '' when the outcomes name no currency. */
  key: string;
}

export interface Portfolio {
  today: string;
  outcomes: PortfolioOutcome[];
  totals: CurrencyTotal[];
  rates: Rates;
  counts: RateCounts;
  /** Files read, including those without outcomes. */
  files: number;
  /** Outcomes found in more than one file, each counted once (in `outcomes` by its kept copy). */
  duplicates: DuplicateOutcome[];
}
