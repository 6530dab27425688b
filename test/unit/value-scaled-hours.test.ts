// Hours written with a scale ("2 thousand hours", "2k hours", "1.5 thousand hours"): the number
// reader took "thousand" or "k" for the figure's unit, so the line had no hours and a Soft
// Savings line counted as 0, asking for the numbers it had. Expected figures worked out by hand.
import { strict as assert } from 'node:assert';
import { parseValue } from '../../src/core/guided-value';
import { valueLine } from './helpers';

/** A value line read as `minor` units with no finding. */
function reads(text: string, minor: number, inv?: string, lang?: 'en' | 'ko'): void {
  const r = valueLine(text, inv, lang);
  assert.equal(r.roi.problem, undefined, text);
  assert.equal(r.roi.minor, minor, `${text}: ${JSON.stringify(r.roi.factors)}`);
  assert.deepEqual(r.findings, [], text);
}

describe('Value lines: hours written with a scale', () => {
  it('reads "2 thousand hours", "2k hours" and "1.5 thousand hours" as hours', () => {
    // 2,000 × $40 = $80,000; 1,500 × $40 = $60,000.
    reads('**Soft Savings**: 2 thousand hours × $40: agents answer faster', 80_000_00);
    reads('**Soft Savings**: 2k hours × $40: agents answer faster', 80_000_00);
    reads('**Soft Savings**: 2K hrs x 40 USD: agents answer faster', 80_000_00);
    reads('**Soft Savings**: 1.5 thousand hours × $40: agents', 60_000_00);
    reads('**Opportunity Cost**: 2k hours × $40: analysts on forecasting', 80_000_00);
    // 10 × 2,000 × $40 = $800,000: the count still multiplies.
    reads('**Soft Savings**: 10 agents × 2k hours × $40: agents', 800_000_00);
    // 2,000 hours a month × $40 × 12 = $960,000: the period after the hours is still read.
    reads('**Soft Savings**: 2k hours/month × $40: agents', 960_000_00);
  });

  it('reads the Korean form, 2천 시간, as 2,000 hours', () => {
    // 2,000 × 40,000 = 80,000,000 won.
    reads('**Soft Savings**: 2천 시간 × 4만 원: 상담 시간 절감', 80_000_000, '**Investment**: 5,000만 원', 'ko');
    reads('**Soft Savings**: 1.5천 시간 × 4만 원: 상담 시간 절감', 60_000_000, '**Investment**: 5,000만 원', 'ko');
  });

  it('reads the guided flow\'s value answer the same way', () => {
    const a = parseValue('soft-savings 2k hours × $40: agents');
    assert.deepEqual(a?.factors, [2000, 40]);
  });

  it('leaves a scaled count of people or money alone', () => {
    // "2k users" is no hours: the Soft Savings line still asks for them.
    assert.equal(valueLine('**Soft Savings**: 2k users × $40: agents').roi.problem, 'missing-numbers');
    // "$2k" is money: "hours" after it is a word of the reason.
    reads('**Hard Savings**: $2k: fewer overtime hours', 2_000_00);
    // A count of people beside scaled hours stays a count: 3 × 2,000 × $40 = $240,000.
    reads('**Soft Savings**: 3 people × 2 thousand hours × $40: agents', 240_000_00);
  });
});
