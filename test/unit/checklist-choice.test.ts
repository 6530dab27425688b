// Which checklists a plan is checked against. With nothing chosen, a team's own plan is checked
// against the CBO process checklist, plus any checklist whose subject a heading of the plan
// names ("Discovery workshop"), not against a consultancy's delivery gates (PESA, OQR, CSAT)
// and workshop readiness, which failed an internal plan at 0 %. Every way to choose still
// works: --checklist, the plan's front matter, the editor's setting, .cborc.yaml.
import { strict as assert } from 'node:assert';
import { BUILT_IN_CHECKLISTS } from '../../src/core/checklist/builtins';
import { checkPlan } from '../../src/core/checklist/check-plan';
import { checklistFindings } from '../../src/core/checklist/diagnostics';
import { parseChecklistText } from '../../src/core/checklist/load';
import { resolveConfig } from '../../src/core/config';
import { lint } from '../../src/core/lint';
import { blockParser } from '../../src/core/parse/markdown';
import { cbo, removeWorkspaces, workspace } from './cli-run';
import { GOOD_CBO, TODAY } from './helpers';
import { GATES } from './team-gates';

after(() => removeWorkspaces());

type Lang = 'en' | 'ko';
const config = (lang: Lang = 'en') => resolveConfig({}, { today: TODAY, lang });
const ran = (text: string, lang: Lang = 'en') => checkPlan(text, { config: config(lang) }).checklists.map((c) => c.id);

// An internal operations plan: nothing about a customer engagement or a workshop.
const INTERNAL = '# Plan: dock appointments\n\n## Milestones\n\n- Portal live by 2027-01-15\n\n## Risks\n\nCarriers ignore the portal.\n';
const INTERNAL_KO = '# 계획: 도크 예약\n\n## 마일스톤\n\n- 2027-01-15까지 포털 개통\n\n## 위험\n\n운송사가 포털을 쓰지 않는다.\n';

