// The workspace's portfolio: every CBO file's outcomes, read once when the portfolio is first
// shown, then kept current one file at a time. When the diagnostics lint a file (their
// onDidLint event, after every edit) only that file's outcomes are rebuilt, from the text the
// editor already holds; the workspace is never read again for an edit. Files created or
// deleted on disk are picked up by a watcher, also one at a time. A file's errors are those the
// Problems panel shows for it: the diagnostics' findings after an edit, the same lint (same config)
// for a file read from disk. A file a `.cborc.yaml` `ignore:` leaves out is not in it, as in
// `cbo portfolio`; when a config changes, files come and go by its `ignore:` alone.
import * as vscode from 'vscode';
import { inBackground, isNotFound, logError } from '../log';
import type { CsvNote, Finding, IgnoredBy, LeftOut, Outcome, Portfolio, RawFinding } from '../../core/api';
import type { DiagnosticsController } from '../diagnostics';
import { getEngine } from '../engine-loader';
import { shownIgnoredBy, type Settings } from '../settings';
import { readCsvMeasurements } from './csv';

export interface PortfolioEntry {
  uri: vscode.Uri;
  /** Workspace-relative name, as shown. */
  name: string;
  outcomes: Outcome[];
  lineOf: (offset: number) => number;
  problems: (CsvNote & { uri: vscode.Uri })[];
  /** Outcomes with an error in Problems: the value story holds none of them up as its best. */
  withErrors?: ReadonlySet<Outcome>;
}

const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'out', '.cache', '.vscode-test']);

export class PortfolioStore implements vscode.Disposable {
  private readonly entries = new Map<string, PortfolioEntry>();
  /**
   * Files in scope that a `.cborc.yaml` `ignore:` leaves out, as `cbo portfolio` does, with the
   * config (as shown) and pattern: read again when one no longer does, and counted (leftOut).
   */
  private readonly ignored = new Map<string, { uri: vscode.Uri; by: IgnoredBy }>();
  private loading: Promise<void> | undefined;
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  /** For tests and the benchmark note: whole-workspace reads, and one-file updates. */
  readonly stats = { fullReads: 0, fileUpdates: 0 };

