// A value line with a product and a sum: the product first, as in arithmetic and as an Investment
// line reads it (investment-sum.test.ts). The plus joined the two dollar figures before the times
// applied: "3 stores × $20,000 + $10,000" was 3 × $30,000 = $90,000, and "$10,000 + 3 stores ×
// $20,000" only $10,000.
import { strict as assert } from 'node:assert';
import { resolveConfig } from '../../src/core/config';
import { guidedYaml, judgeStep, type GuidedAnswers } from '../../src/core/guided';
import { parseDocument } from '../../src/core/parse/index';
import { computeRoi } from '../../src/core/roi';
import { GOOD_ANSWERS } from '../guided-answers';
import { only, run, TODAY, valuePlan } from './helpers';

/** The line's year's value as the ROI counts it, in whole units. */
function valueOf(line: string, investment = '**Investment**: $10,000'): number {
  const v = parseDocument(valuePlan([line, investment]), 'markdown').doc.outcomes[0]!.value!;
  return computeRoi(v).claimedMinor / 100;
}

describe('value lines: a sum of products', () => {
  it('multiplies before it adds, in either order', () => {
    assert.equal(valueOf('**Hard Savings**: 3 stores × $20,000 + $10,000'), 70000);
    assert.equal(valueOf('**Hard Savings**: $10,000 + 3 stores × $20,000'), 70000);
    assert.equal(valueOf('**Revenue Impact**: 3 stores × $20,000 + $10,000 + 2 × $1,000'), 72000);
    assert.equal(valueOf('**Revenue Impact**: 1,000 users x $5 + $2,000'), 7000);
    assert.equal(valueOf('**Opportunity Cost**: 3 × $20,000 + $10,000'), 70000);
  });

  it('counts each term for its own period', () => {
    // A month's figure is a year's × 12; a span of months counts its months.
    assert.equal(valueOf('**Hard Savings**: 3 stores × $2,000/month + $10,000'), 82000);
    assert.equal(valueOf('**Hard Savings**: 2 × $5,000/month × 6 months + $10,000'), 70000);
  });

  it('reads Korean amounts so', () => {
    const v = parseDocument(`## CBO: 분석가가 9시까지 보고서를 받는다\n\n### 가치 제안\n- **직접 비용 절감**: 3개 매장 × 2,000만 원 + 1,000만 원: 배송 인력\n- **투자**: 1,000만 원\n`, 'markdown').doc.outcomes[0]!.value!;
    assert.equal(computeRoi(v).claimedMinor, 70_000_000);
    assert.equal(v.items[0]!.assumption?.value, '배송 인력');
  });

  it('keeps the reason after the figures, spans the sum and shows no count', () => {
    const text = valuePlan(['**Hard Savings**: 3 stores × $20,000 + $10,000: fewer couriers', '**Investment**: $10,000']);
    const it = run(text, 'markdown').outcomes[0]!.value!.items[0]!;
    assert.equal(it.assumption?.value, 'fewer couriers');
    assert.equal(it.count, undefined);
    assert.equal(text.slice(it.amount!.span.start, it.amount!.span.end), '3 stores × $20,000 + $10,000');
  });

  it('reads a line as before when a term is no whole amount in the line\'s currency, or no product is written', () => {
    // A share added is a markup of the money before it ($22,000 × 3), as before.
    assert.equal(valueOf('**Hard Savings**: 3 stores × $20,000 + 10% uplift'), 66000);
    assert.equal(valueOf('**Hard Savings**: $60,000 + $10,000'), 70000, 'a sum alone, as before');
    // A term in euros: the line is read as before, its first amount 3 × $20,000.
    assert.equal(valueOf('**Hard Savings**: 3 × $20,000 + 10,000 EUR'), 60000);
  });

  it('is read the same in the guided flow', () => {
    const config = resolveConfig({}, { today: TODAY, lang: 'en' });
    const a: GuidedAnswers = { ...GOOD_ANSWERS, value: 'hard-savings 3 stores × $20,000 + $10,000: fewer couriers', investment: '$10,000' };
    assert.equal(judgeStep('value', a, config), undefined);
    const v = run(guidedYaml(a, 'en'), 'yaml').outcomes[0]!.value!;
    assert.equal(v.items[0]!.amount?.value, 70000);
  });
});

