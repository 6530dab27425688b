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
import { chooseLang, formatForOutput, langChoice, parseArgs, todayArg, UsageError } from './args';
import { jsonDocument } from './escape';
import { trackReads, type CliIo } from './io';
import { printHelp, type Help } from './help';
import { readCsvMeasurements } from './csv-file';
import { shownPath } from './files';
import { outputArg, warnFormatMismatch, writeDocument } from './output';
import { loadPortfolio, noteProblem, writePortfolio } from './portfolio';
import { exitCode, kindOfPath, nothingRead, noteProblems, readCboFile } from './roi';

export const REPORT_HELP: Help = {
  en: `Usage: cbo report FILE [options]
       cbo report --portfolio DIR [options]

Writes the Business Outcome Report (executive summary, value story, ROI summary, outcome
breakdown, trends by quarter, usage, opportunities, peer comparison, recommendations, detailed
outcomes, assumptions) of a CBO YAML file or Markdown plan. With --portfolio, the report of
every CBO file under DIR, with the four practice rates against their targets and totals per
currency. A FILE with errors (as cbo check counts them) ends with "Files with problems", as the
portfolio names it, and its JSON "problems" say the same. Exit 1, as cbo roi, when FILE has
reading problems (YAML syntax, schema) that cbo check reports as errors; when not one outcome
could be read, or FILE is over maxFileBytes, no report is written and the exit code is 1
whatever .cborc.yaml's severities say (as cbo check and cbo portfolio give for such a file).

Options:
  --portfolio DIR      report across every CBO file under DIR (may be given more than once)
  --format md|html|json
                       Markdown (default; -o x.html alone means HTML), one
                       self-contained, printable HTML file, or the report's figures as
                       JSON (the shape of cbo portfolio --format json)
  --today YYYY-MM-DD   the date progress is judged on (default: today)
  --lang en|ko         language of the report (default: lang in .cborc.yaml, else from
                       LANG, else en; with --portfolio, the first file's .cborc.yaml)
  -o, --output OUT     write to OUT instead of stdout (refuses to replace an existing file)
  --force              with -o, replace OUT if it exists (never a file the command
                       read, nor through a symbolic link)
`,
  ko: `사용법: cbo report FILE [옵션]
        cbo report --portfolio DIR [옵션]

CBO YAML 파일이나 Markdown 계획의 비즈니스 성과 보고서(요약, 가치 스토리, ROI 요약, 성과별
현황, 분기별 성과 추이, 사용 현황, 가치 기회, 상호 비교, 권장 사항, 성과 상세, 가정)를
씁니다. --portfolio를 주면 DIR 아래 모든 CBO 파일의 보고서를, 네 가지 실천 지표와 그
목표, 통화별 합계와 함께 씁니다. cbo check가 세는 오류가 있는 FILE의 보고서는
포트폴리오처럼 "문제가 있는 파일"로 끝나고, JSON의 "problems"도 같은 것을 말합니다.
cbo roi처럼, cbo check가 오류로 보고하는 읽기 문제(YAML 구문, 스키마)가 FILE에 있으면
종료 코드 1입니다. 성과를 하나도 읽지 못했거나 FILE이
maxFileBytes보다 크면 보고서를 쓰지 않고, .cborc.yaml의 심각도와 상관없이 종료 코드
1입니다(cbo check와 cbo portfolio가 그런 파일에 주는 코드와 같음).

옵션:
  --portfolio DIR      DIR 아래 모든 CBO 파일에 걸친 보고서 (여러 번 줄 수 있음)
  --format md|html|json
                       Markdown(기본값, -o x.html만 주면 HTML), 인쇄할 수 있는
                       독립된 HTML 파일 하나, 또는 보고서의 수치를 JSON으로
                       (cbo portfolio --format json과 같은 모양)
  --today YYYY-MM-DD   진행 상황을 판단할 날짜 (기본값: 오늘)
  --lang en|ko         보고서의 언어 (기본값: .cborc.yaml의 lang, 없으면 LANG을 따름,
                       아니면 en. --portfolio면 첫 파일의 .cborc.yaml)
  -o, --output OUT     표준 출력 대신 OUT에 씀 (이미 있는 파일은 바꾸지 않음)
  --force              -o와 함께: OUT이 이미 있으면 바꿈 (명령이 읽은 파일이나
                       심볼릭 링크 너머의 파일은 바꾸지 않음)
`,
};

export async function runReport(args: string[], io: CliIo, env: Record<string, string | undefined> = {}): Promise<number> {
  const p = parseArgs(args, { '--today': true, '--lang': true, '--format': true, '--portfolio': true, '-o': true, '--output': true, '--force': false, '--help': false });
  if (p.flags.has('--help')) return printHelp(io, REPORT_HELP, args, env);
  const today = todayArg(p);
  const langs = langChoice(p, env);
  const out = outputArg(p);
  const format = formatForOutput(p, ['md', 'html', 'json'], out.file);
  warnFormatMismatch(io, format, out, chooseLang(langs));
  const dirs = p.flags.get('--portfolio');
  // Every file read goes through reads.io, so -o can refuse to replace any of them.
  const reads = trackReads(io);
  if (dirs) {
    if (p.positional.length) throw new UsageError('give either FILE or --portfolio DIR, not both', 'FILE와 --portfolio DIR 중 하나만 주세요');
    if (dirs.some((d) => d === '')) throw new UsageError('--portfolio needs a folder', '--portfolio에 폴더가 필요합니다');
    const loaded = await loadPortfolio(dirs, reads.io, today, langs);
    return writePortfolio(loaded, { format, out }, io, reads.files);
  }
  const r = await readCboFile(p.positional, reads.io, today, 'report', langs);
  // --lang, else the file's .cborc.yaml, else the system's: the language its findings take.
  const lang = r.config.lang;
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
