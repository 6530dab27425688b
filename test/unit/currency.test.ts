import { strict as assert } from 'node:assert';
import { guidedMarkdown, parseValue, type GuidedAnswers } from '../../src/core/guided';
import { parseDocument } from '../../src/core/parse/index';
import { CODES_ALSO_WORDS, CURRENCY_CODES, currencyAt, currencyLead } from '../../src/core/text/currency';
import { computeRoi } from '../../src/core/roi';
import { GOOD_ANSWERS } from '../guided-answers';
import { at, GOOD_YAML, only, run, valuePlan } from './helpers';

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

/** What the guided flow reads in a value answer: its currency, amount and reason. */
function guided(answer: string): { currency?: string; amount?: number; assumption?: string } {
  const v = parseValue(answer);
  return { currency: v?.currency, amount: v?.amount, assumption: v?.assumption };
}

/** What a Markdown plan's reader finds in a Value section holding `line` as Hard Savings. */
function plan(line: string): { currency?: string; amount?: number; assumption?: string } {
  const md = `## CBO: Agents answer refund questions on the first call\n\n### Value Proposition\n- **Hard Savings**: ${line}\n`;
  const value = parseDocument(md, 'markdown').doc.outcomes[0]?.value;
  return { currency: value?.currency?.value, amount: value?.items[0]?.amount?.value, assumption: value?.items[0]?.assumption?.value };
}

