// Text output goes to a terminal: a control character from a file (a YAML key holding
// ESC [2J, a file name with a newline) would clear the screen, fake output or set the
// window title, and a bidi control would reorder what is shown. Every one is shown as an
// escape instead. Two layers: `escapeControls` for one field of a one-line record (a finding,
// a table cell), where a newline is escaped too; and `terminalIo`, which `main` puts between
// every command and the real streams, so a command that forgets the first still cannot
// write a raw control character.
// A document printed with `printDocument` is the exception when stdout is not a terminal: `cbo
// new --markdown >> plan.md` is a file being written, and `\u202e` in place of the user's own
// character would make it differ from what `-o FILE` writes. On a terminal it is escaped as
// everything else. Reports and JSON show such characters as escapes themselves (`showControls`,
// `jsonDocument`), so for them the two ways give the same bytes.
import { escapeTerminal } from '../core/text/controls';
import type { CliIo } from './io';

/** One field of a line: controls (newlines too) and bidi controls shown as escapes. */
export function escapeControls(s: string): string {
  return escapeTerminal(s.replace(/[\n\r\t]/g, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : '\\t')));
}

/**
 * The same io with every write to stdout and stderr made safe for a terminal (`escapeTerminal`),
 * but a document's when stdout is a file or a pipe.
 */
export function terminalIo(io: CliIo): CliIo {
  const stdout = (s: string) => io.stdout(escapeTerminal(s));
  const document = io.stdoutIsTerminal ? stdout : (s: string) => printDocument(io, s);
  return { ...io, stdout, stderr: (s) => io.stderr(escapeTerminal(s)), document };
}

/** A whole document on stdout (what -o FILE would hold): raw into a file or a pipe, escaped on a terminal (`terminalIo`). */
export function printDocument(io: CliIo, text: string): void {
  if (io.document) io.document(text);
  else io.stdout(text);
}

/** Notes of a command on stderr, one a line after "cbo: ", each escaped as one field (they name files). */
export function sayNotes(io: CliIo, notes: readonly string[]): void {
  for (const n of notes) io.stderr(`cbo: ${escapeControls(n)}\n`);
}

/**
 * A value as the JSON every command writes (`--format json`, SARIF, GitLab), on stdout or into
 * -o FILE alike: indented, and every control, line separator and bidi control inside a string
 * written as `\uXXXX` (`escapeTerminal`). Lossless, since in JSON such a character can only
 * stand in a string, where the escape means the same character; and the same bytes wherever it
 * goes, so `cbo roi --format json | cat` cannot set a terminal's title from a title in the file.
 */
export function jsonDocument(value: unknown): string {
  return escapeTerminal(JSON.stringify(value, null, 2)) + '\n';
}
