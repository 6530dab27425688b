// What a document is linted with in the language server: the client's `cbo` settings
// (workspace/didChangeConfiguration, or initializationOptions), overlaid by the `.cborc.yaml`
// that applies (found by core/config-discovery.ts, as the extension and the CLI find it; the
// file wins where both set a thing).
import * as path from 'node:path';
import { allowTarget } from '../core/allow-target';
import { ConfigDiscovery } from '../core/config-discovery';
import type { Checklist } from '../core/checklist/types';
import { parseConfigText, resolveConfig, type CboConfig, type ResolvedConfig } from '../core/config';
import type { Lang } from '../core/finding';
import { globToRegExp } from '../core/glob';
import { ignoringPattern, type IgnoredBy } from '../core/ignore';
import { kindOf, type DocKind } from '../core/lint';
import { localDate } from '../core/local-date';
import { loadChecklists, nodeDiscoveryFs } from '../node/config-files';
import { checkClientSettings, type ClientSettings, type SettingProblem } from './client-settings';
import { uriFilePath, uriPath } from './file-uri';

interface FileConfig {
  file?: string;
  /** The config is there but could not be read (refused, a FIFO, no permission): nothing may write to it. */
  unreadable?: boolean;
  config: CboConfig;
  checklists: Checklist[];
  /** Checklist ids the config names (`checklists:`): the ones that apply. Empty: all. */
  checklistIds: string[];
}

export class LspSettings {
  client: ClientSettings = {};
  private byDir = new Map<string, Promise<FileConfig>>();
  private readonly discovery = new ConfigDiscovery(nodeDiscoveryFs);
  /** Workspace folder paths, for `files` globs written relative to a folder (as in VS Code). */
  folders: string[] = [];
  /**
   * @param today the day `cbo lsp --today` pins: deadlines are judged against it unless the
   *   client's `today` setting names another; without either, the user's date.
   */
  constructor(
    private readonly locale: string = 'en',
    private readonly pinnedToday?: string,
  ) {}

  /** Takes `{ cbo: ... }` as the client sent it; the entries it cannot use are dropped and returned. */
  update(settings: unknown): SettingProblem[] {
    const s = settings && typeof settings === 'object' ? (settings as { cbo?: unknown }).cbo : undefined;
    const checked = checkClientSettings(s);
    this.client = checked.settings;
    this.forgetFiles();
    return checked.problems;
  }

  /** A `.cborc.yaml` (or a checklist it names) changed: read them again. */
  forgetFiles(): void {
    this.byDir.clear();
    this.discovery.clear();
  }

  lang(): Lang {
    const l = this.client.lang;
    if (l === 'en' || l === 'ko') return l;
    return this.locale.toLowerCase().startsWith('ko') ? 'ko' : 'en';
  }

  debounceMs(): number {
    const d = this.client.debounceMs;
    return typeof d === 'number' && d >= 0 && d <= 5000 ? d : 150;
  }

  /** The kind of a document CBO Guide checks, or undefined when it leaves it alone. */
  kindOf(uri: string, languageId: string): DocKind | undefined {
    const name = uriPath(uri);
    if (languageId === 'markdown' || (kindOf(name) === 'markdown' && languageId !== 'yaml')) return this.client.markdown?.enable === false ? undefined : 'markdown';
    if (/\.cbo\.ya?ml$/i.test(name)) return 'yaml';
    const globs = this.client.files ?? [];
    const rel = this.relative(name);
    return globs.some((g) => globToRegExp(g).test(rel)) ? 'yaml' : undefined;
  }

  /** A path relative to the innermost workspace folder holding it (globs are written so, as in VS Code). */
  private relative(name: string): string {
    const folder = this.folderOf(name);
    return folder ? path.posix.relative(folder, name) : path.posix.basename(name);
  }

  private folderOf(name: string): string | undefined {
    return this.folders.filter((f) => name.startsWith(f.endsWith('/') ? f : `${f}/`)).sort((a, b) => b.length - a.length)[0];
  }

  /** A path as the server's log names it: from its workspace folder, else whole. */
  shown(name: string): string {
    const slashed = name.split(path.sep).join('/');
    return this.folderOf(slashed) ? this.relative(slashed) : slashed;
  }

