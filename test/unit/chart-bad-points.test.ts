// Readings a chart cannot place: a date no calendar has ("1e99-01-01" read as the year 1e99 made
// toISOString throw and lost the whole portfolio report; "2026-1-5" drew cx="NaN") or a number
// too large to scale (1e308 and -1e308 overflowed the axis to NaN ticks and y="NaN") or to hold
// exactly (12345678901234567 was drawn and reported as 12345678901234568). Every
// output that draws or lists readings leaves them out, throws nothing and writes no NaN or
// Infinity; each such reading has a finding, which the reports point to.
import { strict as assert } from 'node:assert';
import schemaJson from '../../schemas/cbo.schema.json';
import { MAX_METRIC_MAGNITUDE } from '../../src/core/metric-number';
import { parseMeasurementsCsv } from '../../src/core/portfolio/csv';
import { metricProgress } from '../../src/core/progress';
import { buildReport } from '../../src/core/report';
import { panelModel, type ChartPoint } from '../../src/core/view/canvas';
import { chartGeometry, chartSvg } from '../../src/core/view/chart';
import { cbo, removeWorkspaces, workspace } from './cli-run';
import { GOOD_YAML, only, run, TODAY } from './helpers';

after(() => removeWorkspaces());

// GOOD_YAML's primary metric: baseline 62 on 2026-09-30, target 80 by 2027-06-30, one reading 66 on 2026-10-31.
const GOOD_READING = 'measurements: [ { date: 2026-10-31, value: 66 } ]';
const BAD_DATES = GOOD_YAML.replace(GOOD_READING, 'measurements: [ { date: 2026-10-31, value: 66 }, { date: 1e99-01-01, value: 71 }, { date: "2026-1-5", value: 64 }, { date: soon, value: 63 }, { date: 2026-02-30, value: 65 } ]');
const HUGE = GOOD_YAML.replace('title: Returning customers finish checkout without calling support', 'title: Agents close refund tickets on the first call').replace(GOOD_READING, 'measurements: [ { date: 2026-10-01, value: 1e308 }, { date: 2026-10-15, value: -1e308 }, { date: 2026-10-31, value: 66 } ]');
const HUGE_LINE = GOOD_YAML.replace('title: Returning customers finish checkout without calling support', 'title: Dispatchers plan routes without calling drivers').replace('value: 62, asOf', 'value: 1e308, asOf').replace('value: 80, by', 'value: -1e308, by');
const NOT_A_NUMBER = /NaN|Infinity|∞/;

/** Every number anywhere in a value, so a NaN that JSON.stringify would write as null is seen too. */
function numbers(v: unknown, out: number[] = []): number[] {
  if (typeof v === 'number') out.push(v);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) numbers(x, out);
  return out;
}

