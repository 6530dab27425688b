// Activation: wires the engine to VS Code. Nothing heavy happens here; the engine bundle
// loads on the first CBO document. Every disposable is registered with the context.
import * as vscode from 'vscode';
import { CboCodeActions } from './codeActions';
import { allowWord, type AskAfterAllow } from './commands/allowWord';
import { applyFix } from './commands/applyFix';
import { checkFile } from './commands/checkFile';
import { checkPlan } from './commands/checkPlan';
import { checkPlans } from './commands/checkPlans';
import { exportReport, type ExportOptions } from './commands/exportReport';
import { openCanvas } from './commands/openCanvas';
import { insertChecklistSection } from './commands/insertChecklistSection';
import { revealLine } from './commands/revealLine';
import { checkWorkspace } from './commands/checkWorkspace';
import { COMMANDS } from './commands/ids';
import { newCbo } from './commands/newCbo';
import { newCboGuided, type GuidedIo } from './commands/newCboGuided';
import { storeAccounts } from './commands/guidedAccount';
import { openRuleDocs } from './commands/openRuleDocs';
import { showProblems } from './commands/showProblems';
import { CboCompletion } from './completion';
import { DiagnosticsController, type LintEvent } from './diagnostics';
import { engineLoaded } from './engine-loader';
// The Node build takes its engine from the web bundle's, on first use (engine-loader.ts).
export { getEngine as cboEngine } from './engine-loader';
import { CboOutline } from './outline';
import { CboHover } from './hover';
import { log, logDisposable } from './log';
import { Settings } from './settings';
import { CANVAS_VIEW_TYPE, CanvasPanel } from './panel/canvasPanel';
import { keepPlanCheckLive } from './planLive';
import { PlanView } from './planView';
import { registerPortfolio, type PortfolioApi } from './portfolio/register';
import { isWebHost } from './platform';
import { HealthStatus } from './statusBar';

/** What the extension exports: used by its integration tests and by sibling features. */
export interface CboGuideApi {
  diagnostics: DiagnosticsController;
  settings: Settings;
  stats: { activateMs: number; engineLoadedAtActivation: boolean; webHost: boolean };
  planView: PlanView;
  canvas: CanvasPanel;
  /** For tests: export with the target and the overwrite answer given up front. */
  exportReport(uri: vscode.Uri, opts: ExportOptions): Promise<vscode.Uri[]>;
  onDidLint: vscode.Event<LintEvent>;
  portfolio: PortfolioApi;
  /** Folder of the "CBO Guide" log (the output channel's file is in it), for tests. */
  logUri: vscode.Uri;
  /** For tests: "Allow this word", with the answer to the message that follows. */
  allowWord(uri: vscode.Uri, word: string, ask: AskAfterAllow): Promise<boolean>;
  /** For tests: the guided flow with scripted answers. */
  newCboGuided(io: GuidedIo, target: 'yaml' | 'markdown'): Promise<vscode.Uri | undefined>;
}

