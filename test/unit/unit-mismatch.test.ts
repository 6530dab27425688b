// unit-mismatch: a baseline or a target in another unit than the metric's was set against the
// other as a number of one unit (12 days against 80 %), with no finding. Said at the value, only
// where both units are certain: spellings of one unit ("%", "percent", "days", "day", "일") are
// one, and a value with no unit, or a unit not known, is never judged.
import { strict as assert } from 'node:assert';
import { at, GOOD_YAML, only, run } from './helpers';

const plan = (metric: string, baseline: string, target: string) => `## CBO: Returning customers track orders without calling support

### Success Metrics
- **Primary Metric**: ${metric}
- **Baseline**: ${baseline} as of 2026-03-31
- **Target**: ${target}
- **Timeline**: by 2027-06-30
`;
const found = (text: string, lang: 'en' | 'ko' = 'en') => only(run(text, 'markdown', {}, lang).findings, 'unit-mismatch').map((f) => [at(text, f), f.message]);
const spots = (text: string) => found(text).map((f) => f[0]);
/** Plans (metric, baseline, target) with no finding. */
const quiet = (cases: [string, string, string][]) => {
  for (const [metric, baseline, target] of cases) assert.deepEqual(spots(plan(metric, baseline, target)), [], `${metric} / ${baseline} / ${target}`);
};

describe('unit-mismatch', () => {
  it('a baseline in another unit than the metric, at the baseline, in English and Korean', () => {
    const text = plan('Share of order-status calls (%)', '12 days', '80 %');
    assert.deepEqual(found(text), [['12 days', 'The baseline is in days but the metric is counted in %: the progress and the chart compare the baseline and the target as numbers of one unit. Write the baseline in %, or correct the metric\'s unit.']]);
    assert.deepEqual(found(text, 'ko'), [['12 days', '기준값은 일 단위인데 지표는 % 단위입니다. 진척과 차트는 기준값과 목표값을 같은 단위의 숫자로 비교합니다. 기준값을 % 단위로 적거나 지표의 단위를 고치세요.']]);
  });

  it('a target in another unit than the metric, at the target', () => {
    const text = plan('Hours to answer a refund question (hours)', '30 hours', '90 minutes');
    assert.deepEqual(found(text), [['90 minutes', 'The target is in minutes but the metric is counted in hours: the progress and the chart compare the baseline and the target as numbers of one unit. Write the target in hours, or correct the metric\'s unit.']]);
    assert.equal(found(text, 'ko')[0]![1], '목표값은 분 단위인데 지표는 시간 단위입니다. 진척과 차트는 기준값과 목표값을 같은 단위의 숫자로 비교합니다. 목표값을 시간 단위로 적거나 지표의 단위를 고치세요.');
  });

  it('with no unit declared for the metric, a baseline in another unit than the target, at the baseline', () => {
    const text = plan('Share of order-status calls', '12 days', '80 %');
    assert.deepEqual(found(text), [['12 days', 'The baseline is in days but the target is in %: the progress and the chart compare the two as numbers of one unit. Write both in one unit, and name it after the metric, e.g. "(%)".']]);
    assert.equal(found(text, 'ko')[0]![1], '기준값은 일 단위인데 목표값은 % 단위입니다. 진척과 차트는 둘을 같은 단위의 숫자로 비교합니다. 두 값을 같은 단위로 적고, 지표 이름 뒤에 단위를 적으세요(예: "(%)").');
    // A figure of the metric's name is what it counts within, not its unit: the two values agree.
    assert.deepEqual(spots(plan('Calls answered within 20 seconds', '62%', '80%')), []);
  });

  it('spellings of one unit are one: % and percent, days and day, 일 and days, 시간 and hours', () => {
    quiet([
      ['Share of calls (percent)', '62%', '80 %'],
      ['Share of calls (%)', '62 percent', '80 pct'],
      ['Days to close the books (days)', '9 day', '3 days'],
      ['결산 소요 일수 (일)', '9 days', '3일'],
      ['Time to answer (hours)', '5시간', '2 hrs'],
      ['Share of calls', '62퍼센트', '80%'],
    ]);
  });

  it('no finding when either side has no unit, or a unit it cannot be sure of', () => {
    quiet([
      ['Share of calls (%)', '62', '80'],
      ['Share of calls', '12 days', '80'],
      ['Net promoter score (NPS points)', '32 points', '45%'],
      ['Orders picked per hour (orders/hour)', '60 orders/hour', '80 orders/hour'],
      ['Revenue per store (USD)', '$1,200', '$1,500'],
      ['Time to answer (m)', '5 minutes', '2 minutes'],
    ]);
  });

  it('a Korean plan, in Korean', () => {
    const text = `## CBO: 재방문 고객이 지원 전화 없이 주문을 추적한다

### 성공 지표
- **핵심 지표**: 주문 상태 문의 전화 비율 (%)
- **기준값**: 12일 (2026-03-31 기준)
- **목표값**: 15%
- **기한**: 2027-06-30까지
`;
    assert.deepEqual(found(text, 'ko'), [['12일', '기준값은 일 단위인데 지표는 % 단위입니다. 진척과 차트는 기준값과 목표값을 같은 단위의 숫자로 비교합니다. 기준값을 % 단위로 적거나 지표의 단위를 고치세요.']]);
  });

  it('YAML writes numbers without units: nothing to compare', () => {
    assert.deepEqual(only(run(GOOD_YAML).findings, 'unit-mismatch'), []);
    assert.deepEqual(only(run(GOOD_YAML.replace('unit: "%"', 'unit: days')).findings, 'unit-mismatch'), []);
  });

  it('names a unit by one name, whatever its spelling ("hrs", "h", "day" are hours and days)', () => {
    assert.deepEqual(found(plan('Time to answer (hrs)', '5 hr', '1 day')).map((f) => f[1].slice(0, 50)), ['The target is in days but the metric is counted in']);
    assert.match(found(plan('Time to answer (hrs)', '5 hr', '1 day'))[0]![1], /counted in hours: .* Write the target in hours,/);
  });

  it('says nothing when the line also writes a figure in the metric\'s unit: the figure read is a span that qualifies it', () => {
    quiet([
      ['First-contact resolution (%)', 'over the last 12 months, 62%', '80%'],
      ['1차 해결률 (%)', '62%', '3개월 연속 80% 이상'],
      ['1차 해결률 (%)', '62%', '출시 후 6개월 안에 80% 달성'],
      ['1차 해결률 (%)', '55%', '24시간 이내 처리율 80%'],
      ['보고서 소요 시간 (시간)', '최근 30일 평균 5시간', '2시간'],
      ['보고서 소요 시간 (시간)', '1일 평균 5시간', '1일 2시간 이내'],
    ]);
    // With no figure in the metric's unit beside it, the other unit is still named.
    assert.deepEqual(spots(plan('1차 해결률 (%)', '62%', '3개월')), ['3개월']);
  });
});
