// Workspace folders added and removed after `initialize` (workspace/didChangeWorkspaceFolders):
// the `files` globs, the configs found and the boundary of "Allow … in this workspace" follow
// them. Before, the server kept the folders of `initialize` for good and did not say it took
// the notification.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient, type Diag } from './client';

const VAGUE = readFileSync('test/fixtures/workspace/vague.cbo.yaml', 'utf8');
const WEASEL = readFileSync('test/fixtures/workspace/good.cbo.yaml', 'utf8').replace(/^title: (.*)$/m, 'title: $1 seamlessly');

describe('language server workspace folders (workspace/didChangeWorkspaceFolders)', function () {
  this.timeout(60_000);
  let root: string;
  let a: string;
  let b: string;
  let client: LspClient;
  const uri = (...p: string[]) => pathToFileURL(path.join(...p)).href;
  const folder = (dir: string) => ({ uri: uri(dir), name: path.basename(dir) });
  const changeFolders = (added: string[], removed: string[]) => client.notify('workspace/didChangeWorkspaceFolders', { event: { added: added.map(folder), removed: removed.map(folder) } });
  const open = (u: string, text: string) => client.notify('textDocument/didOpen', { textDocument: { uri: u, languageId: 'yaml', version: 1, text } });
  const codes = (d: Diag[]) => d.map((x) => x.code);

  beforeEach(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'cbo-lsp-folders-'));
    a = path.join(root, 'a');
    b = path.join(root, 'b');
    mkdirSync(path.join(a, 'plans'), { recursive: true });
    mkdirSync(path.join(b, 'plans'), { recursive: true });
    client = new LspClient();
    const init = await client.initialize(uri(a), { workspaceFolders: [folder(a)], capabilities: { workspace: { workspaceFolders: true } } });
    assert.deepEqual((init.capabilities.workspace as { workspaceFolders?: unknown } | undefined)?.workspaceFolders, { supported: true, changeNotifications: true });
  });
  afterEach(async () => {
    assert.equal(await client.stop(), 0);
    rmSync(root, { recursive: true, force: true });
  });

  it('matches the `files` globs in a folder added later, and clears its diagnostics when it is removed', async () => {
    client.notify('workspace/didChangeConfiguration', { settings: { cbo: { files: ['plans/*.yaml'] } } });
    const q3 = uri(b, 'plans', 'q3.yaml');
    open(q3, VAGUE);
    const hover = { textDocument: { uri: q3 }, position: { line: 5, character: 4 } };
    assert.equal(await client.request('textDocument/hover', hover), null, 'outside every folder the glob names nothing');
    let got = client.diagnostics(q3);
    changeFolders([b], []);
    assert.ok(codes(await got).includes('missing-baseline'), 'checked once its folder is added');
    assert.notEqual(await client.request('textDocument/hover', hover), null);
    got = client.diagnostics(q3);
    changeFolders([], [b]);
    assert.deepEqual(await got, [], 'cleared when the folder goes');
  });

  it('clears the diagnostics of a document the `files` setting no longer names', async () => {
    client.notify('workspace/didChangeConfiguration', { settings: { cbo: { files: ['plans/*.yaml'] } } });
    const q3 = uri(a, 'plans', 'q3.yaml');
    let got = client.diagnostics(q3);
    open(q3, VAGUE);
    assert.ok(codes(await got).includes('missing-baseline'));
    got = client.diagnostics(q3);
    client.notify('workspace/didChangeConfiguration', { settings: { cbo: { files: [] } } });
    assert.deepEqual(await got, []);
  });

  it('offers "Allow … in this workspace" in a folder once it is added, and no more once it is removed', async () => {
    const file = uri(b, 'weasel.cbo.yaml');
    const got = client.diagnostics(file);
    open(file, WEASEL);
    const d = (await got).find((x) => x.code === 'weasel-word');
    assert.ok(d, 'the weasel word is flagged');
    const allow = async () => {
      const actions = await client.request<{ title: string; edit: { documentChanges?: { uri?: string }[] } }[]>('textDocument/codeAction', { textDocument: { uri: file }, range: d.range, context: { diagnostics: [d] } });
      return actions.find((x) => /^Allow "seamlessly"/.test(x.title));
    };
    assert.equal(await allow(), undefined, 'outside the workspace folders');
    let relinted = client.diagnostics(file);
    changeFolders([b], []);
    await relinted;
    assert.equal((await allow())?.edit.documentChanges?.[0]?.uri, uri(b, '.cborc.yaml'));
    relinted = client.diagnostics(file);
    changeFolders([], [b]);
    await relinted;
    assert.equal(await allow(), undefined, 'the folder was removed');
  });

  it("reads a folder's .cborc.yaml again when the folder is added", async () => {
    const file = uri(b, 'vague.cbo.yaml');
    let got = client.diagnostics(file);
    open(file, VAGUE);
    assert.ok(codes(await got).includes('missing-baseline'));
    // Written while the folder was not in the workspace: the client watched none of its files.
    writeFileSync(path.join(b, '.cborc.yaml'), 'rules:\n  missing-baseline: off\n');
    got = client.diagnostics(file);
    changeFolders([b], []);
    assert.ok(!codes(await got).includes('missing-baseline'));
  });

  it('logs a malformed change and keeps its folders', async () => {
    client.notify('workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: 7 }], removed: [] } });
    await client.waitFor((m) => m.method === 'window/logMessage' && /didChangeWorkspaceFolders ignored: each folder needs a uri/.test((m.params as { message: string }).message));
    client.notify('workspace/didChangeWorkspaceFolders', null);
    await client.waitFor((m) => m.method === 'window/logMessage' && /didChangeWorkspaceFolders ignored: its event needs/.test((m.params as { message: string }).message));
    const file = uri(a, 'weasel.cbo.yaml');
    const got = client.diagnostics(file);
    open(file, WEASEL);
    const d = (await got).find((x) => x.code === 'weasel-word')!;
    const actions = await client.request<{ title: string }[]>('textDocument/codeAction', { textDocument: { uri: file }, range: d.range, context: { diagnostics: [d] } });
    assert.ok(actions.some((x) => /^Allow "seamlessly"/.test(x.title)), 'the folder of initialize is still one');
  });
});