/** The currency a Markdown plan's reader finds in a Value section holding `line`. */
function planCurrency(line: string): string | undefined {
  return plan(line).currency;
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

  /** The currency both readers find at the figure of `text` (after the value type in the flow). */
  const both = (text: string, currency: string | undefined, why?: string) => {
    assert.equal(guided(`hard-savings ${text}`).currency, currency, `guided: ${text}${why ? ` (${why})` : ''}`);
    assert.equal(plan(text).currency, currency, `plan: ${text}${why ? ` (${why})` : ''}`);
  };

  it('reads a code only next to the figure, before or after, with or without a space', () => {
    both('36000 CHF: two servers', 'CHF');
    both('36000CHF: two servers', 'CHF');
    both('CHF 36000: two servers', 'CHF');
    both('36000 chf: two servers', 'CHF', 'small letters when the code ends the figure');
    both('36000 chf seats', undefined, 'small letters followed by words are a word');
    both('60,000 USD over 2 years', 'USD');
    both('CHF  36000: two servers', undefined, 'more than a space between');
    both('XCHF 36000: two servers', undefined, 'the end of a longer word');
    both('36000 USE the new servers', undefined);
    both('€36,000: two servers', 'EUR');
    both('$1.2M saved', 'USD');
    both('36000 dollars: two servers', 'USD');
    // A sign after the figure, as much of Europe writes it; not the next figure's sign.
    both('36000 €: two servers', 'EUR');
    both('36000€/year: two servers', 'EUR');
    assert.equal(currencyAt('36000 € 500 spare', 0, 5), undefined, 'the sign of the next figure');
    assert.equal(currencyAt('8,000만 원: 인건비', 0, 8), 'KRW', 'the whole Korean amount is the figure');
    assert.equal(guided('hard-savings 80000000원: 인건비').currency, 'KRW');
  });

  it('reads a code glued before the figure, with its amount', () => {
    // The number reader takes digits after a letter for part of a word (Q2, v1.2): the code is set apart first.
    assert.deepEqual(guided('hard-savings CHF36000: two servers'), { currency: 'CHF', amount: 36_000, assumption: 'two servers' });
    assert.deepEqual(guided('hard-savings about CHF36000: two servers'), { currency: 'CHF', amount: 36_000, assumption: 'two servers' });
    assert.deepEqual(plan('CHF500000'), { currency: 'CHF', amount: 500_000, assumption: undefined });
    // The amount's place is its digits' (a finding on it underlines them, not the code or what follows).
    const md = '## CBO: Agents answer refund questions on the first call\n\n### Value Proposition\n- **Hard Savings**: CHF500000 a year\n';
    const amount = parseDocument(md, 'markdown').doc.outcomes[0]?.value?.items[0]?.amount;
    assert.equal(amount && md.slice(amount.span.start, amount.span.end), '500000');
    assert.deepEqual(plan('CHF36,000: two servers'), { currency: 'CHF', amount: 36_000, assumption: 'two servers' });
    // Not a code: a word's capitals before digits stay part of it.
    assert.equal(plan('ISO9001 audits avoided, 20,000 EUR').amount, 20_000);
    assert.equal(guided('hard-savings 5000: TOP10 accounts kept').amount, 5_000);
  });

  it('reads a code that is also a word only where it ends the figure, and in capitals', () => {
    both('80000 ALL staff moved', undefined);
    both('80000 ALL: a year of rent', 'ALL');
    both('5000 TRY, paid monthly', 'TRY');
    both('36000 all', undefined, 'a word in small letters');
    both('36000 top', undefined, 'a word in small letters');
    both('36000 try: a pilot', undefined, 'a word in small letters');
    assert.deepEqual(currencyLead(' ALL: rent'), { code: 'ALL', length: 4 });
    assert.equal(currencyLead(' ALL staff'), undefined);
  });

  it('reads "won" as money after a figure of money or where it ends the figure, not before a noun after a count', () => {
    both('3 won deals a month', undefined, '"won" qualifies the deals');
    both('12 won contracts: renewals', undefined);
    assert.deepEqual(plan('3 won deals a month'), { currency: undefined, amount: 3, assumption: 'won deals a month' });
    // "a year" is the figure's period, not the reason's (as "/year" is).
    assert.deepEqual(plan('5,000,000 won a year: fewer calls'), { currency: 'KRW', amount: 5_000_000, assumption: 'fewer calls' });
    both('5,000,000 won', 'KRW');
    both('₩5,000,000 a year', 'KRW');
    both('500 won per call', 'KRW', 'a small figure of money before what follows money');
    both('800 won saved', 'KRW');
    both('300 won: a stamp', 'KRW');
    assert.deepEqual(plan('5,000,000 won budget cut'), { currency: 'KRW', amount: 5_000_000, assumption: 'budget cut' });
    assert.deepEqual(guided('hard-savings 3 won deals'), { currency: undefined, amount: 3, assumption: 'won deals' });
    // Words that are money elsewhere are no currency here: "rand", "real", "pound" (£ is the pound).
    both('20 real cases, 40,000 rand', undefined);
    both('3 pounds of paper', undefined);
  });

  it('takes no code out of a hyphenated word', () => {
    assert.deepEqual(plan('36,000 all-hands hours saved'), { currency: undefined, amount: 36_000, assumption: 'all-hands hours saved' });
    assert.deepEqual(plan('36,000 pen-testing fees avoided'), { currency: undefined, amount: 36_000, assumption: 'pen-testing fees avoided' });
    assert.deepEqual(guided('hard-savings 5000 top-ups avoided'), { currency: undefined, amount: 5_000, assumption: 'top-ups avoided' });
    assert.deepEqual(guided('hard-savings 5000 try-outs'), { currency: undefined, amount: 5_000, assumption: 'try-outs' });
    both('36000 USD-based licences', undefined, 'a code joined to a word is part of it');
    // A dash with a space after it still ends the figure.
    both('36000 ALL - a year of rent', 'ALL');
    both('36000 ALL -', 'ALL');
  });

  it('reads a word-like code before a figure of money, not before a small number', () => {
    both('TRY 5000: a pilot', 'TRY');
    both('PHP 50,000: two seats', 'PHP');
    both('COP 2500000: two seats', 'COP');
    both('PEN 900: two seats', undefined, 'three digits: "PEN 900" may be pens');
    both('TOP 1000 accounts kept, 5000', undefined, 'TOP and ALL before a figure are words');
    both('ALL 2,000 stores: 5000', undefined);
    both('TOP 10 accounts', undefined);
    both('ALL 3 regions', undefined);
  });

  it('writes the code read before the figure, not the language\'s', () => {
    const markdown = guidedMarkdown({ ...GOOD_ANSWERS, value: 'hard-savings TRY 5000: a pilot', investment: '' }, 'en');
    assert.match(markdown, /5,000 TRY: a pilot/);
  });

  it('leaves no punctuation of the figure in the reason', () => {
    assert.deepEqual(guided('hard-savings 36000 USD.'), { currency: 'USD', amount: 36_000, assumption: undefined });
    assert.deepEqual(guided('hard-savings 50,000 USD. Two seats'), { currency: 'USD', amount: 50_000, assumption: 'Two seats' });
    assert.deepEqual(guided('hard-savings 36000 ALL.'), { currency: 'ALL', amount: 36_000, assumption: undefined });
    assert.deepEqual(guided('hard-savings 36,000 USD/year'), { currency: 'USD', amount: 36_000, assumption: undefined });
    assert.deepEqual(plan('36,000 USD/year from fewer calls'), { currency: 'USD', amount: 36_000, assumption: 'from fewer calls' });
    assert.deepEqual(plan('50,000 USD. Two seats'), { currency: 'USD', amount: 50_000, assumption: 'Two seats' });
    assert.deepEqual(plan('36000 ALL.'), { currency: 'ALL', amount: 36_000, assumption: undefined });
    // A month is no year: the plan counts it × 12 and shows that among the factors (value-rules), so "/month" is no reason.
    assert.deepEqual(plan('3,000 USD/month from fewer calls'), { currency: 'USD', amount: 3_000, assumption: 'from fewer calls' });
  });

  it('counts a multiplier wherever the currency is written', () => {
    for (const line of ['$1.2M: x', '1.2M USD: x', 'USD 1.2M: x', '1.2m USD: x', '1.2 million USD: x', '$1.2 million: x', 'USD 1.2 mn: x']) {
      assert.deepEqual(plan(line), { currency: 'USD', amount: 1_200_000, assumption: 'x' }, line);
    }
    assert.deepEqual(plan('1.5M EUR: x'), { currency: 'EUR', amount: 1_500_000, assumption: 'x' });
    assert.deepEqual(plan('2.5 billion KRW: x'), { currency: 'KRW', amount: 2_500_000_000, assumption: 'x' });
    assert.deepEqual(plan('€1.1bn: x'), { currency: 'EUR', amount: 1_100_000_000, assumption: 'x' });
    assert.deepEqual(plan('2.01M USD: x'), { currency: 'USD', amount: 2_010_000, assumption: 'x' }, 'no binary remainder');
    assert.deepEqual(guided('hard-savings 1.5M EUR: two servers'), { currency: 'EUR', amount: 1_500_000, assumption: 'two servers' });
    // Without a currency an M stays what the number reader makes of it: minutes or metres as well as millions.
    assert.equal(plan('1.5M: x').amount, 1.5);
  });

  it('counts an M or a Mio. written apart from the figure, and a decimal comma before it', () => {
    // 1.5 million each way: "1.5 M EUR" was 1.5, "1,5 Mio. €" 1 (and a 5).
    for (const [line, currency] of [['1.5 M EUR: x', 'EUR'], ['1.5 M €: x', 'EUR'], ['$1.5 M: x', 'USD'], ['1.5 Mio. €: x', 'EUR'], ['1,5 Mio. €: x', 'EUR'], ['1,5 Mio €: x', 'EUR'], ['€1,5 Mio.: x', 'EUR'], ['1,5 M €: x', 'EUR'], ['EUR 1,5 Mio.: x', 'EUR']] as const) {
      assert.deepEqual(plan(line), { currency, amount: 1_500_000, assumption: 'x' }, line);
    }
    // 2,25 million is 2,250,000; Mrd. a billion: 1,2 Mrd. is 1,200,000,000.
    assert.deepEqual(plan('2,25 million EUR: x'), { currency: 'EUR', amount: 2_250_000, assumption: 'x' });
    assert.deepEqual(plan('1,2 Mrd. €: x'), { currency: 'EUR', amount: 1_200_000_000, assumption: 'x' });
    // Before Mio. the dots group thousands, as where Mio. is written: 1.500 Mio. is 1,500 millions.
    assert.deepEqual(plan('1.500 Mio. €: x'), { currency: 'EUR', amount: 1_500_000_000, assumption: 'x' });
    // Without a currency an M apart from the figure stays as read too (1.5: minutes or metres as well as millions).
    assert.equal(plan('1.5 M: x').amount, 1.5);
    // The guided flow's answers share the readers.
    assert.deepEqual(guided('hard-savings 1,5 Mio. €: two servers'), { currency: 'EUR', amount: 1_500_000, assumption: 'two servers' });
    assert.deepEqual(guided('hard-savings 1.5 M EUR: two servers'), { currency: 'EUR', amount: 1_500_000, assumption: 'two servers' });
  });

  it('reads euro thousands written with a dot beside the sign', () => {
    assert.deepEqual(plan('€ 300.000: x'), { currency: 'EUR', amount: 300_000, assumption: 'x' });
    assert.deepEqual(plan('300.000 EUR: x'), { currency: 'EUR', amount: 300_000, assumption: 'x' });
  });

  it('finds a plan\'s currency beside its amount, not in a word of the sentence', () => {
    assert.equal(planCurrency('Our CAD team saves 20,000 USD a year'), 'USD');
    assert.equal(planCurrency('ALL 3 regions stop paying 40,000 EUR for hosting'), 'EUR');
    assert.equal(planCurrency('36000 SEK: two servers off'), 'SEK');
    assert.equal(planCurrency('Licences for ALL staff, no amount yet'), undefined);
  });

  it('takes a bare figure before the reason\'s colon for the amount, not money the reason names', () => {
    // It was $40, the reason's price, in the plan (the guided flow, reading alone, had 36,000).
    assert.deepEqual(plan('36000: two $40 licences dropped'), { currency: undefined, amount: 36_000, assumption: 'two $40 licences dropped' });
    assert.deepEqual(guided('hard-savings 36000: two $40 licences dropped'), { currency: undefined, amount: 36_000, assumption: 'two $40 licences dropped' });
    // A figure with a currency is still the amount wherever it is, and a count before the colon is no amount.
    assert.equal(plan('about 30 seats: $12,000 a year').amount, 12_000);
    const inv = run(`## CBO: Agents answer refund questions on the first call\n\n### Value Proposition\n- **Hard Savings**: 40,000 USD: one seat\n- **Investment**: 2 developers: $60,000\n`, 'markdown');
    assert.equal(inv.outcomes[0]!.value!.investment?.value, 60_000);
    assert.equal(run(`## CBO: Agents answer refund questions on the first call\n\n### Value Proposition\n- **Hard Savings**: 40,000 USD: one seat\n- **Investment**: 60000: two $900 laptops included\n`, 'markdown').outcomes[0]!.value!.investment?.value, 60_000);
  });
});

