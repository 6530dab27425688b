// The examples in the rules' and the schema's messages follow the day of the check, as the guided
// flow's do (guided-dates.ts). They were fixed: from 1 July 2027 a user who wrote the deadline
// missing-deadline suggested ("by 2027-06-30") got deadline-passed for it, and before 31 December
// 2026 the schema's example reading (2026-12-31) was one measurement-in-future refuses.
import { strict as assert } from 'node:assert';
import { resolveConfig } from '../../src/core/config';
import type { Finding, Lang } from '../../src/core/finding';
import { lint, type DocKind } from '../../src/core/lint';
import { parseDocument } from '../../src/core/parse/index';
import { fieldInfo } from '../../src/core/schema-info';
import { findDates } from '../../src/core/text/date';
import { GOOD_YAML, only } from './helpers';

const check = (text: string, kind: DocKind, today: string, lang: Lang = 'en'): Finding[] => lint(text, kind, resolveConfig({}, { today, lang })).findings;
const one = (text: string, kind: DocKind, rule: string, today: string, lang: Lang = 'en'): string => {
  const fs = only(check(text, kind, today, lang), rule);
  assert.equal(fs.length, 1, `${rule} at ${today} (${lang}): ${JSON.stringify(fs)}`);
  return fs[0]!.message;
};

const md = (lines: string[]) => `## CBO: Analysts get yesterday's sales report before 8am\n\n### Success Metrics\n- **Primary Metric**: Reports ready before 8am (%)\n${lines.map((l) => `- ${l}\n`).join('')}`;
const ko = (lines: string[]) => `## CBO: 분석가가 오전 8시 전에 전일 매출 보고서를 받는다\n\n### 성공 지표\n- **핵심 지표**: 오전 8시 전 보고서 준비 비율 (%)\n${lines.map((l) => `- ${l}\n`).join('')}`;

// The outcome each message is about, with the part the rule asks for left out or unreadable; its
// baseline and reading dated before every day below and its deadline after them, so only the
// part left out is judged.
const BASE = GOOD_YAML.replace('asOf: 2026-09-30', 'asOf: 2025-06-30').replace('date: 2026-10-31', 'date: 2025-12-31').replace('by: 2027-06-30', 'by: 2050-12-31');
const NO_BY = BASE.replace('target: { value: 80, by: 2050-12-31 }', 'target: { value: 80 }');
const NO_TARGET = BASE.replace('    target: { value: 80, by: 2050-12-31 }\n', '');
const NO_AS_OF = BASE.replace('baseline: { value: 62, asOf: 2025-06-30 }', 'baseline: { value: 62 }');
const NO_VALUE = BASE.replace('baseline: { value: 62, asOf: 2025-06-30 }', 'baseline: { asOf: 2025-06-30 }');
const MD_NO_TIMELINE = md(['**Baseline**: 40% as of 2025-06-30', '**Target**: 95%']);
const MD_WORDY_TIMELINE = md(['**Baseline**: 40% as of 2025-06-30', '**Target**: 95%', '**Timeline**: as soon as possible']);
const MD_UNDATED_BASELINE = md(['**Baseline**: 40%', '**Target**: 95%', '**Timeline**: by 2050-12-31']);
const MD_WORDY_BASELINE = md(['**Baseline**: low; many give up', '**Target**: 95%', '**Timeline**: by 2050-12-31']);
const KO_NO_TIMELINE = ko(['**기준값**: 40% (2025-06-30 기준)', '**목표값**: 95%']);
const KO_WORDY_TIMELINE = ko(['**기준값**: 40% (2025-06-30 기준)', '**목표값**: 95%', '**기한**: 최대한 빨리']);
const KO_NO_TARGET = ko(['**기준값**: 40% (2025-06-30 기준)', '**기한**: 2027-03-31까지']);
const ASPIRATION = 'title: Enhance operational efficiency\n';

