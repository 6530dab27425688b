import { strict as assert } from 'node:assert';
import { mkdtempSync, promises as fs, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runReport } from '../../src/cli/report';
import { runRoi } from '../../src/cli/roi';
import { emptyOutcome, type Measure, type Metric, type Outcome, type ValueItem } from '../../src/core/model';
import { buildReport, escapeInline } from '../../src/core/report';
import { parseDocument } from '../../src/core/parse/index';

const S = { start: 0, end: 0 };
const txt = (value: string) => ({ value, span: S });
const num = (value: number) => ({ value, span: S });
const pt = (value: number, date: string): Measure => ({ span: S, value: num(value), date: txt(date) });

function metric(name: string, unit: string, base: [number, string], target: [number, string], readings: [number, string][]): Metric {
  return { span: S, name: txt(name), unit: txt(unit), baseline: pt(...base), target: pt(...target), measurements: readings.map((r) => pt(...r)) };
}

function item(type: string, f: Partial<Record<'amount' | 'hours' | 'rate' | 'probability' | 'impact', number>>, assumption?: string, validated?: boolean): ValueItem {
  const it: ValueItem = { span: S, type: txt(type) };
  for (const [k, v] of Object.entries(f)) it[k as 'amount'] = num(v);
  if (assumption) it.assumption = txt(assumption);
  if (validated !== undefined) it.validated = validated;
  return it;
}

/** The README's checkout outcome: 381,000 claimed against 250,000; 66 % measured on the way from 62 % to 80 %. */
function checkout(): Outcome {
  const o = emptyOutcome(0, 'yaml', { start: 0, end: 100 });
  o.title = txt('Returning customers finish checkout | without\ncalling support');
  o.category = txt('operational-efficiency');
  o.behavior = txt('Returning customers finish checkout without calling support');
  o.metrics = { span: S, primary: metric('Checkout completion rate', '%', [62, '2026-09-30'], [80, '2027-06-30'], [[66, '2026-12-31']]), secondary: [] };
  o.value = {
    span: S,
    currency: txt('USD'),
    investment: num(250000),
    notes: [],
    items: [
      item('hard-savings', { amount: 80000 }, 'Two contractor seats are no longer needed', true),
      item('soft-savings', { hours: 1200, rate: 45 }, 'Agents answer 1,200 fewer calls a year', false),
      item('revenue-impact', { amount: 120000 }, 'Fewer abandoned carts'),
      item('risk-avoidance', { probability: 0.1, impact: 1000000 }, 'A card-scheme fine avoided'),
      item('opportunity-cost', { hours: 300, rate: 90 }),
    ],
  };
  o.assumptions = [txt('Traffic stays at the 2026 level')];
  return o;
}

/** Report wait from 5 h down to 1 h over two years; 3 h at the end of the first (half way, 2 of 4 hours: on track). */
function reports(): Outcome {
  const o = emptyOutcome(1, 'yaml', { start: 100, end: 200 });
  o.title = txt("Analysts get yesterday's sales report before 8am");
  o.category = txt('increased-revenue');
  o.metrics = { span: S, primary: metric('Report wait', 'hours', [5, '2026-01-01'], [1, '2027-12-31'], [[3, '2026-12-31']]), secondary: [] };
  o.value = { span: S, currency: txt('USD'), investment: num(50000), notes: [], items: [item('hard-savings', { amount: 20000 }, 'One licence dropped', true)] };
  return o;
}

const TODAY = '2027-01-10';

