// The portfolio in a real VS Code: the tree groups outcomes and opens them at their line, the
// webview shows the four rates against their targets, CSV measurements are read through
// workspace.fs, an edit updates the portfolio one file at a time (no second workspace read),
// and export never replaces a file without a yes.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { CboGuideApi } from '../../src/host/extension';
import { activateExtension, closeAll, open, until, workspaceUri } from './helpers';
import { LATE_SET } from '../unit/due-fixture';

type TreeNode = Parameters<CboGuideApi['portfolio']['tree']['getTreeItem']>[0];

const ACCOUNT_YAML = `cbo: 1
title: Integration partners file claims online
account: Integration Account
category: experience
metrics:
  primary:
    name: Claims filed online
    unit: "%"
    direction: increase
    baseline: { value: 10, asOf: 2026-01-01 }
    target: { value: 50, by: 2027-12-31 }
    measurements: { file: claims.csv }
value:
  currency: KRW
  investment: 1000000
  items:
    - { type: hard-savings, amount: 3000000, assumption: Paper forms dropped, validated: true }
`;

describe('portfolio in VS Code', function () {
  this.timeout(90_000);
  let api: CboGuideApi;
  before(async () => {
    api = await activateExtension<CboGuideApi>();
  });
  after(async () => {
    await closeAll();
    // The files this suite wrote go again, so later suites see the workspace as it was.
    await vscode.workspace.fs.delete(workspaceUri('portfolio-it'), { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  it('reads the workspace once, picks up a new file with its CSV, and follows an edit one file at a time', async () => {
    const { store, tree, panel } = api.portfolio;
    const webview = await panel.open();
    assert.equal(store.stats.fullReads, 1);
    const titles = () => store.portfolio('2027-01-15').portfolio.outcomes.map((o) => o.title);
    assert.ok(titles().includes('Returning customers finish checkout without calling support'), titles().join(' | '));
    assert.match(webview.webview.html, /default-src 'none'/);
    assert.match(webview.webview.html, /Outcome achievement/);
    assert.match(webview.webview.html, /(&#62;|&gt;) 80\.0%/);

    // A new CBO file and the CSV beside it, written through the workspace file system.
    const enc = new TextEncoder();
    await vscode.workspace.fs.writeFile(workspaceUri('portfolio-it', 'claims.csv'), enc.encode('date,value\n2026-06-30,20\n2026-99-01,25\n2026-12-31,30\n'));
    await vscode.workspace.fs.writeFile(workspaceUri('portfolio-it', 'claims.cbo.yaml'), enc.encode(ACCOUNT_YAML));
    // The file watcher can take over 20 s on a loaded machine (seen once at load average 5).
    const row = await until('the new file in the portfolio', () => store.portfolio('2027-01-15').portfolio.outcomes.find((o) => o.account === 'Integration Account'), 60_000);
    assert.equal(row.lastMeasured, '2026-12-31');
    assert.equal(row.file, 'portfolio-it/claims.cbo.yaml');
    const problems = store.list().flatMap((e) => e.problems);
    assert.deepEqual(problems.filter((p) => p.file.startsWith('portfolio-it/')).map((p) => `${p.file}:${p.line}`), ['portfolio-it/claims.csv:3']);
    // A file of the workspace with errors (vague.cbo.yaml: no baseline), read from disk and linted
    // as the diagnostics would: counted, and named with its errors.
    assert.match(problems.filter((p) => p.file === 'vague.cbo.yaml').map((p) => p.message).join('\n'), /^\d+ errors? \(open it to see them in Problems\); its outcomes are counted, but their figures may be wrong$/);

    // The one-file report reads the same CSV: its latest reading is a CSV row (which one depends
    // on today's date; the bad row 3 is never it).
    const out = vscode.Uri.file(path.join(mkdtempSync(path.join(tmpdir(), 'cbo-claims-')), 'claims.report.md'));
    await api.exportReport(workspaceUri('portfolio-it', 'claims.cbo.yaml'), { target: out, formats: ['md'] });
    assert.match(readFileSync(out.fsPath, 'utf8'), /\*\*Latest reading\*\*: (20% on 2026-06-30|30% on 2026-12-31)/);

    // The tree: grouped by account, the outcome opens its file at its line.
    tree.setGrouping('account');
    const groups = (await tree.getChildren()) as TreeNode[];
    const group = groups.find((g) => tree.getTreeItem(g).label === 'Integration Account');
    assert.ok(group, 'a group for the account');
    const [leaf] = (await tree.getChildren(group)) as TreeNode[];
    const item = tree.getTreeItem(leaf!);
    assert.equal(item.label, 'Integration partners file claims online');
    assert.equal(item.command?.command, 'cbo.revealLine');
    // A file's problem count must not decorate each of its outcomes (a healthy one showed red).
    assert.equal(item.resourceUri, undefined);
    await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
    const ed = await until('the editor', () => vscode.window.activeTextEditor?.document.uri.path.endsWith('claims.cbo.yaml') && vscode.window.activeTextEditor);
    assert.equal(ed.selection.active.line, 1, 'the title line');
    tree.setGrouping('status');
    const statusGroups = ((await tree.getChildren()) as TreeNode[]).map((g) => tree.getTreeItem(g).label);
    assert.ok(statusGroups.length >= 2, statusGroups.join(', '));

    // An edit in the editor: the diagnostics lint it, and only that file is read again.
    const before = { ...store.stats };
    const editor = await open(workspaceUri('good.cbo.yaml'));
    const changed = new Promise<void>((resolve) => {
      const sub = store.onDidChange(() => {
        if (titles().includes('Returning customers pay without calling support')) {
          sub.dispose();
          resolve();
        }
      });
    });
    const line = editor.document.lineAt(1);
    await editor.edit((b) => b.replace(line.range, 'title: Returning customers pay without calling support'));
    await changed;
    assert.equal(store.stats.fullReads, before.fullReads, 'no second workspace read');
    assert.ok(store.stats.fileUpdates > before.fileUpdates);
    await until('the webview to be sent the edit', () => panel.lastBody.includes('Returning customers pay without calling support'));
    await vscode.commands.executeCommand('undo');
  });

  it('exports the printable report and asks before replacing a file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cbo-portfolio-'));
    const target = vscode.Uri.file(path.join(dir, 'portfolio.html'));
    assert.ok(await api.portfolio.export('html', target, false));
    const html = readFileSync(target.fsPath, 'utf8');
    assert.match(html, /@media print/);
    assert.match(html, /Outcome achievement/);
    assert.doesNotMatch(html, /<script/i);
    writeFileSync(target.fsPath, 'mine');
    assert.equal(await api.portfolio.export('html', target, false), undefined);
    assert.equal(readFileSync(target.fsPath, 'utf8'), 'mine');
  });

  it('escapes every user string on the page', async () => {
    const { store, panel } = api.portfolio;
    const x = '<img src=x onerror=alert(1)>';
    const uri = workspaceUri('portfolio-it', 'hostile.cbo.yaml');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`title: "${x}"\naccount: "${x}"\nvalue: { currency: "${x}", investment: 1, items: [ { type: hard-savings, amount: 2 } ] }\n`));
    await store.update(uri);
    await panel.open();
    await until('the hostile outcome on the page', () => panel.lastBody.includes('onerror=alert(1)'));
    assert.doesNotMatch(panel.lastBody, /<img/i);
    // The title is on the page once, in the report's table of its account (markdown-it escapes it).
    assert.match(panel.lastBody, /&lt;img src=x onerror=alert\(1\)&gt;/);
    assert.match(panel.lastBody, /data-reveal="\d+" title="[^"]*hostile\.cbo\.yaml:\d+">&lt;img src=x onerror=alert\(1\)&gt;<\/button>/);
  });

  it('shows an outcome at target only after its deadline as "achieved late" in the tree, in a group of its own, and on the page', async () => {
    const { store, tree, panel } = api.portfolio;
    const uri = workspaceUri('portfolio-it', 'late.cbo.yaml');
    // The late one of the unit tests' set: due 2026-06-30, read 60 then, 100 only on 2026-08-01.
    const yaml = `cbo: 1\noutcomes:\n${LATE_SET.A}`;
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(yaml));
    try {
      await store.update(uri);
      tree.setGrouping('status');
      const groups = (await tree.getChildren()) as TreeNode[];
      const late = groups.find((g) => tree.getTreeItem(g).label === 'achieved late');
      assert.ok(late, groups.map((g) => tree.getTreeItem(g).label).join(', '));
      const leaves = ((await tree.getChildren(late)) as TreeNode[]).map((n) => tree.getTreeItem(n));
      assert.deepEqual(leaves.map((i) => [i.label, i.description]), [['A buyers order online', 'achieved late']]);
      await panel.open();
      await until('the late outcome on the page', () => panel.lastBody.includes('A buyers order online'));
      assert.match(panel.lastBody, /achieved late/);
    } finally {
      await vscode.workspace.fs.delete(uri, { useTrash: false });
      await store.update(uri);
    }
  });

  it('refuses a CSV that is a link, a FIFO or over maxFileBytes, naming it and never its content', async () => {
    const { store } = api.portfolio;
    const dir = workspaceUri('portfolio-it', 'csv-guard');
    await vscode.workspace.fs.createDirectory(dir);
    const outside = mkdtempSync(path.join(tmpdir(), 'cbo-outside-'));
    writeFileSync(path.join(outside, 'secret.csv'), 'date,value\nAPI_KEY=sk-live-123,1\n');
    symlinkSync(path.join(outside, 'secret.csv'), path.join(dir.fsPath, 'linked.csv'));
    execFileSync('mkfifo', [path.join(dir.fsPath, 'fifo.csv')]);
    writeFileSync(path.join(dir.fsPath, 'big.csv'), 'date,value\n' + '2026-06-30,20\n'.repeat(100));
    writeFileSync(path.join(dir.fsPath, '.cborc.yaml'), 'maxFileBytes: 1000\n');
    const names = ['linked', 'fifo', 'big'];
    const uris = names.map((n) => vscode.Uri.joinPath(dir, `${n}.cbo.yaml`));
    for (const [i, n] of names.entries()) await vscode.workspace.fs.writeFile(uris[i]!, new TextEncoder().encode(ACCOUNT_YAML.replace('claims.csv', `${n}.csv`).replace('Integration Account', `Guard ${n}`)));
    try {
      for (const u of uris) await store.update(u);
      const said = store.list().filter((e) => e.name.includes('csv-guard')).flatMap((e) => e.problems.map((p) => `${p.file}: ${p.message}`)).join('\n');
      assert.match(said, /linked\.cbo\.yaml: the measurements file linked\.csv is a symbolic link or lies behind one; it is not read/);
      assert.match(said, /fifo\.cbo\.yaml: the measurements file fifo\.csv is not a regular file; it is not read/);
      assert.match(said, /big\.cbo\.yaml: the measurements file big\.csv is too large to read \(0\.0014 MB, limit 0\.0010 MB\)/);
      assert.doesNotMatch(said, /sk-live/);
    } finally {
      await vscode.workspace.fs.delete(dir, { recursive: true, useTrash: false });
      for (const u of uris) await store.update(u);
    }
  });

  it('names a CBO file over maxFileBytes and leaves it unparsed, as cbo portfolio does', async () => {
    const { store } = api.portfolio;
    const dir = workspaceUri('portfolio-it', 'size-guard');
    await vscode.workspace.fs.createDirectory(dir);
    writeFileSync(path.join(dir.fsPath, '.cborc.yaml'), 'maxFileBytes: 1500\n');
    const uri = vscode.Uri.joinPath(dir, 'big.cbo.yaml');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(ACCOUNT_YAML.replace('Integration Account', 'Too Big Account') + '#'.repeat(2000) + '\n'));
    try {
      await store.update(uri);
      const entry = store.list().find((e) => e.name.endsWith('size-guard/big.cbo.yaml'));
      assert.ok(entry, 'the file is listed');
      assert.deepEqual(entry.outcomes, []);
      assert.match(entry.problems.map((p) => `${p.line}: ${p.message}`).join('\n'), /^1: This file is too large to check \(\d\.\d+ MB, limit 0\.0015 MB\)/);
      assert.ok(!store.portfolio('2027-01-15').portfolio.outcomes.some((o) => o.account === 'Too Big Account'));
    } finally {
      await vscode.workspace.fs.delete(dir, { recursive: true, useTrash: false });
      await store.update(uri);
    }
  });

  it('names a CBO file that does not parse, and counts the others', async () => {
    const { store, panel } = api.portfolio;
    const uri = workspaceUri('portfolio-it', 'broken.cbo.yaml');
    const before = store.portfolio('2027-01-15').portfolio;
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('title: x\n  bad: [\n'));
    try {
      await store.update(uri);
      const after = store.portfolio('2027-01-15').portfolio;
      assert.equal(after.files, before.files, 'a file with no outcomes is not counted as a file of the portfolio');
      assert.equal(after.outcomes.length, before.outcomes.length);
      await panel.open();
      await until('the broken file named on the page', () => /broken\.cbo\.yaml:1: YAML syntax error: .*left out/.test(panel.lastBody));
    } finally {
      await vscode.workspace.fs.delete(uri);
      await store.update(uri);
    }
  });

  it('does not walk into linked folders: two links to a parent are read once, not 2^32 times', async () => {
    const { store } = api.portfolio;
    const dir = workspaceUri('portfolio-it', 'loop');
    await vscode.workspace.fs.createDirectory(dir);
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(dir, 'looped.cbo.yaml'), new TextEncoder().encode(ACCOUNT_YAML.replace('Integration Account', 'Looped Account').replace('claims.csv', 'none.csv')));
    symlinkSync('..', path.join(dir.fsPath, 'again'));
    symlinkSync('..', path.join(dir.fsPath, 'twice'));
    try {
      await store.refresh();
      const looped = store.portfolio('2027-01-15').portfolio.outcomes.filter((o) => o.account === 'Looped Account');
      assert.deepEqual(looped.map((o) => o.file), ['portfolio-it/loop/looped.cbo.yaml']);
    } finally {
      // The links first, by themselves, so nothing that deletes can follow one to the parent.
      for (const l of ['again', 'twice']) unlinkSync(path.join(dir.fsPath, l));
      await vscode.workspace.fs.delete(dir, { recursive: true, useTrash: false });
      await store.refresh();
    }
  });

  it('with no CBO file in scope, says what a portfolio reads instead of four missed rates', async () => {
    const { store, panel } = api.portfolio;
    const cfg = vscode.workspace.getConfiguration('cbo');
    await cfg.update('files', ['no-such-folder/**/*.cbo.yaml'], vscode.ConfigurationTarget.Global);
    await cfg.update('markdown.enable', false, vscode.ConfigurationTarget.Global);
    try {
      await store.refresh();
      await panel.open();
      await until('the empty portfolio on the page', () => panel.lastBody.includes('No outcomes were found. A portfolio reads'));
      assert.doesNotMatch(panel.lastBody, /class="rate miss"|0 of 0/);
    } finally {
      await cfg.update('files', undefined, vscode.ConfigurationTarget.Global);
      await cfg.update('markdown.enable', undefined, vscode.ConfigurationTarget.Global);
      await store.refresh();
    }
    assert.ok(store.portfolio('2027-01-15').portfolio.outcomes.length > 0, 'the workspace is read again once the settings are back');
  });

  it('leaves out the files a .cborc.yaml ignore: leaves out, as cbo portfolio does, counts them in the view\'s header, and takes them back when the pattern goes', async () => {
    const { store, panel } = api.portfolio;
    const dir = workspaceUri('portfolio-it', 'ignore-guard');
    const config = vscode.Uri.joinPath(dir, '.cborc.yaml');
    const enc = new TextEncoder();
    const files = () => store.portfolio('2027-01-15').portfolio.outcomes.filter((o) => o.account?.startsWith('Ignore Guard')).map((o) => o.file).sort();
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(dir, 'drafts', 'draft.cbo.yaml'), enc.encode(ACCOUNT_YAML.replace('Integration Account', 'Ignore Guard Draft').replace('claims.csv', 'none.csv')));
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(dir, 'kept.cbo.yaml'), enc.encode(ACCOUNT_YAML.replace('Integration Account', 'Ignore Guard Kept').replace('claims.csv', 'none.csv')));
    await vscode.workspace.fs.writeFile(config, enc.encode('ignore: ["drafts/**"]\n'));
    try {
      // The config's watcher makes the settings read it again a moment after the write.
      await until('the config to apply', () => api.settings.ignoredBy(vscode.Uri.joinPath(dir, 'drafts', 'draft.cbo.yaml')));
      await store.refresh();
      assert.deepEqual(files(), ['portfolio-it/ignore-guard/kept.cbo.yaml'], 'a whole read leaves the ignored file out');
      // Counted as cbo portfolio counts it, in the view's header (other folders of the fixture
      // workspace may leave files out too, so the count is taken here and compared after).
      const left = store.leftOut();
      assert.ok(left.count >= 1 && left.configs.includes('portfolio-it/ignore-guard/.cborc.yaml'), JSON.stringify(left));
      await panel.open();
      await until('the count in the header', () => new RegExp(`<span class="muted">[^<]*· ${left.count} files? left out by ignore: in [^<]*portfolio-it/ignore-guard/\\.cborc\\.yaml`).test(panel.lastBody));
      // The pattern goes: the file comes back, with no second whole read.
      const reads = store.stats.fullReads;
      await vscode.workspace.fs.writeFile(config, enc.encode('ignore: []\n'));
      await until('the draft back in the portfolio', () => files().length === 2);
      assert.equal(store.leftOut().count, left.count - 1, 'no longer counted');
      assert.ok(!store.leftOut().configs.includes('portfolio-it/ignore-guard/.cborc.yaml'));
      assert.deepEqual(files(), ['portfolio-it/ignore-guard/drafts/draft.cbo.yaml', 'portfolio-it/ignore-guard/kept.cbo.yaml']);
      // A pattern added while the portfolio shows the file takes it out.
      await vscode.workspace.fs.writeFile(config, enc.encode('ignore: ["drafts/**"]\n'));
      await until('the draft out of the portfolio again', () => files().length === 1);
      assert.equal(store.stats.fullReads, reads);
    } finally {
      await vscode.workspace.fs.delete(dir, { recursive: true, useTrash: false });
      await store.refresh();
    }
  });

  // The view used to be drawn again only when a file changed: a new cbo.today left every rate
  // judged on the old day, and a new cbo.lang left the notes of files not open in the old language.
  it('draws the portfolio again when cbo.today or cbo.lang changes, with no file edited', async () => {
    const { store, panel } = api.portfolio;
    const section = () => vscode.workspace.getConfiguration('cbo');
    const before = { today: section().inspect('today')?.globalValue, lang: section().inspect('lang')?.globalValue };
    await closeAll();
    await panel.open();
    try {
      await section().update('today', '2031-01-01', vscode.ConfigurationTarget.Global);
      await until('the page drawn as of 2031-01-01', () => panel.lastBody.includes('2031-01-01'));
      await section().update('lang', 'ko', vscode.ConfigurationTarget.Global);
      await until('the page drawn in Korean', () => panel.lastBody.includes('기준일 2031-01-01'));
      // A file no editor holds (vague.cbo.yaml has errors): its note is read again in Korean.
      const note = await until('the closed file\'s note in Korean', () => store.list().find((e) => e.name === 'vague.cbo.yaml')?.problems.find((p) => p.message.includes('파일을 열면 문제 패널에서 볼 수 있습니다')));
      assert.match(note.message, /^오류 \d+개/);
    } finally {
      await section().update('today', before.today, vscode.ConfigurationTarget.Global);
      await section().update('lang', before.lang, vscode.ConfigurationTarget.Global);
    }
    await until('the page back in English, on the day before', () => panel.lastBody.includes('As of ') && !panel.lastBody.includes('2031-01-01'));
  });
});
