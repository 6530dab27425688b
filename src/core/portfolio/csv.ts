// Measurements kept in a CSV beside a CBO file (`measurements: { file: checkout.csv }`), with
// a header line naming the columns `date` and `value`. The core never reads files: the CLI
// and the host read the CSV and hand its text here. Every problem names its CSV line, so a
// person can go straight to it; rows with a problem are left out, the rest still count.
import type { Metric, Outcome, Span } from '../model';
import type { Lang } from '../finding';
import { isIsoDate } from '../text/date';
import { isMetricNumber, MAX_METRIC_TEXT, TOO_LARGE_WHY } from '../metric-number';
import { excerpt } from '../text/excerpt';
import { josa } from '../text/josa';

export interface CsvRow {
  date: string;
  value: number;
  /** 1-based line in the CSV. */
  line: number;
}

export interface CsvProblem {
  /** 1-based line in the CSV; 1 for a header problem. */
  line: number;
  message: string;
}

export interface CsvMeasurements {
  rows: CsvRow[];
  problems: CsvProblem[];
}

/** One CSV field: surrounding spaces and one pair of double quotes removed. */
function field(s: string): string {
  const t = s.trim();
  return t.length >= 2 && t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1).replace(/""/g, '"').trim() : t;
}

const SAY = {
  en: {
    empty: 'the file is empty; write a header line date,value and one row per measurement',
    header: 'the header line must name the columns date and value, e.g. date,value',
    date: (d: string) => `"${d}" is not a date written YYYY-MM-DD`,
    number: (v: string) => `"${v}" is not a number`,
    short: (n: number, column: string) => `the row has ${n} cell${n === 1 ? '' : 's'} and no ${column} column; write date,value on every row`,
    tooLarge: (v: string) => `"${v}" is not between -${MAX_METRIC_TEXT} and ${MAX_METRIC_TEXT}: ${TOO_LARGE_WHY.en}`,
  },
  ko: {
    empty: '파일이 비어 있습니다. 머리글 줄 date,value와 측정마다 한 줄씩 적으세요',
    header: '머리글 줄에 date와 value 열이 있어야 합니다(예: date,value)',
    date: (d: string) => `"${d}"${josa(d, '은')} YYYY-MM-DD 형식의 날짜가 아닙니다`,
    number: (v: string) => `"${v}"${josa(v, '은')} 숫자가 아닙니다`,
    short: (n: number, column: string) => `이 행에는 칸이 ${n}개뿐이라 ${column} 열이 없습니다. 행마다 date,value를 적으세요`,
    tooLarge: (v: string) => `"${v}" 값은 -${MAX_METRIC_TEXT}에서 ${MAX_METRIC_TEXT} 사이가 아닙니다. ${TOO_LARGE_WHY.ko}`,
  },
};

/** Reads `date,value` rows; columns may come in any order and extra columns are ignored. */
export function parseMeasurementsCsv(text: string, lang: Lang = 'en'): CsvMeasurements {
  const say = SAY[lang];
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const problems: CsvProblem[] = [];
  const rows: CsvRow[] = [];
  const headerAt = lines.findIndex((l) => l.trim() !== '');
  if (headerAt < 0) return { rows, problems: [{ line: 1, message: say.empty }] };
  const header = lines[headerAt]!.split(',').map((h) => field(h).toLowerCase());
  const di = header.indexOf('date');
  const vi = header.indexOf('value');
  if (di < 0 || vi < 0) return { rows, problems: [{ line: headerAt + 1, message: say.header }] };
  for (let i = headerAt + 1; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw.trim() === '') continue;
    const cells = raw.split(',');
    const line = i + 1;
    // A row cut short ("2026-01-01" alone) was '"" is not a number': it has no such cell at all.
    const missing = di >= cells.length ? 'date' : vi >= cells.length ? 'value' : undefined;
    if (missing) {
      problems.push({ line, message: say.short(cells.length, missing) });
      continue;
    }
    const date = field(cells[di] ?? '');
    const valueText = field(cells[vi] ?? '');
    if (!isIsoDate(date)) {
      problems.push({ line, message: say.date(excerpt(date, 40)) });
      continue;
    }
    if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(valueText)) {
      problems.push({ line, message: say.number(excerpt(valueText, 40)) });
      continue;
    }
    // "1e400" is written as a number but reads as Infinity, and "12345678901234567" as another
    // number: said, and left out as the YAML's would be.
    const value = Number(valueText);
    if (!isMetricNumber(value)) {
      problems.push({ line, message: say.tooLarge(excerpt(valueText, 40)) });
      continue;
    }
    rows.push({ date, value, line });
  }
  return { rows, problems };
}

/**
 * A CSV name that stays beside the CBO file (or below it): relative, no `..`, no drive or
 * scheme. Anything else is refused, so a workspace file cannot make us read elsewhere.
 */
export function safeCsvPath(name: string): string | undefined {
  const n = name.trim().replace(/\\/g, '/');
  if (!n || n.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(n) || !/\.csv$/i.test(n)) return undefined;
  const parts = n.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.some((p) => p === '..')) return undefined;
  return parts.join('/');
}

/** Every metric of these outcomes whose readings live in a CSV, with the name as written. */
export function csvMetrics(outcomes: Outcome[]): { outcome: Outcome; metric: Metric; name: string; span: Span }[] {
  const out: { outcome: Outcome; metric: Metric; name: string; span: Span }[] = [];
  for (const o of outcomes) {
    const ms = [o.metrics?.primary, ...(o.metrics?.secondary ?? [])];
    for (const m of ms) if (m?.measurementsFile) out.push({ outcome: o, metric: m, name: m.measurementsFile.value, span: m.measurementsFile.span });
  }
  return out;
}
