// value-item-incomplete: an item whose type lacks the numbers it is valued from counts as 0
// in the ROI, and the rule says so at the item, in YAML and in a Markdown plan.
import { strict as assert } from 'node:assert';
import { computeRoi } from '../../src/core/roi';
import { RULES } from '../../src/core/rules';
import { at, only, run } from './helpers';

const ID = 'value-item-incomplete';

const yaml = (...items: string[]) => `cbo: 1
title: Dispatchers plan next-day routes in the tool instead of spreadsheets
value:
  currency: EUR
  investment: 50000
  items:
${items.map((i) => `    - ${i}\n`).join('')}`;

const md = (...lines: string[]) => `## CBO: Patients book follow-ups online

### Value Proposition
${lines.join('\n')}
- **Investment**: 90,000 USD
`;

function findings(text: string, kind: 'yaml' | 'markdown' = 'yaml', lang: 'en' | 'ko' = 'en') {
  return only(run(text, kind, {}, lang).findings, ID);
}

/** The one finding on the one item of `item`, with the text it points at. */
function one(item: string, lang: 'en' | 'ko' = 'en') {
  const text = yaml(item);
  const f = findings(text, 'yaml', lang);
  assert.equal(f.length, 1, `${item}: ${JSON.stringify(f.map((x) => x.message))}`);
  assert.equal(at(text, f[0]!), item, 'the finding covers the item');
  return f[0]!;
}

