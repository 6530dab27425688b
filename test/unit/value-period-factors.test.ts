// A value line's period and the factors beside it: "$4,000/month × 12 = $48,000" was counted
// × 144, "12 months × $4,000" as $4,000, days written as a factor were dropped, a period after a
// count or on a unit price was lost, a second share was read as the money, and an investment of
// "$20,000/month × 6 months" was $20,000.
import { strict as assert } from 'node:assert';
import { computeRoi } from '../../src/core/roi';
import { only, run, valuePlan as md } from './helpers';

/** The plan's one value line, with an investment in the same currency, read and valued. */
function line(text: string, investment = '**Investment**: $60,000') {
  const r = run(md([text, investment]), 'markdown');
  const roi = computeRoi(r.outcomes[0]!.value);
  return { roi: roi.items[0]!, incomplete: only(r.findings, 'value-item-incomplete') };
}
const won = '**Investment**: 5,000만 원';

function counts(cases: [string, number, string?][]): void {
  for (const [text, value, inv] of cases) {
    const r = line(text, inv);
    assert.equal(r.roi.problem, undefined, text);
    assert.equal(r.roi.minor, inv === won ? value : value * 100, `${text}: ${JSON.stringify(r.roi.factors)}`);
    assert.deepEqual(r.incomplete, [], text);
  }
}

describe('Value lines: a period and the factors beside it', () => {
  it('counts the period once when a line writes it out (a bare × 12 with a month, or the span with its unit)', () => {
    counts([
      ['**Hard Savings**: $4,000/month × 12 = $48,000: licence', 48_000],
      ['**Hard Savings**: $4,000/month × 12: licence', 48_000],
      ['**Hard Savings**: $1,000/week × 52: licence', 52_000],
      ['**Hard Savings**: $3,000/quarter × 4: licence', 12_000],
      ['**Hard Savings**: $4,000/month × 12 months: licence', 48_000],
      ['**Soft Savings**: 100 hours/month × $40 × 12 months = $48,000: agent time', 48_000],
      ['**Hard Savings**: 월 500만 원 × 12 = 6,000만 원: 서버 임대료', 60_000_000, won],
      ['**Hard Savings**: 월 500만 원 × 12: 서버 임대료', 60_000_000, won],
      ['**Hard Savings**: 월 500만 원 × 12개월: 서버 임대료', 60_000_000, won],
    ]);
    // A count that is not the period's multiplier still multiplies the period.
    counts([['**Hard Savings**: $4,000/month × 3 sites: licence', 144_000]]);
  });

  it('reads a span of months or weeks beside an amount as the periods it counts', () => {
    counts([
      ['**Hard Savings**: 12 months × $4,000: licence', 48_000],
      ['**Hard Savings**: $4,000 × 12 months: licence', 48_000],
      ['**Hard Savings**: 12개월 × 500만 원: 임대료', 60_000_000, won],
      // Part of a year is that many months' value.
      ['**Hard Savings**: $4,000/month × 6 months: licence', 24_000],
      ['**Hard Savings**: 26 weeks × $1,000: licence', 26_000],
    ]);
    // Longer than a year is years: not counted, and said so.
    const long = line('**Hard Savings**: $4,000/month × 24 months: licence');
    assert.equal(long.roi.problem, 'years-factor');
    assert.equal(long.incomplete.length, 1);
    assert.match(long.incomplete[0]!.message, /multiplied by 2 years/);
    counts([['**Hard Savings**: $1,000/week × 12 months: licence', 52_000]]);
  });

  it('converts part of a year in other units than the figure\'s period into its periods', () => {
    counts([
      // 6 months of a weekly cost: 6 × 52 / 12 = 26 weeks, 26 × $1,000 = $26,000.
      ['**Hard Savings**: $1,000/week × 6 months: licence', 26_000],
      ['**Hard Savings**: 6 months × $1,000/week: licence', 26_000],
      // 2 quarters of a monthly figure: 6 months, 6 × $4,000 = $24,000.
      ['**Hard Savings**: $4,000/month × 2 quarters: licence', 24_000],
      // 26 weeks of a quarterly figure: 26 × 4 / 52 = 2 quarters, 2 × $3,000 = $6,000.
      ['**Hard Savings**: $3,000/quarter × 26 weeks: licence', 6_000],
      // 주 100만 원 × 6개월: 26 weeks, 26 × 1,000,000 = 26,000,000 won.
      ['**Hard Savings**: 주 100만 원 × 6개월: 외주 검수', 26_000_000, won],
    ]);
    assert.equal(line('**Hard Savings**: $1,000/week × 6 months: licence').roi.count, 26);
    // Longer than a year is still years, and the finding says the years the span makes: 18 months is 1.5.
    const long = line('**Hard Savings**: $1,000/week × 18 months: licence');
    assert.equal(long.roi.problem, 'years-factor');
    assert.match(long.incomplete[0]!.message, /multiplied by 1\.5 years/);
    const ko = run(md(['**Hard Savings**: $1,000/week × 18 months: licence', '**Investment**: $60,000']), 'markdown', {}, 'ko');
    assert.match(only(ko.findings, 'value-item-incomplete')[0]!.message, /1\.5년을 곱합니다/);
  });

  it('reads a bare count before a price for a period as a count of things, and a count that names the period as the periods', () => {
    counts([
      // Four machines at $3,000 a quarter: 4 × 3,000 × 4 quarters = $48,000 (it was $12,000).
      ['**Hard Savings**: 4 × $3,000/quarter: machine leases', 48_000],
      ['**Hard Savings**: 4 × $3,000 per quarter: machine leases', 48_000],
      // Twelve sites at $4,000 a month: 12 × 4,000 × 12 = $576,000.
      ['**Hard Savings**: 12 × $4,000/month: site licences', 576_000],
      // 4대 × 분기당 300만 원: 4 × 3,000,000 × 4 = 48,000,000 won.
      ['**Hard Savings**: 4 × 분기당 300만 원: 장비 임대', 48_000_000, won],
      // A total for the year agrees: 4 × 3,000 × 4 = 48,000; one for the quarter too, 4 × 3,000 = 12,000.
      ['**Hard Savings**: 4 × $3,000/quarter = $48,000: machine leases', 48_000],
      ['**Hard Savings**: 4 × $3,000/quarter = $12,000: machine leases', 48_000],
      // The count names the quarters: the year's four written out, 4 × $3,000 = $12,000.
      ['**Hard Savings**: 4 quarters × $3,000: machine lease', 12_000],
      ['**Hard Savings**: 4 quarters × $3,000/quarter: machine lease', 12_000],
      // A bare 4 after the figure is the period written out, as "× 12 = $48,000" is.
      ['**Hard Savings**: $3,000/quarter × 4: machine lease', 12_000],
    ]);
    // A total that is neither the quarter's nor the year's is still two values: 4 × 3,000 is 12,000, × 4 is 48,000.
    assert.equal(line('**Hard Savings**: 4 × $3,000/quarter = $30,000: machine leases').roi.problem, 'total-mismatch');
  });

  it('multiplies every share on a risk line, and the impact is the money', () => {
    counts([
      ['**Risk Avoidance**: 5% × 20% × $1,000,000: breach', 10_000],
      ['**Risk Avoidance**: 5% × 20% × 10억 원: 유출', 10_000_000, won],
      ['**Risk Avoidance**: 10% × $1,000,000 = $100,000: outage', 100_000],
    ]);
  });

  it('multiplies days written as a factor', () => {
    counts([
      ['**Soft Savings**: 3 analysts × 2 hours/day × 220 days × $50: report prep', 66_000],
      ['**Soft Savings**: 20 days × 8 hours × $50: onboarding', 8_000],
      ['**Soft Savings**: 3명 × 하루 2시간 × 220일 × 5만 원: 보고서 준비', 66_000_000, won],
      ['**Hard Savings**: $200/day × 220 days: contractor', 44_000],
    ]);
  });

  it('keeps a period written after a count or on a unit price', () => {
    counts([
      ['**Hard Savings**: $5,000 monthly × 2 sites: rent', 120_000],
      ['**Hard Savings**: 50 stores × $2,000 per store per month: rent', 1_200_000],
      ['**Hard Savings**: 월 2회 × 500만 원: 점검 외주', 120_000_000, won],
    ]);
  });
});

