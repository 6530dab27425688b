// value-period-mismatch: a YAML value item's number is a year's as written, so an assumption
// that says "per month" beside `amount: 6500` is named, with both readings worked out, and a
// quick fix writes the year (one edit, in the editor and over the language server).
import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { resolveConfig } from '../../src/core/config';
import type { Finding, Fix } from '../../src/core/finding';
import { guidedYaml, type GuidedAnswers } from '../../src/core/guided';
import { lint } from '../../src/core/lint';
import { RULES } from '../../src/core/rules';
import { codeActionsFor } from '../../src/lsp/code-actions';
import { GOOD_ANSWERS } from '../guided-answers';
import { at, only, run, TODAY, valuePlan } from './helpers';

const ID = 'value-period-mismatch';

const yaml = (items: string, currency = 'EUR', title = 'Dispatchers plan next-day routes in the tool instead of spreadsheets') => `cbo: 1
title: ${title}
value:
  currency: ${currency}
  investment: 100000
  items:
${items}`;

/** The team lead's item, as they wrote it. */
const STANDBY = yaml(`    - type: hard-savings
      amount: 6500
      assumption: Standby driver pool we no longer need to hold, per month
`);
const DISPATCH = yaml('    - { type: soft-savings, hours: 75, rate: 40, assumption: "Dispatch time per month" }\n');
const KOREAN = yaml('    - { type: hard-savings, amount: 6500000, assumption: "대기 기사 풀 유지 비용, 월 650만 원" }\n', 'KRW', '배차 담당자가 다음 날 경로를 도구에서 짠다');

function findings(text: string, lang: 'en' | 'ko' = 'en', kind: 'yaml' | 'markdown' = 'yaml'): Finding[] {
  return only(run(text, kind, {}, lang).findings, ID);
}

/** The assumption's words for one hard-savings item of `amount`. */
const quiet = (amount: number, assumption: string) => assert.deepEqual(findings(yaml(`    - { type: hard-savings, amount: ${amount}, assumption: ${JSON.stringify(assumption)} }\n`)), [], assumption);

/** The text once the fix's edits are made, each at its span in the text before any of them. */
function applied(text: string, fix: Fix | undefined): string {
  assert.ok(fix?.kind === 'edits', JSON.stringify(fix));
  let out = text;
  for (const e of fix.edits.slice().sort((a, b) => b.span.start - a.span.start)) out = out.slice(0, e.span.start) + e.text + out.slice(e.span.end);
  return out;
}

