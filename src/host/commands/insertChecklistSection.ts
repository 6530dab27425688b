// "Insert section" on a missing checklist item: the item's skeleton, as a snippet, where
// it belongs in the plan's outline; then the check runs again so coverage updates.
import * as vscode from 'vscode';
import type { ItemResult } from '../../core/api';
import type { PlanView } from '../planView';

export async function insertChecklistSection(view: PlanView, picked: ItemResult | undefined, recheck: (uri: vscode.Uri) => Promise<unknown>): Promise<boolean> {
  if (!picked || !view.uri) return false;
  // The plan may have changed since the view was filled: check again, then find the item.
  await recheck(view.uri);
  const item = view.result?.checklists.flatMap((c) => c.items).find((i) => i.id === picked.id && i.group === picked.group);
  if (!item) return false;
  const doc = await vscode.workspace.openTextDocument(view.uri);
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  const ok = await editor.insertSnippet(new vscode.SnippetString(item.insert.snippet), doc.positionAt(item.insert.offset), { undoStopBefore: true, undoStopAfter: true, keepWhitespace: true });
  await recheck(doc.uri);
  return ok;
}
