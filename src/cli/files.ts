// Turning the paths and globs given to `cbo check` into files, and finding the
// `.cborc.yaml` that applies to each. The only part of the CLI that walks the disk.
import { append } from '../core/arrays';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { checklistEntries, parseChecklistText } from '../core/checklist/load';
import type { Checklist } from '../core/checklist/types';
import { parseConfigText, type CboConfig } from '../core/config';
import { globToRegExp } from '../core/glob';

const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'out', '.cache', '.vscode-test']);
export const CBO_YAML = /\.cbo\.ya?ml$/i;
const MARKDOWN = /\.(md|markdown)$/i;

export class FileError extends Error {}

/** Files to check for the given arguments, sorted, without duplicates. */
export async function expand(args: string[], cwd: string): Promise<string[]> {
  const out = new Set<string>();
  for (const a of args.length ? args : ['.']) {
    if (/[*?[{]/.test(a)) {
      const re = globToRegExp(a.replace(/\\/g, '/'));
      const root = staticPrefix(a);
      for (const f of await walk(path.resolve(cwd, root), () => true)) {
        const rel = path.relative(cwd, f).split(path.sep).join('/');
        if (re.test(rel)) out.add(f);
      }
      continue;
    }
    const abs = path.resolve(cwd, a);
    let st;
    try {
      st = await fs.stat(abs);
    } catch {
      throw new FileError(`cannot read ${a}: no such file or folder`);
    }
    if (st.isDirectory()) for (const f of await walk(abs, (n) => CBO_YAML.test(n) || MARKDOWN.test(n))) out.add(f);
    else out.add(abs);
  }
  return [...out].sort();
}

function staticPrefix(glob: string): string {
  const parts = glob.split('/');
  const i = parts.findIndex((p) => /[*?[{]/.test(p));
  return parts.slice(0, i).join('/') || '.';
}

async function walk(dir: string, want: (name: string) => boolean): Promise<string[]> {
  const out: string[] = [];
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) append(out, await walk(p, want));
    } else if (e.isFile() && want(e.name)) out.push(p);
  }
  return out;
}

export interface FoundConfig {
  file?: string;
  config: CboConfig;
  problems: string[];
  /** Team checklists named in the config's `checklists:` (files), loaded. */
  checklists: Checklist[];
  /** Checklist ids named there: the ones that apply. Empty: all. */
  checklistIds: string[];
}

/** Reads the team checklist files a config names, relative to the config's folder. */
export async function loadChecklists(configFile: string, config: CboConfig): Promise<{ checklists: Checklist[]; checklistIds: string[]; problems: string[] }> {
  const { ids, files } = checklistEntries(config.checklists);
  const checklists: Checklist[] = [];
  const problems: string[] = [];
  for (const f of files) {
    const p = path.resolve(path.dirname(configFile), f);
    let text: string;
    try {
      text = await fs.readFile(p, 'utf8');
    } catch {
      problems.push(`${configFile}: cannot read checklist ${f}`);
      continue;
    }
    const r = parseChecklistText(text, p);
    if (r.checklist) {
      checklists.push(r.checklist);
      ids.push(r.checklist.id);
    } else problems.push(r.problem!);
  }
  // Naming only files means "these and the built-in ones"; naming ids chooses exactly those.
  return { checklists, checklistIds: checklistEntries(config.checklists).ids.length ? ids : [], problems };
}

/** The nearest `.cborc.yaml` upward from a file; memoised per folder. */
export class ConfigFinder {
  private byDir = new Map<string, Promise<FoundConfig>>();
  constructor(private readonly lang: 'en' | 'ko') {}

  forFile(file: string): Promise<FoundConfig> {
    return this.forDir(path.dirname(file));
  }

  private forDir(dir: string): Promise<FoundConfig> {
    let p = this.byDir.get(dir);
    if (!p) {
      p = this.load(dir);
      this.byDir.set(dir, p);
    }
    return p;
  }

  private async load(dir: string): Promise<FoundConfig> {
    for (const name of ['.cborc.yaml', '.cborc.yml']) {
      const file = path.join(dir, name);
      let text: string;
      try {
        text = await fs.readFile(file, 'utf8');
      } catch {
        continue;
      }
      const r = parseConfigText(text, this.lang);
      const lists = await loadChecklists(file, r.config);
      return { file, config: r.config, problems: [...r.findings.map((f) => `${file}: ${f.message}`), ...lists.problems], checklists: lists.checklists, checklistIds: lists.checklistIds };
    }
    const parent = path.dirname(dir);
    return parent === dir ? { config: {}, problems: [], checklists: [], checklistIds: [] } : this.forDir(parent);
  }
}

export function isIgnored(file: string, found: FoundConfig): boolean {
  if (!found.file || !found.config.ignore?.length) return false;
  const rel = path.relative(path.dirname(found.file), file).split(path.sep).join('/');
  return found.config.ignore.some((g) => globToRegExp(g).test(rel));
}
