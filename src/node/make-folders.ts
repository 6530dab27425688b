// Makes a folder and the folders above it that are missing, one plain mkdir each. Node's
// `mkdir(dir, { recursive: true })` retries for ever where a parent exists but refuses a new
// folder with ENOENT (/proc, some FUSE file systems): `cbo check -o /proc/nope/x.txt` spun at
// 100 % CPU and never returned. Here each step is tried once and the first refusal is the answer.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/** Why a folder could not be made: `at` is the file standing where a folder would be, or the folder that could not be made. */
export type FolderFailure = { at: string; notAFolder: true } | { at: string; error: unknown };

/** Makes `dir` and every missing folder above it; undefined when `dir` is a folder at the end. */
export async function makeFolders(dir: string): Promise<FolderFailure | undefined> {
  // The nearest ancestor that exists; the ones below it, to make from the top down.
  const missing: string[] = [];
  let at = path.resolve(dir);
  for (;;) {
    const st = await fs.stat(at).catch((e: NodeJS.ErrnoException) => e);
    if (!(st instanceof Error)) {
      if (!st.isDirectory()) return { at, notAFolder: true };
      break;
    }
    // ENOTDIR: a file further up the path, which the walk reaches and names.
    const up = path.dirname(at);
    if ((st.code !== 'ENOENT' && st.code !== 'ENOTDIR') || up === at) return { at, error: st };
    missing.push(at);
    at = up;
  }
  for (let i = missing.length - 1; i >= 0; i--) {
    const d = missing[i]!;
    try {
      await fs.mkdir(d);
    } catch (e) {
      // Made meanwhile by someone else: as good as made here, when it is a folder.
      if ((e as NodeJS.ErrnoException).code === 'EEXIST' && (await fs.stat(d).catch(() => undefined))?.isDirectory()) continue;
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') return { at: d, notAFolder: true };
      return { at: d, error: e };
    }
  }
  return undefined;
}
