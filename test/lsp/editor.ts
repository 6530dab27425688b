// Runs a real editor headless (Neovim, Emacs) as the language server's client, for the tests
// that drive one: its own script does the talking and writes a report, so only the exit code
// and stderr (where the editors print their messages) come back here.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

/**
 * The editor, installed by its scripts/ensure-*.sh when missing (which says so on stderr and
 * fails loudly when it cannot), and a fresh copy of the fixture workspace for it to open.
 */
export function prepareEditor(ensureScript: string, prefix: string): { bin: string; ws: string } {
  const bin = execFileSync('bash', [ensureScript], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim().split('\n').pop()!;
  const ws = mkdtempSync(path.join(tmpdir(), prefix));
  cpSync('test/fixtures/workspace', ws, { recursive: true });
  return { bin, ws };
}

/** Runs `cmd args` with `env` added; rejects (killing it) if it is not done within `seconds`. */
export function runEditor(name: string, cmd: string, args: string[], env: Record<string, string>, seconds: number): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      p.kill('SIGKILL');
      reject(new Error(`${name} did not finish within ${seconds} s; stderr: ${stderr}`));
    }, seconds * 1000);
    p.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    p.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}
