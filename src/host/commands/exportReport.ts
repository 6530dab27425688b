// "CBO: Export Business Outcome Report": Markdown, self-contained HTML or both (the user
// picks), next to the file or where the user picks, or kept in memory as a new untitled
// document (the first choice on vscode.dev and github.dev, where writing into the reviewed
// repository is not wanted; the save dialog there downloads). An existing file is never
// overwritten without asking; the message names every file written and offers to open it.
import * as vscode from 'vscode';
import { getEngine } from '../engine-loader';
import { fileExists as exists } from '../fileExists';
import { hostFiles } from '../files';
import { isWebHost } from '../platform';
import type { Settings } from '../settings';
import { readCsvMeasurements } from '../portfolio/csv';
import { resolveParticles } from '../../core/text/josa';

export interface ExportOptions {
  /** Skip the pickers (tests, or "next to the file" chosen up front); 'untitled': in memory. */
  target?: vscode.Uri | 'untitled';
  /** Answer to "overwrite?" when a file exists; undefined asks the user. */
  overwrite?: boolean;
  /** Formats to write (tests); undefined asks the user. */
  formats?: ReportFormat[];
}

export type ReportFormat = 'md' | 'html';

export async function exportReport(settings: Settings, uri?: vscode.Uri, opts: ExportOptions = {}): Promise<vscode.Uri[]> {
  const doc = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!doc || !settings.applies(doc)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a CBO YAML file or a Markdown plan first.'));
    return [];
  }
  const e = getEngine();
  const config = await settings.resolve(doc);
  const kind = doc.languageId === 'markdown' ? 'markdown' : 'yaml';
  const text = doc.getText();
  const { doc: parsed } = e.parseDocument(text, kind, config.lang);
  const name = doc.uri.path.split('/').pop()!.replace(/\.(cbo\.)?(ya?ml|md|markdown)$/i, '');
  const fileName = vscode.workspace.asRelativePath(doc.uri);
  // What the portfolio says of this file (its errors, as Problems shows them; an unreadable part;
  // value figures left out), said at the end of the report too, as `cbo report` does.
  const { findings, unread } = e.lint(text, kind, config);
  const problems = e.reportCaveats(parsed.outcomes, findings, config.lang, e.CAVEATS[config.lang].inProblems, unread).map((n) => ({ file: fileName, line: doc.positionAt(n.offset).line + 1, message: n.message }));
  // Readings kept in a CSV beside the file count in the report as they do in the portfolio.
  if (!doc.isUntitled) for (const p of await readCsvMeasurements(doc.uri, parsed.outcomes, (o) => doc.positionAt(o).line + 1, config.maxFileBytes, config.lang)) problems.push(p);
  const reportOpts = { today: config.today, lang: config.lang, fileName, problems, withErrors: e.outcomesWithErrors(parsed.outcomes, findings) };
  const markdown = () => e.buildReport(parsed.outcomes, reportOpts);
  const untitled = async (): Promise<vscode.Uri[]> => {
    const made = await vscode.workspace.openTextDocument({ language: 'markdown', content: markdown() });
    await vscode.window.showTextDocument(made, { preview: false });
    return [made.uri];
  };
  if (opts.target === 'untitled') return untitled();
  let mdTarget = opts.target;
  if (!mdTarget) {
    const next = vscode.Uri.joinPath(doc.uri, '..', `${name}.report.md`);
    const inMemory = { label: vscode.l10n.t('New untitled document'), description: vscode.l10n.t('nothing is written until you save it'), uri: undefined, memory: true };
    const beside = { label: vscode.l10n.t('Next to the file'), description: vscode.workspace.asRelativePath(next), uri: next, memory: false };
    const choose = { label: isWebHost ? vscode.l10n.t('Download…') : vscode.l10n.t('Choose where…'), uri: undefined, memory: false };
    // On the web the reviewed repository is not the place for a report, and an untitled
    // document has no folder to write next to: memory comes first for both.
    const items = isWebHost ? [inMemory, choose] : doc.isUntitled ? [inMemory, choose] : [beside, choose, inMemory];
    const where = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Where should the report go?') });
    if (!where) return [];
    if (where.memory) return untitled();
    mdTarget = where.uri ?? (await vscode.window.showSaveDialog({ defaultUri: doc.isUntitled ? undefined : next, filters: { Markdown: ['md'] } }));
    if (!mdTarget) return [];
  }
  // Where first: the in-memory choice needs no format; files get Markdown, HTML or both.
  let formats = opts.formats;
  if (!formats) {
    const picked = await vscode.window.showQuickPick(
      [
        { label: vscode.l10n.t('Markdown (.md)'), description: vscode.l10n.t('for the repository and pull requests'), format: 'md' as const, picked: true },
        { label: vscode.l10n.t('HTML (.html)'), description: vscode.l10n.t('one self-contained page with the charts, to send or print'), format: 'html' as const, picked: true },
      ],
      { canPickMany: true, placeHolder: vscode.l10n.t('Which format(s) should the report be written in?') },
    );
    formats = picked?.map((p) => p.format);
  }
  if (!formats?.length) return [];
  const htmlTarget = mdTarget.with({ path: mdTarget.path.replace(/\.(md|html)$/i, '') + '.html' });
  const mdFile = mdTarget.with({ path: mdTarget.path.replace(/\.(md|html)$/i, '') + '.md' });
  const files: [vscode.Uri, () => string][] = [];
  if (formats.includes('md')) files.push([mdFile, markdown]);
  if (formats.includes('html')) files.push([htmlTarget, () => e.buildReportHtml(parsed.outcomes, reportOpts)]);
  const existing = [];
  for (const [u] of files) if (await exists(u)) existing.push(vscode.workspace.asRelativePath(u));
  if (existing.length) {
    const yes = vscode.l10n.t('Overwrite');
    const question = existing.length === 1 ? resolveParticles(vscode.l10n.t('{0} already exists. Overwrite?', existing[0]!)) : resolveParticles(vscode.l10n.t('{0} already exist. Overwrite them?', existing.join(', ')));
    const ok = opts.overwrite ?? (await vscode.window.showWarningMessage(question, { modal: true }, yes)) === yes;
    if (!ok) return [];
  }
  for (const [u, text] of files) await hostFiles.writeFile(u, text());
  const written = files.map(([u]) => u);
  const open = vscode.l10n.t('Open');
  const names = written.map((u) => vscode.workspace.asRelativePath(u)).join(', ');
  // Not awaited: the command returns once the files are written; the button works later.
  void vscode.window.showInformationMessage(vscode.l10n.t('Report written to {0}', names), open).then(async (a) => {
    if (a !== open) return;
    const first = written[0]!;
    // Markdown in the read-only preview; the HTML page in the browser it was made for.
    if (first.path.endsWith('.md')) await vscode.commands.executeCommand('markdown.showPreview', first);
    else await vscode.env.openExternal(first);
  });
  return written;
}
