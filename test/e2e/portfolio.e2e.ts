// The portfolio as a team sees it: the four rates against their targets in the webview, a
// click on an outcome opening its file at its line, and the CBO Portfolio tree grouped by
// account in the explorer. Runs on a copy of test/fixtures/portfolio; the README's picture on a
// copy of test/fixtures/team-portfolio with the example CBOs.
import { strict as assert } from 'node:assert';
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { openFile, repoRoot, resultsDir, screenshot, startOnCopy, type Session } from './launch';
import { cursor, runCommand, textOf, waitForText, webviewFrame } from './ui';

function portfolioFrame(page: Page): Promise<Frame> {
  return webviewFrame(page, '.rates .rate', 'the CBO Portfolio webview');
}

describe('e2e: the CBO portfolio', function () {
  this.timeout(240_000);
  let vs: Session & { ws: string };
  before(async () => {
    vs = await startOnCopy('e2e-portfolio', 'test/fixtures/portfolio');
  });
  after(async () => {
    await vs?.stop();
  });

  it('shows each rate against its target, and the tree grouped by account', async () => {
    // A CBO file first, as a person would: the workbench and the extension are up by then.
    await openFile(vs.page, 'hanbit.cbo.yaml');
    await runCommand(vs.page, 'CBO: Open Portfolio');
    const frame = await portfolioFrame(vs.page);
    // Worked out by hand from the fixture (see test/unit/portfolio.test.ts); these three do not
    // depend on the date: ROI above investment for 3 of 3 accounts (one outcome names none),
    // quantified value for 5 of 6,
    // 4 of 8 value items validated.
    // The page may first show the portfolio while the workspace is still being listed; it
    // updates in place when the read completes. Waited for on the count, not the rate: with two
    // of the three accounts read the rate is already 100.0 % ("2 of 2 accounts", seen once in CI).
    await waitForText(frame, '[data-rate="roiPositive"] .t', '3 of 3 accounts (1 outcome with no account left out) · Target > 90.0% · yes', 30_000);
    assert.equal(await textOf(frame, '[data-rate="roiPositive"] .v'), '100.0%');
    assert.match(await textOf(frame, '[data-rate="roiPositive"] .t'), /3 of 3 accounts \(1 outcome with no account left out\) · Target > 90\.0% · yes/);
    assert.match(await textOf(frame, '[data-rate="valueDocumented"] .v'), /^83\.3%$/);
    assert.match(await textOf(frame, '[data-rate="valueDocumented"] .t'), /5 of 6 · Target > 75\.0% · yes/);
    assert.match(await textOf(frame, '[data-rate="customerValidated"] .v'), /^50\.0%$/);
    assert.match(await textOf(frame, '[data-rate="customerValidated"] .t'), /4 of 8 · Target > 60\.0% · no/);
    // Achievement counts the outcomes due before today, which moves with the date; the Auditors
    // outcome has no metric, so no deadline, whatever the day.
    assert.match(await textOf(frame, '[data-rate="achievement"] .t'), /due before \d{4}-\d{2}-\d{2}\b.*; 1 with no deadline · Target > 80\.0%/);
    // Totals stay per currency in the report below the cards.
    const report = await textOf(frame, '.report');
    assert.match(report, /₩210,000,000/);
    assert.match(report, /\$420,000\.00/);
    // acme-legacy.cbo.yaml states no primary metric, an error: counted, and named with its count.
    assert.match(report, /Files with problems[\s\S]*acme-legacy\.cbo\.yaml:2: 1 error \(open it to see them in Problems\); its outcomes are counted/);

    // The CBO Portfolio tree, in the CBO Guide panel beside the plan check, grouped by account.
    await runCommand(vs.page, 'Focus on CBO Portfolio View');
    const header = vs.page.locator('.pane-header', { hasText: 'CBO Portfolio' }).first();
    await header.waitFor({ state: 'visible', timeout: 15_000 });
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    await vs.page.locator('.monaco-list-row', { hasText: 'Hanbit Retail' }).first().waitFor({ state: 'visible', timeout: 15_000 });
    await vs.page.locator('.monaco-list-row', { hasText: 'Store managers reorder stock' }).first().waitFor({ state: 'visible', timeout: 15_000 });
    await screenshot(vs.page, 'portfolio');
  });

  it('opens an outcome at its line from the webview', async () => {
    const frame = await portfolioFrame(vs.page);
    await frame.locator('button[data-reveal]', { hasText: 'Cashiers close the day' }).first().click();
    await vs.page.locator('.tabs-container .tab[aria-label*="hanbit.cbo.yaml"]').first().waitFor({ state: 'visible', timeout: 15_000 });
    const until = Date.now() + 15_000;
    let pos = await cursor(vs.page);
    while (pos[0] !== 32 && Date.now() < until) {
      await vs.page.waitForTimeout(200);
      pos = await cursor(vs.page);
    }
    assert.deepEqual(pos, [32, 1]); // hanbit.cbo.yaml line 32: "- title: Cashiers close the day ..."
  });

  it('follows an edit in the editor without reloading the page', async () => {
    const frame = await portfolioFrame(vs.page);
    await vs.page.locator('.editor-instance .monaco-editor').first().click();
    await vs.page.keyboard.press('Control+F');
    await vs.page.keyboard.type('paper count');
    await vs.page.keyboard.press('Escape');
    await vs.page.keyboard.type('paper tally');
    await frame.locator('button[data-reveal]', { hasText: 'Cashiers close the day without a paper tally' }).first().waitFor({ state: 'visible', timeout: 15_000 });
    assert.ok(Number((await frame.locator('body').getAttribute('data-updates')) ?? 0) >= 1, 'the content was replaced by a message, not a new page');
    await screenshot(vs.page, 'portfolio-after-edit');
    await vs.page.keyboard.press('Control+Z');
  });
});

