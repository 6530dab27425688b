// The connection's reader of stdin: the framer (framing.ts) in place of vscode-jsonrpc's
// StreamMessageReader, so a bad message costs that message only. What the framer cannot parse
// is answered here, as JSON-RPC asks of a message whose id cannot be read: a parse error
// (-32700) for a body that is not JSON, an invalid request (-32600) for JSON that is no message
// (`[]`, `5`: the library dropped these with a log line the client never saw answered).
// Its log lines, the framer's and its own, are capped together: 160,000 copies of `5` gave as
// many lines on top of the error replies. And they travel down the connection's queue as notes
// (readerNote), so the lifecycle (lifecycle.ts) decides where each goes, and in which language,
// when it is dispatched, in order with the messages around it: decided while the chunk was
// framed, the lines about the messages after an `initialize` in the same chunk went to stderr,
// it not being answered yet.
import { AbstractMessageReader, Disposable, ErrorCodes, type DataCallback, type Message, type MessageReader, type NotificationMessage, type ResponseMessage } from 'vscode-languageserver/node';
import type { Lang } from '../core/finding';
import { Framer } from './framing';
import type { Obj } from './json-object';
import { cancelProblems, droppedLine } from './message-params';

export interface ReaderOutput {
  /** Writes a response on the wire, beside the connection (it shares its writer). */
  reply(response: ResponseMessage): void;
  /** The language of replies and log lines. */
  lang(): Lang;
}

/** How many lines the reader logs; past that one line says the rest are not (a stream of noise would flood the client's log). */
export const MAX_LOGGED = 20;

/** Marks a reader's note: a key no JSON from the client can hold. */
const NOTE = Symbol('cbo reader note');
/** A log line in both languages: which one is written is decided with where, at dispatch. */
export interface NoteText {
  en: string;
  ko: string;
}
type Note = NotificationMessage & { [NOTE]: NoteText };

/** The log line a message delivered by the reader carries, if it is one of its notes rather than the client's. */
export function readerNote(message: Message): NoteText | undefined {
  return (message as Partial<Note>)[NOTE];
}

/** A note carrying a log line, delivered as a message so it keeps its place among them. */
export function noteMessage(text: NoteText): Message {
  const note: Note = { jsonrpc: '2.0', method: '$/cbo/readerNote', [NOTE]: text };
  return note;
}

export class StdioReader extends AbstractMessageReader implements MessageReader {
  private callback: DataCallback | undefined;
  private readonly framer: Framer;
  private logged = 0;

  constructor(
    private readonly readable: NodeJS.ReadableStream,
    out: ReaderOutput,
  ) {
    super();
    const say = (en: string, ko: string) => (out.lang() === 'ko' ? ko : en);
    const refuse = (code: number, message: string, id: number | string | null = null) => out.reply({ jsonrpc: '2.0', id, error: { code, message } });
    const log = (en: string, ko: string) => this.log({ en, ko });
    this.framer = new Framer({
      message: (value) => {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
          const en = 'Invalid request: a message must be a JSON object (batches are not taken).';
          const ko = '잘못된 요청: 메시지는 JSON 객체여야 합니다(배치는 받지 않습니다).';
          log(`cbo: ${en}`, `cbo: ${ko}`);
          return refuse(ErrorCodes.InvalidRequest, say(en, ko));
        }
        // The library reads a cancellation's `params.id` as it takes the message, before the
        // lifecycle sees it: with params null it threw, and the message went without a word.
        const problems = (value as Obj).method === '$/cancelRequest' && !('id' in value) ? cancelProblems((value as Obj).params) : [];
        if (problems.length) return log(droppedLine('$/cancelRequest', problems, 'en'), droppedLine('$/cancelRequest', problems, 'ko'));
        this.deliver(value as Message);
      },
      parseError: (en, ko, id) => refuse(ErrorCodes.ParseError, say(en, ko), id),
      log,
    });
  }

  /** A line for the log, as a note down the queue; past MAX_LOGGED, one line that says so, then nothing. */
  private log(text: NoteText): void {
    if (this.logged > MAX_LOGGED) return;
    this.logged++;
    const more = { en: 'cbo: more problems reading messages; they are no longer logged.', ko: 'cbo: 메시지를 읽는 문제가 더 있지만 더는 기록하지 않습니다.' };
    this.deliver(noteMessage(this.logged <= MAX_LOGGED ? text : more));
  }

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    const onData = (data: Buffer | string) => {
      try {
        this.framer.push(typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
      } catch (e) {
        this.fireError(e);
      }
    };
    const onError = (e: unknown) => this.fireError(e);
    const onClose = () => this.fireClose();
    this.readable.on('data', onData);
    this.readable.on('error', onError);
    this.readable.on('close', onClose);
    return Disposable.create(() => {
      this.callback = undefined;
      this.readable.off('data', onData);
      this.readable.off('error', onError);
      this.readable.off('close', onClose);
    });
  }

  /** A handler that throws must not stop the messages after it in the same chunk. */
  private deliver(message: Message): void {
    try {
      this.callback?.(message);
    } catch (e) {
      this.fireError(e);
    }
  }
}
