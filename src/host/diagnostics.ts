// Live diagnostics: lint on open and (debounced) on change, in time slices so a large
// file never blocks the extension host for long; a newer edit abandons older work;
// diagnostics clear when a file closes. Results are kept per document (findings and
// models, never parse trees) for code actions, the status bar and, later, the panel.
import * as vscode from 'vscode';
import type { Finding, Lang, LintCache, LintResult } from '../core/api';
import { ignoredMessage } from '../core/ignore'; // small and pure: the log line cbo check's warning says
import { getEngine } from './engine-loader';
import { inSlices } from '../core/slices'; // small and pure
import { yieldToHost } from './files';
import { inBackground, log } from './log';
import { findingRange } from './ranges';
import { shownIgnoredBy, type Settings } from './settings';

/** Longest stretch the extension host spends linting before it yields. */

interface DocState {
  /** Made on the first lint, so activation never loads the engine. */
  cache?: LintCache;
  token: number;
  /** When the debounce timer fired, for the figure "diagnostics within N ms of the debounce". */
  firedAt?: number;
  timer?: ReturnType<typeof setTimeout>;
  result?: LintResult;
}

export interface LintEvent {
  uri: vscode.Uri;
  result: LintResult;
  /** Milliseconds of engine work and the longest uninterrupted slice, for benchmarks. */
  busyMs: number;
  longestSliceMs: number;
  /** From the debounce timer firing to the diagnostics being set. */
  afterDebounceMs: number;
}

const SEVERITY = { error: vscode.DiagnosticSeverity.Error, warning: vscode.DiagnosticSeverity.Warning, info: vscode.DiagnosticSeverity.Information } as const;

