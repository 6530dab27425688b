// Runs the integration suite (dist/test/integration/index.js) in desktop VS Code through
// @vscode/test-electron, for machines that can download VS Code (`npm run test:electron`).
// Bundled to dist/test/run-electron.js. Our own machines cannot download it: there this fails
// at once with a clear message; use `npm run test:integration` (code-server) instead.
//
//   node dist/test/run-electron.js [WORKSPACE] [--restricted] [--grep PATTERN]
//
// Env: CBO_VSCODE_VERSION (default 1.100.3, our engines minimum, the same VS Code as
// code-server 4.100.3; "stable" for the latest), CBO_VSCODE_EXECUTABLE (an installed VS Code
// to use instead of downloading one). On Linux without a display, run it under xvfb-run.
// Prints each test and `N passed, N failed`; exits non-zero on any failure.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import type { ResultFile } from './index';

function repoRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).name === 'cbo-guide') return dir;
    if (path.dirname(dir) === dir) throw new Error('cannot find the cbo-guide repository root');
  }
}

function fail(message: string): number {
  console.error(`CBO Guide: ${message}`);
  console.log('0 passed, 1 failed');
  return 1;
}

function withTimeLimit<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([p, new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms)))]).finally(() => clearTimeout(timer));
}

async function main(): Promise<number> {
  const root = repoRoot();
  const argv = process.argv.slice(2);
  const restricted = argv.includes('--restricted');
  const gi = argv.indexOf('--grep');
  const grep = gi >= 0 ? argv[gi + 1] : undefined;
  const positional = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--grep');
  const workspace = path.resolve(positional[0] ?? path.join(root, 'test/fixtures/workspace'));
  const mode = restricted ? 'restricted' : 'trusted';
  const testsPath = path.join(root, 'dist/test/integration/index.js');
  if (!existsSync(testsPath)) return fail(`${path.relative(root, testsPath)} is missing; build it with: node scripts/build-tests.mjs (or npm run build)`);

  let vscodeExecutablePath = process.env.CBO_VSCODE_EXECUTABLE;
  if (vscodeExecutablePath && !existsSync(vscodeExecutablePath)) return fail(`CBO_VSCODE_EXECUTABLE=${vscodeExecutablePath} does not exist`);
  if (!vscodeExecutablePath) {
    const version = process.env.CBO_VSCODE_VERSION || '1.100.3';
    console.log(`CBO Guide: downloading VS Code ${version} for the tests (@vscode/test-electron; cached in .vscode-test/)`);
    try {
      // The library gives up on a stalled connection after `timeout` ms of silence; the outer
      // limit bounds a download that trickles.
      vscodeExecutablePath = await withTimeLimit(downloadAndUnzipVSCode({ version, timeout: 15_000, extensionDevelopmentPath: root }), 10 * 60_000, 'downloading VS Code');
    } catch (e) {
      return fail(
        `could not download VS Code ${version} (${(e as Error).message}).\n` +
          '  This machine cannot reach the VS Code download servers. Run the same suite in code-server instead:\n' +
          '    npm run test:integration      (see docs/real-vscode-host.md)\n' +
          '  or point CBO_VSCODE_EXECUTABLE at an installed VS Code.',
      );
    }
  }

  const tmp = mkdtempSync(path.join(tmpdir(), 'cbo-electron-'));
  const resultFile = path.join(tmp, 'result.json');
  try {
    let exitCode: number;
    try {
      exitCode = await runTests({
        vscodeExecutablePath,
        extensionDevelopmentPath: root,
        extensionTestsPath: testsPath,
        extensionTestsEnv: { CBO_TEST_RESULT: resultFile, CBO_TEST_TRUST: mode, ...(grep ? { CBO_TEST_GREP: grep } : {}) },
        launchArgs: [workspace, '--disable-extensions', '--skip-welcome', '--skip-release-notes', ...(restricted ? [] : ['--disable-workspace-trust'])],
      });
    } catch (e) {
      exitCode = typeof e === 'number' ? e : 1;
      if (typeof e !== 'number') console.error(`CBO Guide: VS Code failed: ${(e as Error)?.message ?? e}`);
    }
    if (!existsSync(resultFile)) return fail(`VS Code exited (code ${exitCode}) without a test result`);
    const result = JSON.parse(readFileSync(resultFile, 'utf8')) as ResultFile;
    const out = path.join(root, 'test-results');
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, `result-electron-${mode}.json`), JSON.stringify(result, null, 2));
    console.log(`CBO Guide: ${result.host.appName ?? 'VS Code'} ${result.host.vscodeVersion ?? '?'}, workspace ${result.host.trusted ? 'trusted' : 'in Restricted Mode'}`);
    for (const t of result.tests) {
      console.log(`  ${t.state === 'passed' ? '✓' : t.state === 'failed' ? '✗' : '-'} ${t.fullTitle}`);
      if (t.state === 'failed') console.log(`      ${(t.err as { message?: string }).message ?? ''}`);
    }
    console.log(`${result.stats.passes} passed, ${result.stats.failures} failed`);
    return result.stats.failures === 0 && result.stats.passes > 0 && exitCode === 0 ? 0 : 1;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (e: Error) => {
    console.error(`CBO Guide: ${e.stack ?? e.message}`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
