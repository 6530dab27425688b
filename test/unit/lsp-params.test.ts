// Requests and notifications with malformed params, sent to the real server over JSON-RPC. A
// hover without `textDocument` was answered with an internal error (-32603) naming a TypeError,
// a `position` that was a string was read as line 0 (the hover of the first line came back), a
// completion past the end of the file got edits at lines the file does not have, and
// `$/setTrace` or `workspace/didChangeConfiguration` with params null threw inside the library.
// Now a request gets InvalidParams (-32602) naming each field and what it must be, a
// notification is dropped with one line in the client's log, a position past the end is
// clamped, and the next message is served as before.
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { LspClient, type Diag, type Message } from '../lsp/client';

const TEXT = 'cbo: 1\ntitle: Migrate the data warehouse to the cloud\ncategory: operational-efficiency\n';
const at = (line: unknown, character: unknown) => ({ line, character });
const WHOLE = 'must be a whole number from 0 to 2147483647';

/** The error a request got, as "code: message", or "answered" when it got a result. */
async function errorOf(client: LspClient, method: string, params: unknown): Promise<string> {
  return client.request(method, params).then(
    () => 'answered',
    (e: Error) => e.message,
  );
}

/** A server in a temporary folder with a.cbo.yaml (TEXT) open and its first diagnostics in; `extra` goes to initialize. */
function openServer(extra: Record<string, unknown> = {}): { client: () => LspClient; uri: () => string; first: () => Diag[] } {
  let dir = '';
  let uri = '';
  let client: LspClient;
  let first: Diag[] = [];
  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'cbo-lsp-params-'));
    uri = pathToFileURL(path.join(dir, 'a.cbo.yaml')).href;
    client = new LspClient();
    await client.initialize(pathToFileURL(dir).href, extra);
    const got = client.diagnostics(uri);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: TEXT } });
    first = await got;
  });
  after(async () => {
    assert.equal(await client.stop(), 0);
    assert.equal(client.stderr.join(''), '', 'nothing thrown to stderr');
    rmSync(dir, { recursive: true, force: true });
  });
  return { client: () => client, uri: () => uri, first: () => first };
}

/** The hover over `title` on line 1: what a server that still serves answers. */
async function titleHover(client: LspClient, uri: string): Promise<string> {
  const h = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: at(1, 2) });
  return h?.contents.value ?? 'no hover';
}

