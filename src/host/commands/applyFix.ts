// Applies a finding's fix as a snippet in the editor, so the user lands on the first
// blank and can Tab through the rest; one undo step removes it.
import * as vscode from 'vscode';
import type { Fix } from '../../core/api';
import { offsetRange } from '../ranges';

export async function applyFix(uri: vscode.Uri, fix: Fix): Promise<boolean> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc, { preserveFocus: false, preview: false });
  const snippet = new vscode.SnippetString(fix.snippet);
  // The engine wrote the indentation already; VS Code must not add the line's own to it.
  const options = { undoStopBefore: true, undoStopAfter: true, keepWhitespace: true };
  if (fix.kind === 'insert') return editor.insertSnippet(snippet, doc.positionAt(fix.offset), options);
  return editor.insertSnippet(snippet, offsetRange(doc, fix.span.start, fix.span.end), options);
}
