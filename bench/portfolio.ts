// `npm run bench` (second part): `cbo portfolio` against `cbo check` on the same 2,000
// outcomes in 500 files, both run in this process through the CLI's own entry (reading the
// files from disk each time), medians of repeated runs after a warm-up. The aim:
// the portfolio within 2x the time of the check. Prints figures; asserts nothing.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runCheck } from '../src/cli/check';
import { runPortfolio } from '../src/cli/portfolio';
import type { CliIo } from '../src/cli/io';
import { yamlOutcome } from './generate';

const FILES = 500;
const PER_FILE = 4;

/** 500 files of 4 outcomes, with accounts and two currencies, in a fresh temp folder. */
function makeWorkspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'cbo-bench-portfolio-'));
  for (let f = 0; f < FILES; f++) {
    const sub = path.join(dir, `team-${f % 20}`);
    mkdirSync(sub, { recursive: true });
    let text = 'cbo: 1\noutcomes:\n';
    for (let k = 0; k < PER_FILE; k++) {
      const i = f * PER_FILE + k;
      let o = yamlOutcome(i).replace(/^( {4}title: .*)$/m, `$1\n    account: Account ${i % 37}`);
      if (i % 3 === 0) o = o.replace('currency: USD', 'currency: KRW');
      text += o;
    }
    writeFileSync(path.join(sub, `outcomes-${f}.cbo.yaml`), text);
  }
  return dir;
}

// The commands' own entries (not main.ts, whose bundle would also run the command line of this process).
const COMMANDS: Record<string, (args: string[], io: CliIo, env: Record<string, string | undefined>) => Promise<number>> = { check: runCheck, portfolio: runPortfolio };

async function timeCli(argv: string[], cwd: string, runs: number): Promise<{ ms: number; code: number; bytes: number }> {
  let code = 0;
  let bytes = 0;
  const once = async () => {
    let out = '';
    code = await COMMANDS[argv[0]!]!(argv.slice(1), { stdout: (s) => void (out += s), stderr: () => undefined, stdoutIsTerminal: false, readFile: (p) => fs.readFile(p, 'utf8'), cwd }, {});
    bytes = out.length;
  };
  await once(); // warm-up
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    await once();
    xs.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  xs.sort((a, b) => a - b);
  return { ms: xs[Math.floor(xs.length / 2)]!, code, bytes };
}

export async function portfolioBench(runs = 5): Promise<string[]> {
  const dir = makeWorkspace();
  try {
    const check = await timeCli(['check', '.', '--format', 'json', '--today', '2027-01-15'], dir, runs);
    const json = await timeCli(['portfolio', '.', '--format', 'json', '--today', '2027-01-15'], dir, runs);
    const md = await timeCli(['portfolio', '.', '--format', 'md', '--today', '2027-01-15'], dir, runs);
    const f = (x: number) => x.toFixed(1);
    return [
      `| input | cbo check ms | cbo portfolio ms | ratio | aim |`,
      `| --- | --- | --- | --- | --- |`,
      `| ${FILES * PER_FILE} outcomes in ${FILES} files, --format json | ${f(check.ms)} | ${f(json.ms)} | ${(json.ms / check.ms).toFixed(2)}x | within 2x |`,
      `| the same, portfolio --format md (full report) | ${f(check.ms)} | ${f(md.ms)} | ${(md.ms / check.ms).toFixed(2)}x | within 2x |`,
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  void portfolioBench().then((lines) => {
    console.log(`node ${process.version}, ${new Date().toISOString().slice(0, 10)}; medians of 5 runs after a warm-up\n`);
    for (const l of lines) console.log(l);
  });
}
