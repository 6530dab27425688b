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

describe('Value lines: a span in days or hours against a figure for another period', () => {
  it('is named, and the line counts as 0, when no fixed ratio converts it', () => {
    const cases: [string, string, RegExp, string?][] = [
      // It was 30 × $1,000 × 52 = $1,560,000: a week is 5 working days or 7.
      ['**Hard Savings**: $1,000/week × 30 days: licence', '30 days', /multiplies a figure per week by "30 days": how many days make a week \(working days or all of them\) is yours to say/],
      ['**Hard Savings**: $4,000/month × 20 days: licence', '20 days', /per month by "20 days": how many days make a month/],
      // It was 4 × $800 = $3,200: a day is 8 working hours or 24.
      ['**Hard Savings**: $800/day × 4 hours: consultant', '4 hours', /per day by "4 hours": how many hours make a day/],
      // It was 6 × $200 = $1,200.
      ['**Hard Savings**: $200/day × 6 months: contractor', '6 months', /per day by "6 months": how many days make a month .* until the span is written in days or the figure per month/],
      ['**Hard Savings**: $40/hour × 220 days: overtime', '220 days', /per hour by "220 days": how many hours make a day/],
      ['**Hard Savings**: $1,000/week × 40 hours: agency', '40 hours', /per week by "40 hours": how many hours make a week/],
      // A rate per day against the hours of a Soft Savings line: it was 100 × $400 = $40,000.
      ['**Soft Savings**: 100 hours × $400/day: analyst time', '100 hours', /This Soft Savings line multiplies a figure per day by "100 hours"/],
      ['**Hard Savings**: 주 100만 원 × 30일: 외주 검수', '30일', /per week by "30일"/, won],
    ];
    for (const [text, factor, message, inv] of cases) {
      const plan = md([text, inv ?? '**Investment**: $60,000']);
      const r = run(plan, 'markdown');
      assert.equal(computeRoi(r.outcomes[0]!.value).items[0]!.problem, 'unread-factor', text);
      assert.equal(computeRoi(r.outcomes[0]!.value).items[0]!.minor, 0, text);
      const found = only(r.findings, 'value-item-incomplete');
      assert.equal(found.length, 1, text);
      assert.equal(plan.slice(found[0]!.span.start, found[0]!.span.end), factor, text);
      assert.match(found[0]!.message, message, text);
    }
    const ko = run(md(['**직접 비용 절감**: 주 100만 원 × 30일: 외주 검수', '**투자**: 5,000만 원']), 'markdown', {}, 'ko');
    assert.equal(only(ko.findings, 'value-item-incomplete')[0]!.message, '이 직접 비용 절감 줄은 주 단위로 적힌 숫자에 30일을 곱하는데, 한 주가 며칠인지(근무일만인지 전부인지)는 팀이 정할 일이라 ROI가 짐작하지 않습니다. 기간을 주 단위로 적거나 숫자를 일 단위로 적기 전까지는 ROI에서 0으로 계산됩니다.');
    const hours = run(md(['**Hard Savings**: $800/day × 4 hours: consultant', '**Investment**: $60,000']), 'markdown', {}, 'ko');
    assert.match(only(hours.findings, 'value-item-incomplete')[0]!.message, /일 단위로 적힌 숫자에 4 hours를 곱하는데, 하루가 몇 시간인지\(근무 시간만인지 전부인지\)/);
  });

  it('counts a span each period of the line takes, and converts one within the calendar', () => {
    counts([
      // 13 weeks of a monthly figure: 13 × 12 / 52 = 3 months, 3 × $5,200 = $15,600.
      ['**Hard Savings**: $5,200/month × 13 weeks: licence', 15_600],
      // The days are per week, the weeks the year's: 200 × 5 × 48 = $48,000.
      ['**Hard Savings**: $200/day × 5 days/week × 48 weeks: contractor', 48_000],
      // Three days a week at $500 a day, every week: 3 × 500 × 52 = $78,000.
      ['**Hard Savings**: 3 days/week × $500/day: contractor', 78_000],
      // Hours a day, days: 40 × 8 × 220 = $70,400.
      ['**Hard Savings**: $40/hour × 8 hours/day × 220 days: overtime', 70_400],
      ['**Hard Savings**: $200/day × 220 days: contractor', 44_000],
      // 주 5일 × 일 20만 원: 5 × 200,000 × 52 = 52,000,000 won.
      ['**Hard Savings**: 주 5일 × 일 20만 원: 외주', 52_000_000, won],
      // 하루 8시간 × 220일 × 시간당 5만 원: 8 × 220 × 50,000 = 88,000,000 won.
      ['**Hard Savings**: 하루 8시간 × 220일 × 시간당 5만 원: 외주', 88_000_000, won],
    ]);
    // "2 hours/day" is per its own day, not a span against it: no span is named.
    assert.deepEqual(line('**Hard Savings**: 2 hours/day × $50 × 10 staff: stand-ups').incomplete, []);
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

describe('The investment: minutes, days and hours among its factors', () => {
  const cost = (text: string, value = '**Hard Savings**: $100,000: seats', lang: 'en' | 'ko' = 'en') => {
    const plan = md([value, `**Investment**: ${text}`]);
    const r = run(plan, 'markdown', {}, lang);
    const findings = only(r.findings, 'value-no-investment');
    return { value: r.outcomes[0]!.value!.investment?.value, findings, at: findings.map((f) => plan.slice(f.span.start, f.span.end)) };
  };
  const krw = '**Hard Savings**: 1억 원: 계약';

  it('makes minutes hours against a cost per hour', () => {
    // 90 minutes are 1.5 hours: 200 × 1.5 × 10 = $3,000 (the minutes were dropped: $200).
    assert.equal(cost('$200/hour × 90 minutes × 10 sessions').value, 3_000);
    // 20명 × 0.5시간 × 10만 원 = 1,000,000 won.
    assert.equal(cost('20명 × 30분 × 시간당 10만 원', krw).value, 1_000_000);
  });

  it('names minutes with no cost per hour, and counts no investment', () => {
    const r = cost('$200 × 90 minutes × 10 sessions');
    assert.equal(r.value, undefined);
    assert.deepEqual(r.at, ['90 minutes']);
    assert.match(r.findings[0]!.message, /^The investment multiplies by "90 minutes", which cannot be counted: minutes count as hours only against a cost per hour/);
    const ko = cost('20만 원 × 90분 × 10회', krw, 'ko');
    assert.deepEqual(ko.at, ['90분']);
    assert.match(ko.findings[0]!.message, /^투자는 90분을 곱하는데, 이 숫자는 셀 수 없습니다\. 분은 시간당 비용/);
  });

  it('names a span of days or hours against a cost for another period, and counts no investment', () => {
    // It was "written for a month or a week with no span", though the days were written.
    const r = cost('$1,000/week × 30 days');
    assert.equal(r.value, undefined);
    assert.deepEqual(r.at, ['30 days']);
    assert.match(r.findings[0]!.message, /^The investment multiplies a cost per week by "30 days": how many days make a week \(working days or all of them\) is yours to say/);
    assert.deepEqual(cost('$800/day × 6 months').at, ['6 months']);
    const ko = cost('주 500만 원 × 30일', krw, 'ko');
    assert.equal(ko.findings[0]!.message, '투자는 주 단위로 적힌 비용에 30일을 곱하는데, 한 주가 며칠인지(근무일만인지 전부인지)는 팀이 정할 일이라 ROI가 짐작하지 않습니다. 기간을 주 단위로 적거나 숫자를 일 단위로 적기 전까지는(또는 총비용을 적기 전까지는) 투자로 세지 않아 ROI와 투자 회수 기간을 계산하지 않습니다.');
    // A span each period takes is a cost: 40 × 8 × 20 = $6,400.
    assert.equal(cost('$40/hour × 8 hours/day × 20 days').value, 6_400);
  });

  it('is a share of a base times the base', () => {
    // 15% × $800,000 = $120,000 (it was $800,000); 15% × 800,000,000 won = 120,000,000 won.
    assert.equal(cost('15% of $800,000').value, 120_000);
    assert.equal(cost('15 % of the $800k').value, 120_000);
    assert.equal(cost('8억 원의 15%', krw).value, 120_000_000);
  });

  it('reads "x" between two figures as the sign, as a value line does', () => {
    // 1,200 × 45 = 54,000 (it was read as 45).
    assert.equal(cost('1200 x 45').value, 54_000);
  });
});
