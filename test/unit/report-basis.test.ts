// What the figures rest on, said where they are: every value figure is one year's value and the
// investment is the whole cost, so net value and ROI are those of the first year; conservative ROI
// counts validated value only; and the claimed value is split by type, so finance sees how much
// of it is money. Worked out by hand (USD):
//
//  dock      investment 35,000; hard savings 48,000 (validated) + soft 600 h × $30 = 18,000
//  scan      investment 210,000; hard savings 140,000 (validated) + revenue impact 90,000
//  total     invested 245,000; claimed 48,000 + 18,000 + 140,000 + 90,000 = 296,000; validated
//            188,000; net 51,000; ROI 51/245 = 20.8 %; conservative (188 - 245)/245 = -23.3 %
//  by type   hard savings 188,000, revenue impact 90,000, soft savings 18,000; no risk avoidance
//            or opportunity cost, so no column for them
import { strict as assert } from 'node:assert';
import { parseDocument } from '../../src/core/parse';
import { buildPortfolio } from '../../src/core/portfolio';
import { buildPortfolioReport } from '../../src/core/portfolio/report-md';
import { buildReport } from '../../src/core/report';
import { outcomeView } from '../../src/core/view/canvas';
import { buildPortfolioHtml } from '../../src/core/view/report-html';
import { cbo, removeWorkspaces, workspace } from './cli-run';

const TODAY = '2026-12-01';

const YAML = `cbo: 1
outcomes:
  - title: Carriers book a dock slot before the truck leaves
    account: Harbor Foods
    value:
      currency: USD
      investment: 35000
      items:
        - { type: hard-savings, amount: 48000, assumption: Detention fees, validated: true }
        - { type: soft-savings, hours: 600, rate: 30, assumption: Gate clerks stop phoning carriers }
  - title: Pickers scan every item at the pick face
    account: Brightline Apparel
    value:
      currency: USD
      investment: 210000
      items:
        - { type: hard-savings, amount: 140000, assumption: Reshipping, validated: true }
        - { type: revenue-impact, amount: 90000, assumption: Brightline keeps its volume }
`;

const outcomes = () => parseDocument(YAML, 'yaml').doc.outcomes;
const portfolio = () => buildPortfolio([{ file: 'teams.cbo.yaml', outcomes: outcomes() }], TODAY);

