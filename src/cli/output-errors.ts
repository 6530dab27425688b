// What `cbo` does when writing its output fails. `cbo check … > /dev/full` threw an uncaught
// ENOSPC with a Node stack trace and exit 1, which a CI job reads as "findings": now one line on
// stderr and exit 2, as for any other I/O problem. A reader that closes the pipe early (`cbo check
// | head`) is no error: nothing is said, the rest of the output is dropped, and the command still
// exits with its own code, so `set -o pipefail` sees the findings.
import { reasonIn, why } from '../node/read-file';

export type OutputStream = 'stdout' | 'stderr';

export interface OutputErrorContext {
  lang: 'en' | 'ko';
  /** Writes one line to stderr at once (the process ends right after). */
  say(line: string): void;
  exit(code: number): void;
  /** Streams no longer written to: nodeIo drops what is written to them. */
  closed: Set<OutputStream>;
}

/** Codes that mean the reader went away, not that the output could not be written. */
const READER_GONE = new Set(['EPIPE', 'ERR_STREAM_DESTROYED']);

const REASONS: Record<string, { en: string; ko: string }> = {
  ENOSPC: { en: 'no space left on device', ko: '장치에 남은 공간이 없습니다' },
  EDQUOT: { en: 'disk quota exceeded', ko: '디스크 할당량을 넘었습니다' },
  EFBIG: { en: 'the file is too large', ko: '파일이 너무 큽니다' },
  EIO: { en: 'input/output error', ko: '입출력 오류입니다' },
  EBADF: { en: 'the output is closed', ko: '출력이 닫혀 있습니다' },
};

/** "cbo: cannot write the output: no space left on device", in the messages' language. */
export function cannotWriteLine(e: NodeJS.ErrnoException, lang: 'en' | 'ko'): string {
  const known = e.code ? REASONS[e.code] : undefined;
  const reason = known ? known[lang] : reasonIn(why(e), lang).split('\n')[0];
  return lang === 'ko' ? `cbo: 출력을 쓸 수 없습니다: ${reason}\n` : `cbo: cannot write the output: ${reason}\n`;
}

/** Handles an 'error' event of stdout or stderr. */
export function onOutputError(e: NodeJS.ErrnoException, stream: OutputStream, ctx: OutputErrorContext): void {
  ctx.closed.add(stream);
  if (READER_GONE.has(e.code ?? '')) return;
  // Said on stderr unless stderr is what failed: a line there would fail the same way.
  if (stream === 'stdout' && !ctx.closed.has('stderr')) ctx.say(cannotWriteLine(e, ctx.lang));
  ctx.exit(2);
}
