// What a person sees: the workbench of a real VS Code (code-server in headless Chromium) on
// the fixture workspace, with CBO Guide loaded. An example for the e2e tests to follow.
// Run: npm run test:e2e (mocha over dist/test/e2e/*.e2e.js). Screenshots go to test-results/.
// Env CBO_E2E_EXTENSION: the extension folder to load (default: the repo root).
import { strict as assert } from 'node:assert';
import { openFile, openProblems, repoRoot, screenshot, startCodeServer, type Session } from './launch';

describe('e2e smoke: the workbench on the fixture workspace', function () {
  this.timeout(120_000);
  let vs: Session;

  before(async () => {
    vs = await startCodeServer({
      name: 'e2e-smoke',
      workspace: 'test/fixtures/workspace',
      trusted: true,
      extensionDevelopmentPath: process.env.CBO_E2E_EXTENSION || repoRoot(),
    });
  });
  after(async () => {
    await vs?.stop();
  });

  it('shows the workspace files in the explorer', async () => {
    const row = vs.page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'vague.cbo.yaml' });
    await row.waitFor({ state: 'visible', timeout: 30_000 });
    assert.equal(await row.isVisible(), true);
    await screenshot(vs.page, 'e2e-smoke-workbench');
  });

  it('opens a file by Quick Open and shows the Problems panel', async () => {
    const tab = await openFile(vs.page, 'vague.cbo.yaml');
    assert.match((await tab.getAttribute('aria-label')) ?? '', /vague\.cbo\.yaml/);
    const editorText = await vs.page.locator('.editor-instance .view-lines').first().innerText();
    assert.match(editorText, /\S/, 'the editor shows the file');
    const problems = await openProblems(vs.page);
    assert.equal(await problems.isVisible(), true);
    await screenshot(vs.page, 'e2e-smoke-problems');
  });
});
