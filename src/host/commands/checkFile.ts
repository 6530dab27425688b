// "CBO: Check Current File": lint now, skip the debounce, and say the result.
import * as vscode from 'vscode';
import type { DiagnosticsController } from '../diagnostics';

export async function checkFile(diagnostics: DiagnosticsController): Promise<number | undefined> {
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a CBO YAML file or a Markdown plan first.'));
    return undefined;
  }
  const r = await diagnostics.lintNow(doc);
  if (!r) {
    void vscode.window.showInformationMessage(vscode.l10n.t('This file is not a CBO document (see the cbo.files setting).'));
    return undefined;
  }
  const errors = r.findings.filter((f) => f.severity === 'error').length;
  void vscode.window.setStatusBarMessage(vscode.l10n.t('CBO: {0} outcomes, {1} findings ({2} errors)', r.outcomeCount, r.findings.length, errors), 5000);
  return r.findings.length;
}
