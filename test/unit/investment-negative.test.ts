// An investment below zero is no cost: "−$10,000" and "-$10,000" on a plan's Investment line were
// read as +10,000 (the sign left aside), and "-10,000 USD" as no amount. The figure is read below
// zero, named at it by value-no-investment, and the ROI counts no investment.
import { strict as assert } from 'node:assert';
import { resolveConfig } from '../../src/core/config';
import { guidedYaml, judgeStep, type GuidedAnswers } from '../../src/core/guided';
import { computeRoi } from '../../src/core/roi';
import { GOOD_ANSWERS } from '../guided-answers';
import { parseDocument } from '../../src/core/parse/index';
import { GOOD_YAML, investmentLine, only, run, TODAY, valuePlan } from './helpers';

const EN_MESSAGE = 'The investment is -10,000, below zero: an investment is a cost and cannot be negative, so it is not counted and no ROI or payback is computed. Write the whole cost as a positive amount; a saving or a gain goes on a value line.';

describe('Investment: a cost below zero', () => {
  it('is read below zero and named at the figure, its sign included', () => {
    const figures: Record<string, string> = { '−$10,000': '−$10,000', '-$10,000': '-$10,000', '-10,000 USD': '-10,000', '$-10,000': '$-10,000', 'USD -10,000': '-10,000' };
    for (const [written, figure] of Object.entries(figures)) {
      const r = investmentLine(`${written}: licence refund`);
      assert.equal(r.cost, -10000, written);
      assert.deepEqual(r.at, [figure], written);
      assert.equal(r.findings[0]!.message, EN_MESSAGE, written);
      assert.deepEqual(r.findings[0]!.data, { on: 'investment' });
    }
  });

  it('says so in Korean, on a Korean plan', () => {
    const r = investmentLine('-1,000만 원', '**직접 비용 절감**: 5,000만 원: 외주 비용', 'ko');
    assert.equal(r.cost, -10_000_000);
    assert.deepEqual(r.at, ['-1,000만 원']);
    assert.equal(r.findings[0]!.message, '투자가 -10,000,000으로 0보다 작습니다. 투자는 비용이므로 음수일 수 없어 ROI와 투자 회수 기간을 계산하지 않습니다. 총비용을 양수로 적고, 절감이나 수익은 가치 줄에 적으세요.');
  });

  it('gives no ROI, net value or payback', () => {
    const text = `## CBO: Agents answer refund questions on the first call\n\n### Value Proposition\n- **Hard Savings**: $100,000: contractor cost no longer paid\n- **Investment**: -$10,000\n`;
    const roi = computeRoi(run(text, 'markdown').outcomes[0]!.value);
    assert.equal(roi.investmentMinor, undefined);
    assert.equal(roi.roiPercent, undefined);
    assert.ok(roi.issues.includes('negative-investment'));
  });

  it('is taken off in a sum of products, and a sum below zero is named', () => {
    // It was $65,000: the discount's sign was left aside.
    assert.equal(investmentLine('3 licences × $20,000 + -$5,000 discount').cost, 55000);
    const r = investmentLine('2 licences × $2,000 + -$5,000 refund');
    assert.equal(r.cost, -1000);
    assert.match(r.findings[0]!.message, /^The investment is -1,000, below zero/);
  });

  it('is taken off in a plain sum too, on an Investment line and a value line', () => {
    // A cold review: both read $20,000 and $60,000, the term with its sign no figure at all.
    assert.equal(investmentLine('$20,000 + -$5,000').cost, 15000);
    assert.equal(investmentLine('$60,000 plus -$5,000 rebate').cost, 55000);
    assert.match(investmentLine('$20,000 + -$30,000 rebate').findings[0]!.message, /^The investment is -10,000, below zero/);
    const v = parseDocument(valuePlan(['**Hard Savings**: $20,000 + -$5,000: servers', '**Investment**: $10,000']), 'markdown').doc.outcomes[0]!.value!;
    assert.equal(computeRoi(v).claimedMinor, 1_500_000);
    assert.equal(investmentLine('$20,000 + $5,000').cost, 25000);
  });

  it('leaves a positive cost, a range and a dash between words as they were', () => {
    assert.equal(investmentLine('$10,000').cost, 10000);
    assert.equal(investmentLine('$50,000-$80,000').cost, 80000);
    assert.equal(investmentLine('licences - $10,000').cost, 10000);
    assert.deepEqual(investmentLine('$10,000').findings, []);
  });

  it('leaves a YAML investment below zero to the schema: one finding at the figure', () => {
    const text = GOOD_YAML.replace(/investment: \d+/, 'investment: -10000');
    assert.notEqual(text, GOOD_YAML);
    const findings = run(text).findings;
    assert.deepEqual(only(findings, 'value-no-investment'), []);
    const at = findings.filter((f) => text.slice(f.span.start, f.span.end) === '-10000');
    assert.deepEqual(at.map((f) => [f.ruleId, f.severity]), [['schema', 'error']]);
    assert.match(at[0]!.message, /at least 0/);
  });

  it('is asked again in the guided flow, in both languages, and not written', () => {
    const config = (lang: 'en' | 'ko') => resolveConfig({}, { today: TODAY, lang });
    const en: GuidedAnswers = { ...GOOD_ANSWERS, investment: '-$10,000' };
    assert.deepEqual(judgeStep('investment', en, config('en')), { severity: 'error', message: EN_MESSAGE });
    assert.doesNotMatch(guidedYaml(en, 'en'), /investment:/);
    const ko: GuidedAnswers = { ...GOOD_ANSWERS, investment: '-1,000만 원' };
    assert.match(judgeStep('investment', ko, config('ko'))!.message, /^투자가 -10,000,000으로 0보다 작습니다\./);
  });
});
