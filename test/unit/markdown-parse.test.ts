import { strict as assert } from 'node:assert';
import { buildReport } from '../../src/core/report';
import { at, ids, only, run, TODAY } from './helpers';

const PLAN = `# Plan

Intro text.

## CBO: Returning customers track orders without calling support

### Business Context
- **Current Challenge**: Many calls ask where an order is

### Success Metrics
- **Primary Metric**: Share of order-status calls (%)
- **Secondary Metrics**:
  - Order page visits per order
  - CSAT of returning customers
- **Baseline**: 38% as of 2026-09-30
- **Target**: 15%
- **Timeline**: by 2027-06-30

### Dependencies and Assumptions
- **Key Assumptions**: Order volume stays flat

## Next steps
- **Target**: not part of any CBO
`;

describe('Markdown reading', () => {
  it('reads secondary metrics written on one line, separated by semicolons, as several, each at its place', () => {
    const text = PLAN.replace('- **Secondary Metrics**:\n  - Order page visits per order\n  - CSAT of returning customers', '- **Secondary Metrics**: Order page visits per order; CSAT of returning customers');
    const secondary = run(text, 'markdown').outcomes[0]!.metrics!.secondary;
    assert.deepEqual(secondary.map((m) => m.name!.value), ['Order page visits per order', 'CSAT of returning customers']);
    for (const m of secondary) assert.equal(text.slice(m.name!.span.start, m.name!.span.end), m.name!.value);
    // Not inside brackets, code or an entity, and not without a space after it.
    const kept = PLAN.replace('- **Secondary Metrics**:\n  - Order page visits per order\n  - CSAT of returning customers', '- **Secondary Metrics**: CSAT (score; 1-5 scale); NPS &amp; CES; `a;b` checks;visits');
    assert.deepEqual(run(kept, 'markdown').outcomes[0]!.metrics!.secondary.map((m) => m.name!.value), ['CSAT (score; 1-5 scale)', 'NPS &amp; CES', '`a;b` checks;visits']);
  });

  it('reads secondary metrics separated by commas or 、 as several, in both languages, not inside brackets', () => {
    const one = (line: string) => {
      const text = PLAN.replace('- **Secondary Metrics**:\n  - Order page visits per order\n  - CSAT of returning customers', line);
      const secondary = run(text, 'markdown').outcomes[0]!.metrics!.secondary;
      for (const m of secondary) assert.equal(text.slice(m.name!.span.start, m.name!.span.end), m.name!.value);
      return secondary.map((m) => m.name!.value);
    };
    assert.deepEqual(one('- **보조 지표**: 사전 취소 슬롯 재배정률, 콜센터 취소 전화 수'), ['사전 취소 슬롯 재배정률', '콜센터 취소 전화 수']);
    assert.deepEqual(one('- **보조 지표**: 재배정률、콜센터 취소 전화 수；앱 취소 비율，문자 취소 건수'), ['재배정률', '콜센터 취소 전화 수', '앱 취소 비율', '문자 취소 건수']);
    assert.deepEqual(one('- **Secondary Metrics**: Order page visits per order, CSAT of returning customers'), ['Order page visits per order', 'CSAT of returning customers']);
    // A thousands separator, a comma with no space after it, and anything in brackets or code stay in one metric.
    assert.deepEqual(one('- **Secondary Metrics**: Refund time (days, median), calls per 1,000 orders, `a, b` checks,visits'), ['Refund time (days, median)', 'calls per 1,000 orders', '`a, b` checks,visits']);
    assert.deepEqual(one('- **보조 지표**: 환불 기간（일、중앙값）, 재문의율 [주간, 월간]'), ['환불 기간（일、중앙값）', '재문의율 [주간, 월간]']);
  });

  it('gives each secondary metric of a one-line list its own row in the report', () => {
    const text = PLAN.replace('- **Secondary Metrics**:\n  - Order page visits per order\n  - CSAT of returning customers', '- **보조 지표**: 사전 취소 슬롯 재배정률, 콜센터 취소 전화 수');
    const report = buildReport(run(text, 'markdown').outcomes, { today: TODAY, lang: 'ko' });
    assert.ok(!report.includes('재배정률, 콜센터'), report);
    assert.ok(report.includes('사전 취소 슬롯 재배정률') && report.includes('콜센터 취소 전화 수'), report);
  });

  it('maps the template to the model with positions at the right line', () => {
    const r = run(PLAN, 'markdown');
    assert.equal(r.outcomes.length, 1);
    const o = r.outcomes[0]!;
    assert.equal(o.title!.value, 'Returning customers track orders without calling support');
    assert.equal(PLAN.slice(o.title!.span.start, o.title!.span.end), o.title!.value);
    const p = o.metrics!.primary!;
    assert.equal(p.name!.value, 'Share of order-status calls (%)');
    assert.equal(p.unit!.value, '%');
    assert.equal(p.baseline!.value!.value, 38);
    assert.equal(p.baseline!.date!.value, '2026-09-30');
    assert.equal(p.target!.value!.value, 15);
    assert.equal(p.target!.date!.value, '2027-06-30');
    assert.equal(o.metrics!.secondary.map((m) => m.name!.value).join('|'), 'Order page visits per order|CSAT of returning customers');
    assert.equal(o.assumptions[0]!.value, 'Order volume stays flat');
    assert.equal(PLAN.slice(o.context.challenge!.span.start, o.context.challenge!.span.end), 'Many calls ask where an order is');
  });

  it('keeps a rate\'s "per" in the unit of a baseline and target: "60 orders/hour" is not "60 orders"', () => {
    const plan = (baseline: string, target: string) => PLAN.replace('Share of order-status calls (%)', 'Orders picked').replace('38% as of 2026-09-30', baseline).replace('- **Target**: 15%', `- **Target**: ${target}`);
    const units = (text: string) => {
      const p = run(text, 'markdown').outcomes[0]!.metrics!.primary!;
      return [p.baseline!.unit, p.target!.unit];
    };
    const text = plan('40 orders/hour as of 2026-09-30', '60 orders/hour');
    assert.deepEqual(units(text), ['orders/hour', 'orders/hour']);
    assert.deepEqual(units(plan('8 tickets per day as of 2026-09-30', '3 tickets a day')), ['tickets per day', 'tickets a day']);
    const report = buildReport(run(text, 'markdown').outcomes, { today: TODAY, lang: 'en' });
    assert.match(report, /- \*\*Target\*\*: 60 orders\/hour by 2027-06-30/);
    assert.match(report, /- \*\*Baseline\*\*: 40 orders\/hour as of 2026-09-30/);
    // A unit with no rate after it stays as it was, and a percentage stays a percentage.
    assert.deepEqual(units(plan('40 orders as of 2026-09-30', '60 orders by Q2 2027')), ['orders', 'orders']);
    assert.deepEqual(units(plan('38%/year as of 2026-09-30', '15% a year')), ['%', '%']);
  });

  it('ends an outcome at the next heading of the same level', () => {
    const o = run(PLAN, 'markdown').outcomes[0]!;
    assert.equal(PLAN.slice(o.span.end).trimStart().startsWith('## Next steps'), true);
  });

  it('ignores look-alike headings inside code blocks', () => {
    const text = '# Plan\n\n```markdown\n## CBO: Not real\n### Success Metrics\n```\n\n    ## CBO: indented code\n';
    assert.deepEqual(run(text, 'markdown').outcomes, []);
  });

  it('reads front matter plans and odd heading levels', () => {
    const text = '---\ntitle: plan\n---\n\n#### CBO: Analysts get the sales report by 8am\n- **Primary Metric**: Reports ready by 8am (%)\n- **Baseline**: 40% as of 2026-09-30\n- **Target**: 95% by 2027-03-31\n';
    const r = run(text, 'markdown');
    assert.equal(r.outcomes.length, 1);
    assert.equal(r.outcomes[0]!.metrics!.primary!.target!.date!.value, '2027-03-31');
    assert.deepEqual(ids(r.findings).filter((i) => i.startsWith('missing')), []);
  });

  it('reads an account and dated readings, so a Markdown plan joins a portfolio', () => {
    const text = '## CBO: Analysts get the sales report by 8am\n- **Account**: Northwind Retail\n- **Primary Metric**: Reports ready by 8am (%)\n- **Baseline**: 40% as of 2026-06-30\n- **Target**: 95% by 2027-03-31\n- **Latest Measurement**: 52% as of 2026-08-31; 61% as of 2026-10-31\n';
    const o = run(text, 'markdown').outcomes[0]!;
    assert.equal(o.account!.value, 'Northwind Retail');
    const readings = o.metrics!.primary!.measurements;
    assert.deepEqual(readings.map((m) => [m.value!.value, m.date!.value]), [[52, '2026-08-31'], [61, '2026-10-31']]);
    assert.equal(text.slice(readings[1]!.value!.span.start, readings[1]!.value!.span.end), '61%');
    assert.equal(text.slice(readings[1]!.date!.span.start, readings[1]!.date!.span.end), '2026-10-31');
    // A reading dated after today is a finding, as in a CBO file.
    const later = run(text.replace('2026-10-31', '2027-01-31'), 'markdown');
    assert.deepEqual(ids(later.findings).filter((i) => i === 'measurement-in-future'), ['measurement-in-future']);
    const ko = run('## CBO: 분석가가 오전 8시 전에 보고서를 받는다\n- **고객사**: 한빛리테일\n- **핵심 지표**: 8시 전 보고서 비율 (%)\n- **기준값**: 40% (2026-06-30 기준)\n- **목표값**: 95%\n- **기한**: 2027년 3월\n- **최근 측정값**: 61% (2026-10-31)\n', 'markdown', {}, 'ko').outcomes[0]!;
    assert.equal(ko.account!.value, '한빛리테일');
    // When the account became a customer, for the report header, in either language.
    assert.equal(run(text.replace('Retail\n', 'Retail\n- **Customer Since**: 2023-09-01\n'), 'markdown').outcomes[0]!.customerSince!.value, '2023-09-01');
    assert.equal(run('## CBO: 분석가가 보고서를 받는다\n- **고객사**: 한빛리테일\n- **거래 시작일**: 2022-11-01\n', 'markdown', {}, 'ko').outcomes[0]!.customerSince!.value, '2022-11-01');
    assert.deepEqual(ko.metrics!.primary!.measurements.map((m) => [m.value!.value, m.date!.value]), [[61, '2026-10-31']]);
  });

  it('reads a category as plans write it ("Operational efficiency", "운영 효율성") as the format\'s id, and keeps any other text', () => {
    const cat = (line: string) => run(`## CBO: Analysts get the sales report by 8am\n${line}\n`, 'markdown').outcomes[0]!.category?.value;
    assert.equal(cat('- **Category**: Operational efficiency'), 'operational-efficiency');
    assert.equal(cat('- **Category**: increased revenue'), 'increased-revenue');
    assert.equal(cat('- **범주**: 운영 효율성'), 'operational-efficiency');
    assert.equal(cat('- **카테고리**: ESG 성과 향상'), 'esg');
    assert.equal(cat('- **Category**: esg'), 'esg');
    assert.equal(cat('- **Category**: Customer love'), 'Customer love');
  });

  it('reads Korean headings and labels', () => {
    const text = '## CBO: 상담원이 반복 문의 대신 복잡한 문의를 처리\n\n### 성공 지표\n- **핵심 지표**: 반복 문의 비율 (%)\n- **기준값**: 45% (2026-09-30 기준)\n- **목표값**: 20%\n- **기한**: 2027년 6월\n';
    const r = run(text, 'markdown', {}, 'ko');
    const p = r.outcomes[0]!.metrics!.primary!;
    assert.equal(p.baseline!.value!.value, 45);
    assert.equal(p.target!.date!.value, '2027-06-30');
    assert.deepEqual(ids(r.findings).filter((i) => i.startsWith('missing')), []);
  });

  it('reads a ```cbo fence as CBO YAML with positions in the plan', () => {
    const text = '# Plan\n\nSome text\n\n```cbo\ntitle: Buyers reorder from the app\nmetrics:\n  primary:\n    name: App reorders\n    unit: "%"\n    target: { value: 70, by: 2027-09-30 }\n```\n';
    const r = run(text, 'markdown');
    assert.equal(r.outcomes.length, 1);
    assert.equal(r.outcomes[0]!.source, 'md-fence');
    const [f] = only(r.findings, 'missing-baseline');
    assert.equal(f!.start.line, 7);
    assert.equal(at(text, f!), 'primary');
  });

  it('reports schema and syntax errors inside a fence at their line in the plan', () => {
    const text = '# Plan\n\n```cbo\ntitle: x\ncategory: efficiency\n```\n';
    const [f] = only(run(text, 'markdown').findings, 'schema');
    assert.equal(f!.start.line, 4);
    assert.equal(at(text, f!), 'efficiency');
  });

  it('says nothing about plans without a CBO, and about empty files', () => {
    assert.deepEqual(run('# Just notes\n\n- a\n- b\n', 'markdown').findings, []);
    assert.deepEqual(run('', 'markdown').findings, []);
  });

  it('handles CRLF line endings', () => {
    const text = PLAN.replace(/\n/g, '\r\n');
    const r = run(text, 'markdown');
    const o = r.outcomes[0]!;
    assert.equal(text.slice(o.title!.span.start, o.title!.span.end), o.title!.value);
    assert.equal(o.metrics!.primary!.target!.value!.value, 15);
  });
});
