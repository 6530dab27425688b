// The language server's framing over stdio, as a careless client writes it: a Content-Length
// too short and too long, noise between messages, a header without Content-Length, one split
// across writes, one too large. Each costs its own message only; with vscode-jsonrpc's reader
// the first of them put the stream out of step and nothing after it was answered. A request
// whose id shows before the cut is answered with that id (it was id null: the client waited).
import { strict as assert } from 'node:assert';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { LspClient, type Message } from './client';

const hover = (id: number) => JSON.stringify({ jsonrpc: '2.0', id, method: 'textDocument/hover', params: { textDocument: { uri: 'file:///nowhere/a.cbo.yaml' }, position: { line: 0, character: 0 } } });
const frame = (body: string, length = Buffer.byteLength(body, 'utf8')) => `Content-Length: ${length}\r\n\r\n${body}`;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('language server framing over stdio (cbo lsp --stdio)', function () {
  this.timeout(60_000);
  let client: LspClient;
  let seen = 0;
  /** The next message after the ones already looked at that satisfies `ok`. */
  const next = async (ok: (m: Message) => boolean): Promise<Message> => {
    const m = await client.waitFor(ok, 10_000, seen);
    seen = client.notifications.indexOf(m) + 1;
    return m;
  };
  const answer = (id: number) => next((m) => m.id === id && m.method === undefined);
  const parseError = (id: number | null = null) => next((m) => m.id === id && m.error?.code === -32700);
  const logged = (re: RegExp) => client.waitFor((m) => m.method === 'window/logMessage' && re.test((m.params as { message: string }).message), 10_000);

  beforeEach(async () => {
    client = new LspClient();
    seen = 0;
    await client.initialize(pathToFileURL(tmpdir()).href);
  });
  afterEach(async () => {
    assert.equal(await client.stop(), 0, 'in step to the end: shutdown and exit are read');
  });

  it('answers a Content-Length too short with a parse error (with the id it cut short), and the next request as sent', async () => {
    client.writeRaw(frame(hover(101), Buffer.byteLength(hover(101)) - 3));
    const err = await parseError(101);
    assert.match(err.error!.message, /^Parse error: a message was dropped: its body is not valid JSON/);
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri: 'file:///nowhere/a.cbo.yaml' }, position: { line: 0, character: 0 } }), null);
  });

  it('cuts a Content-Length too long at the next header, answers the cut request by its id, and that request', async () => {
    client.writeRaw(frame(hover(103), Buffer.byteLength(hover(103)) + 10) + frame(hover(104)));
    assert.match((await parseError(103)).error!.message, /its Content-Length said \d+ bytes, but the next message's header came after \d+/);
    assert.equal((await answer(104)).result, null);
  });

  it('skips noise and a header block without Content-Length, with a log line, and reads a header split across writes', async () => {
    client.writeRaw(`noise\r\nContent-Type: text/plain\r\n\r\n${frame(hover(102))}`);
    await answer(102);
    await logged(/^cbo: a header block without Content-Length was skipped: "noise\\r\\nContent-Type: text\/plain"$/);
    const body = hover(105);
    for (const part of ['Content-Le', `ngth: ${Buffer.byteLength(body)}\r`, '\n\r\n', body.slice(0, 9), body.slice(9)]) {
      client.writeRaw(part);
      await pause(30);
    }
    await answer(105);
  });

  it('refuses a Content-Length over 64 MB, and answers the request after it', async () => {
    client.writeRaw(`Content-Length: 99999999999\r\n\r\n{"jsonrpc":"2.0","id":106,"method":"textDocument/hover"}${frame(hover(107))}`);
    await logged(/^cbo: a message of 99999999999 bytes was refused: the limit is 67108864 bytes \(64 MB\)\.$/);
    await answer(107);
    assert.ok(!client.notifications.some((m) => m.id === 106), 'the refused message is not read');
  });

  it('says it in Korean to a Korean client', async () => {
    await client.stop();
    client = new LspClient();
    seen = 0;
    await client.initialize(pathToFileURL(tmpdir()).href, { locale: 'ko' });
    client.writeRaw(frame('{"jsonrpc":"2.0","id":108,'));
    assert.match((await parseError()).error!.message, /^구문 오류: 메시지를 버렸습니다: 본문이 올바른 JSON이 아닙니다/);
  });
});
