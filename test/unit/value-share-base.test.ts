// A share of change joined to its base by words ("15% uplift on $800,000", "10% reduction in $2M
// annual spend", "80만 달러 매출의 15% 증가", "매출 8억 원에서 15% 향상") is the share times the
// base: the base alone was read as the value, with no finding. A share the reader cannot join to
// the money with certainty is named, and the line counts as 0, rather than the base counted.
import { strict as assert } from 'node:assert';
import { readInvestmentLine } from '../../src/core/parse/markdown-investment';
import { run, valueLine, valuePlan as md } from './helpers';

const line = (text: string, investment?: string, lang?: 'en' | 'ko') => valueLine(text, investment, lang);
const won = '**Investment**: 5,000만 원';
const usdInKo = '**Investment**: 6만 달러';

describe('Value lines: a share of change on its base', () => {
  it('multiplies a share of change by the base it is on, of or in', () => {
    const cases: [string, number, string?][] = [
      // 15% × $800,000 = $120,000 (it was $800,000).
      ['**Revenue Impact**: 15% uplift on $800,000: price rise', 120_000],
      // 10% × $2,000,000 = $200,000.
      ['**Hard Savings**: 10% reduction in $2M annual spend: fewer suppliers', 200_000],
      // 5% × $1,200,000 = $60,000.
      ['**Revenue Impact**: 5% lift on $1.2M revenue: better search', 60_000],
      // 8% × $3,000,000 = $240,000.
      ['**Revenue Impact**: 8% increase in $3,000,000 annual revenue: renewals', 240_000],
      // 12% × $500,000 = $60,000, a word before the change word.
      ['**Revenue Impact**: 12% conversion growth on $500,000 of sales: checkout', 60_000],
      // 10% × $2,000,000 = $200,000: the base first, the share after "by".
      ['**Hard Savings**: cut $2M annual spend by 10%: fewer suppliers', 200_000],
      // 800,000 dollars × 15% = 120,000 dollars.
      ['**Revenue Impact**: 80만 달러 매출의 15% 증가: 단가 인상', 120_000, usdInKo],
      // 800,000,000 won × 15% = 120,000,000 won.
      ['**Revenue Impact**: 매출 8억 원에서 15% 향상: 재구매', 120_000_000, won],
      ['**Revenue Impact**: 8억 원 대비 15% 증가: 재구매', 120_000_000, won],
      // 200,000,000 won × 10% = 20,000,000 won.
      ['**Hard Savings**: 연간 외주비 2억 원 중 10% 절감: 내재화', 20_000_000, won],
    ];
    for (const [text, value, inv] of cases) {
      const r = line(text, inv);
      assert.equal(r.roi.problem, undefined, text);
      assert.equal(r.roi.minor, inv === won ? value : value * 100, `${text}: ${JSON.stringify(r.roi.factors)}`);
      assert.deepEqual(r.findings, [], text);
    }
  });

  it('keeps the change a share names out of the reason', () => {
    const plan = md(['**Revenue Impact**: 매출 8억 원에서 15% 향상: 재구매', won]);
    assert.equal(run(plan, 'markdown').outcomes[0]!.value!.items[0]!.assumption?.value, '재구매');
  });

  it('checks a total written after the share and its base against their product', () => {
    // 15% × $800,000 = $120,000: agrees.
    assert.equal(line('**Revenue Impact**: 15% uplift on $800,000 = $120,000: price rise').roi.minor, 120_000 * 100);
    assert.equal(line('**Revenue Impact**: 15% uplift on $800,000 = $800,000: price rise').roi.problem, 'total-mismatch');
  });

  it('leaves a share in the reason alone, and a result written "to" a figure is no base', () => {
    // The share is the reason's: the line's value is the $120,000 written first.
    assert.equal(line('**Revenue Impact**: $120,000: a 15% uplift on $800,000 of deals').roi.minor, 120_000 * 100);
    assert.equal(line('**Revenue Impact**: $120,000 (15% uplift on $800,000)').roi.minor, 120_000 * 100);
  });

  it('names a share it cannot join to the money, and counts the line as 0 rather than the base', () => {
    const r = line('**Revenue Impact**: 15% uplift from the new pricing model applied to $800,000: renewals');
    assert.equal(r.roi.problem, 'share-not-joined');
    assert.equal(r.roi.minor, 0);
    assert.deepEqual(r.at, ['15% uplift']);
    assert.equal(
      r.findings[0]!.message,
      'This Revenue Impact line has a share, "15% uplift", that is not joined to its money ($800,000): it counts as 0 in the ROI until the line says which is the value: "15% of $800,000" for the share of it, or the value alone with the share after ":" as its reason.',
    );
    const resultTo = line('**Revenue Impact**: 15% increase to $920,000: renewals');
    assert.equal(resultTo.roi.problem, 'share-not-joined');
    const ko = line('**Revenue Impact**: 15% 증가, 신규 요금제 기준 8억 원: 재구매', won, 'ko');
    assert.equal(ko.roi.problem, 'share-not-joined');
    assert.deepEqual(ko.at, ['15% 증가']);
    assert.equal(
      ko.findings[0]!.message,
      '이 매출 영향 줄의 "15% 증가" 비율은 금액(8억 원)과 이어져 있지 않아 어느 쪽이 가치인지 알 수 없으므로 ROI에서 0으로 계산됩니다. 비율만큼이 가치라면 "8억 원의 15%"처럼, 금액이 가치라면 비율을 ":" 뒤에 근거로 적으세요.',
    );
  });

  it('still reads a share that is the reason\'s after a colon, and a share with no money says what it lacks', () => {
    assert.equal(line('**Revenue Impact**: 15% uplift: $120,000 from renewals').roi.minor, 120_000 * 100);
    const bare = line('**Revenue Impact**: 15% uplift: renewals');
    assert.equal(bare.roi.problem, 'missing-numbers');
    assert.match(bare.findings[0]!.message, /^This Revenue Impact line counts as 0 in the ROI until it has an amount/);
  });

  it('reads the same share on a base in the investment line', () => {
    const cost = (text: string) => readInvestmentLine({ value: text, span: { start: 0, end: text.length } }).cost?.value;
    // 10% × $500,000 = $50,000.
    assert.equal(cost('10% uplift on $500,000 of licences'), 50_000);
  });
});
