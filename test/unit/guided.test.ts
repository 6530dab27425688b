import { strict as assert } from 'node:assert';
import { resolveConfig } from '../../src/core/config';
import { answersLang, categoryNames, GUIDED_STEPS, guidedCategory, guidedMarkdown, guidedYaml, judgeStep, parsePoint, parseValue, type GuidedAnswers } from '../../src/core/guided';
import { parseDocument } from '../../src/core/parse/index';
import { computeRoi } from '../../src/core/roi';
import { GOOD_ANSWERS } from '../guided-answers';
import { ids, run, TODAY } from './helpers';

const config = (lang: 'en' | 'ko' = 'en') => resolveConfig({}, { today: TODAY, lang });

const EN: GuidedAnswers = GOOD_ANSWERS;

describe('New CBO (Guided)', () => {
  it('asks for the account, then in the discovery workshop\'s order', () => {
    assert.deepEqual(GUIDED_STEPS.slice(0, 6), ['account', 'current', 'future', 'barriers', 'solutions', 'behavior']);
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
      ['hard-savings 36000: two batch servers switched off', 'amount: 36000', /Hard Savings\*\*: 36,000 USD/, 36_000],
      ['soft-savings 1200 × 45: agents answer fewer calls', 'hours: 1200, rate: 45', /Soft Savings\*\*: 1,200 hours × 45 USD/, 54_000],
      ['risk-avoidance 10% × 1000000: a card-scheme fine avoided', 'probability: 0.1, impact: 1000000', /Risk Avoidance\*\*: 10% × 1,000,000 USD/, 100_000],
      ['opportunity-cost 300 x 90: analysts move to pricing work', 'hours: 300, rate: 90', /Opportunity Cost\*\*: 300 hours × 90 USD/, 27_000],
      ['opportunity-cost 27000: analysts move to pricing work', 'amount: 27000', /Opportunity Cost\*\*: 27,000 USD/, 27_000],
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
    assert.match(guidedMarkdown(eur, 'en'), /: 36,000 EUR: two servers off\n.*: 120,000 EUR$/m);
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

// What a Korean product manager met in `cbo new --lang ko` (the same judge as the editor's).
describe('New CBO (Guided) in Korean', () => {
  const KO: GuidedAnswers = {
    ...EN,
    account: '한빛병원',
    current: '외래 예약 환자의 18%가 연락 없이 오지 않아 진료 슬롯이 빈다',
    behavior: '외래 예약 환자가 오지 못할 때 진료 전날까지 알림톡으로 예약을 취소한다',
    metric: '외래 노쇼율 (%)',
    baseline: '18, 2026-06-30',
    target: '8, 2027-06-30',
    value: '매출 영향 3억 2천만 원: 빈 슬롯 4,000건을 대기 환자로 채운다 (건당 평균 진료비 8만 원)',
    investment: '1억 5천만 원',
  };
  // The quoted examples of a message ("예: "…" 또는 "…"").
  const examples = (message: string) => [...message.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);

  it('takes the category as the Markdown reader does: id, English or Korean name, any case', () => {
    for (const [written, id] of [['운영 효율성', 'operational-efficiency'], ['운영효율성', 'operational-efficiency'], ['Operational Efficiency', 'operational-efficiency'], ['OPERATIONAL-EFFICIENCY', 'operational-efficiency'], ['매출 증대', 'increased-revenue'], ['ESG 성과 향상', 'esg'], ['혁신', 'innovation']] as const) {
      assert.equal(guidedCategory(written), id, written);
      assert.equal(judgeStep('category', { ...KO, category: written as GuidedAnswers['category'] }, config('ko')), undefined, written);
    }
    assert.equal(guidedCategory('gold'), undefined);
    const refused = judgeStep('category', { ...KO, category: 'gold' as GuidedAnswers['category'] }, config('ko'));
    assert.equal(refused?.severity, 'error');
    assert.match(refused!.message, /운영 효율성, 매출 증대, 비즈니스 리스크 감소, 경험, ESG 성과 향상, 혁신|운영 효율성.*혁신/);
    assert.doesNotMatch(refused!.message, /operational-efficiency/);
    assert.deepEqual(categoryNames('ko', ['operational-efficiency', 'experience']), ['운영 효율성', '경험']);
    // Written as the id in YAML whatever the spelling.
    assert.match(guidedYaml({ ...KO, category: '운영 효율성' as GuidedAnswers['category'] }, 'ko'), /^category: operational-efficiency$/m);
  });

  it('reads the value types by the template\'s labels, Korean and English, as well as by id', () => {
    const cases: [string, string, number][] = [
      ['직접 비용 절감 4,800만 원: 원무팀 전화 재배정 인력 1명분', 'hard-savings', 48_000_000],
      ['직접비용절감: 4800만원: 인력 1명분', 'hard-savings', 48_000_000],
      ['매출 영향 3억 2천만 원: 빈 슬롯을 채운다', 'revenue-impact', 320_000_000],
      ['기회비용 5천만 원: 분석가가 가격 업무로 이동', 'opportunity-cost', 50_000_000],
      ['Hard Savings: 36000: two servers off', 'hard-savings', 36_000],
      ['revenue impact 5000: more baskets', 'revenue-impact', 5_000],
    ];
    for (const [value, type, amount] of cases) {
      const v = parseValue(value);
      assert.equal(v?.type, type, value);
      assert.equal(v?.amount, amount, value);
      assert.equal(judgeStep('value', { ...KO, value }, config('ko')), undefined, value);
    }
    assert.deepEqual(parseValue('간접 비용 절감 1,200시간 × 25,000원: 취소 전화 응대')?.factors, [1200, 25_000]);
    assert.deepEqual(parseValue('리스크 회피 10% × 10억 원: 과태료 회피')?.factors, [0.1, 1_000_000_000]);
    // A word that only begins like a label is no label.
    assert.equal(parseValue('hard-savingsx 36000: x')?.type, undefined);
    const refused = judgeStep('value', { ...KO, value: '돈을 많이 아낀다' }, config('ko'));
    assert.equal(refused?.severity, 'error');
    assert.match(refused!.message, /직접 비용 절감, 간접 비용 절감, 매출 영향, 리스크 회피, 기회비용/);
    assert.doesNotMatch(refused!.message, /hard-savings/);
  });

  it('keeps the reason as the user wrote it, and groups the amounts it writes in Markdown', () => {
    assert.equal(parseValue(KO.value!)!.assumption, '빈 슬롯 4,000건을 대기 환자로 채운다 (건당 평균 진료비 8만 원)');
    assert.equal(parseValue('hard-savings 8천만원: 계약직 2명, 연 4천만 원씩')!.assumption, '계약직 2명, 연 4천만 원씩');
    const yaml = guidedYaml(KO, 'ko');
    assert.match(yaml, /amount: 320000000, assumption: "빈 슬롯 4,000건을 대기 환자로 채운다 \(건당 평균 진료비 8만 원\)"/);
    assert.match(yaml, /^ {2}investment: 150000000$/m);
    assert.match(yaml, /^title: "외래 예약 환자가 오지 못할 때 진료 전날까지 알림톡으로 예약을 취소한다"$/m);
    const md = guidedMarkdown(KO, 'ko');
    assert.match(md, /^- \*\*매출 영향\*\*: 320,000,000원: 빈 슬롯 4,000건을 대기 환자로 채운다 \(건당 평균 진료비 8만 원\)$/m);
    assert.match(md, /^- \*\*투자\*\*: 150,000,000원$/m);
    assert.match(guidedMarkdown({ ...KO, value: '간접 비용 절감 1200시간 × 25000원: 취소 전화 응대' }, 'ko'), /\*\*간접 비용 절감\*\*: 1,200 시간 × 25,000원: 취소 전화 응대/);
    // Read back as the same numbers.
    const o = parseDocument(md, 'markdown', 'ko').doc.outcomes[0]!;
    assert.equal(o.value!.items[0]!.amount!.value, 320_000_000);
    assert.equal(o.value!.investment!.value, 150_000_000);
  });

  it('writes the category by name in the plan\'s language, in the context section as the template does', () => {
    const ko = guidedMarkdown({ ...KO, category: 'operational-efficiency' }, 'ko');
    assert.match(ko, /^## CBO: [^\n]+\n\n### 비즈니스 배경\n- \*\*고객사\*\*: 한빛병원\n- \*\*범주\*\*: 운영 효율성\n- \*\*현재 과제\*\*: 외래 예약/);
    assert.doesNotMatch(ko, /operational-efficiency/);
    const en = guidedMarkdown(EN, 'en');
    assert.match(en, /\n### Business Context\n- \*\*Account\*\*: Northwind Retail\n- \*\*Category\*\*: Operational efficiency\n- \*\*Current Challenge\*\*: /);
    // Without a challenge the category still sits in its section.
    assert.match(guidedMarkdown({ ...KO, account: '', current: undefined, category: 'experience' }, 'ko'), /### 비즈니스 배경\n- \*\*범주\*\*: 경험\n\n### 디스커버리 워크숍/);
    for (const [text, lang] of [[ko, 'ko'], [en, 'en']] as const) {
      const r = run(text, 'markdown', {}, lang);
      assert.ok(!ids(r.findings).includes('unknown-category'), text);
      assert.equal(r.outcomes[0]!.category?.value, 'operational-efficiency', text);
    }
  });

  it('takes an amount as the investment, and asks again for a value line or text with no amount', () => {
    for (const investment of ['1억 5천만 원', '150,000,000원: 개발자 2명 6개월', '₩150000000', '150000000 KRW']) {
      assert.equal(judgeStep('investment', { ...KO, investment }, config('ko')), undefined, investment);
      assert.match(guidedYaml({ ...KO, investment }, 'ko'), /^ {2}investment: 150000000$/m, investment);
    }
    const line = judgeStep('investment', { ...KO, investment: 'revenue-impact 320,000,000원: 빈 슬롯 4,000건' }, config('ko'));
    assert.equal(line?.severity, 'error');
    assert.match(line!.message, /가치 항목\(revenue-impact\)처럼 읽힙니다/);
    assert.match(judgeStep('investment', { ...KO, investment: '매출 영향 3억 원: 빈 슬롯' }, config('ko'))!.message, /가치 항목\(매출 영향\)/);
    assert.match(judgeStep('investment', { ...EN, investment: 'hard-savings 36000: servers' }, config())!.message, /reads as a value line \(it starts with hard-savings\)/);
    assert.doesNotMatch(guidedYaml({ ...KO, investment: 'revenue-impact 320,000,000원: 빈 슬롯' }, 'ko'), /investment:/);
    for (const investment of ['예산의 15%', '아직 미정']) {
      const j = judgeStep('investment', { ...KO, investment }, config('ko'));
      assert.equal(j?.severity, 'error', investment);
      assert.match(j!.message, /총비용을 금액으로 적으세요/, investment);
    }
    // People counted with no price: the count × its cost is asked for, as cbo check asks.
    assert.match(judgeStep('investment', { ...KO, investment: '개발자 2명' }, config('ko'))!.message, /^투자에 "개발자 2명"만 있고 금액이 없습니다/);
  });

  it('gives Korean examples in Korean messages, each one an answer the step accepts', () => {
    const asked: [keyof GuidedAnswers, string][] = [['baseline', '모름'], ['target', '모름'], ['value', '돈을 많이 아낀다'], ['value', '매출 영향 15% 단가 상승'], ['value', '간접 비용 절감 750: 통화 감소'], ['value', '리스크 회피 25000: 과태료'], ['value', '기회비용 15%'], ['investment', '아직 미정'], ['investment', '매출 영향 3억 원']];
    let seen = 0;
    for (const [step, bad] of asked) {
      const message = judgeStep(step as 'value', { ...KO, [step]: bad }, config('ko'))!.message;
      assert.doesNotMatch(message, /\b(?:by|on|hard-savings|soft-savings|revenue-impact|risk-avoidance|opportunity-cost)\b/, message);
      for (const example of examples(message)) {
        seen++;
        assert.equal(judgeStep(step as 'value', { ...KO, [step]: example }, config('ko')), undefined, `${step}: ${example} (from ${message})`);
      }
    }
    assert.ok(seen >= 10, `${seen} examples`);
    assert.deepEqual(parsePoint('2027년 6월 30일까지 80%'), { value: 80, date: '2027-06-30' });
    assert.deepEqual(parsePoint('2026년 9월 30일 기준 62%'), { value: 62, date: '2026-09-30' });
  });
});
