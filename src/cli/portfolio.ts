// `cbo portfolio [paths|dirs|globs] [--format text|json|md|html] [--today D] [--lang en|ko]
// [-o OUT [--force]]`: every CBO outcome under the given paths seen together: the tracker's
// four rates against their targets, totals per currency (never added across currencies), and
// in md/html the full portfolio report. Also `loadPortfolio`, which `cbo report --portfolio`
// shares, with the CSV measurements of each file (csv-file.ts). Exit 0 when the portfolio was
// printed, 1 when it was but some file has a reading problem cbo check reports as an error (as
// `cbo report FILE`), 2 for bad usage, a CBO file that cannot be read (named among the problems,
// the others still read), a .cborc.yaml with errors or no CBO file found at all (as `cbo check`).
import { DEFAULT_MAX_FILE_BYTES } from '../core/config';
import { kindOf, lint } from '../core/lint';
import { LIMIT_RULE_ID } from '../core/parse/yaml';
import { formatMoney, formatPercent, localeFor } from '../core/money';
import { buildPortfolio, duplicateNotes, hasReadingError, outcomesWithErrors, portfolioJson, RATE_NAMES, RATE_TARGETS, rateState, portfolioPart, tooLargeNote, type Portfolio, type PortfolioSource } from '../core/portfolio';
import type { CsvNote } from '../core/portfolio/report-md';
import { buildPortfolioReport, noneFound, rateCount } from '../core/portfolio/report-md';
import { noOutcomeMessage, SAYS_WHY_NONE, type EmptyNamed } from '../core/no-outcome-words';
import { LineIndex } from '../core/positions';
import { REPORT_WORDS } from '../core/report-words';
import { CAVEATS, statusSaid } from '../core/report-caveats';
import { buildPortfolioHtml } from '../core/view/report-html';
import { escapeControls, jsonDocument, sayNotes } from './escape';
import { chooseLang, formatForOutput, langChoice, parseArgs, todayArg, UsageError, type LangChoice } from './args';
import { outputArg, warnFormatMismatch, writeDocument, writeOut, type OutputArg } from './output';
import { checkConfig, ConfigFinder, describeProblem, expand, isIgnored, lookAlikeNote, notCboNote, noOutcomeRead, nothingFound, shownPath, type FoundConfig } from './files';
import { readCsvMeasurements } from './csv-file';
import { ignoredMessage } from '../core/ignore';
import { allIgnoredLine, IgnoredFiles, leftOutNote, nothingReadIgnored } from './ignored';
import { CsvCache } from '../core/portfolio/csv-cache';
import { readLinted, trackReads, type CliIo } from './io';
import { printHelp, type Help } from './help';

/** The JSON's shape, the same lines under both languages' help; `sameKeys` says what "targets" holds. */
const portfolioJsonShape = (sameKeys: string) => `{ "outcomes": [ { "file", "line", "title", "account"?, "category", "status", "currency",
          "investment", "claimed", "validated", "roi"? } ],
        "totals": [ { "currency", "investment", "claimed", "validated", "net", "roi"?,
          "conservativeRoi"?, "byType" } ],
        "rates": { "achievement", "roiPositive", "valueDocumented", "customerValidated" },
        "targets": { ${sameKeys} },
        "problems": [ { "file", "line", "message", "duplicate"? } ] }`;

