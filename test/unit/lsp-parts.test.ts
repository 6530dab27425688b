// Pieces of the language server that need no process: snippets turned into plain edits, and
// its Korean strings (taken from the extension's bundle) all translated.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { resolveConfig } from '../../src/core/config';
import { lint } from '../../src/core/lint';
import { snippetToText } from '../../src/core/snippet-text';
import { codeActionsFor } from '../../src/lsp/code-actions';
import { uriFilePath, uriPath } from '../../src/lsp/file-uri';

describe('language server parts', () => {
  it('turns snippet tab stops into their placeholders, first choices, or nothing', () => {
    assert.equal(snippetToText('baseline: { value: ${1:0}, asOf: ${2:YYYY-MM-DD} }'), 'baseline: { value: 0, asOf: YYYY-MM-DD }');
    assert.equal(snippetToText('direction: ${3|increase,decrease,maintain|}'), 'direction: increase');
    assert.equal(snippetToText('name: $0\n  - $1 and ${2}'), 'name: \n  -  and ');
    assert.equal(snippetToText('a ${1:outer ${2:inner} tail} b'), 'a outer inner tail b');
    assert.equal(snippetToText('cost \\$5 and \\} kept, $ alone'), 'cost $5 and } kept, $ alone');
    assert.equal(snippetToText('- **Baseline**: ${1:today\'s value}'), "- **Baseline**: today's value");
  });

  it('every string the language server shows has a Korean translation in the shared bundle', () => {
    const ko = JSON.parse(readFileSync('l10n/bundle.l10n.ko.json', 'utf8')) as Record<string, string>;
    const used = readdirSync('src/lsp')
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) => [...readFileSync(path.join('src/lsp', f), 'utf8').matchAll(/\bt\(\s*(?:c\.)?lang,\s*(['"])((?:\\.|(?!\1).)*)\1/g)].map((m) => m[2]!.replace(/\\'/g, "'")));
    assert.ok(used.length >= 8, `found ${used.length} strings`);
    assert.deepEqual(used.filter((s) => !ko[s]), []);
  });

  it('src/lsp imports core (and the protocol packages), never the extension host or the CLI', () => {
    for (const f of readdirSync('src/lsp').filter((n) => n.endsWith('.ts'))) {
      const text = readFileSync(path.join('src/lsp', f), 'utf8');
      const imports = [...text.matchAll(/from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]!);
      const bad = imports.filter((i) => i === 'vscode' || i.startsWith('../host') || i.startsWith('../cli'));
      assert.deepEqual(bad, [], f);
    }
  });

  it('reads a file URI whose escapes are not UTF-8 as written, never throwing', () => {
    // decodeURIComponent throws "URI malformed" on %E0%A4 (a cut UTF-8 sequence) and on "%A.".
    assert.equal(uriFilePath('file:///tmp/%E0%A4%A.cbo.yaml'), '/tmp/%E0%A4%A.cbo.yaml');
    assert.equal(uriPath('file:///tmp/%E0%A4%A.cbo.yaml'), '/tmp/%E0%A4%A.cbo.yaml');
    assert.equal(uriFilePath('file:///tmp/caf%C3%A9%20x/%E0.cbo.yaml'), '/tmp/café x/%E0.cbo.yaml');
    assert.equal(uriFilePath('file:///tmp/100%.cbo.yaml'), '/tmp/100%.cbo.yaml');
    assert.equal(uriFilePath('untitled:Untitled-1'), undefined);
  });

  it('answers a code action request with a null or malformed context by skipping what is not a diagnostic', async () => {
    const text = 'cbo: 1\ntitle: Ship it\n';
    const doc = TextDocument.create('file:///tmp/cbo-lsp-parts/a.cbo.yaml', 'yaml', 1, text);
    const result = lint(text, 'yaml', resolveConfig({}, { today: '2026-11-22' }));
    const f = result.findings[0]!;
    const d = { range: { start: f.start, end: f.end }, code: f.ruleId, source: 'cbo', message: f.message };
    const ctx = { doc, kind: 'yaml' as const, result, lang: 'en' as const, configFile: undefined };
    assert.deepEqual(await codeActionsFor(null, ctx), []);
    assert.deepEqual(await codeActionsFor(undefined, ctx), []);
    assert.deepEqual(await codeActionsFor([null, 5, 'x', { source: 'cbo' }, { source: 'cbo', code: f.ruleId, message: f.message, range: null }], ctx), []);
    const actions = await codeActionsFor([null, d, { source: 'cbo', range: { start: null } }], ctx);
    assert.ok(actions.length > 0, 'the one good diagnostic still gets its actions');
    assert.ok(actions.every((a) => a.diagnostics?.[0] === d));
  });
});
