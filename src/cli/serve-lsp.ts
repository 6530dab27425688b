// `cbo lsp --stdio`: starts the language server (src/lsp, bundled on its own as dist/lsp.js and
// loaded here at run time: the CLI and the server are separate layers over src/core, and
// `cbo check` never loads the protocol libraries). Resolves when the client ends the session.
import { flag, langChoice, parseArgs, todayArg, UsageError } from './args';
import { printHelp, type Help } from './help';
import type { CliIo } from './io';
import { VERSION } from './version';

export const LSP_HELP: Help = {
  en: `Usage: cbo lsp --stdio

Runs the CBO Guide language server over stdin/stdout (JSON-RPC, the Language Server Protocol):
diagnostics on open and change, hover, completion and quick fixes for CBO YAML and Markdown
plans, in any editor with an LSP client. Settings: workspace/didChangeConfiguration under "cbo"
(the extension's keys); the nearest .cborc.yaml applies to each document.

Options:
  --stdio              speak over stdin/stdout (the one transport, so required)
  --today YYYY-MM-DD   the date deadlines are judged against (default: today); the
                       client's cbo.today setting, when given, wins over it
  --lang en|ko         language of this help and of the command's usage errors; the
                       server's messages follow the cbo.lang setting and .cborc.yaml
`,
  ko: `사용법: cbo lsp --stdio

CBO Guide 언어 서버를 stdin/stdout으로 실행합니다(JSON-RPC, Language Server Protocol):
LSP 클라이언트가 있는 편집기에서 CBO YAML과 Markdown 계획을 열거나 고칠 때 진단, 호버,
자동 완성, 빠른 수정을 제공합니다. 설정: workspace/didChangeConfiguration의 "cbo" 아래
(확장과 같은 키). 문서마다 가장 가까운 .cborc.yaml이 적용됩니다.

옵션:
  --stdio              stdin/stdout으로 통신 (유일한 방식이라 꼭 줘야 함)
  --today YYYY-MM-DD   기한을 판단할 기준 날짜 (기본값: 오늘). 클라이언트의
                       cbo.today 설정이 있으면 그 설정이 우선함
  --lang en|ko         이 도움말과 명령의 사용법 오류의 언어. 서버의 메시지는
                       cbo.lang 설정과 .cborc.yaml을 따름
`,
};

/** What dist/lsp.js exports (src/lsp/main.ts). */
interface LspBundle {
  startStdio(version: string, options: { today?: string }): Promise<void>;
}

export async function runLsp(args: string[], io: CliIo, env: Record<string, string | undefined> = {}): Promise<number> {
  // --lang too, as the top-level help says every command takes it: here for the help and the
  // usage errors alone (`cbo lsp --help --lang ko` was "unknown option --lang").
  const p = parseArgs(args, { '--stdio': false, '--today': true, '--lang': true, '--help': false });
  if (p.flags.has('--help')) return printHelp(io, LSP_HELP, args, env);
  langChoice(p, env); // a value other than en or ko is refused, as by every other command
  // Checked as `cbo check --today` checks it; left out, the server takes each day as it comes.
  const today = flag(p, '--today') === undefined ? undefined : todayArg(p);
  // stdio is the one transport; without the flag a user typing `cbo lsp` would see the
  // process end with no word (stdin closed) or wait silently.
  if (!p.flags.has('--stdio')) throw new UsageError('cbo lsp speaks over stdin/stdout only: run `cbo lsp --stdio` from an editor\'s language client', 'cbo lsp는 stdin/stdout으로만 통신합니다: 편집기의 언어 클라이언트에서 `cbo lsp --stdio`로 실행하세요');
  // A sibling bundle beside dist/cli.js (esbuild.mjs keeps it external).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const server = require('./lsp.js') as LspBundle;
  await server.startStdio(VERSION, today === undefined ? {} : { today });
  return 0;
}
