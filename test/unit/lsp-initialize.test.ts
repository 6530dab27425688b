// `initialize` with malformed params: `workspaceFolders: [null]`, `[{ uri: 5 }]`, `rootUri: 5`
// or `capabilities: null` made it fail with -32603, and the client's retry was refused ("may be
// sent once only"), so the session ran without locale, settings or folders. The params are
// checked field by field now, what is malformed left out with one log line; and the server
// counts as initialized only once initialize was answered with a result.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Message, RequestMessage, ResponseMessage } from 'vscode-languageserver/node';
import { checkInitializeParams, initialSettings } from '../../src/lsp/initialize-params';
import { Lifecycle } from '../../src/lsp/lifecycle';
import { LspClient } from '../lsp/client';

const init = (id: number, params: unknown): RequestMessage => ({ jsonrpc: '2.0', id, method: 'initialize', params: params as object });
/** The server's answer to initialize `id`: a result, or an error (it failed). */
const answer = (id: number, ok: boolean): ResponseMessage => (ok ? { jsonrpc: '2.0', id, result: { capabilities: {} } } : { jsonrpc: '2.0', id, error: { code: -32603, message: 'failed' } });

describe('language server initialize params', () => {
  it('leaves out what is malformed, field by field, and keeps the rest', () => {
    const r = checkInitializeParams({ processId: 'x', locale: 5, rootUri: 5, capabilities: null, workspaceFolders: [null, { uri: 5 }, { uri: 'file:///w/a', name: 'a' }, 'file:///w/b'], initializationOptions: { cbo: { lang: 'ko' } }, trace: 'off' });
    assert.deepEqual(r.params, { processId: null, rootUri: null, capabilities: {}, workspaceFolders: [{ uri: 'file:///w/a', name: 'a' }], initializationOptions: { cbo: { lang: 'ko' } }, trace: 'off' });
    assert.deepEqual(
      r.problems.map((p) => p.en),
      ['capabilities (must be an object)', 'processId (must be a number or null)', 'locale (must be text)', 'rootUri (must be text or null)', 'workspaceFolders: 3 of 4 (each needs a uri, text)'],
    );
    assert.equal(r.problems[4]!.ko, 'workspaceFolders: 4개 중 3개(각각 텍스트 uri가 있어야 함)');
    // A list that is no list: as if none was sent, so rootUri names the folder.
    const notList = checkInitializeParams({ processId: 1, rootUri: 'file:///w', capabilities: {}, workspaceFolders: 'file:///w/a' });
    assert.deepEqual([notList.params.workspaceFolders, notList.params.rootUri, notList.problems.map((p) => p.en)], [undefined, 'file:///w', ['workspaceFolders (must be a list of folders)']]);
    for (const raw of [null, undefined, 5, []]) assert.deepEqual(checkInitializeParams(raw).params, { processId: null, rootUri: null, capabilities: {} }, JSON.stringify(raw));
    const good = { processId: 7, rootUri: null, capabilities: { workspace: {} }, locale: 'ko', workspaceFolders: null };
    assert.deepEqual(checkInitializeParams(good), { params: good, problems: [] });
  });

  it('takes the settings of initializationOptions from its cbo, else the options themselves', () => {
    assert.deepEqual(initialSettings({ cbo: { lang: 'ko' } }), { lang: 'ko' });
    assert.equal(initialSettings({ cbo: null }), null, 'no settings: not {"cbo": null} read as settings');
    assert.deepEqual(initialSettings({ lang: 'ko' }), { lang: 'ko' });
    assert.equal(initialSettings(undefined), undefined);
  });
});