  constructor(private readonly settings: Settings, diagnostics: DiagnosticsController) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{yaml,yml,md,markdown}');
    this.disposables.push(
      watcher,
      diagnostics.onDidLint((e) => {
        if (!this.loading) return; // nothing shown yet: nothing to keep current
        const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === e.uri.toString());
        // The findings the diagnostics just made: the file's errors without a second lint.
        if (doc && this.inScope(doc.uri)) void this.update(doc.uri, doc.getText(), e.result.findings).catch(() => undefined);
      }),
      watcher.onDidCreate((u) => this.loading && this.inScope(u) && void this.update(u).catch(() => undefined)),
      watcher.onDidDelete((u) => {
        this.ignored.delete(u.toString());
        if (this.entries.delete(u.toString())) this.emitter.fire();
      }),
      // A `.cborc.yaml` or a `cbo.*` setting changed: its `ignore:` may take files out or give them
      // back, its rules change which files have errors, `cbo.lang` the notes' language and
      // `cbo.today` every rate, so the files already known are read again (no workspace walk).
      settings.onDidChange(() => {
        if (this.loading) inBackground('Portfolio: reading the files again with the new settings', this.rereadKnown());
      }),
    );
  }

  private patterns(): string[] {
    const globs = this.settings.section.get<string[]>('files', ['**/*.cbo.yaml', '**/*.cbo.yml']);
    return this.settings.section.get<boolean>('markdown.enable', true) ? [...globs, '**/*.md'] : globs;
  }

  private inScope(u: vscode.Uri): boolean {
    if (u.scheme !== 'file' && u.scheme !== 'vscode-remote' && u.scheme !== 'vscode-vfs') return false;
    if (/\/(node_modules|\.git|dist)\//.test(u.path)) return false;
    return /\.cbo\.ya?ml$/i.test(u.path) || (this.settings.section.get<boolean>('markdown.enable', true) && /\.(md|markdown)$/i.test(u.path));
  }

  /** Reads the workspace once (later calls wait for the same read). */
  ensureLoaded(): Promise<void> {
    this.loading ??= this.readAll();
    return this.loading;
  }

  /** Reads the whole workspace again (the view's refresh button). */
  async refresh(): Promise<void> {
    this.loading = this.readAll();
    await this.loading;
  }

  private async readAll(): Promise<void> {
    this.stats.fullReads++;
    const uris = await this.listFiles();
    this.entries.clear();
    this.ignored.clear();
    for (const u of uris) await this.read(u);
    this.emitter.fire();
  }

  /**
   * The CBO files of every workspace folder, by walking it through workspace.fs. Not
   * findFiles: just after start-up the search service can answer with nothing, and a
   * portfolio that silently misses files is worse than a slower listing.
   */
  private async listFiles(): Promise<vscode.Uri[]> {
    const res = this.patterns().map((g) => getEngine().globToRegExp(g));
    const out: vscode.Uri[] = [];
    const walk = async (dir: vscode.Uri, rel: string, depth: number): Promise<void> => {
      if (depth > 32) return;
      let items: [string, vscode.FileType][];
      try {
        items = await vscode.workspace.fs.readDirectory(dir);
      } catch (err) {
        logError(`Portfolio: cannot list ${dir.toString(true)}; its CBO files are left out`, err);
        return;
      }
      for (const [name, type] of items) {
        const path = rel ? `${rel}/${name}` : name;
        if (type & vscode.FileType.Directory) {
          // A linked folder is not walked into, as the CLI's walk does not: a link to a parent
          // read the same tree again at every level (two such links: 2^32 listings).
          if (!SKIP_DIRS.has(name) && !(type & vscode.FileType.SymbolicLink)) await walk(vscode.Uri.joinPath(dir, name), path, depth + 1);
        } else if (type & vscode.FileType.File && res.some((re) => re.test(path))) out.push(vscode.Uri.joinPath(dir, name));
      }
    };
    for (const f of vscode.workspace.workspaceFolders ?? []) await walk(f.uri, '', 0);
    return out;
  }

  /** One file again: from the editor's text when given (with its findings, when linted), else from disk. */
  async update(uri: vscode.Uri, text?: string, findings?: readonly Finding[]): Promise<void> {
    this.stats.fileUpdates++;
    await this.read(uri, text, findings);
    this.emitter.fire();
  }

  /** Every file known (counted or left out by `ignore:`) read again, then one redraw, even if no file changed. */
  private async rereadKnown(): Promise<void> {
    const known: vscode.Uri[] = [];
    for (const entry of this.entries.values()) known.push(entry.uri);
    for (const { uri } of this.ignored.values()) known.push(uri);
    for (const uri of known) await this.read(uri);
    this.emitter.fire();
  }

  private async read(uri: vscode.Uri, text?: string, linted?: readonly Finding[]): Promise<void> {
    const key = uri.toString();
    const e = getEngine();
    const by = await this.settings.ignoredBy(uri);
    if (by) {
      this.entries.delete(key);
      this.ignored.set(key, { uri, by: shownIgnoredBy(by) });
      return;
    }
    this.ignored.delete(key);
    let body = text;
    if (body === undefined) {
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
      try {
        body = open ? open.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      } catch (err) {
        // Deleted since it was listed, or unreadable: it leaves the portfolio.
        if (!isNotFound(err)) logError(`Portfolio: cannot read ${uri.toString(true)}`, err);
        this.entries.delete(key);
        return;
      }
    }
    const name = vscode.workspace.asRelativePath(uri);
    // Over maxFileBytes: listed with a note and not parsed, as the diagnostics and the CLI leave it.
    const max = await this.settings.maxFileBytes(uri);
    if (body.length > max) {
      const problem = { uri, file: name, line: 1, message: e.tooLargeNote(body.length, max, this.settings.lang()) };
      this.entries.set(key, { uri, name, outcomes: [], lineOf: () => 1, problems: [problem] });
      return;
    }
    const kind = e.kindOf(uri.path) ?? 'yaml';
    const { outcomes, findings, unread } = await this.lintOrParse(uri, body, kind, linted);
    // A file that does not parse, or holds only drafts, stays listed with no outcomes, so the
    // view can say why; one with errors is counted and named with them.
    const lang = this.settings.lang();
    const { kept, notes } = e.portfolioPart(outcomes, findings, lang, e.CAVEATS[lang].inProblems, unread);
    if (!kept.length && !notes.length) {
      this.entries.delete(key);
      return;
    }
    const lines = new e.LineIndex(body);
    const entry: PortfolioEntry = { uri, name, outcomes: kept, lineOf: (o) => lines.position(o).line + 1, problems: [], withErrors: e.outcomesWithErrors(kept, findings) };
    for (const n of notes) entry.problems.push({ uri, file: name, line: lines.position(n.offset).line + 1, message: n.message });
    await this.readCsv(entry);
    this.entries.set(key, entry);
  }

  /**
   * The outcome models and the findings the Problems panel has for the file: with the diagnostics'
   * findings, only a parse for the models (they keep none); read from disk, the lint they would run.
   */
  private async lintOrParse(uri: vscode.Uri, body: string, kind: 'yaml' | 'markdown', linted: readonly Finding[] | undefined): Promise<{ outcomes: Outcome[]; findings: readonly Finding[]; unread?: RawFinding }> {
    const e = getEngine();
    if (linted) {
      // The parse's own findings say what could not be read, whatever the config hides.
      const parsed = e.parseDocument(body, kind, this.settings.lang());
      const unread = e.firstUnread(parsed.findings);
      return unread ? { outcomes: parsed.doc.outcomes, findings: linted, unread } : { outcomes: parsed.doc.outcomes, findings: linted };
    }
    const config = await this.settings.resolve({ uri, languageId: kind });
    return e.lint(body, kind, config);
  }

  private async readCsv(entry: PortfolioEntry): Promise<void> {
    for (const p of await readCsvMeasurements(entry.uri, entry.outcomes, entry.lineOf, await this.settings.maxFileBytes(entry.uri), this.settings.lang())) entry.problems.push(p);
  }

  /** Entries in a stable order (by name), the order of the portfolio's outcomes. */
  list(): PortfolioEntry[] {
    return [...this.entries.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  portfolio(today = this.settings.today()): { portfolio: Portfolio; entries: PortfolioEntry[] } {
    const entries = this.list();
    // Files counted are files with outcomes, as in `cbo portfolio`'s folder walk (it also counts a
    // file named on its command line); an unread one only adds its note.
    const sources = entries.filter((x) => x.outcomes.length).map((x) => ({ file: x.name, outcomes: x.outcomes, lineOf: x.lineOf, ...(x.withErrors ? { withErrors: x.withErrors } : {}) }));
    const portfolio = getEngine().buildPortfolio(sources, today);
    return { portfolio, entries };
  }

  /**
   * The files in scope that `ignore:` leaves out, counted as `cbo portfolio` counts those its walk
   * left out (core/ignore.ts leftOutCount): the view's header says it beside its own count.
   */
  leftOut(): LeftOut {
    return getEngine().leftOutCount([...this.ignored.values()].map((x) => x.by));
  }

  /** The file each portfolio outcome came from (same order as portfolio().portfolio.outcomes). */
  static uriOf(entries: PortfolioEntry[], file: string): vscode.Uri | undefined {
    return entries.find((x) => x.name === file)?.uri;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
