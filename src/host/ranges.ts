// The one place engine positions become VS Code ranges. The engine counts UTF-16 code
// units from 0, as VS Code does, so this is a wrap, not a conversion.
import * as vscode from 'vscode';
import type { Finding } from '../core/api';

export function findingRange(f: Finding): vscode.Range {
  return new vscode.Range(f.start.line, f.start.character, f.end.line, f.end.character);
}

export function offsetRange(doc: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(doc.positionAt(start), doc.positionAt(end));
}
