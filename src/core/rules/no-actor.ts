// Outcomes are things people do, which is what makes them observable. A statement with no
// people in it ("Reduce infrastructure cost by 30%") may be a fine business result, but it
// leaves open whose behaviour the work must change to get there. Information only: some
// good results (availability, cost) have no natural actor.
import { judgeOutcomeStatements } from '../text/statements';
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
    // An unfilled template title is no-placeholder's business.
    if (statements.some((s) => s.judgement.actor || s.judgement.placeholders.length)) return;
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
