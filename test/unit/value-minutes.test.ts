// Minutes written as a factor of a value line: they were dropped as no count, without a word, so
// "20 staff × 30 minutes/day × 220 days × $40/hour" was valued without its time at all.
import { strict as assert } from 'node:assert';
import { computeRoi } from '../../src/core/roi';
import { at, only, run, valuePlan as md } from './helpers';

function line(text: string, investment = '**Investment**: $60,000', lang: 'en' | 'ko' = 'en') {
  const plan = md([text, investment]);
  const r = run(plan, 'markdown', {}, lang);
  return { plan, roi: computeRoi(r.outcomes[0]!.value).items[0]!, incomplete: only(r.findings, 'value-item-incomplete') };
}
const won = '**Investment**: 5,000만 원';

describe('Value lines: minutes as a factor', () => {
  it('are hours against a rate per hour', () => {
    const cases: [string, number, string?][] = [
      // 20 × 0.5 h × 220 × $40 = $88,000.
      ['**Soft Savings**: 20 staff × 30 minutes/day × 220 days × $40/hour: stand-ups shortened', 88_000],
      ['**Hard Savings**: 20 staff × 30 minutes/day × 220 days × $40/hour: stand-ups shortened', 88_000],
      // 1,000 calls × 15 min = 250 h × $40 = $10,000; the rate per hour written "per hour", "an hour", in euros after.
      ['**Opportunity Cost**: 1,000 calls × 15 minutes × $40 per hour: call backs', 10_000],
      ['**Soft Savings**: 1,000 calls × 15 mins × $40 an hour: call backs', 10_000],
      // 20명 × 0.5시간 × 220일 × 5만 원 = 110,000,000 won.
      ['**Soft Savings**: 20명 × 하루 30분 × 220일 × 시간당 5만 원: 회의 단축', 110_000_000, won],
      ['**Soft Savings**: 20명 × 30분 × 220일 × 5만 원/시간: 회의 단축', 110_000_000, won],
    ];
    for (const [text, value, inv] of cases) {
      const r = line(text, inv);
      assert.equal(r.roi.problem, undefined, text);
      assert.equal(r.roi.minor, inv === won ? value : value * 100, `${text}: ${JSON.stringify(r.roi.factors)}`);
      assert.deepEqual(r.incomplete, [], text);
    }
    // The hours are the minutes' (0.5), the rate the price per hour, the counts 20 × 220.
    assert.deepEqual(line(cases[0]![0]).roi.factors, [0.5, 40, 4400]);
  });

  it('are named, and the line counts as 0, with no rate per hour to make hours of them', () => {
    for (const text of ['**Hard Savings**: 20 staff × 30 minutes × $40: stand-ups', '**Soft Savings**: 20 staff × 30 minutes × 220 days × $40: stand-ups', '**Hard Savings**: 30 minutes × 1,000 calls × $2: call backs']) {
      const r = line(text);
      assert.equal(r.roi.problem, 'unread-factor', text);
      assert.equal(r.roi.minor, 0, text);
      assert.equal(r.incomplete.length, 1, text);
      assert.equal(at(r.plan, r.incomplete[0]!), '30 minutes', text);
      assert.match(r.incomplete[0]!.message, /multiplies by "30 minutes", which the ROI cannot use: minutes count as hours only against a rate per hour/, text);
    }
    const ko = line('**직접 비용 절감**: 20명 × 30분 × 5만 원: 회의 단축', '**투자**: 5,000만 원', 'ko');
    assert.equal(ko.roi.problem, 'unread-factor');
    assert.equal(at(ko.plan, ko.incomplete[0]!), '30분');
    assert.match(ko.incomplete[0]!.message, /30분을 곱하는데, ROI는 이 숫자를 쓸 수 없습니다\. 분은 시간당 단가/);
  });

  it('in the reason are no factor', () => {
    const r = line('**Hard Savings**: 1,000 calls × $2: each call back takes 30 minutes');
    assert.equal(r.roi.minor, 2_000 * 100);
    assert.deepEqual(r.incomplete, []);
  });
});