describe('The investment: a monthly cost', () => {
  const cost = (text: string, value = '**Hard Savings**: $100,000: seats') => {
    const r = run(md([value, `**Investment**: ${text}`]), 'markdown');
    return { value: r.outcomes[0]!.value!.investment?.value, findings: only(r.findings, 'value-no-investment') };
  };

  it('is the monthly cost times its months', () => {
    assert.equal(cost('$20,000/month × 6 months').value, 120_000);
    assert.equal(cost('6 months × $20,000').value, 120_000);
    assert.equal(cost('월 2,000만 원 × 6개월', '**Hard Savings**: 1억 원: 계약').value, 120_000_000);
  });

  it('is not counted with no span written, and value-no-investment says so', () => {
    const r = cost('$20,000/month');
    assert.equal(r.value, undefined);
    assert.equal(r.findings.length, 1);
    assert.match(r.findings[0]!.message, /written for a month or a week with no span/);
    const ko = run(md(['**Hard Savings**: 1억 원: 계약', '**Investment**: 월 2,000만 원']), 'markdown', {}, 'ko');
    assert.match(only(ko.findings, 'value-no-investment')[0]!.message, /기간 없이 월·주 단위로/);
  });

  it('is a weekly cost over months converted to weeks', () => {
    // 6 months are 6 × 52 / 12 = 26 weeks: 26 × $5,000 = $130,000; 12 months 52 weeks, $260,000.
    assert.equal(cost('$5,000/week × 6 months').value, 130_000);
    assert.equal(cost('$5,000/week × 12 months').value, 260_000);
    // Over more than a year the investment is the whole cost: 18 months are 78 weeks, $390,000.
    assert.equal(cost('$5,000/week × 18 months').value, 390_000);
  });
});