describe('language server lifecycle: initialize answered', () => {
  function lifecycle() {
    const replies: ResponseMessage[] = [];
    const logs: [string, boolean][] = [];
    const passed: Message[] = [];
    const l = new Lifecycle((r) => {
      replies.push(r);
      l.sent(r);
    });
    l.log = (text, toClient) => logs.push([text, toClient]);
    const send = (m: Message) => l.handleMessage(m, (x) => passed.push(x));
    return { l, replies, logs, passed, send };
  }
  const hover: RequestMessage = { jsonrpc: '2.0', id: 9, method: 'textDocument/hover', params: {} };

  it('is running only once initialize is answered with a result; answered with an error, it may be sent again', () => {
    const { l, replies, passed, send } = lifecycle();
    send(init(1, { capabilities: null }));
    assert.equal(passed.length, 1);
    assert.deepEqual((passed[0] as RequestMessage).params, { processId: null, rootUri: null, capabilities: {} }, 'the library and the server see the checked params');
    assert.equal(l.initProblems[0]!.en, 'capabilities (must be an object)');
    assert.equal(l.phase, 'initializing');
    send(hover);
    assert.deepEqual(replies.map((r) => [r.id, r.error?.code]), [[9, -32002]], 'not yet answered: not initialized');
    l.sent(answer(1, false));
    assert.equal(l.phase, 'before initialize');
    send(init(2, { capabilities: {} }));
    assert.equal(passed.length, 2, 'a retry goes through');
    l.sent(answer(2, true));
    assert.equal(l.phase, 'running');
    send(init(3, { capabilities: {} }));
    assert.equal(replies.at(-1)!.error?.message, 'initialize may be sent once only.');
  });

  it('takes no response of its own for the answer to initialize, whatever its id', () => {
    const { l, replies, send } = lifecycle();
    send(init(1, {}));
    send(init(1, {})); // the same id again, refused while the first is being answered
    // The reader's parse error for a cut message of the same id (it keeps the id it can read).
    l.reply({ jsonrpc: '2.0', id: 1, error: { code: -32700, message: 'Parse error' } });
    assert.deepEqual(replies.map((r) => r.error?.code), [-32600, -32700]);
    assert.equal(l.phase, 'initializing');
    l.sent(answer(1, true));
    assert.equal(l.phase, 'running');
  });
});

describe('language server initialize over JSON-RPC', function () {
  this.timeout(30_000);
  let root = '';
  const clients: LspClient[] = [];
  before(() => {
    root = mkdtempSync(path.join(tmpdir(), 'cbo-lsp-init-'));
    mkdirSync(path.join(root, 'a'));
    writeFileSync(path.join(root, 'a', 'a.cbo.yaml'), 'cbo: 1\n');
  });
  after(() => {
    for (const c of clients) if (c.proc.exitCode === null) c.proc.kill();
    rmSync(root, { recursive: true, force: true });
  });
  const logged = (c: LspClient, re: RegExp) => c.waitFor((m) => m.method === 'window/logMessage' && re.test((m.params as { message: string }).message), 10_000);

  it('answers initialize with malformed params, names what it left out in one line, and works with the rest', async () => {
    for (const bad of [{ workspaceFolders: [null] }, { workspaceFolders: [{ uri: 5 }] }, { rootUri: 5 }, { capabilities: null }]) {
      const c = new LspClient();
      clients.push(c);
      const r = await c.initialize(pathToFileURL(root).href, { ...bad, locale: 'ko', initializationOptions: { cbo: { files: ['**/*.yml'] } } });
      assert.ok(r.capabilities, JSON.stringify(bad));
      const line = await logged(c, /^cbo: initialize: /);
      assert.match((line.params as { message: string }).message, /^cbo: initialize: 서버가 쓸 수 없는 것을 뺐습니다\(나머지는 적용합니다\): (workspaceFolders|rootUri|capabilities)/, 'in the locale the same initialize names');
      // The folder handler is there, and the folders follow it: a plan under the added folder
      // matches the `files` glob of initializationOptions, relative to that folder.
      c.notify('workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: pathToFileURL(path.join(root, 'a')).href, name: 'a' }], removed: [] } });
      const uri = pathToFileURL(path.join(root, 'a', 'plan.yml')).href;
      const diags = c.diagnostics(uri);
      c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: 'cbo: 1\ntitle: x\n' } });
      assert.ok((await diags).length > 0, JSON.stringify(bad));
      assert.equal(await c.stop(), 0);
    }
  });
});