describe('language server: requests with malformed params', function () {
  this.timeout(30_000);
  const s = openServer();

  it('answers each with InvalidParams naming the field and what it must be, and serves the next hover', async () => {
    const uri = s.uri();
    const range = { start: at(0, 0), end: at(0, 0) };
    const cases: [string, unknown, string][] = [
      ['textDocument/hover', { position: at(0, 0) }, 'textDocument (must be an object with a uri, text)'],
      ['textDocument/hover', null, 'params (must be an object)'],
      ['textDocument/hover', [uri, at(0, 0)], 'params (must be an object)'],
      ['textDocument/hover', { textDocument: { uri: 5 }, position: at(0, 0) }, 'textDocument.uri (must be text)'],
      ['textDocument/hover', { textDocument: { uri }, position: '1:2' }, 'position (must be an object with a line and a character)'],
      ['textDocument/hover', { textDocument: { uri }, position: at(-1, 0) }, `position.line (${WHOLE})`],
      ['textDocument/hover', { textDocument: { uri }, position: at(1, 1e12) }, `position.character (${WHOLE})`],
      ['textDocument/hover', { textDocument: { uri }, position: at('1', 2.5) }, `position.line (${WHOLE}); position.character (${WHOLE})`],
      ['textDocument/completion', { textDocument: { uri } }, 'position (must be an object with a line and a character)'],
      ['textDocument/codeAction', { textDocument: { uri }, context: { diagnostics: [] } }, 'range (must be an object with a start and an end)'],
      ['textDocument/codeAction', { textDocument: { uri }, range: { start: at(-5, 0), end: at(2 ** 31, 0) }, context: { diagnostics: [] } }, `range.start.line (${WHOLE}); range.end.line (${WHOLE})`],
      ['textDocument/codeAction', { textDocument: null, range, context: { diagnostics: [] } }, 'textDocument (must be an object with a uri, text)'],
      ['textDocument/documentSymbol', { textDocument: { uri: 5 } }, 'textDocument.uri (must be text)'],
    ];
    for (const [method, params, what] of cases) {
      assert.equal(await errorOf(s.client(), method, params), `-32602: Invalid params for ${method}: ${what}.`, JSON.stringify(params));
      assert.match(await titleHover(s.client(), uri), /^\*\*title\*\*/, `served after ${JSON.stringify(params)}`);
    }
  });

  it('still answers what is well formed: a code action whose context is null, a hover of a document not open', async () => {
    const range = { start: at(0, 0), end: at(0, 0) };
    assert.deepEqual(await s.client().request('textDocument/codeAction', { textDocument: { uri: s.uri() }, range, context: null }), []);
    assert.equal(await s.client().request('textDocument/hover', { textDocument: { uri: 'file:///nowhere/b.cbo.yaml' }, position: at(0, 0) }), null);
  });

  it('clamps a position past the end of its line or of the document, as the spec says', async () => {
    const client = s.client();
    const uri = pathToFileURL(path.join(path.dirname(new URL(s.uri()).pathname), 'c.cbo.yaml')).href;
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: 'cbo: 1\nti' } });
    type Item = { label: string; textEdit: { range: unknown } };
    const title = async (position: unknown) => (await client.request<Item[]>('textDocument/completion', { textDocument: { uri }, position })).find((i) => i.label === 'title')?.textEdit.range;
    // Line 1 is "ti": the cursor clamped to its end, the edit replaces "ti".
    assert.deepEqual(await title(at(1, 500)), { start: at(1, 0), end: at(1, 2) });
    assert.deepEqual(await title(at(99, 99)), { start: at(1, 0), end: at(1, 2) }, 'past the last line: the end of the document');
  });

  it('clamps a hover past the end of a Markdown document to its last line', async () => {
    const client = s.client();
    const uri = pathToFileURL(path.join(path.dirname(new URL(s.uri()).pathname), 'plan.md')).href;
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: 'Notes first.\n## Success Metrics' } });
    const h = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: at(40, 3) });
    assert.match(h?.contents.value ?? 'no hover', /^\*\*Success Metrics\*\*: one primary metric/);
  });
});

describe('language server: InvalidParams in Korean', function () {
  this.timeout(30_000);
  const s = openServer({ locale: 'ko' });

  it('names the field and what it must be in the server\'s language', async () => {
    assert.equal(await errorOf(s.client(), 'textDocument/hover', { textDocument: { uri: s.uri() }, position: at(-1, 0) }), '-32602: textDocument/hover 요청의 params가 잘못되었습니다: position.line(0부터 2147483647까지의 정수여야 함).');
    assert.equal(await errorOf(s.client(), 'textDocument/codeAction', { textDocument: {} }), '-32602: textDocument/codeAction 요청의 params가 잘못되었습니다: textDocument.uri(텍스트여야 함); range(start와 end가 있는 객체여야 함).');
  });

  it('says a dropped notification in the server\'s language', async () => {
    const client = s.client();
    const since = client.notifications.length;
    client.notify('$/setTrace', null);
    const line = await client.waitFor((m) => m.method === 'window/logMessage', 5000, since);
    assert.equal((line.params as { message: string }).message, 'cbo: $/setTrace 알림을 무시했습니다. params가 잘못되었습니다: params(객체여야 함).');
  });
});