export const PORTFOLIO_HELP: Help = {
  en: `Usage: cbo portfolio [paths, folders or globs...] [options]

Every outcome in the CBO YAML files and Markdown plans found, seen together: the tracker's
four rates against their targets (outcome achievement > 80 %, ROI demonstrable > 90 %, value
documented > 75 %, customer validated > 60 %), and totals per currency (currencies are never
added together). Without paths, the current folder.

Options:
  --format text|json|md|html   output (default text, or as -o's extension says: .json, .md,
                               .html); md and html are the portfolio report
  --today YYYY-MM-DD           the date progress is judged on (default: today)
  --lang en|ko                 language of text, md and html (default: lang in the first
                               file's .cborc.yaml, else from LANG, else en)
  -o, --output OUT             write to OUT instead of stdout (refuses to replace a file;
                               makes its folder when missing)
  --force                      with -o, replace OUT if it exists (never a file the
                               command read, nor through a symbolic link)

JSON: ${portfolioJsonShape('the same keys')}
  "category" and "currency" are null for an outcome that states none. "problems" names what
  the figures leave out or may have wrong: a file that does not parse, drafts, unusable
  measurements, a file with errors (its outcomes still count; cbo check FILE lists them), and
  an outcome found in two files (same account, and the same title or id), counted once from
  the *.cbo.yaml file over a plan, else the first path; its "duplicate" gives the "title",
  "account", "kept" { "file", "line" } and "copies" [ { "file", "line", "differs" } ], where
  "differs" names the figures a copy gives otherwise: baseline, target, value, investment.
  Money as the roi command writes it: { "minor": integer in the currency's minor unit,
  "amount": exact decimal string }, or null. Rates are fractions 0..1, null when there is
  nothing to count. Outcome achievement counts the outcomes due (deadline before --today) and
  those at target early: "counts"."achievement" gives "count" (at target, reached by the
  deadline) and "of" of those, "dueBefore", "reachedEarly", "achievedLate" (due, at target only
  after the deadline: in "of", not in "count"), "notYetDue" and "noDeadline". "roi" is a
  percent with one decimal, absent when it cannot be computed: a first-year ROI, since value
  items count per year and the investment is the total cost.
  "byType": the claimed value per value type (hard-savings, soft-savings, ...), as money.

Exit 1, as cbo report FILE, when some file has reading problems (YAML syntax, schema, too
large) that cbo check reports as errors (.cborc.yaml's severities apply): the portfolio is
still written, and its problems name the file. Exit 2, as cbo check, when a .cborc.yaml that
applies has errors (it does not parse, an unknown key) or a file found cannot be read (no
permission, a FIFO): named among the problems, the portfolio still written; when no CBO
YAML or Markdown file was found to read; and when every file a folder or glob found is
ignored (.cborc.yaml ignore:), as cbo check; and when nothing was read because every file
named is ignored. A file named on the command line that ignore: leaves out is named on
stderr with the pattern, and not read; the files a folder or glob found that it left out are
counted on stderr after the portfolio, as cbo check counts them ("2 files left out by ignore:
in .cborc.yaml").
`,
  ko: `사용법: cbo portfolio [경로, 폴더나 글롭...] [옵션]

찾은 CBO YAML 파일과 Markdown 계획의 모든 성과를 한데 모아 봅니다: 트래커의 네 가지 실천
지표와 그 목표(성과 달성률 > 80 %, ROI 입증률 > 90 %, 가치 문서화율 > 75 %, 고객 검증률
> 60 %), 그리고 통화별 합계(통화가 다른 금액은 더하지 않음). 경로를 주지 않으면 현재
폴더를 읽습니다.

옵션:
  --format text|json|md|html   출력 (기본값 text, 또는 -o의 확장자 .json, .md, .html을
                               따름). md와 html은 포트폴리오 보고서
  --today YYYY-MM-DD           진행 상황을 판단할 날짜 (기본값: 오늘)
  --lang en|ko                 text, md, html의 언어 (기본값: 첫 파일의 .cborc.yaml에
                               있는 lang, 없으면 LANG을 따름, 아니면 en)
  -o, --output OUT             표준 출력 대신 OUT에 씀 (이미 있는 파일은 바꾸지 않음.
                               폴더가 없으면 만듦)
  --force                      -o와 함께: OUT이 이미 있으면 바꿈 (명령이 읽은 파일이나
                               심볼릭 링크 너머의 파일은 바꾸지 않음)

JSON: ${portfolioJsonShape('"rates"와 같은 키')}
  범주나 통화를 적지 않은 성과는 "category"와 "currency"가 null입니다. "problems"는 수치에서
  빠졌거나 틀렸을 수 있는 것을 알립니다: 구문 분석이 안 되는 파일, 초안, 쓸 수 없는 측정값,
  오류가 있는 파일(그 성과는 그대로 셈. cbo check FILE이 오류를 나열함), 두 파일에 있는 같은
  성과(같은 계정에 같은 제목이나 id: *.cbo.yaml 쪽을, 없으면 경로 순서로 첫 파일을 한 번만 셈).
  그 "duplicate"에는 "title", "account", "kept" { "file", "line" }, "copies" [ { "file",
  "line", "differs" } ]가 있고, "differs"는 사본이 다르게 적은 수치(baseline, target, value,
  investment)를 말합니다.
  금액은 roi 명령처럼 씁니다: { "minor": 통화의 최소 단위로 센 정수, "amount": 정확한
  십진수 문자열 } 또는 null. 비율은 0..1 사이의 수이며, 셀 대상이 없으면 null입니다.
  성과 달성률은 기한이 --today 전인 성과와 기한 전에 목표에 이른 성과를 셉니다.
  "counts"."achievement"에 그 성과의 "count"(기한까지 목표에 이름)와 "of", 그리고 "dueBefore",
  "reachedEarly"(미리 달성), "achievedLate"(기한이 지난 뒤에야 목표에 이름: "of"에는 들고
  "count"에는 들지 않음), "notYetDue"(아직 기한 전), "noDeadline"(기한 없음)이 있습니다.
  "roi"는 소수 한 자리 퍼센트이며, 계산할 수 없으면 빠집니다. 가치 항목은 1년 치로 세고
  투자는 전체 비용이므로 첫해 ROI입니다. "byType"은 가치 유형(hard-savings, soft-savings
  ...)별 예상 가치이며 금액으로 씁니다.

cbo report FILE처럼, cbo check가 오류로 보고하는 읽기 문제(YAML 구문, 스키마, 크기 초과)가
있는 파일이 있으면 종료 코드 1입니다(.cborc.yaml의 심각도를 따름). 포트폴리오는 그대로
쓰며, problems에 그 파일이 나옵니다. cbo check처럼, 적용되는 .cborc.yaml에 오류가 있거나
(구문 분석 실패, 알 수 없는 키) 찾은 파일을 읽을 수 없으면(권한 없음, FIFO) 종료 코드
2입니다: problems에 알리고 포트폴리오는 그대로 씁니다. 읽을 CBO YAML이나 Markdown 파일을
하나도 찾지 못했을 때와, cbo check처럼 폴더나 글롭으로 찾은 파일이 모두 .cborc.yaml의
ignore:에 걸릴 때와 이름을 준 파일이 모두 걸릴 때도 2입니다. 명령줄에서 이름을 준 파일이
ignore:에 걸리면 표준 오류에 그 패턴과 함께 알리고 읽지 않습니다.
폴더나 글롭으로 찾은 파일 중 ignore:로 뺀 파일은 cbo check처럼 포트폴리오 뒤에 표준
오류로 그 수를 알립니다(".cborc.yaml 파일의 ignore:로 뺀 파일 2개").
`,
};