// The README's picture: a team's portfolio as a new user would meet it, the four example
// CBOs and two more accounts (test/fixtures/team-portfolio), every cell filled, the peer
// comparison's value per user included.
describe('e2e: the portfolio of a team (the README picture)', function () {
  this.timeout(240_000);
  let vs: Session & { ws: string };
  before(async () => {
    vs = await startOnCopy('e2e-team-portfolio', 'test/fixtures/team-portfolio', {
      prepare: (ws) => {
        for (const f of readdirSync(path.join(repoRoot(), 'examples')).filter((n) => n.endsWith('.cbo.yaml'))) copyFileSync(path.join(repoRoot(), 'examples', f), path.join(ws, f));
      },
    });
  });
  after(async () => {
    await vs?.stop();
  });

  it('shows three accounts in three currencies with no empty cell', async () => {
    await openFile(vs.page, 'checkout.cbo.yaml');
    await runCommand(vs.page, 'CBO: Open Portfolio');
    const frame = await portfolioFrame(vs.page);
    await waitForText(frame, '[data-rate="valueDocumented"] .t', '7 of 7 · Target > 75.0% · yes', 30_000);
    const report = await textOf(frame, '.report');
    for (const account of ['Northwind Retail', '한빛리테일', 'Contoso Logistics']) assert.ok(report.includes(account), account);
    for (const total of ['€', '₩', '$']) assert.ok(report.includes(total), total);
    // The header gives the date; the report below does not repeat it. Each account says when it
    // became a customer (the examples and both fixture files state it).
    assert.equal((await textOf(frame, '#root')).match(/As of/g)?.length, 1, 'the date once, in the header');
    assert.equal(report.match(/Customer since: \d{4}-\d{2}-\d{2}/g)?.length, 3, 'customer since under each of three accounts');
    // What a reader must never see in the picture: a status without data, a dash or n/a for a value.
    // Each account's table of outcomes, right under the cards, then the totals further down.
    for (const account of ['Northwind Retail', '한빛리테일', 'Contoso Logistics']) {
      const table = await frame.locator(`xpath=//h3[normalize-space(.)="${account}"]/following-sibling::table[1]`).innerText();
      assert.doesNotMatch(table, /no data|n\/a|–/, account);
    }
    const totals = await frame.locator('xpath=//h2[contains(., "Totals by currency")]/following-sibling::table[1]').innerText();
    assert.doesNotMatch(totals, /n\/a|–/);
    assert.ok(report.indexOf('Outcomes by account') < report.indexOf('Value story'), 'the outcomes first, under the cards');
    // Every account gives users, so the peer comparison has a value per user for each.
    const peers = await frame.locator('xpath=//h2[contains(., "Peer comparison")]/following-sibling::table[1]').innerText();
    for (const account of ['Northwind Retail', '한빛리테일', 'Contoso Logistics']) assert.ok(peers.includes(account), `peer row for ${account}`);
    assert.doesNotMatch(peers, /n\/a|–/);
    // Not one file with a problem: the picture shows no "Files with problems".
    assert.doesNotMatch(report, /Files with problems/);
    await screenshot(vs.page, 'portfolio-team');
    if (process.env.CBO_UPDATE_SCREENSHOTS === '1') {
      mkdirSync(path.join(repoRoot(), 'media/screenshots'), { recursive: true });
      copyFileSync(path.join(resultsDir(), 'portfolio-team.png'), path.join(repoRoot(), 'media/screenshots/portfolio.png'));
    }
  });
});