  /**
   * The `.cborc.yaml` whose `ignore:` leaves this document out, and the pattern, as `cbo check`
   * decides it (core/ignore.ts); undefined when none does. Such a document is not linted.
   */
  async ignoredBy(uri: string): Promise<IgnoredBy | undefined> {
    const file = uriFilePath(uri);
    if (file === undefined) return undefined;
    const near = await this.nearest(path.dirname(file));
    if (!near.file) return undefined;
    const pattern = ignoringPattern(near.file, file.split(path.sep).join('/'), near.config.ignore);
    return pattern === undefined ? undefined : { config: this.shown(near.file), pattern };
  }

  /** The day deadlines are judged against: the client's `today`, else `--today`, else the user's date. */
  today(): string {
    return this.client.today ?? this.pinnedToday ?? localDate();
  }

  // The user's date, not UTC's (core/local-date.ts), as the CLI and the extension judge it: in
  // Seoul the server's day began at 09:00, so until then it disagreed with `cbo check`.
  async resolve(uri: string, day?: string): Promise<ResolvedConfig> {
    const today = day ?? this.today();
    const file0 = uriFilePath(uri);
    const near: FileConfig = file0 !== undefined ? await this.nearest(path.dirname(file0)) : { config: {}, checklists: [], checklistIds: [] };
    const c = this.client;
    const file = near.config;
    const merged: CboConfig = {
      rules: c.rules ?? {},
      vocabulary: c.vocabulary ?? {},
      ...(typeof c.maxFileBytes === 'number' ? { maxFileBytes: c.maxFileBytes } : {}),
      ...file,
    };
    merged.rules = { ...c.rules, ...file.rules };
    const vocab: Record<string, string[]> = {};
    for (const src of [c.vocabulary ?? {}, file.vocabulary ?? {}]) for (const [k, v] of Object.entries(src)) vocab[k] = [...(vocab[k] ?? []), ...(v ?? [])];
    merged.vocabulary = vocab;
    // Plans named in `checklists.plans` are checked against the checklists on every lint, as
    // in the extension: the ones `checklists.enabled` names, else the config's; an empty list
    // opts the plan in with the default checklists (CBO process and what its headings address).
    const planGlobs = c.checklists?.plans ?? [];
    const optedIn = planGlobs.length > 0 && this.kindOf(uri, 'markdown') === 'markdown' && planGlobs.some((g) => globToRegExp(g).test(this.relative(uriPath(uri))));
    const enabled = c.checklists?.enabled ?? [];
    return resolveConfig(merged, {
      today,
      lang: file.lang ?? this.lang(),
      ...(optedIn ? { planChecklists: enabled.length ? enabled : near.checklistIds } : {}),
      ...(near.checklists.length ? { extraChecklists: near.checklists } : {}),
    });
  }

  /**
   * Where "allow this word" writes for a file: the `.cborc.yaml` that applies, or a new one at the
   * root of its workspace folder (core/allow-target.ts). Undefined when it may write none: the
   * file, or the config that applies, is outside every workspace folder, or that config cannot be
   * read (a link that leads out of its folder must not be written through).
   */
  async configFileFor(uri: string): Promise<string | undefined> {
    const file = uriFilePath(uri);
    if (file === undefined) return undefined;
    const near = await this.nearest(path.dirname(file));
    if (near.unreadable) return undefined;
    const target = allowTarget(file, this.folders, near.file);
    return 'config' in target ? target.config : undefined;
  }

  private nearest(dir: string): Promise<FileConfig> {
    let p = this.byDir.get(dir);
    if (!p) {
      p = this.load(dir);
      this.byDir.set(dir, p);
    }
    return p;
  }

  private async load(dir: string): Promise<FileConfig> {
    const found = await this.discovery.find(dir.split(path.sep).join('/'));
    // An unreadable config lints with none, and an unreadable checklist is left out: the CLI
    // and the extension report both (`cbo plan`, diagnostics on `.cborc.yaml`).
    if (!found) return { config: {}, checklists: [], checklistIds: [] };
    if ('error' in found) return { file: found.path, unreadable: true, config: {}, checklists: [], checklistIds: [] };
    const r = parseConfigText(found.text, this.lang());
    const lists = await loadChecklists(found.path, r.config, this.lang());
    return { file: found.path, config: r.config, checklists: lists.checklists, checklistIds: lists.checklistIds };
  }
}
