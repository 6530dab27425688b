// Text output goes to a terminal: a control character from a file (a YAML key holding
// ESC [2J, a file name with a newline) would clear the screen, fake output or set the
// window title, and a bidi control would reorder what is shown. Every one is shown as an
// escape instead. Two layers: `escapeControls` for one field of a one-line record (a finding,
// a table cell), where a newline is escaped too; and `terminalIo`, which `main` puts between
// every command and the real streams, so a command that forgets the first still cannot
// write a raw control character.
import { escapeTerminal } from '../core/text/controls';
import type { CliIo } from './io';

/** One field of a line: controls (newlines too) and bidi controls shown as escapes. */
export function escapeControls(s: string): string {
  return escapeTerminal(s.replace(/[\n\r\t]/g, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : '\\t')));
}

/** The same io with every write to stdout and stderr made safe for a terminal (`escapeTerminal`). */
export function terminalIo(io: CliIo): CliIo {
  return { ...io, stdout: (s) => io.stdout(escapeTerminal(s)), stderr: (s) => io.stderr(escapeTerminal(s)) };
}

/** Notes of a command on stderr, one a line after "cbo: ", each escaped as one field (they name files). */
export function sayNotes(io: CliIo, notes: readonly string[]): void {
  for (const n of notes) io.stderr(`cbo: ${escapeControls(n)}\n`);
}
