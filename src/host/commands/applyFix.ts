// Applies a finding's fix as a snippet in the editor, so the user lands on the first
// blank and can Tab through the rest (a fix of plain edits in several places, as one edit);
// one undo step removes it. The file may have changed
// since the quick fix was offered (the debounce window): lint it again first and take the
// same finding's fix at its current offset, or do nothing if the problem is gone.
import * as vscode from 'vscode';
import type { Fix } from '../../core/api';
import type { DiagnosticsController } from '../diagnostics';
import { offsetRange } from '../ranges';

export interface FixTarget {
  ruleId: string;
  message: string;
  /** Offset of the finding when the fix was offered, to tell apart findings with the same message. */
  start: number;
}

export async function applyFix(diagnostics: DiagnosticsController, uri: vscode.Uri, offered: Fix, target?: FixTarget): Promise<boolean> {
  const doc = await vscode.workspace.openTextDocument(uri);
  let fix: Fix | undefined = offered;
  if (target) {
    const fresh = await diagnostics.lintNow(doc);
    const same = (fresh?.findings ?? []).filter((f) => f.ruleId === target.ruleId && f.message === target.message && f.fix?.title === offered.title);
    same.sort((a, b) => Math.abs(a.span.start - target.start) - Math.abs(b.span.start - target.start));
    fix = same[0]?.fix;
    if (!fix) return false;
  }
  const editor = await vscode.window.showTextDocument(doc, { preserveFocus: false, preview: false });
  // Plain text in several places (no tab stops to land on): one edit, so one undo step takes it all back.
  if (fix.kind === 'edits') {
    const edits = fix.edits;
    return editor.edit((b) => {
      for (const e of edits) b.replace(offsetRange(doc, e.span.start, e.span.end), e.text);
    }, { undoStopBefore: true, undoStopAfter: true });
  }
  const snippet = new vscode.SnippetString(fix.snippet);
  // The engine wrote the indentation already; VS Code must not add the line's own to it.
  const options = { undoStopBefore: true, undoStopAfter: true, keepWhitespace: true };
  if (fix.kind === 'insert') return editor.insertSnippet(snippet, doc.positionAt(fix.offset), options);
  return editor.insertSnippet(snippet, offsetRange(doc, fix.span.start, fix.span.end), options);
}
