// The guided flow reads the value and investment answers as the Markdown reader reads a plan's
// Value section: European amounts, a count × a unit price, a month's figure × 12.
import { strict as assert } from 'node:assert';
import { resolveConfig } from '../../src/core/config';
import { guidedYaml, judgeStep, type GuidedAnswers } from '../../src/core/guided';
import { computeRoi } from '../../src/core/roi';
import { GOOD_ANSWERS } from '../guided-answers';
import { run, TODAY } from './helpers';

const config = (lang: 'en' | 'ko' = 'en') => resolveConfig({}, { today: TODAY, lang });
const EN: GuidedAnswers = { ...GOOD_ANSWERS, investment: '10000' };

/** The YAML the flow writes, read back: the first item, the investment, the ROI's claimed value. */
function written(a: GuidedAnswers, lang: 'en' | 'ko') {
  const text = guidedYaml(a, lang);
  const v = run(text, 'yaml', {}, lang).outcomes[0]!.value!;
  return { it: v.items[0], investment: v.investment?.value, currency: v.currency?.value, minor: computeRoi(v).claimedMinor, text };
}

describe('New CBO (Guided): European amounts', () => {
  it('reads a dot as the thousands separator beside a currency, in the value and the investment', () => {
    const a = { ...EN, value: 'Hard savings 100.000 € per month: rent', investment: '50.000 €' };
    const w = written(a, 'en');
    // 100,000 × 12 = 1,200,000 (it was read as 100, 1,200 a year), and 50,000 (it was 50).
    assert.equal(w.it?.amount?.value, 1_200_000);
    assert.equal(w.investment, 50_000);
    assert.equal(w.currency, 'EUR');
    assert.equal(judgeStep('value', a, config())?.message, 'Counted for a year: 100.000 € per month × 12 months = 1,200,000 EUR.');
    assert.equal(written({ ...EN, value: 'hard-savings €100.000: rent', investment: '€50.000,50' }, 'en').it?.amount?.value, 100_000);
    assert.equal(written({ ...EN, value: 'hard-savings €100.000: rent', investment: '€50.000,50' }, 'en').investment, 50_000.5);
    // Two groups need no currency; a reason's own figures stay as written.
    assert.equal(written({ ...EN, value: 'hard-savings 1.200.000: rent of 2.500 m2', investment: '10000' }, 'en').it?.assumption?.value, 'rent of 2.500 m2');
    assert.equal(written({ ...EN, value: 'hard-savings 1.200.000: rent', investment: '10000' }, 'en').it?.amount?.value, 1_200_000);
  });

  it('leaves a decimal figure with no currency as written', () => {
    assert.equal(written({ ...EN, value: 'hard-savings 36000: 1.500 fewer calls', investment: '1.500' }, 'en').investment, 1.5);
  });
});