describe('value-period-mismatch', () => {
  it('is registered as a warning about value', () => {
    const r = RULES.find((x) => x.id === ID);
    assert.equal(r?.scope, 'value');
    assert.equal(r?.defaultSeverity, 'warning');
  });

  it('names an amount whose assumption says "per month", with the year it is counted as and the year it makes', () => {
    const [f, more] = findings(STANDBY);
    assert.equal(more, undefined);
    assert.equal(f!.severity, 'warning');
    assert.equal(at(STANDBY, f!), '6500');
    assert.equal(
      f!.message,
      'The assumption says "per month", but `amount` is counted as a year\'s value: this item counts €6,500.00 a year. If €6,500.00 is per month, the year is €78,000.00: write that in `amount` and "€6,500 per month × 12" in the assumption. If it is a year\'s, say so there ("a year").',
    );
    assert.equal(f!.data?.period, 'month');
  });

  it('names a half-year as a half-year (period.ts reads it ×2): 2 × €6,500 = €13,000, no "undefined"', () => {
    const text = yaml('    - { type: hard-savings, amount: 6500, assumption: "€6,500 per half-year in standby fees" }\n');
    const [f] = findings(text);
    assert.equal(
      f!.message,
      'The assumption says "per half-year", but `amount` is counted as a year\'s value: this item counts €6,500.00 a year. If €6,500.00 is per half-year, the year is €13,000.00: write that in `amount` and "€6,500 per half-year × 2" in the assumption.',
    );
    assert.equal(f!.data?.period, 'half-year');
  });

  it('names hours whose assumption says "per month", in hours and in money at the rate', () => {
    const [f] = findings(DISPATCH);
    assert.equal(at(DISPATCH, f!), '75');
    // 75 h × €40 = €3,000; × 12 = 900 h, €36,000.
    assert.equal(
      f!.message,
      'The assumption says "per month", but `hours` are counted as a year\'s: this item counts 75 hours (€3,000.00) a year. If the 75 hours are per month, the year is 900 hours (€36,000.00): write that in `hours` and "75 hours per month × 12" in the assumption. If it is a year\'s, say so there ("a year").',
    );
  });

  it('reads 월 before a Korean amount, and says it in Korean', () => {
    const [f] = findings(KOREAN, 'ko');
    assert.equal(at(KOREAN, f!), '6500000');
    assert.equal(
      f!.message,
      '가정에 "월"이 적혀 있지만 `amount`는 1년 값으로 계산되어, 이 항목은 1년에 ₩6,500,000입니다. ₩6,500,000이 한 달 값이라면 1년은 ₩78,000,000입니다. 그렇다면 `amount`에 1년 값을, 가정에 "월 ₩6,500,000 × 12"를 적으세요.',
    );
    assert.equal(findings(KOREAN, 'en')[0]!.message.startsWith('The assumption says "월", but `amount`'), true);
  });

  it('reads a period standing alone or a few words from the figure, in English and Korean', () => {
    const one = (amount: number, assumption: string, currency = 'EUR') => findings(yaml(`    - { type: hard-savings, amount: ${amount}, assumption: ${JSON.stringify(assumption)} }\n`, currency));
    assert.equal(one(6500, '€6,500 in standby fees per month').length, 1);
    assert.equal(one(6500, 'Standby pool, billed monthly').length, 1);
    assert.equal(one(900, 'Courier runs we no longer pay for each week').length, 1);
    assert.equal(one(3000, 'Quarterly licence we drop').length, 1);
    assert.equal(one(6500000, '매월 유지하던 대기 기사 풀', 'KRW').length, 1);
    assert.equal(one(900000, '매주 나가던 퀵 배송비', 'KRW').length, 1);
    assert.equal(one(3000000, '분기마다 내던 라이선스', 'KRW').length, 1);
  });

  it('is quiet on what the guided flow writes for a month, a week or a quarter, in English and Korean', () => {
    const en: GuidedAnswers = { ...GOOD_ANSWERS, investment: '10000' };
    const ko: GuidedAnswers = { ...GOOD_ANSWERS, behavior: '민원인이 증명서를 온라인으로 발급받는다', investment: '1억 원' };
    for (const [a, lang] of [
      [{ ...en, value: 'hard-savings €6,500 per month: standby driver pool' }, 'en'],
      [{ ...en, value: 'hard-savings $900/week: courier runs' }, 'en'],
      [{ ...en, value: 'hard-savings $3,000 per quarter: courier contract' }, 'en'],
      [{ ...en, value: 'soft-savings 75 hours per month × $40: dispatch time' }, 'en'],
      [{ ...ko, value: 'revenue-impact 월 500만 원: 온라인 발급 수수료' }, 'ko'],
      [{ ...ko, value: 'hard-savings 분기당 300만 원: 택배 계약' }, 'ko'],
      [{ ...ko, value: 'soft-savings 월 100시간 × 3만 원: 재문의 전화' }, 'ko'],
    ] as const) {
      const text = guidedYaml(a, lang);
      assert.match(text, /× (12|52|4)/, text);
      assert.deepEqual(findings(text, lang), [], text);
    }
    // The same file with the month's figure left in `amount` is named.
    const month = guidedYaml({ ...en, value: 'hard-savings €6,500 per month: standby driver pool' }, 'en');
    assert.match(month, /amount: 78000, assumption: "€6,500 per month × 12 months: standby driver pool"/);
    assert.equal(findings(month.replace('amount: 78000', 'amount: 6500')).length, 1);
  });

  it('is quiet when the assumption works the year out, counts the periods, or names no period shorter than a year', () => {
    quiet(78000, '€6,500 per month × 12 months: standby driver pool');
    quiet(78000, 'Standby pool per month × 12 = 78,000');
    quiet(78000, '€6,500 per month × 12');
    quiet(78000, '€78,000 a year (€6,500 per month)');
    quiet(78000, 'Standby driver pool we no longer hold, over 12 months');
    quiet(6500, 'Standby pool released from Q1');
    quiet(6500, '1분기부터 대기 인력 감축');
    quiet(6500, 'Standby pool released in March; break-even from month 3');
    quiet(78000, 'Standby driver pool we no longer need to hold, per year');
    quiet(6500, 'Standby pool billed per month; €6,500 a year in all');
    // The period belongs to another figure: the amount is the item's own sum.
    quiet(78000, 'Licences at €500 per month for 13 seats');
    // A thing named by its period, a length of time, a fraction.
    quiet(120000, 'Two FTE no longer compile the monthly report');
    quiet(6500, 'Savings land within a month of go-live');
    quiet(6500, 'A quarter of the standby pool is released');
    quiet(6500, '3개월간 대기 인력 감축');
  });

  it('leaves a Markdown value line alone: it reads its period and counts the year itself', () => {
    const md = valuePlan(['**Hard Savings**: 6,500 EUR per month: standby driver pool', '**Investment**: 100,000 EUR']);
    assert.deepEqual(findings(md, 'en', 'markdown'), []);
  });

  it('offers one fix that writes the year into `amount` and the month into the assumption, after which it is quiet', () => {
    const [f] = findings(STANDBY);
    assert.equal(f!.fix?.title, 'Count a year: 78000 (€6,500 per month × 12)');
    const after = applied(STANDBY, f!.fix);
    assert.equal(
      after,
      yaml(`    - type: hard-savings
      amount: 78000
      assumption: "Standby driver pool we no longer need to hold, per month (€6,500 per month × 12)"
`),
    );
    const r = run(after);
    assert.deepEqual(only(r.findings, ID), []);
    assert.equal(r.outcomes[0]!.value!.items[0]!.amount?.value, 78000);
  });

  it('fixes hours in a flow mapping, quoting the assumption so the comma of a figure stays inside it', () => {
    assert.equal(applied(DISPATCH, findings(DISPATCH)[0]!.fix), yaml('    - { type: soft-savings, hours: 900, rate: 40, assumption: "Dispatch time per month (75 hours per month × 12)" }\n'));
    const flow = yaml('    - { type: hard-savings, amount: 6500, assumption: Standby pool per month }\n');
    const after = applied(flow, findings(flow)[0]!.fix);
    assert.equal(after, yaml('    - { type: hard-savings, amount: 78000, assumption: "Standby pool per month (€6,500 per month × 12)" }\n'));
    // Read back whole: a plain scalar would have ended at the comma of "6,500".
    assert.equal(run(after).outcomes[0]!.value!.items[0]!.assumption?.value, 'Standby pool per month (€6,500 per month × 12)');
  });

  it('writes the fix in the document\'s language: 월 before the figure in a Korean plan', () => {
    const [f] = findings(KOREAN, 'en');
    assert.equal(f!.fix?.title, 'Count a year: 78000000 (월 ₩6,500,000 × 12)');
    assert.equal(applied(KOREAN, f!.fix), yaml('    - { type: hard-savings, amount: 78000000, assumption: "대기 기사 풀 유지 비용, 월 650만 원 (월 ₩6,500,000 × 12)" }\n', 'KRW', '배차 담당자가 다음 날 경로를 도구에서 짠다'));
    assert.equal(findings(KOREAN, 'ko')[0]!.fix?.title, '1년 값으로: 78000000 (월 ₩6,500,000 × 12)');
  });

  it('fixes an item in a ```cbo block of a plan where it stands in the plan', () => {
    const plan = `# Dispatch\n\nSome words first.\n\n\`\`\`cbo\n${STANDBY}\`\`\`\n`;
    const [f] = findings(plan, 'en', 'markdown');
    assert.equal(at(plan, f!), '6500');
    assert.equal(applied(plan, f!.fix), plan.replace('amount: 6500', 'amount: 78000').replace('assumption: Standby driver pool we no longer need to hold, per month', 'assumption: "Standby driver pool we no longer need to hold, per month (€6,500 per month × 12)"'));
  });

  it('gives no fix where the year is not ours to write: a day, other periods counted, a block scalar', () => {
    const day = yaml('    - { type: hard-savings, amount: 300, assumption: "Courier fee saved per day" }\n');
    const [d] = findings(day);
    assert.equal(
      d!.message,
      'The assumption says "per day", but `amount` is counted as a year\'s value: this item counts €300.00 a year. If €300.00 is per day, the year is €300.00 × the days it happens in a year: write that in `amount` and the days in the assumption ("€300 per day × 220 working days"). If it is a year\'s, say so there ("a year").',
    );
    assert.equal(d!.fix, undefined);
    const six = findings(yaml('    - { type: hard-savings, amount: 6500, assumption: "€6,500 per month × 6 months" }\n'));
    assert.equal(six.length, 1);
    assert.equal(six[0]!.fix, undefined);
    const block = findings(yaml('    - type: hard-savings\n      amount: 6500\n      assumption: |\n        Standby driver pool, per month\n      validated: true\n'));
    assert.equal(block.length, 1);
    assert.equal(block[0]!.fix, undefined);
  });

  it('gives the language server the same fix as one workspace edit of two text edits', async () => {
    const uri = 'file:///tmp/cbo-period/a.cbo.yaml';
    const doc = TextDocument.create(uri, 'yaml', 1, STANDBY);
    const result = lint(STANDBY, 'yaml', resolveConfig({}, { today: TODAY }));
    const f = only(result.findings, ID)[0]!;
    const d = { range: { start: f.start, end: f.end }, code: f.ruleId, source: 'cbo', message: f.message };
    const actions = await codeActionsFor([d], { doc, kind: 'yaml', result, lang: 'en', configFile: undefined });
    const fix = actions.find((a) => a.title === 'Count a year: 78000 (€6,500 per month × 12)');
    const edits = fix?.edit?.changes?.[uri];
    // Lines 7 and 8 (0-based): "      amount: 6500", "      assumption: Standby …".
    assert.deepEqual(edits, [
      { range: { start: { line: 7, character: 14 }, end: { line: 7, character: 18 } }, newText: '78000' },
      { range: { start: { line: 8, character: 18 }, end: { line: 8, character: 74 } }, newText: '"Standby driver pool we no longer need to hold, per month (€6,500 per month × 12)"' },
    ]);
  });
});
