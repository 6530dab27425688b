// Bundles the real-VS-Code test harness with esbuild (CJS, Node 20):
//   test/integration/index.ts + *.test.ts -> dist/test/integration/  (loaded by the extension host;
//                                            `vscode` and `mocha` stay external)
//   test/integration/run-code-server.ts   -> dist/test/run-code-server.js
//   test/integration/run-electron.ts      -> dist/test/run-electron.js
//   test/integration/web/index.ts         -> dist/test/integration-web/index.js (browser: the web
//                                            worker extension host; see that file)
//   test/e2e/*.e2e.ts                      -> dist/test/e2e/            (mocha, Playwright)
//   test/lsp/*.test.ts                     -> dist/test/lsp/            (mocha: the language server
//                                            over JSON-RPC, and in Neovim and Emacs)
//   test/package/*.test.ts                 -> dist/test/package/        (mocha: npm pack, installed
//                                            into an empty folder, npx cbo check)
// esbuild.mjs imports `testBuilds(common)` from here; `node scripts/build-tests.mjs` builds
// them on its own. Every *.test.ts in test/integration is picked up (helpers are bundled into
// the tests that import them).
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const rel = (...p) => join(root, ...p);
const files = (dir, re) => (existsSync(rel(dir)) ? readdirSync(rel(dir)).filter((f) => re.test(f)).sort().map((f) => rel(dir, f)) : []);
const maybe = (p) => (existsSync(rel(p)) ? [rel(p)] : []);

const defaults = { bundle: true, sourcemap: true, logLevel: 'warning', target: 'node20', platform: 'node', format: 'cjs' };

/** The esbuild options of the test bundles; `common` is esbuild.mjs's shared options. */
export async function testBuilds(common = defaults) {
  const base = { ...defaults, ...common, minify: false, sourcemap: true, absWorkingDir: root };
  return [
    {
      ...base,
      entryPoints: [...maybe('test/integration/index.ts'), ...files('test/integration', /\.test\.ts$/)],
      outdir: rel('dist/test/integration'),
      external: ['vscode', 'mocha'],
    },
    // The browser-relevant part of the suite, for the web worker extension host (one file:
    // a web worker extension may require nothing but `vscode`; Node's assert is swapped for
    // test/integration/web/assert.ts, process.env for what the harness leaves in the workspace).
    ...(existsSync(rel('test/integration/web/index.ts'))
      ? [
          {
            ...base,
            platform: 'browser',
            target: 'es2022',
            entryPoints: [rel('test/integration/web/index.ts')],
            outfile: rel('dist/test/integration-web/index.js'),
            external: ['vscode'],
            define: { 'process.env': 'globalThis.__cboTestEnv' },
            plugins: [{ name: 'web-assert', setup: (b) => b.onResolve({ filter: /^(node:)?assert$/ }, () => ({ path: rel('test/integration/web/assert.ts') })) }],
          },
        ]
      : []),
    {
      ...base,
      entryPoints: [...maybe('test/integration/run-code-server.ts'), ...maybe('test/integration/run-electron.ts')],
      outdir: rel('dist/test'),
      packages: 'external',
    },
    {
      ...base,
      entryPoints: files('test/lsp', /\.test\.ts$/),
      outdir: rel('dist/test/lsp'),
      packages: 'external',
    },
    {
      ...base,
      entryPoints: files('test/package', /\.test\.ts$/),
      outdir: rel('dist/test/package'),
      packages: 'external',
    },
    {
      ...base,
      entryPoints: files('test/e2e', /\.e2e\.ts$/),
      outdir: rel('dist/test/e2e'),
      packages: 'external',
    },
  ].filter((b) => b.entryPoints.length > 0);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const esbuild = await import('esbuild');
  const builds = await testBuilds();
  for (const b of builds) await esbuild.build(b);
  console.log(`CBO Guide: built ${builds.reduce((n, b) => n + b.entryPoints.length, 0)} test bundles into dist/test/`);
}
