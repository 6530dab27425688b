// The `cbo` command-line entry: dispatches to one file per command.
import { promises as fs, writeSync } from 'node:fs';
import { messageLang, parseArgs, UsageError } from './args';
import { onlyNear } from '../core/edit-distance';
import { CHECK_HELP, runCheck } from './check';
import { escapeControls, terminalIo } from './escape';
import { FileError } from '../node/read-file';
import type { CliIo } from './io';
import { processStdin } from './answer-lines';
import { onOutputError, type OutputStream } from './output-errors';
import { NEW_HELP, runNew } from './new';
import { LSP_HELP, runLsp } from './serve-lsp';
import { PLAN_HELP, runPlan } from './plan';
import { PORTFOLIO_HELP, runPortfolio } from './portfolio';
import { REPORT_HELP, runReport } from './report';
import { ROI_HELP, runRoi } from './roi';
import { listRules, RULES_HELP } from './rules';
import { VERSION } from './version';
import { HELP, HELP_KO, printHelp, type Help } from './help';
import { josa } from '../core/text/josa';


/**
 * Each command's --help, by the command's name: the switch in `main` dispatches these names, and
 * test/unit/cli-help.test.ts holds each help's two languages to the same options.
 */
export const COMMAND_HELP: Readonly<Record<string, Help>> = { check: CHECK_HELP, rules: RULES_HELP, roi: ROI_HELP, report: REPORT_HELP, plan: PLAN_HELP, portfolio: PORTFOLIO_HELP, lsp: LSP_HELP, new: NEW_HELP };

/** The commands the switch in `main` dispatches, for the hint after a misspelt one ("chek"). */
const COMMAND_NAMES = [...Object.keys(COMMAND_HELP), 'help'];

export { HELP } from './help';

export async function main(argv: string[], rawIo: CliIo, env: Record<string, string | undefined>): Promise<number> {
  // Every command writes through this io, so no text from a file reaches the terminal raw
  // (ESC, OSC, BEL, bidi controls), whatever the command forgot to escape itself.
  const io = terminalIo(rawIo);
  // "cbo --lang ko check ..." and "cbo --lang ko --help": a --lang before the command is the
  // --lang after it, put first so one given after the command still wins. It was taken for the
  // command's name ('unknown command "--lang"').
  const lead = argv[0] === '--lang' ? 2 : argv[0]?.startsWith('--lang=') ? 1 : 0;
  const [cmd, ...after] = argv.slice(lead);
  const rest = [...argv.slice(0, lead), ...after];
  try {
    switch (cmd) {
      case undefined:
      case '--help':
      case '-h':
        io.stdout(messageLang(argv, env) === 'ko' ? HELP_KO : HELP);
        return cmd === undefined ? 2 : 0;
      case 'help':
        return helpOf(rest, io, env);
      case '--version':
      case '-v':
        io.stdout(VERSION + '\n');
        return 0;
      case 'check':
        return await runCheck(rest, io, env);
      case 'rules':
        return await listRules(rest, io, env);
      case 'roi':
        return await runRoi(rest, io, env);
      case 'report':
        return await runReport(rest, io, env);
      case 'plan':
        return await runPlan(rest, io, env);
      case 'portfolio':
        return await runPortfolio(rest, io, env);
      case 'lsp':
        return await runLsp(rest, io, env);
      case 'new':
        return await runNew(rest, io, env);
      default: {
        throw unknownCommand(cmd);
      }
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof FileError) {
      const ko = messageLang(argv, env) === 'ko';
      const message = ko && e.ko ? e.ko : e.message;
      // Each line of the message its own "cbo: " line: escaped whole, a note and the verdict under
      // it were joined by a literal \n. A file name in it is escaped where the message is made.
      for (const line of message.split('\n')) io.stderr(`cbo: ${escapeControls(line)}\n`);
      // The help of the command in use: "cbo --help" sent a user who mistyped an option of
      // `cbo check` to the list of commands, one more step from the options.
      const asked = cmd !== undefined && commandHelp(cmd) ? `cbo ${cmd} --help` : 'cbo --help';
      if (!(e instanceof UsageError) || e.usageHint) io.stderr(`${ko ? `사용법은 "${asked}"를 보세요.` : `Run "${asked}" for usage.`}\n`);
      return 2;
    }
    // The error's message escaped as one field (it can quote a file: a newline and "::error" in
    // it would start a line a CI log reads as a command); the stack's frames as Node wrote them.
    const err = e instanceof Error ? e : undefined;
    const frames = (err?.stack ?? '').split('\n').filter((l) => /^\s+at /.test(l));
    io.stderr(`cbo: internal error: ${escapeControls(err ? `${err.name}: ${err.message}` : String(e))}\n${frames.map((l) => `${l}\n`).join('')}`);
    return 2;
  }
}

