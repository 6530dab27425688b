// Wires the portfolio (store, tree view, webview, commands) into the extension in one call,
// so extension.ts gains two lines and the feature stays in this folder.
import * as vscode from 'vscode';
import { COMMANDS } from '../commands/ids';
import type { DiagnosticsController } from '../diagnostics';
import type { Settings } from '../settings';
import { exportPortfolio, PortfolioPanel } from './panel';
import { PortfolioStore } from './store';
import { PortfolioTree, type GroupBy } from './tree';

export interface PortfolioApi {
  store: PortfolioStore;
  tree: PortfolioTree;
  panel: PortfolioPanel;
  /** For tests: export without the pickers. */
  export(format: 'md' | 'html', target: vscode.Uri, overwrite: boolean): Promise<vscode.Uri | undefined>;
}

export function registerPortfolio(context: vscode.ExtensionContext, settings: Settings, diagnostics: DiagnosticsController): PortfolioApi {
  const store = new PortfolioStore(settings, diagnostics);
  const tree = new PortfolioTree(store, settings);
  const panel = new PortfolioPanel(context.extensionUri, settings, store);
  void vscode.commands.executeCommand('setContext', 'cbo.portfolioGroupBy', tree.grouping);
  context.subscriptions.push(
    store,
    tree,
    panel,
    vscode.window.registerTreeDataProvider('cbo.portfolio', tree),
    vscode.commands.registerCommand(COMMANDS.openPortfolio, () => panel.open()),
    vscode.commands.registerCommand(COMMANDS.refreshPortfolio, () => store.refresh()),
    vscode.commands.registerCommand(COMMANDS.portfolioGroupBy, async (g?: GroupBy) => {
      const choice =
        g ??
        (
          await vscode.window.showQuickPick(
            [
              { label: vscode.l10n.t('Account'), g: 'account' as const },
              { label: vscode.l10n.t('Category'), g: 'category' as const },
              { label: vscode.l10n.t('Status'), g: 'status' as const },
            ],
            { placeHolder: vscode.l10n.t('Group the portfolio by') },
          )
        )?.g;
      if (choice === 'account' || choice === 'category' || choice === 'status') tree.setGrouping(choice);
    }),
  );
  return { store, tree, panel, export: (format, target, overwrite) => exportPortfolio(store, settings.lang(), format, target, overwrite) };
}
