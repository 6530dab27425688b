// A count of people or things with no price is not money: "Investment: 2 developers" was an
// investment of $2 (ROI in the millions of percent) and "Hard Savings: 3 analysts" a saving of $3.
// They are now no figure at all, and the finding says what to add; with a price beside them the
// count multiplies it as before.
import { strict as assert } from 'node:assert';
import { investmentLine, valueLine } from './helpers';

const usdValue = '**Hard Savings**: $100,000: contractor cost no longer paid';
const krwValue = '**Hard Savings**: 1억 원: 외주 비용 절감';

const investment = (text: string, value = usdValue, lang?: 'en' | 'ko') => investmentLine(text, value, lang);
const value = (text: string, lang: 'en' | 'ko' = 'en', inv?: string) => valueLine(text, inv, lang);

describe('A count of people or things with no price', () => {
  it('is no investment, and the finding says to write the count times its cost for the period', () => {
    const r = investment('2 developers');
    assert.equal(r.cost, undefined);
    assert.deepEqual(r.at, ['2 developers']);
    assert.equal(
      r.findings[0]!.message,
      'The investment counts "2 developers" with no price: write 2 developers × their cost for the period (e.g. "2 developers × $12,000/month × 6 months"), so ROI and payback can be computed.',
    );
    for (const text of ['2 senior developers', '2 FTE for 6 months', '3 licences', '4 servers: rack space']) {
      const c = investment(text);
      assert.equal(c.cost, undefined, text);
      assert.match(c.findings[0]!.message, /^The investment counts ".+" with no price/, text);
    }
    const ko = investment('개발자 2명', krwValue, 'ko');
    assert.equal(ko.cost, undefined);
    assert.deepEqual(ko.at, ['개발자 2명']);
    assert.equal(
      ko.findings[0]!.message,
      '투자에 "개발자 2명"만 있고 금액이 없습니다. ROI와 투자 회수 기간을 계산할 수 있도록 개발자 2명 × 기간 동안의 비용을 적으세요(예: "개발자 2명 × 월 1,000만 원 × 6개월").',
    );
    assert.equal(investment('서버 3대', krwValue, 'ko').cost, undefined);
  });

  it('multiplies the price written beside it, as before', () => {
    // 2 × $12,000 × 6 = $144,000.
    assert.equal(investment('2 developers × $12,000/month × 6 months').cost, 144_000);
    // 2 × 10,000,000 × 6 = 120,000,000 won.
    assert.equal(investment('개발자 2명 × 월 1,000만 원 × 6개월', krwValue).cost, 120_000_000);
    // 3 × $20,000 = $60,000; a bare price times a count: 2 × 12,000 × 6 = 144,000.
    assert.equal(investment('3 licences × $20,000').cost, 60_000);
    assert.equal(investment('2 developers × 12,000 × 6 months').cost, 144_000);
    // A figure of money before its reason is no count: 60,000 (a plan in dollars).
    assert.equal(investment('60,000 in licences and 2 developers').cost, 60_000);
  });

  it('is no value on a value line, and the finding names the count and what to write with it', () => {
    const hard = value('**Hard Savings**: 3 analysts');
    assert.equal(hard.roi.problem, 'missing-numbers');
    assert.equal(hard.roi.minor, 0);
    assert.deepEqual(hard.at, ['- **Hard Savings**: 3 analysts']);
    assert.equal(
      hard.findings[0]!.message,
      'This Hard Savings line counts "3 analysts" with no price: it counts as 0 in the ROI until it writes what they are worth, e.g. "3 analysts × 80,000 USD".',
    );
    const soft = value('**Soft Savings**: 3 analysts');
    assert.equal(soft.roi.problem, 'missing-numbers');
    // "Its amount is not read" said the 3 was an amount.
    assert.equal(
      soft.findings[0]!.message,
      'This Soft Savings line counts "3 analysts" with no price: it counts as 0 in the ROI until it writes their hours and the value of an hour, e.g. "3 analysts × 200 hours × 38 USD".',
    );
    const ko = value('**간접 비용 절감**: 분석가 3명', 'ko', '**투자**: 5,000만 원');
    assert.equal(
      ko.findings[0]!.message,
      '이 간접 비용 절감 줄의 "분석가 3명"에는 금액이 없어, 시간과 시간당 단가를 적기 전까지는 ROI에서 0으로 계산됩니다(예: "분석가 3명 × 200시간 × 5만 원").',
    );
    const koHard = value('**직접 비용 절감**: 서버 3대', 'ko', '**투자**: 5,000만 원');
    assert.equal(koHard.roi.minor, 0);
    assert.equal(koHard.findings[0]!.message, '이 직접 비용 절감 줄의 "서버 3대"에는 금액이 없어, 금액을 적기 전까지는 ROI에서 0으로 계산됩니다(예: "서버 3대 × 8,000만 원").');
  });

  it('still reads a count times a price on a value line', () => {
    // 3 × $80,000 = $240,000; 3 × 200 × $38 = $22,800.
    assert.equal(value('**Hard Savings**: 3 analysts × $80,000: contractors replaced').roi.minor, 240_000 * 100);
    assert.equal(value('**Soft Savings**: 3 analysts × 200 hours × $38: fewer reports').roi.minor, 22_800 * 100);
  });
});
