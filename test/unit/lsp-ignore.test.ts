// The language server leaves out what a `.cborc.yaml` `ignore:` leaves out, as `cbo check` does
// (src/core/ignore.ts), and reads a `.cborc.yaml` again when the client says it changed on disk,
// having asked the client to watch it. It linted ignored files, and never asked for the watch, so
// a config changed by a pull or another editor went unread until the server restarted.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient, type Message } from '../lsp/client';

// No baseline: missing-baseline (an error), and a deadline no clock reaches during the test.
const VAGUE = `cbo: 1
title: Analysts get the daily sales report by 9:00
category: operational-efficiency
metrics:
  primary:
    name: Time analysts wait for the daily sales report
    unit: hours
    direction: decrease
    target: { value: 0.5, by: ${new Date().getFullYear() + 2}-03-31 }
`;

const WATCH = { capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } } };
/** The diagnostics the server publishes as the client opens `uri` holding VAGUE. */
function openVague(c: LspClient, uri: string): ReturnType<LspClient['diagnostics']> {
  const got = c.diagnostics(uri);
  c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: VAGUE } });
  return got;
}
const logLines = (c: LspClient) => c.notifications.filter((m) => m.method === 'window/logMessage').map((m) => (m.params as { message: string }).message);

describe('language server and .cborc.yaml ignore:', function () {
  this.timeout(60_000);
  let ws = '';
  const uriOf = (f: string) => pathToFileURL(path.join(ws, f)).href;
  beforeEach(() => {
    ws = mkdtempSync(path.join(tmpdir(), 'cbo-lsp-ignore-'));
    mkdirSync(path.join(ws, 'drafts'));
    writeFileSync(path.join(ws, 'drafts', 'a.cbo.yaml'), VAGUE);
    writeFileSync(path.join(ws, 'kept.cbo.yaml'), VAGUE);
  });
  afterEach(() => rmSync(ws, { recursive: true, force: true }));

  it('asks a client that takes the registration to watch .cborc.yaml, and sends a client that does not none', async () => {
    for (const dynamicRegistration of [true, false]) {
      const c = new LspClient();
      const asked: Message[] = [];
      c.onRequest = (m) => void asked.push(m);
      try {
        await c.initialize(pathToFileURL(ws).href, { capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration } } } });
        // Answered after `initialized` was handled, so any registration was sent before it.
        await c.request('textDocument/hover', { textDocument: { uri: uriOf('kept.cbo.yaml') }, position: { line: 0, character: 0 } });
        const watched = asked
          .filter((m) => m.method === 'client/registerCapability')
          .flatMap((m) => (m.params as { registrations: { method: string; registerOptions: { watchers: { globPattern: string }[] } }[] }).registrations)
          .filter((r) => r.method === 'workspace/didChangeWatchedFiles')
          .flatMap((r) => r.registerOptions.watchers.map((w) => w.globPattern));
        assert.deepEqual(watched, dynamicRegistration ? ['**/.cborc.yaml', '**/.cborc.yml'] : [], `dynamicRegistration: ${dynamicRegistration}`);
      } finally {
        assert.equal(await c.stop(), 0);
      }
    }
  });

  it('clears an open document\'s diagnostics when a changed .cborc.yaml comes to ignore it, says why once in the log, and lints it again when the pattern goes', async () => {
    const c = new LspClient();
    try {
      await c.initialize(pathToFileURL(ws).href, WATCH);
      const uri = uriOf('drafts/a.cbo.yaml');
      let got = c.diagnostics(uri);
      c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: VAGUE } });
      assert.ok((await got).some((d) => d.code === 'missing-baseline'));

      writeFileSync(path.join(ws, '.cborc.yaml'), 'ignore: ["drafts/**"]\n');
      got = c.diagnostics(uri);
      c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf('.cborc.yaml'), type: 1 }] });
      assert.deepEqual(await got, []);
      const line = 'cbo: drafts/a.cbo.yaml: File ignored because of a matching ignore pattern: "drafts/**" in .cborc.yaml; it was not checked. Remove the pattern to check it';
      await c.waitFor((m) => m.method === 'window/logMessage' && (m.params as { message: string }).message === line);

      // An edit is not linted either, and not said again.
      got = c.diagnostics(uri);
      c.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: `# draft\n${VAGUE}` }] });
      assert.deepEqual(await got, []);
      assert.deepEqual(await c.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } }), []);
      assert.equal(logLines(c).filter((l) => l === line).length, 1);

      writeFileSync(path.join(ws, '.cborc.yaml'), 'ignore: []\n');
      got = c.diagnostics(uri);
      c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf('.cborc.yaml'), type: 2 }] });
      assert.ok((await got).some((d) => d.code === 'missing-baseline'));
    } finally {
      assert.equal(await c.stop(), 0);
    }
  });

  it('publishes no finding for a document opened while ignored, says why in the server\'s language, and checks the file beside it', async () => {
    writeFileSync(path.join(ws, '.cborc.yaml'), 'ignore: ["drafts/*.cbo.yaml"]\n');
    const c = new LspClient();
    try {
      await c.initialize(pathToFileURL(ws).href, { initializationOptions: { cbo: { lang: 'ko' } } });
      assert.deepEqual(await openVague(c, uriOf('drafts/a.cbo.yaml')), []);
      await c.waitFor((m) => m.method === 'window/logMessage' && (m.params as { message: string }).message === 'cbo: drafts/a.cbo.yaml: 일치하는 무시 패턴이 있어 검사하지 않았습니다: .cborc.yaml의 ignore "drafts/*.cbo.yaml". 검사하려면 그 패턴을 지우세요');
      assert.ok((await openVague(c, uriOf('kept.cbo.yaml'))).some((d) => d.code === 'missing-baseline'));
    } finally {
      assert.equal(await c.stop(), 0);
    }
  });

  it('offers no code action on an ignored document, even for a diagnostic the client still holds, and keeps the schema\'s hover and completion there', async () => {
    writeFileSync(path.join(ws, '.cborc.yaml'), 'ignore: ["drafts/**"]\n');
    const c = new LspClient();
    try {
      await c.initialize(pathToFileURL(ws).href);
      const kept = uriOf('kept.cbo.yaml');
      const ignored = uriOf('drafts/a.cbo.yaml');
      const baseline = (await openVague(c, kept)).find((d) => d.code === 'missing-baseline');
      assert.ok(baseline, 'the kept file has the finding the ignored one would have');
      assert.deepEqual(await openVague(c, ignored), []);
      // The hover on a key is the schema's description, not a verdict: the same on both files.
      const hover = (uri: string) => c.request('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 2 } }) as Promise<{ contents: { value: string } } | null>;
      assert.match((await hover(ignored))?.contents.value ?? '', /title/i);
      assert.deepEqual(await hover(ignored), await hover(kept));
      // A client may still hold the finding from before the pattern was added.
      const actions = (uri: string) => c.request('textDocument/codeAction', { textDocument: { uri }, range: baseline.range, context: { diagnostics: [baseline] } }) as Promise<unknown[]>;
      assert.ok((await actions(kept)).length > 0, 'the kept file offers a fix for the finding');
      assert.deepEqual(await actions(ignored), []);
      const items = (await c.request('textDocument/completion', { textDocument: { uri: ignored }, position: { line: 9, character: 0 } })) as unknown[] | { items: unknown[] };
      assert.ok((Array.isArray(items) ? items : items.items).length > 0, 'completion offers the schema keys in a draft still being written');
    } finally {
      assert.equal(await c.stop(), 0);
    }
  });
});
