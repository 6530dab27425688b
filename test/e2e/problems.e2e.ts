// A reviewer opens a vague plan: squiggles in the editor, entries in the Problems panel.
import { strict as assert } from 'node:assert';
import { openFile, openProblems, repoRoot, screenshot, startCodeServer, type Session } from './launch';
import { runCommand } from './ui';

describe('e2e: diagnostics a reviewer sees', function () {
  this.timeout(180_000);
  let vs: Session;
  before(async () => {
    vs = await startCodeServer({ name: 'e2e-problems', workspace: 'test/fixtures/workspace', trusted: true, extensionDevelopmentPath: process.env.CBO_E2E_EXTENSION || repoRoot() });
  });
  after(async () => {
    await vs?.stop();
  });

  it('underlines the vague outcome and lists its problems with rule ids', async () => {
    await openFile(vs.page, 'vague.cbo.yaml');
    await vs.page.locator('.monaco-editor .squiggly-error').first().waitFor({ state: 'attached', timeout: 30_000 });
    const problems = await openProblems(vs.page);
    const row = problems.locator('.monaco-list-row', { hasText: 'No baseline' }).first();
    await row.waitFor({ state: 'visible', timeout: 30_000 });
    const text = await problems.innerText();
    assert.match(text, /No baseline: say where the metric stands today/);
    assert.match(text, /missing-baseline/);
    assert.match(text, /cbo/);
    await screenshot(vs.page, 'problems-panel');
  });

  it('shows the outcome health in the status bar', async () => {
    const item = vs.page.locator('.statusbar-item', { hasText: 'CBO' }).first();
    await item.waitFor({ state: 'visible', timeout: 15_000 });
    assert.match((await item.innerText()).replace(/\s+/g, ' '), /CBO/);
  });

  // A generic YAML outline named an outcome "title" or "0"; ours names it by its title.
  it('lists the outcome by its title, and its metric, in the Outline view', async () => {
    await openFile(vs.page, 'good.cbo.yaml');
    await runCommand(vs.page, 'Explorer: Focus on Outline View');
    const outline = vs.page.locator('.pane', { has: vs.page.locator('.pane-header', { hasText: /outline/i }) }).first();
    const outcome = outline.locator('.monaco-list-row', { hasText: 'Returning customers finish checkout without calling support' }).first();
    await outcome.waitFor({ state: 'visible', timeout: 30_000 });
    assert.match(await outcome.innerText(), /operational-efficiency, by \d{4}-\d\d-\d\d/);
    // The outline opens expanded to its first level; the metric is a row of its own.
    const metric = outline.locator('.monaco-list-row', { hasText: 'Checkout completion rate' }).first();
    await metric.waitFor({ state: 'visible', timeout: 15_000 });
    assert.match((await metric.innerText()).replace(/\s+/g, ' '), /62 → 80 %/);
    await screenshot(vs.page, 'outline');
  });
});
