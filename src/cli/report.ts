// `cbo report FILE [--today YYYY-MM-DD] [--lang en|ko] [--format md|html] [-o OUT [--force]]`:
// the Business Outcome Report of one file, on stdout or into OUT; `cbo report --portfolio DIR`
// gives the same report across every CBO file under DIR (rates against targets, totals per
// currency, accounts, ...). An existing OUT is never overwritten without --force: a report is
// often edited by hand after it is generated.
import * as path from 'node:path';
import { append } from '../core/arrays';
import { lint } from '../core/lint';
import { buildPortfolio, outcomesWithErrors, portfolioJson, reportCaveats } from '../core/portfolio';
import type { CsvNote } from '../core/portfolio/report-md';
import { CAVEATS } from '../core/report-caveats';
import { LineIndex } from '../core/positions';
import { buildReport } from '../core/report';
import { buildReportHtml } from '../core/view/report-html';
import { formatForOutput, langArg, parseArgs, todayArg, UsageError } from './args';
import { jsonDocument } from './escape';
import { trackReads, type CliIo } from './io';
import { readCsvMeasurements } from './csv-file';
import { shownPath } from './files';
import { outputArg, warnFormatMismatch, writeDocument } from './output';
import { loadPortfolio, noteProblem, writePortfolio } from './portfolio';
import { exitCode, kindOfPath, nothingRead, noteProblems, readCboFile } from './roi';

export const REPORT_HELP = `Usage: cbo report FILE [options]
       cbo report --portfolio DIR [options]

Writes the Business Outcome Report (executive summary, value story, ROI summary, outcome
breakdown, trends by quarter, usage, opportunities, peer comparison, recommendations, detailed
outcomes, assumptions) of a CBO YAML file or Markdown plan. With --portfolio, the report of
every CBO file under DIR, with the four practice rates against their targets and totals per
currency. A FILE with errors (as cbo check counts them) ends with "Files with problems", as the
portfolio names it, and its JSON "problems" say the same. Exit 1, as cbo roi, when FILE has reading problems (YAML syntax, schema) that cbo
check reports as errors; when not one outcome could be read, or FILE is over maxFileBytes,
no report is written and the exit code is 1 whatever .cborc.yaml's severities say (as cbo
check and cbo portfolio give for such a file).

Options:
  --portfolio DIR      report across every CBO file under DIR (may be given more than once)
  --format md|html|json
                       Markdown (default; -o x.html alone means HTML), one
                       self-contained, printable HTML file, or the report's figures as
                       JSON (the shape of cbo portfolio --format json)
  --today YYYY-MM-DD   the date progress is judged on (default: today)
  --lang en|ko         language of the report (default: from LANG, else en)
  -o, --output OUT     write to OUT instead of stdout (refuses to replace an existing file)
  --force              with -o, replace OUT if it exists (never a file the command
                       read, nor through a symbolic link)
`;

export async function runReport(args: string[], io: CliIo, env: Record<string, string | undefined> = {}): Promise<number> {
  const p = parseArgs(args, { '--today': true, '--lang': true, '--format': true, '--portfolio': true, '-o': true, '--output': true, '--force': false, '--help': false });
  if (p.flags.has('--help')) {
    io.stdout(REPORT_HELP);
    return 0;
  }
  const today = todayArg(p);
  const lang = langArg(p, env) ?? 'en';
  const out = outputArg(p);
  const format = formatForOutput(p, ['md', 'html', 'json'], out.file);
  warnFormatMismatch(io, format, out, lang);
  const dirs = p.flags.get('--portfolio');
  // Every file read goes through reads.io, so -o can refuse to replace any of them.
  const reads = trackReads(io);
  if (dirs) {
    if (p.positional.length) throw new UsageError('give either FILE or --portfolio DIR, not both', 'FILE와 --portfolio DIR 중 하나만 주세요');
    if (dirs.some((d) => d === '')) throw new UsageError('--portfolio needs a folder', '--portfolio에 폴더가 필요합니다');
    const loaded = await loadPortfolio(dirs, reads.io, today, lang);
    return writePortfolio(loaded, { format, lang, out }, io, reads.files);
  }
  const r = await readCboFile(p.positional, reads.io, today, 'report', lang);
  noteProblems(r, io, lang, 'report');
  // A report of a file not one outcome of which could be read would say "No outcomes were
  // found in this file." under the note that says none could be read: none is written.
  if (nothingRead(r)) return exitCode(r);
  const lines = new LineIndex(r.text);
  // The file as the portfolio names it: relative to where the command runs.
  const shown = shownPath(io.cwd, r.file);
  // What the portfolio says of this file (its errors as cbo check counts them, an unreadable part,
  // value figures left out), said in the report too: one team's report is often sent on its own.
  const { findings, unread } = lint(r.text, kindOfPath(r.file), r.config, undefined, r.undecodable ? { undecodable: r.undecodable } : {});
  const problems: CsvNote[] = reportCaveats(r.doc.outcomes, findings, lang, CAVEATS[lang].checkWith(shown), unread).map((n) => ({ file: shown, line: lines.position(n.offset).line + 1, message: n.message }));
  // On stderr too, as the portfolio says them: a report written with -o is otherwise silent.
  for (const pr of problems) noteProblem(io, pr);
  const csv = await readCsvMeasurements(r.file, lines, r.doc.outcomes, reads.io, { lang, maxBytes: r.maxBytes });
  for (const pr of csv) noteProblem(io, pr);
  append(problems, csv);
  const withErrors = outcomesWithErrors(r.doc.outcomes, findings);
  const opts = { today, lang, fileName: path.basename(r.file), problems, withErrors };
  // JSON: the one file as a portfolio of its own outcomes, the figures the report is built from.
  const json = () => jsonDocument(portfolioJson(buildPortfolio([{ file: shown, outcomes: r.doc.outcomes, lineOf: (o) => lines.position(o).line + 1, withErrors }], today), problems));
  const body = format === 'json' ? json() : format === 'html' ? buildReportHtml(r.doc.outcomes, opts) : buildReport(r.doc.outcomes, opts);
  // Every format is a document: on stdout, what -o OUT would hold unless stdout is a terminal.
  const wrote = await writeDocument(body, out, io, [...reads.files, ...r.configFiles], opts.lang);
  // As cbo roi: 1 when cbo check would report a reading problem as an error, so a script does not
  // take a report of a half-read file for a whole one.
  return wrote !== 0 ? wrote : exitCode(r);
}