describe('buildReport', () => {
  const en = buildReport([checkout(), reports()], { today: TODAY, lang: 'en', fileName: 'plan.cbo.yaml' });

  it('has its sections in order, the tracker\'s among them (no usage or opportunities in this file, so none of those)', () => {
    const heads = en.split('\n').filter((l) => /^##? /.test(l));
    assert.deepEqual(heads, [
      '# Business Outcome Report',
      '## Executive summary',
      '## Value story',
      '## ROI summary',
      '## Outcome breakdown',
      '## Outcome trends by quarter',
      '## Peer comparison',
      '## Recommendations',
      '## Detailed outcomes',
      '## Assumptions',
    ]);
    assert.match(en, /\*\*Source\*\*: plan\.cbo\.yaml · \*\*As of\*\*: 2027-01-10/);
  });

  it('shows the computed totals: 401,000 claimed, 100,000 validated, 300,000 invested', () => {
    // (401,000 - 300,000) / 300,000 = 33.67 %; (100,000 - 300,000) / 300,000 = -66.67 %
    assert.match(en, /\*\*Total value \(per year\)\*\*: \$401,000\.00 claimed, of which \$100,000\.00 validated/);
    assert.match(en, /\*\*First-year ROI\*\*: 33\.7% \(conservative, validated value only: -66\.7%\)/);
    assert.match(en, /Investment +\$300,000\.00/);
    assert.match(en, /Net value \(first year\) +\$101,000\.00/);
    assert.match(en, /Payback +9\.0 months/); // 300,000 / (401,000 / 12) = 8.98
  });

  it('counts outcome status: one at risk, one on track', () => {
    // checkout: 92 of 273 days gone (expected 0.337 of 18 points = 6.07), 4 points made: ratio 0.66
    assert.match(en, /1 of 2 outcomes achieved or on track \(✓ on track 1 · ⚠ at risk 1\)/);
  });

  it('lists each outcome in the table with target, achieved, value and status, escaped', () => {
    const rows = en.split('\n').filter((l) => /^\| \d+ \|/.test(l));
    assert.equal(rows.length, 2);
    assert.equal(rows[0], '| 1 | Returning customers finish checkout \\| without calling support | Operational efficiency | 80% by 2027-06-30 | 66% on 2026-12-31 | $381,000.00 | ⚠ at risk |');
    assert.equal(rows[1], "| 2 | Analysts get yesterday's sales report before 8am | Increased revenue | 1 hours by 2027-12-31 | 3 hours on 2026-12-31 | $20,000.00 | ✓ on track |");
  });

  it('shows a figure written for a month or a week counted for a year, in both languages', () => {
    const md = '## CBO: Analysts get the report by 9am\n\n### Value Proposition\n- **Revenue Impact**: $4,000/month: fewer lost orders\n- **Soft Savings**: 10 hours a week × $40: fewer calls\n- **Investment**: $50,000\n';
    const { outcomes } = parseDocument(md, 'markdown').doc;
    const enR = buildReport(outcomes, { lang: 'en', today: TODAY, fileName: 'plan.md' });
    assert.ok(enR.includes('- Revenue impact: $4,000.00 × 12 months = $48,000.00 (not yet validated)'), enR);
    assert.ok(enR.includes('- Soft savings: 10 h × $40.00 × 52 weeks = $20,800.00 (not yet validated)'));
    const koR = buildReport(outcomes, { lang: 'ko', today: TODAY, fileName: 'plan.md' });
    assert.ok(koR.includes('US$4,000.00 × 12개월 = US$48,000.00'));
    assert.ok(koR.includes('10시간 × US$40.00 × 52주 = US$20,800.00'));
    // A quarter's figure says it counts four quarters, not "4 a year".
    const q = parseDocument('## CBO: Analysts get the report by 9am\n\n### Value Proposition\n- **Revenue Impact**: $3,000 per quarter: fewer lost orders\n- **Investment**: $5,000\n', 'markdown').doc.outcomes;
    assert.ok(buildReport(q, { lang: 'en', today: TODAY, fileName: 'plan.md' }).includes('- Revenue impact: $3,000.00 × 4 quarters = $12,000.00'));
    assert.ok(buildReport(q, { lang: 'ko', today: TODAY, fileName: 'plan.md' }).includes('US$3,000.00 × 4분기 = US$12,000.00'));
  });

  it('shows a span converted to the figure\'s period in its unit, and a share of a base as a share, in both languages', () => {
    const md = '## CBO: Analysts get the report by 9am\n\n### Value Proposition\n- **Hard Savings**: $1,000/week × 6 months: agency\n- **Revenue Impact**: 15% of $800,000: deal size up\n- **Opportunity Cost**: 3 sites × $5,200/month × 13 weeks: rent\n- **Investment**: $50,000\n';
    const { outcomes } = parseDocument(md, 'markdown').doc;
    const enR = buildReport(outcomes, { lang: 'en', today: TODAY, fileName: 'plan.md' });
    // 6 months are 6 × 52 / 12 = 26 weeks: 26 × $1,000 = $26,000 (it said "26 × $1,000.00").
    assert.ok(enR.includes('- Hard savings: 26 weeks × $1,000.00 = $26,000.00 (not yet validated)'), enR);
    // 15% × $800,000 = $120,000.
    assert.ok(enR.includes('- Revenue impact: 15% × $800,000.00 = $120,000.00 (not yet validated)'), enR);
    // 13 weeks are 13 × 12 / 52 = 3 months: 3 × 3 × $5,200 = $46,800.
    assert.ok(enR.includes('- Opportunity cost: 3 × 3 months × $5,200.00 = $46,800.00 (not yet validated)'), enR);
    const koR = buildReport(outcomes, { lang: 'ko', today: TODAY, fileName: 'plan.md' });
    assert.ok(koR.includes('26주 × US$1,000.00 = US$26,000.00'), koR);
    assert.ok(koR.includes('15% × US$800,000.00 = US$120,000.00'), koR);
    assert.ok(koR.includes('3 × 3개월 × US$5,200.00 = US$46,800.00'), koR);
  });

  it('shows a count of people or things among the factors', () => {
    const md = '## CBO: Agents answer on the first call\n\n### Value Proposition\n- **Soft Savings**: 10 agents × 200 hours × $40: fewer calls\n- **Hard Savings**: 9,000 calls × $6: no callbacks\n- **Investment**: $50,000\n';
    const { outcomes } = parseDocument(md, 'markdown').doc;
    const enR = buildReport(outcomes, { lang: 'en', today: TODAY, fileName: 'plan.md' });
    assert.ok(enR.includes('- Soft savings: 10 × 200 h × $40.00 = $80,000.00 (not yet validated)'), enR);
    assert.ok(enR.includes('- Hard savings: 9,000 × $6.00 = $54,000.00 (not yet validated)'), enR);
  });

  it('shows the value calculation line by line', () => {
    assert.ok(en.includes('- Soft savings: 1,200 h × $45.00 = $54,000.00 (not yet validated)'));
    assert.ok(en.includes('- Risk avoidance: 10% × $1,000,000.00 = $100,000.00 (not yet validated)'));
    assert.ok(en.includes('- Hard savings: $80,000.00 (validated)'));
    assert.ok(en.includes('- **Subtotal (per year)**: $381,000.00 (validated: $80,000.00)'));
    assert.ok(en.includes('- **Investment**: $250,000.00; first-year net value $131,000.00, first-year ROI 52.4%, payback 7.9 months'));
  });

  it('lists every assumption and marks what is not validated', () => {
    assert.ok(en.includes('| 1. Returning customers finish checkout \\| without calling support | Hard savings ($80,000.00) | Two contractor seats are no longer needed | ✓ yes |'));
    assert.ok(en.includes('| Soft savings ($54,000.00) | Agents answer 1,200 fewer calls a year | **✗ not yet** |'));
    assert.ok(en.includes('| Opportunity cost ($27,000.00) | _none written_ | **✗ not yet** |'));
    assert.ok(en.includes('- **1. Returning customers finish checkout \\| without calling support**: Traffic stays at the 2026 level'));
  });

  it('writes Korean headings and labels from the glossary', () => {
    const ko = buildReport([checkout()], { today: TODAY, lang: 'ko' });
    for (const h of ['# 비즈니스 성과 보고서', '## 요약', '## 투자수익률(ROI) 요약', '## 성과별 현황', '## 성과 상세', '## 가정']) assert.ok(ko.includes(`\n${h}\n`) || ko.startsWith(`${h}\n`), h);
    assert.match(ko, /⚠ 주의/);
    assert.match(ko, /순가치/);
    assert.match(ko, /투자 회수 기간 +7\.9개월/);
  });

  it('writes Korean hours against the number, and names the category 범주 as the template does', () => {
    const ko = buildReport([checkout()], { today: TODAY, lang: 'ko' });
    assert.match(ko, /: 1,200시간 × /, 'no space between a number and its counter word');
    assert.doesNotMatch(ko, /\d 시간/);
    assert.match(ko, /^\| # \| 성과 \| 범주 \| 목표 \|/m);
    assert.match(ko, /^- \*\*범주\*\*: /m);
    assert.doesNotMatch(ko, /분류/);
  });

  it('formats KRW without decimals and refuses to add different currencies', () => {
    const won = checkout();
    won.value!.currency = txt('KRW');
    const one = buildReport([won], { today: TODAY, lang: 'ko' });
    assert.match(one, /₩381,000(?![.,\d])/);
    const both = buildReport([won, reports()], { today: TODAY, lang: 'en' });
    assert.match(both, /different currencies \(KRW, USD\)/);
    assert.doesNotMatch(both, /\*\*Total value \(per year\)\*\*/);
  });

  it('says so when an outcome has no investment', () => {
    const o = checkout();
    delete o.value!.investment;
    const r = buildReport([o], { today: TODAY, lang: 'en' });
    assert.match(r, /No investment is stated/);
    assert.match(r, /ROI +n\/a/);
    assert.doesNotMatch(r, /NaN|Infinity/);
  });

  it('handles an empty document and a bare outcome', () => {
    assert.match(buildReport([], { today: TODAY, lang: 'en' }), /No outcomes were found/);
    const bare = buildReport([emptyOutcome(0, 'md-template', S)], { today: TODAY, lang: 'en' });
    assert.match(bare, /\| 1 \| Untitled outcome \| – \| – \| – \| – \| – no data \(no primary metric\) \|/);
    assert.doesNotMatch(bare, /NaN|undefined|Infinity/);
  });

  it('says what is missing under a title-only outcome and an empty assumptions section, never a bare heading or a lone dash', () => {
    const o = emptyOutcome(0, 'yaml', S);
    o.title = txt('Customers pay online');
    const r = buildReport([o], { today: TODAY, lang: 'en' });
    assert.match(r, /### 1\. Customers pay online\n\n_No behaviour, primary metric or value is written yet/);
    assert.match(r, /## Assumptions\n\nNo assumption is written yet/);
    assert.doesNotMatch(r, /## Assumptions\n\n–/);
    assert.doesNotMatch(buildReport([checkout()], { today: TODAY, lang: 'en' }), /No behaviour, primary metric or value/);
    assert.match(buildReport([o], { today: TODAY, lang: 'ko' }), /행동 변화, 핵심 지표, 가치가 아직 없습니다/);
  });

  it('shows the behaviour as the goal and the hypothesis as a hypothesis, never one for the other', () => {
    const o = checkout();
    o.hypothesis = txt('If returning customers pay on their own, support cost falls');
    const both = buildReport([o], { today: TODAY, lang: 'en' });
    assert.match(both, /- \*\*Goal\*\*: Returning customers finish checkout without calling support\n- \*\*Hypothesis\*\*: If returning customers pay on their own/);
    delete o.behavior;
    const onlyHypothesis = buildReport([o], { today: TODAY, lang: 'en' });
    assert.doesNotMatch(onlyHypothesis, /\*\*Goal\*\*/);
    assert.match(onlyHypothesis, /\*\*Hypothesis\*\*: If returning customers/);
    assert.match(buildReport([o], { today: TODAY, lang: 'ko' }), /\*\*가설\*\*: If returning customers/);
  });

  it('lists a template\'s impact lines under one label', () => {
    const o = checkout();
    o.value!.notes = [txt('About 9,000 fewer calls a year'), txt('Agents handle more complex cases')];
    const r = buildReport([o], { today: TODAY, lang: 'en' });
    assert.match(r, /- \*\*Impact\*\*:\n {2}- About 9,000 fewer calls a year\n {2}- Agents handle more complex cases\n/);
    o.value!.notes = [txt('About 9,000 fewer calls a year')];
    assert.match(buildReport([o], { today: TODAY, lang: 'en' }), /- \*\*Impact\*\*: About 9,000 fewer calls a year\n/);
  });

  it('escapes Markdown in user text', () => {
    assert.equal(escapeInline('a | b\nc *d* <script>'), 'a \\| b c \\*d\\* \\<script\\>');
    const o = checkout();
    o.title = txt('# [link](x) `code`');
    const r = buildReport([o], { today: TODAY, lang: 'en' });
    assert.ok(r.includes('### 1. # \\[link\\](x) \\`code\\`'));
  });
});

describe('cbo roi and cbo report', () => {
  const YAML = `cbo: 1
title: Returning customers finish checkout without calling support
category: operational-efficiency
metrics:
  primary:
    name: Checkout completion rate
    unit: "%"
    direction: increase
    baseline: { value: 62, asOf: 2026-09-30 }
    target: { value: 80, by: 2027-06-30 }
    measurements: [ { date: 2026-12-31, value: 66 } ]
value:
  currency: USD
  investment: 250000
  items:
    - { type: hard-savings, amount: 80000, assumption: "Two contractor seats are no longer needed", validated: true }
    - { type: soft-savings, hours: 1200, rate: 45, assumption: "x", validated: false }
    - { type: revenue-impact, amount: 120000, assumption: "x" }
    - { type: risk-avoidance, probability: 0.1, impact: 1000000, assumption: "x" }
    - { type: opportunity-cost, hours: 300, rate: 90, assumption: "x" }
`;
  let dir = '';
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'cbo-roi-'));
    writeFileSync(path.join(dir, 'a.cbo.yaml'), YAML);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  async function cli(run: typeof runRoi, ...args: string[]) {
    let out = '';
    let err = '';
    const io = { stdout: (s: string) => void (out += s), stderr: (s: string) => void (err += s), stdoutIsTerminal: true, readFile: (p: string) => fs.readFile(p, 'utf8'), cwd: dir };
    try {
      return { code: await run(args, io, {}), out, err };
    } catch (e) {
      return { code: -1, out, err: String(e) };
    }
  }

  it('cbo roi prints a table with the outcome and the total', async () => {
    const r = await cli(runRoi, 'a.cbo.yaml', '--today', '2027-01-10');
    assert.equal(r.code, 0);
    assert.match(r.out, /^1 +Returning customers .*\$250,000\.00 +\$381,000\.00 +\$80,000\.00 +\$131,000\.00 +52\.4% +-68\.0% +7\.9 months$/m);
    assert.match(r.out, /Total +\$250,000\.00/);
  });

  it('cbo roi --format json prints the documented, stable shape', async () => {
    const r = await cli(runRoi, 'a.cbo.yaml', '--format', 'json', '--today', '2027-01-10');
    const j = JSON.parse(r.out);
    assert.equal(j.version, 1);
    assert.equal(j.today, '2027-01-10');
    const o = j.outcomes[0];
    assert.deepEqual(o.claimed, { minor: 38_100_000, amount: '381000.00' });
    assert.deepEqual(o.investment, { minor: 25_000_000, amount: '250000.00' });
    assert.equal(o.roiPercent, 52.4);
    assert.equal(o.conservativeRoiPercent, -68);
    assert.equal(o.line, 1);
    assert.equal(o.items.length, 5);
    assert.equal(o.progress.status, 'at-risk');
    assert.deepEqual(Object.keys(o.items[0]).sort(), ['assumption', 'basis', 'count', 'factors', 'index', 'perYear', 'problem', 'type', 'validated', 'value']);
    assert.deepEqual(j.total.claimed, { minor: 38_100_000, amount: '381000.00' });
    assert.equal(j.total.outcomes, 1);
    // One investment figure: no parts.
    assert.equal(o.investmentParts, null);
  });

  it('cbo roi --format json gives an investment of a one-off and a running cost as its parts, as the report shows them', async () => {
    const plan = (inv: string, value: string) => `## CBO: Agents answer on the first call\n\n### Value Proposition\n- **Hard Savings**: ${value}\n- **Investment**: ${inv}\n`;
    writeFileSync(path.join(dir, 'parts.md'), plan('$60,000 (one-off) and $10,000/year support', '$100,000: contractors'));
    writeFileSync(path.join(dir, 'parts-ko.md'), plan('월 2,000만 원 × 6개월 + 구축비 1,000만 원', '3억 원: 외주 비용'));
    const en = JSON.parse((await cli(runRoi, 'parts.md', '--format', 'json', '--today', '2027-01-10')).out).outcomes[0];
    assert.deepEqual(en.investment, { minor: 7_000_000, amount: '70000.00' });
    assert.deepEqual(en.investmentParts, { oneOff: { minor: 6_000_000, amount: '60000.00' }, firstYearRunning: { minor: 1_000_000, amount: '10000.00' } });
    const ko = JSON.parse((await cli(runRoi, 'parts-ko.md', '--format', 'json', '--today', '2027-01-10')).out).outcomes[0];
    assert.deepEqual(ko.investmentParts, { oneOff: { minor: 10_000_000, amount: '10000000' }, firstYearRunning: { minor: 120_000_000, amount: '120000000' } });
  });

  it('cbo report prints Markdown, and -o refuses to overwrite without --force', async () => {
    const r = await cli(runReport, 'a.cbo.yaml', '--today', '2027-01-10', '--lang', 'ko');
    assert.equal(r.code, 0);
    assert.match(r.out, /^# 비즈니스 성과 보고서/);
    const out = path.join(dir, 'report.md');
    assert.equal((await cli(runReport, 'a.cbo.yaml', '-o', 'report.md')).code, 0);
    assert.match(readFileSync(out, 'utf8'), /\$381,000\.00/);
    writeFileSync(out, 'hand edits');
    const again = await cli(runReport, 'a.cbo.yaml', '-o', 'report.md');
    assert.equal(again.code, 2);
    assert.match(again.err, /report\.md already exists; add --force/);
    assert.equal(readFileSync(out, 'utf8'), 'hand edits');
    assert.equal((await cli(runReport, 'a.cbo.yaml', '-o', 'report.md', '--force')).code, 0);
    assert.match(readFileSync(out, 'utf8'), /Business Outcome Report/);
  });

  it('throws usage errors (exit 2 through main) for a missing file or bad options', async () => {
    for (const args of [['missing.cbo.yaml'], [], ['a.cbo.yaml', 'b.cbo.yaml'], ['a.cbo.yaml', '--format', 'xml'], ['a.cbo.yaml', '--today', 'soon']]) {
      const r = await cli(runRoi, ...args);
      assert.equal(r.code, -1, args.join(' '));
      assert.match(r.err, /UsageError|must|give|cannot read|reads one file/);
    }
    assert.equal((await cli(runReport, 'a.cbo.yaml', '--force')).code, -1);
    assert.equal((await cli(runReport, 'a.cbo.yaml', '--lang', 'fr')).code, -1);
  });
});

describe('buildReport: usage driving outcomes', () => {
  it('writes the value per unit as money, like the estimate beside it', () => {
    const o: Outcome = {
      ...emptyOutcome(0, 'yaml', S),
      title: txt('Customers track orders themselves'),
      value: { span: S, currency: txt('USD'), items: [], notes: [] },
      usage: [
        { span: S, activity: txt('Read the delivery date'), volume: num(120_000), outcome: txt('Fewer calls'), valuePerUnit: num(0.4) },
        { span: S, activity: txt('Retry a declined card'), volume: num(8), valuePerUnit: num(0.125) },
      ],
    };
    const md = buildReport([o], { today: TODAY, lang: 'en' });
    assert.match(md, /\| Read the delivery date \| 120,000 \| Fewer calls \| \$0\.40 \| \$48,000\.00 \|/);
    assert.match(md, /\| Retry a declined card \| 8 \| – \| \$0\.125 \| \$1\.00 \|/);
  });
});

describe('buildReport: the value story names the currency only to tell totals apart', () => {
  it('one currency: the amounts carry their symbol, no "USD $"; no zero counts listed', () => {
    const md = buildReport([checkout()], { today: TODAY, lang: 'en' });
    const story = /## Value story\n\n([^\n]*)/.exec(md)![1]!;
    assert.doesNotMatch(story, /USD \$|USD:/);
    assert.match(story, /: \$[\d,.]+ claimed/);
    assert.doesNotMatch(story, /\b0 (off track|at risk)/);
  });
});

describe('buildReport: the headline outcome', () => {
  it('is never one that is behind: an off-track outcome alone gives no "Furthest along" line', () => {
    // reports(): 3 hours a year in, half way from 5 to 1: on track, the headline.
    assert.match(buildReport([reports()], { today: TODAY, lang: 'en' }), /\*\*Furthest along\*\*: Analysts get/);
    // The same outcome at 4.6 hours: a tenth of the change half way through the time, off track.
    const behind = reports();
    behind.metrics!.primary = metric('Report wait', 'hours', [5, '2026-01-01'], [1, '2027-12-31'], [[4.6, '2026-12-31']]);
    const md = buildReport([behind], { today: TODAY, lang: 'en' });
    assert.match(md, /\*\*Outcome status\*\*: 0 of 1 outcome achieved or on track \(✗ off track 1\)/);
    assert.doesNotMatch(md, /Furthest along/);
  });
});

describe('buildReport: the tracker\'s header and evidence', () => {
  it('names the account and period when every outcome shares them, and not when they differ', () => {
    const a = checkout(), b = reports();
    a.account = txt('Northwind'); b.account = txt('Northwind'); a.period = txt('FY2027');
    const md = buildReport([a, b], { today: TODAY, lang: 'en', fileName: 'x.cbo.yaml' });
    assert.match(md, /^\*\*Account\*\*: Northwind · \*\*Source\*\*: x\.cbo\.yaml · \*\*As of\*\*: 2027-01-10$/m); // b has no period
    b.account = txt('Contoso');
    assert.doesNotMatch(buildReport([a, b], { today: TODAY, lang: 'en' }), /^\*\*Account\*\*/m);
  });

  it('names when the account became a customer: the earliest calendar date its outcomes give', () => {
    const a = checkout(), b = reports();
    a.account = txt('Northwind'); b.account = txt('Northwind');
    a.customerSince = txt('2024-05-01'); b.customerSince = txt('2023-09-15');
    const md = buildReport([a, b], { today: TODAY, lang: 'en' });
    // A later date on another outcome is a renewal, not the start.
    assert.match(md, /^\*\*Account\*\*: Northwind · \*\*Customer since\*\*: 2023-09-15 · /m);
    assert.match(md, /^- \*\*Customer since\*\*: 2024-05-01$/m, 'each outcome\'s own date in its details');
    // A date no calendar has is the impossible-date rule's finding, never a header.
    b.customerSince = txt('2023-02-30');
    const bad = buildReport([a, b], { today: TODAY, lang: 'en' });
    assert.match(bad, /\*\*Customer since\*\*: 2024-05-01 · /);
    assert.doesNotMatch(bad, /2023-02-30/, 'nor in the outcome\'s details');
    // With no shared account there is no header line to put it in.
    b.account = txt('Contoso');
    assert.doesNotMatch(buildReport([a, b], { today: TODAY, lang: 'en' }), /^\*\*Customer since/m);
    b.account = txt('Northwind');
    assert.match(buildReport([a, b], { today: TODAY, lang: 'ko' }), /\*\*거래 시작일\*\*: 2024-05-01/);
  });

  it('lists the readings the status rests on, the latest six, and where each secondary metric stands', () => {
    const o = reports();
    const readings: [number, string][] = [[4.9, '2026-02-28'], [4.8, '2026-03-31'], [4.6, '2026-05-31'], [4.2, '2026-07-31'], [3.9, '2026-09-30'], [3.5, '2026-11-30'], [3, '2026-12-31'], [2, '2027-03-31']];
    o.metrics = {
      span: S,
      primary: metric('Report wait', 'hours', [5, '2026-01-01'], [1, '2027-12-31'], readings),
      secondary: [metric('Manual exports', 'a week', [40, '2026-01-01'], [5, '2027-12-31'], [[20, '2026-12-31']])],
    };
    const md = buildReport([o], { today: TODAY, lang: 'en' });
    // Eight readings, one after today: the latest six of the seven, and one earlier.
    assert.match(md, /^- \*\*Evidence\*\*: 4\.8 hours on 2026-03-31, 4\.6 hours on 2026-05-31, 4\.2 hours on 2026-07-31, 3\.9 hours on 2026-09-30, 3\.5 hours on 2026-11-30, 3 hours on 2026-12-31 \(and 1 earlier\)$/m);
    assert.match(md, /^ {2}- Manual exports: 40 a week → 5 a week by 2027-12-31; 20 a week on 2026-12-31 \(✓ [a-z ]+\)$/m);
  });
});

describe('buildReport: trends with no realised value', () => {
  it('shows the readings by quarter without three columns of dashes, and says how to get value by quarter', () => {
    const md = buildReport([checkout(), reports()], { today: TODAY, lang: 'en' });
    const trends = md.slice(md.indexOf('## Outcome trends by quarter'), md.indexOf('\n## ', md.indexOf('## Outcome trends by quarter') + 5));
    // 66 on 2026-12-31 and 3 on 2026-12-31: one quarter, two readings, none at target.
    assert.match(trends, /^\| Quarter \| Measurements \| Outcomes at target \|\n\| --- \| ---: \| ---: \|\n\| 2026-Q4 \| 2 \| 0 \|$/m);
    assert.doesNotMatch(trends, /Value realised|–/);
    assert.match(trends, /`value\.realised`/);
    const withValue = checkout();
    withValue.value!.realised = [{ span: S, date: txt('2026-11-30'), amount: num(5000) }];
    assert.match(buildReport([withValue], { today: TODAY, lang: 'en' }), /^\| Quarter \| Value realised \| Cumulative \| ROI to date \| Measurements \| Outcomes at target \|$/m);
    assert.match(buildReport([checkout()], { today: TODAY, lang: 'ko' }), /`value\.realised`\(날짜와 금액\)/);
  });
});

describe('buildReport: outcomes in several currencies', () => {
  it('gives each currency its own totals and figures, never one added across them', () => {
    const usd = reports();
    const eur = checkout();
    eur.value!.currency = txt('EUR');
    const md = buildReport([eur, usd], { today: TODAY, lang: 'en' });
    // reports(): 20,000 on 50,000 (ROI -60.0 %); checkout(): 381,000 on 250,000 (ROI 52.4 %).
    assert.match(md, /^- \*\*Total value \(per year\), USD\*\*: \$20,000\.00 claimed, of which \$20,000\.00 validated by the customer; First-year ROI -60\.0%/m);
    assert.match(md, /^- \*\*Total value \(per year\), EUR\*\*: €381,000\.00 claimed/m);
    assert.match(md, /^### EUR\n\n```text\nInvestment +€250,000\.00$/m);
    assert.match(md, /^### USD\n\n```text\nInvestment +\$50,000\.00$/m);
    assert.doesNotMatch(md, /€[\d,.]+ \+|401,000/, 'no sum across currencies');
    // A currency whose outcome states no investment says why its figures are n/a, in its block.
    const noCost = reports();
    noCost.value!.investment = undefined;
    const md2 = buildReport([eur, noCost], { today: TODAY, lang: 'en' });
    const usdBlock = md2.slice(md2.indexOf('### USD'), md2.indexOf('## Outcome breakdown'));
    assert.match(usdBlock, /Investment +n\/a/);
    assert.match(usdBlock, /No investment is stated/);
  });
});

