import { strict as assert } from 'node:assert';
import { panelModel, type ChartPoint } from '../../src/core/view/canvas';
import { chartGeometry } from '../../src/core/view/chart';
import { buildReportHtml, reportMarkdownIt } from '../../src/core/view/report-html';
import { buildReport } from '../../src/core/report';
import { isSafeLink, parseWebviewMessage } from '../../src/shared/messages';
import { GOOD_YAML, run, TODAY } from './helpers';

const FULL = GOOD_YAML.replace('value:\n  currency: USD\n  investment: 250000\n  items:\n', `context: { challenge: One in five checkouts ends in a call }
workshop: { current: [Customers call to confirm dates], future: [Dates shown at checkout], barriers: [Stock data is a day old], solutions: [Stream stock changes] }
value:
  currency: USD
  investment: 250000
  items:
    - { type: soft-savings, hours: 1200, rate: 45, assumption: "Agents spend fewer hours on status calls", validated: false }
`);

describe('canvas view model', () => {
  const r = run(FULL);
  const m = panelModel('file:///x.cbo.yaml', r.outcomes, r.findings, { lang: 'en', today: TODAY });
  const o = m.outcomes[0]!;

  it('fills the four canvas quadrants and the workshop strip from the file', () => {
    assert.equal(o.canvas.context[0]!.entries[0]!.text, 'One in five checkouts ends in a call');
    assert.equal(o.canvas.outcomes[0]!.label, 'Behaviour change');
    assert.deepEqual(o.workshop.map((s) => s.key), ['current', 'future', 'barriers', 'solutions', 'outcome']);
    assert.equal(o.workshop[2]!.entries[0]!.text, 'Stock data is a day old');
    assert.equal(FULL.slice(o.anchor.start, o.anchor.end), o.title);
  });

  it('shows a monthly figure with the 12 months it is counted for', () => {
    const md = '## CBO: Analysts get the report by 9am\n\n### Value Proposition\n- **Hard Savings**: $4,000 per month: two seats\n- **Investment**: $50,000\n';
    const roi = (lang: 'en' | 'ko') => panelModel('file:///plan.md', run(md, 'markdown').outcomes, [], { lang, today: TODAY }).outcomes[0]!.roi!;
    assert.equal(roi('en').items[0]!.formula, '4,000 × 12 months');
    assert.equal(roi('en').claimed, '$48,000.00');
    assert.equal(roi('ko').items[0]!.formula, '4,000 × 12개월');
  });

  it('shows a span converted to the figure\'s period in its unit, and a share of a base as a share', () => {
    const md = '## CBO: Agents answer on the first call\n\n### Value Proposition\n- **Hard Savings**: $1,000/week × 6 months: agency\n- **Revenue Impact**: 15% of $800,000: deal size up\n- **Investment**: $50,000\n';
    const items = (lang: 'en' | 'ko') => panelModel('file:///plan.md', run(md, 'markdown').outcomes, [], { lang, today: TODAY }).outcomes[0]!.roi!.items;
    // 6 months of a weekly figure are 26 weeks; the share is 15%, not 0.15.
    assert.deepEqual(items('en').map((i) => i.formula), ['26 weeks × 1,000', '15% × 800,000']);
    assert.deepEqual(items('ko').map((i) => i.formula), ['26주 × 1,000', '15% × 800,000']);
  });

  it('shows a count of people or things among the factors', () => {
    const md = '## CBO: Agents answer on the first call\n\n### Value Proposition\n- **Soft Savings**: 10 agents × 200 hours × $40: fewer calls\n- **Hard Savings**: 9,000 calls × $6: no callbacks\n- **Investment**: $50,000\n';
    const items = panelModel('file:///plan.md', run(md, 'markdown').outcomes, [], { lang: 'en', today: TODAY }).outcomes[0]!.roi!.items;
    assert.deepEqual(items.map((i) => i.formula), ['10 × 200 h × 40', '9,000 × 6']);
  });

  // The report said "one-off $60,000.00 + first year's running cost $10,000.00 = $70,000.00"; the
  // canvas showed $70,000.00 alone. Its ROI figures and the value block's summary say the sum too.
  it('shows an investment of a one-off and a running cost as the sum it is, in English and Korean', () => {
    const view = (md: string, lang: 'en' | 'ko') => panelModel('file:///plan.md', run(md, 'markdown').outcomes, [], { lang, today: TODAY });
    const summary = (m: ReturnType<typeof view>) => m.outcomes[0]!.canvas.value.find((c) => c.label === (m.lang === 'ko' ? 'ROI 요약' : 'ROI summary'))!.entries.map((e) => e.text);
    const en = view('## CBO: Agents answer on the first call\n\n### Value Proposition\n- **Hard Savings**: $100,000: contractors\n- **Investment**: $60,000 (one-off) and $10,000/year support\n', 'en');
    assert.equal(en.ui.investmentParts, 'Investment parts');
    assert.equal(en.outcomes[0]!.roi!.investment, '$70,000.00');
    assert.equal(en.outcomes[0]!.roi!.investmentParts, "one-off $60,000.00 + first year's running cost $10,000.00");
    assert.equal(summary(en)[1], "Investment $70,000.00 (one-off $60,000.00 + first year's running cost $10,000.00) · claimed $100,000.00 a year · validated $0.00 a year");
    const ko = view('## CBO: 상담원이 첫 통화에서 답한다\n\n### 가치 제안\n- **직접 비용 절감**: 1억 원: 외주 비용\n- **투자**: 일회성 6,000만 원, 연간 유지비 1,000만 원\n', 'ko');
    assert.equal(ko.ui.investmentParts, '투자 내역');
    assert.equal(ko.outcomes[0]!.roi!.investmentParts, '일회성 ₩60,000,000 + 첫해 유지비 ₩10,000,000');
    assert.equal(summary(ko)[1], '투자 ₩70,000,000 (일회성 ₩60,000,000 + 첫해 유지비 ₩10,000,000) · 연간 예상 가치 ₩100,000,000 · 연간 검증된 가치 ₩0');
    // One cost: no parts, and the summary as before.
    const single = view('## CBO: Agents answer on the first call\n\n### Value Proposition\n- **Hard Savings**: $100,000: contractors\n- **Investment**: $60,000\n', 'en');
    assert.equal(single.outcomes[0]!.roi!.investmentParts, undefined);
    assert.equal(summary(single)[1], 'Investment $60,000.00 · claimed $100,000.00 a year · validated $0.00 a year');
  });

  it('shows the ROI figures worked out by hand: 80,000 + 1,200 x 45 = 134,000 on 250,000', () => {
    assert.equal(o.roi!.investment, '$250,000.00');
    assert.equal(o.roi!.claimed, '$134,000.00');
    assert.equal(o.roi!.validated, '$80,000.00');
    assert.equal(o.roi!.net, '-$116,000.00');
    assert.equal(o.roi!.roi, '-46.4%');
    assert.equal(o.roi!.items[0]!.formula, '1,200 h × 45');
    assert.equal(o.roi!.items[0]!.validated, false);
  });

  it('reports progress with the numbers behind it', () => {
    const metric = o.metrics[0]!;
    assert.deepEqual(metric.points.map((p) => p.kind), ['baseline', 'measurement', 'target']);
    assert.match(metric.detail, /baseline 62% → latest 66% on 2026-10-31 → plan line \d+% → target 80% by 2027-06-30/);
    assert.ok(['on-track', 'at-risk', 'off-track', 'achieved'].includes(metric.status));
  });

  it('speaks Korean when asked, with Korean number formatting', () => {
    const ko = panelModel('f', r.outcomes, r.findings, { lang: 'ko', today: TODAY });
    assert.equal(ko.ui.roi, '투자수익률 (ROI)');
    assert.equal(ko.outcomes[0]!.roi!.items[0]!.type, '간접 비용 절감');
  });

  it('draws the plan line from baseline to target inside the chart box', () => {
    const g = chartGeometry(o.metrics[0]!.points);
    assert.ok(g.plan && g.plan.x1 < g.plan.x2 && g.plan.y1 > g.plan.y2, 'an increasing metric rises to the right');
    for (const p of g.points) assert.ok(p.x >= 0 && p.x <= g.width && p.y >= 0 && p.y <= g.height);
  });

  it('keeps the status label off the today line, on the side away from the line into the reading', () => {
    const pts = (values: number[]): ChartPoint[] => [
      { date: '2026-01-01', value: values[0]!, kind: 'baseline' },
      { date: '2026-05-01', value: values[1]!, kind: 'measurement' },
      { date: '2026-06-01', value: values[2]!, kind: 'measurement' },
      { date: '2026-12-31', value: values[3]!, kind: 'target' },
    ];
    const label = (values: number[], today: string) => {
      const g = chartGeometry(pts(values), { today, statusLabel: 'on track', status: 'on-track' });
      const t = g.shapes.find((s) => s.t === 'text' && s.cls.includes('status'));
      const line = g.shapes.find((s) => s.t === 'line' && s.cls === 'today-line');
      assert.ok(t && t.t === 'text' && line && line.t === 'line');
      return { t, todayX: line.x1, last: g.actual[g.actual.length - 1]! };
    };
    // Today a few days after the reading: the label moves left of the reading.
    const near = label([40, 35, 30, 20], '2026-06-10');
    assert.equal(near.t.anchor, 'end');
    assert.ok(near.t.x < near.last.x && near.t.y > near.last.y, 'a falling line comes from above: the label goes below');
    const rising = label([20, 25, 30, 40], '2026-06-10');
    assert.ok(rising.t.y < rising.last.y, 'a rising line comes from below: the label goes above');
    // Today far to the right: the label stays right of the reading.
    const far = label([40, 35, 30, 20], '2026-11-30');
    assert.equal(far.t.anchor, 'start');
    assert.ok(far.t.x > far.last.x && far.t.x + 60 < far.todayX);
  });
});

