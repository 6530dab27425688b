// `cbo lsp --stdio`: starts the language server (src/lsp) on this process's stdin and stdout.
// Resolves when the client ends the session.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startLanguageServer } from '../lsp/server';
import { parseArgs } from './args';
import type { CliIo } from './io';

export const LSP_HELP = `Usage: cbo lsp --stdio

Runs the CBO Guide language server over stdin/stdout (JSON-RPC, the Language Server Protocol):
diagnostics on open and change, hover, completion and quick fixes for CBO YAML and Markdown
plans, in any editor with an LSP client. Settings: workspace/didChangeConfiguration under "cbo"
(the extension's keys); the nearest .cborc.yaml applies to each document.
`;

export async function runLsp(args: string[], io: CliIo): Promise<number> {
  const p = parseArgs(args, { '--stdio': false, '--help': false });
  if (p.flags.has('--help')) {
    io.stdout(LSP_HELP);
    return 0;
  }
  await startLanguageServer(createConnection(ProposedFeatures.all, process.stdin, process.stdout));
  return 0;
}
