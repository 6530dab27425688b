// Runs every enabled rule on one outcome. A rule that throws costs one finding, never the lint.
import type { ResolvedConfig } from './config';
import type { RawFinding } from './finding';
import type { Outcome } from './model';
import { RULES } from './rules/index';
import { computeRoi, type RoiSummary } from './roi';
import type { Rule, RuleContext } from './rules/types';
import { josa } from './text/josa';

export function runOutcomeRules(o: Outcome, config: ResolvedConfig, out: RawFinding[]): void {
  try {
    runEachRule(o, config, out);
  } finally {
    // Every string leaf is listed only for the rules; the kept model does not need the list.
    o.strings = [];
  }
}

// One context per enabled rule and config, made once and reused for every outcome: a file of
// thousands of outcomes made one per rule per outcome before (garbage the collector paid for).
// `sink` holds the outcome being checked: where its rules report (synchronously) and its ROI once
// one asks. A new one per outcome, dropped after it, so nothing of one outcome, or of one lint,
// is answered to the next (the lint cache moves models it keeps, and a config outlives a lint).
interface Checking {
  out: RawFinding[];
  outcome: Outcome | undefined;
  roi?: RoiSummary;
}
interface Contexts {
  config: ResolvedConfig;
  sink: { now: Checking };
  rules: { rule: Rule; ctx: RuleContext }[];
}
let contexts: Contexts | undefined;

function contextsFor(config: ResolvedConfig): Contexts {
  if (contexts?.config === config) return contexts;
  const sink: Contexts['sink'] = { now: { out: [], outcome: undefined } };
  const roi = () => (sink.now.roi ??= computeRoi(sink.now.outcome?.value));
  const rules = RULES.filter((rule) => config.severity(rule.id, rule.defaultSeverity) !== 'off').map((rule) => ({
    rule,
    ctx: { lang: config.lang, today: config.today, vocab: config.vocab, options: config.options(rule.id), roi, report: (f) => sink.now.out.push({ ruleId: rule.id, ...f }) } as RuleContext,
  }));
  contexts = { config, sink, rules };
  return contexts;
}

function runEachRule(o: Outcome, config: ResolvedConfig, out: RawFinding[]): void {
  const { sink, rules } = contextsFor(config);
  const outer = sink.now;
  sink.now = { out, outcome: o };
  try {
    for (const { rule, ctx } of rules) {
      try {
        rule.check(o, ctx);
      } catch (e) {
        out.push(internalError(rule, o, e, config));
      }
    }
  } finally {
    sink.now = outer;
  }
}

function internalError(rule: Rule, o: Outcome, e: unknown, config: ResolvedConfig): RawFinding {
  const why = e instanceof Error ? e.message : String(e);
  return {
    ruleId: 'internal-error',
    message: config.lang === 'ko' ? `규칙 ${rule.id}${josa(rule.id, '이')} 이 성과에서 실패했습니다: ${why}` : `Rule ${rule.id} failed on this outcome: ${why}`,
    span: o.anchor,
  };
}

