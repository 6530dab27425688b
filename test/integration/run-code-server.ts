// Runs the integration suite (dist/test/integration/index.js's run()) inside a real VS Code:
// code-server in Debian's headless Chromium. Bundled to dist/test/run-code-server.js.
//
//   node dist/test/run-code-server.js [WORKSPACE] [--restricted] [--web] [--grep PATTERN]
//        [--timeout SECONDS] [--extension-development-path DIR]
//
// --web: the extension runs in the web worker extension host (as on vscode.dev and
// github.dev), forced by the user setting "remote.extensionKind": {"cbo-guide.cbo-guide":
// ["web"]}; the browser-relevant part of the suite runs there (dist/test/integration-web/,
// see test/integration/web/index.ts), and reports through a file in the workspace copy.
//
// --timeout: the time limit for the whole suite to report, from page open (default 300 s, or env
// CBO_TEST_TIME_LIMIT_S); each test also has mocha's own limit (CBO_TEST_TIMEOUT ms, 30000).
// WORKSPACE defaults to test/fixtures/workspace; the extension under test to the repo root
// (its package.json `main`, dist/extension.js, must be built). --restricted opens the window
// in Restricted Mode (workspace trust on, folder untrusted); otherwise trust is disabled.
// Prints each test, then `N passed, N failed` on a line of its own; exits non-zero on a
// failure, a time-out, or a missing tool (never skips). Leaves in test-results/: a screenshot
// integration-<mode>.png, result-<mode>.json, code-server-<mode>.log, browser-<mode>.log,
// exthost-<mode>.log. Needs `bash scripts/ensure-code-server.sh` first.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { chromiumPath, codeServerPath, MissingToolError, repoRoot, resultsDir, screenshot, startCodeServer, stopAll, type Session } from '../e2e/launch';
import type { ResultFile } from './index';

interface Args {
  workspace: string;
  restricted: boolean;
  web: boolean;
  grep?: string;
  timeoutS: number;
  extensionDevelopmentPath: string;
}

function parseArgs(argv: string[]): Args {
  const root = repoRoot();
  const a: Args = { workspace: path.join(root, 'test/fixtures/workspace'), restricted: false, web: false, timeoutS: Number(process.env.CBO_TEST_TIME_LIMIT_S) || 300, extensionDevelopmentPath: root };
  for (let i = 0; i < argv.length; i++) {
    const v = argv[i]!;
    const next = () => {
      const n = argv[++i];
      if (n === undefined) usage(`${v} needs a value`);
      return n!;
    };
    if (v === '--restricted') a.restricted = true;
    else if (v === '--trusted') a.restricted = false;
    else if (v === '--web') a.web = true;
    else if (v === '--grep') a.grep = next();
    else if (v === '--timeout') a.timeoutS = Number(next());
    else if (v === '--extension-development-path') a.extensionDevelopmentPath = path.resolve(next());
    else if (v === '-h' || v === '--help') usage();
    else if (v.startsWith('-')) usage(`unknown option ${v}`);
    else a.workspace = path.resolve(v);
  }
  if (!(a.timeoutS > 0)) usage('--timeout needs a number of seconds');
  return a;
}

function usage(err?: string): never {
  if (err) console.error(`CBO Guide: ${err}`);
  console.error('usage: node dist/test/run-code-server.js [WORKSPACE] [--restricted] [--web] [--grep PATTERN] [--timeout SECONDS] [--extension-development-path DIR]');
  process.exit(err ? 2 : 0);
}

/** publisher.name of the extension under test (package.json), for remote.extensionKind. */
const WEB_EXTENSION_ID = (() => {
  const pkg = JSON.parse(readFileSync(path.join(repoRoot(), 'package.json'), 'utf8')) as { publisher: string; name: string };
  return `${pkg.publisher}.${pkg.name}`;
})();

