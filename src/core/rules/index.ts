// The rule registry: every per-outcome rule, in the order findings are reported.
// Ids are stable and documented in docs/rules/<id>.md; a test checks both.
import { rule as deadlinePassed } from './deadline-passed';
import { rule as impossibleDate } from './impossible-date';
import { rule as measurementInFuture } from './measurement-in-future';
import { rule as hypothesisLink } from './hypothesis-link';
import { rule as missingBaseline } from './missing-baseline';
import { rule as missingDeadline } from './missing-deadline';
import { rule as missingPrimaryMetric } from './missing-primary-metric';
import { rule as missingTarget } from './missing-target';
import { rule as noActor } from './no-actor';
import { rule as noPlaceholder } from './no-placeholder';
import { rule as outputAsOutcome } from './output-as-outcome';
import { rule as targetDirection } from './target-direction';
import { rule as targetNotQuantified } from './target-not-quantified';
import { rule as targetUnreachable } from './target-unreachable';
import { rule as unknownCategory } from './unknown-category';
import { rule as unitMismatch } from './unit-mismatch';
import { rule as unknownCurrency } from './unknown-currency';
import { rule as unmeasuredAspiration } from './unmeasured-aspiration';
import { rule as roiImplausible } from './roi-implausible';
import type { Rule } from './types';
import { rule as valueItemIncomplete } from './value-item-incomplete';
import { rule as valueNoAssumption } from './value-no-assumption';
import { rule as valueNoInvestment } from './value-no-investment';
import { rule as valuePeriodMismatch } from './value-period-mismatch';
import { rule as valueTextTooLong } from './value-text-too-long';
import { rule as valueTooLarge } from './value-too-large';
import { rule as valueUnvalidated } from './value-unvalidated';
import { rule as weaselWord } from './weasel-word';

export const RULES: Rule[] = [
  noPlaceholder,
  unknownCategory,
  outputAsOutcome,
  unmeasuredAspiration,
  weaselWord,
  noActor,
  missingPrimaryMetric,
  missingBaseline,
  missingTarget,
  missingDeadline,
  targetNotQuantified,
  unitMismatch,
  targetDirection,
  targetUnreachable,
  deadlinePassed,
  measurementInFuture,
  impossibleDate,
  hypothesisLink,
  unknownCurrency,
  valueItemIncomplete,
  valueTooLarge,
  valueTextTooLong,
  valueNoAssumption,
  valuePeriodMismatch,
  valueNoInvestment,
  roiImplausible,
  valueUnvalidated,
];
