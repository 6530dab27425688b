// "CBO: Check Workspace": every CBO YAML file and Markdown plan, with a cancellable
// progress notification; findings go to Problems like those of open files.
import * as vscode from 'vscode';
import type { DiagnosticsController } from '../diagnostics';
import { getEngine } from '../engine-loader';
import type { Settings } from '../settings';
import { hostFiles, yieldToHost } from '../files';

export interface WorkspaceSummary {
  files: number;
  withFindings: number;
  errors: number;
  warnings: number;
}

export async function checkWorkspace(settings: Settings, diagnostics: DiagnosticsController): Promise<WorkspaceSummary> {
  const globs = settings.section.get<string[]>('files', ['**/*.cbo.yaml', '**/*.cbo.yml']);
  const patterns = settings.section.get<boolean>('markdown.enable', true) ? [...globs, '**/*.md'] : globs;
  const exclude = '{**/node_modules/**,**/.git/**,**/dist/**}';
  const summary: WorkspaceSummary = { files: 0, withFindings: 0, errors: 0, warnings: 0 };
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Checking CBO documents'), cancellable: true },
    async (progress, cancel) => {
      const found = new Map<string, vscode.Uri>();
      for (const p of patterns) for (const u of await vscode.workspace.findFiles(p, exclude)) found.set(u.toString(), u);
      const uris = [...found.values()];
      const e = getEngine();
      for (const [i, uri] of uris.entries()) {
        if (cancel.isCancellationRequested) break;
        progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / Math.max(1, uris.length) });
        const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        let result;
        if (open) result = await diagnostics.lintNow(open);
        else {
          // As `cbo check .` walks past them: a file `.cborc.yaml` ignores is not read.
          const by = await settings.ignoredBy(uri);
          if (by) {
            diagnostics.leaveIgnored(uri, by, settings.lang());
            continue;
          }
          const { text, bytes } = await hostFiles.readWithBytes(uri);
          const kind = e.kindOf(uri.path) ?? 'yaml';
          // From the bytes, as `cbo check` does: a U+FFFD written in the file is text, not a bad byte.
          const undecodable = text.includes('\uFFFD') ? e.undecodableBytes(bytes).at : undefined;
          result = e.lint(text, kind, await settings.resolve({ uri, languageId: kind === 'markdown' ? 'markdown' : 'yaml' }), undefined, { undecodable });
          diagnostics.collection.set(uri, result.findings.map((f) => diagnostics.toDiagnosticPublic(f)));
        }
        if (!result) continue;
        summary.files++;
        if (result.findings.length) summary.withFindings++;
        summary.errors += result.findings.filter((f) => f.severity === 'error').length;
        summary.warnings += result.findings.filter((f) => f.severity === 'warning').length;
        if (i % 20 === 19) await yieldToHost();
      }
    },
  );
  void vscode.window.showInformationMessage(
    vscode.l10n.t('CBO: checked {0} files; {1} have findings ({2} errors, {3} warnings).', summary.files, summary.withFindings, summary.errors, summary.warnings),
  );
  return summary;
}