describe('plan check: which checklists run', () => {
  describe('the default', () => {
    it('is the CBO process checklist alone for a plan about none of the others, in English and Korean', () => {
      const r = checkPlan(INTERNAL, { config: config() });
      assert.deepEqual(r.checklists.map((c) => c.id), ['cbo-process']);
      assert.equal(r.chosen.by, 'default');
      assert.deepEqual(r.chosen.others, [
        { id: 'delivery', title: 'Delivery framework' },
        { id: 'workshop', title: 'Discovery workshop' },
        { id: 'workshop-readiness', title: 'Workshop readiness' },
      ]);
      const ko = checkPlan(INTERNAL_KO, { config: config('ko') });
      assert.deepEqual(ko.checklists.map((c) => c.id), ['cbo-process']);
      assert.deepEqual(ko.chosen.others.map((c) => c.title), ['딜리버리 프레임워크', '디스커버리 워크숍', '워크숍 준비']);
    });

    it('adds a checklist whose subject a heading names, with the heading and its line', () => {
      const workshop = `${INTERNAL}\n### Discovery Workshop\n\n- **Current**: trucks queue\n`;
      assert.deepEqual(ran(workshop), ['cbo-process', 'workshop']);
      assert.deepEqual(checkPlan(workshop, { config: config() }).chosen.addressed, [{ id: 'workshop', line: 11, heading: 'Discovery Workshop' }]);
      assert.deepEqual(ran(`${INTERNAL_KO}\n### 디스커버리 워크숍\n\n- **현재**: 트럭이 줄을 선다\n`, 'ko'), ['cbo-process', 'workshop']);
      assert.deepEqual(ran(`${INTERNAL}\n## Workshop preparation\n\nAgenda to come.\n`), ['cbo-process', 'workshop-readiness']);
      assert.deepEqual(ran(`${INTERNAL_KO}\n## 워크숍 사전 준비\n\n아젠다는 추후.\n`, 'ko'), ['cbo-process', 'workshop-readiness']);
      assert.deepEqual(ran(`${INTERNAL}\n## Sales to Delivery\n\nScope handed over.\n`), ['cbo-process', 'delivery']);
      assert.deepEqual(ran(`${INTERNAL_KO}\n## 영업-딜리버리 인계\n\n범위를 넘겨받았다.\n`, 'ko'), ['cbo-process', 'delivery']);
    });

    it('does not add one for a heading that only shares a word with its subject, nor for running text', () => {
      assert.deepEqual(ran(`${INTERNAL}\n## Carrier training workshop\n\nTwo sessions.\n\n## Delivery\n\nQ1 2027.\n`), ['cbo-process']);
      assert.deepEqual(ran(`${INTERNAL}\nWe will hold a discovery workshop with the carriers.\n`), ['cbo-process']);
      assert.deepEqual(ran(`${INTERNAL_KO}\n## 운송사 교육 워크숍\n\n두 번.\n`, 'ko'), ['cbo-process']);
    });

    it('runs the team checklists a config names by file alone beside it', () => {
      const gates = parseChecklistText(GATES, 'gates.yaml').checklist!;
      assert.deepEqual(checkPlan(INTERNAL, { config: config(), extra: [gates] }).checklists.map((c) => c.id), ['cbo-process', 'gates']);
    });
  });

  describe('every way to choose still works, first that names a checklist', () => {
    const withFrontMatter = (list: string) => `---\ncbo-checklists: ${list}\n---\n${INTERNAL}`;
    it('--checklist (only) over everything, the plan\'s front matter over the setting and the config', () => {
      const only = checkPlan(withFrontMatter('[delivery]'), { config: config(), only: ['workshop'], configured: ['delivery'] });
      assert.deepEqual([only.chosen.by, only.checklists.map((c) => c.id)], ['option', ['workshop']]);
      const fm = checkPlan(withFrontMatter('[delivery]'), { config: config(), settings: ['workshop'], configured: ['workshop-readiness'] });
      assert.deepEqual([fm.chosen.by, fm.checklists.map((c) => c.id)], ['front-matter', ['delivery']]);
      assert.deepEqual(ran(withFrontMatter('true')), ['cbo-process', 'delivery', 'workshop', 'workshop-readiness'], 'cbo-checklists: true is every checklist');
      const setting = checkPlan(INTERNAL, { config: config(), settings: ['workshop'], configured: ['delivery'] });
      assert.deepEqual([setting.chosen.by, setting.checklists.map((c) => c.id)], ['settings', ['workshop']]);
      const cfg = checkPlan(INTERNAL, { config: config(), configured: ['delivery', 'cbo-process'] });
      assert.deepEqual([cfg.chosen.by, cfg.checklists.map((c) => c.id)], ['config', ['cbo-process', 'delivery']]);
    });

    it('ids that name no checklist choose nothing: the next way decides, never an empty check', () => {
      const r = checkPlan(`---\ncbo-checklists: [delivry]\n---\n${INTERNAL}`, { config: config(), configured: ['workshp'] });
      assert.deepEqual([r.chosen.by, r.checklists.map((c) => c.id)], ['default', ['cbo-process']]);
    });
  });

  describe('checklist-missing on a plan the editor opts in by glob', () => {
    it('with nothing chosen reports the default checklists\' items, not the delivery gates', () => {
      const findings = checklistFindings(INTERNAL, config(), []);
      const lists = new Set(findings.map((f) => (f.data as { checklist: string }).checklist));
      assert.deepEqual([...lists], ['cbo-process']);
      assert.ok(!findings.some((f) => (f.data as { item: string }).item === 'pesa'));
      // Not opted in at all: nothing, as before.
      assert.deepEqual(checklistFindings(INTERNAL, config(), undefined), []);
      // Chosen by the setting or the config: those.
      assert.deepEqual([...new Set(checklistFindings(INTERNAL, config(), ['delivery']).map((f) => (f.data as { checklist: string }).checklist))], ['delivery']);
    });
  });

  describe('cbo plan', () => {
    it('says which checklists ran and how to add the others, in English and Korean', async () => {
      const dir = workspace({ 'plan.md': `${INTERNAL}\n### Discovery Workshop\n\n- **Current**: trucks queue\n` });
      const en = await cbo(dir, 'plan', 'plan.md');
      assert.match(en.out, /^plan\.md\n {2}Checklists: cbo-process \(the default\), workshop \(the heading "Discovery Workshop", line 11\)\n {2}Not checked: delivery, workshop-readiness; add them with --checklist ID, or under checklists: in\n {4}\.cborc\.yaml\.\n {2}CBO process \(cbo-process\)/);
      assert.ok(!/Delivery framework|Workshop readiness/.test(en.out), en.out);
      const ko = await cbo(dir, 'plan', 'plan.md', '--lang', 'ko');
      assert.match(ko.out, /^ {2}검사한 체크리스트: cbo-process\(기본값\), workshop\(11행의 제목 "Discovery Workshop"\)$/m);
      assert.match(ko.out, /^ {2}검사하지 않은 체크리스트: delivery, workshop-readiness\. --checklist ID나 \.cborc\.yaml의$/m);
      const json = JSON.parse((await cbo(dir, 'plan', 'plan.md', '--format', 'json')).out);
      assert.deepEqual(json.chosen, { by: 'default', addressed: [{ id: 'workshop', line: 11 }], notChecked: ['delivery', 'workshop-readiness'] });
    });

    it('says nothing of the choice when --checklist or .cborc.yaml made it, and runs what they name', async () => {
      const dir = workspace({ '.cborc.yaml': 'checklists: [cbo-process, delivery]\n', 'plan.md': INTERNAL });
      const cfg = await cbo(dir, 'plan', 'plan.md');
      assert.deepEqual([...cfg.out.matchAll(/^ {2}.+ \(([a-z-]+)\): /gm)].map((m) => m[1]), ['cbo-process', 'delivery']);
      assert.ok(!/Checklists:|Not checked/.test(cfg.out), cfg.out);
      const flag = await cbo(dir, 'plan', 'plan.md', '--checklist', 'workshop');
      assert.deepEqual([...flag.out.matchAll(/^ {2}.+ \(([a-z-]+)\): /gm)].map((m) => m[1]), ['workshop']);
      assert.equal(JSON.parse((await cbo(dir, 'plan', 'plan.md', '--format', 'json')).out).chosen.by, 'config');
    });

    it('passes a plan that has every CBO process item, where all four checklists failed it before', async () => {
      const process = BUILT_IN_CHECKLISTS.find((c) => c.id === 'cbo-process')!;
      // A section for each item from its title (the CBO-read items need an outcome: GOOD_CBO).
      const sections = process.groups.flatMap((g) => g.items).filter((i) => !i.evidence.outcomes).map((i) => `## ${i.title.en}\n\nAgreed with the owners.\n`).join('\n');
      const dir = workspace({ 'plan.md': `# Plan\n\n${GOOD_CBO}\n${sections}` });
      const r = await cbo(dir, 'plan', 'plan.md', '--today', TODAY);
      assert.equal(r.code, 0, r.out + r.err);
      assert.equal(r.err, '');
      const asked = await cbo(dir, 'plan', 'plan.md', '--today', TODAY, '--checklist', 'cbo-process', '--checklist', 'delivery');
      assert.equal(asked.code, 1);
      assert.match(asked.err, /plan\.md: Delivery framework is missing 14 required items/);
    });
  });
});

