// The web extension as a reviewer on vscode.dev or github.dev gets it: code-server with our
// extension forced into the web worker extension host (user setting remote.extensionKind), the
// vague plan opened, its diagnostics in the editor and the Problems panel. Screenshot:
// test-results/web-problems-panel.png.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { openFile, openProblems, repoRoot, screenshot, startCodeServer, type Session } from './launch';
import type { Page } from 'playwright-core';
import { canvasFrame, runCommand, textOf } from './ui';

/** Opens a file by clicking it in the Explorer (Quick Open's list can still show the previous
 * file when Enter lands), and waits for its tab. */
async function openFromExplorer(page: Page, name: string): Promise<void> {
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first().click();
  await page.locator(`.tabs-container .tab[aria-label*="${name}"]`).first().waitFor({ state: 'visible', timeout: 15_000 });
}

describe('e2e: the web extension (web worker extension host)', function () {
  this.timeout(180_000);
  let vs: Session;
  before(async () => {
    const pkg = JSON.parse(readFileSync(path.join(repoRoot(), 'package.json'), 'utf8')) as { publisher: string; name: string };
    vs = await startCodeServer({
      name: 'e2e-web',
      workspace: 'test/fixtures/workspace',
      trusted: true,
      extensionDevelopmentPath: process.env.CBO_E2E_EXTENSION || repoRoot(),
      settings: { 'remote.extensionKind': { [`${pkg.publisher}.${pkg.name}`]: ['web'] } },
    });
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && vs) await screenshot(vs.page, `web-failed-${this.currentTest.title.slice(0, 40)}`).catch(() => undefined);
  });
  after(async () => {
    await vs?.stop();
  });

  it('shows the vague plan\'s diagnostics in the Problems panel', async () => {
    await openFile(vs.page, 'vague.cbo.yaml');
    await vs.page.locator('.monaco-editor .squiggly-error').first().waitFor({ state: 'attached', timeout: 30_000 });
    const problems = await openProblems(vs.page);
    await problems.locator('.monaco-list-row', { hasText: 'No baseline' }).first().waitFor({ state: 'visible', timeout: 30_000 });
    const text = await problems.innerText();
    assert.match(text, /No baseline: say where the metric stands today/);
    assert.match(text, /missing-baseline/);
    assert.match(text, /output-as-outcome/);
    await screenshot(vs.page, 'web-problems-panel');
  });

  it('opens the canvas beside the plan, and exports the report as an untitled document', async () => {
    await openFromExplorer(vs.page, 'good.cbo.yaml');
    await runCommand(vs.page, 'CBO: Open Canvas to the Side');
    const frame = await canvasFrame(vs.page);
    assert.match(await textOf(frame, '#root .outcome'), /Returning customers finish checkout without calling support/);
    await screenshot(vs.page, 'web-canvas');
    await openFromExplorer(vs.page, 'good.cbo.yaml');
    await runCommand(vs.page, 'CBO: Export Business Outcome Report');
    // On the web the first choice keeps the report in memory.
    const first = vs.page.locator('.quick-input-list .monaco-list-row').first();
    await first.waitFor({ state: 'visible', timeout: 15_000 });
    assert.match(await first.innerText(), /New untitled document/);
    await vs.page.keyboard.press('Enter');
    const tab = vs.page.locator('.tabs-container .tab', { hasText: /Untitled/ }).first();
    await tab.waitFor({ state: 'visible', timeout: 15_000 });
    await vs.page.locator('.editor-instance .view-lines', { hasText: 'Business Outcome Report' }).first().waitFor({ state: 'visible', timeout: 15_000 });
    await screenshot(vs.page, 'web-report-untitled');
  });

  it('runs in the web worker extension host, not the Node one', async () => {
    await runCommand(vs.page, 'Developer: Show Running Extensions');
    const editor = vs.page.locator('.runtime-extensions-editor').first();
    await editor.waitFor({ state: 'visible', timeout: 30_000 });
    // A row names the extension by its display name; ours may show its id too.
    const row = editor.locator('.monaco-list-row', { hasText: /cbo-guide\.cbo-guide|CBO Guide/ }).first();
    // The list is virtual: only the rows in view exist. On a busy machine the extensions
    // activate in another order and ours can sit below the fold (a CI run timed out waiting),
    // so page down through the list until its row is rendered.
    await editor.locator('.monaco-list-row').first().waitFor({ state: 'visible', timeout: 30_000 });
    for (let page = 0; page < 30 && (await row.count()) === 0; page++) {
      await editor.locator('.monaco-list-row').first().click();
      // Down a page at a time, then straight to the end and back up.
      await vs.page.keyboard.press(page < 12 ? 'PageDown' : page === 12 ? 'End' : 'PageUp');
      await vs.page.waitForTimeout(400);
    }
    await row.waitFor({ state: 'visible', timeout: 30_000 });
    await screenshot(vs.page, 'web-running-extensions');
    // Each row names the host that runs the extension: "web worker", or the server's address
    // for the Node extension host.
    const ours = (await row.innerText()).replace(/\s+/g, ' ');
    assert.match(ours, /cbo-guide\.cbo-guide|CBO Guide/);
    assert.match(ours, /web worker/i);
    assert.ok(!ours.includes(`127.0.0.1:${vs.server.port}`), ours);
    // The built-in extensions run in the Node host, named by the server's address.
    assert.ok((await editor.innerText()).includes(`127.0.0.1:${vs.server.port}`), 'the Node-host extensions name the server');
  });
});
