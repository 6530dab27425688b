import { strict as assert } from 'node:assert';
import { BUILT_IN_CHECKLISTS } from '../../src/core/checklist/builtins';
import { checkPlan } from '../../src/core/checklist/check-plan';
import { validateChecklist } from '../../src/core/generated/validators.js';
import { parseChecklistText } from '../../src/core/checklist/load';
import { resolveConfig } from '../../src/core/config';
import { GOOD_CBO, only, run, TODAY } from './helpers';

const config = (lang: 'en' | 'ko' = 'en') => resolveConfig({}, { today: TODAY, lang });
const statusOf = (text: string, checklist: string, item: string, lang: 'en' | 'ko' = 'en') =>
  checkPlan(text, { config: config(lang), only: [checklist] }).checklists[0]!.items.find((i) => i.id === item)!;

describe('plan checklists', () => {
  it('every built-in checklist matches schemas/checklist.schema.json, as a team checklist must', () => {
    // The built-ins are imported as JSON and cast, so a typo ("heading", "required": "yes")
    // would pass the type-check and fail far away; this names the checklist and the path.
    for (const c of BUILT_IN_CHECKLISTS) {
      const ok = validateChecklist(c);
      const e = validateChecklist.errors?.[0];
      assert.ok(ok, `${c.id}: ${e?.instancePath ?? ''} ${e?.message ?? ''}`);
    }
    const typo = JSON.parse(JSON.stringify(BUILT_IN_CHECKLISTS[0])) as { groups: { items: Record<string, unknown>[] }[] };
    typo.groups[0]!.items[0]!.required = 'yes';
    assert.equal(validateChecklist(typo), false, 'the check can fail');
  });

  for (const c of BUILT_IN_CHECKLISTS) {
    describe(c.id, () => {
      for (const g of c.groups) {
        for (const item of g.items) {
          if (item.evidence.outcomes) continue; // covered by the outcome cases below
          for (const lang of ['en', 'ko'] as const) {
            const title = item.title[lang];
            it(`${item.id} (${lang}): found with a section, partial when empty or unchecked, missing otherwise`, () => {
              const found = `# Plan\n\n## ${title}\n\nWe do this: owners and dates are agreed.\n`;
              assert.equal(statusOf(found, c.id, item.id, lang).status, 'found', found);
              assert.deepEqual(statusOf(found, c.id, item.id, lang).evidence[0]?.line, 3);
              const empty = `# Plan\n\n## ${title}\n\n## Something else\n\nText.\n`;
              assert.equal(statusOf(empty, c.id, item.id, lang).status, 'partial');
              const task = `# Plan\n\n- [ ] ${title}\n`;
              assert.equal(statusOf(task, c.id, item.id, lang).status, 'partial');
              assert.equal(statusOf(task.replace('[ ]', '[x]'), c.id, item.id, lang).status, 'found');
              const missing = `# Plan\n\n## Unrelated heading\n\nNothing relevant.\n`;
              assert.equal(statusOf(missing, c.id, item.id, lang).status, 'missing');
            });
          }
        }
      }
    });
  }

  describe('an item another item implies', () => {
    it('reporting-cadence: found when the plan sets a weekly, monthly or quarterly review, with their lines', () => {
      const plan = `# Plan\n\n## Tracking\n\n- **Weekly**: milestone review with the team\n- **Monthly**: update to the sponsor\n`;
      const r = statusOf(plan, 'cbo-process', 'reporting-cadence');
      assert.equal(r.status, 'found');
      assert.deepEqual(r.evidence.map((e) => e.line), [5, 6]);
      const ko = `# 계획\n\n## 추적\n\n- **주간**: 팀과 마일스톤 검토\n`;
      assert.equal(statusOf(ko, 'cbo-process', 'reporting-cadence', 'ko').status, 'found');
    });
    it('reporting-cadence: a review only mentioned, or an unchecked task, does not imply it', () => {
      assert.equal(statusOf('# Plan\n\n- [ ] Weekly progress review\n', 'cbo-process', 'reporting-cadence').status, 'missing');
      assert.equal(statusOf('# Plan\n\n## Weekly\n\n## Next\n\nText.\n', 'cbo-process', 'reporting-cadence').status, 'missing');
    });
    it('a chain of implied items holds whatever their order; an unknown id is a problem of the team file', () => {
      const team = (order: string[]) => {
        const items: Record<string, string> = {
          cadence: '{ id: cadence, title: { en: Cadence, ko: 주기 }, evidence: { headings: [cadence], impliedBy: [weekly] } }',
          weekly: '{ id: weekly, title: { en: Weekly, ko: 주간 }, evidence: { headings: [weekly], impliedBy: [load-test] } }',
          'load-test': '{ id: load-test, title: { en: Load test, ko: 부하 테스트 }, evidence: { headings: [load test] } }',
        };
        const text = `id: gates\ntitle: { en: Gates, ko: 관문 }\ngroups:\n  - id: g\n    title: { en: G, ko: 지 }\n    items: [${order.map((k) => items[k]).join(', ')}]\n`;
        return parseChecklistText(text, 'gates.yaml');
      };
      for (const order of [['cadence', 'weekly', 'load-test'], ['load-test', 'weekly', 'cadence']]) {
        const c = team(order).checklist!;
        const r = checkPlan('# Plan\n\n## Load test\n\nTwice the peak.\n', { config: config(), only: ['gates'], extra: [c] }).checklists[0]!;
        assert.deepEqual(Object.fromEntries(r.items.map((i) => [i.id, i.status])), { cadence: 'found', weekly: 'found', 'load-test': 'found' }, order.join(','));
      }
      const typo = parseChecklistText('id: t\ntitle: { en: T, ko: T }\ngroups:\n  - id: g\n    title: { en: G, ko: G }\n    items: [ { id: a, title: { en: A, ko: A }, evidence: { headings: [a], impliedBy: [load-tst] } } ]\n', 'typo.yaml');
      assert.match(typo.problem ?? '', /typo\.yaml: .*impliedBy names "load-tst", which is not an item of this checklist/);
    });

    it('reporting-cadence: a cadence heading with content is found on its own', () => {
      assert.equal(statusOf('# Plan\n\n## Tracking cadence\n\nEvery Monday with the sponsor.\n', 'cbo-process', 'reporting-cadence').status, 'found');
    });
  });

  describe('items read from the CBOs', () => {
    it('smart-cbos: found when every CBO is complete, partial when one is not, missing with none', () => {
      assert.equal(statusOf(GOOD_CBO, 'cbo-process', 'smart-cbos').status, 'found');
      assert.equal(statusOf(GOOD_CBO + '\n## CBO: Customers pay online\n', 'cbo-process', 'smart-cbos').status, 'partial');
      assert.equal(statusOf('# Plan\n', 'cbo-process', 'smart-cbos').status, 'missing');
    });
    it('template-sections: found when each CBO has the four sections', () => {
      assert.equal(statusOf(GOOD_CBO, 'cbo-process', 'template-sections').status, 'found');
      const noValue = GOOD_CBO.replace(/### Value Proposition\n- \*\*Financial Impact\*\*: Fewer pricing errors\n/, '');
      assert.equal(statusOf(noValue, 'cbo-process', 'template-sections').status, 'partial');
    });
    it('outcomes-with-metrics: found when outcomes carry a target', () => {
      assert.equal(statusOf(GOOD_CBO, 'workshop', 'outcomes-with-metrics').status, 'found');
      assert.equal(statusOf('## CBO: Customers pay online\n', 'workshop', 'outcomes-with-metrics').status, 'partial');
    });
    it('reads Korean template CBOs', () => {
      const ko = '## CBO: 분석가가 오전 8시 전에 보고서를 받는다\n\n### 비즈니스 배경\n- **현재 과제**: 11시 도착\n\n### 성공 지표\n- **핵심 지표**: 8시 전 준비 비율 (%)\n- **기준값**: 40% (2026-09-30 기준)\n- **목표값**: 95%\n- **기한**: 2027년 3월\n\n### 가치 제안\n- **재무적 영향**: 가격 오류 감소\n\n### 의존성 및 가정\n- **주요 가정**: 매장 수 유지\n';
      assert.equal(statusOf(ko, 'cbo-process', 'smart-cbos', 'ko').status, 'found');
      assert.equal(statusOf(ko, 'cbo-process', 'template-sections', 'ko').status, 'found');
    });
  });

  it('has a workshop-readiness checklist as the fourth built-in, from the deck\'s preparation', () => {
    assert.deepEqual(BUILT_IN_CHECKLISTS.map((c) => c.id), ['cbo-process', 'delivery', 'workshop', 'workshop-readiness']);
    const ready = `# Workshop preparation

- **Expectations call**: held with the customer's sponsor on 2026-03-30
- **Attendees**: eight from the business and eight from IT, product owners included
- **Preparation document**: sent to every attendee on 2026-03-31, two weeks ahead
- **Agenda**: Current and Future, Barrier brainstorming, Solutions, Outcome definition
`;
    const r = checkPlan(ready, { config: config(), only: ['workshop-readiness'] }).checklists[0]!;
    assert.deepEqual(r.items.map((i) => [i.id, i.status]), [['expectations-call', 'found'], ['attendees', 'found'], ['prep-doc', 'found'], ['agenda', 'found']]);
    assert.equal(r.coverage, 1);
    const ko = '## 워크숍 사전 준비\n\n- **기대사항 협의**: 고객 담당자와 통화로 기대 결과를 정함\n- **참석자**: 현업과 IT 각 8명\n';
    const k = checkPlan(ko, { config: config('ko'), only: ['workshop-readiness'] }).checklists[0]!;
    assert.equal(k.title, '워크숍 준비');
    assert.deepEqual(k.items.map((i) => i.status), ['found', 'found', 'missing', 'missing']);
  });

  it('counts a "Current Challenge" line as evidence of current state analysis', () => {
    assert.equal(statusOf(GOOD_CBO, 'cbo-process', 'current-state').status, 'found');
    assert.equal(statusOf('# Plan\n\n- **현재 과제**: 보고서가 11시에 도착한다\n', 'cbo-process', 'current-state', 'ko').status, 'found');
  });

  it('scores the same sentence alike as a paragraph and as a list item', () => {
    const sentence = 'Retrospective with the customer at the end; CSAT survey sent to all participants.';
    const asItem = statusOf(`# Close\n\n- ${sentence}\n`, 'delivery', 'retrospective');
    const asParagraph = statusOf(`# Close\n\n${sentence}\n`, 'delivery', 'retrospective');
    assert.equal(asItem.status, 'found');
    assert.equal(asParagraph.status, asItem.status);
    // A passing mention deep in a sentence stays partial in both forms.
    const mention = 'We will think about a retro later.';
    assert.equal(statusOf(`# Close\n\n${mention}\n`, 'delivery', 'retrospective').status, 'partial');
    assert.equal(statusOf(`# Close\n\n- ${mention}\n`, 'delivery', 'retrospective').status, 'partial');
  });

  it('does not count look-alike headings inside code blocks', () => {
    const text = '# Plan\n\n```markdown\n## Milestones\n- M1\n```\n\n~~~\n## Retrospective\n~~~\n';
    assert.equal(statusOf(text, 'cbo-process', 'milestones').status, 'missing');
    assert.equal(statusOf(text, 'delivery', 'retrospective').status, 'missing');
  });

  it('handles odd heading levels and front matter', () => {
    const text = '---\ntitle: Plan\ncbo-checklists: [delivery]\n---\n\n###### Kickoff\nOn 3 March with the customer.\n# Retrospective\nAfter go-live.\n';
    const r = checkPlan(text, { config: config() });
    assert.deepEqual(r.optedIn, ['delivery']);
    const d = r.checklists.find((c) => c.id === 'delivery')!;
    assert.equal(d.items.find((i) => i.id === 'kickoff')!.status, 'found');
    assert.equal(d.items.find((i) => i.id === 'kickoff')!.evidence[0]!.line, 6);
    assert.equal(d.items.find((i) => i.id === 'retrospective')!.status, 'found');
  });

  it('answers an empty file with every item missing and coverage 0', () => {
    const r = checkPlan('', { config: config() });
    for (const c of r.checklists) {
      assert.equal(c.coverage, 0);
      assert.ok(c.items.every((i) => i.status === 'missing'));
    }
  });

  it('counts task-list progress per heading', () => {
    const r = checkPlan('# Plan\n## Discovery\n- [x] a\n- [X] b\n- [ ] c\n## Launch\n- [ ] d\n', { config: config() });
    assert.deepEqual(r.tasks.map((t) => [t.heading, t.done, t.total, t.line]), [['Discovery', 2, 3, 2], ['Launch', 0, 1, 6]]);
  });

  it('computes coverage from found = 1, partial = 0.5', () => {
    const text = '# Plan\n## Current state analysis\nAs-is notes.\n## Stakeholder interviews\n';
    const c = checkPlan(text, { config: config(), only: ['cbo-process'] }).checklists[0]!;
    const n = c.items.filter((i) => i.required).length;
    assert.ok(n < c.items.length, 'the CBO process list has an optional item');
    assert.equal(c.coverage, Math.round((1.5 / n) * 1000) / 1000);
  });

  it('counts an optional item only when the plan has it', () => {
    const c = (text: string) => checkPlan(text, { config: config(), only: ['cbo-process'] }).checklists[0]!;
    const without = c('# Plan\n## Current state analysis\nAs-is notes.\n');
    const optional = without.items.find((i) => !i.required)!;
    assert.equal(optional.status, 'missing');
    const required = without.items.filter((i) => i.required).length;
    assert.equal(without.coverage, Math.round((1 / required) * 1000) / 1000);
    const withIt = c(`# Plan\n## Current state analysis\nAs-is notes.\n## ${optional.title.replace(/ \(optional\)$/, '')}\nDone at the end.\n`);
    assert.equal(withIt.items.find((i) => i.id === optional.id)!.status, 'found');
    assert.ok(withIt.coverage > without.coverage);
    // A mere mention of it (partial) never lowers the figure.
    const mentioned = c('# Plan\n## Current state analysis\nAs-is notes.\n\nWe will hold a final validation at the end.\n');
    assert.equal(mentioned.items.find((i) => i.id === optional.id)!.status, 'partial');
    assert.equal(mentioned.coverage, without.coverage);
  });

  it('inserts a skeleton inside the group\'s section when the plan has it', () => {
    const text = '# Plan\n\n## Implementation Planning\n\n### Timeline\nQ1 to Q3.\n\n## Appendix\nx\n';
    const item = statusOf(text, 'cbo-process', 'milestones');
    assert.equal(item.status, 'missing');
    const after = text.slice(0, item.insert.offset) + item.insert.snippet + text.slice(item.insert.offset);
    assert.match(after, /Q1 to Q3\.\n\n- \*\*Milestones\*\*: \$\{1:\}\n\n## Appendix/);
  });

  it('adds a group section at the end when the plan has none', () => {
    const item = statusOf('# Plan\n\nIntro.\n', 'delivery', 'pesa');
    assert.equal(item.insert.snippet, '\n\n## Security first\n\n- **Pre-engagement security assessment**: ${1:}\n');
  });

  it('reports missing required items as findings on plans that opt in', () => {
    const text = '---\ncbo-checklists: [workshop]\n---\n# Plan\n## Current state\nSlow reports.\n';
    const r = run(text, 'markdown');
    const f = only(r.findings, 'checklist-missing');
    assert.deepEqual(f.map((x) => x.data?.item).sort(), ['barriers', 'future', 'outcomes-with-metrics', 'solutions']);
    assert.equal(f[0]!.start.line, 1);
    assert.deepEqual(only(run(text.replace(/^---[\s\S]*?---\n/, ''), 'markdown').findings, 'checklist-missing'), []);
  });
});
