import { strict as assert } from 'node:assert';
import type { Fix, Lang } from '../../src/core/finding';
import type { Outcome, Span } from '../../src/core/model';
import { readYamlUnit } from '../../src/core/parse/yaml';
import { computeRoi } from '../../src/core/roi';
import { rule as roiImplausible } from '../../src/core/rules/roi-implausible';
import type { Rule, RuleContext } from '../../src/core/rules/types';
import { rule as valueNoAssumption } from '../../src/core/rules/value-no-assumption';
import { rule as valueNoInvestment } from '../../src/core/rules/value-no-investment';
import { rule as valueUnvalidated } from '../../src/core/rules/value-unvalidated';
import { koreanAmounts } from '../../src/core/text/korean-amount';
import { builtInVocabulary } from '../../src/core/vocab';
import { only, run } from './helpers';

interface Reported {
  span: Span;
  message: string;
  fix?: Fix;
  data?: Record<string, string | number>;
}

/** The outcome the YAML reader makes of `text` (the rules' real input, spans included). */
function read(text: string): Outcome {
  const r = readYamlUnit({ base: 0, text, role: 'whole' }, 'en');
  assert.equal(r.outcomes.length, 1, JSON.stringify(r.findings));
  return r.outcomes[0]!;
}

function check(rule: Rule, o: Outcome, lang: Lang = 'en', options: Record<string, unknown> = {}): Reported[] {
  const out: Reported[] = [];
  const ctx: RuleContext = { lang, today: '2026-11-22', vocab: builtInVocabulary(), options, roi: () => computeRoi(o.value), report: (f) => out.push(f) };
  rule.check(o, ctx);
  return out;
}

const HEAD = `cbo: 1
title: Returning customers finish checkout without calling support
`;

const GOOD = `${HEAD}value:
  currency: USD
  investment: 250000
  items:
    - { type: hard-savings, amount: 80000, assumption: "Two contractor seats are no longer needed", validated: true }
    - { type: soft-savings, hours: 1200, rate: 45, assumption: "Agents answer 1,200 fewer calls a year", validated: true }
`;

