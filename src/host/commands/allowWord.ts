// "Allow this word": adds it to `vocabulary.allow` in the workspace's `.cborc.yaml`
// (created if missing) through a WorkspaceEdit, so the change is visible and undoable.
import * as vscode from 'vscode';

export async function allowWord(uri: vscode.Uri, word: string): Promise<boolean> {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  const base = folder?.uri ?? vscode.Uri.joinPath(uri, '..');
  const target = vscode.Uri.joinPath(base, '.cborc.yaml');
  const edit = new vscode.WorkspaceEdit();
  let text: string | undefined;
  try {
    text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
  } catch {
    text = undefined;
  }
  if (text === undefined) {
    edit.createFile(target, { ignoreIfExists: true });
    edit.insert(target, new vscode.Position(0, 0), `vocabulary:\n  allow:\n    - ${JSON.stringify(word)}\n`);
  } else {
    // Loaded here, not at activation: only this command edits YAML in the host.
    const { parseDocument, isMap, isSeq } = await import('yaml');
    const doc = parseDocument(text);
    if (doc.errors.length) {
      void vscode.window.showWarningMessage(vscode.l10n.t('.cborc.yaml does not parse; fix it before adding words.'));
      return false;
    }
    const vocab = doc.get('vocabulary', true);
    if (!isMap(vocab)) doc.set('vocabulary', doc.createNode({ allow: [word] }));
    else {
      const allow = vocab.get('allow', true);
      if (isSeq(allow)) {
        if (allow.items.some((i) => String((i as { value?: unknown }).value ?? i).toLowerCase() === word.toLowerCase())) return true;
        allow.add(doc.createNode(word));
      } else vocab.set('allow', doc.createNode([word]));
    }
    const opened = await vscode.workspace.openTextDocument(target);
    edit.replace(target, new vscode.Range(0, 0, opened.lineCount, 0), doc.toString());
  }
  return vscode.workspace.applyEdit(edit);
}
