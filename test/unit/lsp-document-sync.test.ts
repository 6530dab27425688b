// Document notifications with malformed parts are refused before they reach the document: a
// change whose range positions are null (JSON's NaN) used to insert the whole text again, so
// each such change doubled the document; a didOpen whose uri was a number threw inside the
// library. A refused change leaves the document out of sync: its diagnostics are cleared, and
// it is checked again once the client sends its whole text.
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { changeProblem, DocumentSync } from '../../src/lsp/document-sync';
import { LspClient, type Message } from '../lsp/client';

const TEXT = 'cbo: 1\ntitle: Migrate the data warehouse to the cloud\ncategory: operational-efficiency\n';
const at = (line: unknown, character: unknown) => ({ line, character });

describe('language server: malformed content changes', () => {
  it('accepts a full text, or a range of whole-number positions from 0', () => {
    assert.equal(changeProblem({ text: 'x' }), undefined);
    assert.equal(changeProblem({ range: { start: at(0, 0), end: at(3, 12) }, text: '' }), undefined);
    assert.equal(changeProblem({ range: { start: at(3, 1), end: at(0, 0) }, rangeLength: 4, text: 'y' }), undefined, 'a reversed range is put in order by the library');
  });

  it('refuses null, string, negative, fractional and oversized positions, and changes without text', () => {
    for (const [start, end] of [
      [at(null, null), at(null, null)],
      [at('1', 0), at(1, 0)],
      [at(-1, 0), at(0, 0)],
      [at(0, 0.5), at(0, 1)],
      [at(0, 0), at(2 ** 31, 0)],
      [at(0, 0), undefined],
    ]) {
      assert.match(changeProblem({ range: { start, end }, text: '' })?.en ?? 'accepted', /malformed range/, JSON.stringify({ start, end }));
    }
    assert.match(changeProblem({ range: null, text: '' })?.en ?? 'accepted', /malformed range/);
    assert.match(changeProblem({ range: { start: at(0, 0), end: at(0, 0) } })?.en ?? 'accepted', /no text/);
    assert.match(changeProblem({ text: 5 })?.en ?? 'accepted', /no text/);
    assert.match(changeProblem(null)?.en ?? 'accepted', /not an object/);
  });

  // The log line was English whatever the client's locale or cbo.lang; the warning beside it was not.
  it('logs a refused notification in the language asked for, and says the document is out of sync', () => {
    const logged: string[] = [];
    let lang: 'en' | 'ko' = 'ko';
    const sync = new DocumentSync((m) => logged.push(m), () => undefined, () => lang);
    const bad = { textDocument: { uri: 'file:///w/a.cbo.yaml', version: 2 }, contentChanges: [{ range: null, text: '' }] };
    assert.equal(sync.accept('textDocument/didChange', bad), false);
    assert.equal(sync.accept('textDocument/didOpen', { textDocument: { uri: 'file:///w/b.cbo.yaml' } }), false);
    lang = 'en';
    assert.equal(sync.accept('textDocument/didClose', { textDocument: {} }), false);
    assert.deepEqual(logged, [
      'cbo: textDocument/didChange 알림을 무시했습니다: file:///w/a.cbo.yaml: 내용 변경의 range가 잘못되었습니다(null). 각 위치에는 0 이상의 정수인 line과 character가 있어야 합니다. 이제 문서가 편집기와 어긋나 있어, 편집기가 전체 텍스트를 보내면(닫았다 다시 열면) 다시 검사합니다.',
      'cbo: textDocument/didOpen 알림을 무시했습니다: file:///w/b.cbo.yaml: textDocument에 languageId와 text(텍스트), version(정수)이 있어야 합니다.',
      'cbo: textDocument/didClose ignored: its textDocument has no uri (text).',
    ]);
    assert.equal(sync.inSync('file:///w/a.cbo.yaml'), false);
  });
});

describe('language server: malformed document notifications over JSON-RPC', function () {
  this.timeout(30_000);
  let dir = '';
  let uri = '';
  let client: LspClient;
  const after0 = (since: number, method: string): Message[] => client.notifications.slice(since).filter((m) => m.method === method);
  const message = (m: Message) => (m.params as { message: string }).message;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'cbo-lsp-sync-'));
    uri = pathToFileURL(path.join(dir, 'a.cbo.yaml')).href;
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  beforeEach(async () => {
    client = new LspClient();
    await client.initialize(pathToFileURL(dir).href);
  });
  afterEach(async () => {
    assert.equal(await client.stop(), 0);
    assert.equal(client.stderr.join(''), '', 'nothing thrown to stderr');
  });

  it('refuses a change with null positions instead of doubling the text, and checks the document again on its whole text', async () => {
    let got = client.diagnostics(uri);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: TEXT } });
    const before = (await got).map((d) => d.code).sort();
    assert.ok(before.includes('output-as-outcome'), before.join());
    const since = client.notifications.length;
    got = client.diagnostics(uri);
    client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: at(null, null), end: at(null, null) }, text: '' }] });
    // Applied, the text would have doubled: duplicate keys, findings on lines 4 to 6.
    assert.deepEqual(await got, [], 'the diagnostics of a text the server no longer holds are cleared');
    const logged = after0(since, 'window/logMessage').map(message);
    assert.ok(logged.some((m) => m.includes('didChange ignored') && m.includes(uri) && m.includes('malformed range')), logged.join('\n'));
    const shown = await client.waitFor((m) => m.method === 'window/showMessage', 5000, since);
    assert.match(message(shown), /could not apply an edit the editor sent for a\.cbo\.yaml/);
    // Out of sync: an incremental change is not applied to a text nobody has, and no request answers from it.
    client.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ range: { start: at(0, 0), end: at(0, 0) }, text: '# edited\n' }] });
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: at(1, 2) }), null);
    // The whole text brings it back, linted as that text.
    got = client.diagnostics(uri);
    client.notify('textDocument/didChange', { textDocument: { uri, version: 4 }, contentChanges: [{ text: TEXT.replace('Migrate the data warehouse to the cloud', 'Analysts get the daily sales report in 30 minutes') }] });
    const back = (await got).map((d) => d.code);
    assert.ok(back.length > 0 && !back.includes('output-as-outcome'), back.join());
    assert.ok(await client.request('textDocument/hover', { textDocument: { uri }, position: at(1, 2) }), 'answers again');
    assert.equal(after0(since, 'window/showMessage').length, 1, 'said once');
  });

  it('refuses a didOpen whose uri is not text, and goes on serving', async () => {
    const since = client.notifications.length;
    client.notify('textDocument/didOpen', { textDocument: { uri: 42, languageId: 'yaml', version: 1, text: TEXT } });
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: 7 } });
    const got = client.diagnostics(uri);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: TEXT } });
    assert.ok((await got).length > 0);
    const logged = after0(since, 'window/logMessage').map(message);
    assert.equal(logged.filter((m) => m.includes('didOpen ignored')).length, 2, logged.join('\n'));
  });
});
