import { strict as assert } from 'node:assert';
import { guidedMarkdown, type GuidedAnswers } from '../../src/core/guided';
import { parseDocument } from '../../src/core/parse/index';
import { CODES_ALSO_WORDS, CURRENCY_CODES, currencyAt, currencyLead } from '../../src/core/text/currency';
import { GOOD_ANSWERS } from '../guided-answers';

const KO_BEHAVIOR = '분석가가 전일 매출 보고서로 아침 회의를 준비한다';

/** One answer of the guided flow and what a reader of the written plan must find in it. */
interface Case {
  value: string;
  investment?: string;
  lang: 'en' | 'ko';
  currency: string;
  numbers: { amount?: number; hours?: number; rate?: number; probability?: number; impact?: number };
  assumption: string;
  invested?: number;
}

// The numbers are the ones typed in the answer, worked out by hand (8천만원 is 80,000,000).
const CASES: Case[] = [
  { value: 'hard-savings $36,000: two servers off', lang: 'en', currency: 'USD', numbers: { amount: 36_000 }, assumption: 'two servers off' },
  { value: 'hard-savings €36,000: two servers off', investment: '€120000', lang: 'en', currency: 'EUR', numbers: { amount: 36_000 }, assumption: 'two servers off', invested: 120_000 },
  { value: 'revenue-impact £5000: more baskets', lang: 'en', currency: 'GBP', numbers: { amount: 5_000 }, assumption: 'more baskets' },
  { value: 'hard-savings 8천만원: 계약직 두 자리 절감', investment: '3억 원', lang: 'ko', currency: 'KRW', numbers: { amount: 80_000_000 }, assumption: '계약직 두 자리 절감', invested: 300_000_000 },
  { value: 'soft-savings 1.2천 × 4.5만원: 상담 감소', lang: 'ko', currency: 'KRW', numbers: { hours: 1_200, rate: 45_000 }, assumption: '상담 감소' },
  { value: 'hard-savings 1억 2천만원: 인건비', lang: 'ko', currency: 'KRW', numbers: { amount: 120_000_000 }, assumption: '인건비' },
  { value: 'hard-savings ¥4,000,000: two licences dropped', lang: 'en', currency: 'JPY', numbers: { amount: 4_000_000 }, assumption: 'two licences dropped' },
  { value: 'hard-savings 36000 CHF: two servers off', investment: '120000 CHF', lang: 'en', currency: 'CHF', numbers: { amount: 36_000 }, assumption: 'two servers off', invested: 120_000 },
  { value: 'soft-savings 1200 hours × 450 SEK: agents answer fewer calls', lang: 'en', currency: 'SEK', numbers: { hours: 1_200, rate: 450 }, assumption: 'agents answer fewer calls' },
  { value: 'risk-avoidance 10% × 2000000 INR: a regulator\'s fine avoided', lang: 'en', currency: 'INR', numbers: { probability: 0.1, impact: 2_000_000 }, assumption: 'a regulator\'s fine avoided' },
  // A code that is also a word: the flow writes it where it ends the figure, so it reads back.
  { value: 'revenue-impact 90000 TRY: more baskets a week', investment: '250000 TRY', lang: 'en', currency: 'TRY', numbers: { amount: 90_000 }, assumption: 'more baskets a week', invested: 250_000 },
  { value: 'opportunity-cost NOK 27000: analysts move to pricing work', lang: 'en', currency: 'NOK', numbers: { amount: 27_000 }, assumption: 'analysts move to pricing work' },
];

describe('Currency: what the guided flow writes is read back', () => {
  for (const c of CASES) {
    it(`${c.currency} (${c.lang}): ${c.value}`, () => {
      const answers: GuidedAnswers = { ...GOOD_ANSWERS, value: c.value, investment: c.investment ?? '' };
      if (c.lang === 'ko') answers.behavior = KO_BEHAVIOR;
      const markdown = guidedMarkdown(answers, c.lang);
      const value = parseDocument(markdown, 'markdown', c.lang).doc.outcomes[0]?.value;
      assert.ok(value, markdown);
      assert.equal(value.currency?.value, c.currency, markdown);
      const item = value.items[0];
      assert.ok(item, markdown);
      const read = { amount: item.amount?.value, hours: item.hours?.value, rate: item.rate?.value, probability: item.probability?.value, impact: item.impact?.value };
      for (const k of Object.keys(read) as (keyof typeof read)[]) if (read[k] === undefined) delete read[k];
      assert.deepEqual(read, c.numbers, markdown);
      assert.equal(item.assumption?.value, c.assumption, markdown);
      assert.equal(value.investment?.value, c.invested, markdown);
    });
  }
});

