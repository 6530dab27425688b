// How large a metric's number (a baseline, a target, a reading) may be to be drawn and computed
// with: Number.MAX_SAFE_INTEGER (2^53 - 1, 9,007,199,254,740,991) either way. Past it a double no
// longer holds every whole number: 12345678901234567 is read as 12345678901234568, and the chart's
// label, the report and the progress line showed that figure as if it had been written. Further
// out (1e308 and -1e308) the chart's scale and the progress line overflowed to Infinity and drew
// NaN. No measure of anything comes near 2^53, and the schema refuses a number beyond it
// (`scripts/gen-schema.mjs`; `test/unit/chart-bad-points.test.ts` holds the two together), so a
// reading left out for it has a finding that says why.
import type { Lang } from './finding';

export const MAX_METRIC_MAGNITUDE = Number.MAX_SAFE_INTEGER;

/** The bound as messages write it, without grouping (as the schema and a YAML file write numbers). */
export const MAX_METRIC_TEXT = String(MAX_METRIC_MAGNITUDE);

/** Why such a number is refused: the schema's finding, the Markdown reader's and the measurement CSV's note say it alike. */
export const TOO_LARGE_WHY: Record<Lang, string> = {
  en: 'a number further from zero cannot be held exactly, so it would be charted and reported as another number',
  ko: '0에서 더 먼 수는 정확히 담을 수 없어 차트와 보고서에 다른 수로 나타납니다',
};

/**
 * Why a count past the bound (`users`, a usage's `volume`) is refused: it is never charted, but
 * value per user and the usage table would be worked out from another number.
 */
export const COUNT_TOO_LARGE_WHY: Record<Lang, string> = {
  en: 'a larger number cannot be held exactly, so the reports would work with another number',
  ko: '더 큰 수는 정확히 담을 수 없어 보고서가 다른 수로 계산합니다',
};

/** A finite number within ±MAX_METRIC_MAGNITUDE. */
export function isMetricNumber(v: number | undefined): v is number {
  return v !== undefined && Number.isFinite(v) && Math.abs(v) <= MAX_METRIC_MAGNITUDE;
}