export class DiagnosticsController implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('cbo');
  private readonly states = new Map<string, DocState>();
  private readonly emitter = new vscode.EventEmitter<LintEvent>();
  readonly onDidLint = this.emitter.event;
  /** A document left unlinted because `.cborc.yaml` ignores it (its diagnostics were cleared). */
  private readonly skipped = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidSkip = this.skipped.event;
  /** Ignored files already named in the log, until a config or a setting changes. */
  private readonly saidIgnored = new Set<string>();
  private readonly disposables: vscode.Disposable[] = [this.collection, this.emitter, this.skipped];
  /** The document the canvas shows: its lint keeps the outcome models, so the panel draws from this lint instead of running its own. */
  private modelsFor: string | undefined;

  // The extension folder is no longer needed here: rule links run a command (see toDiagnostic).
  constructor(private readonly settings: Settings, _extensionUri?: vscode.Uri) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => e.contentChanges.length && this.schedule(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      // VS Code keeps a closed editor's document alive for a while; the user closed the file
      // when its last tab went, so that is when its diagnostics go.
      vscode.window.tabGroups.onDidChangeTabs((e) => {
        for (const tab of e.closed) {
          const uri = tab.input instanceof vscode.TabInputText ? tab.input.uri : undefined;
          if (uri && !this.isShown(uri)) this.forget(uri);
        }
      }),
      settings.onDidChange(() => this.relintAll()),
      // A document reopened before VS Code disposed it fires no open event: lint it when shown.
      vscode.window.onDidChangeVisibleTextEditors((editors) => {
        for (const e of editors) if (!this.states.has(e.document.uri.toString())) this.schedule(e.document, 0);
      }),
    );
    for (const d of vscode.workspace.textDocuments) this.schedule(d, 0);
  }

  /**
   * Keep outcome models in the lint results of this document (the one the canvas shows), and
   * of no other. Lints it now and resolves with the result.
   */
  async keepModelsFor(doc: vscode.TextDocument | undefined): Promise<LintResult | undefined> {
    const key = doc?.uri.toString();
    if (key !== this.modelsFor) {
      for (const k of [this.modelsFor, key]) {
        const s = k === undefined ? undefined : this.states.get(k);
        if (s) s.cache = undefined; // rebuilt with the right keepModels on the next lint
      }
      this.modelsFor = key;
    }
    const r = doc && this.resultFor(doc.uri);
    if (!doc || (r && r.outcomes.length === r.outcomeCount)) return r;
    return this.lintNow(doc);
  }

  resultFor(uri: vscode.Uri): LintResult | undefined {
    return this.states.get(uri.toString())?.result;
  }

  /** The finding behind a diagnostic, matched on rule, range and message. */
  findingFor(uri: vscode.Uri, d: vscode.Diagnostic): Finding | undefined {
    const code = typeof d.code === 'object' ? String(d.code.value) : String(d.code);
    return this.resultFor(uri)?.findings.find((f) => f.ruleId === code && f.message === d.message && findingRange(f).isEqual(d.range));
  }

  schedule(doc: vscode.TextDocument, delay = this.settings.section.get<number>('debounceMs', 300)): void {
    if (!this.settings.applies(doc)) return;
    const state = this.state(doc.uri);
    if (state.timer) clearTimeout(state.timer);
    const token = ++state.token;
    state.timer = setTimeout(() => {
      state.firedAt = performance.now();
      inBackground(`Linting ${doc.uri.toString(true)}`, this.run(doc, token));
    }, delay);
  }

  /** Lints now and resolves when the diagnostics are set (commands and tests use this). */
  async lintNow(doc: vscode.TextDocument): Promise<LintResult | undefined> {
    if (!this.settings.applies(doc)) return undefined;
    const state = this.state(doc.uri);
    if (state.timer) clearTimeout(state.timer);
    state.firedAt = performance.now();
    return this.run(doc, ++state.token);
  }

  private state(uri: vscode.Uri): DocState {
    const key = uri.toString();
    let s = this.states.get(key);
    if (!s) {
      s = { token: 0 };
      this.states.set(key, s);
    }
    return s;
  }

  private async run(doc: vscode.TextDocument, token: number): Promise<LintResult | undefined> {
    const state = this.state(doc.uri);
    const stale = () => state.token !== token || doc.isClosed;
    const config = await this.settings.resolve(doc);
    const ignored = await this.settings.ignoredBy(doc.uri);
    if (stale()) return undefined;
    if (ignored) {
      state.result = undefined;
      this.leaveIgnored(doc.uri, ignored, config.lang);
      return undefined;
    }
    const kind = doc.languageId === 'markdown' ? 'markdown' : 'yaml';
    state.cache ??= new (getEngine().LintCache)({ keepModels: this.modelsFor === doc.uri.toString() });
    const steps = getEngine().lintSteps(doc.getText(), kind, config, state.cache);
    let busy = 0;
    let longest = 0;
    const onSlice = (ms: number) => {
      busy += ms;
      longest = Math.max(longest, ms);
    };
    // A newer edit lints again: a stale run stops at its next pause.
    const result = await inSlices(steps, { pause: yieldToHost, stale, onSlice });
    if (!result) return undefined;
    state.result = result;
    this.collection.set(doc.uri, result.findings.map((f) => this.toDiagnostic(f)));
    this.emitter.fire({ uri: doc.uri, result, busyMs: busy, longestSliceMs: longest, afterDebounceMs: performance.now() - (state.firedAt ?? performance.now()) });
    return result;
  }

  /**
   * A file `.cborc.yaml` ignores is left as `cbo check` leaves it: no diagnostics (those it had
   * go), and, as ESLint's extension does, a word only in the log: once, until a config changes.
   */
  leaveIgnored(uri: vscode.Uri, by: { config: vscode.Uri; pattern: string }, lang: Lang): void {
    this.collection.delete(uri);
    const key = uri.toString();
    if (!this.saidIgnored.has(key)) {
      this.saidIgnored.add(key);
      log().info(`${vscode.workspace.asRelativePath(uri)}: ${ignoredMessage(shownIgnoredBy(by), lang)}`);
    }
    this.skipped.fire(uri);
  }

  /** For documents checked without being opened (workspace check). */
  toDiagnosticPublic(f: Finding): vscode.Diagnostic {
    return this.toDiagnostic(f);
  }

  private readonly docsUris = new Map<string, vscode.Uri>();

  private toDiagnostic(f: Finding): vscode.Diagnostic {
    const d = new vscode.Diagnostic(findingRange(f), f.message, SEVERITY[f.severity]);
    d.source = 'cbo';
    let target = this.docsUris.get(f.ruleId);
    if (!target) {
      // The rule's page in the read-only Markdown preview (the command does that), never the
      // raw file inside the extension's folder, which an editor would let the user change.
      target = vscode.Uri.parse(`command:cbo.openRuleDocs?${encodeURIComponent(JSON.stringify([f.ruleId]))}`, true);
      this.docsUris.set(f.ruleId, target);
    }
    d.code = { value: f.ruleId, target };
    return d;
  }

  private isShown(uri: vscode.Uri): boolean {
    const key = uri.toString();
    return vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === key));
  }

  private forget(uri: vscode.Uri): void {
    const s = this.states.get(uri.toString());
    if (s?.timer) clearTimeout(s.timer);
    if (s) s.token++; // a lint still running for this file must not set its diagnostics again
    this.states.delete(uri.toString());
    this.saidIgnored.delete(uri.toString());
    this.collection.delete(uri);
  }

  relintAll(): void {
    this.saidIgnored.clear();
    for (const d of vscode.workspace.textDocuments) {
      const s = this.states.get(d.uri.toString());
      if (!s) continue; // closed files stay closed
      s.cache = undefined;
      this.schedule(d, 0);
    }
    // Closed files keep what Check Workspace found, except those an `ignore:` now leaves out.
    const closed: vscode.Uri[] = [];
    this.collection.forEach((uri) => {
      if (!this.states.has(uri.toString())) closed.push(uri);
    });
    for (const uri of closed) inBackground(`Checking whether ${uri.toString(true)} is ignored`, this.clearIfIgnored(uri));
  }

  private async clearIfIgnored(uri: vscode.Uri): Promise<void> {
    const by = await this.settings.ignoredBy(uri);
    if (by && !this.states.has(uri.toString())) this.leaveIgnored(uri, by, this.settings.lang());
  }

  dispose(): void {
    for (const s of this.states.values()) if (s.timer) clearTimeout(s.timer);
    for (const d of this.disposables) d.dispose();
  }
}
