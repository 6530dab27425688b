// The integration suite's entry point in the web worker extension host (the host of
// vscode.dev and github.dev; code-server runs it when the user setting
// "remote.extensionKind" puts our extension on "web"). Bundled for the browser by
// scripts/build-tests.mjs into dist/test/integration-web/index.js, with the browser-relevant
// test files (those that need no Node: smoke, editor, plan, report in memory) and the
// web-only ones beside this file.
//
// A web worker has no process.env and no fs: the harness (run-code-server.ts --web) leaves
// .cbo-test-env.json in the workspace (grep, trust), and this runner writes its result,
// shaped like index.ts's ResultFile, to .cbo-test-result.json there through vscode.workspace.fs.
import 'mocha/mocha.js';
import * as vscode from 'vscode';
import type { ResultFile } from '../index';

declare global {
  // Read by the bundled tests in place of process.env (esbuild `define`).
  var __cboTestEnv: Record<string, string | undefined>;
}
globalThis.__cboTestEnv = {};

type TestRecord = ResultFile['tests'][number];

async function readEnv(folder: vscode.Uri): Promise<Record<string, string | undefined>> {
  try {
    return JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, '.cbo-test-env.json')))) as Record<string, string>;
  } catch {
    return {};
  }
}

export async function run(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder) throw new Error('the web integration tests need the fixture workspace open');
  const env = await readEnv(folder);
  globalThis.__cboTestEnv = env;
  const started = new Date();
  mocha.setup({ ui: 'bdd', reporter: undefined, timeout: Number(env.CBO_TEST_TIMEOUT) || 30_000, ...(env.CBO_TEST_GREP ? { grep: env.CBO_TEST_GREP } : {}) } as Mocha.MochaOptions);
  // The test files register their suites when they are evaluated: after setup.
  await import('./suites');
  const tests: TestRecord[] = [];
  const failures = await new Promise<number>((resolve) => {
    const runner = mocha.run((n: number) => resolve(n));
    runner.on('pass', (t: Mocha.Test) => tests.push({ title: t.title, fullTitle: t.fullTitle(), state: 'passed', duration: t.duration, err: {} }));
    runner.on('fail', (t: Mocha.Test, err: Error) => tests.push({ title: t.title, fullTitle: t.fullTitle(), state: 'failed', duration: t.duration, err: { message: String(err?.message ?? err), stack: err?.stack } }));
    runner.on('pending', (t: Mocha.Test) => tests.push({ title: t.title, fullTitle: t.fullTitle(), state: 'pending', err: {} }));
  });
  const end = new Date();
  const count = (s: TestRecord['state']) => tests.filter((t) => t.state === s).length;
  const result: ResultFile & { host: { extensionHost: string } } = {
    stats: { suites: 0, tests: tests.length, passes: count('passed'), failures: Math.max(failures, count('failed')), pending: count('pending'), start: started.toISOString(), end: end.toISOString(), duration: end.getTime() - started.getTime() },
    tests,
    host: { vscodeVersion: vscode.version, appName: vscode.env.appName, remoteName: vscode.env.remoteName, trusted: vscode.workspace.isTrusted, extensionHost: 'web worker' },
  };
  console.log(`${result.stats.passes} passed, ${result.stats.failures} failed`);
  // Written whole, then renamed: the harness polls for the file and must not see half of it.
  const tmp = vscode.Uri.joinPath(folder, '.cbo-test-result.json.tmp');
  await vscode.workspace.fs.writeFile(tmp, new TextEncoder().encode(JSON.stringify(result, null, 2)));
  await vscode.workspace.fs.rename(tmp, vscode.Uri.joinPath(folder, '.cbo-test-result.json'), { overwrite: true });
  if (result.stats.failures > 0) throw new Error(`${result.stats.failures} integration test(s) failed`);
}
