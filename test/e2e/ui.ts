// Small helpers over the workbench for the CBO Guide e2e tests: run a command from the
// palette, find the canvas webview's frame, read the cursor position from the status bar.
import type { Frame, Page } from 'playwright-core';

export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(`>${title}`);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  await row.waitFor({ state: 'visible', timeout: 10_000 });
  await row.click(); // the row we asked for, not whichever the fuzzy match put first
}

/** The frame holding the canvas panel's document (webviews are nested frames of the page). */
export async function canvasFrame(page: Page, timeoutMs = 30_000): Promise<Frame> {
  return webviewFrame(page, '#root .outcome, #root .empty', 'the CBO canvas webview', timeoutMs);
}

/** The first frame holding an element that matches `selector` (a webview's document). */
export async function webviewFrame(page: Page, selector: string, what: string, timeoutMs = 30_000): Promise<Frame> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    for (const f of page.frames()) {
      try {
        if (await f.$(selector)) return f;
      } catch {
        // a frame that went away while we looked
      }
    }
    await page.waitForTimeout(200);
  }
  throw new Error(`${what} did not render within the time limit`);
}

export async function textOf(frame: Frame, selector: string, timeoutMs = 15_000): Promise<string> {
  const el = frame.locator(selector).first();
  await el.waitFor({ state: 'attached', timeout: timeoutMs });
  return (await el.textContent()) ?? '';
}

/** Waits until an element of the frame shows the expected text. */
export async function waitForText(frame: Frame, selector: string, expected: string, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < until) {
    last = (await frame.locator(selector).first().textContent().catch(() => null)) ?? '';
    if (last === expected) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${selector} shows "${last}", not "${expected}"`);
}

/** "Ln 24, Col 7" from the status bar, as [line, column]. */
export async function cursor(page: Page): Promise<[number, number]> {
  const t = (await page.locator('.statusbar-item[id="status.editor.selection"]').first().textContent()) ?? '';
  const m = /Ln (\d+), Col (\d+)/.exec(t);
  if (!m) throw new Error(`no cursor position in the status bar: "${t}"`);
  return [Number(m[1]), Number(m[2])];
}
