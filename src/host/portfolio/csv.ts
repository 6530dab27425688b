// CSV measurements (`measurements: { file: x.csv }`) read beside a CBO file through
// workspace.fs (so it works in the browser build too) and put on their metrics. Problems name
// the CSV line, or the `file:` key when the CSV cannot be used at all.
import * as vscode from 'vscode';
import type { CsvNote, Outcome } from '../../core/api';
import { getEngine } from '../engine-loader';

export type CsvProblemAt = CsvNote & { uri: vscode.Uri };

export async function readCsvMeasurements(uri: vscode.Uri, outcomes: Outcome[], lineOf: (offset: number) => number): Promise<CsvProblemAt[]> {
  const e = getEngine();
  const problems: CsvProblemAt[] = [];
  for (const ref of e.csvMetrics(outcomes)) {
    const name = e.safeCsvPath(ref.name);
    const at = { uri, file: vscode.workspace.asRelativePath(uri), line: lineOf(ref.span.start) };
    if (!name) {
      problems.push({ ...at, message: vscode.l10n.t('measurements file "{0}" must be a .csv file beside this one', ref.name) });
      continue;
    }
    const csvUri = vscode.Uri.joinPath(uri, '..', ...name.split('/'));
    let csv: string;
    try {
      csv = new TextDecoder().decode(await vscode.workspace.fs.readFile(csvUri));
    } catch {
      problems.push({ ...at, message: vscode.l10n.t('cannot read the measurements file {0}', name) });
      continue;
    }
    const parsed = e.parseMeasurementsCsv(csv);
    e.attachCsv(ref.metric, parsed.rows);
    for (const p of parsed.problems) problems.push({ uri: csvUri, file: vscode.workspace.asRelativePath(csvUri), line: p.line, message: p.message });
  }
  return problems;
}