export interface LoadedPortfolio {
  portfolio: Portfolio;
  problems: CsvNote[];
  /** The config and team checklist files read (the CBO files and CSVs go through io.readFile). */
  configFiles: string[];
  /** Notes for stderr alone (not the report's problems): YAML files the walk passed over that read as CBO documents. */
  notes: string[];
  /** Files named on the command line, read, that hold no outcome (`emptyNotes` says where they are said). */
  empty: EmptyNamed[];
  /** Some file has a reading problem cbo check reports as an error: the command exits 1, as `cbo report FILE` does. */
  readingErrors: boolean;
  /** A `.cborc.yaml` that applies has errors (it does not parse, a bad key): exit 2, as `cbo check` gives. */
  configErrors: boolean;
  /** A file found could not be read (named among the problems): exit 2, as `cbo check` gives its file-unreadable. */
  unreadable: boolean;
  /** The portfolio's language: --lang, else the `lang` of the first file's .cborc.yaml, else the system's. */
  lang: 'en' | 'ko';
  /** Why the run exits 2 after the portfolio: a folder or a pattern all of whose files are ignored (`allIgnoredLine`). */
  allIgnored: string[];
  /** "2 files left out by ignore: in .cborc.yaml": what a folder or a glob found and `ignore:` left out, as cbo check counts it (`leftOutNote`); none when nothing was. */
  leftOut: string[];
}

