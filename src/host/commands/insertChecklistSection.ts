// "Insert section" on a missing checklist item: the item's skeleton, as a snippet, where
// it belongs in the plan's outline; then the check runs again so coverage updates.
import * as vscode from 'vscode';
import type { ItemResult } from '../../core/api';
import type { PlanView } from '../planView';

export async function insertChecklistSection(view: PlanView, item: ItemResult | undefined, recheck: (uri: vscode.Uri) => Promise<unknown>): Promise<boolean> {
  if (!item || !view.uri) return false;
  const doc = await vscode.workspace.openTextDocument(view.uri);
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  const ok = await editor.insertSnippet(new vscode.SnippetString(item.insert.snippet), doc.positionAt(item.insert.offset), { undoStopBefore: true, undoStopAfter: true, keepWhitespace: true });
  await recheck(doc.uri);
  return ok;
}
