// Runs every enabled rule on one outcome. A rule that throws costs one finding, never the lint.
import type { ResolvedConfig } from './config';
import type { RawFinding } from './finding';
import type { Outcome } from './model';
import { RULES } from './rules/index';
import type { Rule, RuleContext } from './rules/types';

export function runOutcomeRules(o: Outcome, config: ResolvedConfig, out: RawFinding[]): void {
  try {
    runEachRule(o, config, out);
  } finally {
    // Every string leaf is listed only for the rules; the kept model does not need the list.
    o.strings = [];
  }
}

function runEachRule(o: Outcome, config: ResolvedConfig, out: RawFinding[]): void {
  for (const rule of RULES) {
    if (config.severity(rule.id, rule.defaultSeverity) === 'off') continue;
    const ctx: RuleContext = {
      lang: config.lang,
      today: config.today,
      vocab: config.vocab,
      options: config.options(rule.id),
      report: (f) => out.push({ ruleId: rule.id, ...f }),
    };
    try {
      rule.check(o, ctx);
    } catch (e) {
      out.push(internalError(rule, o, e, config));
    }
  }
}

function internalError(rule: Rule, o: Outcome, e: unknown, config: ResolvedConfig): RawFinding {
  const why = e instanceof Error ? e.message : String(e);
  return {
    ruleId: 'internal-error',
    message: config.lang === 'ko' ? `규칙 ${rule.id}이(가) 이 성과에서 실패했습니다: ${why}` : `Rule ${rule.id} failed on this outcome: ${why}`,
    span: o.anchor,
  };
}

