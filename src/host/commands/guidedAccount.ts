// The account step of "CBO: New CBO (Guided)": a quick pick of the accounts the workspace's CBO
// files already name, the name being typed as a new one, and "No account" with what leaving it
// out costs in the portfolio. The names come from the portfolio's store, which only reads the
// files (workspace.fs), so the step offers them in Restricted Mode and on the web too.
import * as vscode from 'vscode';
import type { ResolvedConfig } from '../../core/api';
import type { GuidedQuestion } from '../../core/guided-questions';
import { getEngine } from '../engine-loader';
import { inBackground } from '../log';
import { settleOnce } from './settleOnce';
import type { PortfolioStore } from '../portfolio/store';

/** The accounts the workspace's outcomes name, most used first (read once with the portfolio). */
export async function storeAccounts(store: PortfolioStore): Promise<string[]> {
  await store.ensureLoaded();
  const named: (string | undefined)[] = [];
  for (const entry of store.list()) for (const o of entry.outcomes) named.push(o.account?.value);
  return getEngine().accountSuggestions(named);
}

interface Item extends vscode.QuickPickItem {
  /** The answer the item gives ('' for none); absent on a separator. */
  account?: string;
}

/** Resolves with the account chosen or typed ('' for none), or undefined when cancelled. */
export function askAccount(title: string, q: GuidedQuestion, config: ResolvedConfig, accounts: () => Promise<string[]>): Promise<string | undefined> {
  const e = getEngine();
  const pick = vscode.window.createQuickPick<Item>();
  pick.title = title;
  pick.placeholder = `${q.prompt} (${q.example})`;
  pick.ignoreFocusOut = true;
  let known: string[] = [];
  // What an empty answer costs, said where it is chosen (the same note `cbo new` gives).
  const none: Item = { label: vscode.l10n.t('No account'), detail: e.judgeStep('account', { account: '' }, config)?.message ?? '', account: '', alwaysShow: true };
  const render = () => {
    const typed = pick.value.trim();
    const items: Item[] = [];
    if (typed && !known.includes(typed)) {
      const j = e.judgeStep('account', { account: typed }, config, known);
      items.push({ label: typed, description: vscode.l10n.t('a new account'), ...(j ? { detail: j.message } : {}), account: typed, alwaysShow: true });
    }
    if (known.length) items.push({ label: vscode.l10n.t('Accounts in this workspace'), kind: vscode.QuickPickItemKind.Separator });
    for (const k of known) items.push({ label: k, account: k });
    items.push({ label: '', kind: vscode.QuickPickItemKind.Separator }, none);
    pick.items = items;
    // Another spelling of a known account ("harbor foods"): Enter takes the workspace's; the
    // typed one stays a choice, its warning shown under it.
    const same = typed ? e.otherSpelling(typed, known) : undefined;
    const match = same === undefined ? undefined : items.find((i) => i.account === same);
    if (match) pick.activeItems = [match];
  };
  return new Promise<string | undefined>((resolve) => {
    const { done, settled } = settleOnce(resolve, pick);
    pick.onDidChangeValue(render);
    pick.onDidAccept(() => {
      const item = pick.activeItems[0];
      if (item?.account !== undefined) done(item.account);
    });
    pick.onDidHide(() => done(undefined));
    render();
    pick.busy = true;
    pick.show();
    // The workspace is read while the pick is open: the names join the list when they are known.
    inBackground(
      'New CBO (Guided): reading the workspace\'s accounts',
      accounts()
        .then((list) => {
          if (settled()) return;
          known = list;
          render();
        })
        .finally(() => {
          if (!settled()) pick.busy = false;
        }),
    );
  });
}
