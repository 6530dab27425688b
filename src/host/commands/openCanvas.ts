// "CBO: Open Canvas to the Side".
import * as vscode from 'vscode';
import type { CanvasPanel } from '../panel/canvasPanel';

export async function openCanvas(panel: CanvasPanel, uri?: vscode.Uri): Promise<boolean> {
  const doc = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  panel.open(doc);
  return panel.isOpen;
}
