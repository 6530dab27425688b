// The "CBO Portfolio" tree: outcomes grouped by account, category or status; each outcome
// opens its file at its line. Built from the PortfolioStore, so it follows every edit.
import * as vscode from 'vscode';
import type { PortfolioOutcome } from '../../core/api';
import { getEngine } from '../engine-loader';
import type { Settings } from '../settings';
import { COMMANDS } from '../commands/ids';
import type { PortfolioStore } from './store';

export type GroupBy = 'account' | 'category' | 'status';

type Node = { kind: 'group'; label: string; rows: { row: PortfolioOutcome; uri: vscode.Uri }[] } | { kind: 'outcome'; row: PortfolioOutcome; uri: vscode.Uri };

// 'achieved-late': at target only after the deadline, which outcome achievement does not count
// (row.reachedLate), so its own group and mark, not among the achieved.
const STATUS_ORDER = ['off-track', 'at-risk', 'no-data', 'achieved-late', 'on-track', 'achieved'];
const ICON: Record<string, [string, string]> = {
  achieved: ['pass-filled', 'testing.iconPassed'],
  'achieved-late': ['pass', 'list.warningForeground'],
  'on-track': ['pass', 'testing.iconPassed'],
  'at-risk': ['warning', 'list.warningForeground'],
  'off-track': ['error', 'list.errorForeground'],
  'no-data': ['circle-outline', 'descriptionForeground'],
};

/** The status a row is grouped and marked by: its progress's, or 'achieved-late'. */
function statusKey(row: PortfolioOutcome): string {
  return row.reachedLate ? 'achieved-late' : row.status;
}

export class PortfolioTree implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private groupBy: GroupBy = 'account';
  private readonly sub: vscode.Disposable;

  constructor(private readonly store: PortfolioStore, private readonly settings: Settings) {
    this.sub = store.onDidChange(() => this.emitter.fire(undefined));
  }

  get grouping(): GroupBy {
    return this.groupBy;
  }

  setGrouping(g: GroupBy): void {
    this.groupBy = g;
    void vscode.commands.executeCommand('setContext', 'cbo.portfolioGroupBy', g);
    this.emitter.fire(undefined);
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (node) return node.kind === 'group' ? node.rows.map((r) => ({ kind: 'outcome', ...r })) : [];
    await this.store.ensureLoaded();
    const { portfolio, entries } = this.store.portfolio();
    const w = getEngine().REPORT_WORDS[this.settings.lang()];
    const groups = new Map<string, { row: PortfolioOutcome; uri: vscode.Uri }[]>();
    const uris = new Map(entries.map((x) => [x.name, x.uri]));
    for (const row of portfolio.outcomes) {
      const uri = uris.get(row.file);
      if (!uri) continue;
      const key =
        this.groupBy === 'account' ? (row.account ?? '')
        : this.groupBy === 'category' ? (row.category ?? '')
        : statusKey(row);
      const g = groups.get(key);
      if (g) g.push({ row, uri });
      else groups.set(key, [{ row, uri }]);
    }
    const label = (k: string) =>
      this.groupBy === 'status' ? (k === 'achieved-late' ? w.statusLate : w.statusWords[k as PortfolioOutcome['status']])
      : this.groupBy === 'category' ? (k ? getEngine().categoryShown(this.settings.lang(), k) : vscode.l10n.t('(no category)'))
      : k || w.noAccount;
    const keys = [...groups.keys()].sort((a, b) => (this.groupBy === 'status' ? STATUS_ORDER.indexOf(a) - STATUS_ORDER.indexOf(b) : a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)));
    return keys.map((k) => ({ kind: 'group', label: label(k), rows: groups.get(k)! }));
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.description = String(node.rows.length);
      item.contextValue = 'cboPortfolioGroup';
      return item;
    }
    const { row, uri } = node;
    const e = getEngine();
    const lang = this.settings.lang();
    const w = e.REPORT_WORDS[lang];
    const item = new vscode.TreeItem(row.title || w.untitled, vscode.TreeItemCollapsibleState.None);
    const value = row.roi ? e.formatMoney(row.roi.claimedMinor, row.roi.currency, e.localeFor(lang)) : '';
    item.description = [row.reachedLate ? w.statusLate : w.statusWords[row.status], value].filter(Boolean).join(' · ');
    item.tooltip = `${row.file}:${row.line}`;
    const [icon, color] = ICON[statusKey(row)]!;
    item.iconPath = new vscode.ThemeIcon(icon, new vscode.ThemeColor(color));
    // No resourceUri: VS Code would decorate every outcome with its whole file's problem count
    // and colour, so a healthy outcome beside a vague one in the same plan showed a red "5".
    item.contextValue = 'cboPortfolioOutcome';
    item.command = { command: COMMANDS.revealLine, title: vscode.l10n.t('Open at the outcome'), arguments: [uri, row.line - 1] };
    return item;
  }

  dispose(): void {
    this.sub.dispose();
    this.emitter.dispose();
  }
}
