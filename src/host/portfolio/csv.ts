// CSV measurements (`measurements: { file: x.csv }`) read beside a CBO file through
// workspace.fs (so it works in the browser build too) and put on their metrics. Problems name
// the CSV line, or the `file:` key when the CSV cannot be used at all. The CLI's rule
// (src/cli/csv-file.ts) holds here as far as workspace.fs can tell (lookBeside.ts): a regular
// file, within maxFileBytes, really beside the CBO file, no link on the way.
import * as vscode from 'vscode';
import type { CsvCache, CsvNote, Outcome } from '../../core/api';
import { getEngine } from '../engine-loader';
import { lookBeside } from '../lookBeside';
import { resolveParticles } from '../../core/text/josa';

export type CsvProblemAt = CsvNote & { uri: vscode.Uri };

/**
 * Why the CSV at `parts` below `folder` is not read, or its stamp (modification time and size)
 * when it may be. Looks at it without opening it.
 */
async function look(folder: vscode.Uri, parts: string[], name: string, maxBytes: number): Promise<{ refused: string } | { stamp: string }> {
  const refused = (why: string) => ({ refused: resolveParticles(why) });
  const l = await lookBeside(folder, parts, maxBytes);
  if ('stamp' in l) return l;
  if ('size' in l) {
    const mb = getEngine().megabytes;
    return refused(vscode.l10n.t('the measurements file {0} is too large to read ({1} MB, limit {2} MB); split it, or raise maxFileBytes in .cborc.yaml', name, mb(l.size), mb(maxBytes)));
  }
  if (l.cannot === 'stat') return refused(vscode.l10n.t('cannot read the measurements file {0}', name));
  if (l.cannot === 'link') return refused(vscode.l10n.t('the measurements file {0} is a symbolic link or lies behind one; it is not read', name));
  return refused(vscode.l10n.t('the measurements file {0} is not a regular file; it is not read', name));
}

/**
 * Fills the measurements of metrics that keep them in a CSV beside `uri`, and returns the
 * problems. Each CSV is read and parsed once per call (or per `cache`), however many metrics
 * name it: no link is followed on the way, so its URI is its real path.
 */
export async function readCsvMeasurements(uri: vscode.Uri, outcomes: Outcome[], lineOf: (offset: number) => number, maxBytes: number, lang: 'en' | 'ko', cache?: CsvCache): Promise<CsvProblemAt[]> {
  const e = getEngine();
  const csvs = cache ?? new e.CsvCache();
  const problems: CsvProblemAt[] = [];
  const folder = vscode.Uri.joinPath(uri, '..');
  for (const ref of e.csvMetrics(outcomes)) {
    const name = e.safeCsvPath(ref.name);
    const at = { uri, file: vscode.workspace.asRelativePath(uri), line: lineOf(ref.span.start) };
    if (!name) {
      problems.push({ ...at, message: resolveParticles(vscode.l10n.t('measurements file "{0}" must be a .csv file beside this one', ref.name)) });
      continue;
    }
    const parts = name.split('/');
    const found = await look(folder, parts, name, maxBytes);
    if ('refused' in found) {
      problems.push({ ...at, message: found.refused });
      continue;
    }
    const csvUri = vscode.Uri.joinPath(folder, ...parts);
    const key = `${lang}\u0000${csvUri.toString()}`;
    if (!csvs.get(key, found.stamp)) {
      let csv: string;
      try {
        csv = new TextDecoder().decode(await vscode.workspace.fs.readFile(csvUri));
      } catch {
        problems.push({ ...at, message: resolveParticles(vscode.l10n.t('cannot read the measurements file {0}', name)) });
        continue;
      }
      // The CSV's own problems once, when it is read: they are about its lines, not about who names it.
      for (const p of csvs.put(key, found.stamp, csv, lang).problems) problems.push({ uri: csvUri, file: vscode.workspace.asRelativePath(csvUri), line: p.line, message: p.message });
    }
    csvs.attach(key, ref.metric);
  }
  return problems;
}
