import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { emptyOutcome, type Outcome, type ValueBlock, type ValueItem } from '../../src/core/model';
import { computeRoi, totalRoi } from '../../src/core/roi';

const S = { start: 0, end: 0 };
const num = (value: number) => ({ value, span: S });
const txt = (value: string) => ({ value, span: S });

type ItemSpec = { type?: string; amount?: number; hours?: number; rate?: number; probability?: number; impact?: number; assumption?: string; validated?: boolean };

function item(s: ItemSpec): ValueItem {
  const it: ValueItem = { span: S };
  if (s.type !== undefined) it.type = txt(s.type);
  for (const k of ['amount', 'hours', 'rate', 'probability', 'impact'] as const) if (s[k] !== undefined) it[k] = num(s[k]!);
  if (s.assumption !== undefined) it.assumption = txt(s.assumption);
  if (s.validated !== undefined) it.validated = s.validated;
  return it;
}

function block(currency: string | undefined, investment: number | undefined, items: ItemSpec[]): ValueBlock {
  const v: ValueBlock = { span: S, items: items.map(item), notes: [] };
  if (currency !== undefined) v.currency = txt(currency);
  if (investment !== undefined) v.investment = num(investment);
  return v;
}

function outcome(index: number, value?: ValueBlock): Outcome {
  const o = emptyOutcome(index, 'yaml', { start: 0, end: 10 });
  if (value) o.value = value;
  return o;
}

/** The value block of the README's format example (examples/checkout.cbo.yaml): one item of each type. */
const CHECKOUT_VALUE = () =>
  block('USD', 250000, [
    { type: 'hard-savings', amount: 80000, assumption: 'a', validated: true },
    { type: 'soft-savings', hours: 1200, rate: 45, assumption: 'b', validated: false },
    { type: 'revenue-impact', amount: 120000, assumption: 'c' },
    { type: 'risk-avoidance', probability: 0.1, impact: 1000000, assumption: 'd' },
    { type: 'opportunity-cost', hours: 300, rate: 90, assumption: 'e' },
  ]);

