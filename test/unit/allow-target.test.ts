// "Allow … in this workspace" wrote a `.cborc.yaml` next to the file when no config applied,
// wherever the file was: file:///tmp/x.cbo.yaml got /tmp/.cborc.yaml (then applied to all of
// /tmp), and a URI with `..` in it got /etc/.cborc.yaml. It now writes only inside a workspace
// folder (src/core/allow-target.ts), in the language server as in the extension.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { allowTarget, comparablePath } from '../../src/core/allow-target';
import { resolveConfig } from '../../src/core/config';
import { lint } from '../../src/core/lint';
import { codeActionsFor } from '../../src/lsp/code-actions';
import { LspSettings } from '../../src/lsp/settings';

describe('where "allow this word" may write', () => {
  it('a new config at the root of the file\'s workspace folder, the innermost one', () => {
    assert.deepEqual(allowTarget('/ws/plans/q3/a.md', ['/ws'], undefined), { config: '/ws/.cborc.yaml', exists: false });
    assert.deepEqual(allowTarget('/ws/sub/a.md', ['/ws', '/ws/sub/'], undefined), { config: '/ws/sub/.cborc.yaml', exists: false });
  });

  it('the config that applies when it lies in a workspace folder', () => {
    assert.deepEqual(allowTarget('/ws/plans/a.md', ['/ws'], '/ws/plans/.cborc.yaml'), { config: '/ws/plans/.cborc.yaml', exists: true });
    assert.deepEqual(allowTarget('/ws/b/a.md', ['/ws/b', '/ws'], '/ws/.cborc.yaml'), { config: '/ws/.cborc.yaml', exists: true });
  });

  it('nothing for a file outside every workspace folder, with `..` resolved first, or with no folder at all', () => {
    assert.deepEqual(allowTarget('/tmp/x.cbo.yaml', ['/ws'], undefined), { outside: 'file' });
    assert.deepEqual(allowTarget('/ws/../../etc/x.cbo.yaml', ['/ws'], undefined), { outside: 'file' });
    assert.deepEqual(allowTarget('/wsx/a.md', ['/ws'], undefined), { outside: 'file' }, 'a folder name that only starts the same');
    assert.deepEqual(allowTarget('/ws/a.md', [], undefined), { outside: 'file' });
  });

  it('nothing when the config that applies lies above every workspace folder', () => {
    assert.deepEqual(allowTarget('/repo/plans/a.md', ['/repo/plans'], '/repo/.cborc.yaml'), { outside: 'config' });
  });

  it('compares Windows paths as a URI and as a path write them', () => {
    assert.equal(comparablePath('C:\\ws\\a\\..\\b.md'), 'c:/ws/b.md');
    assert.deepEqual(allowTarget('C:\\ws\\plans\\a.md', ['/c:/ws'], undefined), { config: 'c:/ws/.cborc.yaml', exists: false });
  });
});

describe('the language server\'s "Allow … in this workspace"', () => {
  let root = '';
  before(() => {
    root = mkdtempSync(path.join(tmpdir(), 'cbo-allow-'));
    mkdirSync(path.join(root, 'ws', 'plans'), { recursive: true });
    mkdirSync(path.join(root, 'elsewhere'));
    mkdirSync(path.join(root, 'linked'));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  const PLAN = '## CBO: Analysts get the daily report by 9:00\n\n- **Target**: significantly faster reports\n';

  async function allowAction(file: string, folders: string[]) {
    const settings = new LspSettings('en');
    settings.folders = folders;
    const uri = pathToFileURL(file).href;
    const doc = TextDocument.create(uri, 'markdown', 1, PLAN);
    const result = lint(PLAN, 'markdown', resolveConfig({}, { today: '2026-11-22' }));
    const f = result.findings.find((x) => x.ruleId === 'weasel-word')!;
    const d = { range: { start: f.start, end: f.end }, code: f.ruleId, source: 'cbo', message: f.message };
    const actions = await codeActionsFor([d], { doc, kind: 'markdown', result, lang: 'en', configFile: await settings.configFileFor(uri) });
    return actions.find((a) => /^Allow "significantly"/.test(a.title));
  }

  it('creates the config at the workspace folder\'s root for a file in a subfolder', async () => {
    const a = await allowAction(path.join(root, 'ws', 'plans', 'q3.md'), [path.join(root, 'ws')]);
    assert.ok(a, 'offered');
    const [create] = (a.edit!.documentChanges ?? []) as { kind: string; uri: string }[];
    assert.deepEqual([create!.kind, create!.uri], ['create', pathToFileURL(path.join(root, 'ws', '.cborc.yaml')).href]);
  });

  it('edits the config that applies, inside the folder', async () => {
    writeFileSync(path.join(root, 'ws', 'plans', '.cborc.yaml'), 'lang: en\n');
    try {
      const a = await allowAction(path.join(root, 'ws', 'plans', 'q3.md'), [path.join(root, 'ws')]);
      const edits = a!.edit!.changes![pathToFileURL(path.join(root, 'ws', 'plans', '.cborc.yaml')).href]!;
      assert.match(edits[0]!.newText, /^lang: en\n[\s\S]*significantly/);
    } finally {
      rmSync(path.join(root, 'ws', 'plans', '.cborc.yaml'));
    }
  });

  it('offers nothing for a file outside the workspace folder, or reached by `..`, and never writes next to it', async () => {
    assert.equal(await allowAction(path.join(root, 'elsewhere', 'x.md'), [path.join(root, 'ws')]), undefined);
    const dotted = `${pathToFileURL(path.join(root, 'ws')).href}/../elsewhere/x.md`;
    const settings = new LspSettings('en');
    settings.folders = [path.join(root, 'ws')];
    assert.equal(await settings.configFileFor(dotted), undefined);
  });

  it('offers nothing when the config that applies is a link out of its folder: no edit writes through it', async () => {
    writeFileSync(path.join(root, 'elsewhere', 'target.yaml'), 'lang: en\n');
    symlinkSync(path.join(root, 'elsewhere', 'target.yaml'), path.join(root, 'linked', '.cborc.yaml'));
    assert.equal(await allowAction(path.join(root, 'linked', 'x.md'), [path.join(root, 'linked')]), undefined);
    assert.equal(readFileSync(path.join(root, 'elsewhere', 'target.yaml'), 'utf8'), 'lang: en\n');
  });
});
