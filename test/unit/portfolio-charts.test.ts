// The portfolio's HTML report draws a small progress chart for each outcome with readings, with
// the chart code of the one-file report and the canvas (core/view/chart.ts). On
// test/fixtures/portfolio, today 2027-01-15 (figures in portfolio.test.ts):
//
//  A Store managers   readings 40 (2026-06-30) and 62 (2026-12-20)   chart: baseline, 2 readings, target = 4 points
//  B Cashiers         reading 44 (2026-08-01)                        chart: 3 points
//  C Advisors         readings 60, 70 from the CSV (75 is after today, a bad date left out): 4 points
//  D Field engineers  reading 78 (2026-12-31)                        chart: 3 points
//  E Dispatchers      no reading                                     no chart
//  F Auditors         no metric                                      no chart
import { strict as assert } from 'node:assert';
import { promises as fs } from 'node:fs';
import { loadPortfolio } from '../../src/cli/portfolio';
import type { CliIo } from '../../src/cli/io';
import { parseDocument } from '../../src/core/parse';
import { buildPortfolio, type Portfolio } from '../../src/core/portfolio';
import { buildPortfolioHtml } from '../../src/core/view/report-html';

const TODAY = '2027-01-15';

async function fixture(): Promise<Portfolio> {
  const io: CliIo = { cwd: process.cwd(), stdout: () => undefined, stderr: () => undefined, stdoutIsTerminal: true, readFile: (p: string) => fs.readFile(p, 'utf8') };
  return (await loadPortfolio(['test/fixtures/portfolio'], io, TODAY, { system: 'en' })).portfolio;
}

/** Each chart's figure: its caption's text and the SVG in it. */
function figures(html: string): { caption: string; svg: string }[] {
  return [...html.matchAll(/<figure>(<svg[\s\S]*?<\/svg>)<figcaption>([\s\S]*?)<\/figcaption><\/figure>/g)].map((m) => ({ svg: m[1]!, caption: m[2]! }));
}

const count = (s: string, re: RegExp) => s.match(re)?.length ?? 0;

describe('progress charts in the portfolio HTML report', () => {
  let p: Portfolio;
  before(async () => (p = await fixture()));

  it('draws one small chart for each outcome with readings, and none for the others', () => {
    const html = buildPortfolioHtml(p, { lang: 'en' });
    assert.equal(count(html, /<h2>Progress charts<\/h2>/g), 1);
    const f = figures(html);
    assert.deepEqual(f.map((x) => x.caption.replace(/<[^>]*>/g, '').split(':')[0]), [
      'Field engineers close tickets on the first visit (Contoso)',
      'Store managers reorder stock from the dashboard (Hanbit Retail)',
      'Cashiers close the day without a paper count (Hanbit Retail)',
      'Advisors answer loan questions in one call (Northwind Bank)',
    ]);
    // Baseline, the readings up to today and the target, one point each.
    assert.deepEqual(f.map((x) => count(x.svg, /<circle /g)), [3, 4, 3, 4]);
    for (const x of f) {
      assert.match(x.svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 320 160" width="320" height="160" role="img" class="chart">/);
      assert.match(x.svg, /class="today-line"/);
      assert.match(x.svg, /class="target-line"/);
    }
    // A: the status and the target as the canvas words them.
    assert.match(f[1]!.caption, /Reorders placed from the dashboard: achieved\. baseline 20% → latest 62% on 2026-12-20/);
    assert.match(f[1]!.svg, />target 60%</);
  });

  it('draws them in Korean under a Korean heading', () => {
    const html = buildPortfolioHtml(p, { lang: 'ko' });
    assert.equal(count(html, /<h2>진척 차트<\/h2>/g), 1);
    const f = figures(html);
    assert.equal(f.length, 4);
    assert.match(f[1]!.svg, />목표 60%</);
    assert.match(f[1]!.caption, /: 달성\. 기준 20%/);
  });

  it('no chart and no heading when no outcome has a reading', () => {
    const yaml = 'cbo: 1\ntitle: Clerks close the till\nvalue: { currency: USD, investment: 100, items: [ { type: hard-savings, amount: 150 } ] }\n';
    const q = buildPortfolio([{ file: 'a.cbo.yaml', outcomes: parseDocument(yaml, 'yaml').doc.outcomes }], TODAY);
    const html = buildPortfolioHtml(q, { lang: 'en' });
    assert.doesNotMatch(html, /Progress charts|<svg/);
  });

  it('escapes every string a user wrote, and stays a page with no script', () => {
    const X = '<img src=x onerror=alert(1)>';
    const yaml = `cbo: 1
title: "${X}"
account: "${X}"
metrics:
  primary:
    name: "${X}"
    unit: "${X}"
    baseline: { value: 0, asOf: 2026-01-01 }
    target: { value: 10, by: 2027-06-30 }
    measurements: [ { date: 2026-12-01, value: 5 } ]
`;
    const q = buildPortfolio([{ file: 'x.cbo.yaml', outcomes: parseDocument(yaml, 'yaml').doc.outcomes }], TODAY);
    const html = buildPortfolioHtml(q, { lang: 'en' });
    assert.equal(figures(html).length, 1);
    assert.doesNotMatch(html, /<img|<script/i);
    assert.match(figures(html)[0]!.caption, /&#60;img src=x onerror=alert\(1\)&#62;/);
    assert.match(html, /default-src 'none'/);
  });

  it('draws at most 200 charts, and says how many more have readings', () => {
    // 203 outcomes, each with one reading: 200 drawn, 3 named as not drawn.
    const one = (i: number) => `  - title: Clerk ${i} closes the till\n    metrics:\n      primary:\n        name: Minutes\n        baseline: { value: 30, asOf: 2026-01-01 }\n        target: { value: 10, by: 2027-06-30 }\n        measurements: [ { date: 2026-12-01, value: 20 } ]\n`;
    let yaml = 'cbo: 1\noutcomes:\n';
    for (let i = 0; i < 203; i++) yaml += one(i);
    const q = buildPortfolio([{ file: 'x.cbo.yaml', outcomes: parseDocument(yaml, 'yaml').doc.outcomes }], TODAY);
    assert.equal(q.outcomes.length, 203);
    const html = buildPortfolioHtml(q, { lang: 'en' });
    assert.equal(figures(html).length, 200);
    assert.match(html, /<p>3 more outcomes with readings are not drawn here: cbo report FILE draws each file&#39;s charts\.<\/p>/);
    assert.match(buildPortfolioHtml(q, { lang: 'ko' }), /<p>측정값이 있는 성과 3개는 여기에 그리지 않았습니다\. cbo report FILE이 파일마다 차트를 그립니다\.<\/p>/);
  });
});
