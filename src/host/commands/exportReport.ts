// "CBO: Export Business Outcome Report": Markdown and self-contained HTML, next to the file
// or where the user picks; an existing file is never overwritten without asking.
import * as vscode from 'vscode';
import { getEngine } from '../engine-loader';
import type { Settings } from '../settings';
import { readCsvMeasurements } from '../portfolio/csv';

export interface ExportOptions {
  /** Skip the pickers (tests, or "next to the file" chosen up front). */
  target?: vscode.Uri;
  /** Answer to "overwrite?" when a file exists; undefined asks the user. */
  overwrite?: boolean;
}

export async function exportReport(settings: Settings, uri?: vscode.Uri, opts: ExportOptions = {}): Promise<vscode.Uri[]> {
  const doc = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!doc || !settings.applies(doc)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a CBO YAML file or a Markdown plan first.'));
    return [];
  }
  const e = getEngine();
  const config = await settings.resolve(doc);
  const kind = doc.languageId === 'markdown' ? 'markdown' : 'yaml';
  const { doc: parsed } = e.parseDocument(doc.getText(), kind, config.lang);
  // Readings kept in a CSV beside the file count in the report as they do in the portfolio.
  if (!doc.isUntitled) await readCsvMeasurements(doc.uri, parsed.outcomes, (o) => doc.positionAt(o).line + 1);
  const name = doc.uri.path.split('/').pop()!.replace(/\.(cbo\.)?(ya?ml|md|markdown)$/i, '');
  let mdTarget = opts.target;
  if (!mdTarget && doc.isUntitled) {
    // An untitled document has no folder to write next to: ask where.
    mdTarget = await vscode.window.showSaveDialog({ filters: { Markdown: ['md'] } });
    if (!mdTarget) return [];
  }
  if (!mdTarget) {
    const next = vscode.Uri.joinPath(doc.uri, '..', `${name}.report.md`);
    const where = await vscode.window.showQuickPick(
      [
        { label: vscode.l10n.t('Next to the file'), description: vscode.workspace.asRelativePath(next), uri: next },
        { label: vscode.l10n.t('Choose where…'), uri: undefined },
      ],
      { placeHolder: vscode.l10n.t('Where should the report go?') },
    );
    if (!where) return [];
    mdTarget = where.uri ?? (await vscode.window.showSaveDialog({ defaultUri: next, filters: { Markdown: ['md'] } }));
    if (!mdTarget) return [];
  }
  const htmlTarget = mdTarget.with({ path: mdTarget.path.replace(/\.md$/i, '') + '.html' });
  const fileName = vscode.workspace.asRelativePath(doc.uri);
  const files: [vscode.Uri, string][] = [
    [mdTarget, e.buildReport(parsed.outcomes, { today: config.today, lang: config.lang, fileName })],
    [htmlTarget, e.buildReportHtml(parsed.outcomes, { today: config.today, lang: config.lang, fileName })],
  ];
  const existing = [];
  for (const [u] of files) if (await exists(u)) existing.push(vscode.workspace.asRelativePath(u));
  if (existing.length) {
    const yes = vscode.l10n.t('Overwrite');
    const ok = opts.overwrite ?? (await vscode.window.showWarningMessage(vscode.l10n.t('{0} already exists. Overwrite?', existing.join(', ')), { modal: true }, yes)) === yes;
    if (!ok) return [];
  }
  for (const [u, text] of files) await vscode.workspace.fs.writeFile(u, new TextEncoder().encode(text));
  void vscode.window.showInformationMessage(vscode.l10n.t('Report written to {0}', vscode.workspace.asRelativePath(mdTarget)));
  return files.map(([u]) => u);
}

async function exists(u: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(u);
    return true;
  } catch {
    return false;
  }
}
