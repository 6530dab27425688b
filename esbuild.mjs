// Builds every bundle: the extension (node, `vscode` external), the extension for the web
// worker host (browser; fails when Node-only modules reach it, see scripts/web-bundle.mjs),
// the `cbo` CLI, the webview (browser), the unit-test bundle and the benchmark and
// evaluation scripts.
// The schema validators are generated first (Ajv standalone code, no eval at run time).
import * as esbuild from 'esbuild';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { entitiesDecoderOnly } from './scripts/bundle-plugins.mjs';
import { generateRuleHelp } from './scripts/gen-rule-help.mjs';
import { generateSnippets } from './scripts/gen-snippets.mjs';
import { generateValidators } from './scripts/gen-validators.mjs';
import { buildWeb } from './scripts/web-bundle.mjs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
generateValidators();
// snippets/*.json from their one source (src/core/snippets/source.ts), shared with the placeholder check.
generateSnippets();
// The parts of docs/rules/*.md the SARIF rule help quotes (src/cli/generated/rule-docs.js).
generateRuleHelp();

const common = { bundle: true, sourcemap: !production, minify: production, logLevel: 'warning', target: 'node20', platform: 'node', format: 'cjs', plugins: [entitiesDecoderOnly] };
const files = (dir, re) => (existsSync(dir) ? readdirSync(dir).filter((f) => re.test(f)).map((f) => `${dir}/${f}`) : []);
const maybe = (p) => (existsSync(p) ? [p] : []);

const builds = [
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', external: ['./lsp.js'] },
  { ...common, entryPoints: ['src/lsp/main.ts'], outfile: 'dist/lsp.js' },
  { ...common, entryPoints: files('test/unit', /\.test\.ts$/), outdir: 'dist/test/unit', external: ['mocha', 'eslint', 'esbuild', './lsp.js'] },
  { ...common, entryPoints: ['bench/bench.ts'], outfile: 'dist/bench.js' },
  { ...common, entryPoints: ['bench/portfolio.ts'], outfile: 'dist/bench-portfolio.js' },
  { ...common, entryPoints: ['bench/lsp.ts'], outfile: 'dist/bench-lsp.js' },
  { ...common, entryPoints: ['bench/compare.ts'], outfile: 'dist/bench-compare.js' },
  { ...common, entryPoints: ['bench/compare-apart.ts'], outfile: 'dist/bench-compare-apart.js' },
  { ...common, entryPoints: ['bench/compare-steps.ts'], outfile: 'dist/bench-compare-steps.js' },
  { ...common, entryPoints: ['bench/hostile.ts'], outfile: 'dist/bench-hostile.js' },
  { ...common, entryPoints: ['bench/outline.ts'], outfile: 'dist/bench-outline.js' },
  { ...common, entryPoints: ['bench/hostile-fields.ts'], outfile: 'dist/bench-hostile-fields.js' },
  { ...common, entryPoints: ['bench/fuzz.ts'], outfile: 'dist/bench-fuzz.js' },
  { ...common, entryPoints: ['scripts/eval-wording.ts'], outfile: 'dist/eval-wording.js' },
  { ...common, entryPoints: ['scripts/judgements.ts'], outfile: 'dist/judgements.js' },
];
if (existsSync('src/host/extension.ts')) {
  // The engine is loaded on first use, so activation stays light: from the web bundle, which
  // holds it whole (src/host/engine-loader.ts), so the .vsix carries one copy.
  builds.push({ ...common, entryPoints: ['src/host/extension.ts'], outfile: 'dist/extension.js', external: ['vscode', './web/extension.js'], define: { CBO_WEB_HOST: 'false' } });
  // The engine alone, for the benchmarks that compare builds (bench/compare*.ts); not shipped.
  builds.push({ ...common, entryPoints: ['src/core/api.ts'], outfile: 'dist/engine.js' });
}
if (existsSync('src/webview/main.ts')) builds.push({ ...common, platform: 'browser', format: 'iife', target: 'es2022', entryPoints: ['src/webview/main.ts'], outfile: 'dist/webview/main.js' });
// The portfolio page's click handler: its own small bundle, apart from the canvas.
if (existsSync('src/webview/portfolio.ts')) builds.push({ ...common, platform: 'browser', format: 'iife', target: 'es2022', entryPoints: ['src/webview/portfolio.ts'], outfile: 'dist/webview/portfolio.js' });
if (existsSync('scripts/build-tests.mjs')) {
  const { testBuilds } = await import('./scripts/build-tests.mjs');
  builds.push(...(await testBuilds(common)));
}

/**
 * esbuild writes one bundle per entry into an `outdir` and never removes one: a test file that
 * was deleted or renamed would keep running from its old bundle. Remove the bundles (and maps)
 * in each outdir whose entry is gone; folders and other files are left alone.
 */
function pruneStale(b) {
  if (!b.outdir || !existsSync(b.outdir)) return;
  const stems = new Set(b.entryPoints.map((e) => basename(e).replace(/\.[cm]?[jt]s$/, '')));
  for (const f of readdirSync(b.outdir, { withFileTypes: true })) {
    const m = f.isFile() && /^(.*)\.js(\.map)?$/.exec(f.name);
    if (m && !stems.has(m[1])) rmSync(join(b.outdir, f.name));
  }
}

for (const b of builds.filter((b) => (b.entryPoints ?? []).length)) {
  pruneStale(b);
  if (watch) await (await esbuild.context(b)).watch();
  else await esbuild.build(b);
}
let web = 0;
if (existsSync('src/host/extension.ts')) {
  try {
    await buildWeb(esbuild, { common: { sourcemap: !production, minify: production, logLevel: 'warning' } });
    web = 1;
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
console.log(`CBO Guide: built ${builds.length + web} bundles into dist/`);