describe('charts leave out the points they cannot place', () => {
  it('chartGeometry draws only the calendar dates and the numbers it can scale, and no NaN', () => {
    const points: ChartPoint[] = [
      { date: '2026-01-01', value: 10, kind: 'baseline' },
      { date: '1e99-01-01', value: 12, kind: 'measurement' },
      { date: '2026-1-5', value: 13, kind: 'measurement' },
      { date: '2026-02-30', value: 14, kind: 'measurement' },
      { date: '2026-03-01', value: 1e308, kind: 'measurement' },
      { date: '2026-04-01', value: -1e308, kind: 'measurement' },
      { date: '2026-04-15', value: Number.NaN, kind: 'measurement' },
      { date: '2026-04-20', value: Number.POSITIVE_INFINITY, kind: 'measurement' },
      { date: '2026-05-01', value: 15, kind: 'measurement' },
      { date: '2027-01-01', value: 20, kind: 'target' },
    ];
    const g = chartGeometry(points, { today: '2026-11-22', unit: '%' });
    assert.deepEqual(g.points.map((p) => p.label), ['baseline 2026-01-01: 10%', '2026-05-01: 15%', 'target 2027-01-01: 20%']);
    for (const n of numbers(g)) assert.ok(Number.isFinite(n), `${n} in the geometry`);
    const svg = chartSvg(points, 'x', { today: '2026-11-22' });
    assert.doesNotMatch(svg, NOT_A_NUMBER);
    assert.match(svg, /<text class="tick" x="46" y="186" text-anchor="start">2026-01<\/text>/, 'the first day drawn is the baseline');
  });

  it('a today that is no date draws no today line, and a number of 2^53 - 1 either way still has a scale', () => {
    const points: ChartPoint[] = [
      { date: '2026-01-01', value: -9007199254740991, kind: 'baseline' },
      { date: '2026-05-01', value: 9007199254740991, kind: 'measurement' },
    ];
    const g = chartGeometry(points, { today: 'soon' });
    assert.ok(!g.shapes.some((s) => s.cls === 'today-line'));
    assert.equal(g.points.length, 2);
    for (const n of numbers(g)) assert.ok(Number.isFinite(n), `${n} in the geometry`);
    assert.doesNotMatch(chartSvg(points, 'x'), NOT_A_NUMBER);
  });

  it("the canvas panel's model holds no such point and no number that is not finite", () => {
    for (const text of [BAD_DATES, HUGE, HUGE_LINE]) {
      const r = run(text);
      const model = panelModel('file:///x.cbo.yaml', r.outcomes, r.findings, { lang: 'en', today: TODAY });
      for (const n of numbers(model)) assert.ok(Number.isFinite(n), `${n} in the panel model`);
      assert.doesNotMatch(JSON.stringify(model), NOT_A_NUMBER);
      const primary = model.outcomes[0]!.metrics[0]!;
      assert.deepEqual(primary.points.map((p) => `${p.date}=${p.value}`), text === HUGE_LINE ? ['2026-10-31=66'] : ['2026-09-30=62', '2026-10-31=66', '2027-06-30=80']);
    }
  });

  it('a number past 2^53 is shown nowhere as the number a double makes of it (12345678901234567 as ...568)', () => {
    const text = GOOD_YAML.replace('value: 62, asOf', 'value: 12345678901234567, asOf').replace('value: 80, by', 'value: 22345678901234567, by').replace('value: 66', 'value: 32345678901234567');
    const r = run(text);
    const model = JSON.stringify(panelModel('file:///x.cbo.yaml', r.outcomes, r.findings, { lang: 'en', today: TODAY }).outcomes[0]);
    const md = buildReport(r.outcomes, { today: TODAY, lang: 'en' });
    for (const wrong of ['12345678901234568', '12,345,678,901,234,568', '22345678901234568', '22,345,678,901,234,568', '32345678901234568', '32,345,678,901,234,568']) {
      assert.ok(!model.includes(wrong), `${wrong} in the panel`);
      assert.ok(!md.includes(wrong), `${wrong} in the report`);
    }
    assert.match(md, /\| Operational efficiency \| – \| – \|/, 'no target and no reading it can show, rather than wrong ones');
  });

  it('the report counts and lists only those readings as evidence, and progress ignores a number past 2^53', () => {
    const md = buildReport(run(BAD_DATES).outcomes, { today: TODAY, lang: 'en' });
    assert.match(md, /\*\*Evidence\*\*: 66% on 2026-10-31\n/);
    assert.equal(metricProgress(run(HUGE).outcomes[0]!.metrics!.primary!, TODAY).latest?.value, 66);
    const line = metricProgress(run(HUGE_LINE).outcomes[0]!.metrics!.primary!, TODAY);
    assert.deepEqual([line.status, line.reason, line.baseline, line.target], ['no-data', 'no-baseline', undefined, undefined]);
  });
});

