// One Korean label per field: the snippets, the checklist skeletons, the quick fixes, the
// rules' messages and the example plan all write 목표값 / 기한 / 디스커버리 워크숍, while the
// parser keeps reading every other spelling a plan may use (목표, 일정, 목표 시점, 워크숍).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { BUILT_IN_CHECKLISTS } from '../../src/core/checklist/builtins';
import { panelModel } from '../../src/core/view/canvas';
import { displayLabel, displaySection, fieldOf, sectionOf } from '../../src/core/parse/markdown-labels';
import { only, run, TODAY } from './helpers';

type Snippets = Record<string, { body: string[] }>;
const markdownSnippets = JSON.parse(readFileSync('snippets/cbo.markdown.json', 'utf8')) as Snippets;

/** Every `- **label**:` and `### heading` of a Korean text that names a field or section the parser knows. */
function koreanLabels(text: string): { label: string; shown: string }[] {
  const out: { label: string; shown: string }[] = [];
  for (const line of text.split('\n')) {
    const label = /^- \*\*(.+?)\*\*:/.exec(line)?.[1];
    const f = label && /[가-힣]/.test(label) ? fieldOf(label) : undefined;
    if (label && f) out.push({ label, shown: displayLabel(f, 'ko') });
    const heading = /^#{2,4}\s+(.+)$/.exec(line)?.[1]?.trim();
    const s = heading && /[가-힣]/.test(heading) ? sectionOf(heading) : undefined;
    if (heading && s) out.push({ label: heading, shown: displaySection(s, 'ko') });
  }
  return out;
}

