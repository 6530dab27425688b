// "Allow this word": adds it to `vocabulary.allow` in the workspace's `.cborc.yaml`
// (created if missing) through a WorkspaceEdit, so the change is visible and undoable.
import * as vscode from 'vscode';
import { getEngine } from '../engine';

export async function allowWord(uri: vscode.Uri, word: string): Promise<boolean> {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  const target = vscode.Uri.joinPath(folder?.uri ?? vscode.Uri.joinPath(uri, '..'), '.cborc.yaml');
  const edit = new vscode.WorkspaceEdit();
  let text: string | undefined;
  try {
    text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
  } catch {
    text = undefined;
  }
  if (text === undefined) {
    edit.createFile(target, { ignoreIfExists: true });
    edit.insert(target, new vscode.Position(0, 0), getEngine().addAllowedWord('', word)!);
    return vscode.workspace.applyEdit(edit);
  }
  const next = getEngine().addAllowedWord(text, word);
  if (next === undefined) {
    void vscode.window.showWarningMessage(vscode.l10n.t('.cborc.yaml does not parse; fix it before adding words.'));
    return false;
  }
  if (next === text) return true;
  const doc = await vscode.workspace.openTextDocument(target);
  edit.replace(target, new vscode.Range(0, 0, doc.lineCount, 0), next);
  return vscode.workspace.applyEdit(edit);
}
