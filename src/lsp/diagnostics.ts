// Diagnostics on open and change: each document keeps its own LintCache (one entry per
// outcome, as in the extension), so a keystroke re-checks only the outcome it touched. Lint
// runs in slices and yields between them; a newer change abandons older work; closing a
// document clears its diagnostics.
import type { Connection, Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Lang } from '../core/finding';
import { ignoredMessage, type IgnoredBy } from '../core/ignore';
import { LintCache, lintSteps, type LintResult } from '../core/lint';
import { ruleCatalog } from '../core/rules/catalog';
import { inSlices } from '../core/slices';
import { excerpt } from '../core/text/excerpt';
import { fileUri, uriFilePath, uriPath } from './file-uri';
import type { LspSettings } from './settings';

/** Lets the server read the next message between two slices of a lint. */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

const SEVERITY = { error: 1, warning: 2, info: 3 } as const;

interface DocState {
  cache: LintCache;
  token: number;
  timer?: ReturnType<typeof setTimeout>;
  result?: LintResult;
  version?: number;
}

export class LspDiagnostics {
  private readonly states = new Map<string, DocState>();
  /** Rule docs links per language (the catalog's pages are written in both). */
  private readonly docsUrl = new Map<string, Map<string, string>>();
  /** After `shutdown` nothing more is linted or published (LSP: no work after shutdown). */
  private stopped = false;
  /** Ignored documents already named in the log, until the configs are read again. */
  private readonly saidIgnored = new Set<string>();
  /** Documents whose `file:` URI is refused (file-uri.ts), already named in the log. */
  private readonly saidRefused = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly settings: LspSettings,
  ) {}

  /** Findings of the last lint of a document (code actions read them; nothing is recomputed). */
  resultFor(uri: string): LintResult | undefined {
    return this.states.get(uri)?.result;
  }

  known(uri: string): boolean {
    return this.states.has(uri);
  }

  /** The document version the last result belongs to. */
  versionOf(uri: string): number | undefined {
    return this.states.get(uri)?.version;
  }

  schedule(doc: TextDocument, delay = this.settings.debounceMs()): void {
    if (this.stopped) return;
    const kind = this.settings.kindOf(doc.uri, doc.languageId);
    if (!kind) return;
    const state = this.state(doc.uri);
    if (state.timer) clearTimeout(state.timer);
    const token = ++state.token;
    state.timer = setTimeout(() => this.run(doc, token).catch((e: unknown) => this.failed(doc.uri, e)), delay);
  }

  /** Lints now and resolves when the diagnostics were sent. */
  async lintNow(doc: TextDocument): Promise<LintResult | undefined> {
    if (this.stopped || !this.settings.kindOf(doc.uri, doc.languageId)) return undefined;
    const state = this.state(doc.uri);
    if (state.timer) clearTimeout(state.timer);
    return this.run(doc, ++state.token);
  }

  forget(uri: string): void {
    const s = this.states.get(uri);
    if (s?.timer) clearTimeout(s.timer);
    if (s) s.token++;
    this.states.delete(uri);
    this.saidIgnored.delete(uri);
    this.saidRefused.delete(uri);
    if (this.stopped) return;
    this.connection.sendDiagnostics({ uri, diagnostics: [] }).catch((e: unknown) => this.failed(uri, e));
  }

  /** `shutdown`: pending and running lints are dropped, and nothing is published any more. */
  stop(): void {
    this.stopped = true;
    for (const s of this.states.values()) {
      if (s.timer) clearTimeout(s.timer);
      s.token++;
    }
  }

  /** A lint that threw (it should not: the engine answers bad input with findings) is logged, and the server goes on. */
  failed(uri: string, e: unknown): void {
    this.connection.console.error(`cbo: linting ${uri} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  }

  /**
   * Settings, a `.cborc.yaml` or the workspace folders changed: every open document again, with
   * fresh caches. One no longer checked (a `files` glob that named it is gone, or the folder it
   * was relative to) has its diagnostics cleared: they stayed on screen, never updated.
   */
  relintAll(docs: TextDocument[]): void {
    this.saidIgnored.clear();
    for (const d of docs) {
      if (!this.settings.kindOf(d.uri, d.languageId)) {
        if (this.known(d.uri)) this.forget(d.uri);
        continue;
      }
      const s = this.states.get(d.uri);
      if (s) s.cache = new LintCache({ keepModels: false });
      this.schedule(d, 0);
    }
  }

  private state(uri: string): DocState {
    let s = this.states.get(uri);
    if (!s) {
      s = { cache: new LintCache({ keepModels: false }), token: 0 };
      this.states.set(uri, s);
    }
    return s;
  }

  private async run(doc: TextDocument, token: number): Promise<LintResult | undefined> {
    const kind = this.settings.kindOf(doc.uri, doc.languageId);
    const state = this.states.get(doc.uri);
    if (!kind || !state) return undefined;
    const stale = () => this.stopped || this.states.get(doc.uri) !== state || state.token !== token;
    const config = await this.settings.resolve(doc.uri);
    const ignored = await this.settings.ignoredBy(doc.uri);
    if (stale()) return undefined;
    this.sayRefused(doc.uri, config.lang);
    if (ignored) {
      state.result = undefined;
      state.version = doc.version;
      await this.leaveIgnored(doc, ignored, config.lang);
      return undefined;
    }
    const steps = lintSteps(doc.getText(), kind, config, state.cache);
    const result = await inSlices(steps, { pause: nextTurn, stale });
    if (!result) return undefined;
    state.result = result;
    state.version = doc.version;
    await this.connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: result.findings.map((f) => this.toDiagnostic(f, config.lang)) });
    return result;
  }

  /**
   * A document `.cborc.yaml` ignores is left as `cbo check` leaves it: no diagnostics (an empty
   * list, so those it had go), and, as ESLint's extension does, a word only in the log (once,
   * until the configs are read again).
   */
  private async leaveIgnored(doc: TextDocument, by: IgnoredBy, lang: Lang): Promise<void> {
    if (!this.saidIgnored.has(doc.uri)) {
      this.saidIgnored.add(doc.uri);
      const file = uriFilePath(doc.uri);
      this.connection.console.info(`cbo: ${file === undefined ? uriPath(doc.uri) : this.settings.shown(file)}: ${ignoredMessage(by, lang)}`);
    }
    await this.connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: [] });
  }

  /**
   * A document whose `file:` URI is refused (another machine's, an encoded separator) is checked
   * as text, with no `.cborc.yaml` and no quick fix that writes one: said once in the log, as a
   * workspace folder so refused is.
   */
  private sayRefused(uri: string, lang: Lang): void {
    if (this.saidRefused.has(uri)) return;
    const file = fileUri(uri);
    if (!file || 'path' in file) return;
    this.saidRefused.add(uri);
    const shown = JSON.stringify(excerpt(uri));
    this.connection.console.warn(lang === 'ko' ? `cbo: ${shown}: ${file.refused.ko}. .cborc.yaml 없이 텍스트만 검사합니다.` : `cbo: ${shown} ${file.refused.en}: it is checked as text, without a .cborc.yaml.`);
  }

  toDiagnostic(f: Finding, lang: 'en' | 'ko'): Diagnostic {
    let urls = this.docsUrl.get(lang);
    if (!urls) {
      urls = new Map(ruleCatalog(lang).map((r) => [r.id, r.docs]));
      this.docsUrl.set(lang, urls);
    }
    const href = urls.get(f.ruleId);
    return {
      range: { start: f.start, end: f.end },
      severity: SEVERITY[f.severity],
      code: f.ruleId,
      ...(href ? { codeDescription: { href } } : {}),
      source: 'cbo',
      message: f.message,
    };
  }
}

/** The finding behind a diagnostic a client sends back: same rule, range and message. */
export function findingFor(result: LintResult | undefined, d: Diagnostic): Finding | undefined {
  return result?.findings.find(
    (f) => f.ruleId === String(d.code) && f.message === d.message && f.start.line === d.range.start.line && f.start.character === d.range.start.character && f.end.line === d.range.end.line && f.end.character === d.range.end.character,
  );
}
