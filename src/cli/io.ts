// What CLI commands may touch of the outside world, passed in so tests can run commands
// in memory and check exactly what they print and return.
import * as path from 'node:path';
import { readDecoded, readRegular, type Decoded } from '../node/read-file';

export interface CliIo {
  stdout(s: string): void;
  stderr(s: string): void;
  /**
   * Whether stdout is a terminal (a person reads it) rather than a file or a pipe. A document on
   * stdout (`printDocument`) is escaped only on a terminal: redirected, it must be byte for byte
   * what `-o FILE` writes.
   */
  stdoutIsTerminal: boolean;
  /**
   * stdout for a document, set by `terminalIo` (raw unless stdout is a terminal). A raw io leaves
   * it out: `printDocument` then writes to `stdout`, which is raw there already.
   */
  document?(s: string): void;
  readFile(path: string): Promise<string>;
  /**
   * The bytes of a file, for a CBO file or plan that is linted (`readLinted`): the offsets of the
   * � that decoding made come from them (a literal U+FFFD is valid UTF-8). Absent, the text of
   * `readFile` is linted without them, and every � counts as undecodable.
   */
  readBytes?(path: string): Promise<Uint8Array>;
  cwd: string;
  /**
   * Standard input, for a command that asks questions (`cbo new`). A function, so the other
   * commands never open it; absent (no input at all) where a test gives none.
   */
  stdin?: () => StdinSource;
}

export interface StdinSource {
  input: NodeJS.ReadableStream;
  /**
   * Set when `input` is a terminal: the stream readline echoes the typed line to and edits it
   * on (stderr, as the questions). Its cursor controls must pass raw, so it is not the io.
   */
  terminal?: NodeJS.WritableStream;
}

/**
 * The same io, noting every file read through it (resolved against cwd): `-o` must never
 * replace a file the command read, not even with --force.
 */
export function trackReads(io: CliIo): { io: CliIo; files: string[] } {
  const files: string[] = [];
  const readFile = (p: string) => {
    files.push(path.resolve(io.cwd, p));
    return io.readFile(p);
  };
  const tracked: CliIo = { ...io, readFile };
  const readBytes = io.readBytes?.bind(io);
  if (readBytes)
    tracked.readBytes = (p: string) => {
      files.push(path.resolve(io.cwd, p));
      return readBytes(p);
    };
  return { io: tracked, files };
}

/**
 * A CBO file or plan to lint, read through the io as `cbo check` and `cbo portfolio` both read
 * it: a regular file only, without its byte order mark, with the offsets of the � that decoding
 * made (`readDecoded`), so the two count a file with bytes that are not UTF-8 alike.
 */
export function readLinted(file: string, io: CliIo): Promise<Decoded> {
  const readBytes = io.readBytes?.bind(io);
  if (readBytes) return readDecoded(file, readBytes);
  return readRegular(file, io.readFile).then((text) => ({ text }));
}
