// One config discovery for the editor and the CLI (src/core/config-discovery.ts): the same
// layout gives the same answer through a reader shaped like the editor's (workspace.fs: stat
// with a type bit mask, "FileNotFound" errors, '/' paths) and the CLI's (node fs on a real
// folder), and the walk ends where the stop rule says.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, promises as fs, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ConfigFinder } from '../../src/cli/files';
import { nodeDiscoveryFs } from '../../src/node/config-files';
import { main } from '../../src/cli/main';
import { GOOD_YAML } from './helpers';
import { ConfigDiscovery, parentDir, type Discovered, type DiscoveryFs } from '../../src/core/config-discovery';

/** A folder tree in memory: path -> file text, or 'dir' for a folder named like a config. */
type Tree = Record<string, string>;

/** A reader shaped like the extension's adapter over vscode.workspace.fs. */
function workspaceLikeFs(tree: Tree, calls: string[] = []): DiscoveryFs {
  const FILE = 1;
  const DIRECTORY = 2;
  const fsStat = async (p: string) => {
    calls.push(p);
    if (!(p in tree)) throw Object.assign(new Error(`${p} not found`), { code: 'FileNotFound' });
    return { type: tree[p] === 'dir' ? DIRECTORY : FILE };
  };
  return {
    async stat(p) {
      try {
        return (await fsStat(p)).type & FILE ? 'file' : 'other';
      } catch (e) {
        if ((e as { code?: string }).code === 'FileNotFound') return undefined;
        throw e;
      }
    },
    async readText(p) {
      const t = tree[p];
      if (t === undefined || t === 'dir') throw new Error(`cannot read ${p}`);
      if (t === 'UNREADABLE') throw new Error('permission denied');
      return t;
    },
  };
}

const tmp: string[] = [];
after(() => {
  for (const d of tmp) rmSync(d, { recursive: true, force: true });
});

/** The same tree on disk, under a fresh temporary folder; returns that folder ('/'-separated). */
function onDisk(tree: Tree): string {
  const root = mkdtempSync(path.join(tmpdir(), 'cbo-discovery-'));
  tmp.push(root);
  for (const [p, text] of Object.entries(tree)) {
    const abs = path.join(root, p);
    if (text === 'dir') mkdirSync(abs, { recursive: true });
    else {
      mkdirSync(path.dirname(abs), { recursive: true });
      writeFileSync(abs, text);
    }
  }
  return root.split(path.sep).join('/');
}

/** The answer with the root taken off, so answers from memory and disk compare. */
const rel = (d: Discovered | undefined, root: string) =>
  d === undefined ? undefined : 'text' in d ? { path: d.path.slice(root.length), text: d.text } : { path: d.path.slice(root.length), error: d.error !== '' };

const TREE: Tree = {
  '/repo/.cborc.yaml': 'rules: {}\n',
  '/repo/.cborc.yml': 'ignored: the .yaml spelling wins\n',
  '/repo/team/.cborc.yml': 'lang: ko\n',
  '/repo/team/plans/deep/x.md': '# plan\n',
  '/repo/other/a.cbo.yaml': 'cbo: 1\n',
  '/repo/broken/.cborc.yaml': 'dir',
  '/elsewhere/a.cbo.yaml': 'cbo: 1\n',
};

