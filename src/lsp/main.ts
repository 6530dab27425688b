// The language server's own bundle (dist/lsp.js): `cbo lsp --stdio` loads it at run time, so
// the CLI and the server stay separate layers (each imports src/core only) and `cbo check`
// never loads the protocol libraries.
import * as path from 'node:path';
import { createConnection, ProposedFeatures, StreamMessageWriter, type Message, type ResponseMessage } from 'vscode-languageserver/node';
import { systemKorean } from '../node/system-lang';
import { Lifecycle } from './lifecycle';
import { startLanguageServer, type ServerOptions } from './server';
import { StdioReader } from './stdio-reader';

/** The connection's writer, which shows the lifecycle every message it writes (the answer to initialize decides the phase). */
class WatchedWriter extends StreamMessageWriter {
  constructor(
    stream: NodeJS.WritableStream,
    private readonly seen: (message: Message) => void,
  ) {
    super(stream);
  }

  override write(message: Message): Promise<void> {
    this.seen(message);
    return super.write(message);
  }
}

/** Serves the protocol on this process's stdin and stdout; resolves when the client exits. */
export function startStdio(version: string, options: ServerOptions = {}): Promise<void> {
  // A reader and a writer rather than the streams: the lifecycle check answers a refused
  // request itself, through the connection's own writer (which queues whole messages).
  const writer = new WatchedWriter(process.stdout, (message) => lifecycle.sent(message));
  const lifecycle = new Lifecycle((response) => void writer.write(response).catch(() => undefined), process.env);
  // The reader's errors carry a request's id when it shows (framing.ts): through the lifecycle,
  // so none is taken for the answer to an initialize of the same id.
  const reply = (response: ResponseMessage) => lifecycle.reply(response);
  // The reader's lines (framing problems) go to the client once it may be spoken to (from
  // `initialize`, LSP 3.17), to stderr before that and after `shutdown`: clients keep stderr in
  // their log too. The lifecycle decides as it dispatches them (the reader reads nothing before
  // the connection listens, so `connection` is set by then).
  lifecycle.log = (text, toClient) => (toClient ? connection.console.warn(text) : void process.stderr.write(`${text}\n`));
  const reader = new StdioReader(process.stdin, { reply, lang: () => lifecycle.lang() });
  const connection = createConnection(ProposedFeatures.all, reader, writer, { messageStrategy: lifecycle });
  // Given streams, the library ended the process when the client closed stdin; given a reader
  // it does not, so it is done here, with the same codes as `exit`: a client that died must not
  // leave a server behind.
  const closed = () => process.exit(lifecycle.phase === 'shut down' ? 0 : 1);
  process.stdin.once('end', closed);
  process.stdin.once('close', closed);
  return startLanguageServer(connection, version, lifecycle, options);
}

// `node dist/lsp.js --stdio` looked like a way to start the server, and exited at once with no
// word: the bundle only exports `startStdio` for the cbo command. Run directly, it says which
// command starts the server (one line, in the system's language) and exits 2, as a usage error.
if (require.main === module) {
  const cli = path.join(__dirname, 'cli.js');
  process.stderr.write(
    systemKorean(process.env)
      ? `lsp.js는 cbo 명령이 불러 쓰는 부분이라 혼자 실행되지 않습니다: 언어 서버는 \`cbo lsp --stdio\`(설치하지 않았다면 \`node ${cli} lsp --stdio\`)로 시작하세요.\n`
      : `lsp.js is the part of the cbo command that it loads, and does not run on its own: start the language server with \`cbo lsp --stdio\` (not installed: \`node ${cli} lsp --stdio\`).\n`,
  );
  process.exitCode = 2;
}
