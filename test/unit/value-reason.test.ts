// The reason of a value line is the user's words after its figures: a count's noun, a unit of sale
// or a period after the last factor are the figure's ("$5,000 monthly × 2 sites: rent" had the
// reason "sites: rent"), and a period after a count's noun is the line's ("× 2 sites per month").
import { strict as assert } from 'node:assert';
import { computeRoi } from '../../src/core/roi';
import { run, valuePlan as md } from './helpers';

function read(text: string, investment = '**Investment**: $60,000') {
  const v = run(md([text, investment]), 'markdown').outcomes[0]!.value!;
  return { reason: v.items[0]!.assumption?.value, minor: computeRoi(v).items[0]!.minor };
}
const won = '**Investment**: 5,000만 원';

describe('Value lines: the reason after the factors', () => {
  it('leaves out the noun of a count written last', () => {
    const cases: [string, string, string?][] = [
      ['**Hard Savings**: $5,000 monthly × 2 sites: rent', 'rent'],
      ['**Hard Savings**: $4,000/month × 3 sites: licence', 'licence'],
      ['**Hard Savings**: $6 × 9,000 calls: fewer repeat calls', 'fewer repeat calls'],
      ['**Risk Avoidance**: 5% × $1,000,000 × 2 sites: outage', 'outage'],
      ['**Hard Savings**: 월 500만 원 × 3개 지점: 임대료', '임대료', won],
      // With no separator the noun alone is the factor's; the rest is the reason.
      ['**Hard Savings**: $5,000 monthly × 2 sites closed after the merger', 'closed after the merger'],
    ];
    for (const [text, reason, inv] of cases) assert.equal(read(text, inv).reason, reason, text);
    assert.equal(read('**Hard Savings**: $5,000 monthly × 2 sites').reason, undefined);
  });

  it('leaves out the unit a price is for', () => {
    const cases: [string, string][] = [
      ['**Hard Savings**: 9,000 calls × $6 per call: fewer repeat calls', 'fewer repeat calls'],
      ['**Hard Savings**: 3 licences × $20,000 per year: seats', 'seats'],
      ['**Soft Savings**: 500 hours × $40/hour: agent time', 'agent time'],
      ['**Soft Savings**: 500 hours × 40 USD per hour: agent time', 'agent time'],
      ['**Hard Savings**: 40 licences × $300 each: seats', 'seats'],
    ];
    for (const [text, reason] of cases) assert.equal(read(text).reason, reason, text);
    // A reason that starts with a word a unit may start with keeps it.
    assert.equal(read('**Hard Savings**: $40 each time a call is avoided').reason, 'each time a call is avoided');
    assert.equal(read('**Hard Savings**: 300 won fee saved per call', '**Investment**: 5,000 원').reason, 'fee saved per call');
  });

  it('counts a period written after a count\'s noun', () => {
    // 2 sites × $5,000 a month × 12 = $120,000 (it was $10,000, with "sites per month" as the reason).
    const r = read('**Hard Savings**: $5,000 × 2 sites per month: rent');
    assert.equal(r.minor, 120_000 * 100);
    assert.equal(r.reason, 'rent');
    // 4 visits a month × $500 × 12 = $24,000.
    assert.equal(read('**Hard Savings**: $500 × 4 visits a month: technician call-outs').minor, 24_000 * 100);
  });
});
