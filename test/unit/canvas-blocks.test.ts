// The canvas for a new user: every block shows content or a prompt that inserts it, the
// examples fill every block, value items and ROI in the value block, a readable chart.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from '../../src/core/parse/index';
import { panelModel, type OutcomeView } from '../../src/core/view/canvas';
import { chartGeometry, chartSvg } from '../../src/core/view/chart';
import { CANVAS_SECTIONS, sectionInsert } from '../../src/core/view/sections';
import { PANEL_SECTIONS } from '../../src/shared/messages';
import { run, TODAY } from './helpers';

const EXAMPLES = path.join(process.cwd(), 'examples'); // mocha runs from the repository root
const example = (f: string) => readFileSync(path.join(EXAMPLES, f), 'utf8');
const view = (text: string, kind: 'yaml' | 'markdown' = 'yaml', lang: 'en' | 'ko' = 'en', today = TODAY) => {
  const r = run(text, kind, {}, lang);
  return panelModel('f', r.outcomes, r.findings, { lang, today });
};
/** Every string the panel would show for an outcome (findings aside: they quote the user). */
function shown(o: OutcomeView): string[] {
  const { findings: _f, anchor: _a, ...rest } = o;
  const out: string[] = [];
  const walk = (x: unknown): void => {
    if (typeof x === 'string') out.push(x);
    else if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === 'object') Object.values(x).forEach(walk);
  };
  walk(rest);
  return out;
}

