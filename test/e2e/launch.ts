// A real VS Code (code-server, from npm) in Debian's headless Chromium, driven by
// playwright-core: shared by the e2e tests (test/e2e/*.e2e.ts) and the integration runner
// (test/integration/run-code-server.ts). Needs `bash scripts/ensure-code-server.sh` first;
// fails loudly (never skips) when code-server or chromium is missing.
// See docs/real-vscode-host.md for why it is done this way.
//
//   const vs = await startCodeServer({ workspace: 'test/fixtures/workspace', trusted: true });
//   await openFile(vs.page, 'vague.cbo.yaml');
//   await openProblems(vs.page);
//   await screenshot(vs.page, 'problems');
//   await vs.stop();
//
// Env: CBO_CODE_SERVER (executable; default .cache/code-server/node_modules/.bin/code-server),
// CBO_CHROMIUM (default /usr/bin/chromium), CBO_KEEP_TMP=1 keeps the temp folder.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, type WriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];

/** The repository root: the nearest folder above this file whose package.json is cbo-guide's. */
export function repoRoot(from = __dirname): string {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if (JSON.parse(readFileSync(pkg, 'utf8')).name === 'cbo-guide') return dir;
      } catch {
        /* keep looking */
      }
    }
    if (path.dirname(dir) === dir) throw new Error(`CBO Guide: cannot find the repository root above ${from}`);
  }
}

export const resultsDir = (): string => {
  const d = path.join(repoRoot(), 'test-results');
  mkdirSync(d, { recursive: true });
  return d;
};

/** A tool the tests need is not installed: a failure, never a reason to skip. */
export class MissingToolError extends Error {
  constructor(message: string) {
    super(`CBO Guide: ${message}`);
  }
}

export function codeServerPath(): string {
  const p = process.env.CBO_CODE_SERVER || path.join(repoRoot(), '.cache/code-server/node_modules/.bin/code-server');
  if (!existsSync(p)) throw new MissingToolError(`code-server is missing (looked for ${p}). Install it with: bash scripts/ensure-code-server.sh`);
  return p;
}

