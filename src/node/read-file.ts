// Reading one file from the disk for the CLI and the language server: regular files only
// (a FIFO or a device named on the command line could block forever), with the reason in
// words a user understands when it cannot be read.
import { constants as fsConstants, promises as fs } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { undecodableBytes } from '../core/encoding';
import { IS_FOLDER, NOT_REGULAR, reasonOfCode } from '../core/read-reasons';

/** A file or path the command cannot use: exit 2. `ko` is the message in Korean, as for UsageError. */
export class FileError extends Error {
  constructor(
    message: string,
    readonly ko?: string,
  ) {
    super(message);
  }
}

export { IS_FOLDER, NOT_REGULAR, reasonIn } from '../core/read-reasons';

/** Why a node error happened, in words (`reasonIn` puts them in Korean); an unknown one as the OS wrote it. */
export function why(e: unknown): string {
  return reasonOfCode((e as NodeJS.ErrnoException).code) ?? (e as Error).message;
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

/**
 * The text as an editor shows it: without the UTF-8 byte order mark some Windows tools write.
 * VS Code hides it, so positions count from after it; left in, "\uFEFF## CBO: …" is no heading
 * and a plan's first outcome passed `cbo check` unread.
 */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Reads a regular file (without its byte order mark); refuses FIFOs and devices before opening them. */
export async function readRegular(p: string, read: (p: string) => Promise<string> = (x) => fs.readFile(x, 'utf8')): Promise<string> {
  const problem = await notReadable(p);
  if (problem) throw new FileError(problem);
  try {
    return withoutBom(await read(p));
  } catch (e) {
    throw new FileError(why(e));
  }
}


/**
 * `use` on `p` opened for reading, if it is a regular file; `otherwise` when it is not, cannot be
 * opened, or `use` fails. Opened without waiting (O_NONBLOCK) and checked with fstat, so a FIFO
 * put where a listed or already read file was never blocks; `noFollow` refuses a link too. For
 * the looks a command takes beside its reading (a file's head, its bytes), where a failure only
 * means no note.
 */
export async function onRegularFile<T>(p: string, use: (file: FileHandle) => Promise<T>, otherwise: T, opts: { noFollow?: boolean } = {}): Promise<T> {
  const c = fsConstants as { O_NONBLOCK?: number; O_NOFOLLOW?: number };
  let handle: FileHandle;
  try {
    handle = await fs.open(p, fsConstants.O_RDONLY | (c.O_NONBLOCK ?? 0) | (opts.noFollow ? (c.O_NOFOLLOW ?? 0) : 0));
  } catch {
    return otherwise; // gone, locked or a link: the caller's "no"
  }
  try {
    return (await handle.stat()).isFile() ? await use(handle) : otherwise;
  } catch {
    return otherwise; // a read error, or what `use` refused
  } finally {
    await handle.close();
  }
}

/** A file's text, and where decoding its bytes made � when it holds any (see `readDecoded`). */
export interface Decoded {
  text: string;
  /** Offsets in `text` of the � a UTF-8 decoder made (`undecodableBytes`); absent when the text holds no �. */
  undecodable?: number[];
}

/**
 * `readRegular`, with the offsets `lint` takes to tell a � decoding made from one written there
 * (a literal U+FFFD is valid UTF-8). Both come from the same bytes, read once: a second read could
 * find another file. `readBytes` reads them (the CLI's io, which a test can replace). The bytes are scanned only when the text holds a �, as few files do.
 */
export async function readDecoded(p: string, readBytes: (p: string) => Promise<Uint8Array> = (x) => fs.readFile(x)): Promise<Decoded> {
  let bytes: Uint8Array = new Uint8Array(0);
  const text = await readRegular(p, async (x) => {
    bytes = await readBytes(x);
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  });
  return text.includes('\uFFFD') ? { text, undecodable: undecodableBytes(bytes).at } : { text };
}
