// "CBO: Open Rule Documentation": pick a rule, read its page (shipped with the extension,
// so it works offline) in the Markdown preview.
import * as vscode from 'vscode';
import { getEngine } from '../engine-loader';

export async function openRuleDocs(extensionUri: vscode.Uri, lang: 'en' | 'ko', ruleId?: string): Promise<vscode.Uri | undefined> {
  let id = ruleId;
  if (!id) {
    const pick = await vscode.window.showQuickPick(
      getEngine().ruleCatalog(lang).map((r) => ({ label: r.id, description: `${r.defaultSeverity} · ${r.scope}`, detail: r.description })),
      { placeHolder: vscode.l10n.t('Which rule?'), matchOnDetail: true },
    );
    id = pick?.label;
  }
  if (!id) return undefined;
  const uri = vscode.Uri.joinPath(extensionUri, 'docs', 'rules', `${id}.md`);
  await vscode.commands.executeCommand('markdown.showPreview', uri);
  return uri;
}
