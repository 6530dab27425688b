// The figure after "=" on a plan's value line is its written total only when it is money, after
// exactly two factors, and no range: "(1 FTE = 1,800 h)", "= 0.3 FTE freed", "= 1 outage avoided"
// and three-factor lines were read as totals that did not match, and counted as 0.
import { strict as assert } from 'node:assert';
import { computeRoi } from '../../src/core/roi';
import { only, run, valuePlan as md } from './helpers';

/** The plan's one value line (and a USD investment) read and valued. */
function line(text: string) {
  const r = run(md([text, '**Investment**: $60,000']), 'markdown');
  const roi = computeRoi(r.outcomes[0]!.value);
  return { item: r.outcomes[0]!.value!.items[0]!, roi: roi.items[0]!, incomplete: only(r.findings, 'value-item-incomplete') };
}

describe('Value lines: what is read as a written total', () => {
  it('reads no total from a figure that is hours, FTEs or a count of outages', () => {
    const cases: [string, number][] = [
      ['**Soft Savings**: 1,800 hours × $40 (1 FTE = 1,800 h): agent time', 1_800 * 40],
      ['**Soft Savings**: 500 hours × $40 = 0.3 FTE freed', 500 * 40],
      ['**Risk Avoidance**: 10% × $1,000,000 = 1 outage avoided per 10 years', 100_000],
      ['**Soft Savings**: 500 시간 × $40 = 3 명 분량', 500 * 40],
    ];
    for (const [text, value] of cases) {
      const r = line(text);
      assert.equal(r.item.writtenTotal, undefined, text);
      assert.equal(r.roi.problem, undefined, text);
      assert.equal(r.roi.minor, value * 100, text);
      assert.deepEqual(r.incomplete, [], text);
    }
    assert.equal(line(cases[0]![0]).item.assumption?.value, '(1 FTE = 1,800 h): agent time');
  });

  it('reads no total for a range, and counts the line at the range\'s low end', () => {
    const r = line('**Soft Savings**: 1,200–1,500 hours × $45 = $54,000–$67,500: agent time');
    assert.equal(r.item.writtenTotal, undefined);
    assert.equal(r.roi.problem, undefined);
    // The conservative end, 1,200 hours (the high end, 1,500, was read).
    assert.deepEqual(r.roi.factors, [1_200, 45]);
    assert.deepEqual(r.incomplete, []);
  });

  it('multiplies the hours by a count of people or things, before or after them, and the rate is the money', () => {
    const cases: [string, number, number[]][] = [
      ['**Soft Savings**: 10 agents × 200 hours × $40 = $80,000: agent time', 80_000, [200, 40, 10]],
      ['**Soft Savings**: 200 hours × 10 agents × $40 = $80,000: agent time', 80_000, [200, 40, 10]],
      ['**Soft Savings**: 10 people x 200 hours x 40 USD: agent time', 80_000, [200, 40, 10]],
      ['**Opportunity Cost**: 2 FTE × 1,800 h × $50: moved to projects', 180_000, [1_800, 50, 2]],
      ['**Soft Savings**: 3 teams × 5 staff × 100 hours × $40: agent time', 60_000, [100, 40, 15]],
      ['**Soft Savings**: 200 hours × 10 × 40: agent time', 80_000, [200, 40, 10]],
      ['**Soft Savings**: 500 hours × 50% × $40: half of them', 10_000, [500, 40, 0.5]],
    ];
    for (const [text, value, factors] of cases) {
      const r = line(text);
      assert.equal(r.roi.problem, undefined, text);
      assert.deepEqual(r.roi.factors, factors, text);
      assert.equal(r.roi.minor, value * 100, text);
      assert.deepEqual(r.incomplete, [], text);
    }
    assert.equal(line(cases[0]![0]).item.assumption?.value, 'agent time');
    // The written total is checked against the whole product.
    const wrong = line('**Soft Savings**: 10 agents × 200 hours × $40 = $8,000: agent time');
    assert.equal(wrong.roi.problem, 'total-mismatch');
    assert.match(wrong.incomplete[0]!.message, /writes \$8,000\.00 as its total, but 10 × 200 × \$40\.00 is \$80,000\.00/);
  });

  it('multiplies the hours by a count in Korean (명, 인, 대)', () => {
    for (const text of ['**Soft Savings**: 10명 × 200시간 × 4만 원: 상담 시간', '**Soft Savings**: 200시간 × 10인 × 4만 원: 상담 시간']) {
      const r = run(md([text, '**Investment**: 5,000만 원']), 'markdown');
      const roi = computeRoi(r.outcomes[0]!.value);
      assert.equal(roi.items[0]!.problem, undefined, text);
      assert.equal(roi.items[0]!.minor, 80_000_000, text);
    }
  });

  it('counts a count times a unit price on an amount line, and checks its total against the product', () => {
    const cases: [string, number][] = [
      ['**Hard Savings**: 9,000 calls × $6 = $54,000: fewer calls', 54_000],
      ['**Revenue Impact**: 12 won deals × $10,000 = $120,000: faster quotes', 120_000],
      ['**Hard Savings**: 5 seats × $1,200: licences', 6_000],
      ['**Hard Savings**: 1,000 x $5: fees', 5_000],
      // A share of a sum is that share of it.
      ['**Hard Savings**: 20% × $500,000: of the spend', 100_000],
    ];
    for (const [text, value] of cases) {
      const r = line(text);
      assert.equal(r.roi.problem, undefined, text);
      assert.equal(r.roi.minor, value * 100, text);
      assert.deepEqual(r.incomplete, [], text);
    }
    assert.equal(line(cases[0]![0]).item.assumption?.value, 'fewer calls');
    const wrong = line('**Hard Savings**: 9,000 calls × $6 = $50,000: fewer calls');
    assert.equal(wrong.roi.problem, 'total-mismatch');
    assert.match(wrong.incomplete[0]!.message, /but 9,000 × \$6\.00 is \$54,000\.00/);
    const won = run(md(['**Hard Savings**: 100 대 × 30만 원: 장비', '**Investment**: 5,000만 원']), 'markdown');
    assert.equal(computeRoi(won.outcomes[0]!.value).items[0]!.minor, 30_000_000, '100 × 300,000 won');
    // A span of time is no count: a month's figure is made a year's by its period alone.
    for (const text of ['**Hard Savings**: $4,000/month × 12 months = $48,000: rent', '**Soft Savings**: 100 hours/month × $40 × 12 months = $48,000: agent time']) {
      const r = line(text);
      assert.equal(r.roi.problem, undefined, text);
      assert.equal(r.roi.minor, 4_800_000, text);
      assert.deepEqual(r.incomplete, [], text);
    }
    // One figure, no count: still the amount.
    assert.equal(line('**Hard Savings**: $54,000: 9,000 calls fewer').roi.minor, 5_400_000);
  });

  it('multiplies the investment by a count joined to it', () => {
    const cost = (text: string) => run(md(['**Hard Savings**: $100,000: seats', `**Investment**: ${text}`]), 'markdown').outcomes[0]!.value!.investment?.value;
    assert.equal(cost('3 licences × $20,000'), 60_000);
    assert.equal(cost('$19.99 × 3 seats'), 59.97);
    // A written total is the figure meant.
    assert.equal(cost('total $60,000 for 3 licences × $20,000'), 60_000);
  });

  it('does not count a line multiplied by a number of years, and says so where the years are', () => {
    for (const text of [
      '**Soft Savings**: 500 hours/year × $40 × 3 years = $60,000: agent time',
      '**Hard Savings**: $20,000 × 3 years: licences',
      '**Soft Savings**: 3 years × 500 hours × $40: agent time',
      '**Risk Avoidance**: 10% × $100,000 × 3 years: outages',
    ]) {
      const r = line(text);
      assert.equal(r.roi.problem, 'years-factor', text);
      assert.equal(r.roi.minor, 0, text);
      assert.equal(r.incomplete.length, 1, text);
      assert.match(r.incomplete[0]!.message, /multiplied by 3 years: it counts as 0 in the ROI until it writes one year's value/, text);
    }
    const ko = run(md(['**Soft Savings**: 500시간 × 4만 원 × 3년: 상담 시간', '**Investment**: 5,000만 원']), 'markdown', {}, 'ko');
    const f = only(ko.findings, 'value-item-incomplete');
    assert.equal(f.length, 1);
    assert.match(f[0]!.message, /3년을 곱합니다/);
    // Years said in the reason are no factor.
    assert.equal(line('**Risk Avoidance**: 10% × $1,000,000: one outage in 10 years').roi.problem, undefined);
  });

  it('reads a total with a multiplier as a decimal ($1.350M), and still finds one that is not the product', () => {
    for (const [text, total] of [['**Soft Savings**: 3,000 hours × $450 = $1.350M: agent time', 1_350_000], ['**Soft Savings**: 1,200 hours × $45 = $0.054M: agent time', 54_000]] as const) {
      const r = line(text);
      assert.equal(r.item.writtenTotal?.value, total, text);
      assert.equal(r.roi.problem, undefined, text);
      assert.deepEqual(r.incomplete, [], text);
    }
    assert.equal(line('**Soft Savings**: 3,000 hours × $450 = $1.5M: agent time').roi.problem, 'total-mismatch');
    // A bare figure is money unless a unit or count follows it.
    assert.equal(line('**Soft Savings**: 500 hours × $40 = 30,000: agent time').roi.problem, 'total-mismatch');
  });

  it('reads one dot group before a currency sign or code as thousands (100.000 €), and keeps decimals and multipliers', () => {
    const r = run(md(['**Hard Savings**: 100.000 €: licences', '**Hard Savings**: 60.000 EUR: seats', '**Hard Savings**: 1.5M EUR: stores', '**Hard Savings**: €1.50: per call', '**Hard Savings**: 1.350.000 €: rent', '**Hard Savings**: $1.350M: fleet', '**Investment**: 50.000 €']), 'markdown');
    const v = r.outcomes[0]!.value!;
    assert.deepEqual(v.items.map((i) => i.amount?.value), [100_000, 60_000, 1_500_000, 1.5, 1_350_000, 1_350_000]);
    assert.equal(v.investment?.value, 50_000);
    // The sign after the figure is its currency, and the reason starts after it.
    const eur = run(md(['**Hard Savings**: 100.000 €: licences', '**Soft Savings**: 500 hours × 40 €/hour: agent time', '**Investment**: 50.000 €']), 'markdown');
    const ev = eur.outcomes[0]!.value!;
    assert.equal(ev.currency?.value, 'EUR');
    assert.equal(ev.items[0]!.assumption?.value, 'licences');
    assert.equal(computeRoi(ev).claimedMinor, (100_000 + 20_000) * 100);
    // A figure with no currency after it keeps its decimal point.
    assert.equal(run(md(['**Soft Savings**: 1.500 hours × €40: agent time']), 'markdown').outcomes[0]!.value!.items[0]!.hours?.value, 1.5);
  });

  it('reads millions written apart from the figure, or with a decimal comma, in value lines and the investment', () => {
    // 1.5 M EUR + 1,5 Mio. € = 3,000,000 EUR against 1,5 M € invested: ROI (3,000,000 - 1,500,000) / 1,500,000 = 100%.
    const r = run(md(['**Hard Savings**: 1.5 M EUR: licences', '**Hard Savings**: 1,5 Mio. €: rent', '**Investment**: 1,5 M €']), 'markdown');
    const v = r.outcomes[0]!.value!;
    assert.deepEqual(v.items.map((i) => i.amount?.value), [1_500_000, 1_500_000]);
    assert.deepEqual(v.items.map((i) => i.assumption?.value), ['licences', 'rent']);
    assert.equal(v.investment?.value, 1_500_000);
    assert.equal(computeRoi(v).claimedMinor, 3_000_000 * 100);
  });

  it('still reads 1.350.000 € as European thousands', () => {
    const r = run(md(['**Hard Savings**: 1.350.000 €: licences', '**Hard Savings**: €1.350.000: seats', '**Investment**: €100.000']), 'markdown');
    const v = r.outcomes[0]!.value!;
    assert.deepEqual(v.items.map((i) => i.amount?.value), [1_350_000, 1_350_000]);
    assert.equal(v.investment?.value, 100_000);
  });
});
