// The language server judges dates on the user's day, as `cbo check` and the extension do
// (core/local-date.ts). It took UTC's: east of Greenwich the two disagreed for hours each day
// (in Seoul until 09:00), on a deadline's day and in every "today is ..." of a message, so an
// editor showed other findings than CI. The server runs with its clock moved by test/clock.cjs
// to 12:00 UTC on 31 March 2027, in a zone 14 hours ahead: the user's day is already 1 April.
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../lsp/client';

const TEXT = `cbo: 1
title: Analysts get the daily sales report by 9:00
category: operational-efficiency
metrics:
  primary:
    name: Report ready before 9:00
    unit: "%"
    direction: increase
    baseline: { value: 40, asOf: 2026-09-30 }
    target: { value: 95, by: 2027-03-31 }
`;

// Etc/GMT-14 is UTC+14 (POSIX signs are reversed), with no summer time to move it.
const ENV = { TZ: 'Etc/GMT-14', CBO_CLOCK: '2027-03-31', NODE_OPTIONS: `--require ${JSON.stringify(path.resolve('test/clock.cjs'))}` };

/** A temporary folder holding a.cbo.yaml (TEXT) while the describe that calls this runs; the function gives its path. */
function folderWithCbo(prefix: string): () => string {
  let dir = '';
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), prefix));
    writeFileSync(path.join(dir, 'a.cbo.yaml'), TEXT);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  return () => dir;
}

const deadlinesIn = (ds: { code: string; message: string }[]) => ds.filter((d) => d.code === 'deadline-passed').map((d) => d.message);

/** The deadline-passed messages the server publishes as the client opens `uri` (a.cbo.yaml, TEXT). */
async function openedDeadlines(client: LspClient, uri: string): Promise<string[]> {
  const got = client.diagnostics(uri);
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: TEXT } });
  return deadlinesIn(await got);
}

describe('language server: today is the user\'s date', function () {
  this.timeout(30_000);
  const folder = folderWithCbo('cbo-lsp-today-');

  it('finds the deadline passed on the user\'s 1 April while UTC is still on 31 March, as cbo check does', async () => {
    const client = new LspClient(undefined, undefined, ENV);
    const dir = folder();
    try {
      await client.initialize(pathToFileURL(dir).href);
      const passed = await openedDeadlines(client, pathToFileURL(path.join(dir, 'a.cbo.yaml')).href);
      assert.deepEqual(passed, ['The deadline 2027-03-31 has passed (today is 2027-04-01): record the final measurement, or agree a new date with the customer.']);
      const check = JSON.parse(execFileSync(process.execPath, [path.resolve('dist/cli.js'), 'check', 'a.cbo.yaml', '--format', 'json'], { cwd: dir, env: { ...process.env, ...ENV }, encoding: 'utf8' })) as { ruleId: string; message: string }[];
      assert.deepEqual(check.filter((r) => r.ruleId === 'deadline-passed').map((r) => r.message), passed);
    } finally {
      assert.equal(await client.stop(), 0);
    }
  });
});

// The server could not be told the day, so its tests judged on the real clock and a user could
// not see the findings of a day to come, as `cbo check --today` shows them. It now takes `today`
// in its `cbo` settings and `cbo lsp --stdio --today`, checked as the CLI checks `--today`.
describe('language server: a pinned today', function () {
  this.timeout(30_000);
  const folder = folderWithCbo('cbo-lsp-pinned-');

  /** The deadline-passed messages of a.cbo.yaml as a server started with `args` and `init` publishes them, then after `push`. */
  async function passed(args: string[], init: Record<string, unknown>, push?: unknown): Promise<{ first: string[]; pushed?: string[]; warnings: string[] }> {
    const client = new LspClient(undefined, ['lsp', '--stdio', ...args]);
    const dir = folder();
    try {
      await client.initialize(pathToFileURL(dir).href, init);
      const uri = pathToFileURL(path.join(dir, 'a.cbo.yaml')).href;
      const first = await openedDeadlines(client, uri);
      let pushed: string[] | undefined;
      if (push !== undefined) {
        const got = client.diagnostics(uri);
        client.notify('workspace/didChangeConfiguration', { settings: push });
        pushed = deadlinesIn(await got);
      }
      const warnings = client.notifications.filter((m) => m.method === 'window/showMessage').map((m) => (m.params as { message: string }).message);
      return { first, ...(pushed ? { pushed } : {}), warnings };
    } finally {
      assert.equal(await client.stop(), 0);
    }
  }
  const on = (day: string) => `The deadline 2027-03-31 has passed (today is ${day}): record the final measurement, or agree a new date with the customer.`;

  it('judges against cbo lsp --today', async () => {
    assert.deepEqual((await passed(['--today', '2027-04-01'], {})).first, [on('2027-04-01')]);
  });

  it('judges against the today setting, from initializationOptions and then as pushed, over --today', async () => {
    const r = await passed(['--today', '2030-01-01'], { initializationOptions: { cbo: { today: '2027-04-01' } } }, { cbo: { today: '2027-03-30' } });
    assert.deepEqual(r.first, [on('2027-04-01')]);
    assert.deepEqual(r.pushed, [], 'the day before the deadline: not passed');
    assert.deepEqual(r.warnings, []);
  });

  it('drops a today setting that is not a real date, naming it, and judges on the day --today gives', async () => {
    const r = await passed(['--today', '2027-04-02'], { initializationOptions: { cbo: { today: '2027-02-30' } } });
    assert.deepEqual(r.first, [on('2027-04-02')]);
    assert.ok(r.warnings.some((w) => w.includes('cbo.today must be a real date written YYYY-MM-DD')), r.warnings.join('\n'));
  });

  it('refuses cbo lsp --today that is not a real date, as cbo check does (exit 2), in English and Korean', () => {
    const r = spawnSync(process.execPath, [path.resolve('dist/cli.js'), 'lsp', '--stdio', '--today', '2027-02-30'], { encoding: 'utf8', input: '' });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--today must be a real date written YYYY-MM-DD, got "2027-02-30"/);
    const ko = spawnSync(process.execPath, [path.resolve('dist/cli.js'), 'lsp', '--stdio', '--today', '2027-13-01', '--lang', 'ko'], { encoding: 'utf8', input: '' });
    assert.equal(ko.status, 2);
    assert.match(ko.stderr, /--today는 YYYY-MM-DD 형식의 실제 날짜여야 합니다. 받은 값: "2027-13-01"/);
  });
});
