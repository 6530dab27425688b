// The contract every rule file fulfils. One rule per file, registered in ./index.ts.
import type { Fix, Lang, Scope, Severity, SeverityOrOff } from '../finding';
import type { Outcome, Span } from '../model';
import type { RoiSummary } from '../roi';
import type { Vocabulary } from '../vocab';
import { REPOSITORY_URL } from '../repository';

export interface RuleContext {
  lang: Lang;
  /** ISO date (YYYY-MM-DD): the clock is an input so results are reproducible. */
  today: string;
  vocab: Vocabulary;
  /** The rule's options from config, if any. */
  options: Record<string, unknown>;
  /**
   * The ROI of the outcome being checked (`computeRoi` of its value block). Computed when a rule
   * first asks and shared by the rules of that outcome only (three read it: roi-implausible,
   * value-item-incomplete, value-too-large); the next outcome, or the next lint, computes its own.
   */
  roi(): RoiSummary;
  report(finding: {
    span: Span;
    message: string;
    fix?: Fix;
    data?: Record<string, string | number>;
    severity?: Severity;
  }): void;
}

export interface RuleMeta {
  /** Stable id; never reused. Also the docs page name: docs/rules/<id>.md */
  id: string;
  name: string;
  scope: Scope;
  /**
   * The severity when `.cborc.yaml` says nothing. 'off' for a rule a team switches on itself
   * (`rules: { <id>: info }`): it is listed, documented and configurable, but reports nothing
   * until then.
   */
  defaultSeverity: SeverityOrOff;
  /** One line on what the rule checks, per language (shown in `cbo rules` and hovers). */
  description: Record<Lang, string>;
}

export interface Rule extends RuleMeta {
  check(outcome: Outcome, ctx: RuleContext): void;
}

/** The rule pages on the repository's default branch (docs/rules/<id>.md). */
export const DOCS_BASE = `${REPOSITORY_URL}/blob/main/docs/rules/`;
export function docsUrl(id: string): string {
  return `${DOCS_BASE}${id}.md`;
}

/** Picks the message for the current language. */
export function msg(ctx: { lang: Lang }, en: string, ko: string): string {
  return ctx.lang === 'ko' ? ko : en;
}