export function chromiumPath(): string {
  const p = process.env.CBO_CHROMIUM || '/usr/bin/chromium';
  if (!existsSync(p)) throw new MissingToolError(`Debian's chromium is missing (looked for ${p}). Install it with: bash scripts/ensure-code-server.sh`);
  return p;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (addr && typeof addr === 'object' ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface ServerOptions {
  /** Folder opened in the workbench (absolute, or relative to the repo root). Default test/fixtures/workspace. */
  workspace?: string;
  /** false: the window opens in Restricted Mode (workspace trust on, folder not trusted). Default true. */
  trusted?: boolean;
  /** Load an unpacked extension as in an Extension Development Host (absolute, or relative to the repo root). */
  extensionDevelopmentPath?: string;
  /** Install a packaged extension into the fresh extensions dir before starting. */
  extensionVsix?: string;
  /** Run this test module's run() in the extension host (absolute path, without .js). */
  extensionTestsPath?: string;
  /** Extra environment for code-server and so its extension host. */
  env?: Record<string, string>;
  /** Name for the log files in test-results/ (code-server-<name>.log, browser-<name>.log, exthost-<name>.log). */
  name?: string;
  /** User settings written to the fresh user-data dir, over quiet defaults. */
  settings?: Record<string, unknown>;
}

export interface CodeServer {
  port: number;
  /** The workbench address, with folder and payload. */
  url: string;
  tmp: string;
  userDataDir: string;
  proc: ChildProcess;
  /** Resolves with the exit code when code-server exits. */
  exited: Promise<number | null>;
  /** Copies code-server's own logs (extension host among them) into test-results/. */
  collectLogs(): string[];
  stop(): Promise<void>;
}

const abs = (p: string) => (path.isAbsolute(p) ? p : path.join(repoRoot(), p));

/** Starts code-server on a free 127.0.0.1 port with fresh user data and extensions dirs; resolves when it answers. */
export async function startServer(opts: ServerOptions = {}): Promise<CodeServer> {
  const bin = codeServerPath();
  chromiumPath(); // fail before starting anything when the browser is missing
  const name = opts.name ?? 'e2e';
  const workspace = abs(opts.workspace ?? 'test/fixtures/workspace');
  if (!existsSync(workspace)) throw new Error(`CBO Guide: the workspace folder ${workspace} does not exist`);
  const tmp = mkdtempSync(path.join(tmpdir(), 'cbo-code-server-'));
  const userDataDir = path.join(tmp, 'user-data');
  const extensionsDir = path.join(tmp, 'extensions');
  mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  writeFileSync(
    path.join(userDataDir, 'User', 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoUpdate': false,
        'extensions.autoCheckUpdates': false,
        'extensions.ignoreRecommendations': true,
        'security.workspace.trust.startupPrompt': 'never',
        'git.enabled': false,
        ...opts.settings,
      },
      null,
      2,
    ),
  );
  const common = ['--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];
  if (opts.extensionVsix) {
    const vsix = abs(opts.extensionVsix);
    if (!existsSync(vsix)) throw new Error(`CBO Guide: ${vsix} does not exist (npm run package builds it)`);
    const r = spawnSync(bin, [...common, '--install-extension', vsix], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`CBO Guide: code-server --install-extension ${vsix} failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  }
  const port = await freePort();
  // Its own config file and data home, so nothing is read from or written to ~/.config or ~/.local.
  const configFile = path.join(tmp, 'config.yaml');
  writeFileSync(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const args = ['--config', configFile, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-getting-started-override', ...common];
  if (opts.trusted !== false) args.push('--disable-workspace-trust');
  args.push(workspace);

  const logPath = path.join(resultsDir(), `code-server-${name}.log`);
  const log: WriteStream = createWriteStream(logPath);
  log.write(`$ ${bin} ${args.join(' ')}\n`);
  // Its own process group, so stop() ends the extension host and the other helpers with it.
  const proc = spawn(bin, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, XDG_DATA_HOME: path.join(tmp, 'data-home'), ...opts.env } });
  proc.stdout!.pipe(log, { end: false });
  proc.stderr!.pipe(log, { end: false });
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  let alive = true;
  void exited.then(() => (alive = false));

  const collectLogs = (): string[] => {
    const out: string[] = [];
    const logs = path.join(userDataDir, 'logs');
    if (!existsSync(logs)) return out;
    const found = spawnSync('find', [logs, '-type', 'f', '-name', '*.log'], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean).sort();
    const exthost = found.filter((f) => /exthost/i.test(f));
    if (exthost.length) {
      const p = path.join(resultsDir(), `exthost-${name}.log`);
      writeFileSync(p, exthost.map((f) => `==> ${path.relative(logs, f)}\n${readFileSync(f, 'utf8')}`).join('\n'));
      out.push(p);
    }
    const rest = found.filter((f) => !/exthost/i.test(f));
    if (rest.length) {
      const p = path.join(resultsDir(), `code-server-logs-${name}.log`);
      writeFileSync(p, rest.map((f) => `==> ${path.relative(logs, f)}\n${readFileSync(f, 'utf8')}`).join('\n'));
      out.push(p);
    }
    return out;
  };

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    sessions.delete(stop);
    await killGroup(proc, exited);
    tracked.delete(proc);
    log.end();
    if (!process.env.CBO_KEEP_TMP) rmSync(tmp, { recursive: true, force: true });
  };
  tracked.set(proc, tmp);
  sessions.add(stop);

  // Wait until it answers (it starts in about a second).
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (!alive) {
      await stop();
      throw new Error(`CBO Guide: code-server exited during start-up; see ${logPath}`);
    }
    try {
      const r = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (r.ok) break;
    } catch {
      /* not yet */
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`CBO Guide: code-server did not answer on port ${port} within 30 s; see ${logPath}`);
    }
    await sleep(100);
  }

  const remote = (p: string) => `vscode-remote://127.0.0.1:${port}${p.split(path.sep).map(encodeURIComponent).join('/')}`;
  const payload: [string, string][] = [];
  if (opts.extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(abs(opts.extensionDevelopmentPath))]);
  if (opts.extensionTestsPath) payload.push(['extensionTestsPath', remote(abs(opts.extensionTestsPath))]);
  const q = new URLSearchParams({ folder: workspace });
  if (payload.length) q.set('payload', JSON.stringify(payload));
  const url = `http://127.0.0.1:${port}/?${q.toString()}`;
  return { port, url, tmp, userDataDir, proc, exited, collectLogs, stop };
}

async function killGroup(proc: ChildProcess, exited: Promise<unknown>): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null || proc.pid === undefined) {
    // The leader is gone; its group may not be.
    if (proc.pid !== undefined) tryKill(-proc.pid, 'SIGKILL');
    return;
  }
  tryKill(-proc.pid, 'SIGTERM');
  const gone = await Promise.race([exited.then(() => true), sleep(3000).then(() => false)]);
  if (!gone) tryKill(-proc.pid, 'SIGKILL');
  await sleep(100);
  tryKill(-proc.pid, 'SIGKILL'); // stragglers of the group (extension host, watchers)
}

function tryKill(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch {
    /* already gone */
  }
}

// Whatever happens (an exception, process.exit, Ctrl+C), no code-server or temp folder is left behind.
const tracked = new Map<ChildProcess, string>();
const sessions = new Set<() => Promise<void>>();
process.once('exit', () => {
  for (const [p, tmp] of tracked) {
    if (p.pid !== undefined) tryKill(-p.pid, 'SIGKILL');
    if (!process.env.CBO_KEEP_TMP) rmSync(tmp, { recursive: true, force: true });
  }
});

/** Stops every session and server still running (for SIGINT handlers). */
export async function stopAll(): Promise<void> {
  await Promise.all([...sessions].map((s) => s().catch(() => undefined)));
}

export async function launchBrowser(): Promise<Browser> {
  // Our own stop() closes it on Ctrl+C (see stopAll), after saving the logs.
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS, timeout: 60_000, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false });
}

