// Shared by the integration tests, which run inside a real VS Code extension host.
import * as vscode from 'vscode';

export const EXTENSION_ID = 'cbo-guide.cbo-guide';

export function workspaceUri(...parts: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the integration tests need the fixture workspace open (test/fixtures/workspace)');
  return vscode.Uri.joinPath(folder.uri, ...parts);
}

export async function activateExtension<T = unknown>(): Promise<T> {
  const ext = vscode.extensions.getExtension<T>(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not loaded`);
  return ext.activate();
}

/** Waits until the CBO diagnostics of a file satisfy a condition. */
export async function diagnosticsWhere(uri: vscode.Uri, ok: (d: vscode.Diagnostic[]) => boolean, timeoutMs = 15_000): Promise<vscode.Diagnostic[]> {
  const start = Date.now();
  for (;;) {
    const ds = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'cbo');
    if (ok(ds)) return ds;
    if (Date.now() - start > timeoutMs) throw new Error(`diagnostics of ${uri.path} did not reach the expected state in ${timeoutMs} ms; they are: ${ds.map((d) => codeOf(d)).join(', ')}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

export async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc);
}

export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Polls `get` until it gives something truthy, and returns that. */
export async function until<T>(what: string, get: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await get();
    if (v) return v;
    if (Date.now() > end) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The "CBO Guide" log as written so far (a LogOutputChannel keeps it in a file of the log folder). */
export async function logText(api: { logUri: vscode.Uri }): Promise<string> {
  const files = await vscode.workspace.fs.readDirectory(api.logUri).then(undefined, () => [] as [string, vscode.FileType][]);
  const file = files.find(([name]) => name.includes('CBO Guide'));
  return file ? new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(api.logUri, file[0]))) : '';
}
