// A file that a workspace file names beside itself (a measurements CSV, a team checklist),
// looked at through workspace.fs before it is read, so that it works in the browser build too.
// workspace.fs has no realpath, only the SymbolicLink bit of stat, so every link on the way is
// refused (where the CLI reads one that stays in the folder: the editor cannot see where one
// leads); only a regular file is read (a FIFO or a device could wait forever), within a size.
import * as vscode from 'vscode';

/** What the look found: why the file is not read, or its stamp (modification time and size). */
export type Look = { cannot: 'stat' | 'link' | 'notFile' } | { size: number } | { stamp: string };

/** Looks at `parts` below `folder`, one step at a time, without opening anything. */
export async function lookBeside(folder: vscode.Uri, parts: readonly string[], maxBytes: number): Promise<Look> {
  let at = folder;
  let st: vscode.FileStat | undefined;
  for (const part of parts) {
    at = vscode.Uri.joinPath(at, part);
    try {
      st = await vscode.workspace.fs.stat(at);
    } catch {
      return { cannot: 'stat' }; // gone or not ours to see: each caller says so in its own words
    }
    if (st.type & vscode.FileType.SymbolicLink) return { cannot: 'link' };
  }
  if (!st || !(st.type & vscode.FileType.File)) return { cannot: 'notFile' };
  return st.size > maxBytes ? { size: st.size } : { stamp: `${st.mtime}:${st.size}` };
}
