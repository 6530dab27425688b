// Exporting the Business Outcome Report: Markdown and self-contained HTML beside each other,
// and an existing report is never overwritten without a yes.
import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { CboGuideApi } from '../../src/host/extension';
import { activateExtension, closeAll, workspaceUri } from './helpers';

describe('report export in VS Code', function () {
  this.timeout(60_000);
  let api: CboGuideApi;
  before(async () => {
    api = await activateExtension<CboGuideApi>();
  });
  after(closeAll);

  it('writes the report as Markdown and HTML, and asks before overwriting', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cbo-report-'));
    const target = vscode.Uri.file(path.join(dir, 'good.report.md'));
    const written = await api.exportReport(workspaceUri('good.cbo.yaml'), { target, formats: ['md', 'html'] });
    assert.deepEqual(written.map((u) => path.basename(u.fsPath)), ['good.report.md', 'good.report.html']);
    const md = readFileSync(path.join(dir, 'good.report.md'), 'utf8');
    assert.match(md, /# Business Outcome Report/);
    assert.match(md, /Returning customers finish checkout without calling support/);
    const html = readFileSync(path.join(dir, 'good.report.html'), 'utf8');
    assert.match(html, /<!doctype html>/);
    assert.match(html, /default-src 'none'/);
    assert.ok(!/<script/i.test(html));

    writeFileSync(path.join(dir, 'good.report.md'), 'my notes\n');
    const refused = await api.exportReport(workspaceUri('good.cbo.yaml'), { target, overwrite: false, formats: ['md', 'html'] });
    assert.deepEqual(refused, []);
    assert.equal(readFileSync(path.join(dir, 'good.report.md'), 'utf8'), 'my notes\n', 'the existing file is untouched');
    const agreed = await api.exportReport(workspaceUri('good.cbo.yaml'), { target, overwrite: true, formats: ['md', 'html'] });
    assert.equal(agreed.length, 2);
    assert.match(readFileSync(path.join(dir, 'good.report.md'), 'utf8'), /# Business Outcome Report/);
  });

  it('writes only the format the user picked', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cbo-report-'));
    const target = vscode.Uri.file(path.join(dir, 'good.report.md'));
    const written = await api.exportReport(workspaceUri('good.cbo.yaml'), { target, formats: ['html'] });
    assert.deepEqual(written.map((u) => path.basename(u.fsPath)), ['good.report.html']);
    assert.ok(!existsSync(path.join(dir, 'good.report.md')), 'no Markdown file when only HTML was asked for');
    assert.deepEqual(await api.exportReport(workspaceUri('good.cbo.yaml'), { target, formats: [] }), [], 'no format, no file');
  });
});
