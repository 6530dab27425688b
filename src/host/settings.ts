// The configuration a document is linted with: VS Code settings, overlaid by the `.cborc.yaml`
// that applies (the file wins where both set a thing), found exactly as the CLI finds it
// (core/config-discovery.ts). Read through workspace.fs so it works in remote and virtual
// workspaces; nothing in it is executed. Problems in a `.cborc.yaml` are diagnostics on it.
import * as vscode from 'vscode';
import type { CboConfig, Checklist, Finding, IgnoredBy, Lang, ResolvedConfig } from '../core/api';
import { allowTarget } from '../core/allow-target'; // small and pure, as glob below
import { CONFIG_FILE_NAMES, ConfigDiscovery, parentDir, type Discovered, type DiscoveryFs } from '../core/config-discovery';
import { ignoringPattern } from '../core/ignore'; // small and pure, as glob below
import { configTooLargeWords, EDITOR_CONFIG_LINK, reasonOfCode, unreadableReason } from '../core/read-reasons'; // small and pure
import { localDate } from '../core/local-date';
import { TodaySetting } from '../core/today-setting'; // small and pure: the check the language server's `today` has
import { inBackground, isNotFound, log, logError } from './log';
import { lookBeside } from './lookBeside';
import { findingRange } from './ranges';

/** What the nearest `.cborc.yaml` says, with the team checklists it names already read. */
export interface FileConfig {
  uri?: vscode.Uri;
  /** The config is there but was not read (a link, too large, no permission): nothing writes to it. */
  unreadable?: boolean;
  config: CboConfig;
  checklists: Checklist[];
  checklistIds: string[];
}
import { globToRegExp } from '../core/glob'; // small and pure: bundled here so a glob test loads no engine
import { getEngine } from './engine-loader';
import { hostFiles } from './files';

