// A plan's value line with a minus sign touching its figure is a loss: "−7,000 USD" (U+2212)
// counted as +7,000, and "-$5,000" as nothing. A range or a dash between words is no sign.
import { strict as assert } from 'node:assert';
import { parseDocument } from '../../src/core/parse/index';
import { minusBefore } from '../../src/core/parse/value-money';

const plan = (line: string) => `## CBO: Analysts get the daily report by 9:00\n\n### Value Proposition\n- ${line}\n- **Investment**: $10,000\n`;
const amount = (line: string) => parseDocument(plan(line), 'markdown').doc.outcomes[0]!.value!.items[0]!.amount?.value;

describe('value lines: a minus sign', () => {
  it('reads a minus touching the figure or its currency symbol as a loss', () => {
    assert.equal(amount('**Hard Savings**: −7,000 USD a year from fewer licences'), -7000);
    assert.equal(amount('**Hard Savings**: -$5,000 a year'), -5000);
    assert.equal(amount('**Revenue Impact**: (−₩3,000,000) a year'), -3000000);
  });

  it('keeps a range, a dash between words and a figure with no sign positive', () => {
    assert.equal(amount('**Revenue Impact**: $20,000-$30,000 a year from faster pricing'), 20000);
    assert.equal(amount('**Hard Savings**: 7,000 USD a year'), 7000);
    assert.equal(amount('**Hard Savings**: licences - $7,000 a year'), 7000);
    assert.equal(amount('**Hard Savings**: licences – 7,000 USD a year'), 7000);
  });

  it('looks only at the characters right before the figure', () => {
    assert.equal(minusBefore('a −7', 3), true);
    assert.equal(minusBefore('5,000-7,000', 6), false);
    assert.equal(minusBefore('x - 7', 4), false);
    assert.equal(minusBefore('-7', 1), true);
  });
});
