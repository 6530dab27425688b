// `cbo report FILE [--today YYYY-MM-DD] [--lang en|ko] [-o OUT [--force]]`: the Business
// Outcome Report in Markdown, on stdout or into OUT. An existing OUT is never overwritten
// without --force: a report is often edited by hand after it is generated.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { buildReport } from '../core/report';
import { flag, langArg, parseArgs, todayArg, UsageError } from './args';
import type { CliIo } from './io';
import { noteProblems, readCboFile } from './roi';

export const REPORT_HELP = `Usage: cbo report FILE [options]

Writes the Business Outcome Report (executive summary, ROI summary, outcome breakdown,
detailed outcomes, assumptions) of a CBO YAML file or Markdown plan, in Markdown.

Options:
  --today YYYY-MM-DD   the date progress is judged on (default: today)
  --lang en|ko         language of the report (default: from LANG, else en)
  -o, --output OUT     write to OUT instead of stdout (refuses to replace an existing file)
  --force              with -o, replace OUT if it exists
`;

export async function runReport(args: string[], io: CliIo, env: Record<string, string | undefined> = {}): Promise<number> {
  const p = parseArgs(args, { '--today': true, '--lang': true, '-o': true, '--output': true, '--force': false, '--help': false });
  if (p.flags.has('--help')) {
    io.stdout(REPORT_HELP);
    return 0;
  }
  const today = todayArg(p);
  const lang = langArg(p, env) ?? 'en';
  const out = flag(p, '-o') ?? flag(p, '--output');
  if (out === '') throw new UsageError('-o needs a file name');
  const force = p.flags.has('--force');
  if (force && out === undefined) throw new UsageError('--force only applies with -o OUT');
  const r = await readCboFile(p.positional, io);
  noteProblems(r, io);
  const md = buildReport(r.doc.outcomes, { today, lang, fileName: path.basename(r.file) });
  if (out === undefined) {
    io.stdout(md);
    return 0;
  }
  const target = path.resolve(io.cwd, out);
  // Never the source, not even with --force: the report would replace the plan it came from.
  if (target === path.resolve(io.cwd, r.file)) {
    io.stderr(`cbo: -o ${out} is the source file itself; choose another file for the report.\n`);
    return 2;
  }
  if ((await fs.stat(target).catch(() => undefined))?.isDirectory()) {
    io.stderr(`cbo: -o ${out} is a folder; give a file name, e.g. -o ${path.join(out, 'report.md')}.\n`);
    return 2;
  }
  try {
    // 'wx' fails if the file exists, in the same step as creating it: no window for a race.
    await fs.writeFile(target, md, { encoding: 'utf8', flag: force ? 'w' : 'wx' });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') io.stderr(`cbo: -o ${out} is a folder; give a file name.\n`);
    else if (code === 'EEXIST') io.stderr(`cbo: ${out} already exists; add --force to replace it, or choose another -o file.\n`);
    else io.stderr(`cbo: cannot write ${out}: ${code === 'ENOENT' ? 'no such folder' : (e as Error).message}\n`);
    return 2;
  }
  io.stderr(`cbo: wrote ${out}\n`);
  return 0;
}
