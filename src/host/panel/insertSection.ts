// "Add the business context" and the canvas's other section links: the section's skeleton,
// inserted as a snippet (one undoable edit the user asked for) where the outcome ends, in the
// outcome's own syntax. The document is read afresh first, so an edit made since the panel
// was drawn cannot misplace it.
import * as vscode from 'vscode';
import type { CanvasSection } from '../../core/api';
import { getEngine } from '../engine-loader';
import type { Settings } from '../settings';

export async function insertSection(settings: Settings, doc: vscode.TextDocument, outcome: number, section: CanvasSection): Promise<boolean> {
  const e = getEngine();
  const config = await settings.resolve(doc);
  const kind = doc.languageId === 'markdown' ? 'markdown' : 'yaml';
  const o = e.parseDocument(doc.getText(), kind, config.lang).doc.outcomes[outcome];
  const ins = o && e.sectionInsert(o, section, config.lang);
  if (!ins) {
    void vscode.window.showInformationMessage(vscode.l10n.t('This section cannot be added here automatically; add it to the outcome by hand.'));
    return false;
  }
  const column = vscode.window.visibleTextEditors.find((x) => x.document === doc)?.viewColumn ?? vscode.ViewColumn.One;
  const editor = await vscode.window.showTextDocument(doc, { viewColumn: column, preserveFocus: false });
  const at = doc.positionAt(ins.offset);
  return editor.insertSnippet(new vscode.SnippetString(ins.snippet), at);
}