const rel = (io: CliIo, file: string) => shownPath(io.cwd, file);

/** Reads, parses and joins every CBO file under the arguments, with their CSV measurements. */
export async function loadPortfolio(args: string[], io: CliIo, today: string, langs: LangChoice): Promise<LoadedPortfolio> {
  const { files, problems: pathProblems, lookAlikes, named, notCbo, walked } = await expand(args, io.cwd);
  // Nothing to read at all (a mistyped folder or glob): a usage error, as for `cbo check`.
  // One line each (main says each line apart), escaped here: a name must not make a line of its own.
  const said = (l: 'en' | 'ko') => pathProblems.map((p) => escapeControls(`${rel(io, p.file)}: ${describeProblem(p, l)}`)).join('\n');
  if (!files.length && pathProblems.length) throw new UsageError(said('en'), said('ko'));
  const finder = new ConfigFinder(chooseLang(langs));
  // One language for the whole portfolio, chosen as cbo check's summary is: --lang, else the
  // first file's .cborc.yaml, else the system's (a Korean LANG beat the team's `lang: en`).
  const lang = chooseLang(langs, files[0] === undefined ? undefined : (await finder.forFile(files[0])).config.lang);
  const alike: typeof lookAlikes = [];
  for (const a of lookAlikes) if (!isIgnored(a.file, await finder.forFile(a.file))) alike.push(a);
  const alikeNotes = (l: 'en' | 'ko') => alike.map((a) => lookAlikeNote(rel(io, a.file), a.sign, l));
  const notes = alikeNotes(lang);
  // No file found under the paths at all (a folder with no CBO file in it): exit 2, as cbo check
  // gives, not "0 outcomes in 0 files" and exit 0; a walk's look-alikes say where they may be.
  if (!files.length && !notCbo.length) {
    const none = (l: 'en' | 'ko') => [...alikeNotes(l).map(escapeControls), nothingFound(l, 'read', args.length > 0)].join('\n');
    throw new UsageError(none('en'), none('ko'), false);
  }
  // Every file given passed over as no CBO document (`cbo portfolio ci.yaml`): exit 2 with why,
  // as `cbo check` does, not "0 outcomes in 0 files" and exit 0.
  if (!files.length && notCbo.length) {
    const why = (l: 'en' | 'ko') => notCbo.map((f) => escapeControls(notCboNote(rel(io, f), l))).join('\n');
    throw new UsageError(`${why('en')}\nnothing was read: every file given was passed over as no CBO document`, `${why('ko')}\n읽은 파일이 없습니다. 주어진 파일은 모두 CBO 문서가 아니어서 건너뛰었습니다`);
  }
  const sources: PortfolioSource[] = [];
  // One read and parse of each CSV for the run, whichever files name it.
  const csvCache = new CsvCache();
  const problems: CsvNote[] = pathProblems.map((p) => ({ file: rel(io, p.file), line: 0, message: describeProblem(p, lang) }));
  const empty: EmptyNamed[] = [];
  let readingErrors = false;
  let configErrors = false;
  // A file found and not read, the portfolio still written: exit 2, as cbo check gives it among
  // several files. It passed with a FIFO or a file without read permission among the CBOs.
  let unreadable = pathProblems.length > 0;
  /** Files read (not ignored by .cborc.yaml: ignored ones pass, as in cbo check). */
  let read = 0;
  // Each .cborc.yaml's errors once, as cbo check gives them (a config that does not parse applied
  // nothing of itself: the severities the figures are judged by are not the team's).
  const configsSeen = new Set<string>();
  const noteConfig = (found: FoundConfig) => {
    if (!found.file || configsSeen.has(found.file)) return;
    configsSeen.add(found.file);
    for (const f of found.findings) problems.push({ file: rel(io, found.file), line: f.start.line + 1, message: f.message });
    configErrors ||= found.findings.length > 0;
  };
  // The files `ignore:` leaves out: a named one is said on stderr with its pattern, as cbo check
  // gives it a warning (it was left out in silence, and "0 outcomes in 0 files" read as a pass).
  const ignored = new IgnoredFiles(named, (f) => rel(io, f));
  const isLeftOut = (file: string, found: FoundConfig): boolean => {
    const by = ignored.leftOut(file, found);
    if (by && named.has(file)) notes.push(`${rel(io, file)}: ${ignoredMessage(by, lang, 'read')}`);
    return by !== undefined;
  };
  // A named YAML that is no CBO document (ci.yaml) is passed over with the note cbo check gives.
  for (const file of notCbo) if (!isLeftOut(file, await finder.forFile(file))) notes.push(notCboNote(rel(io, file), lang));
  for (const file of files) {
    const kind = kindOf(file);
    if (!kind) continue;
    const found = await finder.forFile(file);
    noteConfig(found);
    if (isLeftOut(file, found)) continue;
    read++;
    let text: string;
    let undecodable: number[] | undefined;
    try {
      // As cbo check reads it, with the offsets of the � decoding made: a literal U+FFFD is no
      // encoding problem, and a file must not be left out here that cbo check reads whole.
      ({ text, undecodable } = await readLinted(file, io));
    } catch (e) {
      // Named among the problems and the other files still read, as cbo check goes on past it.
      problems.push({ file: rel(io, file), line: 0, message: describeProblem({ file, reason: (e as Error).message }, lang) });
      unreadable = true;
      continue;
    }
    // cbo check's config for the file, so its errors are counted as cbo check counts them.
    const config = checkConfig(found, today, { ...langs, given: lang });
    // The limit cbo check, roi and report keep (maxFileBytes): left out and named, not parsed.
    const max = found.config.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    if (text.length > max) {
      problems.push({ file: rel(io, file), line: 1, message: tooLargeNote(text.length, max, lang) });
      readingErrors ||= config.severity(LIMIT_RULE_ID, 'error') === 'error';
      continue;
    }
    // The one lint, as cbo check runs it: its findings give the file's errors, and its outcome
    // models are the portfolio's (parsing once more for them cost as much again).
    const { outcomes, findings, unread } = lint(text, kind, config, undefined, undecodable ? { undecodable } : {});
    readingErrors ||= hasReadingError(findings);
    const lines = new LineIndex(text);
    const { kept, notes } = portfolioPart(outcomes, findings, lang, CAVEATS[lang].checkWith(rel(io, file)), unread);
    for (const n of notes) problems.push({ file: rel(io, file), line: lines.position(n.offset).line + 1, message: n.message });
    if (named.has(file) && !outcomes.length && !findings.some((f) => SAYS_WHY_NONE.has(f.ruleId))) empty.push({ file: rel(io, file), kind });
    if (!kept.length) continue;
    for (const pr of await readCsvMeasurements(file, lines, kept, io, { lang, maxBytes: max, cache: csvCache })) problems.push(pr);
    sources.push({ file: rel(io, file), outcomes: kept, lineOf: (o) => lines.position(o).line + 1, withErrors: outcomesWithErrors(kept, findings) });
  }
  // Files read but not one outcome in them, and nothing to say why (a folder holding only a README
  // without a "## CBO:" section): nothing to report, exit 2 as for a folder with no file at all,
  // not "0 outcomes in 0 files" and exit 0. A named empty file, a reading problem or a config
  // error says why there is none: those keep the portfolio.
  if (read && !sources.length && !empty.length && !problems.length) {
    const none = (l: 'en' | 'ko') => [...alikeNotes(l).map(escapeControls), noOutcomeRead(l, read)].join('\n');
    throw new UsageError(none('en'), none('ko'), false);
  }
  // A folder or a pattern every file of which `ignore:` left out read nothing: exit 2, as cbo
  // check gives it; when nothing at all was read, said alone, as for a folder with no CBO file.
  // So is a named file ignored when it was all there was to read: "0 outcomes in 0 files" and
  // exit 0 passed a gate that read nothing.
  const allIgnored = ignored.allIgnored(walked).map((w) => allIgnoredLine(w, lang, 'read'));
  if (!read && !problems.length) {
    const why = [...notes, ...allIgnored, ...(allIgnored.length ? [] : [nothingReadIgnored(lang)])].map(escapeControls).join('\n');
    throw new UsageError(why, why, false);
  }

  // beside "0 outcomes in 0 files" read as if it had not been. Files left out (a YAML error,
  // drafts only) are not counted: their problems say so.
  const portfolio = { ...buildPortfolio(sources, today), files: sources.length + empty.length };
  // The files a walk found and `ignore:` left out, counted as cbo check counts them: "8 outcomes in
  // 6 files" alone read as the whole folder when a pattern had left two plans out of the figures.
  const left = ignored.walkedLeftOut();
  const leftOut = left.count ? [leftOutNote(left, lang)] : [];
  return { portfolio, problems, configFiles: await finder.filesRead(), notes, empty, readingErrors, configErrors, unreadable, lang, allIgnored, leftOut };
}