describe('value-item-incomplete', () => {
  it('is registered as a value warning with a description in both languages', () => {
    const r = RULES.find((x) => x.id === ID)!;
    assert.ok(r, 'in RULES');
    assert.equal(r.scope, 'value');
    assert.equal(r.defaultSeverity, 'warning');
    assert.ok(r.description.en && r.description.ko);
  });

  describe('names each missing number, for each type', () => {
    const cases: [item: string, needs: RegExp][] = [
      ['{ type: hard-savings, assumption: "Two seats" }', /hard-savings item counts as 0 in the ROI until it has `amount`: hard-savings is valued as its amount\.$/],
      ['{ type: revenue-impact, assumption: "Upsell" }', /revenue-impact item counts as 0 in the ROI until it has `amount`:/],
      ['{ type: soft-savings, rate: 40, assumption: "Agents" }', /soft-savings item counts as 0 in the ROI until it has `hours`: soft-savings is valued as hours × rate\.$/],
      ['{ type: soft-savings, hours: 1200, assumption: "Agents" }', /until it has `rate`: soft-savings is valued as hours × rate\.$/],
      ['{ type: soft-savings, assumption: "Agents" }', /until it has `hours` and `rate`:/],
      ['{ type: risk-avoidance, impact: 500000, assumption: "Fines" }', /risk-avoidance item counts as 0 in the ROI until it has `probability`: risk-avoidance is valued as probability × impact\.$/],
      ['{ type: risk-avoidance, probability: 0.05, assumption: "Fines" }', /until it has `impact`:/],
      ['{ type: risk-avoidance, assumption: "Fines" }', /until it has `probability` and `impact`:/],
      ['{ type: opportunity-cost, hours: 300, assumption: "Analysts" }', /opportunity-cost item counts as 0 in the ROI until it has `rate`, or `amount`: opportunity-cost is valued as hours × rate, else its amount\.$/],
      ['{ type: opportunity-cost, rate: 60, assumption: "Analysts" }', /until it has `hours`, or `amount`:/],
      ['{ type: opportunity-cost, assumption: "Analysts" }', /until it has `hours` and `rate`, or `amount`:/],
    ];
    for (const [item, needs] of cases) {
      it(item, () => {
        const f = one(item);
        assert.match(f.message, /^This /);
        assert.match(f.message, needs);
        assert.equal(f.severity, 'warning');
        assert.doesNotMatch(f.message, /not read/);
      });
    }
  });

  it('says an amount its type does not read is not read, and how the type is valued (the Contoso case)', () => {
    const risk = one('{ type: risk-avoidance, amount: 25000, assumption: "Fewer missed stops", validated: true }');
    assert.equal(
      risk.message,
      'This risk-avoidance item counts as 0 in the ROI until it has `probability` and `impact`. Its `amount` is not read: risk-avoidance is valued as probability × impact.',
    );
    const soft = one('{ type: soft-savings, amount: 28500, assumption: "Agents" }');
    assert.match(soft.message, /until it has `hours` and `rate`\. Its `amount` is not read: soft-savings is valued as hours × rate\.$/);
    const hard = one('{ type: hard-savings, hours: 100, rate: 40, assumption: "Seats" }');
    assert.match(hard.message, /Its `hours` and `rate` are not read: hard-savings is valued as its amount\.$/);
  });

  it('is quiet on items that are valued, whatever else they carry', () => {
    const text = yaml(
      '{ type: hard-savings, amount: 80000, assumption: "Seats" }',
      '{ type: revenue-impact, amount: -5000, assumption: "A discount" }',
      '{ type: soft-savings, hours: 1200, rate: 45, assumption: "Agents" }',
      '{ type: risk-avoidance, probability: 0.05, impact: 500000, assumption: "Fines" }',
      '{ type: risk-avoidance, probability: 0, impact: 0, assumption: "Not yet estimated" }',
      '{ type: opportunity-cost, amount: 12000, assumption: "Analysts" }',
      '{ type: opportunity-cost, hours: 300, rate: 60, assumption: "Analysts" }',
    );
    assert.deepEqual(findings(text), []);
    assert.ok(computeRoi(run(text).outcomes[0]!.value).items.every((i) => i.counted));
  });

  it('leaves a missing or unknown type to the schema, and an outcome without value alone', () => {
    const text = yaml('{ amount: 100, assumption: "x" }', '{ type: hard-saving, amount: 100, assumption: "x" }');
    assert.deepEqual(findings(text), []);
    assert.ok(only(run(text).findings, 'schema').length >= 2);
    assert.deepEqual(findings('cbo: 1\ntitle: Agents answer fewer calls\n'), []);
  });

  it('fires on exactly the items the ROI does not count for want of numbers, and at each of them', () => {
    const items = [
      '{ type: hard-savings, amount: 80000, assumption: "a" }',
      '{ type: risk-avoidance, amount: 25000, assumption: "b" }',
      '{ type: soft-savings, hours: 10, rate: 40, assumption: "c" }',
      '{ type: opportunity-cost, hours: 300, assumption: "d" }',
    ];
    const text = yaml(...items);
    const roi = computeRoi(run(text).outcomes[0]!.value);
    assert.deepEqual(roi.items.map((i) => i.problem ?? null), [null, 'missing-numbers', null, 'missing-numbers']);
    assert.ok(roi.issues.includes('uncounted-items'));
    assert.deepEqual(findings(text).map((f) => at(text, f)), [items[1], items[3]]);
  });

  it('points at a block item, not only a flow one', () => {
    const text = `cbo: 1
title: Fraud analysts clear flagged payments within 4 hours
value:
  currency: USD
  investment: 40000
  items:
    - type: risk-avoidance
      probability: 0.1
      assumption: Chargebacks the analysts stop
`;
    const f = findings(text);
    assert.equal(f.length, 1);
    assert.equal(at(text, f[0]!).trimEnd(), 'type: risk-avoidance\n      probability: 0.1\n      assumption: Chargebacks the analysts stop');
    assert.match(f[0]!.message, /until it has `impact`/);
    assert.equal(f[0]!.start.line, 6);
  });

  it('speaks Korean', () => {
    assert.equal(
      one('{ type: risk-avoidance, amount: 25000, assumption: "벌금" }', 'ko').message,
      '이 리스크 회피(risk-avoidance) 항목은 `probability`, `impact` 값이 없어서, 적기 전까지는 ROI에서 0으로 계산됩니다. 적힌 `amount` 값은 읽지 않습니다. 리스크 회피는 확률 × 영향으로 계산합니다.',
    );
    assert.equal(
      one('{ type: soft-savings, hours: 750, assumption: "상담원" }', 'ko').message,
      '이 간접 비용 절감(soft-savings) 항목은 `rate` 값이 없어서, 적기 전까지는 ROI에서 0으로 계산됩니다. 간접 비용 절감은 시간 × 단가로 계산합니다.',
    );
    assert.match(one('{ type: opportunity-cost, assumption: "분석가" }', 'ko').message, /`hours`, `rate` 또는 `amount` 값이 없어서.*기회비용은 시간 × 단가, 없으면 금액으로 계산합니다\.$/);
  });

  it('can be turned off in .cborc.yaml', () => {
    const text = yaml('{ type: risk-avoidance, amount: 25000, assumption: "b" }');
    assert.deepEqual(only(run(text, 'yaml', { rules: { [ID]: 'off' } }).findings, ID), []);
  });

  describe('in a Markdown plan', () => {
    it('names the line, in the plan\'s words and with an example of the form, at the whole bullet', () => {
      const line = '- **Risk Avoidance**: 25,000 USD: fewer fines for late reports';
      const text = md('- **Hard Savings**: 40,000 USD: one front-desk seat', line);
      const f = findings(text, 'markdown');
      assert.equal(f.length, 1);
      assert.equal(at(text, f[0]!), line);
      assert.equal(
        f[0]!.message,
        'This Risk Avoidance line counts as 0 in the ROI until it has a probability in % and an impact in money (e.g. "20% × 1,500,000 USD"). Its amount is not read: Risk Avoidance is valued as probability × impact.',
      );
    });
    it('asks for the rate of hours written alone, an amount where none is written, and an impact beside a bare %', () => {
      assert.match(findings(md('- **Soft Savings**: 750 hours: agents answer fewer calls'), 'markdown')[0]!.message, /until it has a rate per hour \(e\.g\. "750 hours × 38 USD"\): Soft Savings is valued as hours × rate\.$/);
      assert.match(findings(md('- **Hard Savings**: two seats fewer'), 'markdown')[0]!.message, /Hard Savings line counts as 0 in the ROI until it has an amount \(e\.g\. "54,000 USD"\)/);
      assert.match(findings(md('- **Risk Avoidance**: a 20% chance of a fine'), 'markdown')[0]!.message, /until it has an impact in money/);
      assert.match(findings(md('- **Opportunity Cost**: 300 hours of analyst time'), 'markdown')[0]!.message, /a rate per hour, or an amount \(e\.g\. "750 hours × 38 USD" or "54,000 USD"\)/);
    });
    it('is quiet on lines the ROI values', () => {
      const text = md('- **Soft Savings**: 750 hours × 38 USD: agents', '- **Risk Avoidance**: 20% × 1,500,000 USD: fines', '- **Opportunity Cost**: 12,000 USD: analysts');
      assert.deepEqual(findings(text, 'markdown'), []);
    });
    it('speaks Korean in a Korean plan', () => {
      const text = '## CBO: 분석가가 전일 매출 보고서를 30분 만에 받는다\n\n### 가치 제안\n- **리스크 회피**: 2,500만 원: 벌금 감소\n- **투자**: 9,000만 원\n';
      const f = findings(text, 'markdown', 'ko');
      assert.equal(f.length, 1);
      assert.equal(
        f[0]!.message,
        '이 리스크 회피 줄에는 확률(%), 영향 금액이 없어서, 적기 전까지는 ROI에서 0으로 계산됩니다. 적힌 금액은 읽지 않습니다. 리스크 회피는 확률 × 영향으로 계산합니다(예: "20% × 15억 원").',
      );
    });
    it('leaves a line that still holds the template\'s prompt to no-placeholder (one finding per spot)', () => {
      const text = md('- **Hard Savings**: amount a year, with its currency: why this number holds');
      const r = run(text, 'markdown');
      assert.deepEqual(only(r.findings, ID), []);
      assert.ok(only(r.findings, 'no-placeholder').length >= 1);
    });
  });
});