describe('config discovery (one algorithm for the editor and the CLI)', () => {
  const starts = ['/repo', '/repo/team', '/repo/team/plans/deep', '/repo/other', '/repo/broken', '/elsewhere'];

  it('gives the same answer through an editor-like reader and through node fs on disk', async () => {
    const root = onDisk(Object.fromEntries(Object.entries(TREE).map(([p, t]) => [p.slice(1), t])));
    const memory = new ConfigDiscovery(workspaceLikeFs(TREE));
    const disk = new ConfigDiscovery(nodeDiscoveryFs);
    for (const start of starts) {
      // The temporary folder plays the file-system root on disk: nothing above it is ours.
      const a = rel(await memory.find(start), '');
      const b = rel(await disk.find(root + start, root), root);
      assert.deepEqual(b, a, start);
    }
  });

  it('takes the nearest config and does not cascade: .cborc.yaml before .cborc.yml', async () => {
    const d = new ConfigDiscovery(workspaceLikeFs(TREE));
    assert.deepEqual(await d.find('/repo/team/plans/deep'), { path: '/repo/team/.cborc.yml', text: 'lang: ko\n' });
    assert.deepEqual(await d.find('/repo/other'), { path: '/repo/.cborc.yaml', text: 'rules: {}\n' });
    assert.equal(await d.find('/elsewhere'), undefined);
  });

  it('walks to the file-system root unless given a stop folder, which it searches and goes no further', async () => {
    const tree: Tree = { '/.cborc.yaml': 'lang: en\n', '/ws/project/.keep': '' };
    const d = new ConfigDiscovery(workspaceLikeFs(tree));
    assert.equal((await d.find('/ws/project'))?.path, '/.cborc.yaml');
    assert.equal(await d.find('/ws/project', '/ws'), undefined);
    assert.equal(await d.find('/ws/project', '/ws/project/'), undefined);
    const inStop: Tree = { '/ws/.cborc.yaml': 'lang: en\n' };
    assert.equal((await new ConfigDiscovery(workspaceLikeFs(inStop)).find('/ws/project', '/ws'))?.path, '/ws/.cborc.yaml');
  });

  it('never reads a config that is not a regular file, and never skips one it cannot read', async () => {
    const d = new ConfigDiscovery(workspaceLikeFs({ ...TREE, '/repo/locked/.cborc.yaml': 'UNREADABLE' }));
    assert.deepEqual(await d.find('/repo/broken'), { path: '/repo/broken/.cborc.yaml', error: 'not a regular file' });
    assert.deepEqual(await d.find('/repo/locked'), { path: '/repo/locked/.cborc.yaml', error: 'permission denied' });
  });

  it('asks the file system once per folder, however many files share it', async () => {
    const calls: string[] = [];
    const d = new ConfigDiscovery(workspaceLikeFs(TREE, calls));
    await Promise.all([d.find('/repo/team/plans/deep'), d.find('/repo/team/plans/deep'), d.find('/repo/team/plans')]);
    assert.equal(new Set(calls).size, calls.length, calls.join(', '));
    d.clear();
    await d.find('/repo/team/plans/deep');
    assert.equal(calls.length, 2 * new Set(calls).size);
  });

  it('knows where a path has no parent: /, C:/ and relative names', () => {
    assert.equal(parentDir('/a/b'), '/a');
    assert.equal(parentDir('/a/b/'), '/a');
    assert.equal(parentDir('/a'), '/');
    assert.equal(parentDir('/'), undefined);
    assert.equal(parentDir('C:/work/x'), 'C:/work');
    assert.equal(parentDir('C:/work'), 'C:/');
    assert.equal(parentDir('C:/'), undefined);
    assert.equal(parentDir('Untitled-1'), undefined);
  });

  it('is what `cbo check` uses: a folder named .cborc.yaml is reported, not read, not skipped', async () => {
    const root = onDisk({ 'p/.cborc.yaml': 'dir', '.cborc.yaml': 'rules:\n  missing-baseline: off\n', 'p/a.cbo.yaml': 'cbo: 1\n' });
    const found = await new ConfigFinder('en').forFile(path.join(root, 'p', 'a.cbo.yaml'));
    assert.equal(found.file, path.join(root, 'p', '.cborc.yaml'));
    assert.deepEqual(found.config, {});
    assert.deepEqual(found.findings.map((f) => f.ruleId), ['file-unreadable']);
    assert.match(found.findings[0]!.message, /Cannot read this config: not a regular file/);
  });

  it('does not hang on a FIFO named .cborc.yaml in a parent folder: `cbo check` reports it and lints on', async () => {
    const root = onDisk({ 'p/a.cbo.yaml': GOOD_YAML });
    execFileSync('mkfifo', [path.join(root, '.cborc.yaml')]); // opening it for reading would block forever
    let out = '';
    let err = '';
    const io = { stdout: (s: string) => (out += s), stderr: (s: string) => (err += s), stdoutIsTerminal: true, readFile: (p: string) => fs.readFile(p, 'utf8'), cwd: path.join(root, 'p') };
    const code = await main(['check', 'a.cbo.yaml', '--format', 'json'], io, {});
    const findings = JSON.parse(out) as { file: string; ruleId: string; message: string }[];
    assert.ok(Array.isArray(findings), `the output is valid JSON (${err})`);
    const onConfig = findings.find((f) => f.file.endsWith('.cborc.yaml'));
    assert.ok(onConfig, out);
    assert.equal(onConfig.ruleId, 'file-unreadable');
    assert.match(onConfig.message, /Cannot read this config: not a regular file/);
    assert.equal(code, 2, 'a config that cannot be read is exit 2, as in ESLint');
    // The file itself was linted: GOOD_YAML has no hypothesis, so its info finding is there.
    assert.ok(findings.some((f) => f.file.endsWith('a.cbo.yaml')), 'the file is still linted');
  });
});
