// The status bar shows the outcome health of the active CBO file (counts by severity);
// clicking it opens the Problems panel.
import * as vscode from 'vscode';
import { COMMANDS } from './commands/ids';
import type { DiagnosticsController } from './diagnostics';

export class HealthStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('cbo.health', vscode.StatusBarAlignment.Left, 50);
  private readonly disposables: vscode.Disposable[] = [this.item];

  constructor(private readonly diagnostics: DiagnosticsController) {
    this.item.name = 'CBO Guide';
    this.item.command = COMMANDS.showProblems;
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      diagnostics.onDidLint(() => this.update()),
      // A file a new `ignore:` leaves out has no result any more: its counts go.
      diagnostics.onDidSkip(() => this.update()),
    );
    this.update();
  }

  update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const result = doc && this.diagnostics.resultFor(doc.uri);
    if (!doc || !result || result.outcomeCount + result.findings.length === 0) {
      this.item.hide();
      return;
    }
    const n = (s: string) => result.findings.filter((f) => f.severity === s).length;
    const [e, w, i] = [n('error'), n('warning'), n('info')];
    this.item.text = e + w + i === 0 ? `$(pass) CBO` : `$(target) CBO $(error) ${e} $(warning) ${w} $(info) ${i}`;
    this.item.tooltip = vscode.l10n.t('{0} outcomes: {1} errors, {2} warnings, {3} notes. Click to open Problems.', result.outcomeCount, e, w, i);
    this.item.backgroundColor = e ? new vscode.ThemeColor('statusBarItem.errorBackground') : w ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