describe('Currency: a plan\'s value and investment in two currencies', () => {
  const md = (investment: string) => `## CBO: Agents answer refund questions on the first call\n\n### Value Proposition\n- **Hard Savings**: 40,000 EUR: one front-desk seat\n- **Investment**: ${investment}\n`;

  it('gives no ROI and says to write the investment in the value\'s currency', () => {
    const text = md('60,000 USD');
    const r = run(text, 'markdown');
    const value = r.outcomes[0]!.value!;
    assert.equal(value.currency?.value, 'EUR');
    assert.equal(value.investment, undefined, 'dollars are not set against euros');
    assert.equal(computeRoi(value).roiPercent, undefined);
    const f = only(r.findings, 'value-no-investment');
    assert.equal(f.length, 1);
    assert.equal(at(text, f[0]!), '60,000 USD');
    assert.match(f[0]!.message, /USD/);
    assert.match(f[0]!.message, /EUR/);
    const ko = only(run(text, 'markdown', {}, 'ko').findings, 'value-no-investment');
    assert.equal(ko.length, 1);
    assert.match(ko[0]!.message, /투자/);
    assert.match(ko[0]!.message, /EUR/);
  });

  it('counts an investment in the value\'s currency, or written bare', () => {
    for (const inv of ['60,000 EUR', '€60,000', '60,000']) {
      const r = run(md(inv), 'markdown');
      assert.equal(r.outcomes[0]!.value!.investment?.value, 60_000, inv);
      assert.deepEqual(only(r.findings, 'value-no-investment'), [], inv);
    }
  });
});

