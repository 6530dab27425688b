// The browser build (package.json `browser`) must hold nothing Node-only: the web worker
// extension host of vscode.dev and github.dev has no fs, path, child_process or os. The build
// check in scripts/web-bundle.mjs enforces it; these tests prove it fails when it should and
// passes on the real extension.
import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
// @ts-expect-error plain ES module script without types
import { buildWeb } from '../../scripts/web-bundle.mjs';

type BuildWeb = (e: typeof esbuild, o: { entry: string; outfile: string }) => Promise<esbuild.BuildResult & { metafile: esbuild.Metafile }>;
const build = buildWeb as BuildWeb;

describe('web extension bundle', function () {
  this.timeout(60_000);
  let tmp: string;
  before(() => {
    tmp = mkdtempSync(path.join(tmpdir(), 'cbo-web-'));
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  for (const mod of ['fs', 'node:path', 'child_process', 'os']) {
    it(`fails the build when ${mod} reaches it, naming the importer`, async () => {
      const helper = path.join(tmp, `uses-${mod.replace(':', '-')}.ts`);
      writeFileSync(helper, `import * as m from '${mod}';\nexport const x = Object.keys(m).length;\n`);
      const entry = path.join(tmp, `entry-${mod.replace(':', '-')}.ts`);
      writeFileSync(entry, `import * as vscode from 'vscode';\nimport { x } from './${path.basename(helper, '.ts')}';\nexport function activate() { return [vscode, x]; }\n`);
      await assert.rejects(build(esbuild, { entry, outfile: path.join(tmp, 'out.js') }), (e: Error) => {
        assert.match(e.message, /Node-only modules reached the web bundle/);
        assert.ok(e.message.includes(`${mod} (imported by`), e.message);
        assert.ok(e.message.includes(path.basename(helper)), e.message);
        return true;
      });
    });
  }

  it('builds the real extension for the web worker host with nothing but vscode left to require', async () => {
    const outfile = path.join(tmp, 'extension.js');
    const r = await build(esbuild, { entry: path.resolve('src/host/extension.ts'), outfile });
    const external = Object.values(r.metafile.outputs).flatMap((o) => o.imports.filter((i) => i.external).map((i) => i.path));
    assert.deepEqual([...new Set(external)], ['vscode']);
    // The engine is inside (the Node build loads it from this bundle on first use: desktop-engine.test.ts).
    const inputs = Object.keys(r.metafile.inputs);
    assert.ok(inputs.some((i) => i.endsWith('src/core/lint.ts')), 'the engine is bundled in');
    assert.ok(!/require\(["']\.\/engine\.js["']\)/.test(readFileSync(outfile, 'utf8')));
  });

  it('package.json names the web bundle as `browser` beside `main`, and both allow-lists ship both', () => {
    // Two allow-lists: .vscodeignore for the .vsix, .npmignore for the npm package (vsce refuses a
    // `files` field beside a .vscodeignore).
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { main: string; browser?: string; files?: string[] };
    assert.equal(pkg.browser, './dist/web/extension.js');
    assert.ok(existsSync(pkg.browser), 'built by esbuild.mjs');
    assert.equal(pkg.files, undefined);
    const vsix = readFileSync('.vscodeignore', 'utf8').split('\n');
    const npm = readFileSync('.npmignore', 'utf8').split('\n');
    for (const f of [pkg.main, pkg.browser]) {
      const rel = f.replace(/^\.\//, '');
      assert.ok(vsix.includes(`!${rel}`), `.vscodeignore ships ${rel}`);
      assert.ok(npm.includes(`!/${rel}`), `.npmignore ships ${rel}`);
    }
  });
});
