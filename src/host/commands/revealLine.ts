// Reveals a line of a document in the editor (evidence in the plan view), at the column of
// the sentence that matched when one is given (0-based, as the line).
import * as vscode from 'vscode';

export async function revealLine(uri: vscode.Uri, line: number, column = 0): Promise<void> {
  const editor = await vscode.window.showTextDocument(uri, { preview: false });
  const pos = new vscode.Position(Math.max(0, line), Math.max(0, column));
  editor.selection = new vscode.Selection(pos, pos);
  editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