describe('Currency: a plan\'s value items in two currencies', () => {
  const md = valuePlan;

  it('leaves an item in another currency out of the value and ROI, and says so at the item', () => {
    const text = md(['**Hard Savings**: 60,000 EUR: one front-desk seat', '**Revenue Impact**: 50,000 USD: more repeat orders', '**Investment**: 90,000 EUR']);
    const r = run(text, 'markdown');
    const roi = computeRoi(r.outcomes[0]!.value);
    // 60,000 EUR alone against 90,000 EUR: (60,000 - 90,000) / 90,000 is -33.3%.
    assert.equal(roi.currency, 'EUR');
    assert.equal(roi.claimedMinor, 6_000_000);
    assert.equal(roi.roiPercent, -33.3);
    assert.equal(roi.byType['revenue-impact'], 0);
    assert.equal(roi.items[1]!.problem, 'other-currency');
    const f = only(r.findings, 'value-item-incomplete');
    assert.equal(f.length, 1);
    assert.match(at(text, f[0]!), /^- \*\*Revenue Impact\*\*: 50,000 USD/);
    assert.match(f[0]!.message, /USD/);
    assert.match(f[0]!.message, /EUR/);
    const ko = only(run(text, 'markdown', {}, 'ko').findings, 'value-item-incomplete');
    assert.equal(ko.length, 1);
    assert.match(ko[0]!.message, /USD.*EUR/);
    assert.match(ko[0]!.message, /ROI에서 0/);
  });

  it('reads the currency of an hours × rate line from its rate', () => {
    const rates = ['500 hours × 20 EUR', '500 hours × €20', '500 hours × 20 EURO'];
    const text = md(['**Hard Savings**: 6,000만 원: 콜 감소', ...rates.map((x) => `**Soft Savings**: ${x}: agent time`), '**Investment**: 9,000만 원']);
    const r = run(text, 'markdown');
    const roi = computeRoi(r.outcomes[0]!.value);
    assert.equal(roi.currency, 'KRW');
    assert.equal(roi.claimedMinor, 60_000_000, 'no 500 × 20 = ₩10,000 per line');
    assert.equal(roi.byType['soft-savings'], 0);
    assert.equal(only(r.findings, 'value-item-incomplete').length, rates.length);
  });

  it('counts items in the outcome\'s currency, or written bare, as before', () => {
    const text = md(['**Hard Savings**: €60,000: one seat', '**Soft Savings**: 500 hours × 20: agent time', '**Revenue Impact**: 50,000 EUR: repeat orders', '**Investment**: 90,000 EUR']);
    const r = run(text, 'markdown');
    const roi = computeRoi(r.outcomes[0]!.value);
    assert.equal(roi.claimedMinor, 12_000_000);
    assert.deepEqual(only(r.findings, 'value-item-incomplete'), []);
  });

  it('takes the currency of the first value line in the plan, not of the first label in the reader\'s list', () => {
    // Revenue Impact is read after Hard Savings by label, but it is written first.
    const text = md(['**Revenue Impact**: 100,000 EUR: repeat orders', '**Hard Savings**: 10,000 USD: one seat', '**Investment**: 50,000 EUR']);
    const r = run(text, 'markdown');
    const roi = computeRoi(r.outcomes[0]!.value);
    assert.equal(roi.currency, 'EUR');
    assert.equal(roi.claimedMinor, 10_000_000);
    assert.equal(r.outcomes[0]!.value!.investment?.value, 50_000);
    const f = only(r.findings, 'value-item-incomplete');
    assert.equal(f.length, 1);
    assert.match(at(text, f[0]!), /Hard Savings\*\*: 10,000 USD/);
  });

  it('reads a bare $ or "dollars" in a plan in another dollar as that dollar, and C$, A$, HK$ as theirs', () => {
    const cad = md(['**Hard Savings**: CAD 50,000: one seat', '**Soft Savings**: 500 hours × $40: agent time', '**Revenue Impact**: 10,000 dollars: repeat orders', '**Investment**: C$30,000']);
    const r = run(cad, 'markdown');
    const roi = computeRoi(r.outcomes[0]!.value);
    assert.equal(roi.currency, 'CAD');
    assert.equal(roi.claimedMinor, (50_000 + 500 * 40 + 10_000) * 100);
    assert.equal(r.outcomes[0]!.value!.investment?.value, 30_000);
    assert.deepEqual(only(r.findings, 'value-item-incomplete'), []);
    const prefixed = run(md(['**Hard Savings**: A$50,000: one seat', '**Investment**: AUD 20,000']), 'markdown');
    assert.equal(computeRoi(prefixed.outcomes[0]!.value).currency, 'AUD');
    assert.deepEqual(only(prefixed.findings, 'value-no-investment'), []);
    // USD named in the line is USD, in a plan in Canadian dollars too.
    const named = run(md(['**Hard Savings**: CAD 50,000: one seat', '**Revenue Impact**: $10,000 USD: exports']), 'markdown');
    assert.equal(only(named.findings, 'value-item-incomplete').length, 1);
  });

  it('leaves YAML alone: one currency per outcome, whatever an assumption mentions', () => {
    const text = GOOD_YAML.replace('assumption: "Two contractor seats are no longer needed"', 'assumption: "Two seats, 50,000 EUR a year each"');
    const r = run(text);
    assert.equal(computeRoi(r.outcomes[0]!.value).claimedMinor, 8_000_000);
    assert.deepEqual(only(r.findings, 'value-item-incomplete'), []);
  });
});
