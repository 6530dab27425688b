// The skeleton of one canvas section, in the outcome's own syntax (YAML, a ```cbo fence, or
// the Markdown template) and language, and where it goes: what the canvas's "add this section"
// links insert. Hints are tab stops the user types over.
import type { Lang } from '../finding';
import type { Outcome } from '../model';
import { displayLabel, displaySection, type Field, type Section } from '../parse/markdown-labels';
import { insertFix, writesKorean } from '../rules/fix-snippets';

export const CANVAS_SECTIONS = ['context', 'workshop', 'outcome', 'metrics', 'value', 'dependencies'] as const;
export type CanvasSection = (typeof CANVAS_SECTIONS)[number];

export interface SectionInsert {
  offset: number;
  snippet: string;
}

const HINTS: Record<Lang, Record<string, string>> = {
  en: {
    challenge: 'the business problem today, with a number',
    strategicImportance: 'the strategy goal it serves',
    stakeholderImpact: 'who is affected and how',
    current: 'what people do today that hurts',
    future: 'what they do once the problem is solved',
    barriers: 'what stands in the way',
    solutions: 'what gets past the barrier',
    behavior: 'who does what differently',
    hypothesis: 'If <who does what>, <business result> because <reason>',
    amount: 'yearly amount',
    assumption: 'what the figure rests on',
    investment: 'total cost',
    dependencies: 'what the outcome needs from others',
    assumptions: 'what must stay true',
    risks: 'what could stop it',
  },
  ko: {
    challenge: '지금의 비즈니스 문제 (숫자로)',
    strategicImportance: '이 성과가 돕는 전략 목표',
    stakeholderImpact: '누가 어떤 영향을 받는지',
    current: '지금 사람들이 겪는 불편',
    future: '문제가 풀린 뒤의 모습',
    barriers: '앞길을 막는 것',
    solutions: '장애물을 넘는 방법',
    behavior: '누가 무엇을 다르게 하는지',
    hypothesis: '<누가 무엇을 다르게 하면> <비즈니스 결과>가 나타난다',
    amount: '연간 금액',
    assumption: '숫자의 근거',
    investment: '총비용',
    dependencies: '다른 팀에 필요한 것',
    assumptions: '유지되어야 할 전제',
    risks: '성과를 막을 수 있는 것',
  },
};

function yamlBody(s: CanvasSection, h: Record<string, string>): string[] | undefined {
  switch (s) {
    case 'context':
      return ['context:', `  challenge: \${1:${h.challenge}}`, `  strategicImportance: \${2:${h.strategicImportance}}`, `  stakeholderImpact: \${3:${h.stakeholderImpact}}`];
    case 'workshop':
      return ['workshop:', `  current: [\${1:${h.current}}]`, `  future: [\${2:${h.future}}]`, `  barriers: [\${3:${h.barriers}}]`, `  solutions: [\${4:${h.solutions}}]`];
    case 'outcome':
      return ['outcome:', `  behavior: \${1:${h.behavior}}`, `  hypothesis: \${2:${h.hypothesis}}`];
    case 'value':
      return ['value:', '  currency: ${1:USD}', `  investment: \${2:0}`, '  items:', `    - { type: \${3|hard-savings,soft-savings,revenue-impact,risk-avoidance,opportunity-cost|}, amount: \${4:0}, assumption: "\${5:${h.assumption}}" }`];
    case 'dependencies':
      return [`dependencies: [\${1:${h.dependencies}}]`, `assumptions: [\${2:${h.assumptions}}]`, `risks: [\${3:${h.risks}}]`];
    default:
      return undefined;
  }
}

function markdownBody(s: CanvasSection, lang: Lang, h: Record<string, string>): string[] | undefined {
  const b = (f: Field, n: number, hint: string) => `- **${displayLabel(f, lang)}**: \${${n}:${hint}}`;
  const head = (x: Section) => `### ${displaySection(x, lang)}`;
  switch (s) {
    case 'context':
      return [head('context'), b('challenge', 1, h.challenge!), b('strategicImportance', 2, h.strategicImportance!), b('stakeholderImpact', 3, h.stakeholderImpact!)];
    case 'workshop':
      return [head('workshop'), b('current', 1, h.current!), b('future', 2, h.future!), b('barriers', 3, h.barriers!), b('solutions', 4, h.solutions!)];
    case 'outcome':
      return [head('outcome'), b('behavior', 1, h.behavior!), b('hypothesis', 2, h.hypothesis!)];
    case 'value': {
      const cur = lang === 'ko' ? '원' : ' USD';
      return [head('value'), `- **${displayLabel('hardSavings', lang)}**: \${1:0}${cur}: \${2:${h.assumption}}`, `- **${displayLabel('investment', lang)}**: \${3:0}${cur}`];
    }
    case 'dependencies':
      return [head('dependencies'), b('dependencies', 1, h.dependencies!), b('assumptions', 2, h.assumptions!), b('risks', 3, h.risks!)];
    default:
      return undefined;
  }
}

/** Where and what to insert for a missing canvas section; undefined when it cannot go anywhere safe. */
export function sectionInsert(o: Outcome, section: CanvasSection, lang: Lang): SectionInsert | undefined {
  if (section === 'metrics') {
    const fix = insertFix(o, 'metrics', '');
    return fix?.kind === 'insert' ? { offset: fix.offset, snippet: fix.snippet } : undefined;
  }
  const at = o.insertAt.end;
  if (!at || at.flow) return undefined;
  // The outcome's own language, as the quick fixes do: Korean text in an English plan (because
  // the messages are set to Korean) would be a second language in the user's plan. The
  // message language decides only for an outcome with no text yet.
  const written = o.title?.value || o.strings[0]?.value;
  const l: Lang = written ? (writesKorean(o) ? 'ko' : 'en') : lang;
  if (o.source === 'md-template') {
    const body = markdownBody(section, l, HINTS[l]);
    return body && { offset: at.offset, snippet: `\n\n${body.join('\n')}` };
  }
  const body = yamlBody(section, HINTS[l]);
  return body && { offset: at.offset, snippet: body.map((line) => `\n${at.indent}${line}`).join('') };
}