/**
 * The named files that hold no outcome, as stderr notes: where the body does not say them. An
 * empty portfolio's text, Markdown and HTML name them in place of "A portfolio reads
 * *.cbo.yaml files" (noneFound); JSON has no such line, and beside other outcomes they are notes.
 */
export function emptyNotes(l: LoadedPortfolio, format: string, lang: 'en' | 'ko'): string[] {
  if (!l.portfolio.outcomes.length && format !== 'json') return [];
  return l.empty.map((e) => `${e.file}: ${noOutcomeMessage(e.kind, lang)}`);
}

export async function runPortfolio(args: string[], io: CliIo, env: Record<string, string | undefined> = {}): Promise<number> {
  const p = parseArgs(args, { '--format': true, '--today': true, '--lang': true, '-o': true, '--output': true, '--force': false, '--help': false });
  if (p.flags.has('--help')) return printHelp(io, PORTFOLIO_HELP, args, env);
  const out = outputArg(p);
  const format = formatForOutput(p, ['text', 'json', 'md', 'html'], out.file);
  const today = todayArg(p);
  const langs = langChoice(p, env);
  warnFormatMismatch(io, format, out, chooseLang(langs));
  const reads = trackReads(io);
  const loaded = await loadPortfolio(p.positional, reads.io, today, langs);
  return writePortfolio(loaded, { format, out }, io, reads.files);
}