/** The help of the command `name`; undefined for any other word ("constructor" too, which `in` would find). */
function commandHelp(name: string): Help | undefined {
  return Object.prototype.hasOwnProperty.call(COMMAND_HELP, name) ? COMMAND_HELP[name] : undefined;
}

/** A command name `main` does not dispatch, with the one it is nearest to ("chek": check). */
function unknownCommand(cmd: string): UsageError {
  const near = onlyNear(cmd, COMMAND_NAMES);
  return new UsageError(`unknown command "${cmd}"${near ? `; did you mean "${near}"?` : ''}`, `알 수 없는 명령 "${cmd}"${near ? `. "${near}"${josa(near, '을')} 뜻했나요?` : ''}`);
}

/**
 * `cbo help [COMMAND]`: the command's help, as `cbo COMMAND --help` prints it (it printed the
 * list of commands whatever followed, as `git help` and `npm help` do not); without one, or
 * `cbo help help`, the list. An unknown name is bad usage, as `cbo chek` is.
 */
function helpOf(args: string[], io: CliIo, env: Record<string, string | undefined>): number {
  const p = parseArgs(args, { '--lang': true, '--help': false });
  const [name, ...more] = p.positional;
  if (more.length) throw new UsageError(`cbo help takes one command, got ${p.positional.length}: ${p.positional.join(' ')}`, `cbo help에는 명령 하나를 주세요. 받은 명령 ${p.positional.length}개: ${p.positional.join(' ')}`);
  if (name === undefined || name === 'help') {
    io.stdout(messageLang(args, env) === 'ko' ? HELP_KO : HELP);
    return 0;
  }
  const help = commandHelp(name);
  if (!help) throw unknownCommand(name);
  return printHelp(io, help, args, env);
}

/** Output streams a write failed on: what is written to them is dropped (output-errors.ts). */
const closedStreams = new Set<OutputStream>();

export const nodeIo: CliIo = {
  stdout: (s) => void (closedStreams.has('stdout') || process.stdout.write(s)),
  stderr: (s) => void (closedStreams.has('stderr') || process.stderr.write(s)),
  stdoutIsTerminal: process.stdout.isTTY === true,
  readFile: (p) => fs.readFile(p, 'utf8'),
  readBytes: (p) => fs.readFile(p),
  cwd: process.cwd(),
  stdin: processStdin,
};

/** Runs the command line of this process and sets its exit code. */
export function run(): void {
  // `cbo check | head` closes the pipe early: that is the reader's choice, not an error, and the
  // command ends with its own code. Any other failure (a full disk) is one line and exit 2.
  const ctx = {
    lang: messageLang(process.argv.slice(2), process.env),
    say: (line: string) => {
      try {
        writeSync(2, line);
      } catch {
        // stderr cannot take it either: the exit code alone says it
      }
    },
    exit: (code: number) => process.exit(code),
    closed: closedStreams,
  };
  process.stdout.on('error', (e: NodeJS.ErrnoException) => onOutputError(e, 'stdout', ctx));
  process.stderr.on('error', (e: NodeJS.ErrnoException) => onOutputError(e, 'stderr', ctx));
  main(process.argv.slice(2), nodeIo, process.env).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`cbo: ${escapeControls(String(e))}\n`);
      process.exitCode = 2;
    },
  );
}

if (require.main === module) run();