/** The currency `currencyAt` reads at the first run of digits of `s`. */
function at(s: string): string | undefined {
  const m = /\d[\d,.]*/.exec(s)!;
  return currencyAt(s, m.index, m.index + m[0].length);
}

/** The currency a Markdown plan's reader finds in a Value section holding `line`. */
function planCurrency(line: string): string | undefined {
  const md = `## CBO: Agents answer refund questions on the first call\n\n### Value Proposition\n- **Hard Savings**: ${line}\n`;
  return parseDocument(md, 'markdown').doc.outcomes[0]?.value?.currency?.value;
}

describe('Currency: one reader', () => {
  it('holds ISO 4217 codes only, sorted, the same on every runtime', () => {
    assert.ok(CURRENCY_CODES.length > 150, 'the whole list, not the common few');
    assert.deepEqual([...CURRENCY_CODES].sort(), CURRENCY_CODES);
    assert.equal(new Set(CURRENCY_CODES).size, CURRENCY_CODES.length);
    for (const c of CURRENCY_CODES) assert.match(c, /^[A-Z]{3}$/);
    for (const c of ['USD', 'EUR', 'GBP', 'KRW', 'JPY', 'CHF', 'SEK', 'NOK', 'DKK', 'INR', 'BRL', 'PLN']) assert.ok(CURRENCY_CODES.includes(c), c);
    // Capitals that are no currency.
    for (const w of ['USE', 'NEW', 'THE', 'FTE', 'USB', 'API', 'CRM', 'ERP']) assert.ok(!CURRENCY_CODES.includes(w), w);
    for (const w of CODES_ALSO_WORDS) assert.ok(CURRENCY_CODES.includes(w), `${w} is a code`);
  });

  it('reads a code only next to the figure, before or after, with or without a space', () => {
    assert.equal(at('36000 CHF: two servers'), 'CHF');
    assert.equal(at('36000CHF'), 'CHF');
    assert.equal(at('CHF 36000'), 'CHF');
    assert.equal(at('about CHF36000'), 'CHF');
    assert.equal(at('36000 chf: two servers'), 'CHF', 'small letters when the code ends the figure');
    assert.equal(at('36000 chf seats'), undefined, 'small letters followed by words are a word');
    assert.equal(at('60,000 USD over 2 years'), 'USD');
    assert.equal(at('CHF  36000'), undefined, 'more than a space between');
    assert.equal(at('XCHF 36000'), undefined, 'the end of a longer word');
    assert.equal(at('36000 USE the new servers'), undefined);
    assert.equal(at('€36,000'), 'EUR');
    assert.equal(at('$1.2M saved'), 'USD');
    assert.equal(currencyAt('8,000만 원: 인건비', 0, 8), 'KRW', 'the whole Korean amount is the figure');
    assert.equal(at('80000000원'), 'KRW');
    assert.equal(at('36000 dollars'), 'USD');
  });

  it('reads a code that is also a word only where it ends the figure', () => {
    assert.equal(at('80000 ALL staff moved'), undefined);
    assert.equal(at('80000 ALL: a year of rent'), 'ALL');
    assert.equal(at('TOP 10 accounts'), undefined);
    assert.equal(at('ALL 3 regions'), undefined);
    assert.equal(at('5000 TRY, paid monthly'), 'TRY');
    assert.deepEqual(currencyLead(' ALL: rent'), { code: 'ALL', length: 4 });
    assert.equal(currencyLead(' ALL staff'), undefined);
  });

  it('finds a plan\'s currency beside its amount, not in a word of the sentence', () => {
    assert.equal(planCurrency('Our CAD team saves 20,000 USD a year'), 'USD');
    assert.equal(planCurrency('ALL 3 regions stop paying 40,000 EUR for hosting'), 'EUR');
    assert.equal(planCurrency('36000 SEK: two servers off'), 'SEK');
    assert.equal(planCurrency('Licences for ALL staff, no amount yet'), undefined);
  });
});
