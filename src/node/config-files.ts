// The `.cborc.yaml` side of the disk for the CLI and the language server: the file system as
// config discovery (core/config-discovery.ts) sees it, and the team checklists a config names.
// One copy, so both read configs (and refuse checklists outside the config's folder) alike.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { checklistEntries, checklistPathAllowed, parseChecklistText } from '../core/checklist/load';
import type { Checklist } from '../core/checklist/types';
import type { CboConfig } from '../core/config';
import { chosenChecklistIds, unknownChecklistIds } from '../core/config-checklist-ids';
import type { DiscoveryFs } from '../core/config-discovery';
import { readRegular } from './read-file';

/** Node's file system as config discovery sees it: '/'-separated paths (Windows accepts them). */
export const nodeDiscoveryFs: DiscoveryFs = {
  async stat(p) {
    try {
      return (await fs.stat(p)).isFile() ? 'file' : 'other';
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
      throw e;
    }
  },
  readText: (p) => fs.readFile(p, 'utf8'),
};

/** Reads the team checklist files a config names, relative to the config's folder. */
export async function loadChecklists(configFile: string, config: CboConfig): Promise<{ checklists: Checklist[]; checklistIds: string[]; problems: string[]; unknownIds: string[]; read: string[] }> {
  const { files } = checklistEntries(config.checklists);
  const checklists: Checklist[] = [];
  const problems: string[] = [];
  // The files read, so that `cbo report -o` never replaces one.
  const read: string[] = [];
  for (const f of files) {
    const p = path.resolve(path.dirname(configFile), f);
    // A config from a cloned repository must not make the linter read files elsewhere.
    if (!checklistPathAllowed(f)) {
      problems.push(`${configFile}: checklist ${f} is outside the config's folder; it is not read`);
      continue;
    }
    let text: string;
    try {
      text = await readRegular(p);
      read.push(p);
    } catch (e) {
      problems.push(`${configFile}: cannot read checklist ${f}: ${(e as Error).message}`);
      continue;
    }
    const r = parseChecklistText(text, p);
    if (r.checklist) {
      checklists.push(r.checklist);
    } else problems.push(r.problem!);
  }
  // Which checklists apply (chosenChecklistIds says how); an unknown id is reported by the caller.
  const teamIds = checklists.map((c) => c.id);
  return { checklists, checklistIds: chosenChecklistIds(config.checklists, teamIds), problems, unknownIds: unknownChecklistIds(config.checklists, teamIds), read };
}