describe('canvas blocks', () => {
  const yamls = readdirSync(EXAMPLES).filter((f) => f.endsWith('.cbo.yaml'));

  it('the examples are at least three YAML CBOs in different categories using all five value types', () => {
    assert.ok(yamls.length >= 3);
    const outcomes = yamls.flatMap((f) => parseDocument(example(f), 'yaml').doc.outcomes);
    assert.equal(new Set(outcomes.map((o) => o.category?.value)).size, outcomes.length);
    assert.deepEqual([...new Set(outcomes.flatMap((o) => o.value!.items.map((i) => i.type!.value)))].sort(), ['hard-savings', 'opportunity-cost', 'revenue-impact', 'risk-avoidance', 'soft-savings']);
  });

  it('the examples show achieved, on track, at risk and off track for the real date they were written against', () => {
    const status = yamls.map((f) => view(example(f), 'yaml', 'en', '2026-11-29').outcomes[0]!.metrics[0]!.status).sort();
    assert.deepEqual(status, ['achieved', 'at-risk', 'off-track', 'on-track']);
  });

  for (const f of ['checkout.cbo.yaml', 'fraud-review.cbo.yaml', 'loyalty-basket.cbo.yaml', 'refund-speed.cbo.yaml']) {
    it(`${f}: every block has content, no prompt, and no "?" or "..." anywhere`, () => {
      const o = view(example(f)).outcomes[0]!;
      for (const [k, cards] of Object.entries(o.canvas)) assert.ok(cards.length > 0, `block ${k} is empty`);
      assert.deepEqual(o.prompts, {});
      for (const s of o.workshop) assert.ok(s.entries.length > 0, `workshop ${s.key} is empty`);
      assert.ok(o.roi && o.roi.items.length >= 1 && o.roi.roi);
      assert.ok(o.metrics.length >= 1 && o.metrics.every((m) => m.points.length >= 3));
      for (const s of shown(o)) assert.ok(!/\?|\.\.\.|…/.test(s), `"${s}"`);
      assert.ok(!/\.\.\.|…|\[[^\]]*\]\(?/.test(example(f)), 'no "..." or [placeholder] in the file');
    });
  }

  it('the value block lists the value items and the ROI summary', () => {
    const o = view(example('checkout.cbo.yaml')).outcomes[0]!;
    const labels = o.canvas.value.map((c) => c.label);
    assert.deepEqual(labels.slice(0, 2), ['Value items', 'ROI summary']);
    assert.match(o.canvas.value[0]!.entries[0]!.text, /^Hard savings: \$96,000\.00 \(Two contract/);
    // (96,000 + 2,400 × 38 − 150,000) ÷ 150,000 = 24.8%; validated only: (96,000 − 150,000) ÷ 150,000 = −36%.
    assert.equal(o.canvas.value[1]!.entries[0]!.text, 'First-year ROI 24.8% (conservative, validated value only: -36.0%)');
  });

  it('an empty outcome shows a prompt in every block and the workshop, each inserting its section', () => {
    const o = view('cbo: 1\ntitle: Analysts get the daily report by 9:00\n').outcomes[0]!;
    assert.deepEqual(Object.keys(o.prompts).sort(), ['approach', 'context', 'outcomes', 'value', 'workshop']);
    assert.deepEqual(o.prompts.outcomes!.map((p) => p.section), ['outcome', 'metrics']);
    for (const s of o.workshop.slice(0, 4)) assert.ok(s.hint, `${s.key} has the deck's question`);
    const ko = view('cbo: 1\ntitle: 분석가가 보고서를 9시에 받는다\n', 'yaml', 'ko').outcomes[0]!;
    assert.equal(ko.prompts.context![0]!.link, '비즈니스 배경 추가');
  });

  it('the workshop falls back to the business context: the current challenge is Current', () => {
    const o = view('cbo: 1\ntitle: Analysts get the daily report by 9:00\ncontext:\n  challenge: The report arrives at 11:00\n').outcomes[0]!;
    assert.deepEqual(o.workshop[0]!.entries.map((e) => e.text), ['The report arrives at 11:00']);
    assert.equal(o.workshop[0]!.hint, undefined);
  });

  it('leaves readings dated after today out of the chart, and never shows "?" in the detail', () => {
    const text = 'cbo: 1\ntitle: Analysts get the daily report by 9:00\nmetrics:\n  primary:\n    name: Reports before 9:00\n    unit: "%"\n    baseline: { value: 40, asOf: 2026-09-30 }\n    target: { value: 95, by: 2027-06-30 }\n    measurements: [ { date: 2026-12-31, value: 66 } ]\n';
    const m = view(text).outcomes[0]!.metrics[0]!;
    assert.equal(m.status, 'no-data');
    assert.deepEqual(m.points.map((p) => p.kind), ['baseline', 'target']);
    assert.equal(m.detail, 'baseline 40% → target 95% by 2027-06-30; no measurement up to today yet');
  });

  it('draws axes, the target line, the deadline, today and the status', () => {
    const m = view(example('fraud-review.cbo.yaml'), 'yaml', 'en', '2026-11-29').outcomes[0]!.metrics[0]!;
    const g = chartGeometry(m.points, m.chart);
    const cls = g.shapes.map((s) => s.cls);
    for (const c of ['axis', 'target-line', 'deadline-line', 'today-line', 'plan', 'actual']) assert.ok(cls.includes(c), c);
    const texts = g.shapes.flatMap((s) => (s.t === 'text' ? [s.text] : []));
    assert.ok(texts.includes('today'));
    assert.ok(texts.includes('deadline 2027-01-31'));
    assert.ok(texts.includes('target 4'));
    assert.ok(texts.includes('at risk'));
    for (const s of g.shapes) if (s.t === 'circle') assert.ok(s.cx >= 0 && s.cx <= g.width && s.cy >= 0 && s.cy <= g.height);
    assert.match(chartSvg(m.points, 'x', m.chart), /class="today-line"/);
  });

  it('a Markdown template outcome with labelled value bullets gets ROI; Korean too', () => {
    const en = view(example('plan.md'), 'markdown').outcomes[0]!;
    // 54,000 + 750 × 38 = 82,500 on 60,000: 37.5%.
    assert.equal(en.roi!.claimed, '$82,500.00');
    assert.equal(en.roi!.roi, '37.5%');
    assert.equal(en.roi!.items[0]!.validated, true);
    const ko = view(example('plan.ko.md'), 'markdown', 'ko').outcomes[0]!;
    // 36,000,000 + 1,500 × 40,000 = 96,000,000 on 80,000,000: 20%.
    assert.equal(ko.roi!.roi, '20.0%');
    assert.equal(ko.workshop[2]!.entries[0]!.text, '야간 배치 40개가 한 줄로 실행된다');
    assert.equal(ko.roi!.items[0]!.assumption, '야간 배치 서버 두 대를 줄인다', 'the validated mark is not part of the assumption');
    assert.equal(ko.roi!.items[0]!.validated, true);
    // The category badge names the category in the panel's language, however the plan wrote it.
    assert.equal(en.category, 'Operational efficiency');
    assert.equal(ko.category, '운영 효율성');
    assert.equal(view('cbo: 1\ntitle: x\ncategory: operational-efficiency\n', 'yaml', 'ko').outcomes[0]!.category, '운영 효율성');
    // One that names no category is marked as the reports mark it, never shown as one of them.
    assert.equal(view('## CBO: x\n- **Category**: Customer love\n', 'markdown').outcomes[0]!.category, 'Customer love (not a category)');
    assert.equal(view('## CBO: x\n- **범주**: 고객 사랑\n', 'markdown', 'ko').outcomes[0]!.category, '고객 사랑(범주 아님)');
    assert.equal(view('cbo: 1\ntitle: x\ncategory: growth\n', 'yaml').outcomes[0]!.category, 'growth (not a category)');
    assert.equal(view('## CBO: x\n- **Owner**: Ana\n', 'markdown').outcomes[0]!.category, '', 'no category, no badge');
    // Plain text, not markup: the webview draws the badge with textContent, so an escaped string
    // here would show as "&#60;img" and markup stays text there.
    assert.equal(view('## CBO: x\n- **Category**: <img src=x onerror=alert(1)>\n', 'markdown').outcomes[0]!.category, '<img src=x onerror=alert(1)> (not a category)');
  });

  it('inserts each missing section in the outcome\'s own syntax, so it reads back', () => {
    assert.deepEqual([...CANVAS_SECTIONS], [...PANEL_SECTIONS]);
    const fill = (snippet: string) => snippet.replace(/\$\{\d+\|([^,|]+)[^}]*\}/g, '$1').replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d/g, '');
    const yaml = 'cbo: 1\ntitle: Analysts get the daily report by 9:00\n';
    const md = '# Plan\n\n## CBO: Analysts get the daily report by 9:00\n\n## Next steps\n';
    for (const [text, kind] of [[yaml, 'yaml'], [md, 'markdown']] as const) {
      for (const s of CANVAS_SECTIONS) {
        const o = parseDocument(text, kind).doc.outcomes[0]!;
        const ins = sectionInsert(o, s, 'en')!;
        assert.ok(ins, `${kind} ${s}`);
        const after = text.slice(0, ins.offset) + fill(ins.snippet) + text.slice(ins.offset);
        const back = parseDocument(after, kind).doc.outcomes;
        assert.equal(back.length, 1, `${kind} ${s}: ${after}`);
        const b = back[0]!;
        const got = { context: b.context.challenge, workshop: b.workshop.current[0], outcome: b.hypothesis, metrics: b.metrics?.primary, value: b.value?.items[0], dependencies: b.dependencies[0] }[s];
        assert.ok(got, `${kind} ${s} reads back:\n${after}`);
      }
    }
  });

  it('shows a template prompt left in place as a blank to fill, and nothing in the examples so', () => {
    const md = '## CBO: Analysts get the daily report by 9:00\n\n### Business Context\n- **Current Challenge**: the business problem today, with a number\n- **Strategic Importance**: Same-day pricing is this year\'s first goal\n';
    const o = view(md, 'markdown').outcomes[0]!;
    const [challenge, importance] = o.canvas.context.map((c) => c.entries[0]!);
    assert.equal(challenge!.unfilled, 'to fill in');
    assert.equal(importance!.unfilled, undefined);
    assert.equal(view(md, 'markdown', 'ko').outcomes[0]!.canvas.context[0]!.entries[0]!.unfilled, '작성 필요');
    for (const f of readdirSync(EXAMPLES).filter((x) => /\.(cbo\.yaml|md)$/.test(x) && x !== 'README.md')) {
      const m = view(example(f), f.endsWith('.md') ? 'markdown' : 'yaml');
      assert.doesNotMatch(JSON.stringify(m.outcomes), /"unfilled"/, f);
    }
  });

  it('inserts in the outcome\'s own language, whatever language the messages are set to', () => {
    const en = parseDocument('# Plan\n\n## CBO: Analysts get the daily report by 9:00\n', 'markdown').doc.outcomes[0]!;
    const context = sectionInsert(en, 'context', 'ko')!.snippet;
    assert.match(context, /Business Context/);
    assert.doesNotMatch(context, /[가-힣]/);
    const ko = parseDocument('# 계획\n\n## CBO: 분석가가 오전 9시까지 일일 보고서를 받는다\n', 'markdown').doc.outcomes[0]!;
    assert.match(sectionInsert(ko, 'context', 'en')!.snippet, /[가-힣]/);
    // With no text yet, the message language is all there is to go by.
    const untitled = parseDocument('cbo: 1\n', 'yaml').doc.outcomes[0]!;
    assert.match(sectionInsert(untitled, 'context', 'ko')!.snippet, /challenge: \$\{1:[가-힣]/);
  });
});