export interface Session {
  url: string;
  page: Page;
  browser: Browser;
  server: CodeServer;
  /** Browser console lines so far (also written to test-results/browser-<name>.log on stop). */
  console: string[];
  stop(): Promise<void>;
}

export interface StartOptions extends ServerOptions {
  /** Wait until the workbench is on screen (default true). */
  waitForWorkbench?: boolean;
  /** Time limit for the workbench to appear, ms (default 60000). */
  timeoutMs?: number;
}

/** code-server + headless Chromium on its workbench. Always call stop() (in a finally / after hook). */
export async function startCodeServer(opts: StartOptions = {}): Promise<Session> {
  const name = opts.name ?? 'e2e';
  const server = await startServer(opts);
  let browser: Browser | undefined;
  const lines: string[] = [];
  const stop = async () => {
    sessions.delete(stop);
    try {
      writeFileSync(path.join(resultsDir(), `browser-${name}.log`), lines.join('\n') + '\n');
      server.collectLogs();
    } catch {
      /* logs are best effort */
    }
    await browser?.close().catch(() => undefined);
    await server.stop();
  };
  sessions.add(stop);
  try {
    browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const t0 = Date.now();
    const stamp = () => `${((Date.now() - t0) / 1000).toFixed(1).padStart(6)}s`;
    page.on('console', (m) => lines.push(`${stamp()} [${m.type()}] ${m.text()}`));
    page.on('pageerror', (e) => lines.push(`${stamp()} [pageerror] ${e.stack ?? e.message}`));
    page.on('crash', () => lines.push(`${stamp()} [crash] the page crashed`));
    await page.goto(server.url, { waitUntil: 'domcontentloaded', timeout: 30_000 });
    if (opts.waitForWorkbench !== false) await workbenchReady(page, opts.timeoutMs ?? 60_000);
    return { url: server.url, page, browser, server, console: lines, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

/** Resolves when the workbench is on screen and its explorer has shown the folder. */
export async function workbenchReady(page: Page, timeoutMs = 60_000): Promise<void> {
  await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: timeoutMs });
  await page.locator('.part.statusbar').waitFor({ state: 'visible', timeout: timeoutMs });
}

/** Opens a workspace file through Quick Open (Ctrl+P) and waits for its editor tab. */
export async function openFile(page: Page, relativePath: string): Promise<Locator> {
  const base = path.posix.basename(relativePath);
  await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } }).catch(() => undefined);
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(relativePath);
  // The row of this file, not the first row: until the list is filtered, the first row is the
  // file opened last (Enter then went back to it, and this file's tab never came).
  await page.locator('.quick-input-list .monaco-list-row', { hasText: base }).first().waitFor({ state: 'visible', timeout: 10_000 });
  await page.keyboard.press('Enter');
  const tab = page.locator(`.tabs-container .tab[aria-label*="${base}"]`).first();
  await tab.waitFor({ state: 'visible', timeout: 10_000 });
  await page.locator('.editor-instance .monaco-editor').first().waitFor({ state: 'visible', timeout: 10_000 });
  return tab;
}

