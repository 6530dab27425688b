// Which `.cborc.yaml` applies to a file: one algorithm for the editor and the CLI, so the
// two never pick different configs. Pure: the host reads through `vscode.workspace.fs` (so
// it works in remote and web workspaces), the CLI through node's fs; both hand in a
// `DiscoveryFs` over '/'-separated paths.
//
// The rule, as ESLint's flat config does it: from the file's folder upward, the first folder
// holding `.cborc.yaml` (else `.cborc.yml`) wins; configs do not cascade. The walk ends at the
// file-system root, or at `stop` when one is given (the editor gives one only for virtual file
// systems, whose folders above the workspace folder are not the user's). A config file that
// cannot be read is not skipped: it is returned with its error, so the caller can report it
// instead of silently using the next config up.

export const CONFIG_FILE_NAMES = ['.cborc.yaml', '.cborc.yml'] as const;

/** The error of a config that is a folder, FIFO or device (the CLI says it in Korean too). */
export const CONFIG_NOT_REGULAR = 'not a regular file';

/** What discovery needs of a file system. Paths are absolute and '/'-separated. */
export interface DiscoveryFs {
  /** 'file' for a regular file; 'other' for a folder, FIFO, socket or device (never read); undefined when nothing is there. */
  stat(path: string): Promise<'file' | 'other' | undefined>;
  /** The text of a regular file. */
  readText(path: string): Promise<string>;
}

export type Discovered =
  | { path: string; text: string }
  /**
   * The config is there but could not be read: a finding on that file, never a silent fallback.
   * `errorKo`: the reason in Korean, when the file system gave one (an error with a `ko`).
   */
  | { path: string; error: string; errorKo?: string };

/** The folder above `dir`, or undefined at a root (`/`, `C:/`). */
export function parentDir(dir: string): string | undefined {
  const d = dir.length > 1 && dir.endsWith('/') && !/^[A-Za-z]:\/$/.test(dir) ? dir.slice(0, -1) : dir;
  if (d === '/' || /^[A-Za-z]:\/?$/.test(d)) return undefined;
  const i = d.lastIndexOf('/');
  if (i < 0) return undefined;
  if (i === 0) return '/';
  if (i === 2 && d[1] === ':') return d.slice(0, 3);
  return d.slice(0, i);
}

export function joinPath(dir: string, name: string): string {
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}

/** Finds configs for many files, asking the file system once per folder. */
export class ConfigDiscovery {
  private readonly byDir = new Map<string, Promise<Discovered | undefined>>();

  constructor(private readonly fs: DiscoveryFs) {}

  /** The config that applies to files in `dir`, or undefined when there is none up to `stop`. */
  find(dir: string, stop?: string): Promise<Discovered | undefined> {
    const key = `${dir}\u0000${stop ?? ''}`;
    let p = this.byDir.get(key);
    if (!p) {
      p = this.look(dir, stop);
      this.byDir.set(key, p);
    }
    return p;
  }

  /** Forget what was found (a config file was created, changed or deleted). */
  clear(): void {
    this.byDir.clear();
  }

  private async look(dir: string, stop: string | undefined): Promise<Discovered | undefined> {
    const here = await this.inDir(dir);
    if (here) return here;
    if (stop !== undefined && trimSlash(dir) === trimSlash(stop)) return undefined;
    const up = parentDir(dir);
    return up === undefined ? undefined : this.find(up, stop);
  }

  private async inDir(dir: string): Promise<Discovered | undefined> {
    for (const name of CONFIG_FILE_NAMES) {
      const path = joinPath(dir, name);
      let kind: 'file' | 'other' | undefined;
      try {
        kind = await this.fs.stat(path);
      } catch (e) {
        return failed(path, e);
      }
      if (kind === undefined) continue;
      if (kind === 'other') return { path, error: CONFIG_NOT_REGULAR };
      try {
        return { path, text: await this.fs.readText(path) };
      } catch (e) {
        return failed(path, e);
      }
    }
    return undefined;
  }
}

function trimSlash(d: string): string {
  return d.length > 1 && d.endsWith('/') ? d.slice(0, -1) : d;
}

function failed(path: string, e: unknown): Discovered {
  const ko = (e as { ko?: unknown } | null)?.ko;
  return typeof ko === 'string' ? { path, error: message(e), errorKo: ko } : { path, error: message(e) };
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
