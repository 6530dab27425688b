// An Investment line that adds a running cost a year to a one-off cost: "$60,000 (one-off) and
// $10,000/year support" was read as $60,000 with no finding. The ROI is the first year's (every
// value is a year's), so the first year's cost is $70,000, and the report says what it adds up.
// A running cost whose first year cannot be read is named. Expected figures worked out by hand.
import { strict as assert } from 'node:assert';
import { resolveConfig } from '../../src/core/config';
import { guidedYaml, judgeStep } from '../../src/core/guided';
import { buildReport } from '../../src/core/report';
import { GOOD_ANSWERS } from '../guided-answers';
import { investmentLine, run, TODAY, valuePlan } from './helpers';

const krwValue = '**Hard Savings**: 1억 원: 외주 비용 절감';
const en = (text: string) => investmentLine(text);
const ko = (text: string) => investmentLine(text, krwValue, 'ko');

describe('Investment: a one-off cost and a running cost a year', () => {
  it('reads the first year\'s cost, the one-off cost and a year of the running cost', () => {
    for (const text of [
      '$60,000 (one-off) and $10,000/year support',
      '$60,000 one-off + $10,000/year support',
      '$60,000 + $10,000 annually',
      '$60,000 build, annual support of $10,000',
      '$60,000 build; $10,000 p.a. support',
      '$60,000 + annual $10,000',
      // A year in a date is no amount beside the money.
      '$60,000 in 2026 and $10,000/year support',
    ]) {
      const r = en(text);
      assert.equal(r.cost, 70_000, text);
      assert.deepEqual(r.findings, [], text);
    }
  });

  it('reads the Korean forms', () => {
    for (const text of ['일회성 6,000만 원, 연간 유지비 1,000만 원', '초기 구축비 6,000만 원 + 연 1,000만 원 유지보수', '6,000만 원, 매년 1,000만 원']) {
      const r = ko(text);
      assert.equal(r.cost, 70_000_000, text);
      assert.deepEqual(r.findings, [], text);
    }
  });

  // "$20,000/month × 6 months + $10,000 setup" was $120,000, the setup dropped: a cost for a
  // period over a span of a year at most is the first year's running cost, beside the one-off.
  it('adds a one-off cost to a cost for a month over a span within the year, in either order', () => {
    for (const [text, cost] of [
      ['$20,000/month × 6 months + $10,000 setup', 130_000],
      ['$10,000 setup + $20,000/month × 6 months', 130_000],
      // 6 months of a weekly cost are 26 weeks: $130,000, and the setup.
      ['$5,000/week × 6 months + $10,000 setup', 140_000],
      ['$20,000/month × 12 months + $10,000 setup', 250_000],
    ] as const) {
      const r = en(text);
      assert.equal(r.cost, cost, text);
      assert.deepEqual(r.findings, [], text);
    }
    for (const text of ['월 2,000만 원 × 6개월 + 구축비 1,000만 원', '구축비 1,000만 원 + 월 2,000만 원 × 6개월']) {
      const r = ko(text);
      assert.equal(r.cost, 130_000_000, text);
      assert.deepEqual(r.findings, [], text);
    }
    // Over more than a year its first year's share is not written: named, as "$10,000/year for 3 years" is.
    const long = en('$20,000/month × 18 months + $10,000 setup');
    assert.equal(long.cost, undefined);
    assert.deepEqual(long.at, ['$20,000/month × 18 months']);
  });

  it('names a running cost the first year cannot be read from, in English and Korean', () => {
    const cases: [string, string][] = [
      // A month's cost with no span: how many months of the first year is the team's to say.
      ['$60,000 one-off and $2,000/month support', '$2,000/month'],
      // Several years, or from a later year: not the first year's.
      ['$60,000 upfront and $10,000/year for 3 years', '$10,000/year'],
      ['$60,000 in year 1, then $10,000/year', '$10,000/year'],
      ['$60,000 one-off; $10,000/year support from year 2', '$10,000/year'],
      // Multiplied: "2 × $5,000/year" is no year's cost as it stands.
      ['$60,000 (one-off) and 2 × $5,000/year licences', '$5,000/year'],
    ];
    for (const [text, words] of cases) {
      const r = en(text);
      assert.equal(r.cost, undefined, text);
      assert.deepEqual(r.at, [words], text);
      assert.equal(r.findings[0]!.message, `The investment adds a running cost, "${words}", to its other costs, and the first year's share of it cannot be read: write the first year's whole cost (the one-off cost and a year of the running cost), or the running cost as a year's, written "/year", so ROI and payback can be computed.`);
    }
    const k = ko('일회성 6,000만 원, 월 200만 원 유지비');
    assert.equal(k.cost, undefined);
    assert.deepEqual(k.at, ['월 200만 원']);
    assert.equal(k.findings[0]!.message, '투자의 "월 200만 원" 부분은 다른 비용에 더하는 유지비인데, 첫해에 드는 금액을 읽을 수 없습니다. ROI와 투자 회수 기간을 계산할 수 있도록 첫해 총비용(일회성 비용 + 1년 치 유지비)을 적거나 유지비를 "연간"을 붙인 1년 금액으로 적으세요.');
  });

  it('leaves the near misses as they were read', () => {
    // A running cost alone is the year's cost, as before.
    assert.equal(en('$10,000/year').cost, 10_000);
    // Said to include the running cost: the figure is the whole.
    assert.equal(en('$60,000 including $10,000/year support').cost, 60_000);
    // A written total is the figure meant.
    assert.equal(en('$70,000 total: $60,000 one-off and $10,000/year').cost, 70_000);
    // A share and a count of people are no running cost.
    assert.equal(en('$60,000 for 12 people; 10% of it a year').cost, 60_000);
    // Years labelled are summed as before; a month's cost with a span is its own cost.
    assert.equal(en('Year 1: $50,000; Year 2: $30,000').cost, 80_000);
    assert.equal(en('$20,000/month × 6 months').cost, 120_000);
    // 연구비 is no yearly cost ("연" only right before the figure), and a glued "+" is still a floor.
    assert.equal(ko('연구비 6,000만 원, 장비 1,000만 원').cost, 60_000_000);
    assert.equal(en('$60k+ for the build').cost, undefined);
  });

  it('shows the sum in the report, in English and Korean', () => {
    const plan = (inv: string, value: string) => valuePlan([value, `**Investment**: ${inv}`]);
    const enReport = buildReport(run(plan('$60,000 (one-off) and $10,000/year support', '**Hard Savings**: $100,000: contractors'), 'markdown').outcomes, { today: TODAY, lang: 'en' });
    assert.match(enReport, /- \*\*Investment\*\*: one-off \$60,000\.00 \+ first year's running cost \$10,000\.00 = \$70,000\.00; /);
    const koReport = buildReport(run(plan('일회성 6,000만 원, 연간 유지비 1,000만 원', krwValue), 'markdown').outcomes, { today: TODAY, lang: 'ko' });
    assert.match(koReport, /- \*\*투자\*\*: 일회성 ₩60,000,000 \+ 첫해 유지비 ₩10,000,000 = ₩70,000,000; /);
    // A cost for six months and a setup: the same sum, in both languages.
    const monthly = buildReport(run(plan('$20,000/month × 6 months + $10,000 setup', '**Hard Savings**: $300,000: contractors'), 'markdown').outcomes, { today: TODAY, lang: 'en' });
    assert.match(monthly, /- \*\*Investment\*\*: one-off \$10,000\.00 \+ first year's running cost \$120,000\.00 = \$130,000\.00; /);
    const monthlyKo = buildReport(run(plan('월 2,000만 원 × 6개월 + 구축비 1,000만 원', '**Hard Savings**: 3억 원: 외주 비용 절감'), 'markdown').outcomes, { today: TODAY, lang: 'ko' });
    assert.match(monthlyKo, /- \*\*투자\*\*: 일회성 ₩10,000,000 \+ 첫해 유지비 ₩120,000,000 = ₩130,000,000; /);
    // A single cost shows as before.
    const single = buildReport(run(plan('$60,000', '**Hard Savings**: $100,000: contractors'), 'markdown').outcomes, { today: TODAY, lang: 'en' });
    assert.match(single, /- \*\*Investment\*\*: \$60,000\.00; /);
  });

  it('says the sum in the guided flow, and asks again for a running cost it cannot read', () => {
    const config = (lang: 'en' | 'ko') => resolveConfig({}, { today: TODAY, lang });
    const en = { ...GOOD_ANSWERS, value: 'hard-savings 100000 USD: contractors' };
    assert.equal(judgeStep('investment', { ...en, investment: '$60,000 (one-off) and $10,000/year support' }, config('en'))?.message, 'Counted for the first year, the one-off cost and the first year\'s running cost: $60,000 (one-off) and $10,000/year = 70,000 USD.');
    assert.match(judgeStep('investment', { ...en, investment: '$60,000 one-off and $2,000/month support' }, config('en'))!.message, /^The investment adds a running cost, "\$2,000\/month"/);
    // The YAML the flow writes holds the sum, with the words it comes from beside it.
    const monthly = { ...en, investment: '$20,000/month × 6 months + $10,000 setup' };
    assert.equal(judgeStep('investment', monthly, config('en'))?.message, 'Counted for the first year, the one-off cost and the first year\'s running cost: $20,000/month × 6 months + $10,000 = 130,000 USD.');
    assert.match(guidedYaml(monthly, 'en'), /\n {2}investment: 130000 {2}# \$20,000\/month × 6 months \+ \$10,000 = 130,000 USD\n/);
    assert.match(guidedYaml({ ...GOOD_ANSWERS, value: 'hard-savings 3억 원: 외주 비용 절감', investment: '월 2,000만 원 × 6개월 + 구축비 1,000만 원' }, 'ko'), /\n {2}investment: 130000000 {2}# 월 2,000만 원 × 6개월 \+ 구축비 1,000만 원 = 130,000,000원\n/);
    const ko = { ...GOOD_ANSWERS, value: 'hard-savings 1억 원: 외주 비용 절감' };
    assert.equal(judgeStep('investment', { ...ko, investment: '일회성 6,000만 원, 연간 유지비 1,000만 원' }, config('ko'))?.message, '일회성 비용과 첫해 유지비를 더해 첫해 비용으로 셉니다: 일회성 6,000만 원, 연간 유지비 1,000만 원 = 70,000,000원.');
  });

  // The sum was said from its first figure on: "6,000만 원, 연간 유지비 1,000만 원 = …" where the English
  // reads "$60,000 (one-off) and $10,000/year = …". The words naming the first figure before it come too.
  it('says the sum with the words that name its first figure, written before it', () => {
    const config = (lang: 'en' | 'ko') => resolveConfig({}, { today: TODAY, lang });
    const sum = (investment: string, lang: 'en' | 'ko') => {
      const value = lang === 'ko' ? 'hard-savings 1억 원: 외주 비용 절감' : 'hard-savings 100000 USD: contractors';
      return judgeStep('investment', { ...GOOD_ANSWERS, value, investment }, config(lang))!.message.replace(/^[^:]+: /, '');
    };
    assert.equal(sum('초기 구축비 6,000만 원 + 연 1,000만 원 유지보수', 'ko'), '초기 구축비 6,000만 원 + 연 1,000만 원 = 70,000,000원.');
    assert.equal(sum('연간 유지비 1,000만 원, 일회성 6,000만 원', 'ko'), '연간 유지비 1,000만 원, 일회성 6,000만 원 = 70,000,000원.');
    assert.equal(sum('one-off $60,000 and $10,000/year support', 'en'), 'one-off $60,000 and $10,000/year = 70,000 USD.');
    // Any other word before the first figure is no part of the sum's words (연구비, research money).
    assert.equal(sum('연구비 6,000만 원, 연간 유지비 1,000만 원', 'ko'), '6,000만 원, 연간 유지비 1,000만 원 = 70,000,000원.');
    // The YAML the flow writes says it so beside the figure.
    assert.match(guidedYaml({ ...GOOD_ANSWERS, value: 'hard-savings 1억 원: 외주 비용 절감', investment: '일회성 6,000만 원, 연간 유지비 1,000만 원' }, 'ko'), /\n {2}investment: 70000000 {2}# 일회성 6,000만 원, 연간 유지비 1,000만 원 = 70,000,000원\n/);
  });
});