describe('Korean labels: one per field', () => {
  it('the glossary shows 목표값, 기한 and 디스커버리 워크숍 (the words the messages use)', () => {
    assert.equal(displayLabel('target', 'ko'), '목표값');
    assert.equal(displayLabel('timeline', 'ko'), '기한');
    assert.equal(displaySection('workshop', 'ko'), '디스커버리 워크숍');
  });

  it('the parser still reads every other spelling', () => {
    for (const l of ['목표', '목표값', 'Target']) assert.equal(fieldOf(l), 'target', l);
    for (const l of ['일정', '기한', '목표 시점', 'Deadline', 'Timeline']) assert.equal(fieldOf(l), 'timeline', l);
    for (const h of ['워크숍', '디스커버리 워크숍', 'Workshop']) assert.equal(sectionOf(h), 'workshop', h);
    const o = run('## CBO: 분석가가 오전 8시 전에 보고서를 받는다\n\n### 워크숍\n- **현재**: 11시 도착\n\n### 성공 지표\n- **핵심 지표**: 8시 전 도착 비율 (%)\n- **기준값**: 20% (2026-03-31 기준)\n- **목표**: 90%\n- **일정**: 2027-06-30까지\n', 'markdown').outcomes[0]!;
    assert.equal(o.metrics?.primary?.target?.value?.value, 90);
    assert.equal(o.timeline?.value, '2027-06-30까지');
    assert.equal(o.workshop.current[0]?.value, '11시 도착');
  });

  it('the Korean Markdown snippets write 목표값, 기한 and ### 디스커버리 워크숍', () => {
    const template = markdownSnippets['CBO template (Korean)']!.body;
    assert.ok(template.some((l) => l.startsWith('- **목표값**:')), template.join('\n'));
    assert.ok(template.some((l) => l.startsWith('- **기한**:')), template.join('\n'));
    assert.ok(!template.some((l) => /^- \*\*(?:목표|일정)\*\*:/.test(l)));
    assert.equal(markdownSnippets['Discovery workshop (Korean)']!.body[0], '### 디스커버리 워크숍');
  });

  it('every Korean snippet and checklist skeleton writes the label the glossary shows', () => {
    const texts: [string, string][] = [];
    for (const [name, s] of Object.entries(markdownSnippets)) if (/Korean/.test(name)) texts.push([name, s.body.join('\n')]);
    for (const c of BUILT_IN_CHECKLISTS) for (const g of c.groups) for (const i of g.items) if (i.skeleton) texts.push([`${c.id}/${i.id}`, i.skeleton.ko]);
    let seen = 0;
    for (const [where, text] of texts) {
      for (const { label, shown } of koreanLabels(text)) {
        // The plan's own Timeline item (일정: the project schedule) is a checklist title, not the CBO's deadline.
        if (where.endsWith('/timeline')) continue;
        seen++;
        assert.equal(label, shown, `${where} writes ${label}`);
      }
    }
    assert.ok(seen > 30, `only ${seen} labels looked at`);
  });

  it('the checklist skeletons of a SMART CBO and of outcomes write 목표값 and 기한', () => {
    const skeleton = (id: string) => BUILT_IN_CHECKLISTS.flatMap((c) => c.groups.flatMap((g) => g.items)).find((i) => i.id === id)!.skeleton.ko;
    assert.match(skeleton('smart-cbos'), /- \*\*목표값\*\*: .*\n- \*\*기한\*\*: /);
    assert.match(skeleton('outcomes-with-metrics'), /- \*\*목표값\*\*: /);
  });

  it('examples/plan.ko.md writes the labels the glossary shows', () => {
    const plan = readFileSync('examples/plan.ko.md', 'utf8');
    const labels = koreanLabels(plan);
    assert.ok(labels.some((l) => l.label === '목표값') && labels.some((l) => l.label === '기한') && labels.some((l) => l.label === '디스커버리 워크숍'));
    for (const { label, shown } of labels) assert.equal(label, shown);
  });

  it('the quick fixes insert - **목표값**: and - **기한**: into a Korean plan', () => {
    const text = '## CBO: 분석가가 오전 8시 전에 보고서를 받는다\n\n### 성공 지표\n- **핵심 지표**: 8시 전 도착 비율 (%)\n- **기준값**: 20% (2026-03-31 기준)\n';
    const r = run(text, 'markdown', {}, 'ko');
    const target = only(r.findings, 'missing-target')[0]?.fix;
    assert.ok(target?.kind === 'insert' && target.snippet.includes('- **목표값**:'), JSON.stringify(target));
  });

  it('missing-deadline quotes - **기한**: in Korean, the label the snippet writes', () => {
    const text = '## CBO: 분석가가 오전 8시 전에 보고서를 받는다\n\n### 성공 지표\n- **핵심 지표**: 8시 전 도착 비율 (%)\n- **기준값**: 20% (2026-03-31 기준)\n- **목표값**: 90%\n';
    const f = only(run(text, 'markdown', {}, 'ko').findings, 'missing-deadline')[0];
    assert.ok(f, 'a missing-deadline finding');
    assert.match(f.message, /`- \*\*기한\*\*: 2027-12-31까지`/); // a year or so after TODAY (dated-examples.test.ts)
    assert.ok(f.fix?.kind === 'insert' && f.fix.snippet.includes('- **기한**:'), JSON.stringify(f.fix));
  });

  it('the canvas names the Markdown Timeline card 기한, as the plan does', () => {
    const r = run('## CBO: 분석가가 오전 8시 전에 보고서를 받는다\n\n### 성공 지표\n- **핵심 지표**: 8시 전 도착 비율 (%)\n- **기준값**: 20% (2026-03-31 기준)\n- **목표값**: 90%\n- **기한**: 2027-06-30까지\n', 'markdown');
    const model = panelModel('f', r.outcomes, r.findings, { lang: 'ko', today: TODAY });
    const approach = model.outcomes[0]!.canvas.approach;
    assert.equal(model.ui.approach, '접근 방식, 기한, 의존성');
    assert.deepEqual(approach.filter((c) => c.entries.some((e) => e.text.includes('2027-06-30'))).map((c) => c.label), ['기한']);
  });

  it('reads a value line labelled with the category\'s name (매출 증대) as revenue impact, not dropped', () => {
    const plan = '## CBO: 민원인이 신청 후 5일 안에 처리 결과를 받는다\n\n### 가치 제안\n- **매출 증대**: 2억 원: 온라인 발급 수수료\n- **위험 회피**: 10% × 10억 원: 과징금\n- **투자**: 1억 원\n';
    const items = run(plan, 'markdown', {}, 'ko').outcomes[0]!.value!.items;
    assert.deepEqual(items.map((i) => [i.type?.value, i.amount?.value ?? i.impact?.value]), [['revenue-impact', 200_000_000], ['risk-avoidance', 1_000_000_000]]);
    assert.equal(fieldOf('Increased Revenue'), 'revenueImpact');
  });

  it('writes a Korean unit against its number on the canvas (5시간 → 0.5시간), an English one apart', () => {
    const plan = (unit: string) => `## CBO: 분석가가 전일 매출 보고서를 30분 만에 받는다\n\n### 성공 지표\n- **핵심 지표**: 보고서 대기 시간 (${unit})\n- **기준값**: 5 (2026-03-31 기준)\n- **목표값**: 0.5\n- **기한**: 2027-03-31까지\n`;
    const texts = (unit: string) => {
      const r = run(plan(unit), 'markdown', {}, 'ko');
      return JSON.stringify(panelModel('f', r.outcomes, r.findings, { lang: 'ko', today: TODAY }).outcomes[0]!.canvas);
    };
    assert.match(texts('시간'), /5시간 → 0\.5시간/);
    assert.match(texts('hours'), /5 hours → 0\.5 hours/);
  });
});
