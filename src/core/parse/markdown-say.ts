// Where the Markdown reader's findings on what it does not read go: the plan's findings, in the
// user's language, with the day the examples in them are dated from (guided-dates.ts).
import type { Lang, RawFinding } from '../finding';
import type { Span } from '../model';

/** A value a plan writes that the reader leaves out, or reads only the first of (docs/rules/unread-value.md). */
export const UNREAD_RULE_ID = 'unread-value';

export interface PlanSay {
  lang: Lang;
  /** YYYY-MM-DD; without it a message gives no example date. */
  today?: string;
  findings: RawFinding[];
  /** Labels of the plan's own still to be measured against the template's for a typo (markdown-labels.ts). */
  guesses: { left: number };
}

export function say(s: PlanSay, ruleId: string, span: Span, en: string, ko: string): void {
  s.findings.push({ ruleId, span, message: s.lang === 'ko' ? ko : en });
}
