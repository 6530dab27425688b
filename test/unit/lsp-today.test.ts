// The language server judges dates on the user's day, as `cbo check` and the extension do
// (core/local-date.ts). It took UTC's: east of Greenwich the two disagreed for hours each day
// (in Seoul until 09:00), on a deadline's day and in every "today is ..." of a message, so an
// editor showed other findings than CI. The server runs with its clock moved by test/clock.cjs
// to 12:00 UTC on 31 March 2027, in a zone 14 hours ahead: the user's day is already 1 April.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
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

describe('language server: today is the user\'s date', function () {
  this.timeout(30_000);
  let dir = '';
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'cbo-lsp-today-'));
    writeFileSync(path.join(dir, 'a.cbo.yaml'), TEXT);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('finds the deadline passed on the user\'s 1 April while UTC is still on 31 March, as cbo check does', async () => {
    const client = new LspClient(undefined, undefined, ENV);
    try {
      await client.initialize(pathToFileURL(dir).href);
      const uri = pathToFileURL(path.join(dir, 'a.cbo.yaml')).href;
      const got = client.diagnostics(uri);
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: TEXT } });
      const passed = (await got).filter((d) => d.code === 'deadline-passed').map((d) => d.message);
      assert.deepEqual(passed, ['The deadline 2027-03-31 has passed (today is 2027-04-01): record the final measurement, or agree a new date with the customer.']);
      const check = JSON.parse(execFileSync(process.execPath, [path.resolve('dist/cli.js'), 'check', 'a.cbo.yaml', '--format', 'json'], { cwd: dir, env: { ...process.env, ...ENV }, encoding: 'utf8' })) as { ruleId: string; message: string }[];
      assert.deepEqual(check.filter((r) => r.ruleId === 'deadline-passed').map((r) => r.message), passed);
    } finally {
      assert.equal(await client.stop(), 0);
    }
  });
});
