// The guided flow's example dates follow today: an example the flow shows is an answer it
// accepts, in any year. They were fixed ("95 by 2027-06-30"), so from 1 July 2027 the target
// step would refuse its own example as a deadline already past, and before 30 September 2026
// the baseline's example was "measured" in the future.
import { strict as assert } from 'node:assert';
import { resolveConfig } from '../../src/core/config';
import { judgeStep, parsePoint, type GuidedAnswers } from '../../src/core/guided';
import { exampleDates, koreanDate } from '../../src/core/guided-dates';
import { guidedQuestions } from '../../src/core/guided-questions';
import { GOOD_ANSWERS } from '../guided-answers';
import { cboInput, removeWorkspaces, workspace } from './cli-run';

after(() => removeWorkspaces());

const config = (today: string, lang: 'en' | 'ko' = 'en') => resolveConfig({}, { today, lang });
const KO: GuidedAnswers = { ...GOOD_ANSWERS, behavior: '분석가가 전일 매출 보고서로 오전 회의를 준비한다', metric: '9시 전 보고서 준비율 (%)' };
const STEPS = ['account', 'current', 'future', 'barriers', 'solutions', 'behavior', 'hypothesis', 'metric', 'baseline', 'target', 'category', 'value', 'investment'] as const;
const script = (a: Record<(typeof STEPS)[number], string>) => STEPS.map((s) => `${a[s]}\n`).join('');

// Around the quarters' ends, a leap day, the day after the old fixed deadline, years on, and before it all.
const DAYS = ['2026-01-01', '2026-03-31', '2026-04-01', '2026-11-22', '2027-06-30', '2027-07-01', '2028-02-29', '2030-12-31', '2031-06-01', '2045-10-01'];