describe('the basis of the figures', () => {
  after(() => removeWorkspaces());

  it('the portfolio totals say per year and first year, define conservative ROI, and say the basis in a sentence', () => {
    const md = buildPortfolioReport(portfolio(), { lang: 'en' });
    assert.ok(md.includes('| Currency | Outcomes | Investment | Value claimed (per year) | Value validated (per year) | Net value (first year) | First-year ROI | Conservative ROI (validated value only) |'), md);
    assert.ok(md.includes('| USD | 2 | $245,000.00 | $296,000.00 | $188,000.00 | $51,000.00 | 20.8% | -23.3% |'));
    assert.ok(md.includes("Every value figure is one year's value and the investment is the whole cost, so net value and ROI are those of the first year."));
    assert.match(md, /against \$245,000\.00 invested \(first-year ROI 20\.8%, conservative, validated value only: -23\.3%\)/);
    assert.match(md, /^\| Outcome \| File \| Category \| Target \| Latest reading \| Status \| Value \(per year\) \| First-year ROI \|$/m);
    const ko = buildPortfolioReport(portfolio(), { lang: 'ko' });
    assert.ok(ko.includes('| 통화 | 성과 수 | 투자 | 예상 가치(연간) | 고객 검증 완료 가치(연간) | 첫해 순가치 | 첫해 투자수익률(ROI) | 보수적 ROI(검증된 가치만) |'), ko);
    assert.ok(ko.includes('가치 수치는 모두 1년 치이고 투자는 전체 비용이므로, 순가치와 ROI는 첫해 기준입니다.'));
  });

  it('the portfolio splits the claimed value by type, money first, and says which types are cash', () => {
    const md = buildPortfolioReport(portfolio(), { lang: 'en' });
    const at = md.indexOf('### Value claimed by type (per year)');
    assert.ok(at > md.indexOf('## Totals by currency') && at < md.indexOf('## Outcomes by account'), md);
    assert.ok(md.includes('| Currency | Hard savings | Revenue impact | Soft savings |\n| --- | ---: | ---: | ---: |\n| USD | $188,000.00 | $90,000.00 | $18,000.00 |\n'));
    assert.match(md, /Hard savings and revenue impact are money saved or earned; soft savings \(hours × rate\), risk avoidance \(probability × impact\) and opportunity cost are estimates of value, not cash\./);
    const ko = buildPortfolioReport(portfolio(), { lang: 'ko' });
    assert.ok(ko.includes('### 유형별 예상 가치(연간)\n\n| 통화 | 직접 비용 절감 | 매출 영향 | 간접 비용 절감 |\n| --- | ---: | ---: | ---: |\n| USD | US$188,000.00 | US$90,000.00 | US$18,000.00 |'), ko);
    assert.match(ko, /현금이 아닙니다/);
    // The HTML is the same report: the split is a table there too.
    assert.match(buildPortfolioHtml(portfolio(), { lang: 'en' }), /<h3>Value claimed by type \(per year\)<\/h3>\s*<table>/);
  });

  it('the one-file report says the same in its ROI summary and per outcome', () => {
    const md = buildReport(outcomes(), { today: TODAY, lang: 'en' });
    assert.match(md, /^Value claimed \(per year\) +\$296,000\.00$/m);
    assert.match(md, /^Net value \(first year\) +\$51,000\.00$/m);
    assert.match(md, /^First-year ROI +20\.8%$/m);
    assert.match(md, /^Conservative ROI \(validated value only\) +-23\.3%$/m);
    assert.ok(md.includes('| USD | $188,000.00 | $90,000.00 | $18,000.00 |'));
    assert.ok(md.includes("Every value figure is one year's value and the investment is the whole cost, so net value and ROI are those of the first year.\n\nPayback assumes every value item is a yearly value."));
    // dock: 66,000 on 35,000 = 31,000 net, 88.6 %; payback 35,000 / (66,000 / 12) = 6.4 months.
    assert.ok(md.includes('- **Subtotal (per year)**: $66,000.00 (validated: $48,000.00)'), md);
    assert.ok(md.includes('- **Investment**: $35,000.00; first-year net value $31,000.00, first-year ROI 88.6%, payback 6.4 months'));
    const ko = buildReport(outcomes(), { today: TODAY, lang: 'ko' });
    assert.ok(ko.includes('- **투자**: US$35,000.00; 첫해 순가치 US$31,000.00, 첫해 ROI 88.6%, 투자 회수 기간 6.4개월'), ko);
  });

  it('cbo portfolio prints the labels and the basis line in its text', async () => {
    const dir = workspace({ 'teams.cbo.yaml': YAML }, 'cbo-basis-');
    const r = await cbo(dir, 'portfolio', '.', '--today', TODAY);
    assert.equal(r.code, 0, r.err);
    assert.ok(r.out.includes('  USD: Value claimed (per year) $296,000.00, Value validated (per year) $188,000.00, Investment $245,000.00, Net value (first year) $51,000.00, First-year ROI 20.8%, Conservative ROI (validated value only) -23.3%\n'), r.out);
    assert.ok(r.out.includes("  Every value figure is one year's value and the investment is the whole cost, so net value and ROI are those of the first year.\n"));
  });

  it('the canvas names its figures the same way, in both languages', () => {
    const en = outcomeView(outcomes()[0]!, [], { lang: 'en', today: TODAY });
    assert.equal(en.roi!.formula, "First-year ROI = (one year's value − total cost) ÷ total cost × 100%");
    assert.deepEqual(en.canvas.value[1]!.entries.map((e) => e.text), ['First-year ROI 88.6% (conservative, validated value only: 37.1%)', 'Investment $35,000.00 · claimed $66,000.00 a year · validated $48,000.00 a year', 'Payback 6.4 months']);
    const ko = outcomeView(outcomes()[0]!, [], { lang: 'ko', today: TODAY });
    assert.equal(ko.roi!.formula, '첫해 ROI = (1년 치 가치 − 총비용) ÷ 총비용 × 100%');
    assert.equal(ko.canvas.value[1]!.entries[0]!.text, '첫해 ROI 88.6% (보수적, 검증된 가치만: 37.1%)');
  });
});
