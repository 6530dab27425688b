// An Investment line with a product and a sum: the product first, as in arithmetic. The plus
// joined the two dollar figures before the times applied ("3 licences × $20,000 + $10,000 setup"
// was 3 × $30,000 = $90,000, and written the other way round only $10,000).
import { strict as assert } from 'node:assert';
import { parseDocument } from '../../src/core/parse/index';

const plan = (line: string) => `## CBO: Analysts get the daily report by 9:00\n\n### Value Proposition\n- **Hard Savings**: $80,000 a year\n- **Investment**: ${line}\n`;
const investment = (line: string) => parseDocument(plan(line), 'markdown').doc.outcomes[0]!.value!.investment?.value;

describe('Investment: a sum of products', () => {
  it('multiplies before it adds, in either order', () => {
    assert.equal(investment('3 licences × $20,000 + $10,000 setup'), 70000);
    assert.equal(investment('$10,000 setup + 3 licences × $20,000'), 70000);
    assert.equal(investment('2 engineers × $50,000 + 3 licences × $2,000 + $5,000 training'), 111000);
    assert.equal(investment('3 licences x $20,000 + $10,000 setup'), 70000);
  });

  it('reads a line as before when a term is no whole cost in the line\'s currency, or a total is written', () => {
    // A share is no cost of its own: the markup the line read before ($22,000 × 3).
    assert.equal(investment('3 licences × $20,000 + 10% contingency'), 66000);
    assert.equal(investment('$20,000/month × 6 months + $10,000 setup'), 130000, 'the running cost reader');
    assert.equal(investment('3 licences × $20,000 + $10,000 setup, $75,000 total'), 75000);
    assert.equal(investment('$60,000 + $10,000'), 70000, 'a sum alone, as before');
  });
});
