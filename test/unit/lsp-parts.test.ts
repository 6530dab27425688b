// Pieces of the language server that need no process: snippets turned into plain edits, and
// its Korean strings (taken from the extension's bundle) all translated.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { snippetToText } from '../../src/core/snippet-text';

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
});
