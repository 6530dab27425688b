// A plan's value line with a minus sign on its figure is a loss: "−7,000 USD" (U+2212) counted as
// +7,000, "-$5,000" as nothing, and "-5,000 USD", "$-5,000", "USD -5,000" or "-5,000원" (a hyphen
// before the digits, which the number reader takes for a date's part) were no amount at all. A
// range or a dash between words is no sign.
import { strict as assert } from 'node:assert';
import { parseDocument } from '../../src/core/parse/index';
import { minusAt } from '../../src/core/parse/value-money';
import { writtenAmounts } from '../../src/core/text/written-amounts';

const plan = (line: string) => `## CBO: Analysts get the daily report by 9:00\n\n### Value Proposition\n- ${line}\n- **Investment**: $10,000\n`;
const koPlan = (line: string) => `## CBO: 분석가가 9시까지 일일 보고서를 받는다\n\n### 가치 제안\n- ${line}\n- **투자**: 1,000만 원\n`;
const itemOf = (text: string) => parseDocument(text, 'markdown').doc.outcomes[0]!.value!.items[0]!;
const amount = (line: string) => itemOf(plan(line)).amount?.value;

describe('value lines: a minus sign', () => {
  it('reads a minus touching the figure or its currency symbol as a loss', () => {
    assert.equal(amount('**Hard Savings**: −7,000 USD a year from fewer licences'), -7000);
    assert.equal(amount('**Hard Savings**: -$5,000 a year'), -5000);
    assert.equal(amount('**Revenue Impact**: (−₩3,000,000) a year'), -3000000);
  });

  it('reads a hyphen right before the digits as a sign: after the line\'s start, a code, or inside the currency', () => {
    assert.equal(amount('**Hard Savings**: -5,000 USD a year from fewer licences'), -5000);
    assert.equal(amount('**Hard Savings**: $-5,000 a year'), -5000);
    assert.equal(amount('**Hard Savings**: USD -5,000 a year'), -5000);
    assert.equal(amount('**Revenue Impact**: -5k USD a year'), -5000);
    assert.equal(amount('**Revenue Impact**: EUR -5.000 a year'), -5000);
    assert.equal(amount('**Revenue Impact**: €-5.000 a year'), -5000);
    assert.equal(amount('**Hard Savings**: $−5,000 a year'), -5000);
  });

  it('reads a Korean loss in 원, with a hyphen or U+2212', () => {
    for (const written of ['-5,000원', '−5,000원', '-5,000 원', '₩-5,000']) {
      const it = itemOf(koPlan(`**직접 비용 절감**: ${written}: 라이선스 감소`));
      assert.equal(it.amount?.value, -5000, written);
    }
  });

  it('keeps the currency a code before the sign gives', () => {
    const it = itemOf(`## CBO: Analysts get the daily report by 9:00\n\n### Value Proposition\n- **Hard Savings**: EUR -5,000 a year\n- **Investment**: 10,000 EUR\n`);
    assert.equal(it.amount?.value, -5000);
    assert.equal(it.otherCurrency, undefined);
  });

  it('spans the sign with the figure', () => {
    const text = plan('**Hard Savings**: -5,000 USD a year');
    const span = itemOf(text).amount!.span;
    assert.equal(text.slice(span.start, span.end), '-5,000');
    const dollars = plan('**Hard Savings**: -$5,000 a year');
    const s = itemOf(dollars).amount!.span;
    assert.equal(dollars.slice(s.start, s.end), '-$5,000');
  });

  it('keeps a range, a dash between words and a figure with no sign positive', () => {
    assert.equal(amount('**Revenue Impact**: $20,000-$30,000 a year from faster pricing'), 20000);
    assert.equal(amount('**Revenue Impact**: 5,000-7,000 USD a year'), 5000);
    assert.equal(amount('**Hard Savings**: 7,000 USD a year'), 7000);
    assert.equal(amount('**Hard Savings**: licences - $7,000 a year'), 7000);
    assert.equal(amount('**Hard Savings**: licences – 7,000 USD a year'), 7000);
    assert.equal(amount('**Hard Savings**: licences -7,000 USD a year'), -7000, 'a sign after a word is a sign');
  });

  it('reads no sign after a figure and a space, nor in a date or a name', () => {
    // "$5,000 -7,000": a range written loosely or a difference, left as it was read.
    assert.deepEqual(writtenAmounts('$5,000 -7,000 USD').map((q) => q.value), [5000]);
    assert.deepEqual(writtenAmounts('by 2026-09-30, 5,000 USD').map((q) => q.value), [5000]);
    assert.deepEqual(writtenAmounts('model A-5 saves 5,000 USD').map((q) => q.value), [5000]);
  });

  it('finds the sign right before the figure or at its start', () => {
    assert.equal(minusAt('a −7', 3), 2);
    assert.equal(minusAt('5,000-7,000', 6), undefined);
    assert.equal(minusAt('x - 7', 4), undefined);
    assert.equal(minusAt('-7', 1), 0);
    assert.equal(minusAt('-$7', 1), 0);
    assert.equal(minusAt('-7 USD', 0), 0);
    assert.equal(minusAt('$-7', 0), 1);
  });
});
