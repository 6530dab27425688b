// The `.cborc.yaml` side of the disk for the CLI and the language server: the file system as
// config discovery (core/config-discovery.ts) sees it, and the team checklists a config names.
// One copy, so both read configs (and refuse checklists outside the config's folder) alike.
// Both are read only from inside the config's folder and within a size (read-inside.ts).
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { checklistEntries, checklistPathAllowed, parseChecklistText } from '../core/checklist/load';
import type { Checklist } from '../core/checklist/types';
import { DEFAULT_MAX_FILE_BYTES, MAX_CONFIG_BYTES, type CboConfig } from '../core/config';
import { chosenChecklistIds, unknownChecklistIds } from '../core/config-checklist-ids';
import type { DiscoveryFs } from '../core/config-discovery';
import { megabytes } from '../core/file-size';
import type { Lang } from '../core/finding';
import { configTooLargeWords } from '../core/read-reasons';
import { excerpt } from '../core/text/excerpt';
import { FileError, reasonIn, why } from './read-file';
import { readInside, RefusedFile, type Refusal } from './read-inside';

/** Node's file system as config discovery sees it: '/'-separated paths (Windows accepts them). */
export const nodeDiscoveryFs: DiscoveryFs = {
  async stat(p) {
    try {
      return (await fs.stat(p)).isFile() ? 'file' : 'other';
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
      // In words, and in Korean too: "EACCES: permission denied, stat '…'" reached a Korean
      // user's finding as the OS wrote it.
      throw new FileError(why(e), reasonIn(why(e), 'ko'));
    }
  },
  readText: (p) => readConfigFile(p),
};

/**
 * A `.cborc.yaml`'s text: only from inside its own folder (a link to a file elsewhere is
 * refused, never its content quoted) and at most MAX_CONFIG_BYTES, or a FileError with the
 * reason in English and Korean.
 */
export async function readConfigFile(p: string): Promise<string> {
  try {
    return await readInside(p, path.dirname(p), MAX_CONFIG_BYTES);
  } catch (e) {
    if (!(e instanceof RefusedFile)) throw e;
    const w = configRefusalWords(e.refusal);
    throw new FileError(w.en, w.ko);
  }
}

/** Why a `.cborc.yaml` was not read, said of the file itself (the finding is on it). */
export function configRefusalWords(r: Refusal): { en: string; ko: string } {
  if ('outside' in r) return { en: 'it is a symbolic link that leads outside its folder, so it is not read (the nearest .cborc.yaml above a file applies without one)', ko: '폴더 밖을 가리키는 심볼릭 링크라 읽지 않았습니다(파일 위의 가장 가까운 .cborc.yaml은 링크 없이도 적용됩니다)' };
  if ('size' in r) return configTooLargeWords(r.size, MAX_CONFIG_BYTES, r.more);
  return { en: r.reason, ko: reasonIn(r.reason, 'ko') };
}

/** Why a team checklist a config names was not read; `f` as the config names it. */
function checklistRefusal(f: string, r: Refusal, maxBytes: number, lang: Lang): string {
  const name = excerpt(f, 60);
  const ko = lang === 'ko';
  if ('outside' in r) return ko ? `${name} 체크리스트는 설정 파일의 폴더 밖을 가리킵니다(심볼릭 링크). 읽지 않았습니다` : `checklist ${name} leads outside the config's folder (a symbolic link); it is not read`;
  if ('size' in r) {
    const [size, max] = [megabytes(r.size), megabytes(maxBytes)];
    return ko ? `${name} 체크리스트가 너무 커서(${size} MB${r.more ? ' 넘음' : ''}, 한도 ${max} MB) 읽지 않았습니다. 파일을 나누거나 maxFileBytes를 올리세요` : `checklist ${name} is too large to read (${r.more ? 'more than ' : ''}${size} MB, limit ${max} MB); split it, or raise maxFileBytes`;
  }
  return ko ? `${name} 체크리스트를 읽을 수 없습니다: ${reasonIn(r.reason, 'ko')}` : `cannot read checklist ${name}: ${r.reason}`;
}

/**
 * Reads the team checklist files a config names, relative to the config's folder: only files
 * whose real path is inside it, of at most the config's maxFileBytes.
 */
export async function loadChecklists(configFile: string, config: CboConfig, lang: Lang = 'en'): Promise<{ checklists: Checklist[]; checklistIds: string[]; problems: string[]; unknownIds: string[]; read: string[] }> {
  const { files } = checklistEntries(config.checklists);
  const checklists: Checklist[] = [];
  const problems: string[] = [];
  // The files read, so that `cbo report -o` never replaces one.
  const read: string[] = [];
  const maxBytes = config.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  for (const f of files) {
    const p = path.resolve(path.dirname(configFile), f);
    // A config from a cloned repository must not make the linter read files elsewhere.
    if (!checklistPathAllowed(f)) {
      const name = excerpt(f, 60);
      problems.push(`${configFile}: ${lang === 'ko' ? `${name} 체크리스트는 설정 파일의 폴더 밖에 있습니다. 읽지 않았습니다` : `checklist ${name} is outside the config's folder; it is not read`}`);
      continue;
    }
    let text: string;
    try {
      text = await readInside(p, path.dirname(configFile), maxBytes);
      read.push(p);
    } catch (e) {
      problems.push(`${configFile}: ${checklistRefusal(f, e instanceof RefusedFile ? e.refusal : { reason: (e as Error).message }, maxBytes, lang)}`);
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

