// Hints: the one sentence a checklist item gives on what the plan should say for it. Every
// built-in item has one in both languages; `cbo plan`, its JSON and the checklist-missing
// finding show it for what the plan lacks, and never for what it has; a team checklist
// without hints works as before.
import { strict as assert } from 'node:assert';
import { BUILT_IN_CHECKLISTS } from '../../src/core/checklist/builtins';
import { checkPlan } from '../../src/core/checklist/check-plan';
import { checklistFindings } from '../../src/core/checklist/diagnostics';
import { parseChecklistText } from '../../src/core/checklist/load';
import type { ChecklistItem } from '../../src/core/checklist/types';
import { resolveConfig } from '../../src/core/config';
import { displayWidth, wrapColumns } from '../../src/core/text/columns';
import { cbo, removeWorkspaces, workspace } from './cli-run';
import { snippetOf, TODAY } from './helpers';
import { GATES } from './team-gates';

after(() => removeWorkspaces());

const config = (lang: 'en' | 'ko' = 'en') => resolveConfig({}, { today: TODAY, lang });
const items = BUILT_IN_CHECKLISTS.flatMap((c) => c.groups.flatMap((g) => g.items.map((i) => ({ checklist: c.id, item: i }))));
const builtIn = (checklist: string, id: string): ChecklistItem => items.find((x) => x.checklist === checklist && x.item.id === id)!.item;
const HANGUL = /[\uac00-\ud7a3]/;

// Risk mitigation is missing, the timeline is found, the success measurement is a bare heading.
const PLAN = '# Plan\n\n## Timeline\n\nPilot in March, all stores by June 2027.\n\n## Success measurement\n\n## Notes\n\nNothing else.\n';
const PLAN_KO = '# 계획\n\n## 일정\n\n3월 시범 운영, 2027년 6월까지 전 매장.\n';

const WITH_HINT = GATES.replace(
  '        evidence: { headings: [rollback, 롤백] }\n',
  '        hint: { en: "Say who can roll back, how, and within how many minutes.", ko: "누가 어떻게 몇 분 안에 되돌리는지 적으세요." }\n        evidence: { headings: [rollback, 롤백] }\n',
);

