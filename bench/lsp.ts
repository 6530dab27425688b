// `npm run bench:lsp`: the language server's change → diagnostics on the 60,000-line file,
// against the extension's own lint of the same change (the engine with the per-outcome cache,
// in process, as src/host/diagnostics.ts runs it), measured in the same run. Prints figures;
// asserts nothing. The server runs as any client would start it: `node dist/cli.js lsp --stdio`,
// with debounceMs 0 so the figure is the server's work, the protocol and the transport.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { resolveConfig } from '../src/core/config';
import { LintCache, lint } from '../src/core/lint';
import { LspClient } from '../test/lsp/client';
import { yamlFile } from './generate';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const f = (n: number) => n.toFixed(n < 10 ? 2 : 1);

async function main(): Promise<void> {
  const text = yamlFile(2000);
  const lines = text.split('\n').length;
  const needle = 'region 1000 finish';
  const at = text.indexOf(needle) + needle.length - 1; // the last letter, flipped h <-> H
  const line = text.slice(0, at).split('\n').length - 1;
  const character = at - text.lastIndexOf('\n', at - 1) - 1;
  const runs = 15;

  // The extension's own lint of the same change: the engine, its cache, no models kept.
  const config = resolveConfig({}, { today: new Date().toISOString().slice(0, 10), lang: 'en' });
  const cache = new LintCache({ keepModels: false });
  lint(text, 'yaml', config, cache);
  const inProcess: number[] = [];
  let current = text;
  for (let i = 0; i <= runs; i++) {
    current = current.slice(0, at) + (current[at] === 'h' ? 'H' : 'h') + current.slice(at + 1);
    const t0 = performance.now();
    lint(current, 'yaml', config, cache);
    if (i > 0) inProcess.push(performance.now() - t0); // the first is a warm-up
  }

  const client = new LspClient(path.resolve('dist/cli.js'));
  const dir = path.resolve('.');
  await client.initialize(pathToFileURL(dir).href, { initializationOptions: { cbo: { debounceMs: 0 } } });
  const uri = pathToFileURL(path.join(dir, 'bench-60k.cbo.yaml')).href; // never written: the text travels in didOpen
  let t0 = performance.now();
  let got = client.diagnostics(uri, 120_000);
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
  const first = await got;
  const openMs = performance.now() - t0;
  const overLsp: number[] = [];
  let letter = 'h';
  for (let i = 0; i <= runs; i++) {
    letter = letter === 'h' ? 'H' : 'h';
    t0 = performance.now();
    got = client.diagnostics(uri, 60_000);
    client.notify('textDocument/didChange', { textDocument: { uri, version: i + 2 }, contentChanges: [{ range: { start: { line, character }, end: { line, character: character + 1 } }, text: letter }] });
    await got;
    if (i > 0) overLsp.push(performance.now() - t0);
  }
  await client.stop();

  const lsp = median(overLsp);
  const own = median(inProcess);
  console.log(`Language server, ${lines} lines (${(text.length / 1e6).toFixed(2)} MB), ${first.length} diagnostics`);
  console.log('| figure | ms |');
  console.log('| --- | --- |');
  console.log(`| open → first diagnostics over the protocol | ${f(openMs)} |`);
  console.log(`| one-letter change → diagnostics received by the client (median of ${runs}) | ${f(lsp)} |`);
  console.log(`| the extension's own lint of the same change (engine + per-outcome cache, in process; median of ${runs}) | ${f(own)} |`);
  console.log(`| ratio | ${(lsp / own).toFixed(2)}x |`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