/**
 * A loaded portfolio into OUT or onto stdout, never over a file read (`read`, and the configs).
 * The text is lines for a terminal, escaped always; json, md and html are documents, on stdout
 * what OUT would hold unless stdout is a terminal.
 */
export async function writePortfolio(loaded: LoadedPortfolio, how: { format: string; out: OutputArg }, io: CliIo, read: readonly string[]): Promise<number> {
  const { format, out } = how;
  const { lang } = loaded;
  const write = format === 'text' ? writeOut : writeDocument;
  const wrote = await write(portfolioBody(loaded, format, lang, io), out, io, [...read, ...loaded.configFiles], lang);
  // As cbo report FILE: a script must not take figures from a half-read file for a pass. A
  // config with errors, or a file that could not be read, is 2, as cbo check gives it.
  if (wrote !== 0) return wrote;
  // After the portfolio, as cbo check says them after the findings: the count of the files left
  // out, then why the run exits 2.
  sayNotes(io, [...loaded.leftOut, ...loaded.allIgnored]);
  return loaded.configErrors || loaded.unreadable || loaded.allIgnored.length ? 2 : loaded.readingErrors ? 1 : 0;
}

/**
 * A loaded portfolio in `format` (json, md, html, or the terminal's text), for `cbo portfolio`
 * and `cbo report --portfolio`; what the body leaves out is said on stderr first.
 */
