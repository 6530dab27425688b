import { strict as assert } from 'node:assert';
import { resolveConfig } from '../../src/core/config';
import { guidedMarkdown, guidedYaml, judgeStep, parseValue, type GuidedAnswers } from '../../src/core/guided';
import { parseDocument } from '../../src/core/parse/index';
import { computeRoi } from '../../src/core/roi';
import { GOOD_ANSWERS } from '../guided-answers';
import { run, TODAY } from './helpers';

const config = (lang: 'en' | 'ko' = 'en') => resolveConfig({}, { today: TODAY, lang });
const EN: GuidedAnswers = { ...GOOD_ANSWERS, investment: '10000' };
const KO: GuidedAnswers = { ...GOOD_ANSWERS, behavior: '민원인이 증명서를 온라인으로 발급받는다', investment: '1억 원' };

/** The YAML the flow writes, read back: the item as the ROI counts it. */
function yamlItem(a: GuidedAnswers, lang: 'en' | 'ko') {
  const text = guidedYaml(a, lang);
  const v = run(text, 'yaml', {}, lang).outcomes[0]!.value!;
  return { it: v.items[0]!, minor: computeRoi(v).claimedMinor, text };
}

/** The Markdown section the flow writes, read back by the Markdown reader. */
function markdownItem(a: GuidedAnswers, lang: 'en' | 'ko') {
  const md = guidedMarkdown(a, lang);
  const v = parseDocument(md, 'markdown', lang).doc.outcomes[0]!.value!;
  return { it: v.items[0]!, minor: computeRoi(v).claimedMinor, md };
}