describe('value lines whose type is a product: an amount added to it', () => {
  /** The line's first item's problem as the ROI gives it, and its value. */
  function itemOf(line: string) {
    const v = parseDocument(valuePlan([line, '**Investment**: $10,000']), 'markdown').doc.outcomes[0]!.value!;
    return { roi: computeRoi(v), item: v.items[0]! };
  }

  it('counts no hours × rate with a sum in it, and names the added term', () => {
    // Read as hours × rate, "$40 + $5,000" was a rate of $5,040: $2,520,000 a year.
    for (const line of ['**Soft Savings**: 500 hours × $40 + $5,000 per year: analysts freed', '**Opportunity Cost**: 500 hours × $40 + $5,000', '**Risk Avoidance**: 20% × $1,000,000 + $5,000: a fine avoided']) {
      const { roi, item } = itemOf(line);
      assert.equal(roi.claimedMinor, 0, line);
      assert.equal(roi.items[0]!.problem, 'added-term', line);
      assert.equal(item.addedTerm?.value, '+ $5,000', line);
    }
    const v = parseDocument('## CBO: 분석가가 9시까지 보고서를 받는다\n\n### 가치 제안\n- **간접 비용 절감**: 500시간 × 4만 원 + 50만 원: 분석가 시간\n- **투자**: 1,000만 원\n', 'markdown').doc.outcomes[0]!.value!;
    assert.equal(computeRoi(v).items[0]!.problem, 'added-term');
    assert.equal(v.items[0]!.addedTerm?.value, '+ 50만 원');
  });

  it('says so at the added term, in English and Korean', () => {
    const text = valuePlan(['**Soft Savings**: 500 hours × $40 + $5,000: analysts freed', '**Investment**: $10,000']);
    const en = run(text, 'markdown').findings.filter((f) => f.ruleId === 'value-item-incomplete');
    assert.equal(en.length, 1);
    assert.equal(text.slice(en[0]!.span.start, en[0]!.span.end), '+ $5,000');
    assert.match(en[0]!.message, /^This Soft Savings line adds "\+ \$5,000" to its product: a Soft Savings value is hours × rate alone/);
    const ko = run(text, 'markdown', {}, 'ko').findings.filter((f) => f.ruleId === 'value-item-incomplete');
    assert.match(ko[0]!.message, /곱에 \+ \$5,000를 더합니다\. .*시간 × 단가만으로 세므로/);
  });

  it('names the word "plus", an amount written first and a second product too, quoting the term added', () => {
    // A cold review's misses: "plus $5,000" was a rate of $5,040 ($2,520,000), an amount or a
    // product added the other way was dropped without a word.
    const cases: [string, string][] = [
      ['**Soft Savings**: 500 hours × $40 plus $5,000', 'plus $5,000'],
      ['**Soft Savings**: 500 hours × $40, plus $5,000 tooling', 'plus $5,000'],
      ['**Soft Savings**: $5,000 + 500 hours × $40', '$5,000 +'],
      ['**Soft Savings**: 500 hours × $40 + 200 hours × $60', '+ 200 hours × $60'],
      ['**Opportunity Cost**: 500 hours × 40 USD + 5,000 USD', '+ 5,000 USD'],
      ['**Risk Avoidance**: $5,000 + 5% × $1,000,000', '$5,000 +'],
      ['**Risk Avoidance**: 20% × $1,000,000 plus $5,000 audit fee', 'plus $5,000'],
    ];
    for (const [line, added] of cases) {
      const { roi, item } = itemOf(line);
      assert.deepEqual([roi.claimedMinor, roi.items[0]!.problem, item.addedTerm?.value], [0, 'added-term', added], line);
    }
    const text = valuePlan(['**Opportunity Cost**: 500 hours × 40 USD + 5,000 USD', '**Investment**: $10,000']);
    assert.match(only(run(text, 'markdown').findings, 'value-item-incomplete')[0]!.message, /an Opportunity Cost value is hours × rate alone/);
  });

  it('leaves a sum inside brackets to the rate it makes', () => {
    assert.equal(itemOf('**Soft Savings**: 500 hours × ($40 + $5 overhead)').roi.claimedMinor, 2_250_000);
    assert.equal(itemOf('**Soft Savings**: 500 hours × $40 (+ $5,000 tooling, see Hard Savings)').item.addedTerm, undefined);
  });

  it('leaves a plus in the reason, and a product alone, as they were', () => {
    assert.equal(itemOf('**Soft Savings**: 500 hours × $40: analysts + managers').roi.claimedMinor, 2_000_000);
    assert.equal(itemOf('**Soft Savings**: 500 hours × $40: 2 + 3 teams').roi.claimedMinor, 2_000_000);
    assert.equal(itemOf('**Risk Avoidance**: 20% × $1,000,000: fines + legal fees').roi.claimedMinor, 20_000_000);
    assert.equal(itemOf('**Soft Savings**: 500 hours × $40: 5+ minutes saved, +/- 10%').roi.claimedMinor, 2_000_000);
    assert.equal(itemOf('**Soft Savings**: 500 hours × $40').roi.claimedMinor, 2_000_000);
    assert.equal(itemOf('**Risk Avoidance**: 20% × $1,000,000').roi.claimedMinor, 20_000_000);
    assert.equal(itemOf('**Hard Savings**: 3 stores × $20,000 + $10,000').item.addedTerm, undefined);
  });
});