describe('New CBO (Guided): example dates follow today', () => {
  // A reading is the end of last month, unless that is the baseline's day: then today (2027-01-01, 2027-04-01, 2027-07-01).
  it('the baseline is the end of the last quarter before today, the deadline the end of today\'s quarter a year on', () => {
    assert.deepEqual(exampleDates('2026-11-22'), { baseline: '2026-09-30', target: '2027-12-31', reading: '2026-10-31' });
    assert.deepEqual(exampleDates('2027-01-01'), { baseline: '2026-12-31', target: '2028-03-31', reading: '2027-01-01' });
    assert.deepEqual(exampleDates('2027-03-31'), { baseline: '2026-12-31', target: '2028-03-31', reading: '2027-02-28' });
    assert.deepEqual(exampleDates('2027-04-01'), { baseline: '2027-03-31', target: '2028-06-30', reading: '2027-04-01' });
    assert.deepEqual(exampleDates('2027-07-01'), { baseline: '2027-06-30', target: '2028-09-30', reading: '2027-07-01' });
    assert.deepEqual(exampleDates('2028-02-29'), { baseline: '2027-12-31', target: '2029-03-31', reading: '2028-01-31' });
    assert.deepEqual(exampleDates('2030-12-31'), { baseline: '2030-09-30', target: '2031-12-31', reading: '2030-11-30' });
    assert.deepEqual(exampleDates('2100-03-15'), { baseline: '2099-12-31', target: '2101-03-31', reading: '2100-02-28' }, '2100 is no leap year');
  });

  it('writes a date as a Korean answer does, and the parser reads it back', () => {
    assert.equal(koreanDate('2028-09-30'), '2028년 9월 30일');
    assert.equal(koreanDate('2029-03-01'), '2029년 3월 1일');
    assert.deepEqual(parsePoint(`${koreanDate('2029-03-31')}까지 80%`), { value: 80, date: '2029-03-31' });
  });

  it('the questions show the dated examples, in English and Korean', () => {
    const en = guidedQuestions('en', '2027-08-15');
    assert.equal(en.baseline.example, '40 on 2027-06-30');
    assert.equal(en.target.example, '95 by 2028-09-30');
    const ko = guidedQuestions('ko', '2027-08-15');
    assert.equal(ko.baseline.example, '40, 2027-06-30');
    assert.equal(ko.target.example, '95, 2028-09-30');
    assert.equal(ko.target.title, '목표값과 기한');
  });

  it('each day, the baseline and target examples are answers their steps accept', () => {
    for (const today of DAYS) {
      for (const lang of ['en', 'ko'] as const) {
        const q = guidedQuestions(lang, today);
        const answers: GuidedAnswers = { ...(lang === 'ko' ? KO : GOOD_ANSWERS), baseline: q.baseline.example, target: q.target.example };
        for (const step of ['baseline', 'target'] as const) assert.equal(judgeStep(step, answers, config(today, lang)), undefined, `${today} ${lang} ${step}: ${answers[step]}`);
      }
    }
  });

  it('the step\'s own prompt gives dated examples too, in English and Korean', () => {
    const at = config('2027-08-15');
    assert.equal(judgeStep('target', { ...GOOD_ANSWERS, target: '' }, at)?.message, 'Write the value to reach and by when, e.g. "80 by 2028-09-30".');
    assert.equal(judgeStep('target', { ...GOOD_ANSWERS, target: 'soon' }, at)?.message, 'Write the value to reach and by when, e.g. "80 by 2028-09-30".');
    assert.equal(judgeStep('baseline', { ...GOOD_ANSWERS, baseline: '' }, at)?.message, 'Write the value today and when it was measured, e.g. "62 on 2027-06-30".');
    const ko = config('2027-08-15', 'ko');
    assert.equal(judgeStep('target', { ...KO, target: '' }, ko)?.message, '도달할 값과 기한을 적으세요(예: "80, 2028-09-30" 또는 "2028년 9월 30일까지 80%").');
    assert.equal(judgeStep('baseline', { ...KO, baseline: '곧' }, ko)?.message, '지금 값과 측정 날짜를 적으세요(예: "62, 2027-06-30" 또는 "2027년 6월 30일 기준 62%").');
  });

  it('each day, every example the prompt quotes is accepted by its step', () => {
    for (const today of DAYS) {
      for (const lang of ['en', 'ko'] as const) {
        const base = lang === 'ko' ? KO : GOOD_ANSWERS;
        for (const step of ['baseline', 'target'] as const) {
          const prompt = judgeStep(step, { ...base, [step]: '' }, config(today, lang))!.message;
          const quoted = [...prompt.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
          assert.equal(quoted.length, lang === 'ko' ? 2 : 1, prompt);
          for (const example of quoted) assert.equal(judgeStep(step, { ...base, [step]: example }, config(today, lang)), undefined, `${today} ${lang} ${step}: ${example}`);
        }
      }
    }
  });

  it('cbo new shows the examples for --today, and takes them as answers', async () => {
    const shown = { ...GOOD_ANSWERS, category: '1', baseline: '40 on 2030-12-31', target: '95 by 2032-03-31' };
    const r = await cboInput(workspace({}), script(shown), 'new', '-o', '-', '--today', '2031-02-10');
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /\(9\/13\) Baseline\n[^\n]+\ne\.g\. 40 on 2030-12-31\n> 40 on 2030-12-31\n\n/);
    assert.match(r.err, /\(10\/13\) Target and deadline\n[^\n]+\ne\.g\. 95 by 2032-03-31\n> 95 by 2032-03-31\n\n/);
    assert.match(r.out, /target: \{ value: 95, by: 2032-03-31 \}/);
    const ko = await cboInput(workspace({}), script({ ...shown, baseline: '40, 2030-12-31', target: '95, 2032-03-31' }), 'new', '-o', '-', '--lang', 'ko', '--today', '2031-02-10');
    assert.equal(ko.code, 0, ko.err);
    assert.match(ko.err, /\(10\/13\) 목표값과 기한\n[^\n]+\n예: 95, 2032-03-31\n/);
  });
});
