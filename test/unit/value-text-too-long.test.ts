// A money line is read from its first 2,000 characters only (a megabyte on one Investment line
// took 55 s to lint), and the line past that is named, so an ROI never comes silently from the
// start of a line. Each long line below gives another figure read whole than read from its start:
// "$35,000 in total" at its end is the cost of the whole line, $5,000 the cost of its start.
import { strict as assert } from 'node:assert';
import { resolveConfig } from '../../src/core/config';
import { judgeStep } from '../../src/core/guided';
import { portfolioPart, reportCaveats } from '../../src/core/portfolio';
import { MAX_MONEY_TEXT, moneyTextEnd } from '../../src/core/text/money-text';
import { GOOD_ANSWERS } from '../guided-answers';
import { GOOD_YAML, only, run, TODAY, valuePlan } from './helpers';

const NOTES = ' notes on the vendors and the licence terms;';
/** `n` characters of notes: words and spaces, as a pasted paragraph is. */
const notes = (n: number) => NOTES.repeat(Math.ceil(n / NOTES.length)).slice(0, n);
const VALUE = '**Hard Savings**: $80,000: contractors no longer paid';

function plan(investment: string, value = VALUE, lang: 'en' | 'ko' = 'en') {
  const text = valuePlan([value, `**Investment**: ${investment}`]);
  const r = run(text, 'markdown', {}, lang);
  const found = only(r.findings, 'value-text-too-long');
  return { text, cost: r.outcomes[0]!.value!.investment?.value, found, at: found.map((f) => text.slice(f.span.start, f.span.end)) };
}

