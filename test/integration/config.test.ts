// Problems in a `.cborc.yaml` are diagnostics on that file in the real VS Code, found through
// the same discovery as the CLI's (src/core/config-discovery.ts), and they go once it is fixed.
import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { CboGuideApi } from '../../src/host/extension';
import { localDate } from '../../src/core/local-date';
import { activateExtension, closeAll, codeOf, logText, open, until as waitFor, workspaceUri } from './helpers';

const enc = (s: string) => new TextEncoder().encode(s);

/** Waits until the diagnostics of `uri` (any source) satisfy `ok`. */
async function until(uri: vscode.Uri, ok: (d: vscode.Diagnostic[]) => boolean, timeoutMs = 20_000): Promise<vscode.Diagnostic[]> {
  const start = Date.now();
  for (;;) {
    const ds = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'cbo');
    if (ok(ds)) return ds;
    if (Date.now() - start > timeoutMs) throw new Error(`diagnostics of ${uri.path} did not reach the expected state; they are: ${ds.map((d) => `${codeOf(d)} ${d.message}`).join(' | ')}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('.cborc.yaml problems in the editor', function () {
  this.timeout(60_000);
  const dir = () => workspaceUri('config-check');

  let api: CboGuideApi;
  before(async () => {
    api = await activateExtension<CboGuideApi>();
  });
  afterEach(closeAll);
  after(async () => {
    await vscode.workspace.fs.delete(dir(), { recursive: true, useTrash: false });
  });

  it('shows a broken .cborc.yaml as an error on the line where it breaks, and clears it once fixed', async () => {
    const config = vscode.Uri.joinPath(dir(), '.cborc.yaml');
    const cbo = vscode.Uri.joinPath(dir(), 'sub', 'a.cbo.yaml');
    await vscode.workspace.fs.writeFile(config, enc('lang: en\nrules: { missing-baseline: off\n'));
    const good = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri('good.cbo.yaml')));
    await vscode.workspace.fs.writeFile(cbo, enc(good));

    await open(cbo); // linting the CBO file finds its config one folder up
    const [d, ...rest] = await until(config, (ds) => ds.length > 0);
    assert.equal(rest.length, 0);
    assert.equal(codeOf(d!), 'config');
    assert.equal(d!.severity, vscode.DiagnosticSeverity.Error);
    assert.match(d!.message, /syntax/i);
    assert.ok(d!.range.start.line >= 1, `the error is placed where the flow mapping breaks, not at 1:1 (got line ${d!.range.start.line + 1})`);

    await vscode.workspace.fs.writeFile(config, enc('lang: en\nrules: { missing-baseline: off }\n'));
    await until(config, (ds) => ds.length === 0);
  });

  it('checks a .cborc.yaml as soon as it is opened, before any CBO file needs it', async () => {
    const config = vscode.Uri.joinPath(dir(), 'alone', '.cborc.yaml');
    await vscode.workspace.fs.writeFile(config, enc('rules:\n  missing-baseline: loud\n'));
    await open(config);
    const ds = await until(config, (x) => x.length > 0);
    assert.deepEqual(ds.map(codeOf), ['config']);
    assert.match(ds[0]!.message, /missing-baseline: "loud" is not one of off, info, warning, error/);
  });

  it('marks a checklist id that names no checklist on its line', async () => {
    const config = vscode.Uri.joinPath(dir(), 'typo', '.cborc.yaml');
    await vscode.workspace.fs.writeFile(config, enc('checklists:\n  - delivery\n  - cbo-proces\n'));
    await open(config);
    const ds = await until(config, (x) => x.length > 0);
    assert.deepEqual(ds.map((d) => [codeOf(d), d.range.start.line]), [['config', 2]]);
    assert.match(ds[0]!.message, /no checklist "cbo-proces"/);
  });

  it('writes what failed and why to the "CBO Guide" log: a team checklist that cannot be read', async () => {
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(dir(), 'teams', '.cborc.yaml'), enc('checklists: [./no-such-gates.yaml]\n'));
    const plan = vscode.Uri.joinPath(dir(), 'teams', 'plan.cbo.yaml');
    await vscode.workspace.fs.writeFile(plan, new TextEncoder().encode('cbo: 1\ntitle: Support agents close tickets without escalation\n'));
    await open(plan);
    // The LogOutputChannel keeps its lines in a file in the extension's log folder.
    const start = Date.now();
    let text = '';
    while (!/error.*no-such-gates\.yaml/.test(text)) {
      if (Date.now() - start > 20_000) throw new Error(`the log does not mention the unreadable checklist; it holds:\n${text}`);
      await new Promise((r) => setTimeout(r, 200));
      const files = await vscode.workspace.fs.readDirectory(api.logUri).then(undefined, () => [] as [string, vscode.FileType][]);
      const log = files.find(([name]) => name.includes('CBO Guide'));
      text = log ? new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(api.logUri, log[0]))) : '';
    }
    assert.match(text, /Cannot read team checklist \.\/no-such-gates\.yaml/);
  });

  it('refuses a .cborc.yaml that is a symbolic link, naming it on the file and never its target\'s text', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'cbo-config-link-'));
    writeFileSync(path.join(outside, 'shadow'), 'root:$6$s3cr3tHash:20228:0:99999:7::\n');
    const linked = vscode.Uri.joinPath(dir(), 'linked');
    mkdirSync(linked.fsPath, { recursive: true });
    symlinkSync(path.join(outside, 'shadow'), path.join(linked.fsPath, '.cborc.yaml'));
    const config = vscode.Uri.joinPath(linked, '.cborc.yaml');
    try {
      const good = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri('good.cbo.yaml')));
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(linked, 'a.cbo.yaml'), enc(good));
      await open(vscode.Uri.joinPath(linked, 'a.cbo.yaml'));
      const ds = await until(config, (x) => x.length > 0);
      assert.equal(ds.length, 1);
      assert.match(ds[0]!.message, /it is a symbolic link, which the editor does not follow for a \.cborc\.yaml; it is not read/);
      assert.doesNotMatch(ds[0]!.message, /root|s3cr3t|20228/);
      // Nor is it written through: "Allow this word" adds nothing to the file the link leads to.
      assert.equal(await api.allowWord(vscode.Uri.joinPath(linked, 'a.cbo.yaml'), 'significantly', async () => undefined), false);
      assert.equal(readFileSync(path.join(outside, 'shadow'), 'utf8'), 'root:$6$s3cr3tHash:20228:0:99999:7::\n');
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('words an unreadable .cborc.yaml in Korean under cbo.lang ko, its reason too, as cbo check --lang ko does', async () => {
    const section = () => vscode.workspace.getConfiguration('cbo');
    const before = section().inspect('lang')?.globalValue;
    // A folder by the config's name: there, and not a file (root reads any file, so no chmod).
    const config = vscode.Uri.joinPath(dir(), 'not-a-file', '.cborc.yaml');
    await vscode.workspace.fs.createDirectory(config);
    const good = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri('good.cbo.yaml')));
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(dir(), 'not-a-file', 'a.cbo.yaml'), enc(good));
    try {
      await section().update('lang', 'ko', vscode.ConfigurationTarget.Global);
      await open(vscode.Uri.joinPath(dir(), 'not-a-file', 'a.cbo.yaml'));
      // The English reason ("not a regular file") after a Korean prefix, before.
      const ds = await until(config, (x) => x.some((d) => d.message.startsWith('설정 파일을 읽을 수 없습니다')));
      assert.deepEqual(ds.map((d) => d.message), ['설정 파일을 읽을 수 없습니다: 일반 파일이 아닙니다']);
    } finally {
      await section().update('lang', before, vscode.ConfigurationTarget.Global);
    }
  });

  // The language server and the CLI took a pinned day; the extension judged on the clock alone.
  it('judges against cbo.today when it is a real date, on the canvas too, and against the local date, said once, when it is not', async () => {
    const section = () => vscode.workspace.getConfiguration('cbo');
    const before = section().inspect('today')?.globalValue;
    const uri = workspaceUri('good.cbo.yaml'); // its deadline passes in 2027
    try {
      await section().update('today', '2031-01-01', vscode.ConfigurationTarget.Global);
      assert.equal(api.settings.today(), '2031-01-01');
      const editor = await open(uri);
      const pinned = await api.diagnostics.lintNow(editor.document);
      assert.ok(pinned?.findings.some((f) => f.ruleId === 'deadline-passed' && f.message.includes('(today is 2031-01-01)')), pinned?.findings.map((f) => f.message).join(' | '));
      await vscode.commands.executeCommand('cbo.openCanvas');
      await waitFor('the canvas judged on 2031-01-01', () => api.canvas.lastModel?.file === uri.toString() && api.canvas.lastModel.today === '2031-01-01');

      await section().update('today', '2031-02-30', vscode.ConfigurationTarget.Global);
      const local = localDate();
      assert.equal(api.settings.today(), local);
      const unpinned = await api.diagnostics.lintNow(editor.document);
      assert.ok(!unpinned?.findings.some((f) => f.message.includes('today is 2031')), 'the local date, not the bad value nor the last good one');
      for (let i = 0; i < 3; i++) api.settings.today(); // every lint asks
      const warning = `CBO Guide: the cbo.today setting "2031-02-30" must be a real date written YYYY-MM-DD (or be empty for your local date); deadlines are judged against your local date, ${local}.`;
      await waitFor('the warning in the log', async () => (await logText(api)).includes(warning));
      await new Promise((r) => setTimeout(r, 1000)); // the log reaches its file a moment after
      assert.equal((await logText(api)).split(warning).length - 1, 1, 'said once');
    } finally {
      await section().update('today', before, vscode.ConfigurationTarget.Global);
    }
  });

  it('"Allow this word" on a file outside the workspace folders writes no .cborc.yaml beside it: the word goes to the user settings', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'cbo-allow-outside-'));
    const uri = vscode.Uri.file(path.join(outside, 'plan.md'));
    writeFileSync(uri.fsPath, '## CBO: Analysts get the daily report by 9:00\n\n- **Target**: significantly faster reports\n');
    const section = () => vscode.workspace.getConfiguration('cbo');
    const allowed = () => section().inspect<{ allow?: string[] }>('vocabulary')?.globalValue?.allow ?? [];
    const before = section().inspect('vocabulary')?.globalValue;
    try {
      // Answered Undo: while the message shows, the word is in the user settings; after, it is not.
      let during: string[] = [];
      let said = '';
      const undo = async (m: string) => ((said = m), (during = allowed()), 'undo' as const);
      assert.equal(await api.allowWord(uri, 'significantly', undo), true);
      assert.match(said, /^"significantly" is allowed in your user settings \(cbo\.vocabulary\.allow\): this file is outside the workspace folders, so no \.cborc\.yaml was written\.$/);
      assert.ok(during.includes('significantly'), during.join(', '));
      assert.ok(!allowed().includes('significantly'), 'Undo took it back');
      assert.equal(existsSync(path.join(outside, '.cborc.yaml')), false, 'nothing written beside the file');
      // Left alone, it stays.
      assert.equal(await api.allowWord(uri, 'significantly', async () => undefined), true);
      assert.ok(allowed().includes('significantly'));
      assert.equal(existsSync(path.join(outside, '.cborc.yaml')), false);
    } finally {
      await section().update('vocabulary', before, vscode.ConfigurationTarget.Global);
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
