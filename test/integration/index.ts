// The integration suite's entry point inside a real VS Code extension host. Both hosts call
// `run()`: @vscode/test-electron (test/integration/run-electron.ts) and code-server in headless
// Chromium (test/integration/run-code-server.ts, through the workbench's `payload`).
//
// It runs mocha (bdd) over every bundled `*.test.js` beside this file (scripts/build-tests.mjs
// bundles test/integration/*.test.ts into dist/test/integration/), prints each result to the
// extension host's console, and, when env CBO_TEST_RESULT names a file, writes a mocha
// JSON-style report there: {stats: {passes, failures, pending, tests, duration}, tests:
// [{title, fullTitle, file, state, duration, err}]}. Nothing else reports back to a browser
// page, so the code-server harness waits for that file. Rejects when a test failed.
//
// Env: CBO_TEST_GREP (a mocha --grep pattern), CBO_TEST_TIMEOUT (ms per test, default 30000).
import { readdirSync, renameSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

interface TestRecord {
  title: string;
  fullTitle: string;
  file?: string;
  state: 'passed' | 'failed' | 'pending';
  duration?: number;
  err: { message?: string; stack?: string; actual?: string; expected?: string } | Record<string, never>;
}

export interface ResultFile {
  stats: { suites: number; tests: number; passes: number; failures: number; pending: number; start: string; end: string; duration: number };
  tests: TestRecord[];
  host: { vscodeVersion?: string; appName?: string; remoteName?: string; trusted?: boolean };
}

function errorOf(err: unknown): TestRecord['err'] {
  if (!err || typeof err !== 'object') return { message: String(err) };
  const e = err as { message?: unknown; stack?: unknown; actual?: unknown; expected?: unknown };
  const out: TestRecord['err'] = { message: String(e.message ?? err), stack: typeof e.stack === 'string' ? e.stack : undefined };
  if ('actual' in e) out.actual = safeString(e.actual);
  if ('expected' in e) out.expected = safeString(e.expected);
  return out;
}

function safeString(v: unknown): string {
  try {
    return typeof v === 'string' ? v : JSON.stringify(v);
  } catch {
    return String(v);
  }
}

function writeAtomically(file: string, text: string): void {
  // The harness polls for the file: it must never see it half written.
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

async function hostInfo(): Promise<ResultFile['host']> {
  try {
    const vscode = await import('vscode');
    return { vscodeVersion: vscode.version, appName: vscode.env.appName, remoteName: vscode.env.remoteName, trusted: vscode.workspace.isTrusted };
  } catch {
    return {};
  }
}

export async function run(): Promise<void> {
  const started = new Date();
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: false,
    timeout: Number(process.env.CBO_TEST_TIMEOUT) || 30_000,
    ...(process.env.CBO_TEST_GREP ? { grep: process.env.CBO_TEST_GREP } : {}),
  });
  const dir = __dirname;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.test.js'))
    .sort();
  for (const f of files) mocha.addFile(path.join(dir, f));

  const tests: TestRecord[] = [];
  let failures: number;
  let suites = 0;
  let loadError: unknown;
  try {
    await mocha.loadFilesAsync();
  } catch (err) {
    loadError = err;
  }

  if (files.length === 0) loadError = new Error(`no *.test.js files in ${dir}; run scripts/build-tests.mjs first`);

  if (!loadError) {
    failures = await new Promise<number>((resolve) => {
      const runner = mocha.run((n) => resolve(n));
      runner.on('suite', (s) => {
        if (!s.root) suites++;
      });
      runner.on('pass', (t) => tests.push({ title: t.title, fullTitle: t.fullTitle(), file: t.file && path.basename(t.file), state: 'passed', duration: t.duration, err: {} }));
      runner.on('fail', (t, err) => tests.push({ title: t.title, fullTitle: t.fullTitle(), file: t.file && path.basename(t.file), state: 'failed', duration: t.duration, err: errorOf(err) }));
      runner.on('pending', (t) => tests.push({ title: t.title, fullTitle: t.fullTitle(), file: t.file && path.basename(t.file), state: 'pending', err: {} }));
    });
  } else {
    console.error('CBO Guide: the integration tests could not be loaded:', loadError);
    tests.push({ title: 'load the integration test files', fullTitle: 'load the integration test files', state: 'failed', err: errorOf(loadError) });
    failures = 1;
  }

  const end = new Date();
  const count = (s: TestRecord['state']) => tests.filter((t) => t.state === s).length;
  const result: ResultFile = {
    stats: {
      suites,
      tests: tests.length,
      passes: count('passed'),
      failures: Math.max(failures, count('failed')),
      pending: count('pending'),
      start: started.toISOString(),
      end: end.toISOString(),
      duration: end.getTime() - started.getTime(),
    },
    tests,
    host: await hostInfo(),
  };
  console.log(`${result.stats.passes} passed, ${result.stats.failures} failed`);
  const out = process.env.CBO_TEST_RESULT;
  if (out) writeAtomically(out, JSON.stringify(result, null, 2));
  if (result.stats.failures > 0) throw new Error(`${result.stats.failures} integration test(s) failed`);
  if (result.stats.passes === 0) throw new Error('no integration test passed (none ran?)');
}