export class Settings implements vscode.Disposable {
  /** One discovery per file system (scheme and authority): paths within it are '/'-separated. */
  private readonly discoveries = new Map<string, ConfigDiscovery>();
  /** Each config file read once, by its uri. */
  private readonly fileConfigs = new Map<string, Promise<FileConfig>>();
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  /** Problems in `.cborc.yaml` files themselves. */
  readonly configDiagnostics = vscode.languages.createDiagnosticCollection('cbo-config');
  private readonly disposables: vscode.Disposable[] = [];
  /** `cbo.today`: a value it cannot use is said once, in a message and the log, and the local date used. */
  private readonly pinnedToday = new TodaySetting((text) => {
    log().warn(text);
    void vscode.window.showWarningMessage(text);
  });

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher('**/.cborc.{yaml,yml}');
    const reset = () => {
      this.discoveries.clear();
      this.fileConfigs.clear();
      this.configDiagnostics.clear();
      this.emitter.fire();
      // An open config file is checked again at once, so its diagnostics do not wait for a CBO file.
      for (const d of vscode.workspace.textDocuments) this.checkIfConfig(d);
    };
    this.disposables.push(
      watcher,
      watcher.onDidChange(reset),
      watcher.onDidCreate(reset),
      watcher.onDidDelete(reset),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('cbo') && reset()),
      vscode.workspace.onDidOpenTextDocument((d) => this.checkIfConfig(d)),
      this.emitter,
      this.configDiagnostics,
    );
    for (const d of vscode.workspace.textDocuments) this.checkIfConfig(d);
  }

  get section(): vscode.WorkspaceConfiguration {
    return vscode.workspace.getConfiguration('cbo');
  }

  /** The size limit for a file and what it names (a CSV): its `.cborc.yaml` wins over the setting, as in resolve. */
  async maxFileBytes(uri: vscode.Uri): Promise<number> {
    return (await this.nearest(uri)).config.maxFileBytes ?? this.section.get<number>('maxFileBytes', 8_000_000);
  }

  lang(): Lang {
    const l = this.section.get<string>('lang', 'auto');
    if (l === 'en' || l === 'ko') return l;
    return displayLanguage();
  }

  /**
   * The day deadlines are judged against: `cbo.today` (YYYY-MM-DD), as `cbo check --today` and
   * the language server's `today` pin it, else the user's local date.
   */
  today(): string {
    return this.pinnedToday.day(this.section.get<unknown>('today', ''), localDate(), this.lang());
  }

  /** Is this document one CBO Guide checks? */
  applies(doc: vscode.TextDocument): boolean {
    if (NOT_USER_FILES.has(doc.uri.scheme)) return false;
    if (doc.languageId === 'markdown') return this.section.get<boolean>('markdown.enable', true);
    if (doc.languageId !== 'yaml') return false;
    const name = doc.uri.path;
    if (/\.cbo\.ya?ml$/i.test(name)) return true;
    const globs = this.section.get<string[]>('files', []);
    const rel = vscode.workspace.asRelativePath(doc.uri, false);
    if (globs.some((g) => globToRegExp(g).test(rel))) return true;
    // An untitled document started from the CBO template.
    return doc.isUntitled && /^cbo:\s*1\b/m.test(doc.getText(new vscode.Range(0, 0, 5, 0)));
  }

  /** `doc`: an open document, or a file the portfolio read from disk (only its uri and language count). */
  async resolve(doc: Pick<vscode.TextDocument, 'uri' | 'languageId'>, today = this.today()): Promise<ResolvedConfig> {
    const s = this.section;
    const fromSettings: CboConfig = {
      rules: s.get('rules', {}),
      vocabulary: s.get('vocabulary', {}),
      maxFileBytes: s.get('maxFileBytes', 8_000_000),
    };
    const near = await this.nearest(doc.uri);
    const file = near.config;
    const merged: CboConfig = {
      ...fromSettings,
      ...file,
      rules: { ...fromSettings.rules, ...file.rules },
      vocabulary: mergeVocab(fromSettings.vocabulary, file.vocabulary),
    };
    // Red Hat's YAML extension checks .cbo.yaml files, not ```cbo blocks inside Markdown.
    if (doc.languageId === 'yaml' && this.schemaOff()) merged.rules = { schema: 'off', ...merged.rules };
    const planGlobs = s.get<string[]>('checklists.plans', []);
    const rel = vscode.workspace.asRelativePath(doc.uri, false);
    const optedIn = doc.languageId === 'markdown' && planGlobs.some((g) => globToRegExp(g).test(rel));
    const enabled = s.get<string[]>('checklists.enabled', []);
    return getEngine().resolveConfig(merged, {
      today,
      lang: file.lang ?? this.lang(),
      ...(optedIn ? { planChecklists: enabled.length ? enabled : near.checklistIds } : {}),
      ...(near.checklists.length ? { extraChecklists: near.checklists } : {}),
    });
  }

  /** Leaves schema diagnostics to Red Hat's YAML extension when it is there and `auto` is set. */
  private schemaOff(): boolean {
    const mode = this.section.get<string>('schemaDiagnostics', 'auto');
    if (mode === 'off') return true;
    if (mode === 'on') return false;
    return vscode.extensions.getExtension('redhat.vscode-yaml') !== undefined;
  }

  /** The `.cborc.yaml` that applies to a file, and where it is. */
  async nearest(uri: vscode.Uri): Promise<FileConfig> {
    const dir = parentDir(uri.path);
    if (uri.scheme === 'untitled' || dir === undefined) return NO_CONFIG;
    const found = await this.discovery(uri).find(dir, this.stopFor(uri));
    if (!found) return NO_CONFIG;
    const configUri = uri.with({ path: found.path, query: '', fragment: '' });
    const key = configUri.toString();
    let p = this.fileConfigs.get(key);
    if (!p) {
      p = this.load(configUri, found);
      this.fileConfigs.set(key, p);
    }
    return p;
  }

  /**
   * The `.cborc.yaml` whose `ignore:` leaves this file out, and the pattern, as `cbo check` decides
   * it (core/ignore.ts); undefined when none does. Nothing of such a file is linted.
   */
  async ignoredBy(uri: vscode.Uri): Promise<{ config: vscode.Uri; pattern: string } | undefined> {
    if (uri.scheme === 'untitled') return undefined;
    const near = await this.nearest(uri);
    if (!near.uri) return undefined;
    const pattern = ignoringPattern(near.uri.path, uri.path, near.config.ignore);
    return pattern === undefined ? undefined : { config: near.uri, pattern };
  }

  /**
   * Where "Allow … in this workspace" writes for a file (core/allow-target.ts): the `.cborc.yaml`
   * that applies, or a new one at the root of its workspace folder; `outside` when the file, or
   * the config that applies to it, is outside every workspace folder (no .cborc.yaml is written);
   * `unreadable` when the config that applies was not read (nothing is written to it).
   */
  async allowTargetFor(uri: vscode.Uri): Promise<{ uri: vscode.Uri; exists: boolean } | { outside: 'file' | 'config' } | { unreadable: vscode.Uri }> {
    const found = uri.scheme === 'untitled' ? undefined : await this.nearest(uri);
    // A config that was not read is not written either: an edit of a link would write through it.
    if (found?.unreadable && found.uri) return { unreadable: found.uri };
    const near = found?.uri;
    const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === uri.scheme && f.uri.authority === uri.authority).map((f) => f.uri.path);
    const t = allowTarget(uri.path, folders, near?.path);
    if (!('config' in t)) return t;
    return { uri: uri.with({ path: t.config.startsWith('/') ? t.config : `/${t.config}`, query: '', fragment: '' }), exists: t.exists };
  }

  /**
   * Where the upward walk ends. On disk (local or remote) it goes to the root, as the CLI's
   * does, so both pick the same file; a virtual file system (github.dev, vscode.dev) has
   * nothing of the user's above the workspace folder, so the walk ends there.
   */
  private stopFor(uri: vscode.Uri): string | undefined {
    if (uri.scheme === 'file' || uri.scheme === 'vscode-remote') return undefined;
    return vscode.workspace.getWorkspaceFolder(uri)?.uri.path ?? parentDir(uri.path);
  }

  private discovery(uri: vscode.Uri): ConfigDiscovery {
    const key = `${uri.scheme}://${uri.authority}`;
    let d = this.discoveries.get(key);
    if (!d) {
      d = new ConfigDiscovery(workspaceDiscoveryFs(uri));
      this.discoveries.set(key, d);
    }
    return d;
  }

  private async load(uri: vscode.Uri, found: Discovered): Promise<FileConfig> {
    const lang = this.lang();
    if ('error' in found) {
      logError(`Cannot read ${uri.toString(true)}`, found.error);
      this.showConfigFindings(uri, [getEngine().unreadableConfigFinding(unreadableReason(found, lang), lang)]);
      return { uri, unreadable: true, ...NO_CONFIG };
    }
    const e = getEngine();
    const r = e.readConfig(found.text, lang);
    const team = await this.teamChecklists(vscode.Uri.joinPath(uri, '..'), r.config);
    const teamIds = team.checklists.map((c) => c.id);
    const findings = [...r.findings, ...e.unknownChecklistIdFindings(found.text, e.unknownChecklistIds(r.config.checklists, teamIds), teamIds, lang)];
    this.showConfigFindings(uri, findings);
    for (const f of findings) log().warn(`${uri.toString(true)}:${f.start.line + 1}:${f.start.character + 1} ${f.message}`);
    return { uri, config: r.config, ...team };
  }

  private showConfigFindings(uri: vscode.Uri, findings: Finding[]): void {
    this.configDiagnostics.set(
      uri,
      findings.map((f) => {
        const d = new vscode.Diagnostic(findingRange(f), f.message, f.severity === 'error' ? vscode.DiagnosticSeverity.Error : f.severity === 'warning' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Information);
        d.source = 'cbo';
        d.code = f.ruleId;
        return d;
      }),
    );
  }

  /** Opening a `.cborc.yaml` checks it, even before any CBO document needs it. */
  private checkIfConfig(doc: vscode.TextDocument): void {
    const name = doc.uri.path.slice(doc.uri.path.lastIndexOf('/') + 1);
    if (!(CONFIG_FILE_NAMES as readonly string[]).includes(name) || doc.uri.scheme === 'untitled' || NOT_USER_FILES.has(doc.uri.scheme)) return;
    inBackground(`Checking ${doc.uri.toString(true)}`, this.nearest(doc.uri));
  }

  /** Team checklist files named in `checklists:`, read through workspace.fs (data only). */
  private async teamChecklists(dir: vscode.Uri, config: CboConfig): Promise<{ checklists: Checklist[]; checklistIds: string[] }> {
    const e = getEngine();
    const { files } = e.checklistEntries(config.checklists);
    const checklists: Checklist[] = [];
    const maxBytes = config.maxFileBytes ?? this.section.get<number>('maxFileBytes', 8_000_000);
    for (const f of files) {
      if (!e.checklistPathAllowed(f)) continue; // outside the config's folder: never read (cbo check reports it)
      const refused = await checklistRefusal(dir, f, maxBytes);
      if (refused) {
        logError(`Team checklist ${f} named in ${dir.toString(true)}/.cborc.yaml is not read`, refused);
        continue;
      }
      try {
        const uri = vscode.Uri.joinPath(dir, f);
        const r = e.parseChecklistText(await hostFiles.readFile(uri), f);
        if (r.checklist) checklists.push(r.checklist);
        else logError(`Team checklist ${uri.toString(true)} is skipped`, r.problem);
      } catch (err) {
        // An unreadable checklist is skipped (the built-in ones still apply); `cbo plan` reports it too.
        logError(`Cannot read team checklist ${f} named in ${dir.toString(true)}/.cborc.yaml`, err);
      }
    }
    // An id that names no checklist is left out (a config finding says so), so a typo does not
    // choose an empty set that every plan passes.
    return { checklists, checklistIds: e.chosenChecklistIds(config.checklists, checklists.map((c) => c.id)) };
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** Diff views, output channels and settings are not the user's files. */
const NOT_USER_FILES = new Set(['git', 'output', 'vscode-userdata', 'vscode-scm', 'comment', 'private']);

const NO_CONFIG: FileConfig = Object.freeze({ config: {}, checklists: [], checklistIds: [] });

/**
 * Why a team checklist is not read, for the log; undefined when it may be. As for a CSV
 * (lookBeside.ts): no symbolic link on the way (workspace.fs cannot tell where one leads; the
 * CLI reads one that stays in the folder), a regular file, no larger than maxFileBytes.
 */
async function checklistRefusal(dir: vscode.Uri, entry: string, maxBytes: number): Promise<string | undefined> {
  const l = await lookBeside(dir, entry.split(/[\\/]/).filter((p) => p !== '' && p !== '.'), maxBytes);
  if ('stamp' in l) return undefined;
  if ('size' in l) return `too large (${l.size} bytes, maxFileBytes ${maxBytes})`;
  // Not seen: the read says why (a missing file is logged as it was).
  if (l.cannot === 'stat') return undefined;
  return l.cannot === 'link' ? 'it is a symbolic link or lies behind one' : 'not a regular file';
}

/** workspace.fs as config discovery sees it: paths of `base`'s file system. */
function workspaceDiscoveryFs(base: vscode.Uri): DiscoveryFs {
  const at = (path: string) => base.with({ path, query: '', fragment: '' });
  return {
    async stat(path) {
      let s: vscode.FileStat;
      try {
        s = await vscode.workspace.fs.stat(at(path));
      } catch (err) {
        if (isNotFound(err)) return undefined;
        throw inWords(err);
      }
      // workspace.fs cannot tell where a link leads (no realpath), and a config linked to a file
      // elsewhere had its lines shown as diagnostics: a linked config is not read, as a linked
      // CSV is not (portfolio/csv.ts). The error becomes a diagnostic on the file, in the
      // language of the findings (cbo.lang), so in both: discovery keeps the Korean (`ko`).
      if (s.type & vscode.FileType.SymbolicLink) throw refusal(EDITOR_CONFIG_LINK);
      if (!(s.type & vscode.FileType.File)) return 'other';
      const max = getEngine().MAX_CONFIG_BYTES;
      if (s.size > max) throw refusal(configTooLargeWords(s.size, max));
      return 'file';
    },
    async readText(path) {
      try {
        return new TextDecoder().decode(await vscode.workspace.fs.readFile(at(path)));
      } catch (err) {
        throw inWords(err);
      }
    },
  };
}

/** An error whose message is `en`, with the Korean config discovery passes on as `errorKo`. */
function refusal(words: { en: string; ko: string }): Error {
  return Object.assign(new Error(words.en), { ko: words.ko });
}

/**
 * A workspace.fs error as the CLI words the same failure ("permission denied", which `reasonIn`
 * says in Korean), rather than the provider's "EACCES: permission denied, open '…'".
 */
function inWords(err: unknown): unknown {
  const reason = reasonOfCode(err && typeof err === 'object' ? (err as { code?: unknown }).code : undefined);
  return reason === undefined ? err : new Error(reason);
}

function mergeVocab(a: CboConfig['vocabulary'], b: CboConfig['vocabulary']): CboConfig['vocabulary'] {
  const out: Record<string, string[]> = {};
  for (const src of [a ?? {}, b ?? {}]) for (const [k, v] of Object.entries(src)) out[k] = [...(out[k] ?? []), ...(v ?? [])];
  return out;
}

/** The editor's display language as CBO Guide speaks it: Korean or English. */
export function displayLanguage(): Lang {
  return vscode.env.language.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

/**
 * What `ignoredBy` found, its config named as the workspace shows it (as the CLI names it from its
 * folder): the words the log, the canvas and the portfolio's count say it with (core/ignore.ts).
 */
export function shownIgnoredBy(by: { config: vscode.Uri; pattern: string }): IgnoredBy {
  return { config: vscode.workspace.asRelativePath(by.config), pattern: by.pattern };
}
