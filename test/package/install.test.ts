// `npx cbo check` from the published package: `npm pack` (its prepack builds dist/), the tarball
// installed into an empty folder from the local npm cache (offline), and the command run there.
// Proves the allow-list in .npmignore, the bin, and that nothing but Node built-ins is required at run
// time (no dev dependency, no file of the repository).
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../lsp/client';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

describe('the packed cbo command, installed into an empty folder', function () {
  this.timeout(600_000);
  const repo = process.cwd();
  let tmp: string;
  let project: string;
  let tarball: string;
  let pkg: { version: string; name: string };

  before(() => {
    pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string; name: string };
    tmp = mkdtempSync(path.join(tmpdir(), 'cbo-pack-'));
    // prepack's build prints to the same stdout as npm pack; the tarball's name is known.
    execFileSync(npm, ['pack', '--pack-destination', tmp], { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    tarball = path.join(tmp, `${pkg.name}-${pkg.version}.tgz`);
    assert.ok(existsSync(tarball), tarball);
    project = path.join(tmp, 'project');
    mkdirSync(project);
    const install = (mode: string) => spawnSync(npm, ['install', mode, '--no-audit', '--no-fund', '--loglevel=error', tarball], { cwd: project, encoding: 'utf8' });
    // The package declares no dependencies, so it installs with no registry and no cache.
    const r = install('--offline');
    assert.equal(r.status, 0, `npm install of the tarball failed:\n${r.stdout}\n${r.stderr}`);
  });
  after(() => tmp && rmSync(tmp, { recursive: true, force: true }));

  const cbo = (...args: string[]) => spawnSync(npx, ['--no-install', 'cbo', ...args], { cwd: project, encoding: 'utf8' });

  it('holds the bin, the built CLI and the docs, and no sources, tests or dev tooling', () => {
    const list = execFileSync('tar', ['tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean);
    for (const f of ['package/bin/cbo.js', 'package/dist/cli.js', 'package/dist/lsp.js', 'package/package.json', 'package/README.md', 'package/LICENSE', 'package/docs/ci.md']) assert.ok(list.includes(f), `${f} in ${list.join(', ')}`);
    assert.deepEqual(list.filter((f) => /^package\/(src|test|bench|scripts|node_modules|\.cache)\//.test(f)), []);
    assert.ok(list.some((f) => f.startsWith('package/docs/rules/')), 'rule docs travel with it');
  });

  it('declares no dependencies, so npm installs nothing beside it', () => {
    const installed = JSON.parse(readFileSync(path.join(project, 'node_modules', pkg.name, 'package.json'), 'utf8')) as { dependencies?: object };
    assert.equal(installed.dependencies, undefined);
    assert.deepEqual(readdirSync(path.join(project, 'node_modules')).filter((d) => !d.startsWith('.')), [pkg.name]);
  });

  it('requires nothing at run time but Node built-ins (no dev dependency)', () => {
    const dist = path.join(project, 'node_modules', pkg.name, 'dist');
    const text = ['cli.js', 'lsp.js'].map((f) => readFileSync(path.join(dist, f), 'utf8')).join('\n');
    // Calls, not text: Ajv's runtime carries `'require("ajv/dist/runtime/ucs2length")'` as a
    // string of generated code, which is never run (the validators are precompiled). The CLI
    // loads the language server's bundle beside it: `./lsp.js`, shipped in the package.
    const required = [...new Set([...text.matchAll(/(?<!['"`])\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!))].filter((r) => r !== './lsp.js');
    assert.ok(required.includes('fs') || required.includes('node:fs'), `found the real requires: ${required.join(', ')}`);
    const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
    assert.deepEqual(required.filter((r) => !builtins.has(r)), []);
  });

  it('runs `npx cbo check` there: exit 1 and the findings for a vague plan, 0 for a good one', () => {
    copyFileSync(path.join(repo, 'test/fixtures/workspace/vague.cbo.yaml'), path.join(project, 'vague.cbo.yaml'));
    const bad = cbo('check', 'vague.cbo.yaml');
    assert.equal(bad.status, 1, bad.stderr);
    assert.match(bad.stdout, /^vague\.cbo\.yaml:6:3 error missing-baseline /m);
    const sarif = JSON.parse(cbo('check', 'vague.cbo.yaml', '--format', 'sarif').stdout) as { version: string; runs: { results: unknown[] }[] };
    assert.equal(sarif.version, '2.1.0');
    assert.ok(sarif.runs[0]!.results.length >= 3);
    copyFileSync(path.join(repo, 'test/fixtures/workspace/good.cbo.yaml'), path.join(project, 'good.cbo.yaml'));
    const good = cbo('check', 'good.cbo.yaml');
    assert.equal(good.status, 0, good.stdout + good.stderr);
    assert.equal(cbo('--version').stdout.trim(), pkg.version);
  });

  it('starts the language server from the package (`cbo lsp --stdio`)', async () => {
    const client = new LspClient(path.join(project, 'node_modules', pkg.name, 'bin', 'cbo.js'));
    try {
      const init = await client.initialize(pathToFileURL(project).href);
      assert.equal(init.serverInfo?.name, 'cbo');
      const uri = pathToFileURL(path.join(project, 'vague.cbo.yaml')).href;
      const got = client.diagnostics(uri);
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: readFileSync(path.join(project, 'vague.cbo.yaml'), 'utf8') } });
      assert.ok((await got).some((d) => d.code === 'missing-baseline'));
    } finally {
      assert.equal(await client.stop(), 0);
    }
  });
});