describe('computeRoi', () => {
  it('computes the checkout example (one value item of each type) as worked out by hand', () => {
    const r = computeRoi(CHECKOUT_VALUE());
    // 80,000 + 1,200x45 (54,000) + 120,000 + 0.1x1,000,000 (100,000) + 300x90 (27,000) = 381,000
    assert.equal(r.claimedMinor, 38_100_000);
    assert.equal(r.validatedMinor, 8_000_000); // only the hard savings are validated
    assert.equal(r.investmentMinor, 25_000_000);
    assert.equal(r.netMinor, 13_100_000); // 381,000 - 250,000
    assert.equal(r.conservativeNetMinor, -17_000_000); // 80,000 - 250,000
    assert.equal(r.roiPercent, 52.4); // 131,000 / 250,000
    assert.equal(r.conservativeRoiPercent, -68); // -170,000 / 250,000
    assert.equal(r.paybackMonths, 7.9); // 250,000 / (381,000 / 12) = 7.87
    assert.equal(r.conservativePaybackMonths, 37.5); // 250,000 / (80,000 / 12)
    assert.deepEqual(r.byType, {
      'hard-savings': 8_000_000,
      'soft-savings': 5_400_000,
      'revenue-impact': 12_000_000,
      'risk-avoidance': 10_000_000,
      'opportunity-cost': 2_700_000,
    });
    assert.deepEqual(r.items.map((i) => [i.type, i.basis, i.minor, i.validated]), [
      ['hard-savings', 'amount', 8_000_000, true],
      ['soft-savings', 'hours-x-rate', 5_400_000, false],
      ['revenue-impact', 'amount', 12_000_000, false],
      ['risk-avoidance', 'probability-x-impact', 10_000_000, false],
      ['opportunity-cost', 'hours-x-rate', 2_700_000, false],
    ]);
    assert.equal(r.currency, 'USD');
    assert.deepEqual(r.issues, []);
  });

  it('sums decimal amounts exactly (0.1 + 0.2 style)', () => {
    const r = computeRoi(block('USD', 0.3, [{ type: 'hard-savings', amount: 0.1 }, { type: 'hard-savings', amount: 0.2 }]));
    assert.equal(r.claimedMinor, 30);
    assert.equal(r.netMinor, 0);
    assert.equal(r.roiPercent, 0);
  });

  it('rounds a half-cent product away from zero, once per item', () => {
    // 0.5 h x 0.01 = half a cent -> 1; 2.5 h x 0.01 = 2.5 cents -> 3; together 4 cents, not round(3 cents) = 3
    const r = computeRoi(block('USD', 1, [{ type: 'soft-savings', hours: 0.5, rate: 0.01 }, { type: 'soft-savings', hours: 2.5, rate: 0.01 }]));
    assert.deepEqual(r.items.map((i) => i.minor), [1, 3]);
    assert.equal(r.claimedMinor, 4);
  });

  it('rounds ROI to one decimal, half away from zero', () => {
    // value 1, cost 3: -2/3 = -66.666...% -> -66.7
    assert.equal(computeRoi(block('USD', 3, [{ type: 'hard-savings', amount: 1 }])).roiPercent, -66.7);
    // value 20.01, cost 20.00: 0.01/20 = 0.05% exactly -> 0.1
    assert.equal(computeRoi(block('USD', 20, [{ type: 'hard-savings', amount: 20.01 }])).roiPercent, 0.1);
    // value 19.99, cost 20.00: -0.05% exactly -> -0.1
    assert.equal(computeRoi(block('USD', 20, [{ type: 'hard-savings', amount: 19.99 }])).roiPercent, -0.1);
    // payback: cost 100, value 1,200 a year -> 1 month
    assert.equal(computeRoi(block('USD', 100, [{ type: 'hard-savings', amount: 1200 }])).paybackMonths, 1);
  });

  it('uses whole units for KRW', () => {
    // 1.5 h x 1,001 won = 1,501.5 -> 1,502; 0.125 x 4 won = 0.5 -> 1; 1,503 vs 1,000 -> 50.3 %
    const r = computeRoi(block('KRW', 1000, [{ type: 'soft-savings', hours: 1.5, rate: 1001 }, { type: 'risk-avoidance', probability: 0.125, impact: 4 }]));
    assert.equal(r.minorDigits, 0);
    assert.deepEqual(r.items.map((i) => i.minor), [1502, 1]);
    assert.equal(r.claimedMinor, 1503);
    assert.equal(r.investmentMinor, 1000);
    assert.equal(r.roiPercent, 50.3);
  });

  it('uses three decimals for KWD', () => {
    const r = computeRoi(block('KWD', 1, [{ type: 'hard-savings', amount: 1.2345 }]));
    assert.equal(r.claimedMinor, 1235); // 1.2345 KWD = 1,234.5 fils -> 1,235
    assert.equal(r.roiPercent, 23.5); // 0.235 / 1
  });

  it('gives no ROI, net value or payback without an investment', () => {
    const r = computeRoi(block('USD', undefined, [{ type: 'hard-savings', amount: 100 }]));
    assert.equal(r.claimedMinor, 10_000);
    assert.equal(r.roiPercent, undefined);
    assert.equal(r.netMinor, undefined);
    assert.equal(r.paybackMonths, undefined);
    assert.ok(r.issues.includes('no-investment'));
  });

  it('gives no ROI for a zero investment, but a net value and immediate payback', () => {
    const r = computeRoi(block('USD', 0, [{ type: 'hard-savings', amount: 100 }]));
    assert.equal(r.roiPercent, undefined);
    assert.equal(r.conservativeRoiPercent, undefined);
    assert.equal(r.netMinor, 10_000);
    assert.equal(r.paybackMonths, 0);
    assert.equal(r.conservativePaybackMonths, undefined); // nothing validated: never repaid
    assert.ok(r.issues.includes('zero-investment'));
  });

  it('ignores a negative investment rather than inflating net value', () => {
    const r = computeRoi(block('USD', -5, [{ type: 'hard-savings', amount: 100 }]));
    assert.equal(r.investmentMinor, undefined);
    assert.equal(r.netMinor, undefined);
    assert.ok(r.issues.includes('negative-investment'));
  });

  it('counts a negative amount against the value, and skips what it cannot value', () => {
    const r = computeRoi(
      block('USD', 1000, [
        { type: 'revenue-impact', amount: -200 },
        { type: 'hard-savings', amount: 500 },
        { type: 'soft-savings', hours: -10, rate: 50 },
        { type: 'risk-avoidance', probability: 1.5, impact: 100 },
        { type: 'soft-savings', amount: 999 },
        { amount: 5 },
        { type: 'goodwill', amount: 5 },
        { type: 'opportunity-cost', amount: 70 },
      ]),
    );
    assert.deepEqual(r.items.map((i) => i.problem ?? i.minor), [-20_000, 50_000, 'out-of-range', 'out-of-range', 'missing-numbers', 'missing-type', 'unknown-type', 7_000]);
    assert.equal(r.items[6]!.typeText, 'goodwill');
    assert.equal(r.claimedMinor, 37_000); // -200 + 500 + 70
    assert.equal(r.roiPercent, -63); // (370 - 1,000) / 1,000
    assert.ok(r.issues.includes('uncounted-items'));
  });

  it('counts a figure written for a month (perYear 12) for a year, and shows the 12 among its factors', () => {
    const monthly = item({ type: 'revenue-impact', amount: 5_000_000 });
    monthly.perYear = num(12);
    const hours = item({ type: 'soft-savings', hours: 100, rate: 30_000 });
    hours.perYear = num(12);
    // The written product is the month's: 100 × 30,000 = 3,000,000, not the year's.
    hours.writtenTotal = num(3_000_000);
    const r = computeRoi(block('KRW', 100_000_000, [{ type: 'hard-savings', amount: 1_000_000 }]));
    const v = block('KRW', 100_000_000, []);
    v.items.push(monthly, hours);
    const m = computeRoi(v);
    assert.deepEqual(m.items.map((i) => [i.factors, i.perYear, i.minor, i.problem]), [[[5_000_000, 12], 12, 60_000_000, undefined], [[100, 30_000, 12], 12, 36_000_000, undefined]]);
    // (96,000,000 - 100,000,000) / 100,000,000 = -4 %
    assert.equal(m.roiPercent, -4);
    assert.equal(r.items[0]!.perYear, undefined);
  });

  it('never produces NaN or Infinity, even for a hand-built NaN', () => {
    const v = block('USD', 10, [{ type: 'hard-savings', amount: 1 }]);
    v.items[0]!.amount = num(Number.NaN);
    v.investment = num(Number.POSITIVE_INFINITY);
    const r = computeRoi(v);
    for (const x of [r.claimedMinor, r.validatedMinor, r.roiPercent, r.netMinor]) assert.ok(x === undefined || Number.isFinite(x));
    assert.equal(r.items[0]!.problem, 'missing-numbers');
  });

  it('marks absurdly large items instead of losing units', () => {
    const r = computeRoi(block('USD', 1, [{ type: 'hard-savings', amount: 1e300 }]));
    assert.equal(r.items[0]!.problem, 'too-large');
    assert.equal(r.claimedMinor, 0);
  });

  it('answers an absent value block with zeros', () => {
    const r = computeRoi(undefined);
    assert.equal(r.claimedMinor, 0);
    assert.equal(r.roiPercent, undefined);
    assert.deepEqual(r.issues, ['no-items']);
  });
});