/** Opens the Problems panel (Ctrl+Shift+M) and returns it. */
export async function openProblems(page: Page): Promise<Locator> {
  await page.keyboard.press('Control+Shift+M');
  const panel = page.locator('.markers-panel').first();
  await panel.waitFor({ state: 'visible', timeout: 10_000 });
  return panel;
}

// Types into the Problems panel's filter box (text, or a file glob); an empty string clears it.
export async function problemsFilter(page: Page, text: string): Promise<void> {
  const box = page.locator('.markers-panel-action-filter textarea, .markers-panel-action-filter input, .viewpane-filter textarea, .viewpane-filter input').first();
  await box.waitFor({ state: 'visible', timeout: 10_000 });
  await box.click();
  await box.fill(text);
  await page.waitForTimeout(600); // the filter applies after its own short debounce
}

/** Saves a full-window screenshot to test-results/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const file = path.join(resultsDir(), `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await page.screenshot({ path: file });
  return file;
}

/**
 * A trusted code-server on a throwaway copy of a folder of this repository (examples/, a
 * fixture): the tests may type into it and nothing reaches the repo. `prepare` adds files to
 * the copy before the server starts; stop() also removes the copy. Light theme and no
 * auto-save unless `settings` says otherwise.
 */
export async function startOnCopy(name: string, source: string, opts: { prepare?: (ws: string) => void; settings?: Record<string, unknown> } = {}): Promise<Session & { ws: string }> {
  const ws = path.join(mkdtempSync(path.join(tmpdir(), `cbo-${name}-`)), path.basename(source));
  cpSync(path.join(repoRoot(), source), ws, { recursive: true });
  let session: Session;
  try {
    opts.prepare?.(ws);
    session = await startCodeServer({
      name,
      workspace: ws,
      trusted: true,
      extensionDevelopmentPath: process.env.CBO_E2E_EXTENSION || repoRoot(),
      settings: { 'workbench.colorTheme': 'Default Light Modern', 'files.autoSave': 'off', ...opts.settings },
    });
  } catch (e) {
    rmSync(path.dirname(ws), { recursive: true, force: true });
    throw e;
  }
  const stop = session.stop;
  return {
    ...session,
    ws,
    stop: async () => {
      await stop();
      rmSync(path.dirname(ws), { recursive: true, force: true });
    },
  };
}
