// The lines `cbo new` reads its answers from: typed on a terminal (readline edits the line and
// echoes it after a "> " prompt), or one a line from a pipe or a file, so a script can answer
// (`printf '...\n' | cbo new`). Ctrl+C on the terminal, the end of the input and an input that
// cannot be read are told apart: a cancel, answers that ran out, and an error (exit 2).
import { fstatSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import type { StdinSource } from './io';

/** This process's standard input: the terminal (questions and echo on stderr), or a pipe or file. */
export function processStdin(): StdinSource {
  if (process.stdin.isTTY) return { input: process.stdin, terminal: process.stderr };
  // Node reads a folder given as the input (`cbo new < /`) as an empty one; its EISDIR is told instead.
  let folder = false;
  try {
    folder = fstatSync(0).isDirectory();
  } catch {
    // No descriptor 0 to look at: read what process.stdin gives.
  }
  if (!folder) return { input: process.stdin };
  const error = Object.assign(new Error('EISDIR: illegal operation on a directory, read'), { code: 'EISDIR' });
  return { input: new Readable({ read() { this.destroy(error); } }) };
}

export type End = { end: 'eof' | 'interrupt' } | { end: 'error'; message: string } | { end: 'not-utf8'; line: number };
export type Line = string | End;

export interface AnswerLines {
  /** A person types at a terminal (readline shows what is typed); else lines come from a pipe. */
  readonly interactive: boolean;
  /**
   * The next line. On a terminal, a "> " prompt first, with `prefill` already typed so a
   * refused answer can be edited rather than typed again (the editor's input box keeps it too).
   */
  next(prefill?: string): Promise<Line>;
  close(): void;
  /** Lines read but never asked for (a script with a line too many). */
  unread(): number;
}

export function answerLines(src: StdinSource | undefined): AnswerLines {
  if (!src) return { interactive: false, next: () => Promise.resolve({ end: 'eof' }), close: () => {}, unread: () => 0 };
  const terminal = src.terminal !== undefined;
  // A pipe delivers its lines as fast as it is read, before they are asked for: they wait here.
  const queue: string[] = [];
  let ended: End | undefined;
  let waiting: ((l: Line) => void) | undefined;
  const give = (l: Line) => {
    const w = waiting;
    waiting = undefined;
    w?.(l);
  };
  const line = (l: string) => (waiting ? give(l) : queue.push(l));
  const end = (e: End) => {
    // Ctrl+C wins over the close it causes; the first reason the input stopped is the one told.
    if (!ended || e.end === 'interrupt') ended = e;
    give(ended);
  };
  if (!terminal) return lineSource(false, pipeLines(src.input, line, end), () => {});
  const rl = createInterface({ input: src.input, output: src.terminal, terminal, crlfDelay: Infinity });
  rl.on('line', line);
  rl.on('close', () => end({ end: 'eof' }));
  // With a listener, readline reports Ctrl+C here instead of pausing the input.
  rl.on('SIGINT', () => end({ end: 'interrupt' }));
  const prompt = (prefill: string) => {
    rl.setPrompt('> ');
    rl.prompt();
    // Written as if typed: a control character in it would act as a key, so none passes.
    // eslint-disable-next-line no-control-regex -- the C0 controls and DEL are what is removed
    if (prefill) rl.write(prefill.replace(/[\u0000-\u001f\u007f]/g, ''));
  };
  return lineSource(true, () => rl.close(), prompt);

  function lineSource(interactive: boolean, stop: () => void, prompt: (prefill: string) => void): AnswerLines {
    return {
      interactive,
      next(prefill = '') {
        if (ended?.end === 'interrupt') return Promise.resolve(ended);
        if (queue.length) return Promise.resolve(queue.shift()!);
        if (ended) return Promise.resolve(ended);
        prompt(prefill);
        return new Promise<Line>((resolve) => {
          waiting = resolve;
        });
      },
      close: stop,
      unread: () => queue.length,
    };
  }
}

/**
 * Lines of a pipe or a file, split where readline would not: only at "\n" or "\r\n". A lone
 * "\r" inside a line (pasted from an old Mac file, a progress bar) is a space, not the end of
 * an answer that would shift every later answer one step. The bytes are decoded strictly:
 * input that is not UTF-8 would otherwise become U+FFFD in the file without a word. Returns
 * what stops reading.
 */
function pipeLines(input: NodeJS.ReadableStream, line: (l: string) => void, end: (e: End) => void): () => void {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let partial = '';
  let count = 0;
  let done = false;
  const take = (text: string, last: boolean) => {
    const parts = (partial + text).split(/\r?\n/);
    partial = last ? '' : parts.pop()!;
    // A final line without its newline is an answer, as readline takes it; an empty one is not.
    if (last && parts[parts.length - 1] === '') parts.pop();
    for (const p of parts) {
      count++;
      line(p.replace(/\r/g, ' '));
    }
  };
  const fail = (e: End) => {
    if (done) return;
    done = true;
    end(e);
  };
  const onData = (chunk: Buffer | string) => {
    if (done) return;
    try {
      take(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }), false);
    } catch {
      // The line the bad bytes are in, as near as a lenient decoding of the chunk tells.
      const text = typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk);
      const before = partial + text.slice(0, Math.max(0, text.indexOf('\ufffd')));
      fail({ end: 'not-utf8', line: count + 1 + (before.match(/\n/g)?.length ?? 0) });
    }
  };
  const onEnd = () => {
    if (done) return;
    try {
      take(decoder.decode(), true);
    } catch {
      return fail({ end: 'not-utf8', line: count + 1 });
    }
    done = true;
    end({ end: 'eof' });
  };
  const onError = (e: Error) => fail({ end: 'error', message: e.message });
  input.on('data', onData);
  input.on('end', onEnd);
  input.on('error', onError);
  return () => {
    done = true;
    input.removeListener('data', onData);
    input.removeListener('end', onEnd);
    input.removeListener('error', onError);
    // Let the process exit although the pipe may still be open (`yes | cbo new`), as readline's close does.
    input.pause();
  };
}
