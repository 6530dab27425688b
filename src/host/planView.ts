// The "CBO Plan Check" view: every item of the chosen checklists as found, partial or
// missing, with coverage per checklist. Evidence lines reveal the text in the editor;
// missing items offer "Insert section".
import * as vscode from 'vscode';
import type { ChecklistResult, ItemResult, PlanResult } from '../core/api';
import { COMMANDS } from './commands/ids';
import { resolveParticles } from '../core/text/josa';

type Node =
  | { kind: 'checklist'; c: ChecklistResult }
  | { kind: 'item'; c: ChecklistResult; i: ItemResult }
  | { kind: 'evidence'; i: ItemResult; line: number; column: number; text: string }
  | { kind: 'tasks'; heading: string; line: number; done: number; total: number };

const STATUS = (): Record<ItemResult['status'], string> => ({ found: vscode.l10n.t('found'), partial: vscode.l10n.t('partial'), missing: vscode.l10n.t('missing') });

/**
 * What a person needs on hover: the item, its checklist, its status and the evidence, never
 * internal ids; for an item not found in full, what the plan should say about it (the hint,
 * already in the plan's language) before the way to add it.
 */
function itemTooltip(c: ChecklistResult, i: ItemResult): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.appendText(`${i.title}\n`);
  md.appendText(`${c.title} · ${STATUS()[i.status]}${i.required ? '' : ' · ' + vscode.l10n.t('optional')}\n`);
  for (const e of i.evidence.slice(0, 3)) md.appendText(`\n${vscode.l10n.t('line {0}: {1}', e.line, e.text)}`);
  if (i.status === 'found') return md;
  if (i.hint) md.appendText(`\n${i.hint}\n`);
  md.appendText(`\n${vscode.l10n.t('Use the insert button to add a section for it.')}`);
  return md;
}

const ICON = { found: new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed')), partial: new vscode.ThemeIcon('circle-large-outline', new vscode.ThemeColor('list.warningForeground')), missing: new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground')) };

export class PlanView implements vscode.TreeDataProvider<Node> {
  private readonly emitter = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  uri: vscode.Uri | undefined;
  result: PlanResult | undefined;
  private tree: vscode.TreeView<Node> | undefined;

  /**
   * Creates the view. Its description names the plan the results belong to, and a message
   * says so when another Markdown file is active: the results stay (a person may be reading
   * the plan beside its notes) but never pass for the other file's.
   */
  register(): vscode.Disposable {
    this.tree = vscode.window.createTreeView('cbo.plan', { treeDataProvider: this });
    return vscode.Disposable.from(this.tree, vscode.window.onDidChangeActiveTextEditor(() => this.label()));
  }

  show(uri: vscode.Uri, result: PlanResult): void {
    this.uri = uri;
    this.result = result;
    this.emitter.fire(undefined);
    this.label();
  }

  /** The view's description and message, exposed for tests. */
  get heading(): { description?: string; message?: string } {
    return { description: this.tree?.description, message: this.tree?.message };
  }

  private label(): void {
    if (!this.tree || !this.uri) return;
    const shown = vscode.workspace.asRelativePath(this.uri);
    this.tree.description = shown;
    const active = vscode.window.activeTextEditor?.document;
    const other = active && active.languageId === 'markdown' && active.uri.toString() !== this.uri.toString();
    this.tree.message = other ? resolveParticles(vscode.l10n.t('These results are for {0}. Run "Check Plan Against Framework" to check {1}.', shown, vscode.workspace.asRelativePath(active.uri))) : undefined;
  }

  getChildren(node?: Node): Node[] {
    const r = this.result;
    if (!r) return [];
    if (!node) return [...r.checklists.map((c) => ({ kind: 'checklist' as const, c })), ...r.tasks.map((t) => ({ kind: 'tasks' as const, ...t }))];
    if (node.kind === 'checklist') return node.c.items.map((i) => ({ kind: 'item' as const, c: node.c, i }));
    if (node.kind === 'item') return node.i.evidence.map((e) => ({ kind: 'evidence' as const, i: node.i, line: e.line, column: e.column, text: e.text }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'checklist') {
      // Folded, so every checklist and its coverage is in view at once; unfold one to see its items.
      const t = new vscode.TreeItem(node.c.title, vscode.TreeItemCollapsibleState.Collapsed);
      t.description = vscode.l10n.t('{0}% covered', Math.round(node.c.coverage * 100));
      t.tooltip = vscode.l10n.t('{0}: {1} of {2} items found', node.c.title, node.c.items.filter((i) => i.status === 'found').length, node.c.items.length);
      t.id = `c:${node.c.id}`;
      return t;
    }
    if (node.kind === 'tasks') {
      const t = new vscode.TreeItem(vscode.l10n.t('Tasks under "{0}": {1}/{2} done', node.heading, node.done, node.total));
      t.iconPath = new vscode.ThemeIcon('checklist');
      t.command = this.reveal(node.line);
      return t;
    }
    if (node.kind === 'item') {
      const i = node.i;
      const t = new vscode.TreeItem(i.title, i.evidence.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
      t.id = `i:${node.c.id}/${i.id}`;
      t.iconPath = ICON[i.status];
      t.description = `${i.status === 'found' ? vscode.l10n.t('found') : i.status === 'partial' ? vscode.l10n.t('partial') : vscode.l10n.t('missing')}${i.required ? '' : ' · ' + vscode.l10n.t('optional')}`;
      t.contextValue = i.status === 'found' ? 'cboItemFound' : 'cboItemOpen';
      t.tooltip = itemTooltip(node.c, i);
      if (i.evidence[0]) t.command = this.reveal(i.evidence[0].line, i.evidence[0].column);
      return t;
    }
    const t = new vscode.TreeItem(vscode.l10n.t('line {0}: {1}', node.line, node.text));
    t.iconPath = new vscode.ThemeIcon('go-to-file');
    t.command = this.reveal(node.line, node.column);
    return t;
  }

  /** Opens the plan at a 1-based line and column (the sentence that matched, not its paragraph's start). */
  private reveal(line: number, column = 1): vscode.Command {
    return { command: COMMANDS.revealLine, title: '', arguments: [this.uri, line - 1, column - 1] };
  }

  /** The item behind a tree node, for "insert section". */
  static itemOf(node: Node | undefined): ItemResult | undefined {
    return node?.kind === 'item' ? node.i : undefined;
  }
}
