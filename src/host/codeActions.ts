// Quick fixes. Each comes from data the finding already carries, so nothing is
// recomputed here: insert the missing piece or replace a placeholder (as a snippet with
// tab stops), silence the rule for the line or the file, or allow a flagged word.
// Every change is an ordinary, undoable edit. A file `.cborc.yaml` `ignore:` leaves out has no
// finding (the diagnostics keep no result for it), so it gets no action, as under ESLint.
import * as vscode from 'vscode';
import { COMMANDS } from './commands/ids';
import type { DiagnosticsController } from './diagnostics';
import type { Settings } from './settings';

export class CboCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];
  constructor(
    private readonly diagnostics: DiagnosticsController,
    private readonly settings: Settings,
  ) {}

  async provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const actions: vscode.CodeAction[] = [];
    // Outside the workspace folders no .cborc.yaml is written: the word goes to the user settings.
    let inWorkspace: boolean | undefined;
    for (const d of context.diagnostics) {
      if (d.source !== 'cbo') continue;
      const f = this.diagnostics.findingFor(doc.uri, d);
      if (!f) continue;
      if (f.fix) {
        const a = new vscode.CodeAction(f.fix.title, vscode.CodeActionKind.QuickFix);
        a.command = { command: COMMANDS.applyFix, title: f.fix.title, arguments: [doc.uri, f.fix, { ruleId: f.ruleId, message: f.message, start: f.span.start }] };
        a.diagnostics = [d];
        a.isPreferred = true;
        actions.push(a);
      }
      if (typeof f.data?.word === 'string') {
        const word = f.data.word;
        inWorkspace ??= !('outside' in (await this.settings.allowTargetFor(doc.uri)));
        const a = new vscode.CodeAction(inWorkspace ? vscode.l10n.t('Allow "{0}" in this workspace', word) : vscode.l10n.t('Allow "{0}" in your user settings', word), vscode.CodeActionKind.QuickFix);
        a.command = { command: COMMANDS.allowWord, title: a.title, arguments: [doc.uri, word] };
        a.diagnostics = [d];
        actions.push(a);
      }
      // Inside a ```cbo block the comment must be YAML's, not HTML's.
      const yaml = doc.languageId !== 'markdown' || insideCboFence(doc, f.start.line);
      const line = doc.lineAt(f.start.line);
      const indent = line.text.slice(0, line.firstNonWhitespaceCharacterIndex).replace(/-/g, ' ');
      const comment = (what: string) => (yaml ? `# cbo-disable-${what} ${f.ruleId}` : `<!-- cbo-disable-${what} ${f.ruleId} -->`);
      // A finding about the whole file (no-outcome) cannot be silenced line by line.
      if (f.data?.scope !== 'file') {
        const lineFix = new vscode.CodeAction(vscode.l10n.t('Disable {0} for this line', f.ruleId), vscode.CodeActionKind.QuickFix);
        lineFix.edit = new vscode.WorkspaceEdit();
        lineFix.edit.insert(doc.uri, new vscode.Position(f.start.line, 0), `${indent}${comment('next-line')}\n`);
        lineFix.diagnostics = [d];
        actions.push(lineFix);
      }
      const fileFix = new vscode.CodeAction(vscode.l10n.t('Disable {0} for this file', f.ruleId), vscode.CodeActionKind.QuickFix);
      fileFix.edit = new vscode.WorkspaceEdit();
      fileFix.edit.insert(doc.uri, new vscode.Position(afterFrontMatter(doc), 0), `${comment('file')}\n`);
      fileFix.diagnostics = [d];
      actions.push(fileFix);
    }
    return actions;
  }
}

/** Markdown front matter must stay first in the file; file-level comments go after it. */
function afterFrontMatter(doc: vscode.TextDocument): number {
  if (doc.languageId !== 'markdown' || doc.lineCount < 2 || doc.lineAt(0).text.trim() !== '---') return 0;
  for (let i = 1; i < Math.min(doc.lineCount, 200); i++) if (/^(---|\.\.\.)\s*$/.test(doc.lineAt(i).text)) return i + 1;
  return 0;
}

function insideCboFence(doc: vscode.TextDocument, line: number): boolean {
  for (let i = line - 1; i >= 0 && i > line - 2000; i--) {
    const t = doc.lineAt(i).text.trim();
    if (/^(```|~~~)/.test(t)) return /^(```|~~~)\s*cbo\b/i.test(t);
  }
  return false;
}
