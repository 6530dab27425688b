// Each measurements CSV read and parsed once however many metrics name it. A 5.5 MB CSV named by
// the primary metric of ten outcomes was read, parsed and turned into 400,000 readings ten times
// (30 s and 1.3 GB for one report; a hundred outcomes ran out of memory). The CLI keeps one cache
// for a run, the editor one for the document it reads the CSVs of; the host that reads the file
// names it by a key (its real path) and a stamp (its modification time and size), so a CSV
// changed between two reads is read again.
import type { Lang } from '../finding';
import type { Measure, Metric } from '../model';
import { parseMeasurementsCsv, type CsvMeasurements } from './csv';

interface Parsed {
  stamp: string;
  csv: CsvMeasurements;
  /** Its readings as measurements, made for the first metric that names the CSV and shared after. */
  readings?: Measure[];
}

export class CsvCache {
  private readonly byKey = new Map<string, Parsed>();
  /** CSVs read and parsed (tests count them). */
  parses = 0;

  /** The CSV at `key` as parsed already, if its stamp has not changed since. */
  get(key: string, stamp: string): CsvMeasurements | undefined {
    const p = this.byKey.get(key);
    return p?.stamp === stamp ? p.csv : undefined;
  }

  /** Parses the CSV's `text` and keeps it under `key` and `stamp`. */
  put(key: string, stamp: string, text: string, lang: Lang): CsvMeasurements {
    this.parses++;
    const csv = parseMeasurementsCsv(text, lang);
    this.byKey.set(key, { stamp, csv });
    return csv;
  }

  /**
   * Puts the readings of the CSV at `key` (put or got before) on `metric`. Every metric that names
   * the same CSV gets the same list: the readings point at the `file:` key of the first of them
   * (through a span of their own, so moving that metric's spans never moves theirs twice).
   */
  attach(key: string, metric: Metric): void {
    const p = this.byKey.get(key);
    if (!p) return;
    if (!p.readings) {
      const at = metric.measurementsFile?.span ?? metric.span;
      const span = { start: at.start, end: at.end };
      p.readings = p.csv.rows.map((r): Measure => ({ span, value: { value: r.value, span }, date: { value: r.date, span } }));
    }
    metric.measurements = p.readings;
  }
}
