// The reader's log lines (framing problems, JSON that is no message) are written where the
// lifecycle says as it dispatches them, in order with the messages around them: to stderr before
// `initialize` and after `shutdown`, to the client's log between. Decided while the chunk was
// framed, the lines about messages after an `initialize` in the same chunk went to stderr.
import { strict as assert } from 'node:assert';
import type { Message, RequestMessage, ResponseMessage } from 'vscode-languageserver/node';
import { Lifecycle } from '../../src/lsp/lifecycle';
import { noteMessage } from '../../src/lsp/stdio-reader';
import { LspClient } from '../lsp/client';

describe('language server reader log lines', () => {
  it('go to stderr before initialize and after shutdown, to the client from initialize on, in the server language', () => {
    const logs: [string, boolean][] = [];
    const l = new Lifecycle((r: ResponseMessage) => l.sent(r));
    l.log = (text, toClient) => logs.push([text, toClient]);
    const send = (m: Message) => l.handleMessage(m, () => undefined);
    const note = (en: string) => noteMessage({ en, ko: `${en} (ko)` });
    send(note('a'));
    send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: {} } as RequestMessage);
    send(note('b'));
    l.sent({ jsonrpc: '2.0', id: 1, result: { capabilities: {} } } as ResponseMessage);
    l.lang = () => 'ko';
    send(note('c'));
    send({ jsonrpc: '2.0', id: 2, method: 'shutdown' } as RequestMessage);
    send(note('d'));
    assert.deepEqual(logs, [
      ['a', false],
      ['b', true],
      ['c (ko)', true],
      ['d (ko)', false],
    ]);
  });

  it('over stdio: one read in the same chunk after initialize reaches the client, one before it stderr', async function () {
    this.timeout(30_000);
    const c = new LspClient();
    try {
      const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
      c.writeRaw(`Content-Length: 2\r\n\r\n[]Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}Content-Length: 1\r\n\r\n5`);
      await c.waitFor((m) => m.id === 1 && m.result !== undefined, 10_000);
      await c.waitFor((m) => m.method === 'window/logMessage' && /^cbo: Invalid request: a message must be a JSON object/.test((m.params as { message: string }).message), 10_000);
      const toClient = c.notifications.filter((m) => m.method === 'window/logMessage' && /Invalid request/.test((m.params as { message: string }).message));
      assert.equal(toClient.length, 1, 'the one after initialize');
      assert.equal(await c.stop(), 0);
      assert.equal(c.stderr.join('').match(/Invalid request/g)?.length, 1, `the one before: ${c.stderr.join('')}`);
    } finally {
      if (c.proc.exitCode === null) c.proc.kill();
    }
  });
});
