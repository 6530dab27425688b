// Outcomes are things people do, which is what makes them observable. A statement with no
// people in it and no behaviour in it ("Stable infrastructure platform") leaves open whose
// behaviour the work must change. Information only, and deliberately quiet: a statement
// that measures a change ("Reduce checkout abandonment from 30% to 15% by 2027-06-30"), counts
// results ("Sell 10,000 pairs of running shoes", "관광객 3000만 명 유치") or names behaviour by its noun (abandonment, adoption, churn, 이탈률) is never flagged, and a
// vague statement is left to output-as-outcome and unmeasured-aspiration, so a reviewer
// sees one finding per problem.
import { judgeOutcomeStatements, type JudgedStatement } from '../text/statements';
import { EN_BEHAVIOUR_NOUNS, KO_BEHAVIOUR_NOUNS } from '../vocab/shape-words';
import { msg, type Rule } from './types';

export const rule: Rule = {
  id: 'no-actor',
  name: 'No actor',
  scope: 'wording',
  defaultSeverity: 'info',
  description: {
    en: 'The outcome says whose behaviour changes.',
    ko: '성과 문장에 누구의 행동이 바뀌는지 나와 있어야 합니다.',
  },
  check(o, ctx) {
    const statements = judgeOutcomeStatements(o, ctx.vocab);
    const first = statements[0];
    if (!first) return;
    if (statements.some((s) => s.judgement.actor || s.judgement.placeholders.length || s.judgement.measured || s.judgement.verdict !== 'outcome' || s.judgement.reason.code === 'measured' || namesBehaviour(s))) return;
    ctx.report({
      // A copy: the lint cache shifts model spans and finding spans separately.
      span: { start: first.text.span.start, end: first.text.span.end },
      message: msg(
        ctx,
        'The outcome does not say whose behaviour changes: name the people (customers, analysts, store managers...) and what they will do differently.',
        '누구의 행동이 바뀌는지 나와 있지 않습니다. 대상(고객, 상담원, 매장 직원 등)과 그들이 무엇을 다르게 할지 적으세요.',
      ),
    });
  },
};

const WORD = /[\p{L}-]+/gu;

/** A behaviour noun (abandonment, churn, 이탈률) or a subject and its verb. */
function namesBehaviour(s: JudgedStatement): boolean {
  if (s.judgement.behaviour) return true;
  const text = s.text.value;
  if (KO_BEHAVIOUR_NOUNS.some((w) => text.includes(w))) return true;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const w = m[0].toLowerCase();
    if (EN_BEHAVIOUR_NOUNS.has(w) || EN_BEHAVIOUR_NOUNS.has(w.replace(/s$/, ''))) return true;
  }
  return false;
}
