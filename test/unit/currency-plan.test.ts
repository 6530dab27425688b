// A plan's Value section whose lines are not all in one currency: which currency the outcome is
// in, a line priced by its written total, and a written total that is not the line's product.
import { strict as assert } from 'node:assert';
import { computeRoi } from '../../src/core/roi';
import { outcomeView } from '../../src/core/view/canvas';
import { at, only, run, TODAY, valuePlan as md } from './helpers';

describe('Currency: a plan\'s written totals and the outcome\'s currency', () => {
  it('reads the currency of an hours × rate line from its written total when the rate is bare', () => {
    const text = md(['**Hard Savings**: 40,000 EUR: one seat', '**Soft Savings**: 500 hours × 40 = 20,000 USD: agent time', '**Investment**: 10,000 EUR']);
    const r = run(text, 'markdown');
    const roi = computeRoi(r.outcomes[0]!.value);
    assert.equal(roi.currency, 'EUR');
    assert.equal(roi.claimedMinor, 4_000_000, 'no 500 × 40 = 20,000 EUR');
    assert.equal(roi.items[1]!.problem, 'other-currency');
    const f = only(r.findings, 'value-item-incomplete');
    assert.equal(f.length, 1);
    assert.match(at(text, f[0]!), /Soft Savings\*\*: 500 hours/);
    assert.match(f[0]!.message, /in USD and the outcome's value in EUR/);
    // Probability × impact alike.
    const risk = run(md(['**Hard Savings**: 40,000 EUR: one seat', '**Risk Avoidance**: 20% × 1,000,000 = 200,000 USD: a fine', '**Investment**: 10,000 EUR']), 'markdown');
    assert.equal(computeRoi(risk.outcomes[0]!.value).claimedMinor, 4_000_000);
    assert.equal(only(risk.findings, 'value-item-incomplete').length, 1);
  });

  it('writes the particle a currency code is read with in Korean (MXN 엔으로, EUR 알로)', () => {
    const said = (outcome: string) => only(run(md([`**Hard Savings**: 40,000 ${outcome}: one seat`, '**Soft Savings**: 500 hours × 40 = 20,000 USD: agent time', `**Investment**: 10,000 ${outcome}`]), 'markdown', {}, 'ko').findings, 'value-item-incomplete')[0]!.message;
    assert.match(said('MXN'), /MXN으로 적기 전까지는/);
    assert.match(said('EUR'), /EUR로 적기 전까지는/);
  });

  it('counts an hours × rate line whose written total is in the outcome\'s currency, and leaves the total out of the reason', () => {
    const text = md(['**Hard Savings**: 40,000 EUR: one seat', '**Soft Savings**: 500 hours × 40 = 20,000 EUR: agent time', '**Investment**: 10,000 EUR']);
    const r = run(text, 'markdown');
    assert.equal(computeRoi(r.outcomes[0]!.value).claimedMinor, 6_000_000);
    assert.deepEqual(only(r.findings, 'value-item-incomplete'), []);
    assert.equal(r.outcomes[0]!.value!.items[1]!.assumption?.value, 'agent time');
  });

  it('counts no hours × rate line whose written total is not its product, and says both figures', () => {
    const text = md(['**Hard Savings**: 40,000 EUR: one seat', '**Soft Savings**: 500 hours × 40 = 30,000 EUR: agent time', '**Risk Avoidance**: 20% × 1,000,000 EUR = 250,000 EUR: a fine', '**Opportunity Cost**: 1,234 hours × 45 EUR = ~55,000 EUR: pricing work', '**Investment**: 10,000 EUR']);
    const r = run(text, 'markdown');
    const roi = computeRoi(r.outcomes[0]!.value);
    // 40,000 + 1,234 × 45 (55,530, written rounded to 55,000): the two lines that disagree count 0.
    assert.equal(roi.claimedMinor, (40_000 + 55_530) * 100);
    assert.equal(roi.items[1]!.problem, 'total-mismatch');
    const f = only(r.findings, 'value-item-incomplete');
    assert.equal(f.length, 2);
    assert.match(at(text, f[0]!), /Soft Savings\*\*: 500 hours/);
    // Money as the rest of the messages show it, in the outcome's currency.
    assert.match(f[0]!.message, /writes €30,000\.00 as its total, but 500 × €40\.00 is €20,000\.00:/);
    assert.match(f[1]!.message, /writes €250,000\.00 as its total, but 20% × €1,000,000\.00 is €200,000\.00:/);
    const ko = only(run(text, 'markdown', {}, 'ko').findings, 'value-item-incomplete');
        assert.match(ko[0]!.message, /합계는 €30,000\.00인데 500 × €40\.00는 €20,000\.00입니다/);
    // Thousands of hours are grouped, and won have no decimals.
    const krw = only(run(md(['**Soft Savings**: 1,500 hours × 20,000원 = 2,000만 원: agent time', '**Investment**: 1,000만 원']), 'markdown', {}, 'ko').findings, 'value-item-incomplete');
    assert.match(krw[0]!.message, /합계는 ₩20,000,000인데 1,500 × ₩20,000은 ₩30,000,000입니다/);
  });

  it('takes the investment\'s currency when the first value line is the odd one', () => {
    const text = md(['**Hard Savings**: 10,000 EUR: one seat', '**Hard Savings**: 10,000 USD: licences', '**Revenue Impact**: 20,000 USD: repeat orders', '**Soft Savings**: 100 hours × 50 USD: agent time', '**Opportunity Cost**: 5,000 USD: pricing work', '**Risk Avoidance**: 10% × 50,000 USD: a fine', '**Investment**: 30,000 USD']);
    const r = run(text, 'markdown');
    const value = r.outcomes[0]!.value!;
    assert.equal(value.currency?.value, 'USD');
    assert.equal(value.investment?.value, 30_000);
    const roi = computeRoi(value);
    // 10,000 + 20,000 + 100 × 50 + 5,000 + 10% × 50,000 = 45,000 USD against 30,000: 50%.
    assert.equal(roi.claimedMinor, 4_500_000);
    assert.equal(roi.roiPercent, 50);
    const f = only(r.findings, 'value-item-incomplete');
    assert.equal(f.length, 1);
    assert.match(at(text, f[0]!), /Hard Savings\*\*: 10,000 EUR/);
    assert.match(f[0]!.message, /in EUR and the outcome's value in USD/);
    assert.deepEqual(only(r.findings, 'value-no-investment'), []);
    // The canvas shows the figures in the investment's currency.
    const view = outcomeView(r.outcomes[0]!, r.findings, { lang: 'en', today: TODAY });
    assert.equal(view.roi?.currency, 'USD');
    assert.match(view.roi?.claimed ?? '', /45,000/);
  });

  it('keeps the first value line\'s currency when no value line is in the investment\'s, or the two agree', () => {
    const lone = run(md(['**Hard Savings**: 10,000 EUR: one seat', '**Revenue Impact**: 20,000 EUR: repeat orders', '**Investment**: 30,000 USD']), 'markdown');
    assert.equal(lone.outcomes[0]!.value!.currency?.value, 'EUR');
    assert.equal(only(lone.findings, 'value-no-investment').length, 1);
    assert.deepEqual(only(lone.findings, 'value-item-incomplete'), []);
    // A bare $ investment in a plan in Canadian dollars is Canadian: the plan stays in CAD.
    const cad = run(md(['**Hard Savings**: CAD 50,000: one seat', '**Soft Savings**: 500 hours × $40: agent time', '**Investment**: $30,000']), 'markdown');
    assert.equal(cad.outcomes[0]!.value!.currency?.value, 'CAD');
    assert.equal(computeRoi(cad.outcomes[0]!.value).claimedMinor, (50_000 + 20_000) * 100);
    assert.deepEqual(only(cad.findings, 'value-item-incomplete'), []);
  });
});

describe('Currency: a currency in a value line\'s reason', () => {
  it('is not the line\'s: the outcome stays in the priced figures\' currency', () => {
    const r = run(md(['**Hard Savings**: €50,000: replaces the $20,000 US licence', '**Soft Savings**: 500 hours × €40: agent time', '**Investment**: $60,000']), 'markdown');
    assert.equal(r.outcomes[0]!.value!.currency?.value, 'EUR');
    assert.deepEqual(only(r.findings, 'value-item-incomplete'), []);
    assert.equal(only(r.findings, 'value-no-investment').length, 1);
    assert.equal(computeRoi(r.outcomes[0]!.value).claimedMinor, (50_000 + 20_000) * 100);
  });

  it('does not give the outcome its currency when the first line\'s priced figures have none', () => {
    const r = run(md(['**Soft Savings**: 500 hours × 40: replaces the $20,000 licence', '**Hard Savings**: 10,000 EUR: one seat', '**Investment**: 30,000']), 'markdown');
    assert.equal(r.outcomes[0]!.value!.currency?.value, 'EUR');
    assert.deepEqual(only(r.findings, 'value-item-incomplete'), []);
    assert.equal(computeRoi(r.outcomes[0]!.value).claimedMinor, (20_000 + 10_000) * 100);
    // With no other currency written, the outcome has none (the reason's dollars are not it).
    const bare = run(md(['**Soft Savings**: 500 hours × 40: replaces the $20,000 licence', '**Investment**: 30,000']), 'markdown');
    assert.equal(bare.outcomes[0]!.value!.currency, undefined);
  });
});

describe('Currency: "won" in a plan\'s value line', () => {
  it('is the verb before the things won, whatever the count', () => {
    const r = run(md(['**Revenue Impact**: 1,500 won deals at $80 average margin', '**Investment**: $60,000']), 'markdown');
    const v = r.outcomes[0]!.value!;
    assert.equal(v.currency?.value, 'USD');
    assert.equal(v.items[0]!.otherCurrency, undefined);
    assert.deepEqual(only(r.findings, 'value-no-investment'), []);
  });

  it('is the currency after a small figure in a plan whose money is in won', () => {
    const r = run(md(['**Hard Savings**: 300 won fee saved per call', '**Hard Savings**: ₩5,000,000: seats', '**Investment**: ₩1,000,000']), 'markdown');
    const v = r.outcomes[0]!.value!;
    assert.equal(v.currency?.value, 'KRW');
    assert.equal(v.items[0]!.amount?.value, 300);
    assert.equal(v.items[0]!.assumption?.value, 'fee saved per call');
    // In a plan in dollars it stays the verb's.
    const usd = run(md(['**Hard Savings**: 300 won fee saved per call', '**Investment**: $1,000']), 'markdown');
    assert.equal(usd.outcomes[0]!.value!.items[0]!.assumption?.value, 'won fee saved per call');
  });
});
