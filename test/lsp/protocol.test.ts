// The language server over the protocol, as any client sees it: `node dist/cli.js lsp --stdio`
// spoken to in JSON-RPC. Diagnostics agree with `cbo check --format json` on the same file;
// changes re-lint; hover, completion and code actions answer; settings and `.cborc.yaml` apply.
import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient, type Diag } from './client';
import { checkAsDiagnostics, key } from './expect';

describe('language server (cbo lsp --stdio) over JSON-RPC', function () {
  this.timeout(60_000);
  let ws: string;
  let client: LspClient;
  const uriOf = (f: string) => pathToFileURL(path.join(ws, f)).href;
  const open = (f: string, languageId: string, text = readFileSync(path.join(ws, f), 'utf8')) => client.notify('textDocument/didOpen', { textDocument: { uri: uriOf(f), languageId, version: 1, text } });

  beforeEach(async () => {
    ws = mkdtempSync(path.join(tmpdir(), 'cbo-lsp-'));
    cpSync('test/fixtures/workspace', ws, { recursive: true });
    client = new LspClient();
    const init = await client.initialize(pathToFileURL(ws).href);
    assert.equal(init.serverInfo?.name, 'cbo');
  });
  afterEach(async () => {
    const code = await client.stop();
    assert.equal(code, 0, 'the server exits cleanly after shutdown + exit');
    rmSync(ws, { recursive: true, force: true });
  });

  it('publishes on open the same findings, at the same positions, as cbo check --format json', async () => {
    for (const [f, lang] of [['vague.cbo.yaml', 'yaml'], ['plan.md', 'markdown'], ['good.cbo.yaml', 'yaml']] as const) {
      const got = client.diagnostics(uriOf(f));
      open(f, lang);
      const diags = await got;
      assert.ok(diags.every((d) => d.source === 'cbo' && d.codeDescription?.href.includes(d.code)));
      assert.deepEqual(diags.map(key).sort(), checkAsDiagnostics(f, ws), f);
    }
  });

  it('re-lints on an incremental change and on close clears the diagnostics', async () => {
    const uri = uriOf('vague.cbo.yaml');
    let got = client.diagnostics(uri);
    open('vague.cbo.yaml', 'yaml');
    assert.ok((await got).some((d) => d.code === 'missing-baseline'));
    // Add the missing baseline on line 10 (0-based 9), before `target:`.
    got = client.diagnostics(uri);
    client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 9, character: 0 }, end: { line: 9, character: 0 } }, text: '    baseline: { value: 5, asOf: 2026-01-15 }\n' }] });
    const after = await got;
    assert.ok(!after.some((d) => d.code === 'missing-baseline'), after.map((d) => d.code).join(', '));
    got = client.diagnostics(uri);
    client.notify('textDocument/didClose', { textDocument: { uri } });
    assert.deepEqual(await got, []);
  });

  it('answers hover on a YAML key and on a Markdown label with the schema explanation', async () => {
    open('vague.cbo.yaml', 'yaml');
    const h = await client.request<{ contents: { kind: string; value: string } } | null>('textDocument/hover', { textDocument: { uri: uriOf('vague.cbo.yaml') }, position: { line: 5, character: 4 } });
    assert.equal(h?.contents.kind, 'markdown');
    assert.match(h!.contents.value, /^\*\*primary\*\*: /);
    open('plan.md', 'markdown');
    const text = readFileSync(path.join(ws, 'plan.md'), 'utf8').split('\n');
    const line = text.findIndex((l) => /^\s*- \*\*Target\*\*/.test(l));
    assert.ok(line >= 0, 'plan.md has a Target label');
    const m = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: uriOf('plan.md') }, position: { line, character: 5 } });
    assert.match(m!.contents.value, /\*\*Target\*\*: /);
    const none = await client.request('textDocument/hover', { textDocument: { uri: uriOf('vague.cbo.yaml') }, position: { line: 1, character: 30 } });
    assert.equal(none, null, 'no hover on a value');
  });

  it('answers documentSymbol with the outcomes by title and their metrics, for a CBO YAML file only', async () => {
    open('good.cbo.yaml', 'yaml');
    open('plan.md', 'markdown');
    type Sym = { name: string; detail?: string; kind: number; range: { start: { line: number } }; selectionRange: { start: { line: number; character: number } }; children?: Sym[] };
    const [outcome, ...rest] = await client.request<Sym[]>('textDocument/documentSymbol', { textDocument: { uri: uriOf('good.cbo.yaml') } });
    assert.deepEqual(rest, []);
    assert.equal(outcome!.name, 'Returning customers finish checkout without calling support');
    assert.match(outcome!.detail ?? '', /^operational-efficiency, by \d{4}-\d\d-\d\d$/);
    assert.equal(outcome!.kind, 19, 'SymbolKind.Object');
    assert.deepEqual(outcome!.selectionRange.start, { line: 1, character: 7 }, 'the title');
    const metric = outcome!.children?.[0];
    assert.equal(metric?.name, 'Checkout completion rate');
    assert.deepEqual(metric?.selectionRange.start, { line: 8, character: 10 });
    // Markdown plans keep the client's own heading outline.
    assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument: { uri: uriOf('plan.md') } }), []);
  });

  it('dates the schema examples of its hovers from its today, as its messages are', async () => {
    const pinned = new LspClient(path.resolve('dist/cli.js'), ['lsp', '--stdio', '--today', '2031-02-10']);
    try {
      await pinned.initialize(pathToFileURL(ws).href);
      const uri = uriOf('good.cbo.yaml');
      const text = readFileSync(path.join(ws, 'good.cbo.yaml'), 'utf8');
      pinned.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
      const line = text.split('\n').findIndex((l) => /^\s+target:/.test(l));
      const h = await pinned.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: { line, character: 6 } });
      assert.match(h?.contents.value ?? JSON.stringify(h), /\n```yaml\ntarget: \{ value: 80, by: 2032-03-31 \}\n```/);
    } finally {
      assert.equal(await pinned.stop(), 0);
    }
  });

  it('completes CBO YAML keys not yet present, and enum values', async () => {
    const uri = uriOf('new.cbo.yaml');
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: 'cbo: 1\ntitle: x\nca' } });
    const items = await client.request<{ label: string; insertTextFormat?: number }[]>('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 2 } });
    const labels = items.map((i) => i.label);
    assert.ok(labels.includes('category') && labels.includes('metrics'), labels.join(','));
    assert.ok(!labels.includes('title'), 'title is there already');
    assert.equal(items.find((i) => i.label === 'category')?.insertTextFormat, 2, 'a snippet: the client said it takes them');
    client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: 'cbo: 1\ntitle: x\ncategory: ' }] });
    const values = await client.request<{ label: string }[]>('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 10 } });
    assert.ok(values.map((v) => v.label).includes('operational-efficiency'));
  });

  it('offers only "for this file" for a finding about the whole file (no-outcome, switched on in .cborc.yaml)', async () => {
    writeFileSync(path.join(ws, '.cborc.yaml'), 'rules:\n  no-outcome: info\n');
    writeFileSync(path.join(ws, 'empty.cbo.yaml'), '# to be written\n');
    const uri = uriOf('empty.cbo.yaml');
    const got = client.diagnostics(uri);
    open('empty.cbo.yaml', 'yaml');
    const d = (await got).find((x) => x.code === 'no-outcome');
    assert.ok(d, 'the switched-on rule reports the empty file');
    const actions = await client.request<{ title: string }[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Disable no-outcome for this file'), titles.join(' | '));
    assert.ok(!titles.includes('Disable no-outcome for this line'), titles.join(' | '));
  });

  it('offers the quick fixes as code actions whose edits fix the finding', async () => {
    const uri = uriOf('vague.cbo.yaml');
    const got = client.diagnostics(uri);
    open('vague.cbo.yaml', 'yaml');
    const diags = await got;
    const d = diags.find((x) => x.code === 'missing-baseline')!;
    const actions = await client.request<{ title: string; isPreferred?: boolean; edit: { changes: Record<string, { range: Diag['range']; newText: string }[]> } }[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Disable missing-baseline for this line'), titles.join(' | '));
    assert.ok(titles.includes('Disable missing-baseline for this file'));
    const fix = actions.find((a) => a.isPreferred)!;
    assert.ok(fix, `a preferred fix among ${titles.join(' | ')}`);
    const [e] = fix.edit.changes[uri]!;
    assert.ok(!/\$\{?\d/.test(e!.newText), `no snippet syntax left: ${e!.newText}`);
    // Apply it as a client would, and the finding is gone.
    const lines = readFileSync(path.join(ws, 'vague.cbo.yaml'), 'utf8').split('\n');
    const at = e!.range.start;
    lines[at.line] = lines[at.line]!.slice(0, at.character) + e!.newText + lines[at.line]!.slice(at.character);
    assert.deepEqual(e!.range.start, e!.range.end, 'an insertion');
    const next = client.diagnostics(uri);
    client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: lines.join('\n') }] });
    assert.ok(!(await next).some((x) => x.code === 'missing-baseline'));
  });

  it('applies the nearest .cborc.yaml per document and settings from workspace/didChangeConfiguration', async () => {
    const sub = path.join(ws, 'team');
    cpSync(path.join(ws, 'vague.cbo.yaml'), path.join(sub, 'vague.cbo.yaml'));
    writeFileSync(path.join(sub, '.cborc.yaml'), 'rules:\n  missing-baseline: off\n');
    const inTeam = pathToFileURL(path.join(sub, 'vague.cbo.yaml')).href;
    let got = client.diagnostics(inTeam);
    client.notify('textDocument/didOpen', { textDocument: { uri: inTeam, languageId: 'yaml', version: 1, text: readFileSync(path.join(sub, 'vague.cbo.yaml'), 'utf8') } });
    assert.ok(!(await got).some((d) => d.code === 'missing-baseline'), 'off in team/.cborc.yaml');
    got = client.diagnostics(uriOf('vague.cbo.yaml'));
    open('vague.cbo.yaml', 'yaml');
    const top = await got;
    assert.ok(top.some((d) => d.code === 'missing-baseline' && d.severity === 1), 'the top folder has no .cborc.yaml');

    got = client.diagnostics(uriOf('vague.cbo.yaml'));
    client.notify('workspace/didChangeConfiguration', { settings: { cbo: { rules: { 'missing-baseline': 'info', 'no-actor': 'off' } } } });
    const changed = await got;
    assert.equal(changed.find((d) => d.code === 'missing-baseline')?.severity, 3, 'severity from the settings');
    assert.ok(!changed.some((d) => d.code === 'no-actor'));
  });

  it('reads an edited .cborc.yaml again on workspace/didChangeWatchedFiles', async () => {
    let got = client.diagnostics(uriOf('vague.cbo.yaml'));
    open('vague.cbo.yaml', 'yaml');
    assert.ok((await got).some((d) => d.code === 'missing-baseline'));
    writeFileSync(path.join(ws, '.cborc.yaml'), 'rules:\n  missing-baseline: off\n');
    got = client.diagnostics(uriOf('vague.cbo.yaml'));
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf('.cborc.yaml'), type: 1 }] });
    assert.ok(!(await got).some((d) => d.code === 'missing-baseline'));
  });

  it('checks YAML files the `files` setting names, relative to the workspace folder', async () => {
    const uri = uriOf('plans/q3.yaml');
    const text = readFileSync(path.join(ws, 'vague.cbo.yaml'), 'utf8');
    client.notify('workspace/didChangeConfiguration', { settings: { cbo: { files: ['plans/*.yaml'] } } });
    const got = client.diagnostics(uri);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    assert.ok((await got).some((d) => d.code === 'missing-baseline'));
    // Any other YAML file is not a CBO document: no diagnostics, no hover.
    const other = uriOf('docker-compose.yaml');
    client.notify('textDocument/didOpen', { textDocument: { uri: other, languageId: 'yaml', version: 1, text: 'metrics:\n  primary: x\n' } });
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri: other }, position: { line: 0, character: 2 } }), null);
  });

  it('offers to allow a flagged word, creating the .cborc.yaml that holds it', async () => {
    const uri = uriOf('weasel.cbo.yaml');
    const text = readFileSync(path.join(ws, 'good.cbo.yaml'), 'utf8').replace(/^title: (.*)$/m, 'title: $1 seamlessly');
    const got = client.diagnostics(uri);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    const d = (await got).find((x) => x.code === 'weasel-word');
    assert.ok(d, 'the weasel word is flagged');
    const actions = await client.request<{ title: string; edit: { documentChanges?: unknown[] } }[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const allow = actions.find((a) => /^Allow "seamlessly"/.test(a.title));
    assert.ok(allow, actions.map((a) => a.title).join(' | '));
    const [create, edit] = allow.edit.documentChanges as [{ kind: string; uri: string }, { textDocument: { uri: string }; edits: { newText: string }[] }];
    assert.equal(create.kind, 'create');
    assert.equal(create.uri, uriOf('.cborc.yaml'));
    assert.equal(edit.textDocument.uri, uriOf('.cborc.yaml'));
    assert.match(edit.edits[0]!.newText, /allow:\n\s+- "seamlessly"/);
  });

  it('speaks Korean when the settings say so', async () => {
    client.notify('workspace/didChangeConfiguration', { settings: { cbo: { lang: 'ko' } } });
    const got = client.diagnostics(uriOf('vague.cbo.yaml'));
    open('vague.cbo.yaml', 'yaml');
    const d = (await got).find((x) => x.code === 'missing-baseline')!;
    assert.match(d.message, /[가-힣]/);
  });

  it('survives bad input: a binary-looking document and a broken YAML file get findings, not a crash', async () => {
    const uri = uriOf('broken.cbo.yaml');
    const got = client.diagnostics(uri);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: 'cbo: 1\ntitle: [unclosed\n\u0000\u0001: {' } });
    const diags = await got;
    assert.ok(diags.length > 0);
    const h = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 99, character: 0 } });
    assert.equal(h, null);
  });

  it('lints a document whose URI has escapes that are not UTF-8, and survives a null code action context', async () => {
    // %E0%A4 is a cut UTF-8 sequence: decoding it threw "URI malformed" on every lint.
    const uri = pathToFileURL(ws).href + '/%E0%A4%A.cbo.yaml';
    const got = client.diagnostics(uri);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: 'cbo: 1\ntitle: Ship it\n' } });
    const diags = await got;
    assert.ok(diags.length > 0);
    assert.ok(!client.stderr.join('').includes('URIError'), client.stderr.join(''));
    assert.ok(!client.notifications.some((m) => m.method === 'window/logMessage' && /URIError/.test(JSON.stringify(m.params))), 'no URIError logged');
    const range = diags[0]!.range;
    assert.deepEqual(await client.request('textDocument/codeAction', { textDocument: { uri }, range, context: null }), []);
    const actions = await client.request<unknown[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [null, diags[0]] } });
    assert.ok(actions.length > 0, 'the good diagnostic keeps its actions');
  });

  it('registers for configuration changes only with a client that takes a registration (eglot 1.9 does not)', async () => {
    for (const dynamicRegistration of [false, true]) {
      const c = new LspClient();
      const asked: string[] = [];
      const configured = new Promise<void>((resolve) => {
        c.onRequest = (m) => {
          asked.push(m.method!);
          if (m.method !== 'workspace/configuration') return null;
          resolve();
          return [null];
        };
      });
      try {
        await c.initialize(pathToFileURL(ws).href, { capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration } } } });
        // The server asks for the settings after any registration: by then it has sent both.
        await configured;
        assert.deepEqual(asked, dynamicRegistration ? ['client/registerCapability', 'workspace/configuration'] : ['workspace/configuration'], `dynamicRegistration: ${dynamicRegistration}`);
      } finally {
        // A server left running would keep mocha from exiting.
        assert.equal(await c.stop(), 0);
      }
    }
  });
});