describe('checklist hints', () => {
  describe('every built-in item', () => {
    for (const { checklist, item } of items) {
      it(`${checklist}/${item.id}: a hint in English and in Korean, one sentence under 110 characters, on one line of the report`, () => {
        assert.ok(item.hint, 'no hint');
        const { en, ko } = item.hint;
        assert.ok(en.length >= 20 && en.length <= 110, `en is ${en.length} characters: ${en}`);
        assert.ok(ko.length >= 10 && ko.length <= 110, `ko is ${ko.length} characters: ${ko}`);
        assert.doesNotMatch(en, HANGUL, 'the English hint is in English');
        assert.match(ko, HANGUL, 'the Korean hint is in Korean');
        // One sentence: it ends once, with a full stop (a decimal or "e.g." would not end it).
        for (const s of [en, ko]) assert.deepEqual(s.match(/[.?!](\s|$)/g), ['.'], `one sentence: ${s}`);
        assert.match(en, /^[A-Z]/);
        // cbo plan wraps a hint past 92 columns (lines end by column 100); a built-in one reads on one line.
        for (const h of [en, ko]) assert.ok(displayWidth(h) <= 92, `${displayWidth(h)} columns: ${h}`);
      });
    }

    it('says something of its own: no two items share a hint', () => {
      for (const lang of ['en', 'ko'] as const) {
        const seen = new Map<string, string>();
        for (const { item } of items) {
          const other = seen.get(item.hint![lang]);
          assert.equal(other, undefined, `${item.id} and ${other} share the ${lang} hint`);
          seen.set(item.hint![lang], item.id);
        }
      }
    });

    it('never goes into the section it inserts: a hint left in the plan would count as the item found', () => {
      for (const lang of ['en', 'ko'] as const) {
        const r = checkPlan('# Plan\n\nIntro.\n', { config: config(lang) });
        for (const c of r.checklists) {
          for (const i of c.items) {
            assert.ok(i.hint, `${c.id}/${i.id} has a hint`);
            assert.ok(!i.insert.snippet.includes(i.hint), `${c.id}/${i.id} (${lang}): ${i.insert.snippet}`);
          }
        }
      }
    });
  });

  it('comes in the language of the check', () => {
    const item = (lang: 'en' | 'ko') => checkPlan(PLAN, { config: config(lang), only: ['cbo-process'] }).checklists[0]!.items.find((i) => i.id === 'risk-mitigation')!;
    assert.equal(item('en').hint, builtIn('cbo-process', 'risk-mitigation').hint!.en);
    assert.equal(item('ko').hint, builtIn('cbo-process', 'risk-mitigation').hint!.ko);
  });

  describe('cbo plan', () => {
    /** The lines of the text report from an item's line to the next item's. */
    const block = (out: string, id: string): string[] => {
      const lines = out.split('\n');
      const start = lines.findIndex((l) => new RegExp(`^ {4}\\S \\S+ +${id} `).test(l));
      assert.ok(start >= 0, `no line for ${id} in:\n${out}`);
      const end = lines.findIndex((l, n) => n > start && /^ {0,4}\S/.test(l));
      return lines.slice(start, end);
    };

    it('text: one indented line with the hint under a missing or partial item, none under a found one', async () => {
      const dir = workspace({ 'plan.md': PLAN });
      const r = await cbo(dir, 'plan', 'plan.md', '--checklist', 'cbo-process');
      const risk = block(r.out, 'risk-mitigation');
      assert.match(risk[0]!, /✗ missing risk-mitigation +Risk mitigation$/);
      assert.deepEqual(risk.slice(1), [`      → ${builtIn('cbo-process', 'risk-mitigation').hint!.en}`]);
      const measure = block(r.out, 'success-measurement');
      assert.match(measure[0]!, /~ partial success-measurement/);
      assert.equal(measure.length, 2, 'a partial item has its hint too');
      assert.ok(measure[1]!.includes('Say how progress is tracked'), measure[1]);
      assert.deepEqual(block(r.out, 'timeline'), ['    ✓ found   timeline                 Timeline (line 3)']);
    });

    it('text: in Korean under --lang ko', async () => {
      const dir = workspace({ 'plan.md': PLAN_KO });
      const r = await cbo(dir, 'plan', 'plan.md', '--checklist', 'cbo-process', '--lang', 'ko');
      assert.deepEqual(block(r.out, 'risk-mitigation').slice(1), [`      → ${builtIn('cbo-process', 'risk-mitigation').hint!.ko}`]);
      assert.equal(block(r.out, 'timeline').length, 1);
    });

    it('JSON: a hint on each item not found, in the chosen language, and none on a found item', async () => {
      const dir = workspace({ 'plan.md': PLAN, 'plan.ko.md': PLAN_KO });
      type Item = { id: string; status: string; hint?: string };
      const json = async (...args: string[]) => JSON.parse((await cbo(dir, 'plan', ...args, '--checklist', 'cbo-process', '--format', 'json')).out).checklists[0].items as Item[];
      const en = await json('plan.md');
      assert.equal(en.find((i) => i.id === 'risk-mitigation')!.hint, builtIn('cbo-process', 'risk-mitigation').hint!.en);
      assert.equal(en.find((i) => i.id === 'success-measurement')!.hint, builtIn('cbo-process', 'success-measurement').hint!.en);
      const timeline = en.find((i) => i.id === 'timeline')!;
      assert.equal(timeline.status, 'found');
      assert.ok(!('hint' in timeline), JSON.stringify(timeline));
      const notFound = en.filter((i) => i.status !== 'found');
      assert.ok(notFound.length > 10 && notFound.every((i) => i.hint), 'every item not found carries its hint');
      const ko = await json('plan.ko.md', '--lang', 'ko');
      assert.equal(ko.find((i) => i.id === 'risk-mitigation')!.hint, builtIn('cbo-process', 'risk-mitigation').hint!.ko);
    });

    it('a team checklist without hints loads and prints as before: no hint line, no hint field', async () => {
      const dir = workspace({ '.cborc.yaml': 'checklists: [./gates.yaml]\n', 'gates.yaml': GATES, 'plan.md': '# Plan\n\n## Load test\nTwice the peak.\n' });
      const text = await cbo(dir, 'plan', 'plan.md', '--checklist', 'gates');
      assert.equal(text.err, '');
      assert.equal(
        text.out,
        'plan.md\n  Release gates (gates): 100.0% covered\n    ✓ found   load-test                Load test (line 3)\n    ✗ missing rollback-plan            Rollback plan (optional)\n',
      );
      assert.equal(text.code, 0);
      const json = JSON.parse((await cbo(dir, 'plan', 'plan.md', '--checklist', 'gates', '--format', 'json')).out);
      assert.deepEqual(json.checklists[0].items.map((i: object) => Object.keys(i)), [
        ['id', 'title', 'status', 'required', 'evidence'],
        ['id', 'title', 'status', 'required', 'evidence'],
      ]);
    });

    it('a team checklist can carry its own hint, shown in the plan\'s language', async () => {
      const dir = workspace({ '.cborc.yaml': 'checklists: [./gates.yaml]\n', 'gates.yaml': WITH_HINT, 'plan.md': '# Plan\n' });
      const en = await cbo(dir, 'plan', 'plan.md', '--checklist', 'gates');
      // The required load test is missing: the exit 1 is explained on stderr, the hints stay on stdout.
      assert.equal(en.err, 'cbo: plan.md: Release gates is missing 1 required item: load-test\n');
      assert.deepEqual(block(en.out, 'rollback-plan').slice(1), ['      → Say who can roll back, how, and within how many minutes.']);
      assert.equal(block(en.out, 'load-test').length, 1, 'the item without a hint has no hint line');
      const ko = await cbo(dir, 'plan', 'plan.md', '--checklist', 'gates', '--lang', 'ko');
      assert.deepEqual(block(ko.out, 'rollback-plan').slice(1), ['      → 누가 어떻게 몇 분 안에 되돌리는지 적으세요.']);
    });

    it('wraps a long hint under its arrow, within 100 columns, Korean counted two columns a syllable', async () => {
      const long = { en: 'Say who can roll back, how, within how many minutes, who is told, and where the runbook is kept for the next time it is needed.', ko: '누가 어떻게 몇 분 안에 되돌리는지, 누구에게 알리는지, 다음에 쓸 수 있게 절차서를 어디에 두는지까지 빠짐없이 적으세요.' };
      const gates = WITH_HINT.replace(/hint: \{[^}]*\}/, `hint: { en: "${long.en}", ko: "${long.ko}" }`);
      const dir = workspace({ '.cborc.yaml': 'checklists: [./gates.yaml]\n', 'gates.yaml': gates, 'plan.md': '# Plan\n' });
      for (const lang of ['en', 'ko'] as const) {
        const r = await cbo(dir, 'plan', 'plan.md', '--checklist', 'gates', '--lang', lang);
        const hint = block(r.out, 'rollback-plan').slice(1);
        assert.ok(hint.length >= 2, `wrapped: ${hint.join('\n')}`);
        assert.match(hint[0]!, /^ {6}→ \S/);
        for (const l of hint.slice(1)) assert.match(l, /^ {8}\S/);
        for (const l of hint) assert.ok(displayWidth(l) <= 100, `${displayWidth(l)} columns: ${l}`);
        assert.equal(hint.map((l) => l.replace(/^ {6}→ | {8}/, '')).join(' '), long[lang], 'no word lost or cut');
      }
    });

    it('the schema takes the built-in checklists, hints and all, as a team would write them', () => {
      for (const c of BUILT_IN_CHECKLISTS) assert.equal(parseChecklistText(JSON.stringify(c), `${c.id}.json`).problem, undefined, c.id);
    });

    it('the schema wants a hint in both languages', () => {
      const enOnly = WITH_HINT.replace(/, ko: "누가[^"]*"/, '');
      assert.notEqual(enOnly, WITH_HINT);
      assert.match(parseChecklistText(enOnly, 'gates.yaml').problem!, /gates\.yaml: \/groups\/0\/items\/1\/hint must have required property 'ko'/);
      assert.equal(parseChecklistText(WITH_HINT, 'gates.yaml').problem, undefined);
    });
  });

  describe('the checklist-missing finding', () => {
    const text = '---\ncbo-checklists: [workshop]\n---\n# Plan\n## Current state\nReports arrive at 11am.\n';

    it('says what to write after what is missing: two sentences, in the plan\'s language', () => {
      const en = checklistFindings(text, config('en'), undefined).find((f) => f.data?.item === 'barriers')!;
      assert.equal(en.message, `Discovery workshop: the plan has nothing on "Barriers" (checklist 20% covered). ${builtIn('workshop', 'barriers').hint!.en}`);
      const ko = checklistFindings(text, config('ko'), undefined).find((f) => f.data?.item === 'barriers')!;
      assert.equal(ko.message, `디스커버리 워크숍: "장애물" 항목이 계획에 없습니다 (전체 20% 충족). ${builtIn('workshop', 'barriers').hint!.ko}`);
      assert.doesNotMatch(snippetOf(ko.fix), /가로막는/, 'the inserted section stays empty');
    });

    it('keeps "Add a section for it." for a team item without a hint', () => {
      const gates = parseChecklistText(GATES, 'gates.yaml').checklist!;
      const f = checklistFindings('# Plan\n', config('en'), ['gates'], [gates]);
      assert.deepEqual(f.map((x) => x.message), ['Release gates: the plan has nothing on "Load test" (checklist 0% covered). Add a section for it.']);
      const ko = checklistFindings('# 계획\n', config('ko'), ['gates'], [gates]);
      assert.deepEqual(ko.map((x) => x.message), ['릴리스 관문: "부하 테스트" 항목이 계획에 없습니다 (전체 0% 충족). 해당 섹션을 추가하세요.']);
    });
  });

  describe('wrapColumns', () => {
    it('breaks at spaces by display columns and keeps an over-long word whole', () => {
      assert.deepEqual(wrapColumns('aa bb cc', 5), ['aa bb', 'cc']);
      assert.deepEqual(wrapColumns('가나 다라 마바', 5), ['가나', '다라', '마바']);
      assert.deepEqual(wrapColumns('abcdefgh ij', 4), ['abcdefgh', 'ij']);
      assert.deepEqual(wrapColumns('  one   two  ', 20), ['one two']);
    });
  });
});