export function activate(context: vscode.ExtensionContext): CboGuideApi {
  const t0 = performance.now();
  context.subscriptions.push(logDisposable());
  log().info(`CBO Guide ${String(context.extension.packageJSON.version)} activated`);
  const settings = new Settings();
  const diagnostics = new DiagnosticsController(settings, context.extensionUri);
  // vscode-vfs: github.dev and vscode.dev's repositories, read by the web build.
  const schemes = ['file', 'untitled', 'vscode-remote', 'vscode-vfs'];
  const selector: vscode.DocumentSelector = schemes.flatMap((scheme) => [{ language: 'yaml', scheme }, { language: 'markdown', scheme }]);
  const cmd = (id: string, fn: (...args: never[]) => unknown) => vscode.commands.registerCommand(id, fn);
  const planView = new PlanView();
  const recheck = (uri?: vscode.Uri) => checkPlan(settings, planView, uri);
  const canvas = new CanvasPanel(context.extensionUri, settings, diagnostics);
  context.subscriptions.push(
    settings,
    diagnostics,
    new HealthStatus(diagnostics),
    vscode.languages.registerCodeActionsProvider(selector, new CboCodeActions(diagnostics, settings), { providedCodeActionKinds: CboCodeActions.kinds }),
    vscode.languages.registerHoverProvider(selector, new CboHover(settings)),
    vscode.languages.registerCompletionItemProvider(schemes.map((scheme) => ({ language: 'yaml', scheme })), new CboCompletion(settings), ':', ' '),
    vscode.languages.registerDocumentSymbolProvider(schemes.map((scheme) => ({ language: 'yaml', scheme })), new CboOutline(settings), { label: 'CBO Guide' }),
    cmd(COMMANDS.checkFile, () => checkFile(diagnostics, settings)),
    cmd(COMMANDS.checkWorkspace, () => checkWorkspace(settings, diagnostics)),
    cmd(COMMANDS.newCbo, () => newCbo()),
    // The account step offers the accounts the portfolio's store reads (registered below; read on first use).
    cmd(COMMANDS.newCboGuided, () => newCboGuided(settings, undefined, undefined, () => storeAccounts(portfolio.store))),
    cmd(COMMANDS.openRuleDocs, (ruleId?: string) => openRuleDocs(context.extensionUri, settings.lang(), ruleId)),
    cmd(COMMANDS.showProblems, () => showProblems()),
    cmd(COMMANDS.applyFix, (uri: vscode.Uri, fix: Parameters<typeof applyFix>[2], target?: Parameters<typeof applyFix>[3]) => applyFix(diagnostics, uri, fix, target)),
    cmd(COMMANDS.allowWord, (uri: vscode.Uri, word: string) => allowWord(settings, uri, word)),
    planView.register(),
    keepPlanCheckLive(settings, planView),
    cmd(COMMANDS.checkPlan, (uri?: vscode.Uri) => recheck(uri)),
    cmd(COMMANDS.checkPlans, () => checkPlans(settings)),
    cmd(COMMANDS.insertChecklistSection, (node: Parameters<typeof PlanView.itemOf>[0]) => insertChecklistSection(planView, PlanView.itemOf(node), recheck)),
    cmd(COMMANDS.revealLine, (uri: vscode.Uri, line: number, column?: number) => revealLine(uri, line, column)),
    canvas,
    cmd(COMMANDS.openCanvas, (uri?: vscode.Uri) => openCanvas(canvas, uri instanceof vscode.Uri ? uri : undefined)),
    cmd(COMMANDS.pinCanvas, () => canvas.setPinned(!canvas.pinned)),
    // The command takes no options: whoever calls it, the user is asked before an overwrite.
    cmd(COMMANDS.exportReport, (uri?: vscode.Uri) => exportReport(settings, uri instanceof vscode.Uri ? uri : undefined)),
    vscode.window.registerWebviewPanelSerializer(CANVAS_VIEW_TYPE, {
      deserializeWebviewPanel: (panel, state) => canvas.restore(panel, state as Parameters<CanvasPanel['restore']>[1]),
    }),
  );
  const portfolio = registerPortfolio(context, settings, diagnostics);
  return {
    portfolio,
    diagnostics,
    settings,
    onDidLint: diagnostics.onDidLint,
    planView,
    canvas,
    exportReport: (uri: vscode.Uri, opts: ExportOptions) => exportReport(settings, uri, opts),
    logUri: context.logUri,
    newCboGuided: (io: GuidedIo, target: 'yaml' | 'markdown') => newCboGuided(settings, io, target),
    allowWord: (uri: vscode.Uri, word: string, ask: AskAfterAllow) => allowWord(settings, uri, word, ask),
    stats: { activateMs: performance.now() - t0, engineLoadedAtActivation: engineLoaded(), webHost: isWebHost },
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