describe('computeRoi on arbitrary input', () => {
  it('never throws and never yields NaN or Infinity', () => {
    const anyNumber = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(0, -0, 0.1, 0.5, 1e21, 1e-7, 1e308, -1));
    const spec = fc.record(
      {
        type: fc.oneof(fc.constantFrom('hard-savings', 'soft-savings', 'revenue-impact', 'risk-avoidance', 'opportunity-cost'), fc.string()),
        amount: anyNumber,
        hours: anyNumber,
        rate: anyNumber,
        probability: anyNumber,
        impact: anyNumber,
        validated: fc.boolean(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.option(fc.constantFrom('USD', 'KRW', 'KWD', 'xx', '')), fc.option(anyNumber), fc.array(spec, { maxLength: 6 }), (cur, inv, items) => {
        const r = computeRoi(block(cur ?? undefined, inv ?? undefined, items));
        for (const x of [r.claimedMinor, r.validatedMinor, r.investmentMinor, r.netMinor, r.conservativeNetMinor, r.roiPercent, r.conservativeRoiPercent, r.paybackMonths, r.conservativePaybackMonths, ...Object.values(r.byType)]) {
          assert.ok(x === undefined || Number.isFinite(x), String(x));
        }
        for (const it of r.items) assert.ok(Number.isSafeInteger(it.minor));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('totalRoi', () => {
  it('adds outcomes in the same currency', () => {
    const b = block('USD', 50000, [{ type: 'hard-savings', amount: 20000, validated: true }]);
    const t = totalRoi([outcome(0, CHECKOUT_VALUE()), outcome(1, b), outcome(2)]);
    assert.equal(t.outcomes, 2); // the outcome without value is left out
    assert.equal(t.claimedMinor, 40_100_000); // 381,000 + 20,000
    assert.equal(t.validatedMinor, 10_000_000); // 80,000 + 20,000
    assert.equal(t.investmentMinor, 30_000_000);
    assert.equal(t.roiPercent, 33.7); // 101,000 / 300,000 = 33.67
    assert.equal(t.conservativeRoiPercent, -66.7); // -200,000 / 300,000
    assert.equal(t.paybackMonths, 9); // 300,000 / (401,000 / 12) = 8.98
    assert.equal(t.byType?.['hard-savings'], 10_000_000);
    assert.equal(t.currency, 'USD');
  });

  it('refuses to add different currencies and says so', () => {
    const t = totalRoi([outcome(0, CHECKOUT_VALUE()), outcome(1, block('KRW', 1000, [{ type: 'hard-savings', amount: 5000 }]))]);
    assert.deepEqual(t.currencies, ['KRW', 'USD']);
    assert.ok(t.issues.includes('mixed-currencies'));
    assert.equal(t.claimedMinor, undefined);
    assert.equal(t.roiPercent, undefined);
  });

  it('gives no total ROI when an outcome with value has no investment', () => {
    const t = totalRoi([outcome(0, CHECKOUT_VALUE()), outcome(1, block('USD', undefined, [{ type: 'hard-savings', amount: 5000 }]))]);
    assert.equal(t.claimedMinor, 38_600_000);
    assert.equal(t.investmentMinor, undefined);
    assert.equal(t.roiPercent, undefined);
    assert.ok(t.issues.includes('investment-missing-for-some'));
  });

  it('is empty for outcomes without value', () => {
    const t = totalRoi([outcome(0)]);
    assert.equal(t.outcomes, 0);
    assert.equal(t.claimedMinor, 0);
    assert.equal(t.roiPercent, undefined);
  });
});
