// The protocol's lifecycle (LSP 3.17, "Server lifecycle"), kept before any handler runs: the
// library dispatches every message it reads, so a hover sent before `initialize` was answered,
// a `didOpen` before it was linted and published, a second `initialize` succeeded, and after
// `shutdown` hovers were answered and changes linted. Every message passes here first (a
// vscode-jsonrpc message strategy, main.ts, run as the message is dispatched) and is refused or
// dropped as the spec asks:
// - before `initialize`, and until it is answered: a request gets ServerNotInitialized (-32002),
//   a notification other than `exit` is dropped;
// - after `shutdown`: a request gets InvalidRequest (-32600), a notification other than `exit`
//   is dropped;
// - `initialize` may be sent once: again, it gets InvalidRequest. Once means once answered with
//   a result: an initialize answered with an error (it failed) may be sent again. The server
//   entered 'running' as it passed initialize on, so one that failed left the session refused
//   its retry, without locale, settings or folders. Its params are checked first
//   (initialize-params.ts), so a malformed field no longer fails it.
// `exit` always goes through; the library ends the process with 0 after `shutdown`, else 1.
// While running, the params of the requests and notifications the server serves are checked
// (message-params.ts): a malformed request gets InvalidParams (-32602), a malformed
// notification is dropped with one line in the client's log.
// The reader's log lines come here too, in order with the messages (stdio-reader.ts), and go to
// the client once it may be spoken to (from `initialize`), to stderr before that and after
// `shutdown`.
import { ErrorCodes, Message, type MessageStrategy, type NotificationMessage, type RequestMessage, type ResponseMessage } from 'vscode-languageserver/node';
import type { Lang } from '../core/finding';
import { systemKorean } from '../node/system-lang';
import { checkInitializeParams, type ParamProblem } from './initialize-params';
import { droppedLine, invalidParamsMessage, notificationProblems, requestProblems } from './message-params';
import { readerNote } from './stdio-reader';

export type Phase = 'before initialize' | 'initializing' | 'running' | 'shut down';

export class Lifecycle implements MessageStrategy {
  phase: Phase = 'before initialize';
  /** The language of a refusal: the system's until the client says (server.ts sets it then). */
  lang: () => Lang;
  /** Checks a notification's params while running; false drops it (server.ts: the document sync guard). */
  accept: (method: string, params: unknown) => boolean = () => true;
  /** Writes a line of the reader's, or about a notification dropped for its params: to the client's log (`toClient`), else stderr (main.ts sets it). */
  log: (text: string, toClient: boolean) => void = (text) => void process.stderr.write(`${text}\n`);
  /** What the last initialize's params left out (server.ts logs it). */
  initProblems: ParamProblem[] = [];
  /** The id of the initialize being answered. */
  private initId: RequestMessage['id'] | undefined;
  /** Responses written beside the connection (refusals, the reader's errors): never the answer to initialize, whatever their id. */
  private readonly own = new WeakSet<ResponseMessage>();

  /** `write` puts a response on the wire, beside the connection (it shares its writer). */
  constructor(
    private readonly write: (response: ResponseMessage) => void,
    env: Record<string, string | undefined> = {},
  ) {
    const sys: Lang = systemKorean(env) ? 'ko' : 'en';
    this.lang = () => sys;
  }

  handleMessage(message: Message, next: (message: Message) => void): void {
    const note = readerNote(message);
    if (note) return this.log(this.lang() === 'ko' ? note.ko : note.en, this.phase === 'initializing' || this.phase === 'running');
    if (Message.isRequest(message)) this.request(message, next);
    else if (Message.isNotification(message)) this.notification(message, next);
    else next(message); // the client's answer to a request of ours
  }

  /** Every message the server writes (main.ts): the answer to initialize decides the phase. */
  sent(message: Message): void {
    if (this.phase !== 'initializing' || !Message.isResponse(message) || this.own.has(message) || message.id !== this.initId) return;
    this.phase = message.error === undefined ? 'running' : 'before initialize';
    this.initId = undefined;
  }

  private request(m: RequestMessage, next: (message: Message) => void): void {
    const ko = this.lang() === 'ko';
    if (m.method === 'initialize' && this.phase !== 'shut down') {
      if (this.phase !== 'before initialize') return this.refuse(m, ErrorCodes.InvalidRequest, ko ? 'initialize는 한 번만 보낼 수 있습니다.' : 'initialize may be sent once only.');
      const checked = checkInitializeParams(m.params);
      m.params = checked.params;
      this.initProblems = checked.problems;
      this.phase = 'initializing';
      this.initId = m.id;
      return next(m);
    }
    if (this.phase === 'before initialize' || this.phase === 'initializing') {
      return this.refuse(m, ErrorCodes.ServerNotInitialized, ko ? `서버가 아직 초기화되지 않았습니다: ${m.method}보다 initialize를 먼저 보내세요.` : `The server is not initialized: send initialize before ${m.method}.`);
    }
    if (this.phase === 'shut down') {
      return this.refuse(m, ErrorCodes.InvalidRequest, ko ? `서버가 종료 요청(shutdown)을 받았습니다: ${m.method}에 답하지 않습니다. exit만 보내세요.` : `The server was asked to shut down: it answers no ${m.method}; send exit.`);
    }
    const problems = requestProblems(m.method, m.params);
    if (problems.length) return this.refuse(m, ErrorCodes.InvalidParams, invalidParamsMessage(m.method, problems, this.lang()));
    if (m.method === 'shutdown') this.phase = 'shut down';
    next(m);
  }

  private notification(m: NotificationMessage, next: (message: Message) => void): void {
    if (m.method === 'exit') return next(m);
    if (this.phase !== 'running') return;
    const problems = notificationProblems(m.method, m.params);
    if (problems.length) return this.log(droppedLine(m.method, problems, this.lang()), true);
    if (!this.accept(m.method, m.params)) return;
    next(m);
  }

  /** Writes a response of the server's own, not the connection's (main.ts: the reader's errors go here too). */
  reply(response: ResponseMessage): void {
    this.own.add(response);
    this.write(response);
  }

  private refuse(m: RequestMessage, code: number, message: string): void {
    this.reply({ jsonrpc: '2.0', id: m.id, error: { code, message } });
  }
}
