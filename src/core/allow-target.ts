// Where "Allow … in this workspace" may write its `.cborc.yaml`, for the extension and the
// language server alike. It wrote next to the file when no config applied, whatever the file's
// folder: a file in /tmp got /tmp/.cborc.yaml (which then applied to everything under /tmp), and a
// URI with `..` in it got /etc/.cborc.yaml. Now it writes only inside a workspace folder: the
// config that applies, if it lies in one, or a new one at the root of the file's folder. A file
// outside every workspace folder, or whose config lies outside them, gets no such write.
// Paths are absolute and '/'-separated (a Windows drive letter may lead, with or without a '/').

export type AllowTarget =
  /** Write here: `exists` says whether to edit the file or create it. */
  | { config: string; exists: boolean }
  /** No write: the file is outside every workspace folder, or the config that applies to it is. */
  | { outside: 'file' | 'config' };

/** The path with `.` and `..` segments resolved, '/'-separated, a drive letter lower-cased and without a '/' before it. */
export function comparablePath(p: string): string {
  const slashes = p.replace(/\\/g, '/').replace(/^\/([A-Za-z]:)/, '$1');
  const drive = /^[A-Za-z]:/.exec(slashes)?.[0].toLowerCase() ?? '';
  const parts: string[] = [];
  for (const seg of slashes.slice(drive.length).split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return `${drive}/${parts.join('/')}`;
}

/** The innermost of `folders` that holds `p` (itself included), or undefined. */
function folderOf(p: string, folders: readonly string[]): string | undefined {
  const at = comparablePath(p);
  return folders
    .map(comparablePath)
    .filter((f) => at === f || at.startsWith(f.endsWith('/') ? f : `${f}/`))
    .sort((a, b) => b.length - a.length)[0];
}

/**
 * Where to add an allowed word for `file`: `nearest` is the `.cborc.yaml` that applies to it (found
 * upward from its folder), undefined when none does.
 */
export function allowTarget(file: string, folders: readonly string[], nearest: string | undefined): AllowTarget {
  const folder = folderOf(file, folders);
  if (folder === undefined) return { outside: 'file' };
  if (nearest !== undefined) return folderOf(nearest, folders) === undefined ? { outside: 'config' } : { config: comparablePath(nearest), exists: true };
  // No config applies: a new one at the folder's root, where it applies to the whole folder.
  return { config: `${folder.endsWith('/') ? folder : `${folder}/`}.cborc.yaml`, exists: false };
}
