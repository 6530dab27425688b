// The workspace folders the language server works within follow
// workspace/didChangeWorkspaceFolders: before, the list `initialize` gave was kept for good.
// A folder's URI is read as a document's is (file-uri.ts): before, `file://evilhost/share`
// became the local /share (and "Allow" offered to write there), an encoded `/` escaped into
// another folder, and `FILE:` was ignored without a word.
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { fileUri, uriFilePath } from '../../src/lsp/file-uri';
import { changedFolders, initialFolders } from '../../src/lsp/workspace-folders';
import { LspClient } from '../lsp/client';

const change = (added: string[], removed: string[]) => ({ event: { added: added.map((uri) => ({ uri, name: 'x' })), removed: removed.map((uri) => ({ uri, name: 'x' })) } });
const HOST = 'names a host (evilhost): only this machine\'s files are read';
const ENCODED = 'has an encoded / or \\ (%2F, %5C) in its path';

describe('language server workspace folders', () => {
  it('starts from the folders of initialize, else its rootUri, file: folders only', () => {
    assert.deepEqual(initialFolders([{ uri: 'file:///w/a' }, { uri: 'untitled:b' }, { uri: 'file:///w/c%20d' }], 'file:///ignored'), { folders: ['/w/a', '/w/c d'], refused: [] });
    assert.deepEqual(initialFolders(null, 'file:///w/root').folders, ['/w/root']);
    assert.deepEqual(initialFolders(undefined, null).folders, []);
  });

  it('removes, then adds, once each, whatever the trailing slash', () => {
    const folders = (r: ReturnType<typeof changedFolders>) => ('en' in r ? r.en : r.folders);
    assert.deepEqual(folders(changedFolders(['/w/a', '/w/b'], change(['file:///w/c', 'file:///w/a/', 'vscode-vfs://github/x'], ['file:///w/b/']))), ['/w/a', '/w/c']);
    assert.deepEqual(folders(changedFolders(['/w/a'], change([], ['file:///w/a']))), []);
    // Removed and added in one event (a folder renamed to itself): kept.
    assert.deepEqual(folders(changedFolders(['/w/a'], change(['file:///w/a'], ['file:///w/a']))), ['/w/a']);
    assert.deepEqual(folders(changedFolders([], change(['file:///w/%E0%A4%A'], []))), ['/w/%E0%A4%A'], 'an escape that is not UTF-8 is kept as written');
  });

  it('says what is wrong with malformed params, and changes nothing', () => {
    for (const params of [null, {}, { event: null }, { event: { added: [] } }, { event: { added: 'file:///w/a', removed: [] } }]) {
      assert.deepEqual(changedFolders(['/w/a'], params), { en: 'its event needs an added and a removed list', ko: 'event에 added와 removed 목록이 있어야 합니다' }, JSON.stringify(params));
    }
    const noUri = { en: 'each folder needs a uri (text)', ko: '각 폴더에 uri(텍스트)가 있어야 합니다' };
    assert.deepEqual(changedFolders(['/w/a'], { event: { added: [{ uri: 5 }], removed: [] } }), noUri);
    assert.deepEqual(changedFolders(['/w/a'], { event: { added: [], removed: [null] } }), noUri);
  });

  it('refuses a folder on another host or with an encoded separator, and says why; takes FILE: as file:', () => {
    assert.deepEqual(initialFolders([{ uri: 'file://evilhost/tmp/ws' }, { uri: 'file:///nonexistent%2F..%2F..%2Ftmp/ws' }, { uri: 'FILE:///w/a' }, { uri: 'file://localhost/w/b' }], null), {
      folders: ['/w/a', '/w/b'],
      refused: [
        { en: `"file://evilhost/tmp/ws" ${HOST}`, ko: '"file://evilhost/tmp/ws": 호스트(evilhost)를 가리킴: 이 컴퓨터의 파일만 읽음' },
        { en: `"file:///nonexistent%2F..%2F..%2Ftmp/ws" ${ENCODED}`, ko: '"file:///nonexistent%2F..%2F..%2Ftmp/ws": 경로에 인코딩된 / 또는 \\(%2F, %5C)가 있음' },
      ],
    });
    assert.deepEqual(changedFolders(['/w/a'], change(['file://evilhost/w/c', 'file:///w/d%5c..'], ['file://evilhost/w/a'])), {
      folders: ['/w/a'],
      refused: [
        { en: `"file://evilhost/w/c" ${HOST}`, ko: '"file://evilhost/w/c": 호스트(evilhost)를 가리킴: 이 컴퓨터의 파일만 읽음' },
        { en: `"file:///w/d%5c.." ${ENCODED}`, ko: '"file:///w/d%5c..": 경로에 인코딩된 / 또는 \\(%2F, %5C)가 있음' },
      ],
    });
  });

  it('reads folders and documents with one function', () => {
    assert.deepEqual(fileUri('file://evilhost/w/a.cbo.yaml'), { refused: { en: HOST, ko: '호스트(evilhost)를 가리킴: 이 컴퓨터의 파일만 읽음' } });
    assert.equal(uriFilePath('file:///w/x%2F..%2Fa.cbo.yaml'), undefined);
    assert.equal(uriFilePath('FILE:///w/a.cbo.yaml'), path.resolve('/w/a.cbo.yaml'));
    assert.deepEqual(fileUri('file://a b/x'), { refused: { en: 'is not a valid URI', ko: '올바른 URI가 아님' } });
    assert.equal(fileUri('untitled:Untitled-1'), undefined);
  });
});

describe('language server refused URIs over JSON-RPC', function () {
  this.timeout(30_000);
  let root = '';
  let client: LspClient;
  before(() => {
    root = mkdtempSync(path.join(tmpdir(), 'cbo-lsp-uri-'));
  });
  after(() => {
    if (client.proc.exitCode === null) client.proc.kill();
    rmSync(root, { recursive: true, force: true });
  });
  const logs = (re: RegExp) => client.notifications.filter((m) => m.method === 'window/logMessage' && re.test((m.params as { message: string }).message));

  it('names a refused folder of initialize in its one line, and lints a refused document as text, said once', async () => {
    client = new LspClient();
    await client.initialize(pathToFileURL(root).href, { workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'w' }, { uri: 'file://evilhost/share', name: 's' }] });
    await client.waitFor((m) => m.method === 'window/logMessage' && /^cbo: initialize: left out what the server cannot use \(the rest applies\): "file:\/\/evilhost\/share" names a host/.test((m.params as { message: string }).message), 10_000);
    const uri = 'file://evilhost/share/a.cbo.yaml';
    let diags = client.diagnostics(uri);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: 'cbo: 1\ntitle: x\n' } });
    assert.ok((await diags).length > 0, 'still linted, as text');
    diags = client.diagnostics(uri);
    client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: 'cbo: 1\ntitle: y\n' }] });
    await diags;
    assert.deepEqual(
      logs(/evilhost\/share\/a/).map((m) => (m.params as { message: string }).message),
      [`cbo: "${uri}" ${HOST}: it is checked as text, without a .cborc.yaml.`],
    );
    assert.equal(await client.stop(), 0);
  });
});
