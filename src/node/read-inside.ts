// Files that come with a repository and name or govern other files there (a `.cborc.yaml`, the
// team checklists it names, a measurements CSV beside a CBO file) are read only when they really
// are in the folder they belong to: a symbolic link committed as `.cborc.yaml` and leading to
// /etc/shadow had each line of it echoed as "unknown key root:*:…" into the findings and the
// SARIF a CI job uploads. The real paths are compared (macOS's /tmp is itself a link), and the
// read is bounded: a checklist linked to a 300 MB file was read whole (658 MB of memory), and a
// /proc file says it is empty whatever it holds, so its size is counted as it is read.
import { constants as fsConstants, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { NOT_REGULAR, why, withoutBom } from './read-file';

/** Why a file is not read: it leads out of its folder, it is larger than the limit, or it cannot be read. */
export type Refusal = { outside: true } | { size: number; more?: boolean } | { reason: string };

/** Whether the real path of `file` lies inside the real path of `folder` (not the folder itself). */
async function realInside(file: string, folder: string): Promise<{ real: string } | Refusal> {
  let real: string;
  let realFolder: string;
  try {
    [real, realFolder] = await Promise.all([fs.realpath(file), fs.realpath(folder)]);
  } catch (e) {
    return { reason: why(e) };
  }
  const inside = path.relative(realFolder, real);
  if (inside === '' || inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside)) return { outside: true };
  return { real };
}

/**
 * Why `file` must not be read as a file of `folder`, or where it really is and its stamp
 * (modification time and size: a file changed since it was read is read again) when it may.
 * Looks at it without opening it.
 */
export async function lookInside(file: string, folder: string, maxBytes: number): Promise<{ refused: Refusal } | { real: string; stamp: string }> {
  const at = await realInside(file, folder);
  if (!('real' in at)) return { refused: at };
  let st;
  try {
    st = await fs.stat(at.real);
  } catch (e) {
    return { refused: { reason: why(e) } };
  }
  if (!st.isFile()) return { refused: { reason: NOT_REGULAR } };
  return st.size > maxBytes ? { refused: { size: st.size } } : { real: at.real, stamp: `${st.mtimeMs}:${st.size}` };
}

/** A file `readInside` would not read, and why. */
export class RefusedFile extends Error {
  constructor(readonly refusal: Refusal) {
    super('outside' in refusal ? 'leads outside its folder' : 'size' in refusal ? 'too large' : refusal.reason);
  }
}

const CHUNK = 64 * 1024;

/**
 * The text of `file` (without a byte order mark), when its real path lies in `folder`, it is a
 * regular file and it holds at most `maxBytes` bytes; otherwise a RefusedFile says why. The real
 * path is opened, without following a link put there since (O_NOFOLLOW) and without waiting on a
 * FIFO (O_NONBLOCK), and read no further than the limit.
 */
export async function readInside(file: string, folder: string, maxBytes: number): Promise<string> {
  const at = await realInside(file, folder);
  if (!('real' in at)) throw new RefusedFile(at);
  const c = fsConstants as { O_NONBLOCK?: number; O_NOFOLLOW?: number };
  let handle;
  try {
    handle = await fs.open(at.real, fsConstants.O_RDONLY | (c.O_NONBLOCK ?? 0) | (c.O_NOFOLLOW ?? 0));
  } catch (e) {
    throw new RefusedFile({ reason: why(e) });
  }
  try {
    const st = await handle.stat();
    if (!st.isFile()) throw new RefusedFile({ reason: NOT_REGULAR });
    if (st.size > maxBytes) throw new RefusedFile({ size: st.size });
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.alloc(Math.min(CHUNK, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      chunks.push(buf.subarray(0, bytesRead));
      total += bytesRead;
      // One byte past the limit is enough to know: the rest is never read.
      if (total > maxBytes) throw new RefusedFile({ size: total, more: true });
    }
    return withoutBom(Buffer.concat(chunks).toString('utf8'));
  } catch (e) {
    if (e instanceof RefusedFile) throw e;
    throw new RefusedFile({ reason: why(e) });
  } finally {
    await handle.close();
  }
}