describe('examples in messages are dated from the day of the check', () => {
  it('on 2026-11-22 a deadline at the end of 2027 and a baseline of 2026-09-30, in English and Korean', () => {
    const d = '2026-11-22';
    assert.equal(one(NO_BY, 'yaml', 'missing-deadline', d), 'No deadline: say by when the target is reached (e.g. `by: 2027-12-31`).');
    assert.equal(one(NO_BY, 'yaml', 'missing-deadline', d, 'ko'), '기한이 없습니다. 목표 달성 시점을 적으세요(예: `by: 2027-12-31`).');
    assert.equal(one(MD_NO_TIMELINE, 'markdown', 'missing-deadline', d), 'No deadline: say by when the target is reached (e.g. `- **Timeline**: by 2027-12-31`).');
    assert.equal(one(KO_NO_TIMELINE, 'markdown', 'missing-deadline', d, 'ko'), '기한이 없습니다. 목표 달성 시점을 적으세요(예: `- **기한**: 2027-12-31까지`).');
    assert.equal(one(MD_WORDY_TIMELINE, 'markdown', 'missing-deadline', d), 'The timeline has no date that can be checked: write one, e.g. "by 2027-12-31" or "Q4 2027".');
    assert.equal(one(KO_WORDY_TIMELINE, 'markdown', 'missing-deadline', d, 'ko'), '일정에 확인할 수 있는 날짜가 없습니다. 예: "2027-12-31까지" 또는 "2027년 4분기".');
    assert.equal(one(NO_TARGET, 'yaml', 'missing-target', d), 'No target: write the value that means the outcome is met, and by when (e.g. 80% by 2027-12-31).');
    assert.equal(one(KO_NO_TARGET, 'markdown', 'missing-target', d, 'ko'), '목표값이 없습니다. 성과 달성을 뜻하는 값과 기한을 적으세요(예: 2027-12-31까지 80%).');
    assert.equal(one(NO_AS_OF, 'yaml', 'missing-baseline', d), 'The baseline has no `asOf` date: say when it was measured, e.g. `asOf: 2026-09-30`.');
    assert.equal(one(NO_VALUE, 'yaml', 'missing-baseline', d, 'ko'), '기준값에 `value`가 없습니다. 측정한 현재 값을 적으세요(예: `baseline: { value: 62, asOf: 2026-09-30 }`).');
    assert.equal(one(MD_UNDATED_BASELINE, 'markdown', 'missing-baseline', d), 'The baseline has no date: say when it was measured (e.g. "62% as of 2026-09-30").');
    assert.equal(one(MD_WORDY_BASELINE, 'markdown', 'missing-baseline', d, 'ko'), '기준값에 측정된 숫자가 없습니다. 현재 값과 측정 시점을 적으세요(예: "2026-09-30 기준 62%").');
    assert.match(one(ASPIRATION, 'yaml', 'unmeasured-aspiration', d), /\(e\.g\. "checkout completion from 62% to 80% by December 2027"\)\.$/);
    assert.match(one(ASPIRATION, 'yaml', 'unmeasured-aspiration', d, 'ko'), /\(예: "2027년 12월까지 결제 완료율을 62%에서 80%로"\)\.$/);
  });

  it('on 2031-02-10 a deadline at the end of March 2032 and a baseline of 2030-12-31, in English and Korean', () => {
    const d = '2031-02-10';
    assert.equal(one(NO_BY, 'yaml', 'missing-deadline', d), 'No deadline: say by when the target is reached (e.g. `by: 2032-03-31`).');
    assert.equal(one(KO_NO_TIMELINE, 'markdown', 'missing-deadline', d, 'ko'), '기한이 없습니다. 목표 달성 시점을 적으세요(예: `- **기한**: 2032-03-31까지`).');
    assert.equal(one(MD_WORDY_TIMELINE, 'markdown', 'missing-deadline', d), 'The timeline has no date that can be checked: write one, e.g. "by 2032-03-31" or "Q1 2032".');
    assert.equal(one(KO_WORDY_TIMELINE, 'markdown', 'missing-deadline', d, 'ko'), '일정에 확인할 수 있는 날짜가 없습니다. 예: "2032-03-31까지" 또는 "2032년 1분기".');
    assert.equal(one(NO_TARGET, 'yaml', 'missing-target', d, 'ko'), '목표값이 없습니다. 성과 달성을 뜻하는 값과 기한을 적으세요(예: 2032-03-31까지 80%).');
    assert.equal(one(NO_AS_OF, 'yaml', 'missing-baseline', d, 'ko'), '기준값에 `asOf` 날짜가 없습니다. 측정 시점을 적으세요(예: `asOf: 2030-12-31`).');
    assert.equal(one(MD_WORDY_BASELINE, 'markdown', 'missing-baseline', d), 'The baseline has no measured number: write the value today and when it was measured (e.g. "62% as of 2030-12-31").');
    assert.match(one(ASPIRATION, 'yaml', 'unmeasured-aspiration', d), /by March 2032"\)\.$/);
    assert.match(one(ASPIRATION, 'yaml', 'unmeasured-aspiration', d, 'ko'), /"2032년 3월까지 결제/);
  });

  it('the schema\'s examples of a deadline, a baseline day and a reading follow the day too', () => {
    const text = GOOD_YAML.replace('by: 2027-06-30', 'by: June 2027').replace('asOf: 2026-09-30', 'asOf: 20260930').replace('measurements: [ { date: 2026-10-31, value: 66 } ]', 'measurements: [ { value: 66 } ]');
    const messages = (today: string, lang: Lang = 'en') => only(check(text, 'yaml', today, lang), 'schema').map((f) => f.message);
    assert.deepEqual(messages('2026-11-22'), [
      '`baseline.asOf` must be text, e.g. 2026-09-30.',
      '`target.by` must be a date written YYYY-MM-DD, e.g. 2027-12-31.',
      '`primary.measurements[0]` needs `date`, e.g. date: 2026-10-31.',
    ]);
    assert.deepEqual(messages('2031-02-10', 'ko'), [
      '`baseline.asOf`는 텍스트여야 합니다 (예: 2030-12-31).',
      '`target.by`는 YYYY-MM-DD 형식의 날짜여야 합니다 (예: 2032-03-31).',
      '`primary.measurements[0]`에 `date`가 필요합니다 (예: date: 2031-01-31).',
    ]);
    // Read without a day (parseDocument for the models alone), a date field gets no example
    // rather than a fixed day that will one day be wrong.
    const bad = GOOD_YAML.replace('by: 2027-06-30', 'by: June 2027');
    assert.deepEqual(parseDocument(bad, 'yaml').findings.map((f) => f.message), ['`target.by` must be a date written YYYY-MM-DD.']);
    assert.deepEqual(parseDocument(bad, 'yaml', 'en', '2031-02-10').findings.map((f) => f.message), ['`target.by` must be a date written YYYY-MM-DD, e.g. 2032-03-31.']);
    // A field that is not a day judged against today keeps the schema's own example.
    assert.deepEqual(only(check(GOOD_YAML.replace('target: { value: 80,', 'target: { value: eighty,'), 'yaml', '2031-02-10'), 'schema').map((f) => f.message), ['`target.value` must be a number, e.g. 80.']);
  });

  // Days around quarter ends, a leap day, and years apart: whatever the day, a deadline the
  // messages suggest is after it and a day of measurement before it.
  const DAYS = ['2026-01-01', '2026-11-22', '2027-06-30', '2027-07-01', '2028-02-29', '2029-12-31', '2031-06-01', '2040-04-01'];
  const AHEAD: [string, DocKind, string, Lang][] = [
    [NO_BY, 'yaml', 'missing-deadline', 'en'],
    [MD_NO_TIMELINE, 'markdown', 'missing-deadline', 'en'],
    [MD_WORDY_TIMELINE, 'markdown', 'missing-deadline', 'en'],
    [KO_WORDY_TIMELINE, 'markdown', 'missing-deadline', 'ko'],
    [NO_TARGET, 'yaml', 'missing-target', 'en'],
    [KO_NO_TARGET, 'markdown', 'missing-target', 'ko'],
    [ASPIRATION, 'yaml', 'unmeasured-aspiration', 'en'],
    [ASPIRATION, 'yaml', 'unmeasured-aspiration', 'ko'],
  ];
  const BEFORE: [string, DocKind, string, Lang][] = [
    [NO_AS_OF, 'yaml', 'missing-baseline', 'en'],
    [NO_VALUE, 'yaml', 'missing-baseline', 'ko'],
    [MD_UNDATED_BASELINE, 'markdown', 'missing-baseline', 'en'],
    [MD_WORDY_BASELINE, 'markdown', 'missing-baseline', 'ko'],
  ];

  it('each day, every date a message suggests for a deadline is after that day, and every day of measurement before it', () => {
    for (const today of DAYS) {
      for (const [cases, after] of [[AHEAD, true], [BEFORE, false]] as const) {
        for (const [text, kind, rule, lang] of cases) {
          const message = one(text, kind, rule, today, lang);
          const days = findDates(message).map((d) => d.iso);
          assert.ok(days.length > 0, `${today} ${rule}: ${message}`);
          for (const day of days) assert.ok(after ? day > today : day < today, `${today} ${rule} (${lang}) suggests ${day}: ${message}`);
        }
      }
    }
  });

  it('each day, writing what the message suggests silences it and draws no date finding', () => {
    const dateRules = ['missing-deadline', 'deadline-passed', 'missing-baseline', 'measurement-in-future', 'impossible-date'];
    const quiet = (text: string, kind: DocKind, today: string, why: string) =>
      assert.deepEqual(check(text, kind, today).filter((f) => dateRules.includes(f.ruleId)).map((f) => `${f.ruleId}: ${f.message}`), [], `${today}: ${why}`);
    for (const today of DAYS) {
      const byYaml = /`by: ([^`]+)`/.exec(one(NO_BY, 'yaml', 'missing-deadline', today))![1]!;
      quiet(NO_BY.replace('target: { value: 80 }', `target: { value: 80, by: ${byYaml} }`), 'yaml', today, byYaml);
      const line = /`- (\*\*Timeline\*\*: [^`]+)`/.exec(one(MD_NO_TIMELINE, 'markdown', 'missing-deadline', today))![1]!;
      quiet(`${MD_NO_TIMELINE}- ${line}\n`, 'markdown', today, line);
      for (const said of [...one(MD_WORDY_TIMELINE, 'markdown', 'missing-deadline', today).matchAll(/"([^"]+)"/g)].map((m) => m[1]!)) {
        quiet(MD_WORDY_TIMELINE.replace('as soon as possible', said), 'markdown', today, said);
      }
      const asOf = /`asOf: ([^`]+)`/.exec(one(NO_AS_OF, 'yaml', 'missing-baseline', today))![1]!;
      quiet(NO_AS_OF.replace('baseline: { value: 62 }', `baseline: { value: 62, asOf: ${asOf} }`).replace('date: 2025-12-31', `date: ${asOf}`), 'yaml', today, asOf);
      const baseline = /"([^"]+)"/.exec(one(MD_UNDATED_BASELINE, 'markdown', 'missing-baseline', today))![1]!;
      quiet(MD_UNDATED_BASELINE.replace('**Baseline**: 40%', `**Baseline**: ${baseline}`), 'markdown', today, baseline);
    }
  });

  // The hovers and completion showed the schema's fixed days: from 2027-07-01 a deadline already
  // passed, and until 2026-12-31 a reading "measured" in the future, which measurement-in-future
  // flags in the very file the example was copied into.
  it('each day, the schema examples hovers show date a deadline after it, a baseline before it and a reading between', () => {
    const dateRules = ['missing-deadline', 'deadline-passed', 'missing-baseline', 'measurement-in-future', 'impossible-date'];
    for (const today of DAYS) {
      const ex = (path: string[]) => JSON.parse(fieldInfo(path, today)!.example!) as Record<string, string>;
      const { by } = ex(['metrics', 'primary', 'target']);
      const { asOf } = ex(['metrics', 'primary', 'baseline']);
      const reading = (JSON.parse(fieldInfo(['metrics', 'primary', 'measurements'], today)!.example!) as { date: string }[])[0]!.date;
      assert.ok(by! > today && asOf! < today && asOf! < reading && reading <= today, `${today}: by ${by}, asOf ${asOf}, reading ${reading}`);
      assert.equal(fieldInfo(['metrics', 'primary', 'target', 'by'], today)!.example, by);
      const copied = GOOD_YAML.replace('by: 2027-06-30', `by: ${by}`).replace('asOf: 2026-09-30', `asOf: ${asOf}`).replace('date: 2026-10-31', `date: ${reading}`);
      assert.deepEqual(check(copied, 'yaml', today).filter((f) => dateRules.includes(f.ruleId)).map((f) => f.message), [], today);
    }
    // Without a day (the docs), the schema's own; a day that is no date field's is never moved.
    assert.equal(fieldInfo(['metrics', 'primary', 'target', 'by'])!.example, '2027-06-30');
    assert.equal(fieldInfo(['customerSince'], '2040-04-01')!.example, '2024-05-01');
  });
});
