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
import { run, TODAY, valuePlan } from './helpers';

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
