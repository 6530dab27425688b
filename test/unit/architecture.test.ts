// House rules a reviewer would otherwise have to remember: the core stays pure, every rule
// is documented, nothing evaluates code, and the version is one number.
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { VERSION } from '../../src/cli/version';
import { BUILTIN_FINDINGS } from '../../src/core/rules/builtin-findings';
import { ruleCatalog } from '../../src/core/rules/catalog';

const root = process.cwd();
function filesUnder(dir: string, re: RegExp): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(p, re));
    else if (re.test(e.name)) out.push(p);
  }
  return out;
}

describe('architecture', () => {
  it('src/core imports no vscode, fs, path, child_process or DOM', () => {
    const banned = /from\s+['"](vscode|(node:)?(fs|path|child_process|os|http|https|net))['"]|require\(\s*['"](vscode|(node:)?fs)['"]\s*\)|\b(document|window|navigator|localStorage)\.[a-zA-Z]/;
    const offenders = filesUnder(path.join(root, 'src/core'), /\.ts$/).filter((f) => banned.test(readFileSync(f, 'utf8')));
    assert.deepEqual(offenders.map((f) => path.relative(root, f)), []);
  });

  it('only src/host imports vscode', () => {
    const offenders = filesUnder(path.join(root, 'src'), /\.ts$/).filter((f) => !f.includes(`${path.sep}host${path.sep}`) && /from\s+['"]vscode['"]/.test(readFileSync(f, 'utf8')));
    assert.deepEqual(offenders.map((f) => path.relative(root, f)), []);
  });

  it('no source uses eval or new Function', () => {
    const offenders = filesUnder(path.join(root, 'src'), /\.(ts|js)$/).filter((f) => /\beval\s*\(|new\s+Function\s*\(/.test(readFileSync(f, 'utf8')));
    assert.deepEqual(offenders.map((f) => path.relative(root, f)), []);
  });

  it('every rule has a docs page with a bad and a good example', () => {
    for (const r of ruleCatalog()) {
      const doc = path.join(root, 'docs/rules', `${r.id}.md`);
      assert.ok(existsSync(doc), `missing docs/rules/${r.id}.md`);
      const text = readFileSync(doc, 'utf8');
      assert.match(text, new RegExp(`^# ${r.id}`, 'm'), `${r.id}.md starts with its id`);
      assert.match(text, /bad/i, `${r.id}.md has a bad example`);
      assert.match(text, /good/i, `${r.id}.md has a good example`);
    }
  });

  it("README's rule table lists every rule with its scope and default, and an engine finding with its own description", () => {
    // The rows as written: | [`id`](docs/rules/id.md) | scope | default | what it checks |
    const rows = new Map([...readFileSync(path.join(root, 'README.md'), 'utf8').matchAll(/^\| \[`([a-z0-9-]+)`\]\(docs\/rules\/[a-z0-9-]+\.md\) \| ([a-z]+) \| ([a-z]+) \| (.*) \|$/gm)].map((m) => [m[1]!, { scope: m[2], severity: m[3], text: m[4]!.replace(/`/g, '') }]));
    for (const r of ruleCatalog()) {
      const row = rows.get(r.id);
      assert.ok(row, `README has a row for ${r.id}`);
      assert.deepEqual([row.scope, row.severity], [r.scope, r.defaultSeverity], r.id);
    }
    // A rule's row may say more than its one line; an engine finding's row starts with the words
    // `cbo rules` gives (file-unreadable's row said "could be read" where the rule says "could not").
    for (const r of BUILTIN_FINDINGS) assert.ok(rows.get(r.id)!.text.startsWith(r.description.en), `${r.id}: "${rows.get(r.id)!.text}" starts with "${r.description.en}"`);
  });

  it('nothing in the repository points to notes or design files outside it', () => {
    // The repo stands alone: what a contributor needs is in docs/ (e.g. docs/real-vscode-host.md).
    const outside = /\.\.\/shared\/(notes|seeds|DESIGN|glossary)|shared\/notes\/|\bDESIGN\.md\b/;
    const dirs = ['src', 'test', 'scripts', 'bench', 'docs', 'media', 'examples'].filter((d) => existsSync(path.join(root, d)));
    const files = [...dirs.flatMap((d) => filesUnder(path.join(root, d), /\.(ts|mjs|cjs|js|sh|md|json|ya?ml)$/)), ...['README.md', 'CONTRIBUTING.md', 'BENCHMARKS.md', 'CHANGELOG.md', 'package.json'].map((f) => path.join(root, f)).filter(existsSync)];
    const self = path.join(root, 'test/unit/architecture.test.ts');
    const offenders = files.filter((f) => f !== self && !f.includes(`${path.sep}generated${path.sep}`) && outside.test(readFileSync(f, 'utf8')));
    assert.deepEqual(offenders.map((f) => path.relative(root, f)), []);
  });

  it('the CLI version matches package.json', () => {
    assert.equal(VERSION, JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version);
  });
});
