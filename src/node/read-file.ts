// Reading one file from the disk for the CLI and the language server: regular files only
// (a FIFO or a device named on the command line could block forever), with the reason in
// words a user understands when it cannot be read.
import { constants as fsConstants, promises as fs } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { CONFIG_NOT_REGULAR } from '../core/config-discovery';
import { undecodableBytes } from '../core/encoding';

/** A file or path the command cannot use: exit 2. `ko` is the message in Korean, as for UsageError. */
export class FileError extends Error {
  constructor(
    message: string,
    readonly ko?: string,
  ) {
    super(message);
  }
}

/** The reason given for a folder: the CLI commands that read one file add where a folder goes. */
export const IS_FOLDER = 'it is a folder';

export const NOT_REGULAR = 'not a regular file (a FIFO, socket or device is never read: it could wait forever)';

const LINK_LOOP = 'a symbolic link leads back to itself';
const READ_ONLY = 'the file system is read-only';

export function why(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EISDIR') return IS_FOLDER;
  if (code === 'ELOOP') return LINK_LOOP;
  if (code === 'EROFS') return READ_ONLY;
  return (e as Error).message;
}

const KO_REASONS: Record<string, string> = {
  'permission denied': '권한이 없습니다',
  'no such file or folder': '그런 파일이나 폴더가 없습니다',
  [IS_FOLDER]: '폴더입니다',
  [LINK_LOOP]: '심볼릭 링크가 자기 자신으로 돌아옵니다',
  [READ_ONLY]: '읽기 전용 파일 시스템입니다',
  [NOT_REGULAR]: '일반 파일이 아닙니다(FIFO, 소켓, 장치는 끝없이 기다릴 수 있어 읽지 않습니다)',
  [CONFIG_NOT_REGULAR]: '일반 파일이 아닙니다',
};

/** A reason `why` gave, in the messages' language; an OS message it does not know stays as the OS wrote it. */
export function reasonIn(reason: string, lang: 'en' | 'ko' | undefined): string {
  return lang === 'ko' ? (KO_REASONS[reason] ?? reason) : reason;
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
