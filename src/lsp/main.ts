// The language server's own bundle (dist/lsp.js): `cbo lsp --stdio` loads it at run time, so
// the CLI and the server stay separate layers (each imports src/core only) and `cbo check`
// never loads the protocol libraries.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startLanguageServer } from './server';

/** Serves the protocol on this process's stdin and stdout; resolves when the client exits. */
export function startStdio(version: string): Promise<void> {
  return startLanguageServer(createConnection(ProposedFeatures.all, process.stdin, process.stdout), version);
}