describe('New CBO (Guided): a value written for a month, a week or a quarter', () => {
  it('writes a Korean monthly amount into YAML as a year\'s, the words as written in the assumption', () => {
    const { it: item, minor } = yamlItem({ ...KO, value: 'revenue-impact 월 500만 원: 온라인 발급 수수료' }, 'ko');
    // 5,000,000 × 12 = 60,000,000 won (it was written as 5,000,000).
    assert.equal(item.amount?.value, 60_000_000);
    assert.equal(minor, 60_000_000);
    assert.equal(item.assumption?.value, '월 500만 원 × 12개월: 온라인 발급 수수료');
    assert.equal(item.perYear, undefined);
    // The template's own label, and the figure after it.
    assert.equal(yamlItem({ ...KO, value: '직접 비용 절감 매월 1,000만 원: 상담 인력' }, 'ko').it.amount?.value, 120_000_000);
    assert.equal(yamlItem({ ...KO, value: 'hard-savings 500만 원/월: 수수료' }, 'ko').it.assumption?.value, '500만 원/월 × 12개월: 수수료');
  });

  it('writes an English monthly, weekly or quarterly amount into YAML as a year\'s', () => {
    const month = yamlItem({ ...EN, value: 'revenue-impact $4,000 per month: fewer lost orders' }, 'en');
    assert.equal(month.it.amount?.value, 48_000);
    assert.equal(month.it.assumption?.value, '$4,000 per month × 12 months: fewer lost orders');
    assert.equal(yamlItem({ ...EN, value: 'hard-savings $4,000/month: two seats' }, 'en').it.amount?.value, 48_000);
    assert.equal(yamlItem({ ...EN, value: 'hard-savings monthly $4,000: two seats' }, 'en').it.amount?.value, 48_000);
    const week = yamlItem({ ...EN, value: 'hard-savings $900/week: courier runs' }, 'en');
    // 900 × 52 = 46,800.
    assert.equal(week.it.amount?.value, 46_800);
    assert.equal(week.it.assumption?.value, '$900/week × 52 weeks: courier runs');
    const quarter = yamlItem({ ...EN, value: 'hard-savings $3,000 per quarter: courier contract' }, 'en');
    assert.equal(quarter.it.amount?.value, 12_000);
    assert.equal(quarter.it.assumption?.value, '$3,000 per quarter × 4 quarters: courier contract');
    assert.equal(yamlItem({ ...KO, value: 'hard-savings 분기당 300만 원: 택배 계약' }, 'ko').it.amount?.value, 12_000_000);
    assert.equal(yamlItem({ ...KO, value: 'hard-savings 분기당 300만 원: 택배 계약' }, 'ko').it.assumption?.value, '분기당 300만 원 × 4분기: 택배 계약');
  });

  it('writes the hours of a month × 12, whichever side the period is on', () => {
    const ko = yamlItem({ ...KO, value: 'soft-savings 월 100시간 × 3만 원: 재문의 전화' }, 'ko');
    assert.equal(ko.it.hours?.value, 1200);
    assert.equal(ko.it.rate?.value, 30_000);
    // 1,200 hours × 30,000 won = 36,000,000 won.
    assert.equal(ko.minor, 36_000_000);
    assert.equal(ko.it.assumption?.value, '월 100시간 × 12개월: 재문의 전화');
    const en = yamlItem({ ...EN, value: 'soft-savings 100 hours a month × 40 USD: fewer repeat calls' }, 'en');
    assert.equal(en.it.hours?.value, 1200);
    assert.equal(en.it.rate?.value, 40);
    assert.equal(en.it.assumption?.value, '100 hours a month × 12 months: fewer repeat calls');
  });

  it('leaves a yearly figure, a quarter or month of the calendar, a day and a probability as written', () => {
    const same = (a: GuidedAnswers, lang: 'en' | 'ko', amount: number, assumption: string) => {
      const { it: item } = yamlItem(a, lang);
      assert.equal(item.amount?.value, amount, a.value);
      assert.equal(item.assumption?.value, assumption, a.value);
    };
    same({ ...EN, value: 'hard-savings 36000: two batch servers switched off' }, 'en', 36_000, 'two batch servers switched off');
    same({ ...EN, value: 'hard-savings $48,000/year: two seats' }, 'en', 48_000, 'two seats');
    same({ ...EN, value: 'hard-savings $4,000: two seats, reviewed every month' }, 'en', 4_000, 'two seats, reviewed every month');
    same({ ...EN, value: 'hard-savings $300 per day: courier' }, 'en', 300, 'per day: courier');
    same({ ...KO, value: 'hard-savings 1분기 300만 원: 일회성 환급' }, 'ko', 3_000_000, '일회성 환급');
    same({ ...KO, value: 'hard-savings 6월 500만 원: 일회성 환급' }, 'ko', 5_000_000, '일회성 환급');
    same({ ...KO, value: 'hard-savings 연간 2억 원: 상담 인력' }, 'ko', 200_000_000, '상담 인력');
    assert.equal(parseValue('hard-savings Q1 $3,000: refund')?.period, undefined);
    // A probability × impact has no period, as in the Markdown reader.
    const risk = yamlItem({ ...EN, value: 'risk-avoidance 10% × 1000000: a card-scheme fine avoided' }, 'en');
    assert.equal(risk.it.probability?.value, 0.1);
    assert.equal(risk.it.impact?.value, 1_000_000);
  });

  it('writes the Markdown line with the period as written, which the reader counts for a year once', () => {
    const ko = markdownItem({ ...KO, value: 'revenue-impact 월 500만 원: 온라인 발급 수수료' }, 'ko');
    assert.match(ko.md, /- \*\*매출 영향\*\*: 월 5,000,000원: 온라인 발급 수수료\n/);
    assert.equal(ko.it.perYear?.value, 12);
    assert.equal(ko.minor, 60_000_000);
    assert.equal(ko.it.assumption?.value, '온라인 발급 수수료');
    const en = markdownItem({ ...EN, value: 'revenue-impact $4,000 per month: fewer lost orders' }, 'en');
    assert.match(en.md, /- \*\*Revenue Impact\*\*: 4,000 USD per month: fewer lost orders\n/);
    // 48,000 dollars, 4,800,000 cents: counted × 12 once, not × 144.
    assert.equal(en.minor, 4_800_000);
    assert.equal(markdownItem({ ...EN, value: 'hard-savings $3,000/quarter: courier contract' }, 'en').minor, 1_200_000);
    assert.equal(markdownItem({ ...EN, value: 'hard-savings monthly $4,000: two seats' }, 'en').minor, 4_800_000);
    const hours = markdownItem({ ...KO, value: 'soft-savings 월 100시간 × 3만 원: 재문의 전화' }, 'ko');
    assert.equal(hours.minor, 36_000_000);
    assert.equal(hours.it.hours?.value, 100);
    const enHours = markdownItem({ ...EN, value: 'soft-savings 100 hours a month × 40 USD: fewer repeat calls' }, 'en');
    assert.equal(enHours.minor, 4_800_000);
    // No period: the line as before.
    assert.match(guidedMarkdown(EN, 'en'), /- \*\*Hard Savings\*\*: 36,000 USD: two batch servers switched off\n/);
  });

  it('says the year\'s figure when the value step is answered, in English and Korean', () => {
    const en = judgeStep('value', { ...EN, value: 'revenue-impact $4,000 per month: fewer lost orders' }, config());
    assert.deepEqual(en, { severity: 'info', message: 'Counted for a year: $4,000 per month × 12 months = 48,000 USD.' });
    const ko = judgeStep('value', { ...KO, value: 'revenue-impact 월 500만 원: 온라인 발급 수수료' }, config('ko'));
    assert.deepEqual(ko, { severity: 'info', message: '연간으로 셉니다: 월 500만 원 × 12개월 = 60,000,000원.' });
    const hours = judgeStep('value', { ...KO, value: 'soft-savings 월 100시간 × 3만 원: 재문의 전화' }, config('ko'));
    assert.equal(hours?.message, '연간으로 셉니다: 월 100시간 × 12개월 × 30,000원 = 36,000,000원.');
    const quarter = judgeStep('value', { ...EN, value: 'hard-savings $3,000 quarterly: courier contract' }, config());
    assert.equal(quarter?.message, 'Counted for a year: $3,000 quarterly × 4 quarters = 12,000 USD.');
    // A yearly figure needs no word.
    assert.equal(judgeStep('value', { ...EN, value: 'hard-savings 36000: two batch servers switched off' }, config()), undefined);
    assert.equal(judgeStep('value', { ...KO, value: 'hard-savings 1분기 300만 원: 일회성 환급' }, config('ko')), undefined);
  });
});