describe('the readings a chart leaves out have a finding', () => {
  it('the schema refuses a metric number past 2^53 - 1 either way, in English and Korean; a date no calendar has is a finding already', () => {
    const en = only(run(HUGE).findings, 'schema').concat(only(run(HUGE_LINE).findings, 'schema')).map((f) => f.message);
    const why = 'a number further from zero cannot be held exactly, so it would be charted and reported as another number.';
    assert.deepEqual(en, [
      `\`measurements[0].value\` must be between -9007199254740991 and 9007199254740991, e.g. 66: ${why}`,
      `\`measurements[1].value\` must be between -9007199254740991 and 9007199254740991, e.g. 66: ${why}`,
      `\`baseline.value\` must be between -9007199254740991 and 9007199254740991, e.g. 62: ${why}`,
      `\`target.value\` must be between -9007199254740991 and 9007199254740991, e.g. 80: ${why}`,
    ]);
    const ko = only(run(HUGE, 'yaml', {}, 'ko').findings, 'schema')[0]!.message;
    assert.equal(ko, '`measurements[0].value`는 -9007199254740991에서 9007199254740991 사이여야 합니다 (예: 66). 0에서 더 먼 수는 정확히 담을 수 없어 차트와 보고서에 다른 수로 나타납니다.');
    assert.equal(only(run(GOOD_YAML.replace('value: 66', 'value: 9007199254740991')).findings, 'schema').length, 0, '2^53 - 1 itself is allowed');
    // One past it is read as 2^53, a number the file does not say: refused, as 1e300 is now.
    for (const past of ['9007199254740993', '-12345678901234567', '1e300']) {
      const at = only(run(GOOD_YAML.replace('value: 66', `value: ${past}`)).findings, 'schema');
      assert.deepEqual(at.map((f) => f.message.slice(0, 33)), ['`measurements[0].value` must be b'], past);
    }
    const dates = run(BAD_DATES).findings.filter((f) => f.ruleId === 'schema' || f.ruleId === 'impossible-date');
    assert.deepEqual(dates.map((f) => BAD_DATES.slice(f.span.start, f.span.end)), ['1e99-01-01', '"2026-1-5"', 'soon', '2026-02-30']);
  });

  it("the schema's bound is the one the chart and progress use", () => {
    const metric = (schemaJson as unknown as { definitions: Record<string, { properties: Record<string, { properties: Record<string, { minimum?: number; maximum?: number }> }> }> }).definitions.metric!.properties;
    for (const k of ['baseline', 'target']) assert.deepEqual([metric[k]!.properties.value!.minimum, metric[k]!.properties.value!.maximum], [-MAX_METRIC_MAGNITUDE, MAX_METRIC_MAGNITUDE], k);
    assert.equal(MAX_METRIC_MAGNITUDE, 2 ** 53 - 1);
  });

  it('a CSV reading that is Infinity or past 2^53 is a problem on its line, in English and Korean, and left out', () => {
    const csv = 'date,value\n2026-01-01,1e400\n2026-02-01,-1e301\n2026-02-15,12345678901234567\n2026-03-01,5\n2026-03-02,9007199254740991\n';
    const en = parseMeasurementsCsv(csv);
    assert.deepEqual(en.rows.map((r) => r.value), [5, 9007199254740991]);
    const why = 'a number further from zero cannot be held exactly, so it would be charted and reported as another number';
    assert.deepEqual(en.problems, [
      { line: 2, message: `"1e400" is not between -9007199254740991 and 9007199254740991: ${why}` },
      { line: 3, message: `"-1e301" is not between -9007199254740991 and 9007199254740991: ${why}` },
      { line: 4, message: `"12345678901234567" is not between -9007199254740991 and 9007199254740991: ${why}` },
    ]);
    assert.equal(parseMeasurementsCsv(csv, 'ko').problems[0]!.message, '"1e400" 값은 -9007199254740991에서 9007199254740991 사이가 아닙니다. 0에서 더 먼 수는 정확히 담을 수 없어 차트와 보고서에 다른 수로 나타납니다');
  });
});

describe('cbo report and cbo portfolio on readings a chart cannot place', function () {
  this.timeout(60_000);
  const T = ['--today', TODAY];

  it('every format is written (exit 1, the reading problems named), with no NaN, Infinity or internal error', async () => {
    const dir = workspace({ 'dates.cbo.yaml': BAD_DATES, 'huge.cbo.yaml': HUGE, 'line.cbo.yaml': HUGE_LINE });
    const runs: string[][] = [];
    for (const file of ['dates.cbo.yaml', 'huge.cbo.yaml', 'line.cbo.yaml']) for (const format of ['html', 'md']) runs.push(['report', file, '--format', format]);
    for (const format of ['html', 'md', 'json', 'text']) runs.push(['portfolio', '.', '--format', format]);
    for (const argv of runs) {
      const r = await cbo(dir, ...argv, ...T);
      const what = argv.join(' ');
      assert.equal(r.code, 1, `${what}: ${r.err}`);
      assert.doesNotMatch(r.out + r.err, NOT_A_NUMBER, what);
      assert.doesNotMatch(r.err, /internal error/, what);
      assert.match(r.err, /run "cbo check (dates|huge|line)\.cbo\.yaml"/, `${what}: the file's errors are pointed to`);
      assert.doesNotMatch(r.out, /1e99/, `${what}: the reading dated 1e99 is not shown`);
    }
    const html = (await cbo(dir, 'report', 'dates.cbo.yaml', '--format', 'html', ...T)).out;
    const titles = [...html.matchAll(/<circle class="pt [a-z]+"[^>]*><title>([^<]*)<\/title>/g)].map((m) => m[1]);
    assert.deepEqual(titles, ['baseline 2026-09-30: 62%', '2026-10-31: 66%', 'target 2027-06-30: 80%']);
    const portfolio = (await cbo(dir, 'portfolio', '.', '--format', 'html', ...T)).out;
    assert.equal(portfolio.match(/<figure>/g)?.length, 2, 'the two outcomes with a baseline, a reading and a target still have their chart');
  });
});
