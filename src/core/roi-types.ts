// The shapes of the ROI's figures: one item's value, one outcome's summary, a total over
// several outcomes, and the problems and issues that say why a figure is missing (roi.ts computes them).
import type { CountPart, Span, ValueType } from './model';

export type ItemBasis = 'amount' | 'hours-x-rate' | 'probability-x-impact';

/** Why an item was not counted. */
export type ItemProblem =
  | 'missing-type' // no `type`
  | 'unknown-type' // a type outside VALUE_TYPES
  | 'missing-numbers' // the numbers its type needs are not there
  | 'out-of-range' // negative hours, rate or impact; a probability outside 0..1
  | 'other-currency' // a Markdown item priced in another currency than the outcome (`otherCurrency`)
  | 'total-mismatch' // a Markdown line's written product is not its factors' (`writtenTotal`)
  | 'years-factor' // a Markdown line multiplied by a number of years: a value is a year's (`years`)
  | 'added-term' // a Markdown hours × rate or probability × impact line with an amount added to the product (`addedTerm`)
  | 'unread-factor' // a Markdown line multiplied by a factor it cannot use: minutes with no rate per hour, days against a week (`unreadFactor`)
  | 'share-not-joined' // a Markdown line with a share of change before its money, not joined to it (`unjoinedShare`)
  | 'bound' // a Markdown line whose figure is a ceiling or a change, not the value (`bound`)
  | 'too-large'; // beyond what a number holds exactly in minor units

export interface ItemValue {
  /** Position in `value.items`. */
  index: number;
  span: Span;
  type?: ValueType;
  /** The type as written, when it is not one of VALUE_TYPES. */
  typeText?: string;
  basis?: ItemBasis;
  /**
   * The numbers multiplied, as written: [amount], [hours, rate] or [probability, impact], then
   * `count` when the line has one ([hours, rate, count]), and then `perYear` when the figure is written for a month or a week ([amount, 12]).
   */
  factors: number[];
  /** People or things the hours or unit price are for (a Markdown line's `count`), after the type's own factors. */
  count?: number;
  countParts?: CountPart[]; // `count`'s factors as written, a share or a span among them (ValueItem.countParts)
  /** Times a year the written figure recurs (12 for a month, 52 for a week); absent for a yearly one. */
  perYear?: number;
  /** The item's value in minor units; 0 when not counted. */
  minor: number;
  counted: boolean;
  validated: boolean;
  assumption?: string;
  problem?: ItemProblem;
}

export type RoiIssue =
  | 'no-items' // nothing to value
  | 'no-investment' // ROI, net value and payback need the cost
  | 'zero-investment' // ROI would divide by zero
  | 'negative-investment' // a cost below zero is not a cost; ignored
  | 'investment-too-large' // beyond what a number holds exactly in minor units; ignored
  | 'no-currency' // amounts are shown without a currency
  | 'uncounted-items' // some items have a `problem` and count as 0
  | 'mixed-currencies' // totals only: outcomes in different currencies are not added
  | 'investment-missing-for-some' // totals only: ROI over outcomes some of which have no cost
  | 'total-too-large'; // totals only: the sums pass what a number holds exactly; refused, not rounded

export type Subtotals = Record<ValueType, number>;

/** Money figures are integers of the currency's minor unit (cents for USD, won for KRW). */
export interface RoiFigures {
  currency?: string;
  minorDigits: number;
  investmentMinor?: number;
  /** Every counted item. */
  claimedMinor: number;
  /** Counted items the customer has validated. */
  validatedMinor: number;
  /** claimed - investment. */
  netMinor?: number;
  /** validated - investment. */
  conservativeNetMinor?: number;
  /** One decimal, rounded half away from zero; undefined without a positive investment. */
  roiPercent?: number;
  conservativeRoiPercent?: number;
  /** Months until yearly value repays the investment (one decimal); undefined if value <= 0. */
  paybackMonths?: number;
  conservativePaybackMonths?: number;
  /** Claimed value per value type. */
  byType: Subtotals;
  issues: RoiIssue[];
}

export interface RoiSummary extends RoiFigures {
  items: ItemValue[];
  /** The investment as a one-off cost and a year of running cost added (a Markdown line that writes both), in minor units. */
  investmentParts?: { oneOffMinor: number; runningMinor: number };
}

export interface RoiTotal extends Partial<Omit<RoiFigures, 'issues' | 'minorDigits'>> {
  minorDigits: number;
  /** Outcomes with a value block that has items or an investment. */
  outcomes: number;
  /** Distinct currencies of those outcomes, as written (upper-cased); '' for none given. */
  currencies: string[];
  issues: RoiIssue[];
}
