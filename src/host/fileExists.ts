// Whether a file exists, through workspace.fs (so it works in the browser build too).
import * as vscode from 'vscode';

export async function fileExists(u: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(u);
    return true;
  } catch {
    return false;
  }
}
