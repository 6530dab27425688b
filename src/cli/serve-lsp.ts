// `cbo lsp --stdio`: starts the language server (src/lsp, bundled on its own as dist/lsp.js and
// loaded here at run time: the CLI and the server are separate layers over src/core, and
// `cbo check` never loads the protocol libraries). Resolves when the client ends the session.
import { parseArgs, UsageError } from './args';
import type { CliIo } from './io';
import { VERSION } from './version';

export const LSP_HELP = `Usage: cbo lsp --stdio

Runs the CBO Guide language server over stdin/stdout (JSON-RPC, the Language Server Protocol):
diagnostics on open and change, hover, completion and quick fixes for CBO YAML and Markdown
plans, in any editor with an LSP client. Settings: workspace/didChangeConfiguration under "cbo"
(the extension's keys); the nearest .cborc.yaml applies to each document.
`;

/** What dist/lsp.js exports (src/lsp/main.ts). */
interface LspBundle {
  startStdio(version: string): Promise<void>;
}

export async function runLsp(args: string[], io: CliIo): Promise<number> {
  const p = parseArgs(args, { '--stdio': false, '--help': false });
  if (p.flags.has('--help')) {
    io.stdout(LSP_HELP);
    return 0;
  }
  // stdio is the one transport; without the flag a user typing `cbo lsp` would see the
  // process end with no word (stdin closed) or wait silently.
  if (!p.flags.has('--stdio')) throw new UsageError('cbo lsp speaks over stdin/stdout only: run `cbo lsp --stdio` from an editor\'s language client', 'cbo lsp는 stdin/stdout으로만 통신합니다: 편집기의 언어 클라이언트에서 `cbo lsp --stdio`로 실행하세요');
  // A sibling bundle beside dist/cli.js (esbuild.mjs keeps it external).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const server = require('./lsp.js') as LspBundle;
  await server.startStdio(VERSION);
  return 0;
}
