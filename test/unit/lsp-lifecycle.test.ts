// The language server keeps the protocol's lifecycle (LSP 3.17): before `initialize` a request
// gets ServerNotInitialized (-32002) and a notification is dropped; `initialize` is answered
// once; after `shutdown` a request gets InvalidRequest (-32600) and nothing more is linted;
// `exit` ends the process with 0 after `shutdown`, else 1. Spoken to over JSON-RPC, as a
// client does (`node dist/cli.js lsp --stdio`).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../lsp/client';

const TEXT = 'cbo: 1\ntitle: Migrate the data warehouse to the cloud\ncategory: operational-efficiency\n';
const TITLE_KEY = { line: 1, character: 2 };

const exitCode = (c: LspClient): Promise<number | null> => (c.proc.exitCode !== null ? Promise.resolve(c.proc.exitCode) : new Promise((r) => c.proc.once('exit', (code) => r(code))));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** The error code a request was answered with (the client rejects with "CODE: message"). */
const codeOf = (p: Promise<unknown>): Promise<number | string> => p.then((r) => `answered ${JSON.stringify(r)}`, (e: Error) => Number(/^(-?\d+):/.exec(e.message)?.[1]));

describe('language server lifecycle over JSON-RPC', function () {
  this.timeout(30_000);
  let dir = '';
  let uri = '';
  const clients: LspClient[] = [];
  const start = () => {
    const c = new LspClient();
    clients.push(c);
    return c;
  };
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'cbo-lsp-life-'));
    uri = pathToFileURL(path.join(dir, 'a.cbo.yaml')).href;
  });
  after(() => {
    for (const c of clients) if (c.proc.exitCode === null) c.proc.kill();
    rmSync(dir, { recursive: true, force: true });
  });
  const open = (c: LspClient) => c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: TEXT } });
  const hover = (c: LspClient) => c.request('textDocument/hover', { textDocument: { uri }, position: TITLE_KEY });

  it('refuses requests before initialize with -32002, drops notifications, and answers initialize once', async () => {
    const c = start();
    assert.equal(await codeOf(hover(c)), -32002);
    assert.equal(await codeOf(c.request('shutdown', null)), -32002, 'shutdown is a request like any other');
    open(c); // dropped: the server holds no document until initialize
    await c.initialize(pathToFileURL(dir).href);
    assert.equal(await hover(c), null, 'the didOpen sent before initialize was dropped');
    open(c);
    assert.ok(await hover(c), 'opened after initialize, the same position has a hover');
    assert.equal(await codeOf(c.request('initialize', { processId: null, rootUri: null, capabilities: {} })), -32600);
    assert.equal(await c.stop(), 0);
  });

  it('after shutdown refuses requests with -32600, lints nothing (a pending lint neither), and exit ends it with 0', async () => {
    const c = start();
    await c.initialize(pathToFileURL(dir).href, { initializationOptions: { cbo: { debounceMs: 300 } } });
    const first = c.diagnostics(uri);
    open(c);
    await first;
    // A change whose lint waits for the debounce, then shutdown before it runs.
    c.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: `${TEXT}owner: Data\n` }] });
    assert.equal(await c.request('shutdown', null), null);
    const since = c.notifications.length;
    assert.equal(await codeOf(hover(c)), -32600);
    assert.equal(await codeOf(c.request('textDocument/completion', { textDocument: { uri }, position: TITLE_KEY })), -32600);
    assert.equal(await codeOf(c.request('shutdown', null)), -32600, 'shutdown is sent once');
    c.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: `${TEXT}owner: Ops\n` }] });
    c.notify('workspace/didChangeConfiguration', { settings: { cbo: { debounceMs: 0 } } });
    await sleep(900); // three debounces: a lint left running would have published by now
    assert.deepEqual(c.notifications.slice(since).map((m) => m.method), []);
    const code = exitCode(c);
    c.notify('exit', null);
    assert.equal(await code, 0);
  });

  it('exits with 1 on exit without shutdown, before initialize too, and when the client closes stdin', async () => {
    const a = start();
    await a.initialize(pathToFileURL(dir).href);
    let code = exitCode(a);
    a.notify('exit', null);
    assert.equal(await code, 1);
    const b = start();
    code = exitCode(b);
    b.notify('exit', null);
    assert.equal(await code, 1, 'exit before initialize');
    const c = start();
    await c.initialize(pathToFileURL(dir).href);
    code = exitCode(c);
    c.proc.stdin.end();
    assert.equal(await code, 1, 'stdin closed without shutdown');
    const d = start();
    await d.initialize(pathToFileURL(dir).href);
    await d.request('shutdown', null);
    code = exitCode(d);
    d.proc.stdin.end();
    assert.equal(await code, 0, 'stdin closed after shutdown');
  });
});

describe('dist/lsp.js run directly', () => {
  it('says in one line to start the server with cbo lsp --stdio, and exits 2, in the system language', () => {
    const r = spawnSync(process.execPath, [path.resolve('dist/lsp.js'), '--stdio'], { encoding: 'utf8', input: '', env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '' } });
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '', 'stdout is the protocol channel: nothing else is written there');
    assert.equal(r.stderr.trimEnd().split('\n').length, 1, r.stderr);
    assert.match(r.stderr, /`cbo lsp --stdio`/);
    assert.ok(r.stderr.includes(`node ${path.resolve('dist/cli.js')} lsp --stdio`), r.stderr);
    const ko = spawnSync(process.execPath, [path.resolve('dist/lsp.js'), '--stdio'], { encoding: 'utf8', input: '', env: { ...process.env, LANG: 'ko_KR.UTF-8', LC_ALL: '', LC_MESSAGES: '' } });
    assert.equal(ko.status, 2);
    assert.match(ko.stderr, /언어 서버는 `cbo lsp --stdio`/);
  });

  it('loaded by the cbo command (require), prints nothing', () => {
    const r = spawnSync(process.execPath, ['-e', `const m = require(${JSON.stringify(path.resolve('dist/lsp.js'))}); process.stdout.write(typeof m.startStdio)`], { encoding: 'utf8' });
    assert.equal(r.status, 0);
    assert.equal(r.stdout, 'function');
    assert.equal(r.stderr, '');
  });
});
