// The .vsix as the marketplace gets it: a production build, packed once by vsce for the whole
// file (the build takes about 12 s and the packing 4 s on 2 CPUs), then read back. The .vsix
// has a budget of 700 KB (BENCHMARKS.md, "Bundle sizes"); it grew from 507 to 840 KB before
// anything measured it. .vscodeignore is the allow-list; these tests check it lets in what
// the extension loads and nothing that doubles the size.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
/** In vsce's unit, the one it prints ("Packaged: … (60 files, 522.9 KB)"): 1 KB = 1,024 bytes. */
const BUDGET_KB = 700;

interface Entry {
  name: string;
  size: number;
  compressed: number;
}

/** The entries of a zip file, from its central directory (no unzip on every machine). */
function zipEntries(file: string): Entry[] {
  const zip = readFileSync(file);
  // The end-of-central-directory record: the last 22 bytes, unless the zip has a comment.
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  assert.ok(end >= 0, `${file} is not a zip file`);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const out: Entry[] = [];
  for (let i = 0; i < count; i++) {
    assert.equal(zip.readUInt32LE(at), 0x02014b50, 'a central directory entry');
    const nameLength = zip.readUInt16LE(at + 28);
    out.push({ name: zip.toString('utf8', at + 46, at + 46 + nameLength), compressed: zip.readUInt32LE(at + 20), size: zip.readUInt32LE(at + 24) });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return out;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

describe('the packed .vsix', function () {
  this.timeout(600_000);
  const repo = process.cwd();
  let tmp: string;
  let bytes: number;
  let names: Set<string>;
  let entries: Entry[];

  before(() => {
    tmp = mkdtempSync(path.join(tmpdir(), 'cbo-vsix-'));
    const vsix = path.join(tmp, 'cbo-guide.vsix');
    // What `npm run package` packs: a production build (vsce runs no build of its own here).
    execFileSync(process.execPath, ['esbuild.mjs', '--production'], { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
    execFileSync(npx, ['--no-install', 'vsce', 'package', '--no-dependencies', '-o', vsix], { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
    bytes = statSync(vsix).size;
    entries = zipEntries(vsix);
    names = new Set(entries.map((e) => e.name.replace(/^extension\//, '')));
  });
  after(() => tmp && rmSync(tmp, { recursive: true, force: true }));

  it(`stays under ${BUDGET_KB} KB`, () => {
    const largest = entries
      .slice()
      .sort((a, b) => b.compressed - a.compressed)
      .slice(0, 8)
      .map((e) => `  ${e.name}: ${kb(e.size)}, ${kb(e.compressed)} compressed`);
    assert.ok(bytes < BUDGET_KB * 1024, `the .vsix is ${kb(bytes)}, over its budget of ${BUDGET_KB} KB. Largest entries:\n${largest.join('\n')}`);
  });

  it('holds every file package.json names and the ones the extension loads at run time', () => {
    const pkg = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as {
      main: string;
      browser: string;
      icon: string;
      contributes: {
        snippets: { path: string }[];
        yamlValidation: { url: string }[];
        walkthroughs: { steps: { media: { markdown?: string } }[] }[];
        viewsContainers: Record<string, { icon: string }[]>;
        views: Record<string, { icon?: string }[]>;
      };
    };
    const c = pkg.contributes;
    const named = [pkg.main, pkg.browser, pkg.icon, ...c.snippets.map((s) => s.path), ...c.yamlValidation.map((v) => v.url)];
    for (const w of c.walkthroughs) for (const s of w.steps) if (s.media.markdown) named.push(s.media.markdown);
    for (const list of Object.values(c.viewsContainers)) for (const v of list) named.push(v.icon);
    for (const list of Object.values(c.views)) for (const v of list) if (v.icon) named.push(v.icon);
    // Loaded by path at run time: the panels' scripts and style, the rule pages (CBO: Open Rule
    // Documentation), the Korean strings.
    const loaded = ['dist/webview/main.js', 'dist/webview/portfolio.js', 'media/canvas.css', 'l10n/bundle.l10n.ko.json', 'package.nls.json', 'package.nls.ko.json'];
    const rulePages = readdirSync(path.join(repo, 'docs/rules')).map((f) => `docs/rules/${f}`);
    assert.ok(rulePages.length > 20);
    const missing = [...named.map((n) => n.replace(/^\.\//, '')), ...loaded, ...rulePages].filter((n) => !names.has(n));
    assert.deepEqual(missing, [], `.vscodeignore leaves out files the extension needs`);
    for (const n of ['readme.md', 'changelog.md', 'LICENSE.txt']) assert.ok(names.has(n), n);
  });

  it('holds no second engine, source maps, sources, tests or screenshots', () => {
    const stray = [...names].filter((n) => n === 'dist/engine.js' || n.endsWith('.map') || /^(src|test|bench|scripts|node_modules|examples|media\/screenshots|\.cache)\//.test(n));
    assert.deepEqual(stray, []);
  });
});