describe('value rules', () => {
  for (const r of [valueNoAssumption, valueNoInvestment, roiImplausible, valueUnvalidated]) {
    it(`${r.id}: metadata, scope value, and quiet on a good outcome`, () => {
      assert.equal(r.scope, 'value');
      assert.ok(r.description.en && r.description.ko);
      assert.deepEqual(check(r, read(GOOD)), []);
      assert.deepEqual(check(r, read(HEAD)), []); // no value block at all
    });
  }

  describe('value-no-assumption', () => {
    const BAD = GOOD.replace(', assumption: "Agents answer 1,200 fewer calls a year"', '');
    it('flags the item without an assumption, on the item', () => {
      const f = check(valueNoAssumption, read(BAD));
      assert.equal(f.length, 1);
      assert.equal(BAD.slice(f[0]!.span.start, f[0]!.span.end), '{ type: soft-savings, hours: 1200, rate: 45, validated: true }');
      assert.match(f[0]!.message, /assumption/);
      assert.equal(valueNoAssumption.defaultSeverity, 'warning');
    });
    it('treats a blank assumption as none, and speaks Korean', () => {
      const blank = GOOD.replace('"Two contractor seats are no longer needed"', '"  "');
      const f = check(valueNoAssumption, read(blank), 'ko');
      assert.equal(f.length, 1);
      assert.match(f[0]!.message, /가정/);
    });
    it('tells a Markdown plan where on the value line the assumption goes, not a YAML key', () => {
      const en = '## CBO: Patients book follow-ups online\n\n### Value Proposition\n- **Hard Savings**: 40,000 USD\n- **Investment**: 60,000 USD\n';
      const ko = '## CBO: 환자가 재진 예약을 온라인으로 한다\n\n### 가치 제안\n- **직접 비용 절감**: 4,000만 원\n- **투자**: 6,000만 원\n';
      const said = (text: string, lang: Lang) => only(run(text, 'markdown', {}, lang).findings, 'value-no-assumption').map((f) => f.message);
      for (const [text, lang] of [[en, 'en'], [ko, 'ko'], [en, 'ko']] as const) {
        const [m] = said(text, lang);
        assert.ok(m && !m.includes('`assumption:`'), `${lang}: ${m}`);
      }
      assert.match(said(en, 'en')[0]!, /^This value item has no assumption: on the same line, after the amount, write ": " and where the figure comes from/);
      assert.match(said(ko, 'ko')[0]!, /^이 가치 항목에는 가정이 없습니다\. 같은 줄의 금액 뒤에 ": 근거"처럼 숫자의 출처/);
      // YAML keeps the key, in both languages.
      const yaml = GOOD.replace(', assumption: "Two contractor seats are no longer needed"', '');
      assert.match(check(valueNoAssumption, read(yaml))[0]!.message, /add `assumption:`/);
      assert.match(check(valueNoAssumption, read(yaml), 'ko')[0]!.message, /`assumption:`에 적어/);
    });
  });

  describe('value-no-investment', () => {
    const BAD = GOOD.replace('  investment: 250000\n', '');
    it('flags value without investment at the value key, with a fix that inserts the line', () => {
      const f = check(valueNoInvestment, read(BAD));
      assert.equal(f.length, 1);
      assert.equal(BAD.slice(f[0]!.span.start, f[0]!.span.end), 'value');
      const fix = f[0]!.fix!;
      assert.equal(fix.kind, 'insert');
      assert.ok(fix.kind === 'insert');
      const fixed = BAD.slice(0, fix.offset) + fix.snippet.replace('${1:0}', '120000') + BAD.slice(fix.offset);
      const o = read(fixed);
      assert.equal(o.value?.investment?.value, 120000);
      assert.deepEqual(check(valueNoInvestment, o), []);
    });
    it('inserts inside a flow mapping', () => {
      const flow = `${HEAD}value: { currency: USD, items: [ { type: hard-savings, amount: 5, assumption: x } ] }\n`;
      const fix = check(valueNoInvestment, read(flow))[0]!.fix!;
      assert.ok(fix.kind === 'insert');
      const fixed = flow.slice(0, fix.offset) + fix.snippet.replace('${1:0}', '3') + flow.slice(fix.offset);
      assert.equal(read(fixed).value?.investment?.value, 3);
    });
    it('asks for a real cost when the investment is zero', () => {
      const zero = GOOD.replace('investment: 250000', 'investment: 0');
      const f = check(valueNoInvestment, read(zero), 'ko');
      assert.equal(f.length, 1);
      assert.equal(zero.slice(f[0]!.span.start, f[0]!.span.end), '0');
      assert.match(f[0]!.message, /총비용/);
      assert.match(f[0]!.message, /^투자가 0이라 ROI를 계산할 수 없습니다\./);
    });
    it('names the Markdown line to write the investment on, with the label in the plan\'s language', () => {
      const en = '## CBO: Patients book follow-ups online\n\n### Value Proposition\n- **Hard Savings**: 40,000 USD: one front-desk seat\n';
      const ko = '## CBO: 환자가 재진 예약을 온라인으로 한다\n\n### 가치 제안\n- **직접 비용 절감**: 4,000만 원: 접수 인력 한 자리\n';
      const said = (text: string, lang: Lang) => only(run(text, 'markdown', {}, lang).findings, 'value-no-investment')[0]!.message;
      assert.equal(said(en, 'en'), 'Value is claimed but no investment is given: add a "- **Investment**:" line under Value Proposition with the total cost and its currency (e.g. "60,000 USD"), so ROI and payback can be computed.');
      assert.equal(said(ko, 'ko'), '가치는 있지만 투자가 없습니다. ROI와 투자 회수 기간을 계산할 수 있도록 가치 제안에 "- **투자**:" 줄을 넣고 총비용을 통화와 함께 적으세요(예: "8,000만 원").');
      assert.match(said(en, 'ko'), /Value Proposition에 "- \*\*Investment\*\*:" 줄을 넣고/, 'an English plan is written in English');
      assert.match(said(ko, 'en'), /add a "- \*\*투자\*\*:" line under 가치 제안/);
      // YAML keeps the key.
      assert.match(check(valueNoInvestment, read(BAD), 'ko')[0]!.message, /`investment:`에 총비용을 적으세요/);
    });
    it('writes the particle the currency code is read with (MXN 엔으로, KRW 더블유로)', () => {
      const md = (value: string, inv: string) => `## CBO: Patients book follow-ups online\n\n### Value Proposition\n- **Hard Savings**: 40,000 ${value}: one seat\n- **Investment**: 60,000 ${inv}\n`;
      const said = (text: string) => only(run(text, 'markdown', {}, 'ko').findings, 'value-no-investment')[0]!.message;
      assert.match(said(md('MXN', 'USD')), /투자를 MXN으로 적으세요\.$/);
      assert.match(said(md('KRW', 'USD')), /투자를 KRW로 적으세요\.$/);
    });
    it('in a Markdown plan, an investment written without a number is named where it is written, and a number word is not money', () => {
      const md = '## CBO: Patients book follow-ups online\n\n### Value Proposition\n- **Hard Savings**: 40,000 USD: one front-desk seat\n- **Investment**: about a quarter of the IT budget\n';
      const r = run(md, 'markdown');
      assert.equal(r.outcomes[0]!.value?.investment, undefined, '"a quarter" is not 0.25 USD');
      const f = only(r.findings, 'value-no-investment');
      assert.equal(f.length, 1);
      assert.equal(md.slice(f[0]!.span.start, f[0]!.span.end), 'about a quarter of the IT budget');
      assert.match(f[0]!.message, /has no amount of money/);
      assert.deepEqual(only(r.findings, 'roi-implausible'), []);
    });
    it('leaves an investment that still holds the template\'s prompt to no-placeholder (one finding per spot)', () => {
      const md = '## CBO: Patients book follow-ups online\n\n### Value Proposition\n- **Hard Savings**: 40,000 USD: one front-desk seat\n- **Investment**: total cost, with its currency\n';
      const r = run(md, 'markdown');
      assert.deepEqual(only(r.findings, 'value-no-investment'), []);
      assert.equal(only(r.findings, 'no-placeholder').length, 1);
    });
    it('still names a missing investment when another value line holds a placeholder', () => {
      const md = '## CBO: Patients book follow-ups online\n\n### Value Proposition\n- **Operational Impact**: TBD\n- **Hard Savings**: 54,000 USD: two fewer seats\n';
      const r = run(md, 'markdown');
      assert.equal(only(r.findings, 'value-no-investment').length, 1);
      assert.equal(only(r.findings, 'no-placeholder').length, 1);
    });
    it('reads the amount of money among other numbers, and Korean amounts whole', () => {
      const value = (line: string, inv: string) => run(`## CBO: Analysts get the report by 9am\n\n### Value Proposition\n- **Hard Savings**: ${line}\n- **Investment**: ${inv}\n`, 'markdown').outcomes[0]!.value!;
      const v = value('2 seats, 54,000 USD: two fewer seats', '2 engineers, 60,000 USD');
      assert.equal(v.items[0]!.amount?.value, 54000);
      assert.equal(v.investment?.value, 60000);
      assert.equal(value('54,000 USD: seats', '60k').investment?.value, 60000);
      assert.equal(value('54,000 USD: seats', '25% of the IT budget').investment, undefined);
      const ko = value('연 3,600만 원: 서버 두 대', '1억 2천만 원');
      assert.equal(ko.items[0]!.amount?.value, 36_000_000);
      assert.equal(ko.investment?.value, 120_000_000);
      assert.equal(ko.currency?.value, 'KRW');
      assert.equal(value('₩8천만: 서버', '8,000만 원').items[0]!.amount?.value, 80_000_000);
    });
    it('reads a Korean amount with 억, 만 or 천만 and no 원 whole; its currency is the plan\'s, as for a bare number', () => {
      const plan = (lines: string[], inv: string) => run(`## CBO: 민원인이 신청 후 5일 안에 처리 결과를 받는다\n\n### 가치 제안\n${lines.map((l) => `- ${l}\n`).join('')}- **투자**: ${inv}\n`, 'markdown', {}, 'ko');
      // 2억 is 200,000,000 and 1억 100,000,000 (they were read as 2 and 1, an ROI of billions of percent).
      const r = plan(['**직접 비용 절감**: 2억: 민원실 상담 인력 2명분', '**간접 비용 절감**: 3,000시간 × 3만 원: 재문의 전화'], '1억');
      const v = r.outcomes[0]!.value!;
      assert.equal(v.items[0]!.amount?.value, 200_000_000);
      assert.equal(v.items[0]!.assumption?.value, '민원실 상담 인력 2명분');
      assert.equal(v.investment?.value, 100_000_000);
      assert.equal(v.currency?.value, 'KRW');
      assert.deepEqual(only(r.findings, 'roi-implausible'), []);
      // (200,000,000 + 3,000 × 30,000 - 100,000,000) / 100,000,000 = 190 %
      assert.equal(computeRoi(v).roiPercent, 190);
      assert.equal(plan(['**직접 비용 절감**: 1억 5천만: 인건비'], '3천만').outcomes[0]!.value!.items[0]!.amount?.value, 150_000_000);
      assert.equal(plan(['**직접 비용 절감**: 1.5억: 인건비'], '5천만').outcomes[0]!.value!.investment?.value, 50_000_000);
      // No currency written anywhere: the amount is counted, with no currency, as 200000000 would be.
      const bare = plan(['**직접 비용 절감**: 2억: 인건비'], '1억').outcomes[0]!.value!;
      assert.equal(bare.items[0]!.amount?.value, 200_000_000);
      assert.equal(bare.currency, undefined);
      // Another currency named after it is that currency's.
      const usd = plan(['**직접 비용 절감**: 5만 달러: 서버'], '2만 달러').outcomes[0]!.value!;
      assert.equal(usd.items[0]!.amount?.value, 50_000);
      assert.equal(usd.currency?.value, 'USD');
      // A count is no money: "1만 시간" is hours, read with the magnitude.
      const hours = plan(['**간접 비용 절감**: 1만 시간 × 3만 원: 재문의 전화'], '1억 원').outcomes[0]!.value!.items[0]!;
      assert.equal(hours.hours?.value, 10_000);
      assert.equal(hours.rate?.value, 30_000);
    });
    it('counts a figure written for a month × 12 and one for a week × 52, keeping the reason as written', () => {
      const item = (line: string) => {
        const v = run(`## CBO: Analysts get the report by 9am\n\n### Value Proposition\n- **Hard Savings**: ${line}\n- **Investment**: 10,000 USD\n`, 'markdown').outcomes[0]!.value!;
        const r = computeRoi(v).items[0]!;
        return { amount: v.items[0]!.amount?.value, perYear: v.items[0]!.perYear?.value, assumption: v.items[0]!.assumption?.value, factors: r.factors, minor: r.minor };
      };
      // 4,000 × 12 = 48,000 dollars, 4,800,000 cents.
      for (const line of ['$4,000 per month: two seats', '$4,000/month: two seats', '$4k a month: two seats', '4,000 USD monthly: two seats', 'monthly $4,000: two seats', '4,000 USD each month: two seats']) {
        assert.deepEqual(item(line), { amount: 4000, perYear: 12, assumption: 'two seats', factors: [4000, 12], minor: 4_800_000 }, line);
      }
      // 900 × 52 = 46,800 dollars.
      assert.deepEqual(item('$900 per week: courier runs'), { amount: 900, perYear: 52, assumption: 'courier runs', factors: [900, 52], minor: 4_680_000 });
      // A year, or a month named further on, is what the ROI counts already.
      assert.deepEqual(item('$48,000/year: two seats'), { amount: 48000, perYear: undefined, assumption: 'two seats', factors: [48000], minor: 4_800_000 });
      assert.equal(item('$4,000: two seats, reviewed every month').perYear, undefined);
    });
    it('counts a Korean monthly or weekly figure for a year, and the hours of a month', () => {
      const plan = (line: string) => run(`## CBO: 민원인이 신청 후 5일 안에 처리 결과를 받는다\n\n### 가치 제안\n- ${line}\n- **투자**: 1억 원\n`, 'markdown', {}, 'ko').outcomes[0]!.value!;
      const month = plan('**매출 영향**: 월 500만 원: 온라인 발급 수수료');
      assert.equal(month.items[0]!.perYear?.value, 12);
      assert.equal(month.items[0]!.assumption?.value, '온라인 발급 수수료');
      // 5,000,000 × 12 = 60,000,000 won.
      assert.equal(computeRoi(month).claimedMinor, 60_000_000);
      assert.equal(computeRoi(plan('**직접 비용 절감**: 월 1,000만 원: 상담 인력')).claimedMinor, 120_000_000);
      assert.equal(computeRoi(plan('**직접 비용 절감**: 매월 1,000만 원: 상담 인력')).claimedMinor, 120_000_000);
      assert.equal(computeRoi(plan('**직접 비용 절감**: 1,000만 원/월: 상담 인력')).claimedMinor, 120_000_000);
      // 1,000,000 × 52 = 52,000,000 won.
      assert.equal(computeRoi(plan('**직접 비용 절감**: 주 100만 원: 택배')).claimedMinor, 52_000_000);
      // A year, and a month of the calendar (6월), are no recurrence.
      assert.equal(computeRoi(plan('**직접 비용 절감**: 연간 2억 원: 상담 인력')).claimedMinor, 200_000_000);
      assert.equal(plan('**직접 비용 절감**: 2026년 6월 500만 원: 일회성 환급').items[0]!.perYear, undefined);
      // 100 hours a month × 30,000 won × 12 = 36,000,000 won.
      const hours = plan('**간접 비용 절감**: 월 100시간 × 3만 원: 재문의 전화');
      assert.deepEqual(computeRoi(hours).items[0]!.factors, [100, 30_000, 12]);
      assert.equal(computeRoi(hours).claimedMinor, 36_000_000);
    });
    it('reads a magnitude glued to a word as no amount, and a count after it as that count', () => {
      const read = (t: string) => koreanAmounts(t).map((q) => [q.value, q.unit ?? null]);
      assert.deepEqual(read('3조 2교대 근무'), []);
      assert.deepEqual(read('고객 2만족도'), []);
      assert.deepEqual(read('2억대 매출, 2억씩 두 번'), [[200_000_000, null], [200_000_000, null]]);
      assert.deepEqual(read('5천 명, 3만 대, 1만 시간'), [[5_000, '명'], [30_000, '대'], [10_000, '시간']]);
      assert.deepEqual(read('₩8천만, 2억 원, 2억'), [[80_000_000, '원'], [200_000_000, '원'], [200_000_000, null]]);
    });
    it('reads amounts written the European way, with the thousands grouped by dots', () => {
      const value = (line: string, inv: string) => run(`## CBO: Analysts get the report by 9am\n\n### Value Proposition\n- **Hard Savings**: ${line}\n- **Investment**: ${inv}\n`, 'markdown').outcomes[0]!.value!;
      const v = value('€120.000: fewer support calls', '1.250.000,50 EUR');
      assert.equal(v.items[0]!.amount?.value, 120000);
      assert.equal(v.items[0]!.assumption?.value, 'fewer support calls');
      assert.equal(v.investment?.value, 1250000.5);
      assert.equal(v.currency?.value, 'EUR');
      assert.equal(value('60.000 EUR: seats', '3.500.000').investment?.value, 3500000);
      // One dotted group without a currency stays a decimal; a dollar amount keeps its cents.
      assert.equal(value('$1,200.50: seats', '2.500 FTE-years').items[0]!.amount?.value, 1200.5);
      assert.equal(value('$1,200.50: seats', 'about 2.500').investment?.value, 2.5);
    });
    it('adds an investment spread over labelled years, unless a total is written', () => {
      // The value is written bare, so the investment's currency, won or dollars, is the outcome's.
      const value = (inv: string) => run(`## CBO: Analysts get the report by 9am\n\n### Value Proposition\n- **Hard Savings**: 54,000: seats\n- **Investment**: ${inv}\n`, 'markdown').outcomes[0]!.value!.investment?.value;
      assert.equal(value('Year 1: 20,000 USD; Year 2: 40,000 USD'), 60000);
      assert.equal(value('Y1 $20,000, Y2 $40,000, Y3 $5,000'), 65000);
      assert.equal(value('1년차 2,000만 원, 2년차 1,000만 원'), 30_000_000);
      assert.equal(value('Total 60,000 USD (Year 1: 20,000; Year 2: 40,000)'), 60000);
      assert.equal(value('60,000 USD over 2 years'), 60000);
      assert.equal(value('Year 1: 20,000 USD for 2 engineers'), 20000);
      // A total written after its parts is the figure meant; so is a cumulative one.
      assert.equal(value('Year 1: 20,000 USD; Year 2: 40,000 USD. Total: 60,000 USD'), 60000);
      assert.equal(value('1년차: 20,000,000원, 2년차: 40,000,000원, 총 60,000,000원'), 60_000_000);
      assert.equal(value('Year 1: 20,000 USD; Year 2: 60,000 USD cumulative'), 60000);
      // The total is the figure the word follows, not the one after it (it was read as 20,000).
      assert.equal(value('60,000 USD total: 20,000 USD a year'), 60000);
      assert.equal(value('$60,000 in total, $20,000 a year'), 60000);
      // 차년도 labels; 총 inside a word (총괄) is no total; only money is added, in one currency.
      assert.equal(value('1차년도: 2천만 원; 2차년도: 4천만 원'), 60_000_000);
      assert.equal(value('총괄 PM 1명, 1년차 2,000만 원, 2년차 1,000만 원'), 30_000_000);
      assert.equal(value('Year 1: 20,000 USD; Year 2: 40,000 USD; Year 3: 10%'), 60000);
      assert.equal(value('Year 1: 20,000 USD; Year 2: 40,000 EUR'), 20000);
      assert.equal(value('Year 1: 500 hours; Year 2: 300 hours'), undefined, 'the 1 of "Year 1" is not an amount');
    });
    it('is quiet when the block states an investment but no items yet', () => {
      assert.deepEqual(check(valueNoInvestment, read(`${HEAD}value:\n  currency: USD\n  items: []\n`)), []);
    });
  });

  describe('roi-implausible', () => {
    // 80,000 + 54,000 = 134,000 against 10,000: (134,000 - 10,000) / 10,000 = 1,240 %
    const BAD = GOOD.replace('investment: 250000', 'investment: 10000');
    it('asks for a second look above 1000 %, at the investment', () => {
      const f = check(roiImplausible, read(BAD));
      assert.equal(f.length, 1);
      assert.equal(BAD.slice(f[0]!.span.start, f[0]!.span.end), '10000');
      assert.match(f[0]!.message, /1240%/);
      assert.equal(f[0]!.data?.roiPercent, 1240);
    });
    it('takes its threshold from options', () => {
      assert.deepEqual(check(roiImplausible, read(BAD), 'en', { maxRoiPercent: 2000 }), []);
      // 134,000 against 100,000 is 34 %: above a threshold of 30 %
      const modest = read(GOOD.replace('investment: 250000', 'investment: 100000'));
      assert.equal(check(roiImplausible, modest, 'en', { maxRoiPercent: 30 }).length, 1);
      assert.deepEqual(check(roiImplausible, modest), []);
    });
    it('ignores a non-numeric threshold', () => {
      assert.equal(check(roiImplausible, read(BAD), 'ko', { maxRoiPercent: 'lots' }).length, 1);
    });
  });

  describe('value-unvalidated', () => {
    const BAD = GOOD.replace('assumption: "Agents answer 1,200 fewer calls a year", validated: true', 'assumption: "Agents answer 1,200 fewer calls a year"');
    it('notes each item the customer has not validated, as info', () => {
      assert.equal(valueUnvalidated.defaultSeverity, 'info');
      const f = check(valueUnvalidated, read(BAD));
      assert.equal(f.length, 1);
      assert.match(BAD.slice(f[0]!.span.start, f[0]!.span.end), /soft-savings/);
      assert.match(f[0]!.message, /validated: true/);
    });
    it('says nothing about a template item whose figures are all 0 (nothing to confirm yet)', () => {
      const tpl = `${HEAD}value:\n  currency: USD\n  investment: 0\n  items:\n    - { type: hard-savings, amount: 0, assumption: "" }\n`;
      assert.deepEqual(check(valueUnvalidated, read(tpl)), []);
      const filled = tpl.replace('amount: 0', 'amount: 1000');
      assert.equal(check(valueUnvalidated, read(filled)).length, 1);
    });
    it('counts validated: false as not validated, in Korean too', () => {
      const f = check(valueUnvalidated, read(GOOD.replace(/validated: true/g, 'validated: false')), 'ko');
      assert.equal(f.length, 2);
      assert.match(f[0]!.message, /고객/);
    });
  });
});