// Set on Ctrl+C / SIGTERM: the signal handler alone then stops everything and exits (130).
let interrupted = false;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function fail(message: string): number {
  console.error(message.startsWith('CBO Guide:') ? message : `CBO Guide: ${message}`);
  console.log('0 passed, 1 failed');
  return 1;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const mode = `${args.web ? 'web-' : ''}${args.restricted ? 'restricted' : 'trusted'}`;
  const root = repoRoot();
  const testsPath = path.join(root, args.web ? 'dist/test/integration-web/index.js' : 'dist/test/integration/index.js');
  if (!existsSync(testsPath)) return fail(`${path.relative(root, testsPath)} is missing; build it with: node scripts/build-tests.mjs (or npm run build)`);
  const extPkgPath = path.join(args.extensionDevelopmentPath, 'package.json');
  if (!existsSync(extPkgPath)) return fail(`no extension at ${args.extensionDevelopmentPath} (no package.json)`);
  const extMain = JSON.parse(readFileSync(extPkgPath, 'utf8')).main as string | undefined;
  if (extMain && !existsSync(path.resolve(args.extensionDevelopmentPath, extMain)) && !existsSync(path.resolve(args.extensionDevelopmentPath, `${extMain}.js`)))
    return fail(`the extension's main (${path.resolve(args.extensionDevelopmentPath, extMain)}) is missing; build it with: npm run build`);

  try {
    codeServerPath();
    chromiumPath();
  } catch (e) {
    if (e instanceof MissingToolError) return fail(e.message);
    throw e;
  }

  const tmp = mkdtempSync(path.join(tmpdir(), 'cbo-integration-'));
  let resultFile = path.join(tmp, 'result.json');
  let session: Session | undefined;
  const onSignal = (sig: NodeJS.Signals) => {
    interrupted = true;
    console.error(`CBO Guide: ${sig}: stopping code-server and the browser`);
    void stopAll().finally(() => {
      rmSync(tmp, { recursive: true, force: true });
      console.log('0 passed, 1 failed');
      process.exit(130);
    });
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  console.log(`CBO Guide: integration tests in code-server (${mode}), workspace ${path.relative(root, args.workspace) || '.'}`);
  // The tests edit documents; they work on a copy so nothing they do can change the repo's fixtures.
  const workspaceCopy = path.join(mkdtempSync(path.join(tmpdir(), 'cbo-ws-')), path.basename(args.workspace));
  cpSync(args.workspace, workspaceCopy, { recursive: true });
  if (args.web) {
    // A web worker has neither process.env nor fs: settings in, result out, through the workspace.
    resultFile = path.join(workspaceCopy, '.cbo-test-result.json');
    writeFileSync(path.join(workspaceCopy, '.cbo-test-env.json'), JSON.stringify({ CBO_TEST_TRUST: args.restricted ? 'restricted' : 'trusted', ...(args.grep ? { CBO_TEST_GREP: args.grep } : {}), ...(process.env.CBO_TEST_TIMEOUT ? { CBO_TEST_TIMEOUT: process.env.CBO_TEST_TIMEOUT } : {}) }));
  }
  try {
    try {
      session = await startCodeServer({
        name: `integration-${mode}`,
        workspace: workspaceCopy,
        trusted: !args.restricted,
        extensionDevelopmentPath: args.extensionDevelopmentPath,
        extensionTestsPath: testsPath.replace(/\.js$/, ''),
        waitForWorkbench: false,
        ...(args.web ? { settings: { 'remote.extensionKind': { [WEB_EXTENSION_ID]: ['web'] } } } : {}),
        env: {
          CBO_TEST_RESULT: resultFile,
          CBO_TEST_TRUST: mode,
          ...(args.grep ? { CBO_TEST_GREP: args.grep } : {}),
        },
      });
    } catch (e) {
      if (e instanceof MissingToolError) return fail(e.message);
      throw e;
    }
    const t0 = Date.now();
    const deadline = t0 + args.timeoutS * 1000;
    let serverExit: number | null | undefined;
    void session.server.exited.then((c) => (serverExit = c));
    let workbenchSeen = false;
    while (!existsSync(resultFile)) {
      if (interrupted) return 130;
      if (serverExit !== undefined) return fail(`code-server exited (code ${serverExit}) before the tests reported; see test-results/code-server-integration-${mode}.log`);
      if (Date.now() > deadline) {
        await screenshot(session.page, `integration-${mode}`).catch(() => undefined);
        return fail(`no test result after ${args.timeoutS} s (workbench ${workbenchSeen ? 'was' : 'was never'} on screen); see test-results/*-integration-${mode}.log and integration-${mode}.png`);
      }
      if (!workbenchSeen) workbenchSeen = await session.page.locator('.monaco-workbench').isVisible().catch(() => false);
      await sleep(200);
    }
    const seconds = (Date.now() - t0) / 1000;
    const result = JSON.parse(readFileSync(resultFile, 'utf8')) as ResultFile;
    writeFileSync(path.join(resultsDir(), `result-${mode}.json`), JSON.stringify(result, null, 2));
    // Let the workbench settle a moment so the screenshot shows it, then keep it.
    await sleep(1000);
    const shot = await screenshot(session.page, `integration-${mode}`).catch((e: Error) => `(no screenshot: ${e.message})`);

    const h = result.host;
    console.log(`CBO Guide: ${h.appName ?? 'VS Code'} ${h.vscodeVersion ?? '?'}, ${args.web ? 'web worker extension host, ' : ''}workspace ${h.trusted ? 'trusted' : 'in Restricted Mode'}, results ${seconds.toFixed(1)} s after the page opened`);
    for (const t of result.tests) {
      const mark = t.state === 'passed' ? '✓' : t.state === 'failed' ? '✗' : '-';
      console.log(`  ${mark} ${t.fullTitle}${t.duration !== undefined ? ` (${t.duration} ms)` : ''}${t.state === 'pending' ? ' (skipped)' : ''}`);
      if (t.state === 'failed') {
        const e = t.err as { message?: string; stack?: string };
        console.log((e.stack ?? e.message ?? '').split('\n').slice(0, 12).map((l) => `      ${l}`).join('\n'));
      }
    }
    console.log(`CBO Guide: screenshot ${path.relative(root, shot)}; logs test-results/*-integration-${mode}.log`);
    const failed = result.stats.failures;
    console.log(`${result.stats.passes} passed, ${failed} failed`);
    return failed === 0 && result.stats.passes > 0 ? 0 : 1;
  } finally {
    await session?.stop();
    rmSync(tmp, { recursive: true, force: true });
    rmSync(path.dirname(workspaceCopy), { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    if (!interrupted) process.exit(code);
  },
  (e: Error) => {
    if (interrupted) return;
    console.error(`CBO Guide: the integration run failed: ${e.stack ?? e.message}`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