describe('the lint of an opted-in plan reads it once', () => {
  const plan = `---\ncbo-checklists: [cbo-process]\n---\n# Plan\n\n${GOOD_CBO.replace('- **Target**: 95%', '- **Target**: 95%\n- **Owner**: TBD')}`;

  it('one Markdown parse of the plan, where checkPlan parsed it a second time for the outcomes it judges', () => {
    const parser = blockParser();
    const parse = parser.parse.bind(parser);
    let parses = 0;
    // The outline parses the plan with its front matter blanked; the CBO reader the text itself.
    parser.parse = (src, env) => {
      if (src === plan) parses++;
      return parse(src, env);
    };
    try {
      lint(plan, 'markdown', config());
    } finally {
      parser.parse = parse;
    }
    assert.equal(parses, 1);
  });

  it('finds what it found before: the outcomes\' own findings and the checklist items missing', () => {
    const found = lint(plan, 'markdown', config()).findings;
    assert.deepEqual(found.filter((f) => f.ruleId === 'no-placeholder').map((f) => plan.slice(f.span.start, f.span.end)), ['TBD']);
    // The items missing are those checkPlan finds reading the plan itself.
    const items = found.filter((f) => f.ruleId === 'checklist-missing').map((f) => (f.data as { item: string }).item);
    const own = checkPlan(plan, { config: config() }).checklists.flatMap((c) => c.items.filter((i) => i.required && i.status === 'missing').map((i) => i.id));
    assert.ok(items.length > 0);
    assert.deepEqual(items.sort(), own.sort());
  });

  it('checkPlan judges the outcomes it is given instead of reading the plan again', () => {
    const smart = (outcomes?: []) => checkPlan(plan, { config: config(), only: ['cbo-process'], ...(outcomes ? { outcomes } : {}) }).checklists[0]!.items.find((i) => i.id === 'smart-cbos')!.status;
    assert.equal(smart(), 'found');
    assert.equal(smart([]), 'missing');
  });
});
