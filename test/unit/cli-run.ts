// Shared by the CLI tests: run `cbo` in memory and build throwaway workspaces.
import { mkdirSync, mkdtempSync, promises as fs, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import type { CliIo, StdinSource } from '../../src/cli/io';
import { main } from '../../src/cli/main';

export interface Ran {
  code: number;
  out: string;
  err: string;
}

/** `cbo` with stdout a terminal, as a person runs it: everything it prints is escaped. */
export async function cbo(cwd: string, ...argv: string[]): Promise<Ran> {
  return cboWith(cwd, undefined, argv, true);
}

/** `cbo` with these environment variables (a Korean LANG), stdout a terminal. */
export async function cboEnv(cwd: string, env: Record<string, string>, ...argv: string[]): Promise<Ran> {
  return cboWith(cwd, undefined, argv, true, env);
}

/** `cbo` with `input` as its standard input: a pipe's text, or a source of its own (a fake terminal). */
export async function cboInput(cwd: string, input: string | StdinSource, ...argv: string[]): Promise<Ran> {
  return cboWith(cwd, typeof input === 'string' ? { input: Readable.from([input]) } : input, argv, true);
}

/** `cbo` with these environment variables and `input` piped in, stdout a terminal. */
export async function cboEnvInput(cwd: string, env: Record<string, string>, input: string, ...argv: string[]): Promise<Ran> {
  return cboWith(cwd, { input: Readable.from([input]) }, argv, true, env);
}

/** `cbo` with stdout redirected to a file or a pipe (`cbo report x > r.md`), `input` piped in when given. */
export async function cboPiped(cwd: string, input: string | undefined, ...argv: string[]): Promise<Ran> {
  return cboWith(cwd, input === undefined ? undefined : { input: Readable.from([input]) }, argv, false);
}

async function cboWith(cwd: string, stdin: StdinSource | undefined, argv: string[], stdoutIsTerminal: boolean, env: Record<string, string> = {}): Promise<Ran> {
  let out = '';
  let err = '';
  const io: CliIo = { stdout: (s) => (out += s), stderr: (s) => (err += s), stdoutIsTerminal, readFile: (p) => fs.readFile(p, 'utf8'), readBytes: (p) => fs.readFile(p), cwd, ...(stdin ? { stdin: () => stdin } : {}) };
  const code = await main(argv, io, env);
  return { code, out, err };
}

/** `cbo` with every write to stdout and stderr kept in one list, in the order made: what a terminal or a CI log with 2>&1 shows. */
export async function cboInOrder(cwd: string, ...argv: string[]): Promise<{ code: number; writes: ['out' | 'err', string][] }> {
  const writes: ['out' | 'err', string][] = [];
  const io: CliIo = { stdout: (s) => writes.push(['out', s]), stderr: (s) => writes.push(['err', s]), stdoutIsTerminal: true, readFile: (p) => fs.readFile(p, 'utf8'), readBytes: (p) => fs.readFile(p), cwd };
  const code = await main(argv, io, {});
  return { code, writes };
}

/** Folders made by `workspace`, removed by `removeWorkspaces` (call it from an `after` hook). */
const made: string[] = [];

export function workspace(files: Record<string, string>, prefix = 'cbo-cli-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

export function removeWorkspaces(beforeRemoving: (dir: string) => void = () => {}): void {
  for (const d of made.splice(0)) {
    beforeRemoving(d);
    rmSync(d, { recursive: true, force: true });
  }
}
