// Lines a finance reader writes in a plan that the value and investment readers read silently
// wrong: ranges ("$50k–$80k", "$30-50k", "3억~5억 원"), bounds ("up to $100,000", "at least
// $60,000", "최대 1억 원"), a change ("from $60,000 to $40,000"), a figure over years ("$1.2M over
// 3 years", "3년간 3억 원"), a count at a price ("40 seats at $2,500 each"), sums ("$80,000 +
// $20,000"), and multipliers ("$54 thousand", "$2.5MM"). Each is read as written, at the
// conservative end of a range, or named by a finding; expected figures are worked out by hand.
import { strict as assert } from 'node:assert';
import { investmentLine, valueLine } from './helpers';

const usdValue = '**Hard Savings**: $100,000: contractor cost no longer paid';
const krwValue = '**Hard Savings**: 1억 원: 외주 비용 절감';
const won = '**Investment**: 5,000만 원';

const value = (text: string, inv?: string, lang?: 'en' | 'ko') => valueLine(text, inv, lang);
const investment = (text: string, val = usdValue, lang?: 'en' | 'ko') => investmentLine(text, val, lang);

/** Value lines read as `minor` units with no finding. */
function reads(cases: [string, number, string?][]): void {
  for (const [text, minor, inv] of cases) {
    const r = value(text, inv);
    assert.equal(r.roi.problem, undefined, text);
    assert.equal(r.roi.minor, minor, `${text}: ${JSON.stringify(r.roi.factors)}`);
    assert.deepEqual(r.findings, [], text);
  }
}

describe('Value and investment lines: a range is read at its conservative end', () => {
  it('reads a value range at its low end', () => {
    reads([
      ['**Hard Savings**: $50k–$80k: contractors', 50_000_00],
      ['**Hard Savings**: $50,000 - $80,000: fewer contractor hours', 50_000_00],
      // "$30-50k" is $30,000 to $50,000 (it was $30).
      ['**Hard Savings**: $30-50k: contractors', 30_000_00],
      ['**Revenue Impact**: between $200,000 and $300,000: renewals', 200_000_00],
      ['**Hard Savings**: $40,000 to $60,000: licences', 40_000_00],
      // 300,000,000 won (it was 500,000,000), 30,000,000 won (it was 50,000,000).
      ['**Hard Savings**: 3억~5억 원: 외주', 300_000_000, won],
      ['**Hard Savings**: 약 3천만~5천만 원: 외주', 30_000_000, won],
      ['**Hard Savings**: 3~5억 원: 외주', 300_000_000, won],
      // 200 × $45 = $9,000 (it was 300 × $45); 5% × $2,000,000 = $100,000 (it was 10%).
      ['**Soft Savings**: 200–300 hours × $45: agents', 9_000_00],
      ['**Risk Avoidance**: 5–10% × $2M: breach cost', 100_000_00],
    ]);
  });

  it('reads an investment range at its high end', () => {
    assert.equal(investment('$50k–$80k').cost, 80_000);
    // "$40–60k" is $40,000 to $60,000 (it was $40).
    assert.equal(investment('$40–60k').cost, 60_000);
    assert.equal(investment('3억~5억 원', krwValue).cost, 500_000_000);
    assert.equal(investment('1억~1억 5천만 원', krwValue).cost, 150_000_000);
    // 3 × $12,000 × 6 = $216,000.
    assert.equal(investment('2–3 developers × $12,000/month × 6 months').cost, 216_000);
  });

  it('takes no dash before a reason or another kind of figure for a range', () => {
    reads([['**Hard Savings**: $54,000 - 9,000 calls a year at the contract rate', 54_000_00]]);
  });
});

