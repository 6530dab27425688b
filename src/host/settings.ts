// The configuration a document is linted with: VS Code settings, overlaid by the nearest
// `.cborc.yaml` (the file wins where both set a thing). Read through workspace.fs so it
// works in remote and virtual workspaces; nothing in it is executed.
import * as vscode from 'vscode';
import type { CboConfig, Checklist, Lang, ResolvedConfig } from '../core/api';

/** What the nearest `.cborc.yaml` says, with the team checklists it names already read. */
export interface FileConfig {
  uri?: vscode.Uri;
  config: CboConfig;
  checklists: Checklist[];
  checklistIds: string[];
}
import { globToRegExp } from '../core/glob'; // small and pure: bundled here so a glob test loads no engine
import { getEngine } from './engine-loader';

export class Settings implements vscode.Disposable {
  private fileConfigs = new Map<string, Promise<FileConfig>>();
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [];

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher('**/.cborc.{yaml,yml}');
    const reset = () => {
      this.fileConfigs.clear();
      this.emitter.fire();
    };
    this.disposables.push(
      watcher,
      watcher.onDidChange(reset),
      watcher.onDidCreate(reset),
      watcher.onDidDelete(reset),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('cbo') && reset()),
      this.emitter,
    );
  }

  get section(): vscode.WorkspaceConfiguration {
    return vscode.workspace.getConfiguration('cbo');
  }

  lang(): Lang {
    const l = this.section.get<string>('lang', 'auto');
    if (l === 'en' || l === 'ko') return l;
    return vscode.env.language.toLowerCase().startsWith('ko') ? 'ko' : 'en';
  }

  /** Is this document one CBO Guide checks? */
  applies(doc: vscode.TextDocument): boolean {
    // Diff views, output channels and settings are not the user's CBO documents.
    if (['git', 'output', 'vscode-userdata', 'vscode-scm', 'comment', 'private'].includes(doc.uri.scheme)) return false;
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

  async resolve(doc: vscode.TextDocument, today = new Date().toISOString().slice(0, 10)): Promise<ResolvedConfig> {
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
      ...(optedIn ? { planChecklists: enabled.length ? enabled : near.checklistIds.length ? near.checklistIds : ['*'] } : {}),
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
  nearest(uri: vscode.Uri): Promise<FileConfig> {
    const dir = vscode.Uri.joinPath(uri, '..');
    const key = dir.toString();
    let p = this.fileConfigs.get(key);
    if (!p) {
      p = this.load(dir);
      this.fileConfigs.set(key, p);
    }
    return p;
  }

  private async load(dir: vscode.Uri): Promise<FileConfig> {
    const folder = vscode.workspace.getWorkspaceFolder(dir);
    for (const name of ['.cborc.yaml', '.cborc.yml']) {
      const uri = vscode.Uri.joinPath(dir, name);
      try {
        const bytes = await vscode.workspace.fs.readFile(uri);
        const r = getEngine().parseConfigText(new TextDecoder().decode(bytes), this.lang());
        return { uri, config: r.config, ...(await this.teamChecklists(dir, r.config)) };
      } catch {
        // not there: look further up
      }
    }
    const parent = vscode.Uri.joinPath(dir, '..');
    if (!folder || parent.toString() === dir.toString() || !parent.path.startsWith(folder.uri.path)) return { config: {}, checklists: [], checklistIds: [] };
    return this.nearest(vscode.Uri.joinPath(parent, 'x'));
  }

  /** Team checklist files named in `checklists:`, read through workspace.fs (data only). */
  private async teamChecklists(dir: vscode.Uri, config: CboConfig): Promise<{ checklists: Checklist[]; checklistIds: string[] }> {
    const e = getEngine();
    const { ids, files } = e.checklistEntries(config.checklists);
    const checklists: Checklist[] = [];
    for (const f of files) {
      if (!e.checklistPathAllowed(f)) continue; // outside the config's folder: never read (cbo check reports it)
      try {
        const uri = vscode.Uri.joinPath(dir, f);
        const r = e.parseChecklistText(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)), f);
        if (r.checklist) checklists.push(r.checklist);
      } catch {
        // an unreadable checklist file is skipped; `cbo plan` reports it
      }
    }
    return { checklists, checklistIds: ids.length ? [...ids, ...checklists.map((c) => c.id)] : [] };
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function mergeVocab(a: CboConfig['vocabulary'], b: CboConfig['vocabulary']): CboConfig['vocabulary'] {
  const out: Record<string, string[]> = {};
  for (const src of [a ?? {}, b ?? {}]) for (const [k, v] of Object.entries(src)) out[k] = [...(out[k] ?? []), ...(v ?? [])];
  return out;
}
