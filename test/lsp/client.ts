// A small JSON-RPC client over a child process's stdio (LSP base protocol: Content-Length
// framed messages), for the language server's protocol-level tests. Written here rather than
// taken from vscode-jsonrpc so the tests check the wire format a foreign client sees.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as path from 'node:path';

export interface Message {
  jsonrpc: '2.0';
  id?: number | string | null;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

export class LspClient {
  readonly proc: ChildProcessWithoutNullStreams;
  private buf = Buffer.alloc(0);
  private nextId = 1;
  private pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private listeners: ((m: Message) => void)[] = [];
  readonly notifications: Message[] = [];
  readonly stderr: string[] = [];
  /** Answers to requests the server sends us (workspace/configuration, ...). */
  onRequest: (m: Message) => unknown = () => null;

  /** `env` is added to this process's (a time zone, a clock moved by test/clock.cjs). */
  constructor(cli = path.resolve('dist/cli.js'), args = ['lsp', '--stdio'], env: Record<string, string> = {}) {
    this.proc = spawn(process.execPath, [cli, ...args], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    this.proc.stdout.on('data', (d: Buffer) => this.read(d));
    this.proc.stderr.on('data', (d: Buffer) => this.stderr.push(d.toString()));
  }

  private read(d: Buffer): void {
    this.buf = Buffer.concat([this.buf, d]);
    for (;;) {
      const head = this.buf.indexOf('\r\n\r\n');
      if (head < 0) return;
      const m = /Content-Length: (\d+)/i.exec(this.buf.subarray(0, head).toString('ascii'));
      if (!m) throw new Error(`bad header from the server: ${this.buf.subarray(0, head).toString()}`);
      const len = Number(m[1]);
      if (this.buf.length < head + 4 + len) return;
      const msg = JSON.parse(this.buf.subarray(head + 4, head + 4 + len).toString('utf8')) as Message;
      this.buf = this.buf.subarray(head + 4 + len);
      this.dispatch(msg);
    }
  }

  private dispatch(msg: Message): void {
    if (msg.id !== undefined && msg.method === undefined && msg.id !== null && this.pending.has(Number(msg.id))) {
      const p = this.pending.get(Number(msg.id))!;
      this.pending.delete(Number(msg.id));
      if (msg.error) p.reject(new Error(`${msg.error.code}: ${msg.error.message}`));
      else p.resolve(msg.result);
      return;
    }
    if (msg.id !== undefined && msg.method) {
      this.write({ jsonrpc: '2.0', id: msg.id, result: this.onRequest(msg) ?? null });
      return;
    }
    // A notification, or a response to no request of ours (to a message written raw, or an
    // error with id null): kept with the notifications, so waitFor finds it.
    this.notifications.push(msg);
    for (const l of [...this.listeners]) l(msg);
  }

  /** Bytes on the wire as they are, framed or not (the framing tests). */
  writeRaw(bytes: string | Buffer): void {
    this.proc.stdin.write(bytes);
  }

  private write(msg: Message): void {
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    this.proc.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin.write(body);
  }

  request<T = unknown>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.write({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.write({ jsonrpc: '2.0', method, params });
  }

  /** The next notification that satisfies `ok` (already received ones after `since` count). */
  waitFor(ok: (m: Message) => boolean, timeoutMs = 20_000, since = 0): Promise<Message> {
    const seen = this.notifications.slice(since).find(ok);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.listeners = this.listeners.filter((l) => l !== listener);
        reject(new Error(`no matching notification in ${timeoutMs} ms; stderr: ${this.stderr.join('')}`));
      }, timeoutMs);
      const listener = (m: Message) => {
        if (!ok(m)) return;
        clearTimeout(timer);
        this.listeners = this.listeners.filter((l) => l !== listener);
        resolve(m);
      };
      this.listeners.push(listener);
    });
  }

  /** The next diagnostics published for `uri` (from now on). */
  diagnostics(uri: string, timeoutMs?: number): Promise<Diag[]> {
    return this.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string }).uri === uri, timeoutMs, this.notifications.length).then((m) => (m.params as { diagnostics: Diag[] }).diagnostics);
  }

  async initialize(rootUri: string, extra: Record<string, unknown> = {}): Promise<{ capabilities: Record<string, unknown>; serverInfo?: { name: string } }> {
    const r = await this.request<{ capabilities: Record<string, unknown> }>('initialize', { processId: process.pid, rootUri, capabilities: { textDocument: { completion: { completionItem: { snippetSupport: true } } } }, ...extra });
    this.notify('initialized', {});
    return r;
  }

  async stop(): Promise<number | null> {
    if (this.proc.exitCode !== null) return this.proc.exitCode;
    const exited = new Promise<number | null>((r) => this.proc.once('exit', (c) => r(c)));
    await this.request('shutdown', null).catch(() => undefined);
    this.notify('exit', null);
    const timer = setTimeout(() => this.proc.kill('SIGKILL'), 5000);
    const code = await exited;
    clearTimeout(timer);
    return code;
  }
}

export interface Diag {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: number;
  code: string;
  source: string;
  message: string;
  codeDescription?: { href: string };
}
