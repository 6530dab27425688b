// "Allow this word": adds it to `vocabulary.allow` in the workspace's `.cborc.yaml`
// (created if missing) through a WorkspaceEdit, so the change is visible and undoable.
import * as vscode from 'vscode';
import { getEngine } from '../engine-loader';
import { isNotFound, logError } from '../log';
import type { Settings } from '../settings';
import { hostFiles } from '../files';

export async function allowWord(settings: Settings, uri: vscode.Uri, word: string): Promise<boolean> {
  // The .cborc.yaml that applies to this file (the nearest), else a new one at the workspace root.
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  const target = (await settings.nearest(uri)).uri ?? vscode.Uri.joinPath(folder?.uri ?? vscode.Uri.joinPath(uri, '..'), '.cborc.yaml');
  const edit = new vscode.WorkspaceEdit();
  let text: string | undefined;
  try {
    text = await hostFiles.readFile(target);
  } catch (err) {
    if (!isNotFound(err)) {
      // There but unreadable: creating it anew would lose what it holds, so nothing is changed.
      logError(`Allow word: cannot read ${target.toString(true)}`, err);
      void vscode.window.showErrorMessage(vscode.l10n.t('Cannot read {0}; no word was added.', vscode.workspace.asRelativePath(target)));
      return false;
    }
    text = undefined;
  }
  if (text === undefined) {
    edit.createFile(target, { ignoreIfExists: true });
    edit.insert(target, new vscode.Position(0, 0), getEngine().addAllowedWord('', word)!);
    return saved(edit, target);
  }
  const next = getEngine().addAllowedWord(text, word);
  if (next === undefined) {
    void vscode.window.showWarningMessage(vscode.l10n.t('.cborc.yaml does not parse; fix it before adding words.'));
    return false;
  }
  if (next === text) return true;
  const doc = await vscode.workspace.openTextDocument(target);
  edit.replace(target, new vscode.Range(0, 0, doc.lineCount, 0), next);
  return saved(edit, target);
}

/** The config is read from disk: save the edited file so the word takes effect (still undoable). */
async function saved(edit: vscode.WorkspaceEdit, target: vscode.Uri): Promise<boolean> {
  if (!(await vscode.workspace.applyEdit(edit))) return false;
  return (await vscode.workspace.openTextDocument(target)).save();
}
