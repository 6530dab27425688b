// One good set of answers to the guided flow, shared by its unit and integration tests.
import type { GuidedAnswers } from '../src/core/guided';

export const GOOD_ANSWERS: Required<GuidedAnswers> = {
  account: 'Northwind Retail',
  current: 'Analysts wait until 11:00 for the daily sales report',
  future: 'Analysts open the report when they start work',
  barriers: 'Forty nightly batch jobs run one after another',
  solutions: 'Stream sales into the warehouse and run batches in parallel',
  behavior: "Analysts prepare the morning meeting from yesterday's sales report",
  hypothesis: "If analysts see yesterday's sales before the meeting, prices move a day earlier because decisions no longer wait",
  metric: 'Report ready before 9:00 (%)',
  baseline: '40 on 2026-09-30',
  target: '95 by 2027-06-30',
  category: 'operational-efficiency',
  value: 'hard-savings 36000: two batch servers switched off',
  investment: '30000',
};

/**
 * Baseline and target answers for a flow judged on the real clock (the editor's, in the
 * integration and end-to-end tests, which cannot pin today): measured last year, due in two.
 * GOOD_ANSWERS' fixed dates are for tests that pin today; on the clock its deadline passes on
 * 2027-06-30, and from then the flow refuses it and a lint finds deadline-passed.
 */
export function pointsFromNow(now = new Date()): { baseline: string; target: string } {
  const year = now.getFullYear();
  return { baseline: `40 on ${year - 1}-09-30`, target: `95 by ${year + 2}-06-30` };
}
