// File access for the host, over vscode.workspace.fs only: the same code reads local folders,
// remote ones, and the virtual file systems of vscode.dev and github.dev (where the web worker
// extension host has no Node `fs`). A plain object with readFile/stat, so the config discovery
// in src/core (async read/stat) can take it as its file system.
import * as vscode from 'vscode';

export interface HostStat {
  type: 'file' | 'directory' | 'other';
  size: number;
  mtime: number;
}

const toUri = (uri: vscode.Uri | string): vscode.Uri => (typeof uri === 'string' ? vscode.Uri.parse(uri) : uri);

export const hostFiles = {
  /** The file's text (UTF-8); rejects when it cannot be read. */
  async readFile(uri: vscode.Uri | string): Promise<string> {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(toUri(uri)));
  },
  /** The text and its bytes: a caller that lints a file not open can say which U+FFFD decoding made (`undecodableBytes`). */
  async readWithBytes(uri: vscode.Uri | string): Promise<{ text: string; bytes: Uint8Array }> {
    const bytes = await vscode.workspace.fs.readFile(toUri(uri));
    return { text: new TextDecoder().decode(bytes), bytes };
  },
  /** What is there, or undefined when nothing is. */
  async stat(uri: vscode.Uri | string): Promise<HostStat | undefined> {
    try {
      const s = await vscode.workspace.fs.stat(toUri(uri));
      const type = s.type & vscode.FileType.Directory ? 'directory' : s.type & vscode.FileType.File ? 'file' : 'other';
      return { type, size: s.size, mtime: s.mtime };
    } catch {
      return undefined;
    }
  },
  async writeFile(uri: vscode.Uri | string, text: string): Promise<void> {
    await vscode.workspace.fs.writeFile(toUri(uri), new TextEncoder().encode(text));
  },
};

/** Lets the extension host breathe between slices of work. setImmediate is Node's; the web
 * worker extension host has only timers. */
export function yieldToHost(): Promise<void> {
  return new Promise((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));
}
