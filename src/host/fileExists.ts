// Whether a file exists, through workspace.fs (so it works in the browser build too).
import * as vscode from 'vscode';
import { isNotFound, logError } from './log';

export async function fileExists(u: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(u);
    return true;
  } catch (err) {
    if (isNotFound(err)) return false;
    // Cannot tell (permissions, a remote gone away): the write that follows reports its own failure.
    logError(`cannot check whether ${u.toString(true)} exists`, err);
    return false;
  }
}
