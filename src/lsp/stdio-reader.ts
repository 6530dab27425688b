// The connection's reader of stdin: the framer (framing.ts) in place of vscode-jsonrpc's
// StreamMessageReader, so a bad message costs that message only. What the framer cannot parse
// is answered here, as JSON-RPC asks of a message whose id cannot be read: a parse error
// (-32700) for a body that is not JSON, an invalid request (-32600) for JSON that is no message
// (`[]`, `5`: the library dropped these with a log line the client never saw answered).
import { AbstractMessageReader, Disposable, ErrorCodes, type DataCallback, type Message, type MessageReader, type ResponseMessage } from 'vscode-languageserver/node';
import type { Lang } from '../core/finding';
import { Framer } from './framing';

export interface ReaderOutput {
  /** Writes a response on the wire, beside the connection (it shares its writer). */
  reply(response: ResponseMessage): void;
  /** A line for the server's log. */
  log(text: string): void;
  /** The language of both. */
  lang(): Lang;
}

export class StdioReader extends AbstractMessageReader implements MessageReader {
  private callback: DataCallback | undefined;
  private readonly framer: Framer;

  constructor(
    private readonly readable: NodeJS.ReadableStream,
    out: ReaderOutput,
  ) {
    super();
    const say = (en: string, ko: string) => (out.lang() === 'ko' ? ko : en);
    const refuse = (code: number, message: string) => out.reply({ jsonrpc: '2.0', id: null, error: { code, message } });
    this.framer = new Framer({
      message: (value) => {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
          const text = say('Invalid request: a message must be a JSON object (batches are not taken).', '잘못된 요청: 메시지는 JSON 객체여야 합니다(배치는 받지 않습니다).');
          out.log(`cbo: ${text}`);
          return refuse(ErrorCodes.InvalidRequest, text);
        }
        this.deliver(value as Message);
      },
      parseError: (en, ko) => refuse(ErrorCodes.ParseError, say(en, ko)),
      log: (en, ko) => out.log(say(en, ko)),
    });
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