describe('HTML report and panel safety', () => {
  const XSS = `<script>document.title='pwned'</script><img src=x onerror=alert(1)> [click](javascript:alert(1)) </style><style>body{display:none}</style>`;
  const text = GOOD_YAML.replace('title: Returning customers finish checkout without calling support', `title: "${XSS.replace(/"/g, '\\"')}"`);

  it('escapes every user string and keeps no script or javascript: link', () => {
    const html = buildReportHtml(run(text).outcomes, { today: TODAY, lang: 'en', fileName: 'x.cbo.yaml' });
    assert.ok(!/<script/i.test(html), 'no script element');
    assert.ok(!/<img/i.test(html), 'no img element');
    assert.ok(!/javascript:/i.test(html.replace(/&[^;]+;/g, '')) || !/href="javascript:/i.test(html), 'no javascript: href');
    assert.ok(!/<style>body\{display:none\}/.test(html), 'no injected style');
    assert.match(html, /default-src 'none'/);
    assert.match(html, /<svg xmlns/);
  });

  it('keeps each ISO date on one line in the HTML, and touches no link address or escaped text', () => {
    const md = reportMarkdownIt();
    const html = md.render('| Achieved |\n| --- |\n| 71% on 2026-10-31 |\n\n[notes of 2026-01-05](https://example.com/2026-01-05) <b>2026-02-02</b>\n');
    assert.match(html, /71% on <span class="date">2026-10-31<\/span>/);
    assert.match(html, /href="https:\/\/example\.com\/2026-01-05"/);
    assert.match(html, /&lt;b&gt;<span class="date">2026-02-02<\/span>&lt;\/b&gt;/);
  });

  it('sets the ROI figures as a table in HTML, so Korean labels cannot push the values out of line', () => {
    const ko = buildReportHtml(run(GOOD_YAML).outcomes, { today: TODAY, lang: 'ko', fileName: 'x.cbo.yaml' });
    const table = /<table class="figures"><tbody>(.*?)<\/tbody><\/table>/.exec(ko)?.[1];
    assert.ok(table, 'a figures table');
    const rows = [...table.matchAll(/<tr( class="ruled")?><th scope="row">([^<]*)<\/th><td>([^<]*)<\/td><\/tr>/g)];
    assert.equal(rows.length, 7, 'seven figures, no row for the rule');
    assert.equal(rows.filter((r) => r[1]).length, 1, 'the rule is a border above one row');
    assert.ok(rows.every((r) => r[2]!.trim() && r[3]!.trim() && !/ {2}/.test(r[2]!)), 'label and value, no padding');
    assert.doesNotMatch(ko, /<pre><code class="language-text">/);
    // Any other text block (a line that is not "label  value") is left as code.
    const md = reportMarkdownIt();
    assert.match(md.render('```text\nfree text line\n```\n'), /<pre><code class="language-text">free text line/);
    assert.match(md.render('```text\nA  <b>\n```\n'), /<th scope="row">A<\/th><td>&#60;b&#62;<\/td>/);
    // A bidi control in a currency is shown, never passed on (Markdown code block and HTML table).
    const bidi = GOOD_YAML.replace(/currency: USD/, 'currency: "U\u202eSD<b>"');
    const doc = run(bidi).outcomes;
    assert.ok(doc.length, 'the hostile file still parses');
    assert.doesNotMatch(buildReport(doc, { today: TODAY, lang: 'en' }), /\u202e/);
    assert.doesNotMatch(buildReportHtml(doc, { today: TODAY, lang: 'en' }), /\u202e/);
    assert.match(buildReportHtml(doc, { today: TODAY, lang: 'en' }), /U\\u202eSD&#60;B&#62;/); // upper-cased, as a currency code is
  });

  it('accepts only well-formed messages from the webview', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'reveal', start: 3, end: 9 }), { type: 'reveal', start: 3, end: 9 });
    assert.equal(parseWebviewMessage({ type: 'reveal', start: 9, end: 3 }), undefined);
    assert.equal(parseWebviewMessage({ type: 'reveal', start: '3', end: 9 }), undefined);
    assert.equal(parseWebviewMessage({ type: 'runCommand', id: 'x' }), undefined);
    assert.equal(parseWebviewMessage(null), undefined);
  });

  it('opens only http, https and mailto links', () => {
    for (const ok of ['https://example.com/a', 'http://x.y', 'mailto:a@b.c']) assert.ok(isSafeLink(ok), ok);
    for (const bad of ['javascript:alert(1)', 'command:workbench.action.quit', 'file:///etc/passwd', 'data:text/html,x', 'vscode://x', 'JaVaScRiPt:alert(1)', 'not a url']) assert.ok(!isSafeLink(bad), bad);
  });
});
