// The guided flow reads the value and investment answers as the Markdown reader reads a plan's
// Value section: European amounts, a count × a unit price, a month's figure × 12.
import { strict as assert } from 'node:assert';
import { resolveConfig } from '../../src/core/config';
import { guidedMarkdown, guidedYaml, judgeStep, type GuidedAnswers } from '../../src/core/guided';
import { parseDocument } from '../../src/core/parse/index';
import { computeRoi } from '../../src/core/roi';
import { GOOD_ANSWERS } from '../guided-answers';
import { run, TODAY } from './helpers';

const config = (lang: 'en' | 'ko' = 'en') => resolveConfig({}, { today: TODAY, lang });
const EN: GuidedAnswers = { ...GOOD_ANSWERS, investment: '10000' };
const KO: GuidedAnswers = { ...GOOD_ANSWERS, behavior: '민원인이 증명서를 온라인으로 발급받는다', investment: '1억 원' };

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

/** The ROI's claimed value of the Markdown section the flow writes, read back by the Markdown reader. */
function markdownMinor(a: GuidedAnswers, lang: 'en' | 'ko'): number {
  const v = parseDocument(guidedMarkdown(a, lang), 'markdown', lang).doc.outcomes[0]!.value!;
  return computeRoi(v).claimedMinor;
}

describe('New CBO (Guided): a count × a unit price, a month × 12', () => {
  it('reads a count × a unit price as their product, in YAML and in Markdown, and says so', () => {
    const a = { ...EN, value: 'Hard savings 9,000 calls × $6: fewer calls' };
    const w = written(a, 'en');
    // It was refused with the generic value message.
    assert.equal(w.it?.amount?.value, 54_000);
    assert.equal(w.it?.assumption?.value, '9,000 calls × $6: fewer calls');
    assert.equal(w.currency, 'USD');
    // In cents.
    assert.equal(markdownMinor(a, 'en'), 5_400_000);
    assert.equal(judgeStep('value', a, config())?.severity, 'info');
    assert.equal(judgeStep('value', a, config())?.message, 'Counted: 9,000 calls × $6 = 54,000 USD.');
    assert.equal(judgeStep('value', { ...KO, value: '직접 비용 절감 9,000건 × 6,000원: 상담 전화 감소' }, config('ko'))?.message, '곱해서 셉니다: 9,000건 × 6,000원 = 54,000,000원.');
    // A product written after "=" is no reason; one that is not the product is asked again.
    assert.equal(written({ ...EN, value: 'hard-savings 9,000 calls × $6 = $54,000: fewer calls' }, 'en').it?.assumption?.value, '9,000 calls × $6: fewer calls');
    const wrong = judgeStep('value', { ...EN, value: 'hard-savings 9,000 calls × $6 = $50,000: fewer calls' }, config());
    assert.equal(wrong?.message, 'The total after "=" is not 54,000 USD, the figures multiplied: write the figures, or the total alone.');
    assert.equal(written({ ...EN, value: 'hard-savings 9,000 calls × $6 = $50,000: fewer calls' }, 'en').it, undefined);
  });

  it('counts a month\'s figure × 12 (months) once for the year', () => {
    const en = { ...EN, value: 'Hard savings $4,000/month × 12 months: licences' };
    // 48,000, not refused, and not 4,000 × 12 × 12.
    assert.equal(written(en, 'en').it?.amount?.value, 48_000);
    assert.equal(written(en, 'en').it?.assumption?.value, '$4,000/month × 12 months: licences');
    assert.equal(markdownMinor(en, 'en'), 4_800_000);
    assert.equal(judgeStep('value', en, config())?.message, 'Counted for a year: $4,000/month × 12 months = 48,000 USD.');
    const ko = { ...KO, value: '직접 비용 절감 월 500만 원 × 12개월 = 6,000만 원: 임대' };
    assert.equal(written(ko, 'ko').it?.amount?.value, 60_000_000);
    assert.equal(written(ko, 'ko').it?.assumption?.value, '월 500만 원 × 12개월: 임대');
    assert.equal(markdownMinor(ko, 'ko'), 60_000_000);
    assert.equal(judgeStep('value', ko, config('ko'))?.message, '연간으로 셉니다: 월 500만 원 × 12개월 = 60,000,000원.');
    assert.equal(written({ ...KO, value: '직접 비용 절감 월 500만 원 × 12: 임대' }, 'ko').it?.amount?.value, 60_000_000);
    // Hours of a month × a rate of 12 stay hours × rate.
    assert.equal(written({ ...EN, value: 'soft-savings 100 hours a month × 12: agent time' }, 'en').it?.rate?.value, 12);
  });

  it('reads three figures multiplied as the plan\'s reader does (they were asked again)', () => {
    const a = { ...EN, value: 'Soft savings 10 agents × 15 hours/month × $40: agent time' };
    // 10 agents × 15 hours × 12 months = 1,800 hours, × $40 = $72,000 a year.
    const w = written(a, 'en');
    assert.equal(w.it?.hours?.value, 1800);
    assert.equal(w.it?.rate?.value, 40);
    assert.equal(w.minor, 7_200_000);
    assert.equal(w.it?.assumption?.value, '10 agents × 15 hours/month × 12 months: agent time');
    assert.equal(markdownMinor(a, 'en'), 7_200_000);
    assert.deepEqual(judgeStep('value', a, config()), { severity: 'info', message: 'Counted for a year: 10 agents × 15 hours/month × 12 months × 40 USD = 72,000 USD.' });
    const ko = { ...KO, value: '간접 비용 절감 10명 × 월 15시간 × 4만 원: 상담 시간' };
    assert.equal(judgeStep('value', ko, config('ko'))?.message, '연간으로 셉니다: 10명 × 월 15시간 × 12개월 × 40,000원 = 72,000,000원.');
    assert.equal(written(ko, 'ko').minor, 72_000_000);
    assert.equal(markdownMinor(ko, 'ko'), 72_000_000);
    // It was { hours: 10, rate: 15, assumption: "month × $40: agent time" } before it was refused.
    assert.doesNotMatch(w.text, /hours: 10,/);
  });
});

