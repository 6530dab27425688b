// Writes snippets/cbo.yaml.json and snippets/cbo.markdown.json from their one source,
// src/core/snippets/source.ts (bundled with esbuild into dist/, then required). Run by
// esbuild.mjs on every build; a unit test fails if the committed JSON differs from the source.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireTs, root } from './require-ts.mjs';

export function snippetFiles() {
  const src = requireTs('src/core/snippets/source.ts', 'snippet-source.cjs');
  return {
    'snippets/cbo.yaml.json': JSON.stringify(src.YAML_SNIPPETS, null, 2) + '\n',
    'snippets/cbo.markdown.json': JSON.stringify(src.MARKDOWN_SNIPPETS, null, 2) + '\n',
  };
}

export function generateSnippets() {
  for (const [file, text] of Object.entries(snippetFiles())) {
    const p = join(root, file);
    if (!existsSync(p) || readFileSync(p, 'utf8') !== text) writeFileSync(p, text);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) generateSnippets();
