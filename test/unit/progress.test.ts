import { strict as assert } from 'node:assert';
import type { Measure, Metric } from '../../src/core/model';
import { metricProgress, planLineDigits } from '../../src/core/progress';
import { daysBetween, epochDay } from '../../src/core/text/date';
import type { ChartPoint } from '../../src/core/view/canvas';
import { chartGeometry } from '../../src/core/view/chart';

const S = { start: 0, end: 0 };
const pt = (value: number, date?: string): Measure => ({ span: S, value: { value, span: S }, ...(date ? { date: { value: date, span: S } } : {}) });

/** Baseline on 2026-01-01, target on 2026-12-31 (364 days), with the given readings. */
function metric(base: number, target: number, readings: [string, number][], direction?: string): Metric {
  return {
    span: S,
    baseline: pt(base, '2026-01-01'),
    target: pt(target, '2026-12-31'),
    measurements: readings.map(([d, v]) => pt(v, d)),
    ...(direction ? { direction: { value: direction, span: S } } : {}),
  };
}

// 2026-01-01 + 182 days = 2026-07-02: exactly half the 364-day timeline.
const HALF = '2026-07-02';

describe('metricProgress', () => {
  it('is on track for an increase at or above 90 % of the expected progress', () => {
    // 60 -> 80; at half time the line expects 70; 69 is 9/10 of the expected 10 points
    const p = metricProgress(metric(60, 80, [[HALF, 69]], 'increase'), '2026-08-01');
    assert.equal(p.status, 'on-track');
    assert.equal(p.expected, 70);
    assert.equal(p.actual, 69);
    assert.equal(p.expectedFraction, 0.5);
    assert.equal(p.actualFraction, 0.45);
    assert.equal(p.ratio, 0.9);
    assert.equal(p.totalDays, 364);
    assert.equal(p.elapsedDays, 182);
  });

  it('is at risk between 60 % and 90 %, off track below', () => {
    // 66: 6 of the expected 10 points = 0.6 -> at risk; 65.8: 0.58 -> off track
    assert.equal(metricProgress(metric(60, 80, [[HALF, 66]]), '2026-08-01').status, 'at-risk');
    assert.equal(metricProgress(metric(60, 80, [[HALF, 68.9]]), '2026-08-01').status, 'at-risk');
    assert.equal(metricProgress(metric(60, 80, [[HALF, 65.8]]), '2026-08-01').status, 'off-track');
    assert.equal(metricProgress(metric(60, 80, [[HALF, 55]]), '2026-08-01').status, 'off-track');
  });

  it('follows a decreasing metric down its line', () => {
    // 10 h -> 4 h; at half time the line expects 7 h
    const on = metricProgress(metric(10, 4, [[HALF, 7.2]], 'decrease'), '2026-08-01');
    assert.equal(on.expected, 7);
    assert.equal(on.status, 'on-track'); // 2.8 of 3 hours expected = 0.933
    assert.equal(metricProgress(metric(10, 4, [[HALF, 8]], 'decrease'), '2026-08-01').status, 'at-risk'); // 2/3 = 0.667
    assert.equal(metricProgress(metric(10, 4, [[HALF, 9]], 'decrease'), '2026-08-01').status, 'off-track'); // 1/3
    assert.equal(metricProgress(metric(10, 4, [[HALF, 11]], 'decrease'), '2026-08-01').status, 'off-track'); // the wrong way
    assert.equal(metricProgress(metric(10, 4, [[HALF, 3.5]], 'decrease'), '2026-08-01').status, 'achieved');
  });

  it('says achieved once the target is met, whatever the date', () => {
    const p = metricProgress(metric(60, 80, [['2026-03-01', 81]]), '2026-03-02');
    assert.equal(p.status, 'achieved');
    assert.equal(p.actualFraction, 1.05);
  });

  it('judges the line on the reading date, and uses the latest reading up to today', () => {
    const m = metric(60, 80, [['2026-04-01', 62], [HALF, 70], ['2026-12-01', 99]]);
    const p = metricProgress(m, '2026-09-15'); // the December reading is in the future: ignored
    assert.equal(p.latest?.date, HALF);
    assert.equal(p.status, 'on-track');
    assert.ok(p.expectedToday! > 70 && p.expectedToday! < 80);
  });

  it('is off track when the deadline has passed without the target', () => {
    const p = metricProgress(metric(60, 80, [['2026-12-30', 79.9]]), '2027-01-15');
    assert.equal(p.deadlinePassed, true);
    assert.equal(p.status, 'off-track');
    assert.equal(p.expectedToday, 80);
  });

  it('holds ground at the baseline date as on track, sliding back as at risk', () => {
    assert.equal(metricProgress(metric(60, 80, [['2026-01-01', 60]]), '2026-01-02').status, 'on-track');
    assert.equal(metricProgress(metric(60, 80, [['2026-01-01', 58]]), '2026-01-02').status, 'at-risk');
  });

  it('keeps a maintained metric within 5 % on track, 10 % at risk', () => {
    assert.equal(metricProgress(metric(99, 99, [[HALF, 95]], 'maintain'), '2026-08-01').status, 'on-track'); // 4.0 % off
    assert.equal(metricProgress(metric(99, 99, [[HALF, 90]], 'maintain'), '2026-08-01').status, 'at-risk'); // 9.1 %
    assert.equal(metricProgress(metric(99, 99, [[HALF, 80]], 'maintain'), '2026-08-01').status, 'off-track');
    assert.equal(metricProgress(metric(99, 99, [['2026-12-31', 99]], 'maintain'), '2027-01-05').status, 'achieved');
  });

  it('has no data, reason wrong-side, when the target lies where the metric should move away from', () => {
    // The team lead's damage claims: should decrease, from 4.2 to a target of 5.0, read 4.0. Followed
    // as numbers it was -25 % of the planned change and off track; the fault is the target's.
    const claims = metricProgress(metric(4.2, 5, [[HALF, 4]], 'decrease'), '2026-08-01');
    assert.equal(claims.status, 'no-data');
    assert.equal(claims.reason, 'wrong-side');
    assert.equal(claims.directionConflict, true);
    assert.equal(claims.actualFraction, undefined);
    assert.equal(claims.expected, undefined);
    assert.equal(claims.latest?.value, 4, 'the latest reading is still shown');
    // The other way round: should increase, 10 down to 4 (it was "on track" at 7).
    assert.deepEqual([metricProgress(metric(10, 4, [[HALF, 7]], 'increase'), '2026-08-01').status, metricProgress(metric(10, 4, [[HALF, 7]], 'increase'), '2026-08-01').reason], ['no-data', 'wrong-side']);
    // No direction written: the metric's name says it, as for cbo check's target-direction.
    const named: Metric = { ...metric(4.2, 5, [[HALF, 4]]), name: { value: 'Reduce damage claims', span: S } };
    assert.equal(metricProgress(named, '2026-08-01').reason, 'wrong-side');
    // Neither written nor named: the numbers are the only direction there is.
    assert.equal(metricProgress(metric(4.2, 5, [[HALF, 4.5]]), '2026-08-01').status, 'at-risk'); // 0.375 of the change where 0.5 was due
    // The right side, and a target equal to the baseline, are judged as before.
    assert.equal(metricProgress(metric(5, 4.2, [[HALF, 4.6]], 'decrease'), '2026-08-01').status, 'on-track');
    assert.equal(metricProgress(metric(99, 99, [[HALF, 95]], 'increase'), '2026-08-01').status, 'on-track');
  });

  it('reports no data, with the reason, when a piece is missing', () => {
    const m = metric(60, 80, []);
    assert.deepEqual([metricProgress(m, '2026-05-01').status, metricProgress(m, '2026-05-01').reason], ['no-data', 'no-measurement']);
    assert.equal(metricProgress({ ...m, baseline: undefined }, '2026-05-01').reason, 'no-baseline');
    assert.equal(metricProgress({ ...m, target: { span: S } }, '2026-05-01').reason, 'no-target');
    assert.equal(metricProgress({ ...m, target: pt(80) }, '2026-05-01').reason, 'no-timeline');
    assert.equal(metricProgress({ ...m, target: pt(80, '2025-12-01') }, '2026-05-01').reason, 'no-timeline');
  });

  it('counts days in UTC, leap days included', () => {
    const m: Metric = { span: S, baseline: pt(0, '2028-02-28'), target: pt(10, '2028-03-31'), measurements: [pt(1, '2028-03-01')] };
    const p = metricProgress(m, '2028-03-02');
    assert.equal(p.totalDays, 32); // 2028 is a leap year: Feb 29 exists
    assert.equal(p.elapsedDays, 2);
  });

  it('reads the years 0 to 99 as themselves, not as 1900 to 1999', () => {
    // Date.UTC(26, ...) is 1926: a baseline "0026-03-31" gave the progress of one in 1926, and
    // year 0, a leap year, lost its 29 February (1900 is not one).
    assert.equal(daysBetween('0000-02-28', '0000-03-01'), 2);
    assert.equal(daysBetween('0099-12-31', '0100-01-01'), 1);
    assert.equal(daysBetween('0026-03-31', '2026-03-31'), 730_485); // 2000 years, 485 leap days
    assert.equal(daysBetween('1969-12-31', '1970-01-01'), 1);
    assert.equal(epochDay('1970-01-01'), 0);
    assert.equal(epochDay('2000-03-01'), 11_017);
    const m: Metric = { span: S, baseline: pt(0, '0026-03-31'), target: pt(100, '2027-03-31'), measurements: [pt(1, '2026-03-31')] };
    const p = metricProgress(m, '2026-03-31');
    assert.equal(p.totalDays, 730_850);
    assert.equal(p.elapsedDays, 730_485);
  });

  it('places the years 0 to 99 on the chart in their own place', () => {
    const points: ChartPoint[] = [
      { date: '0099-12-01', value: 0, kind: 'baseline' },
      { date: '0100-01-31', value: 10, kind: 'target' },
    ];
    const g = chartGeometry(points);
    // Two months apart: the baseline is left of the target (as 1999 it stood 1,900 years right).
    assert.ok(g.plan && g.plan.x1 < g.plan.x2, JSON.stringify(g.plan));
    const ticks = g.shapes.flatMap((s) => (s.t === 'text' && s.cls === 'tick' ? [s.text] : []));
    assert.ok(ticks.includes('0099-12'), ticks.join(' '));
  });

  it('shows the plan line with the precision of the figures it is drawn between', () => {
    const digits = (base: number, target: number, reading: number) => planLineDigits(metricProgress(metric(base, target, [['2026-03-01', reading]]), '2026-12-31'));
    assert.equal(digits(40, 20, 35), 0, 'a count of calls: whole numbers');
    assert.equal(digits(3, 4, 3), 1, 'a change of one step: one more decimal');
    assert.equal(digits(3.5, 4.2, 3.6), 2, 'seven steps of 0.1: one more');
    assert.equal(digits(12.5, 30, 14), 1, 'many steps of 0.1: as written');
    assert.equal(digits(0.000001, 1, 0.5), 6, 'never past six');
  });
});
