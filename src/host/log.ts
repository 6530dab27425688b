// The "CBO Guide" output channel: a LogOutputChannel, so VS Code adds the time and the level
// and the user picks how much to see (Output view, "Set Log Level"). Everything in the
// extension that fails is written here with what was being done and why; no catch in
// src/host is silent.
import * as vscode from 'vscode';

let channel: vscode.LogOutputChannel | undefined;

/** The channel, made on first use (activation registers it for disposal). */
export function log(): vscode.LogOutputChannel {
  channel ??= vscode.window.createOutputChannel('CBO Guide', { log: true });
  return channel;
}

/** Registered with the extension context: disposes the channel with the extension. */
export function logDisposable(): vscode.Disposable {
  return new vscode.Disposable(() => {
    channel?.dispose();
    channel = undefined;
  });
}

/** What failed and why, with the stack when there is one. */
export function logError(what: string, err: unknown): void {
  log().error(`${what}: ${describe(err)}`);
}

/** Work started from a timer or an event that nobody awaits: its failure is logged, not lost. */
export function inBackground(what: string, work: PromiseLike<unknown>): void {
  Promise.resolve(work).catch((err: unknown) => logError(what, err));
}

/** True when a workspace.fs call failed because the file is not there (an expected answer). */
export function isNotFound(err: unknown): boolean {
  // By code, not instanceof: errors from a remote or web file system cross a process boundary.
  const code = err && typeof err === 'object' ? (err as { code?: unknown }).code : undefined;
  return code === 'FileNotFound' || code === 'EntryNotFound' || code === 'ENOENT';
}

function describe(err: unknown): string {
  if (err instanceof Error) return err.stack ?? `${err.name}: ${err.message}`;
  return String(err);
}