describe('Value and investment lines: bounds, changes and years', () => {
  it('names a value written as a ceiling, and reads a floor as written', () => {
    const r = value('**Revenue Impact**: up to $100,000: upsell');
    assert.equal(r.roi.problem, 'bound');
    assert.deepEqual(r.at, ['up to $100,000']);
    assert.equal(
      r.findings[0]!.message,
      'This Revenue Impact line gives a ceiling, "up to $100,000", not the value it expects: it counts as 0 in the ROI until it writes that value (a range is read at its low end, e.g. "$60,000–$100,000").',
    );
    const ko = value('**Revenue Impact**: 최대 1억 원: 업셀', won, 'ko');
    assert.equal(ko.roi.problem, 'bound');
    assert.equal(ko.findings[0]!.message, '이 매출 영향 줄의 "최대 1억 원" 금액은 기대하는 가치가 아니라 상한이라서 ROI에서 0으로 계산됩니다. 기대하는 가치를 적으세요(범위는 낮은 쪽을 읽습니다. 예: "6,000만~1억 원").');
    assert.equal(value('**Revenue Impact**: 1억 원 이하: 업셀', won).roi.problem, 'bound');
    reads([
      ['**Hard Savings**: at least $60,000: licences', 60_000_00],
      ['**Hard Savings**: 5천만 원 이상: 외주', 50_000_000, won],
    ]);
  });

  it('names an investment written as a floor, and reads a ceiling as written', () => {
    const r = investment('at least $60,000');
    assert.equal(r.cost, undefined);
    assert.deepEqual(r.at, ['at least $60,000']);
    assert.equal(r.findings[0]!.message, 'The investment is written as a floor, "at least $60,000", not the whole cost: write the cost itself (a range is read at its high end, e.g. "$60,000–$80,000"), so ROI and payback can be computed.');
    const ko = investment('최소 5,000만 원', krwValue, 'ko');
    assert.equal(ko.cost, undefined);
    assert.equal(ko.findings[0]!.message, '투자가 "최소 5,000만 원"처럼 하한으로 적혀 있어 총비용이 아닙니다. ROI와 투자 회수 기간을 계산할 수 있도록 비용 자체를 적으세요(범위는 높은 쪽을 읽습니다. 예: "5,000만~8,000만 원").');
    assert.equal(investment('up to $100,000').cost, 100_000);
    assert.equal(investment('최대 1억 원', krwValue).cost, 100_000_000);
  });

  it('names a change from one figure to another, which is no value', () => {
    const r = value('**Hard Savings**: licence cost cut from $60,000 to $40,000');
    assert.equal(r.roi.problem, 'bound');
    assert.deepEqual(r.at, ['from $60,000 to $40,000']);
    assert.equal(
      r.findings[0]!.message,
      'This Hard Savings line gives a change, "from $60,000 to $40,000", not its value: it counts as 0 in the ROI until it writes the value itself (the difference, if that is the value, or a range as "$40,000–$60,000", read at its low end).',
    );
    const ko = value('**Hard Savings**: 6천만 원에서 4천만 원으로 절감', won, 'ko');
    assert.equal(ko.roi.problem, 'bound');
    assert.equal(ko.findings[0]!.message, '이 직접 비용 절감 줄의 "6천만 원에서 4천만 원으로" 표현은 가치가 아니라 변화라서 ROI에서 0으로 계산됩니다. 차이가 가치라면 그 차이를, 범위라면 "4천만 원~6천만 원"처럼 적으세요(범위는 낮은 쪽을 읽습니다).');
    const inv = investment('from $60,000 to $80,000');
    assert.equal(inv.cost, undefined);
    assert.equal(inv.findings[0]!.message, 'The investment is written as a change, "from $60,000 to $80,000", not the whole cost: write the cost itself (a range as "$60,000–$80,000", read at its high end), so ROI and payback can be computed.');
  });

  it('names a value written over several years, as a number of years multiplied', () => {
    const r = value('**Hard Savings**: $1.2M over 3 years: licences');
    assert.equal(r.roi.problem, 'years-factor');
    assert.match(r.findings[0]!.message, /^This Hard Savings line is written over 3 years: it counts as 0 in the ROI until it writes one year's value/);
    const ko = value('**Revenue Impact**: 3년간 3억 원: 재구매', won, 'ko');
    assert.equal(ko.roi.problem, 'years-factor');
    assert.match(ko.findings[0]!.message, /^이 매출 영향 줄은 3년 동안의 숫자입니다\./);
    // A year's figure written with how long it lasts is a year's: $400,000.
    reads([['**Hard Savings**: $400,000 a year for 3 years: licences', 400_000_00]]);
    // The investment is the whole period's cost: $1,200,000.
    assert.equal(investment('$1.2M over 3 years').cost, 1_200_000);
  });
});

describe('Value and investment lines: a count at a price, sums and multipliers', () => {
  it('multiplies a count by the price it is "at", and a price per unit "for" a count', () => {
    reads([
      // 40 × $2,500 = $100,000 (it was $2,500).
      ['**Hard Savings**: 40 seats at $2,500 each: licences dropped', 100_000_00],
      ['**Hard Savings**: $2,500 per seat for 40 seats: licences dropped', 100_000_00],
      // 10,000 × $5 × 12 = $600,000 (it was $60).
      ['**Revenue Impact**: 10,000 users at $5/month: new plan', 600_000_00],
      // 400 × $50 = $20,000.
      ['**Hard Savings**: 400 hours at $50/hour: contractor time', 20_000_00],
    ]);
    // 400 × $150 = $60,000 (it was $150); 2 × $12,000 × 6 = $144,000.
    assert.equal(investment('$150/hour for 400 hours').cost, 60_000);
    assert.equal(investment('2 developers at $12,000/month for 6 months').cost, 144_000);
    // A total "for" a count is no price per unit: $60,000.
    assert.equal(investment('$60,000 for 2 developers').cost, 60_000);
  });

  it('adds figures of money joined by "+" or "plus"', () => {
    // $80,000 + $20,000 = $100,000 (it was $80,000); $30,000 + $24,000 = $54,000.
    assert.equal(investment('$80,000 + $20,000 for training').cost, 100_000);
    assert.equal(investment('$80,000 plus $20,000 training').cost, 100_000);
    reads([['**Hard Savings**: $30,000 + $24,000: licences and hosting', 54_000_00]]);
  });

  it('reads a count for a span, a share of contingency, a difference and a label\'s numbers as written', () => {
    // 2 × 6 × $12,000 = $144,000 (the 2 FTE were dropped: $72,000).
    assert.equal(investment('2 FTE for 6 months at $12,000/month').cost, 144_000);
    assert.equal(investment('2 FTE over 6 months at $12,000/month').cost, 144_000);
    // $60,000 × 1.2 = $72,000 (it was $60,000).
    assert.equal(investment('$60,000 + 20% contingency').cost, 72_000);
    // "1-2" is the phases' numbers, not a range of money: $80,000.
    assert.equal(investment('Phase 1-2: $80,000').cost, 80_000);
    // $5,000 − $1,000 = $4,000, and the written total agrees (it was $5,000).
    reads([['**Hard Savings**: $5,000 - $1,000 = $4,000: licence net of its discount', 4_000_00]]);
  });

  it('adds amounts each written with its year after it', () => {
    // $50,000 + $30,000 = $80,000 (it was $50,000).
    assert.equal(investment('$50,000 in year 1 and $30,000 in year 2').cost, 80_000);
  });

  it('reads "thousand" and "MM" as multipliers of money', () => {
    reads([
      // $54,000 (it was $54), $2,500,000 (it was $2.50).
      ['**Hard Savings**: $54 thousand: licences', 54_000_00],
      ['**Hard Savings**: 54 thousand dollars a year: licences', 54_000_00],
      ['**Revenue Impact**: $2.5MM: renewals', 2_500_000_00],
    ]);
  });
});
