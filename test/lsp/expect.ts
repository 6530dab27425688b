// What the language server should publish for a file: `cbo check --format json` on it, in the
// protocol's terms, as sortable keys. Shared by the protocol and the Neovim tests.
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import type { Diag } from './client';

const SEVERITY: Record<string, number> = { error: 1, warning: 2, info: 3 };

interface CheckRow {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  ruleId: string;
  message: string;
}

/** `cbo check --format json` rows in the protocol's terms (0-based), sorted. */
export function checkAsDiagnostics(file: string, cwd: string): string[] {
  let out: string;
  try {
    out = execFileSync(process.execPath, [path.resolve('dist/cli.js'), 'check', file, '--format', 'json'], { cwd, encoding: 'utf8' });
  } catch (e) {
    out = (e as { stdout: string }).stdout; // exit 1 when errors are found
  }
  return (JSON.parse(out) as CheckRow[]).map((r) => key({ range: { start: { line: r.line - 1, character: r.column - 1 }, end: { line: r.endLine - 1, character: r.endColumn - 1 } }, severity: SEVERITY[r.severity]!, code: r.ruleId, message: r.message })).sort();
}

export const key = (d: Pick<Diag, 'range' | 'severity' | 'code' | 'message'>): string => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.severity} ${d.code} ${d.message}`;