export function portfolioBody(loaded: LoadedPortfolio, format: string, lang: 'en' | 'ko', io: CliIo): string {
  const { portfolio, problems, notes, empty } = loaded;
  sayNotes(io, [...notes, ...emptyNotes(loaded, format, lang)]);
  for (const pr of problems) noteProblem(io, pr);
  // An outcome counted once: on stderr beside the documents, as their problems; the text says it
  // under the figures it changes, once.
  if (format !== 'text') for (const pr of duplicateNotes(portfolio, lang)) noteProblem(io, pr);
  if (format === 'json') return jsonDocument(portfolioJson(portfolio, problems, lang));
  if (format === 'md') return buildPortfolioReport(portfolio, { lang, problems, empty });
  if (format === 'html') return buildPortfolioHtml(portfolio, { lang, problems, empty });
  return portfolioText(portfolio, lang, empty);
}

/** A file or CSV line the figures leave out, on stderr; names and messages escaped (they come from files). */
export function noteProblem(io: CliIo, pr: CsvNote): void {
  io.stderr(`cbo: ${escapeControls(`${pr.file}:${pr.line}: ${pr.message}`)}\n`);
}

function portfolioText(p: Portfolio, lang: 'en' | 'ko', empty: EmptyNamed[]): string {
  const w = REPORT_WORDS[lang];
  const locale = localeFor(lang);
  const pc = (x: number | null) => (x === null ? '–' : formatPercent(Math.round(x * 1000) / 10, locale));
  const out: string[] = [`${w.portfolioTitle} (${w.asOf} ${p.today}): ${w.filesLine(p.files, p.outcomes.length)}`, ''];
  if (!p.outcomes.length) return [...out, ...noneFound({ lang, empty }, escapeControls), ''].join('\n');
  for (const name of RATE_NAMES) {
    const k = p.counts[name];
    const mark = { met: '✓', missed: '✗', none: '–' }[rateState(p.rates[name], RATE_TARGETS[name])];
    out.push(`${mark} ${w.rateNames[name]}: ${pc(p.rates[name])} (${rateCount(w, k, { inBrackets: true })}), ${w.colTargetRate} ${w.above(formatPercent(RATE_TARGETS[name] * 100, locale))}`);
  }
  out.push('', `${w.totals}:`);
  const money = (m: number | undefined, cur: string | undefined) => (m === undefined ? '–' : escapeControls(formatMoney(m, cur, locale)));
  for (const t of p.totals) {
    out.push(`  ${escapeControls(t.key || w.noCurrency)}: ${w.claimed} ${money(t.claimedMinor, t.currency)}, ${w.validated} ${money(t.validatedMinor, t.currency)}, ${w.investment} ${money(t.investmentMinor, t.currency)}, ${w.net} ${money(t.netMinor, t.currency)}, ${w.roiLabel} ${t.roiPercent === undefined ? '–' : formatPercent(t.roiPercent, locale)}, ${w.conservative} ${t.conservativeRoiPercent === undefined ? '–' : formatPercent(t.conservativeRoiPercent, locale)}`);
  }
  if (!p.totals.length) out.push(`  ${w.noValue}`);
  else out.push(`  ${w.basisNote}`);
  out.push('');
  for (const r of p.outcomes) out.push(`${escapeControls(r.file)}:${r.line} ${statusSaid(lang, r.progress, r.status, r.reachedLate)}  ${escapeControls(r.title || w.untitled)}${r.account ? ` [${escapeControls(r.account)}]` : ''}`);
  const counted = duplicateNotes(p, lang);
  if (counted.length) out.push('');
  for (const d of counted) out.push(escapeControls(`${d.file}:${d.line}: ${d.message}`));
  return out.join('\n') + '\n';
}
