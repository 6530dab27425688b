// Measurements kept in a CSV beside a CBO file (`measurements: { file: x.csv }`), read for
// `cbo report` and `cbo portfolio`. The name comes from a file anyone may have written (a
// cloned repository), so the CSV is read only when it really is beside it: a regular file (a
// FIFO would make the read wait forever), whose real path stays in the CBO file's folder (a
// link to /tmp/secret had its lines echoed in the problems), no larger than maxFileBytes (a
// million readings took 2 GB to draw). Problems name the CSV line, or the `file:` key when
// the CSV cannot be used at all; a refused CSV is named, never its content.
import * as path from 'node:path';
import { megabytes } from '../core/file-size';
import type { Outcome } from '../core/model';
import { csvMetrics, safeCsvPath } from '../core/portfolio';
import { CsvCache } from '../core/portfolio/csv-cache';
import type { CsvNote } from '../core/portfolio/report-md';
import type { LineIndex } from '../core/positions';
import { reasonIn, why } from '../node/read-file';
import { lookInside, type Refusal } from '../node/read-inside';
import { shownPath } from './files';
import type { CliIo } from './io';

export interface CsvReadOptions {
  lang: 'en' | 'ko';
  /** maxFileBytes of the config that applies to the CBO file. */
  maxBytes: number;
  /** The run's CSVs read so far: each is read and parsed once, however many metrics or files name it. */
  cache?: CsvCache;
}

function refusalMessage(r: Refusal, name: string, maxBytes: number, lang: 'en' | 'ko'): string {
  const ko = lang === 'ko';
  if ('outside' in r) return ko ? `${name} 측정 파일은 이 파일의 폴더 밖을 가리킵니다(심볼릭 링크). 읽지 않았습니다` : `the measurements file ${name} leads outside this file's folder (a symbolic link); it is not read`;
  if ('size' in r) {
    const [size, max] = [megabytes(r.size), megabytes(maxBytes)];
    return ko ? `${name} 측정 파일이 너무 커서(${size} MB, 한도 ${max} MB) 읽지 않았습니다. 파일을 나누거나 .cborc.yaml의 maxFileBytes를 올리세요` : `the measurements file ${name} is too large to read (${size} MB, limit ${max} MB); split it, or raise maxFileBytes in .cborc.yaml`;
  }
  return ko ? `${name} 측정 파일을 읽을 수 없습니다: ${reasonIn(r.reason, 'ko')}` : `cannot read the measurements file ${name}: ${r.reason}`;
}

/**
 * Fills the measurements of metrics that keep them in a CSV beside `file`, and returns the
 * problems: the CSV's lines that were left out, or the `file:` key of a CSV not read.
 */
export async function readCsvMeasurements(file: string, lines: LineIndex, outcomes: Outcome[], io: CliIo, opts: CsvReadOptions): Promise<CsvNote[]> {
  const problems: CsvNote[] = [];
  const cache = opts.cache ?? new CsvCache();
  const ko = opts.lang === 'ko';
  const folder = path.dirname(path.resolve(io.cwd, file));
  for (const ref of csvMetrics(outcomes)) {
    const name = safeCsvPath(ref.name);
    const at = { file: shownPath(io.cwd, file), line: lines.position(ref.span.start).line + 1 };
    if (!name) {
      problems.push({ ...at, message: ko ? `"${ref.name}" 측정 파일은 이 파일 옆의 .csv 파일이어야 합니다(..이 없는 상대 경로)` : `measurements file "${ref.name}" must be a .csv file beside this one (a relative path without ..)` });
      continue;
    }
    const csvFile = path.join(folder, name);
    const found = await lookInside(csvFile, folder, opts.maxBytes);
    if ('refused' in found) {
      problems.push({ ...at, message: refusalMessage(found.refused, name, opts.maxBytes, opts.lang) });
      continue;
    }
    const key = `${opts.lang}\u0000${found.real}`;
    if (!cache.get(key, found.stamp)) {
      let csv: string;
      try {
        csv = await io.readFile(csvFile);
      } catch (e) {
        problems.push({ ...at, message: refusalMessage({ reason: why(e) }, name, opts.maxBytes, opts.lang) });
        continue;
      }
      // The CSV's own problems are said once, when it is read: they are about its lines, not about who names it.
      for (const pr of cache.put(key, found.stamp, csv, opts.lang).problems) problems.push({ file: shownPath(io.cwd, csvFile), line: pr.line, message: pr.message });
    }
    cache.attach(key, ref.metric);
  }
  return problems;
}
