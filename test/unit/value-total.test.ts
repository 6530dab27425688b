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

  it('reads no total after three factors or for a range, and counts the line as it read its factors', () => {
    const cases: [string, number[]][] = [
      ['**Soft Savings**: 10 agents × 200 hours × $40 = $80,000: agent time', [200, 40]],
      ['**Soft Savings**: 500 hours/year × $40 × 3 years = $60,000: agent time', [500, 40]],
      ['**Soft Savings**: 1,200–1,500 hours × $45 = $54,000–$67,500: agent time', [1_500, 45]],
    ];
    for (const [text, factors] of cases) {
      const r = line(text);
      assert.equal(r.item.writtenTotal, undefined, text);
      assert.equal(r.roi.problem, undefined, text);
      assert.deepEqual(r.roi.factors.slice(0, 2), factors, text);
      assert.deepEqual(r.incomplete, [], text);
    }
    assert.equal(line('**Soft Savings**: 200 hours × 10 agents × $40 = $80,000: agent time').roi.problem, undefined);
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

  it('still reads 1.350.000 € as European thousands', () => {
    const r = run(md(['**Hard Savings**: 1.350.000 €: licences', '**Hard Savings**: €1.350.000: seats', '**Investment**: €100.000']), 'markdown');
    const v = r.outcomes[0]!.value!;
    assert.deepEqual(v.items.map((i) => i.amount?.value), [1_350_000, 1_350_000]);
    assert.equal(v.investment?.value, 100_000);
  });
});
