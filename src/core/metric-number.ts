// How large a metric's number (a baseline, a target, a reading) may be to be drawn and computed
// with: 1e300 either way. The chart takes the range between the lowest and the highest number,
// pads it and rounds it to a tick step, and the progress line the difference between baseline and
// target: readings of 1e308 and -1e308 overflowed those to Infinity, and the chart came out with
// NaN ticks and y="NaN". No measure of anything comes near 1e300, and the schema refuses a number
// beyond it (`scripts/gen-schema.mjs`; `test/unit/chart-bad-points.test.ts` holds the two together), so a reading left out for it has a finding that says why.
import type { Lang } from './finding';

export const MAX_METRIC_MAGNITUDE = 1e300;

/** Why such a number is refused: the schema's finding and the measurement CSV's note say it alike. */
export const TOO_LARGE_WHY: Record<Lang, string> = {
  en: 'a number further from zero is too large to chart or to compute progress with',
  ko: '0에서 더 먼 수는 차트에 그리거나 진척을 계산하기에 너무 큽니다',
};

/** A finite number within ±MAX_METRIC_MAGNITUDE. */
export function isMetricNumber(v: number | undefined): v is number {
  return v !== undefined && Number.isFinite(v) && Math.abs(v) <= MAX_METRIC_MAGNITUDE;
}
