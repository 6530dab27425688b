// Reveals a line of a document in the editor (evidence in the plan view).
import * as vscode from 'vscode';

export async function revealLine(uri: vscode.Uri, line: number): Promise<void> {
  const editor = await vscode.window.showTextDocument(uri, { preview: false });
  const pos = new vscode.Position(Math.max(0, line), 0);
  editor.selection = new vscode.Selection(pos, pos);
  editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