describe('New CBO (Guided): the investment is the whole cost', () => {
  it('writes a month\'s cost × the months as the product, with a note', () => {
    const a = { ...KO, investment: '월 2,000만 원 × 6개월' };
    // It was written as 20,000,000, one month of six, with no note.
    assert.equal(written(a, 'ko').investment, 120_000_000);
    assert.equal(judgeStep('investment', a, config('ko'))?.severity, 'info');
    assert.equal(judgeStep('investment', a, config('ko'))?.message, '곱해서 셉니다: 월 2,000만 원 × 6개월 = 120,000,000원.');
    const en = { ...EN, investment: '$20,000 per month × 6 months: two developers' };
    assert.equal(written(en, 'en').investment, 120_000);
    assert.equal(judgeStep('investment', en, config())?.message, 'Counted: $20,000 per month × 6 months = 120,000 USD.');
    assert.equal(written({ ...EN, investment: '3 licences × $20,000' }, 'en').investment, 60_000);
  });

  it('asks again for a month\'s cost alone, and keeps a total as written', () => {
    assert.match(judgeStep('investment', { ...KO, investment: '월 2,000만 원' }, config('ko'))!.message, /^투자는 작업의 전체 비용입니다/);
    assert.equal(written({ ...KO, investment: '월 2,000만 원' }, 'ko').investment, undefined);
    assert.match(judgeStep('investment', { ...EN, investment: '$20,000 per month' }, config())!.message, /^The investment is the whole cost of the work/);
    // Three figures are their product, as cbo check reads them: 2 × 6 × $10,000 = $120,000 (it was asked again).
    assert.equal(written({ ...EN, investment: '2 × 6 × $10,000' }, 'en').investment, 120_000);
    assert.equal(judgeStep('investment', { ...EN, investment: '2 × 6 × $10,000' }, config())?.message, 'Counted: 2 × 6 × $10,000 = 120,000 USD.');
    assert.equal(judgeStep('investment', { ...EN, investment: '120000 USD: two developers for six months' }, config()), undefined);
    assert.equal(written({ ...EN, investment: '120000 USD: two developers for six months' }, 'en').investment, 120_000);
  });

  it('asks for the price of people counted with none, as cbo check does, and writes no investment', () => {
    // "2 developers" was an investment of 2.
    assert.equal(written({ ...EN, investment: '2 developers' }, 'en').investment, undefined);
    assert.match(judgeStep('investment', { ...EN, investment: '2 developers' }, config())!.message, /^The investment counts "2 developers" with no price: write 2 developers × their cost for the period/);
    assert.match(judgeStep('investment', { ...KO, investment: '개발자 2명' }, config('ko'))!.message, /^투자에 "개발자 2명"만 있고 금액이 없습니다\./);
    assert.equal(written({ ...EN, investment: '2 developers × $12,000/month × 6 months' }, 'en').investment, 144_000);
  });

  it('reads a range of cost at its high end, and asks again for a floor', () => {
    // $80,000, the high end (it was $50,000).
    assert.equal(written({ ...EN, investment: '$50k–$80k' }, 'en').investment, 80_000);
    assert.equal(written({ ...EN, investment: 'at least $60,000' }, 'en').investment, undefined);
    assert.match(judgeStep('investment', { ...EN, investment: 'at least $60,000' }, config())!.message, /^The investment is written as a floor, "at least \$60,000", not the whole cost/);
    assert.match(judgeStep('investment', { ...KO, investment: '최소 5,000만 원' }, config('ko'))!.message, /^투자가 "최소 5,000만 원"처럼 하한으로 적혀 있어/);
  });

  it('names the value\'s currency twice in the message about two currencies', () => {
    const m = judgeStep('investment', { ...EN, value: 'hard-savings 36000 EUR: two servers off', investment: '$120000' }, config())!.message;
    // It ended "Write the investment in {0}.".
    assert.equal(m, 'The value is in EUR and the investment in USD: an outcome is counted in one currency. Write the investment in EUR.');
  });
});
