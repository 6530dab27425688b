import { strict as assert } from 'node:assert';
import { resolveConfig } from '../../src/core/config';
import { answersLang, GUIDED_STEPS, guidedMarkdown, guidedYaml, judgeStep, parsePoint, parseValue, type GuidedAnswers } from '../../src/core/guided';
import { parseDocument } from '../../src/core/parse/index';
import { computeRoi } from '../../src/core/roi';
import { GOOD_ANSWERS } from '../guided-answers';
import { ids, run, TODAY } from './helpers';

const config = (lang: 'en' | 'ko' = 'en') => resolveConfig({}, { today: TODAY, lang });

const EN: GuidedAnswers = GOOD_ANSWERS;

describe('New CBO (Guided)', () => {
  it('asks in the discovery workshop\'s order', () => {
    assert.deepEqual(GUIDED_STEPS.slice(0, 5), ['current', 'future', 'barriers', 'solutions', 'behavior']);
    assert.ok(GUIDED_STEPS.indexOf('metric') < GUIDED_STEPS.indexOf('baseline') && GUIDED_STEPS.indexOf('baseline') < GUIDED_STEPS.indexOf('target'));
  });

  it('accepts every step of a good CBO', () => {
    for (const s of GUIDED_STEPS) {
      const j = judgeStep(s, EN, config());
      assert.ok(!j || j.severity === 'info', `${s}: ${JSON.stringify(j)}`);
    }
  });

  it('flags a vague outcome statement with the reason, before it is accepted', () => {
    const j = judgeStep('behavior', { ...EN, behavior: 'Migrate the data warehouse to the cloud' }, config());
    assert.equal(j?.severity, 'warning');
    assert.match(j!.message, /Migrate.*something the team delivers/);
    const ko = judgeStep('behavior', { ...EN, behavior: '데이터 웨어하우스를 클라우드로 이전' }, config('ko'));
    assert.ok(ko && /[가-힣]/.test(ko.message), JSON.stringify(ko));
  });

  it('flags a hypothesis without a link, a target moving the wrong way, and unreadable numbers', () => {
    assert.match(judgeStep('hypothesis', { ...EN, hypothesis: 'Better reports' }, config())!.message, /does not link/);
    assert.equal(judgeStep('baseline', { ...EN, baseline: 'about forty' }, config())!.severity, 'error');
    assert.equal(judgeStep('target', { ...EN, target: '95' }, config())!.severity, 'error');
    const late = judgeStep('target', { ...EN, target: '95 by 2026-01-31' }, config());
    assert.ok(late && /deadline|passed|date/i.test(late.message), JSON.stringify(late));
    assert.equal(judgeStep('current', { ...EN, current: '  ' }, config())!.severity, 'error');
    assert.equal(judgeStep('value', { ...EN, value: 'lots of money' }, config())!.severity, 'error');
    assert.equal(judgeStep('value', { ...EN, value: '' }, config()), undefined, 'value may be left for later');
    assert.equal(judgeStep('investment', { ...EN, investment: 'a lot' }, config())!.severity, 'error');
    assert.equal(judgeStep('investment', { ...EN, investment: '' }, config()), undefined);
  });

  it('writes each value type with the numbers the ROI reads, so the item is never worth 0 by mistake', () => {
    const cases: [string, string, RegExp, number][] = [
      ['hard-savings 36000: two batch servers switched off', 'amount: 36000', /Hard Savings\*\*: 36000 USD/, 36_000],
      ['soft-savings 1200 × 45: agents answer fewer calls', 'hours: 1200, rate: 45', /Soft Savings\*\*: 1200 hours × 45 USD/, 54_000],
      ['risk-avoidance 10% × 1000000: a card-scheme fine avoided', 'probability: 0.1, impact: 1000000', /Risk Avoidance\*\*: 10% × 1000000 USD/, 100_000],
      ['opportunity-cost 300 x 90: analysts move to pricing work', 'hours: 300, rate: 90', /Opportunity Cost\*\*: 300 hours × 90 USD/, 27_000],
      ['opportunity-cost 27000: analysts move to pricing work', 'amount: 27000', /Opportunity Cost\*\*: 27000 USD/, 27_000],
    ];
    for (const [value, fields, md, worth] of cases) {
      const a = { ...EN, value };
      assert.equal(judgeStep('value', a, config()), undefined, value);
      const yaml = guidedYaml(a, 'en');
      assert.ok(yaml.includes(fields), `${value}\n${yaml}`);
      const markdown = guidedMarkdown(a, 'en');
      assert.match(markdown, md, value);
      // Both documents are valued as written, with no finding on the item.
      for (const [text, kind] of [[yaml, 'yaml'], [markdown, 'markdown']] as const) {
        assert.ok(!ids(run(text, kind).findings).includes('value-item-incomplete'), `${kind}: ${value}`);
        const item = parseDocument(text, kind).doc.outcomes[0]!.value!.items[0]!;
        assert.ok(item, `${kind}: ${value}`);
      }
      const roi = computeRoi(parseDocument(yaml, 'yaml').doc.outcomes[0]!.value!);
      assert.equal(roi.claimedMinor, worth * 100, value);
      const mdRoi = computeRoi(parseDocument(markdown, 'markdown').doc.outcomes[0]!.value!);
      assert.equal(mdRoi.claimedMinor, worth * 100, `markdown: ${value}`);
    }
  });

  it('keeps the currency and a Korean multiplier with the figure, not in the reason', () => {
    assert.deepEqual(parseValue('soft-savings 1,200 hours × 45 USD: fewer calls'), { type: 'soft-savings', assumption: 'fewer calls', factors: [1200, 45], currency: 'USD' });
    assert.deepEqual(parseValue('hard-savings 80,000 USD: two seats'), { type: 'hard-savings', assumption: 'two seats', amount: 80_000, currency: 'USD' });
    assert.deepEqual(parseValue('hard-savings 8천만원: 계약직 두 자리 절감'), { type: 'hard-savings', assumption: '계약직 두 자리 절감', amount: 80_000_000, currency: 'KRW' });
    assert.deepEqual(parseValue('hard-savings 3억 원: 서버 유지비 절감'), { type: 'hard-savings', assumption: '서버 유지비 절감', amount: 300_000_000, currency: 'KRW' });
    // Three capitals that are no currency stay in the reason.
    assert.deepEqual(parseValue('hard-savings 800 USB sticks no longer bought'), { type: 'hard-savings', assumption: 'USB sticks no longer bought', amount: 800 });
    // Korean amounts in parts, and decimals, as whole won; a multiplier on either factor.
    assert.deepEqual(parseValue('hard-savings 1억 2천만원: 인건비'), { type: 'hard-savings', assumption: '인건비', amount: 120_000_000, currency: 'KRW' });
    assert.deepEqual(parseValue('hard-savings 1억2천만원: 인건비'), { type: 'hard-savings', assumption: '인건비', amount: 120_000_000, currency: 'KRW' });
    assert.deepEqual(parseValue('hard-savings 2.3억원: 인건비'), { type: 'hard-savings', assumption: '인건비', amount: 230_000_000, currency: 'KRW' });
    assert.deepEqual(parseValue('soft-savings 1.2천 × 4.5만원: 상담 감소'), { type: 'soft-savings', assumption: '상담 감소', factors: [1200, 45_000], currency: 'KRW' });
    // A real currency code only when it ends the figure: "ALL staff" (ALL is the lek) is the reason.
    assert.deepEqual(parseValue('hard-savings 80000 ALL staff moved'), { type: 'hard-savings', assumption: 'ALL staff moved', amount: 80_000 });
    assert.deepEqual(parseValue('hard-savings 80000 usd: two seats'), { type: 'hard-savings', assumption: 'two seats', amount: 80_000, currency: 'USD' });
  });

  it('writes the currency the answers name, and refuses a value and an investment in two', () => {
    assert.equal(parseValue('hard-savings 36000 EUR: two servers off')?.currency, 'EUR');
    assert.equal(parseValue('hard-savings €36,000: two servers off')?.currency, 'EUR');
    assert.equal(parseValue('revenue-impact GBP 5000: more baskets')?.currency, 'GBP');
    assert.equal(parseValue('risk-avoidance 10% × $1,000,000: a fine avoided')?.currency, 'USD');
    assert.equal(parseValue('hard-savings 36000 dollars: two servers')?.currency, 'USD');
    assert.equal(parseValue('hard-savings 36000: two $40 licences')?.currency, undefined, 'a sign in the reason is not the figure\'s');
    const eur = { ...EN, value: 'hard-savings 36000 EUR: two servers off', investment: '€120000' };
    assert.match(guidedYaml(eur, 'en'), /^ {2}currency: EUR\n {2}investment: 120000$/m);
    assert.match(guidedMarkdown(eur, 'en'), /: 36000 EUR: two servers off\n.*: 120000 EUR$/m);
    assert.equal(judgeStep('investment', eur, config()), undefined);
    // Only the investment names one: the file counts in it.
    assert.match(guidedYaml({ ...EN, investment: '120000 EUR' }, 'en'), /currency: EUR/);
    // Named by neither: the language's, as before.
    assert.match(guidedYaml(EN, 'en'), /currency: USD/);
    assert.match(guidedYaml(EN, 'ko'), /currency: KRW/);
    const mixed = judgeStep('investment', { ...eur, investment: '$120000' }, config());
    assert.equal(mixed?.severity, 'error');
    assert.match(mixed!.message, /in EUR and the investment in USD/);
  });

  it('writes the template in the answers\' language, whatever the session\'s', () => {
    assert.equal(answersLang(EN, 'ko'), 'en');
    assert.equal(answersLang({ ...EN, behavior: '분석가가 전일 매출 보고서로 아침 회의를 준비한다' }, 'en'), 'ko');
    assert.equal(answersLang({}, 'ko'), 'ko');
    // A title holding U+2028 is still a heading the plan check and the linter read.
    const md = guidedMarkdown({ ...EN, behavior: 'Analysts prepare the meeting\u2028from the report' }, 'en');
    const r = run(md, 'markdown');
    assert.equal(r.outcomes.length, 1);
    assert.equal(r.outcomes[0]!.title?.value, 'Analysts prepare the meeting\u2028from the report');
  });

  it('tells an empty answer what its step asks for, and flags a baseline dated after today', () => {
    assert.match(judgeStep('hypothesis', { ...EN, hypothesis: '' }, config())!.message, /business result follows/);
    assert.match(judgeStep('target', { ...EN, target: ' ' }, config())!.message, /value to reach and by when/);
    assert.match(judgeStep('current', { ...EN, current: '' }, config())!.message, /workshop strip/);
    // TODAY is 2026-11-22: a baseline measured next year is not a baseline yet.
    const later = judgeStep('baseline', { ...EN, baseline: '40 on 2027-10-31' }, config());
    assert.equal(later?.severity, 'warning');
    assert.match(later!.message, /baseline is dated 2027-10-31, after today/);
    assert.equal(judgeStep('baseline', EN, config()), undefined);
  });

  it('refuses hours as an amount, with the soft-savings form', () => {
    const j = judgeStep('value', { ...EN, value: 'hard-savings 1,200 hours: fewer calls' }, config());
    assert.equal(j?.severity, 'error');
    assert.match(j!.message, /hours × the value of an hour/);
  });

  it('refuses a share as an amount: 15% is not money', () => {
    const j = judgeStep('value', { ...EN, value: 'revenue-impact 15% deal size increase' }, config());
    assert.equal(j?.severity, 'error');
    assert.match(j!.message, /A share is not an amount/);
    assert.doesNotMatch(guidedYaml({ ...EN, value: 'revenue-impact 15% deal size increase' }, 'en'), /items:/);
    assert.match(judgeStep('value', { ...EN, value: 'revenue-impact 15% 단가 상승' }, config('ko'))!.message, /비율은 금액이 아닙니다/);
  });

  it('says how a two-number type is written when an answer gives one number', () => {
    const risk = judgeStep('value', { ...EN, value: 'risk-avoidance 25000: a fine avoided' }, config());
    assert.equal(risk?.severity, 'error');
    assert.match(risk!.message, /probability × impact/);
    assert.match(judgeStep('value', { ...EN, value: 'soft-savings 750: fewer calls' }, config())!.message, /hours × the value of an hour/);
    assert.match(judgeStep('value', { ...EN, value: 'risk-avoidance 150% × 1000: x' }, config())!.message, /probability × impact/);
    assert.match(judgeStep('value', { ...EN, value: 'risk-avoidance 25000' }, config('ko'))!.message, /확률 × 영향/);
    // Nothing is written for an item its numbers cannot value.
    assert.doesNotMatch(guidedYaml({ ...EN, value: 'risk-avoidance 25000: a fine avoided' }, 'en'), /items:/);
  });

  it('reads numbers and dates out of short answers', () => {
    assert.deepEqual(parsePoint('62 on 2026-09-30'), { value: 62, date: '2026-09-30' });
    assert.deepEqual(parsePoint('0.5, 2027-03-31'), { value: 0.5, date: '2027-03-31' });
  });

  it('writes a YAML file that lints clean of structure errors and fills the canvas', () => {
    const text = guidedYaml(EN, 'en');
    const r = run(text);
    assert.deepEqual(ids(r.findings).filter((i) => i !== 'value-unvalidated'), [], text);
    assert.equal(r.outcomes[0]!.value!.investment!.value, 30000);
    const o = r.outcomes[0]!;
    assert.equal(o.workshop.barriers[0]!.value, EN.barriers);
    assert.equal(o.metrics!.primary!.direction!.value, 'increase');
    assert.equal(o.value!.items[0]!.amount!.value, 36000);
  });

  it('writes a Markdown template section, in Korean too, that reads back as the same outcome', () => {
    const md = guidedMarkdown(EN, 'en');
    const o = parseDocument(md, 'markdown').doc.outcomes[0]!;
    assert.equal(o.title!.value, EN.behavior);
    assert.equal(o.metrics!.primary!.baseline!.value!.value, 40);
    assert.equal(o.metrics!.primary!.target!.date!.value, '2027-06-30');
    assert.equal(o.value!.items[0]!.amount!.value, 36000);
    assert.equal(o.value!.investment!.value, 30000);
    const ko = guidedMarkdown({ ...EN, behavior: '분석가가 출근 30분 안에 전일 매출 보고서를 연다', metric: '보고서 대기 시간 (시간)', baseline: '5, 2026-03-31', target: '0.5, 2027-03-31' }, 'ko');
    assert.match(ko, /### 성공 지표/);
    const k = parseDocument(ko, 'markdown', 'ko').doc.outcomes[0]!;
    assert.equal(k.metrics!.primary!.target!.value!.value, 0.5);
    assert.equal(k.metrics!.primary!.baseline!.date!.value, '2026-03-31');
    assert.equal(k.workshop.solutions[0]!.value, EN.solutions);
  });
});
