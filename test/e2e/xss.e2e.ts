// A file whose every string is hostile must not run anything in the panel, nor make it
// fetch anything from outside. The payloads would append a marker assembled at run time
// ('PWN' + 'ED'), so finding the marker in the page is proof that one of them ran.
import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { openFile, repoRoot, screenshot, startCodeServer, type Session } from './launch';
import { canvasFrame, runCommand } from './ui';

const RUN = "document.body.append('PWN'+'ED')";
const PAYLOADS = [
  `<script>${RUN}</script>`,
  `<img src=x onerror="${RUN}">`,
  `<svg onload="${RUN}"></svg>`,
  `[click me](javascript:${RUN})`,
  `<a href="javascript:${RUN}">x</a>`,
  `</style><style>body{background:url(http://198.51.100.7/leak)}</style>`,
  `"><iframe src="javascript:${RUN}"></iframe>`,
  `<div <b onmouseover=${RUN}>broken`,
  `![img](http://198.51.100.7/pixel.png)`,
  `{{constructor.constructor('${RUN}')()}}`,
];

function hostileFile(): string {
  const q = (i: number) => JSON.stringify(PAYLOADS[i % PAYLOADS.length]);
  let i = 0;
  const s = () => q(i++);
  return `cbo: 1
title: ${s()}
category: operational-efficiency
owner: ${s()}
context: { challenge: ${s()}, strategicImportance: ${s()}, stakeholderImpact: ${s()} }
workshop: { current: [${s()}], future: [${s()}], barriers: [${s()}], solutions: [${s()}] }
outcome: { behavior: ${s()}, hypothesis: ${s()} }
metrics:
  primary:
    name: ${s()}
    unit: ${s()}
    direction: increase
    baseline: { value: 1, asOf: 2026-01-01 }
    target: { value: 2, by: 2027-01-01 }
    measurements: [ { date: 2026-06-01, value: 1.5 } ]
  secondary: [${s()}, ${s()}]
value:
  currency: USD
  investment: 1000
  items:
    - { type: hard-savings, amount: 500, assumption: ${s()} }
    - { type: revenue-impact, amount: 900, assumption: ${s()} }
dependencies: [${s()}]
assumptions: [${s()}]
risks: [${s()}]
`;
}

describe('e2e: hostile strings in the canvas panel', function () {
  this.timeout(180_000);
  let vs: Session;
  const outside: string[] = [];
  before(async () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'cbo-xss-'));
    writeFileSync(path.join(ws, 'hostile.cbo.yaml'), hostileFile());
    vs = await startCodeServer({ name: 'e2e-xss', workspace: ws, trusted: true, extensionDevelopmentPath: process.env.CBO_E2E_EXTENSION || repoRoot() });
    vs.page.context().on('request', (r) => {
      const u = r.url();
      if (!/^(https?:\/\/(127\.0\.0\.1|localhost)[:/]|blob:|data:|vscode-)/.test(u) && !u.includes('open-vsx.org')) outside.push(u);
    });
  });
  after(async () => {
    await vs?.stop();
  });

  it('renders every payload as text: no script runs, nothing is fetched from outside', async () => {
    await openFile(vs.page, 'hostile.cbo.yaml');
    await runCommand(vs.page, 'CBO: Open Canvas to the Side');
    const frame = await canvasFrame(vs.page);
    await frame.locator('#canvas').waitFor({ state: 'attached', timeout: 20_000 });
    // Hover and click everything the payloads might have hooked.
    for (const el of await frame.locator('#root li, #root h2, #root td').all()) await el.hover().catch(() => undefined);
    // Every link left must be a web or mail link (clicking those opens them on purpose).
    for (const a of await frame.locator('#root a').all()) assert.match((await a.getAttribute('href')) ?? '', /^(https?:|mailto:)/);
    await vs.page.waitForTimeout(1500);
    for (const f of vs.page.frames()) {
      const html = await f.content().catch(() => '');
      assert.ok(!html.includes('PWN' + 'ED'), `a payload ran in frame ${f.url()}`);
    }
    const text = await frame.locator('#root').innerText();
    assert.ok(text.includes('<script>'), 'the script tag is shown as text');
    assert.equal(await frame.locator('#root script, #root img, #root iframe, #root svg[onload]').count(), 0);
    assert.equal(await frame.locator('#root a[href^="javascript"]').count(), 0);
    assert.deepEqual(outside.filter((u) => u.includes('198.51.100.7')), [], 'nothing fetched from outside');
    await screenshot(vs.page, 'canvas-xss');
  });
});
