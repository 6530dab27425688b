// The lines `cbo new` reads its answers from: typed on a terminal (readline edits the line and
// echoes it after a "> " prompt), or one a line from a pipe or a file, so a script can answer
// (`printf '...\n' | cbo new`). Ctrl+C on the terminal and the end of the input are told apart:
// the first is a cancel, the second answers that ran out.
import { createInterface } from 'node:readline';
import type { StdinSource } from './io';

export type End = { end: 'eof' | 'interrupt' };
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
}

export function answerLines(src: StdinSource | undefined): AnswerLines {
  if (!src) return { interactive: false, next: () => Promise.resolve({ end: 'eof' }), close: () => {} };
  const terminal = src.terminal !== undefined;
  const rl = createInterface({ input: src.input, output: src.terminal, terminal, crlfDelay: Infinity });
  // A pipe delivers its lines as fast as it is read, before they are asked for: they wait here.
  const queue: string[] = [];
  let ended: End['end'] | undefined;
  let waiting: ((l: Line) => void) | undefined;
  const give = (l: Line) => {
    const w = waiting;
    waiting = undefined;
    w?.(l);
  };
  rl.on('line', (l) => (waiting ? give(l) : queue.push(l)));
  rl.on('close', () => {
    ended ??= 'eof';
    give({ end: ended });
  });
  // With a listener, readline reports Ctrl+C here instead of pausing the input.
  rl.on('SIGINT', () => {
    ended = 'interrupt';
    give({ end: ended });
  });
  return {
    interactive: terminal,
    next(prefill = '') {
      if (ended === 'interrupt') return Promise.resolve({ end: ended });
      if (queue.length) return Promise.resolve(queue.shift()!);
      if (ended) return Promise.resolve({ end: ended });
      if (terminal) {
        rl.setPrompt('> ');
        rl.prompt();
        // Written as if typed: a control character in it would act as a key, so none passes.
        // eslint-disable-next-line no-control-regex -- the C0 controls and DEL are what is removed
        if (prefill) rl.write(prefill.replace(/[\u0000-\u001f\u007f]/g, ''));
      }
      return new Promise<Line>((resolve) => {
        waiting = resolve;
      });
    },
    close() {
      rl.close();
    },
  };
}
