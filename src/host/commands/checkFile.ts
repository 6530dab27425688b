// "CBO: Check Current File": lint now, skip the debounce, and say the result.
import * as vscode from 'vscode';
import type { DiagnosticsController } from '../diagnostics';
import type { Settings } from '../settings';

export async function checkFile(diagnostics: DiagnosticsController, settings: Settings): Promise<number | undefined> {
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a CBO YAML file or a Markdown plan first.'));
    return undefined;
  }
  const r = await diagnostics.lintNow(doc);
  if (!r) {
    // Asked by name, as `cbo check FILE` is: an ignored file is said to be one, not "not a CBO document".
    const by = settings.applies(doc) ? await settings.ignoredBy(doc.uri) : undefined;
    if (by) void vscode.window.showInformationMessage(vscode.l10n.t('CBO: this file is not checked: {0} in {1} ignores it. Remove the pattern to check it.', JSON.stringify(by.pattern), vscode.workspace.asRelativePath(by.config)));
    else void vscode.window.showInformationMessage(vscode.l10n.t('This file is not a CBO document (see the cbo.files setting).'));
    return undefined;
  }
  const errors = r.findings.filter((f) => f.severity === 'error').length;
  void vscode.window.setStatusBarMessage(vscode.l10n.t('CBO: {0} outcomes, {1} findings ({2} errors)', r.outcomeCount, r.findings.length, errors), 5000);
  return r.findings.length;
}
