// Reading one file from the disk for the CLI and the language server: regular files only
// (a FIFO or a device named on the command line could block forever), with the reason in
// words a user understands when it cannot be read.
import { promises as fs } from 'node:fs';

export class FileError extends Error {}

/** The reason given for a folder: the CLI commands that read one file add where a folder goes. */
export const IS_FOLDER = 'it is a folder';

export const NOT_REGULAR = 'not a regular file (a FIFO, socket or device is never read: it could wait forever)';

export function why(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EISDIR') return IS_FOLDER;
  return (e as Error).message;
}

/** Why a path cannot be read as a file, or undefined when it is a regular file. Never opens it. */
export async function notReadable(p: string): Promise<string | undefined> {
  try {
    const st = await fs.stat(p);
    if (st.isDirectory()) return IS_FOLDER;
    return st.isFile() ? undefined : NOT_REGULAR;
  } catch (e) {
    return why(e);
  }
}

/** Reads a regular file; refuses FIFOs and devices before opening them. */
export async function readRegular(p: string, read: (p: string) => Promise<string> = (x) => fs.readFile(x, 'utf8')): Promise<string> {
  const problem = await notReadable(p);
  if (problem) throw new FileError(problem);
  try {
    return await read(p);
  } catch (e) {
    throw new FileError(why(e));
  }
}

