// Dates: a measurement after today, a date no calendar has, and an impossible --today.
import { strict as assert } from 'node:assert';
import { mkdtempSync, promises as fs, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main';
import { findDates } from '../../src/core/text/date';
import { at, GOOD_YAML, ids, only, run, TODAY } from './helpers';

describe('dates', () => {
  describe('measurement-in-future', () => {
    it('flags a baseline dated after today, in YAML and in a Markdown plan', () => {
      const text = GOOD_YAML.replace('asOf: 2026-09-30', 'asOf: 2027-01-31');
      const fs = only(run(text).findings, 'measurement-in-future');
      assert.deepEqual(fs.map((f) => at(text, f)), ['2027-01-31']);
      assert.match(fs[0]!.message, /baseline is dated 2027-01-31/);
      const md = '## CBO: Returning customers finish checkout without calling support\n\n### Success Metrics\n- **Primary Metric**: Checkout completion rate (%)\n- **Baseline**: 62% as of 2027-01-31\n- **Target**: 80%\n- **Timeline**: by 2027-06-30\n';
      assert.deepEqual(only(run(md, 'markdown').findings, 'measurement-in-future').map((f) => at(md, f)), ['2027-01-31']);
      assert.deepEqual(only(run(md.replace('2027-01-31', TODAY), 'markdown').findings, 'measurement-in-future'), []);
      assert.match(only(run(text, 'yaml', {}, 'ko').findings, 'measurement-in-future')[0]!.message, /기준값의 날짜/);
    });
    it('flags a measurement dated after today, at its date', () => {
      const text = GOOD_YAML.replace('date: 2026-10-31', 'date: 2026-12-31');
      const [f, ...rest] = only(run(text).findings, 'measurement-in-future');
      assert.equal(rest.length, 0);
      assert.equal(at(text, f!), '2026-12-31');
      assert.match(f!.message, new RegExp(`after today \\(${TODAY}\\)`));
      assert.match(only(run(text, 'yaml', {}, 'ko').findings, 'measurement-in-future')[0]!.message, /오늘/);
    });
    it('passes measurements dated today or before', () => {
      assert.deepEqual(only(run(GOOD_YAML).findings, 'measurement-in-future'), []);
      assert.deepEqual(only(run(GOOD_YAML.replace('date: 2026-10-31', `date: ${TODAY}`)).findings, 'measurement-in-future'), []);
    });
  });

  describe('impossible-date', () => {
    it('flags a day the month does not have and a month that does not exist', () => {
      const text = GOOD_YAML.replace('asOf: 2026-09-30', 'asOf: 2026-02-30').replace('by: 2027-06-30', 'by: 2026-13-45');
      const fs = only(run(text).findings, 'impossible-date');
      assert.deepEqual(fs.map((f) => at(text, f)), ['2026-02-30', '2026-13-45']);
      assert.match(fs[0]!.message, /no day 30/);
      assert.match(fs[1]!.message, /no month 13/);
    });
    it('flags an impossible customerSince at its value, as the schema accepts its shape', () => {
      const text = GOOD_YAML.replace('owner: Head of Digital Channels', 'owner: Head of Digital Channels\naccount: Northwind\ncustomerSince: 2023-02-29');
      assert.deepEqual(only(run(text).findings, 'impossible-date').map((f) => at(text, f)), ['2023-02-29']);
      assert.equal(run(text).outcomes[0]!.customerSince!.value, '2023-02-29');
      assert.deepEqual(ids(run(text.replace('2023-02-29', '2024-02-29')).findings).filter((i) => i === 'impossible-date' || i.startsWith('schema')), []);
    });
    it('flags one in a Markdown label, and leaves real dates (29 February of a leap year) alone', () => {
      const md = '## CBO: Returning customers finish checkout without calling support\n\n### Success Metrics\n- **Primary Metric**: Checkout completion rate (%)\n- **Baseline**: 62% as of 2028-02-29\n- **Target**: 80%\n- **Timeline**: by 2027-02-29\n';
      assert.deepEqual(only(run(md, 'markdown').findings, 'impossible-date').map((f) => at(md, f)), ['2027-02-29']);
    });
    it('is the one finding where an impossible date is written: no "has no date" beside it', () => {
      const md = '## CBO: Returning customers finish checkout without calling support\n\n### Success Metrics\n- **Primary Metric**: Checkout completion rate (%)\n- **Baseline**: 62% as of 2026-02-30\n- **Target**: 80%\n- **Timeline**: by 2027-02-30\n';
      for (const lang of ['en', 'ko'] as const) {
        const r = run(md, 'markdown', {}, lang);
        assert.deepEqual(only(r.findings, 'impossible-date').map((f) => at(md, f)), ['2026-02-30', '2027-02-30'], lang);
        assert.deepEqual(only(r.findings, 'missing-baseline'), [], lang);
        assert.deepEqual(only(r.findings, 'missing-deadline'), [], lang);
      }
      // A deadline written on the target line alone, as impossible.
      const onTarget = md.replace('- **Timeline**: by 2027-02-30\n', '').replace('80%', '80% by 2027-02-30');
      assert.deepEqual(ids(run(onTarget, 'markdown').findings).filter((i) => i === 'missing-deadline' || i === 'impossible-date'), ['impossible-date', 'impossible-date']);
      // Without a date at all, both rules still speak.
      const undated = md.replace(' as of 2026-02-30', '').replace('by 2027-02-30', 'soon');
      assert.deepEqual(ids(run(undated, 'markdown').findings).filter((i) => i.startsWith('missing-')), ['missing-baseline', 'missing-deadline']);
    });
  });

  describe('the dotted Korean date (2027. 6. 30.)', () => {
    const plan = (baseline: string, timeline: string) =>
      `## CBO: 민원인이 신청 후 5일 안에 처리 결과를 받는다\n\n### 성공 지표\n- **핵심 지표**: 5일 내 처리율 (%)\n- **기준값**: 35% (${baseline} 기준)\n- **목표**: 80%\n- **일정**: ${timeline}\n`;
    it('reads it with or without the last dot, one or two digits, as the baseline date and the deadline', () => {
      for (const [baseline, timeline] of [['2026. 6. 30.', '2027. 6. 30.'], ['2026. 6. 30', '2027. 6. 30까지'], ['2026. 06. 30.', '2027.6.30'], ['2026.6. 30', '2027. 6. 30.까지']] as const) {
        const md = plan(baseline, timeline);
        const r = run(md, 'markdown', {}, 'ko');
        const m = r.outcomes[0]!.metrics!.primary!;
        assert.equal(m.baseline?.date?.value, '2026-06-30', baseline);
        assert.equal(m.target?.date?.value, '2027-06-30', timeline);
        assert.deepEqual(ids(r.findings).filter((i) => /^missing-|impossible-date/.test(i)), [], `${baseline} / ${timeline}`);
      }
    });
    it('the reader finds the whole date, the last dot included, and an ISO day before a time', () => {
      const text = '2027. 6. 30.까지, 2027. 12. 1 기준, 2026-06-30T09:00';
      assert.deepEqual(findDates(text).map((d) => [d.iso, text.slice(d.start, d.end)]), [['2027-06-30', '2027. 6. 30.'], ['2027-12-01', '2027. 12. 1'], ['2026-06-30', '2026-06-30']]);
    });
    it('a day the month does not have is impossible-date in every written form, not "no date"', () => {
      for (const day of ['2027. 2. 30.', '2027. 2. 30', '2027/02/30', '2027.02.30', '2027년 2월 30일']) {
        const md = plan('2026-06-30', `${day}까지`);
        const r = run(md, 'markdown', {}, 'ko');
        assert.deepEqual(only(r.findings, 'impossible-date').map((f) => at(md, f)), [day], day);
        assert.match(only(r.findings, 'impossible-date')[0]!.message, /30일이 없습니다/);
        assert.deepEqual(only(r.findings, 'missing-deadline'), [], day);
      }
      const month = plan('2026. 13. 1.', '2027-06-30');
      assert.deepEqual(only(run(month, 'markdown').findings, 'impossible-date').map((f) => at(month, f)), ['2026. 13. 1.']);
      assert.match(only(run(month, 'markdown').findings, 'impossible-date')[0]!.message, /no month 13/);
      assert.deepEqual(only(run(month, 'markdown').findings, 'missing-baseline'), []);
    });
  });

  describe('a misspelt date key (asof:, byy:)', () => {
    it('is named by the schema alone, with the key meant: no "has no date" beside it', () => {
      const text = GOOD_YAML.replace('asOf: 2026-09-30', 'asof: 2026-09-30').replace('by: 2027-06-30', 'byy: 2027-06-30');
      const r = run(text);
      const schema = only(r.findings, 'schema');
      assert.deepEqual(schema.map((f) => at(text, f)), ['asof', 'byy']);
      assert.match(schema[0]!.message, /Did you mean `asOf`\?/);
      assert.match(schema[1]!.message, /Did you mean `by`\?/);
      assert.deepEqual(only(r.findings, 'missing-baseline'), []);
      assert.deepEqual(only(r.findings, 'missing-deadline'), []);
    });
    it('leaves a key the schema cannot tie to the date to the date rules', () => {
      const text = GOOD_YAML.replace('asOf: 2026-09-30', 'measured: 2026-09-30');
      assert.equal(only(run(text).findings, 'missing-baseline').length, 1);
    });
    it('leaves a field of one\'s own (x-by, x-asOf), which the schema accepts in silence, to the date rules', () => {
      const text = GOOD_YAML.replace('asOf: 2026-09-30', 'x-asOf: 2026-09-30').replace('by: 2027-06-30', 'x-by: 2027-06-30');
      const r = run(text);
      assert.deepEqual(only(r.findings, 'schema'), []);
      assert.equal(only(r.findings, 'missing-baseline').length, 1);
      assert.equal(only(r.findings, 'missing-deadline').length, 1);
    });
  });

  describe('--today', () => {
    let dir = '';
    before(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'cbo-dates-'));
      writeFileSync(path.join(dir, 'a.cbo.yaml'), GOOD_YAML);
    });
    after(() => rmSync(dir, { recursive: true, force: true }));
    const cbo = async (...argv: string[]) => {
      let err = '';
      const code = await main(argv, { stdout: () => undefined, stderr: (s) => (err += s), stdoutIsTerminal: true, readFile: (p) => fs.readFile(p, 'utf8'), cwd: dir }, {});
      return { code, err };
    };
    it('an impossible --today is a usage error (exit 2)', async () => {
      for (const d of ['2026-02-30', '2026-13-45', '2026-00-10']) {
        const r = await cbo('check', 'a.cbo.yaml', '--today', d);
        assert.equal(r.code, 2, d);
        assert.match(r.err, /--today must be a real date/);
      }
      assert.equal((await cbo('check', 'a.cbo.yaml', '--today', '2028-02-29')).code, 0);
    });
  });
});