describe('language server: notifications with malformed params', function () {
  this.timeout(30_000);
  const s = openServer();
  const logged = (since: number): string[] =>
    s
      .client()
      .notifications.slice(since)
      .filter((m: Message) => m.method === 'window/logMessage')
      .map((m) => (m.params as { message: string }).message);

  it('drops each with one line in the log, and keeps the documents and their diagnostics', async () => {
    const client = s.client();
    const since = client.notifications.length;
    client.notify('workspace/didChangeConfiguration', null);
    client.notify('$/setTrace', null);
    client.notify('$/setTrace', { value: 'everything' });
    client.notify('workspace/didChangeWatchedFiles', { changes: 5 });
    client.notify('$/cancelRequest', null);
    client.notify('$/cancelRequest', { id: { nested: true } });
    // Served after them: the hover answers from the document as it was opened.
    assert.match(await titleHover(client, s.uri()), /^\*\*title\*\*/);
    const lines = logged(since);
    assert.deepEqual(lines, [
      'cbo: workspace/didChangeConfiguration ignored: malformed params: params (must be an object).',
      'cbo: $/setTrace ignored: malformed params: params (must be an object).',
      'cbo: $/setTrace ignored: malformed params: value (must be one of off, messages, verbose).',
      'cbo: workspace/didChangeWatchedFiles ignored: malformed params: changes (must be a list).',
      'cbo: $/cancelRequest ignored: malformed params: params (must be an object).',
      'cbo: $/cancelRequest ignored: malformed params: id (must be a number or text).',
    ]);
    // No settings were applied, no configs read again: nothing was linted anew.
    assert.equal(client.notifications.slice(since).filter((m) => m.method === 'textDocument/publishDiagnostics').length, 0);
    // A well-formed change of settings is still taken: the document is linted again, as before.
    const got = client.diagnostics(s.uri());
    client.notify('workspace/didChangeConfiguration', { settings: { cbo: {} } });
    assert.deepEqual((await got).map((d) => d.code), s.first().map((d) => d.code));
  });
});

describe('language server: any params (property)', function () {
  this.timeout(120_000);
  const s = openServer();
  // Numbers near the edges of LSP's uinteger (0 to 2^31 - 1) and past them, and any JSON.
  const num = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.integer({ min: 2 ** 31 - 3, max: 2 ** 31 + 3 }), fc.double(), fc.jsonValue());
  const position = fc.oneof(fc.record({ line: num, character: num }, { requiredKeys: [] }), fc.jsonValue());

  it('answers hover, completion and code action with a result or InvalidParams, never another error, and serves on', async () => {
    const uri = s.uri();
    const params = fc.oneof(
      fc.jsonValue(),
      fc.record(
        {
          textDocument: fc.oneof(fc.constant({ uri }), fc.record({ uri: fc.jsonValue() }), fc.jsonValue()),
          position,
          range: fc.oneof(fc.record({ start: position, end: position }, { requiredKeys: [] }), fc.jsonValue()),
          context: fc.jsonValue(),
          workDoneToken: fc.jsonValue(),
        },
        { requiredKeys: [] },
      ),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('textDocument/hover', 'textDocument/completion', 'textDocument/codeAction'), params, async (method, p) => {
        const got = await errorOf(s.client(), method, p);
        assert.ok(got === 'answered' || got.startsWith(`-32602: Invalid params for ${method}: `), `${method} ${JSON.stringify(p)}: ${got}`);
      }),
      { numRuns: 200 },
    );
    assert.match(await titleHover(s.client(), uri), /^\*\*title\*\*/);
  });

  it('gives completion edits inside the document for any position of whole numbers in range', async () => {
    const client = s.client();
    const text = 'cbo: 1\ntitle: x\nmetrics:\n  pri';
    const lines = text.split('\n');
    const uri = pathToFileURL(path.join(path.dirname(new URL(s.uri()).pathname), 'd.cbo.yaml')).href;
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    type Range = { start: { line: number; character: number }; end: { line: number; character: number } };
    const inside = (p: { line: number; character: number }) => p.line < lines.length && p.character <= lines[p.line]!.length;
    const uint = fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 2 ** 31 - 1 }));
    await fc.assert(
      fc.asyncProperty(uint, uint, async (line, character) => {
        const items = await client.request<{ textEdit: { range: Range } }[]>('textDocument/completion', { textDocument: { uri }, position: { line, character } });
        for (const i of items) assert.ok(inside(i.textEdit.range.start) && inside(i.textEdit.range.end), `at ${line}:${character}: ${JSON.stringify(i.textEdit.range)}`);
      }),
      { numRuns: 150 },
    );
  });
});