describe('value-text-too-long: a money line read from its first 2,000 characters', () => {
  it('reads a line of 2,000 characters whole, and says nothing', () => {
    const line = `$5,000 for the pilot;${notes(MAX_MONEY_TEXT - 39)}; $35,000 in total`;
    assert.equal(line.length, MAX_MONEY_TEXT);
    const r = plan(line);
    assert.equal(r.cost, 35_000);
    assert.deepEqual(r.found, []);
  });

  it('reads a longer Investment line from its start and names the rest, in English and Korean', () => {
    const line = `$5,000 for the pilot;${notes(2400)}; $35,000 in total`;
    const r = plan(line);
    // Read whole, the line costs $35,000; read from its start, $5,000: said at the part not read.
    assert.equal(r.cost, 5_000);
    assert.equal(r.found.length, 1);
    assert.match(r.at[0]!, /; \$35,000 in total$/);
    const lineStart = r.text.indexOf('$5,000');
    const stop = r.found[0]!.span.start - lineStart;
    assert.ok(stop <= MAX_MONEY_TEXT && stop > MAX_MONEY_TEXT - 40, `reading stopped at ${stop}`);
    assert.equal(line.length, 2439);
    assert.equal(r.found[0]!.message, 'This "Investment" line is 2,439 characters long, and only its first 2,000 were read for the amount: the rest was not read, so the ROI counts only what that start says. Keep the figures and their reason within 2,000 characters.');
    const ko = plan(line, VALUE, 'ko');
    assert.equal(ko.found[0]!.message, '이 "Investment" 줄은 2,439자인데, 금액은 앞 2,000자에서만 읽고 나머지는 읽지 않았습니다. ROI는 그 앞부분에 적힌 것만 셉니다. 숫자와 근거를 2,000자 안에 적으세요.');
  });

  it('names a value line by its label as the plan writes it', () => {
    // 120 notes of 17 characters after 15: 2,055 characters.
    const line = `8,000만 원: 외주 비용${'; 협력사와 라이선스 조건 메모'.repeat(120)}`;
    const text = `## CBO: 상담원이 첫 통화에서 환불 문의에 답한다\n\n### 가치 제안\n- **직접 비용 절감**: ${line}\n- **투자**: 5,000만 원\n`;
    const r = run(text, 'markdown', {}, 'en');
    const found = only(r.findings, 'value-text-too-long');
    assert.equal(found.length, 1);
    assert.match(found[0]!.message, /^This "직접 비용 절감" line is 2,055 characters long, and only its first 2,000 were read for the amount/);
    // The amount at the start is read as before.
    assert.equal(r.outcomes[0]!.value!.items[0]!.amount?.value, 80_000_000);
    // A short line is quiet.
    assert.deepEqual(only(run(valuePlan([VALUE, '**Investment**: $35,000']), 'markdown').findings, 'value-text-too-long'), []);
  });

  it('stops at the last space before the limit, so no figure is read cut in half', () => {
    // "$12,345" straddles the 2,000th character: read cut, it would be $12.3.
    const text = 'x'.repeat(1990) + ' $12,345' + 'x'.repeat(100);
    assert.equal(moneyTextEnd(text), 1990);
    // No space in the 40 characters before the limit: at the limit, never inside a surrogate pair.
    assert.equal(moneyTextEnd('x'.repeat(1950) + ' ' + 'y'.repeat(100)), 2000);
    assert.equal(moneyTextEnd('x'.repeat(1999) + '😀' + 'x'.repeat(10)), 1999);
    assert.equal(moneyTextEnd('x'.repeat(2000)), undefined);
    assert.equal(moneyTextEnd('x'.repeat(2001)), 2000);
  });

  it('names a YAML value item\'s assumption past the limit, which is read for the period of its amount', () => {
    const yaml = (assumption: string, item = 'type: hard-savings, amount: 80000') =>
      GOOD_YAML.replace('- { type: hard-savings, amount: 80000, assumption: "Two contractor seats are no longer needed", validated: true }', `- { ${item}, assumption: "${assumption}", validated: true }`);
    const long = `Two contractor seats${notes(2480)}`;
    const en = only(run(yaml(long)).findings, 'value-text-too-long');
    assert.equal(en.length, 1);
    assert.equal(en[0]!.message, 'This `assumption` is 2,500 characters long, and only its first 2,000 were read for the period of the amount ("per month", "a year"): the rest was not read. Keep it within 2,000 characters.');
    assert.equal(only(run(yaml(long), 'yaml', {}, 'ko').findings, 'value-text-too-long')[0]!.message, '이 `assumption`은 2,500자인데, 금액의 기간("월", "연간")은 앞 2,000자에서만 읽고 나머지는 읽지 않았습니다. 2,000자 안에 적으세요.');
    // Within the limit, or on a risk (a chance is not read for a period): quiet.
    assert.deepEqual(only(run(yaml(long.slice(0, MAX_MONEY_TEXT))).findings, 'value-text-too-long'), []);
    assert.deepEqual(only(run(yaml(long, 'type: risk-avoidance, probability: 0.1, impact: 800000')).findings, 'value-text-too-long'), []);
  });

  it('asks again in the guided flow for an answer too long to read whole', () => {
    const config = (lang: 'en' | 'ko') => resolveConfig({}, { today: TODAY, lang });
    const investment = `$5,000 for the pilot;${notes(2400)}; $35,000 in total`;
    const inv = judgeStep('investment', { ...GOOD_ANSWERS, value: 'hard-savings 80000 USD: contractors', investment }, config('en'));
    assert.deepEqual(inv, { severity: 'error', message: 'This answer is 2,439 characters long, and its figures are read from the first 2,000 only: write the figures and their reason within 2,000 characters.' });
    // The answer after its type, as a plan's line after its label: 18 characters and the notes.
    const value = judgeStep('value', { ...GOOD_ANSWERS, value: `hard-savings 80000: contractors${notes(2400)}` }, config('ko'));
    assert.deepEqual(value, { severity: 'error', message: '이 답은 2,418자인데, 숫자는 앞 2,000자에서만 읽습니다. 숫자와 근거를 2,000자 안에 적으세요.' });
    // Within the limit, the answer is read as before.
    assert.equal(judgeStep('investment', { ...GOOD_ANSWERS, investment: '$35,000' }, config('en')), undefined);
  });

  it('is named by the portfolio and the one-file report, whose totals count the line\'s start', () => {
    // A warning: the errors note (the plan has no metric) says nothing of it, and the figure read from the start is counted.
    const where = 'run "cbo check plan.md"';
    const notesOf = (text: string, lang: 'en' | 'ko') => {
      const r = run(text, 'markdown', {}, lang);
      const inPart = (ns: { offset: number; message: string }[]) => ns.filter((n) => !/error|오류/.test(n.message));
      return { part: inPart(portfolioPart(r.outcomes, r.findings, lang, where).notes), report: inPart(reportCaveats(r.outcomes, r.findings, lang, where)) };
    };
    const long = plan(`$5,000 for the pilot;${notes(2400)}; $35,000 in total`).text;
    const en = notesOf(long, 'en');
    assert.deepEqual(en.part.map((n) => n.message), ['1 value or investment text is too long to read whole (run "cbo check plan.md"): the totals count what the first 2,000 characters say']);
    assert.deepEqual(en.report, en.part);
    // At the part not read, as the finding.
    assert.match(long.slice(en.part[0]!.offset), /^[^$]*\$35,000 in total/);
    assert.deepEqual(notesOf(long, 'ko').part.map((n) => n.message), ['가치나 투자 글 1개가 너무 길어 다 읽지 못했습니다(run "cbo check plan.md"). 합계에는 앞 2,000자에 적힌 것만 들어갑니다']);
    // Within the limit: nothing to say.
    assert.deepEqual(notesOf(plan('$35,000').text, 'en').part, []);
  });
});
