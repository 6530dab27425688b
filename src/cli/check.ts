// `cbo check [paths or globs...]`: lint CBO YAML and Markdown plans, print findings as
// text, JSON or SARIF. Exit 0 clean, 1 errors (or too many warnings), 2 usage or I/O.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { MAX_CONFIG_BYTES } from '../core/config';
import { configRefusalWords } from '../node/config-files';
import type { Finding, Severity } from '../core/finding';
import { standsFor } from '../core/finding-cap';
import { kindOf, lint } from '../core/lint';
import { ruleCatalog } from '../core/rules/catalog';
import { chooseLang, flag, formatForOutput, langChoice, parseArgs, todayArg, UsageError } from './args';
import { outputArg, warnFormatMismatch, writeOut } from './output';
import { escapeControls, jsonDocument, sayNotes } from './escape';
import { allIgnoredLine, ignoredFinding, IgnoredFiles, leftOutNote } from './ignored';
import { checkConfig, ConfigFinder, describeProblem, expand, isIgnored, lookAlikeNote, notCboNote, nothingFound, readConfig, type FoundConfig, type PathProblem } from './files';
import { readRegular, reasonIn, type Decoded } from '../node/read-file';
import { noOutcomeMessage, SAYS_WHY_NONE } from '../core/no-outcome-words';
import { repoRoot } from '../node/repo-root';
import { readLinted, type CliIo } from './io';
import { toGitlab } from './gitlab';
import { toSarif, type FileFindings } from './sarif';
import { VERSION } from './version';
import { printHelp, type Help } from './help';

export const CHECK_HELP: Help = {
  en: `Usage: cbo check [paths or globs...] [options]

Checks CBO YAML (*.cbo.yaml, *.cbo.yml) and Markdown plans. A folder means the CBO
YAML and Markdown files under it; with no paths, the current folder. A .yaml or .yml
file named or matched by a glob is checked when it is named *.cbo.yaml or its first
4 KB hold a top-level "cbo: 1", "outcomes:" list, "outcome:" or "metrics:"; any other
(a CI or compose file) is passed over with a note, and exit 2 if nothing was checked.
Files a folder or glob found that .cborc.yaml ignore: leaves out are counted after the
findings; a file named that it leaves out gets a file-ignored warning.

Options:
  --format text|json|sarif|gitlab
                             output format (default text: file:line:col severity ruleId
                             message, then a count of problems and files on stderr, also
                             when there are none; gitlab: the report GitLab reads)
  --max-warnings N           exit 1 when there are more than N warnings
  --today YYYY-MM-DD         the date deadlines are judged against (default: today)
  --lang en|ko               language of messages (default: lang in .cborc.yaml, else from
                             LANG, else en)
  --config FILE              use this .cborc.yaml instead of looking upward from each file
  --quiet                    report errors only (warnings still count for --max-warnings)
  -o, --output OUT           write the findings to OUT instead of stdout (-o x.sarif or
                             x.json alone picks the format); refuses to replace a file
  --force                    with -o, replace OUT if it exists (never a file the command
                             read, nor through a symbolic link)
`,
  ko: `사용법: cbo check [경로나 글롭...] [옵션]

CBO YAML(*.cbo.yaml, *.cbo.yml)과 Markdown 계획을 검사합니다. 폴더를 주면 그 아래의 CBO
YAML과 Markdown 파일을, 경로를 주지 않으면 현재 폴더를 검사합니다. 이름으로 주었거나
글롭에 맞은 .yaml, .yml 파일은 이름이 *.cbo.yaml이거나 처음 4 KB에 최상위 "cbo: 1",
"outcomes:" 목록, "outcome:", "metrics:" 중 하나가 있을 때 검사합니다. 그 밖의 파일(CI나
compose 파일)은 참고 메시지를 남기고 건너뛰며, 검사한 파일이 없으면 종료 코드 2입니다.
폴더나 글롭으로 찾은 파일 중 .cborc.yaml의 ignore:로 뺀 파일은 결과 뒤에 그 수를 알리고,
이름을 준 파일이 ignore:에 걸리면 file-ignored 경고를 냅니다.

옵션:
  --format text|json|sarif|gitlab
                             출력 형식 (기본값 text: 파일:행:열 심각도 규칙ID 메시지,
                             그 뒤 표준 오류에 문제 수와 파일 수. 문제가 없어도 씀.
                             gitlab: GitLab이 읽는 보고서)
  --max-warnings N           경고가 N개보다 많으면 종료 코드 1
  --today YYYY-MM-DD         기한을 판단할 기준 날짜 (기본값: 오늘)
  --lang en|ko               메시지 언어 (기본값: .cborc.yaml의 lang, 없으면 LANG을 따름,
                             아니면 en)
  --config FILE              파일마다 위로 찾아 올라가지 않고 이 .cborc.yaml을 씀
  --quiet                    오류만 보고 (경고는 --max-warnings에 그대로 셈)
  -o, --output OUT           결과를 표준 출력 대신 OUT에 씀 (-o x.sarif나 x.json만으로
                             형식이 정해짐). 이미 있는 파일은 바꾸지 않음
  --force                    -o와 함께: OUT이 이미 있으면 바꿈 (명령이 읽은 파일이나
                             심볼릭 링크 너머의 파일은 바꾸지 않음)
`,
};

export async function runCheck(args: string[], io: CliIo, env: Record<string, string | undefined> = {}): Promise<number> {
  const p = parseArgs(args, { '--format': true, '--max-warnings': true, '--today': true, '--lang': true, '--config': true, '--quiet': false, '-o': true, '--output': true, '--force': false, '--help': false });
  if (p.flags.has('--help')) return printHelp(io, CHECK_HELP, args, env);
  const out = outputArg(p);
  const format = formatForOutput(p, ['text', 'json', 'sarif', 'gitlab'], out.file);
  const today = todayArg(p);
  const langs = langChoice(p, env);
  // Before a .cborc.yaml is read (the config's own problems, paths that cannot be read): --lang, else the system's.
  const lang = chooseLang(langs);
  const maxW = flag(p, '--max-warnings');
  if (maxW !== undefined && !/^\d+$/.test(maxW)) throw new UsageError(`--max-warnings must be a whole number, got "${maxW}"`, `--max-warnings는 0 이상의 정수여야 합니다. 받은 값: "${maxW}"`);
  const quiet = p.flags.has('--quiet');
  warnFormatMismatch(io, format, out, lang);

  const { files, problems, named, lookAlikes, notCbo, walked } = await expand(p.positional, io.cwd);
  // Said on stderr in the text format only: the machine formats stay exactly the findings.
  const notes: string[] = [];
  const finder = new ConfigFinder(lang);
  const explicitConfig = flag(p, '--config');
  const fixed = explicitConfig ? await loadExplicit(explicitConfig, io, lang) : undefined;
  const rel = (file: string) => path.relative(io.cwd, file).split(path.sep).join('/') || path.basename(file);
  const results: FileFindings[] = [];
  let hiddenWarnings = 0;
  let hiddenInfo = 0;
  // Unreadable paths and config problems are findings (valid JSON and SARIF still print) and exit 2.
  let broken = false;
  const unreadable = (pr: PathProblem) => {
    broken = true;
    results.push({ file: rel(pr.file), findings: [unreadableFinding(describeProblem(pr, lang))] });
  };
  for (const pr of problems) unreadable(pr);
  const configsSeen = new Set<string>();
  const noteConfig = (found: FoundConfig) => {
    if (!found.file || configsSeen.has(found.file)) return;
    configsSeen.add(found.file);
    if (found.findings.length) {
      broken = true;
      results.push({ file: rel(found.file), findings: found.findings });
    }
  };
  // The summary speaks the findings' language: --lang, else the first file's (its .cborc.yaml's, else the system's).
  let summaryLang = langs.given;
  const runLang = () => summaryLang ?? lang;
  for (const { file, sign } of lookAlikes) {
    const found = fixed ?? (await finder.forFile(file));
    if (!isIgnored(file, found)) notes.push(lookAlikeNote(rel(file), sign, chooseLang(langs, found.config.lang)));
  }
  // --quiet hides warnings but still counts them for --max-warnings, as ESLint does: a gate
  // of "--quiet --max-warnings 0" must not pass a file with warnings.
  const keep = (file: string, all: Finding[]) => {
    hiddenWarnings += quiet ? counted(all, 'warning') : 0;
    hiddenInfo += quiet ? counted(all, 'info') : 0;
    results.push({ file: rel(file), findings: quiet ? all.filter((f) => f.severity === 'error') : all });
  };
  // The files an `ignore:` pattern left out, with the config and the pattern. Named, a file was
  // meant to be checked: a warning, as ESLint gives, so that neither a person nor a gate takes
  // it for a clean one.
  const ignored = new IgnoredFiles(named, rel);
  const isLeftOut = (file: string, found: FoundConfig): boolean => {
    const by = ignored.leftOut(file, found);
    if (!by) return false;
    if (named.has(file)) keep(file, [ignoredFinding(by, chooseLang(langs, found.config.lang))]);
    return true;
  };
  // Named YAML that is no CBO document, passed over. Said in every format, on stderr (the output
  // stays exactly the findings): the user named the file, and "[]" and exit 0 alone would read as
  // a pass of it.
  const skipped: string[] = [];
  for (const file of notCbo) {
    const found = fixed ?? (await finder.forFile(file));
    if (!isLeftOut(file, found)) skipped.push(notCboNote(rel(file), chooseLang(langs, found.config.lang)));
  }
  for (const file of files) {
    const kind = kindOf(file);
    if (!kind) continue;
    const found = fixed ?? (await finder.forFile(file));
    noteConfig(found);
    if (isLeftOut(file, found)) continue;
    let read: Decoded;
    try {
      read = await readLinted(file, io);
    } catch (e) {
      unreadable({ file, reason: (e as Error).message });
      continue;
    }
    const config = checkConfig(found, today, langs);
    summaryLang ??= config.lang;
    // With the bytes' own � offsets: a � written in the file is no encoding problem (README.md holds one).
    const linted = lint(read.text, kind, config, undefined, read.undecodable ? { undecodable: read.undecodable } : {});
    const findings = linted.findings;
    // A named file with no outcome was checked against nothing, and a new user took "No
    // problems" for a pass. Named only: a folder walk reads every README, and a note on each is noise.
    if (named.has(file) && linted.outcomeCount === 0 && !findings.some((f) => SAYS_WHY_NONE.has(f.ruleId))) notes.push(`${rel(file)}: ${noOutcomeMessage(kind, config.lang)}`);
    keep(file, findings);
  }
  // A folder or a pattern every file of which is ignored (none of them named): nothing was
  // checked there, and the run exits 2 below, as ESLint's "All files matched by … are ignored".
  const allIgnored = ignored.allIgnored(walked);

  const all = results.flatMap((r) => r.findings);
  const errors = counted(all, 'error');
  const shownWarnings = counted(all, 'warning');
  const warnings = shownWarnings + hiddenWarnings;
  let body: string;
  if (format === 'json') body = jsonDocument(results.flatMap((r) => r.findings.map((f) => jsonRow(r.file, f))));
  else if (format === 'gitlab') body = jsonDocument(toGitlab(await fromRepoRoot(results, io.cwd)));
  else if (format === 'sarif') body = jsonDocument(toSarif(await fromRepoRoot(results, io.cwd), ruleCatalog(runLang()), VERSION, runLang()));
  else {
    // File names and messages can hold anything a file does (ESC, newlines): shown escaped, never run by the terminal.
    body = results.flatMap((r) => r.findings.map((f) => `${escapeControls(r.file)}:${f.start.line + 1}:${f.start.character + 1} ${f.severity} ${f.ruleId} ${escapeControls(f.message)}\n`)).join('');
  }
  // Every file the run read is refused as OUT, even with --force: the CBO files and plans, the
  // heads of look-alikes, each .cborc.yaml and team checklist.
  const inputs = [...files, ...notCbo, ...lookAlikes.map((l) => l.file), ...(await finder.filesRead()), ...(fixed?.file ? [fixed.file, ...(fixed.checklistFiles ?? [])] : [])];
  const wrote = await writeOut(body, out, io, inputs, runLang());
  // After the findings, as ESLint prints them: a terminal, or a CI log with 2>&1, shows stdout
  // and stderr in the order written, and the count belongs at the end. An -o that could not be
  // written gets no count: "No problems in 3 files" under "cannot write" reads as a pass.
  sayNotes(io, format === 'text' ? skipped.concat(notes) : skipped);
  // Nothing checked at all is said once, by the exit-2 line below, not by a summary as well.
  const nothingChecked = (!results.length && (skipped.length > 0 || allIgnored.length > 0)) || (!files.length && !problems.length && !notCbo.length);
  // How many files a folder or a glob found that `ignore:` left out: beside the count in the text
  // format, a note of its own in the others (their output stays the findings). "No problems in
  // 1 file" alone passed a gate whose every plan was ignored, as if the README were all there was.
  const left = ignored.walkedLeftOut();
  const leftSaid = left.count && wrote === 0 && !nothingChecked ? leftOutNote(left, runLang()) : '';
  if (format === 'text' && wrote === 0 && !nothingChecked) io.stderr(summaryLine({ all: counted(all), errors, shownWarnings, hiddenWarnings, hiddenInfo, files: results.length, withFindings: results.filter((r) => r.findings.length).length }, runLang()) + (leftSaid ? `; ${leftSaid}` : '') + '\n');
  else if (leftSaid) io.stderr(`cbo: ${leftSaid}\n`);
  if (wrote !== 0) return wrote;
  // Escaped as every note: the folder and the config's path are the user's (a folder named
  // "plans\n::error ..." printed a line a CI log took for a GitHub Actions command).
  sayNotes(io, allIgnored.map((w) => allIgnoredLine(w, runLang())));
  if (broken || allIgnored.length) return 2;
  // Every file named or matched was passed over and nothing was checked: a gate that checks
  // nothing must not pass, as ESLint's "all files matched are ignored" (a CI step naming
  // `docs/*.yml` by mistake stayed green).
  if (!results.length && skipped.length) {
    io.stderr(runLang() === 'ko' ? 'cbo: 검사한 파일이 없습니다. 주어진 파일은 모두 CBO 문서가 아니어서 건너뛰었습니다\n' : 'cbo: nothing was checked: every file given was passed over as no CBO document\n');
    return 2;
  }
  // No file to check at all (a folder or the current one holding no CBO YAML or Markdown file):
  // the same, as ESLint exits 2 when nothing matches (a CI step run in the wrong folder stayed
  // green). A file .cborc.yaml ignores that was named got a warning above (a pre-commit hook
  // names the staged files, and an ignored one passes with it, as with ESLint).
  if (!files.length && !problems.length && !notCbo.length) {
    io.stderr(`cbo: ${nothingFound(runLang(), 'checked', p.positional.length > 0)}\n`);
    return 2;
  }
  if (errors > 0) return 1;
  if (maxW !== undefined && warnings > Number(maxW)) {
    io.stderr(runLang() === 'ko' ? `cbo: 경고 ${warnings}개, --max-warnings ${maxW}보다 많습니다\n` : `cbo: ${warnings} warnings, more than --max-warnings ${maxW}\n`);
    return 1;
  }
  return 0;
}

/**
 * Findings of `severity` (all without it), a summary of findings not listed counted as the
 * findings it stands for: "101 problems" under a file that has 40,000 would undersell it.
 */
function counted(findings: readonly Finding[], severity?: Severity): number {
  let n = 0;
  for (const f of findings) if (!severity || f.severity === severity) n += standsFor(f);
  return n;
}

interface Tally {
  all: number;
  errors: number;
  shownWarnings: number;
  /** What --quiet left out. */
  hiddenWarnings: number;
  hiddenInfo: number;
  files: number;
  withFindings: number;
}

/**
 * The text format's last line, on stderr. A clean run says so too: silence could not be told
 * from a file that was never read (a misnamed one, a folder with nothing in it).
 */
function summaryLine(t: Tally, lang: 'en' | 'ko'): string {
  const ko = lang === 'ko';
  const s = (n: number) => (n === 1 ? '' : 's');
  if (t.files === 0) return ko ? '검사할 CBO YAML이나 Markdown 파일이 없습니다' : 'No CBO YAML or Markdown files to check';
  // What --quiet hid, said in either case: "No problems" would not be true, and "1 problem (1
  // error, 0 warnings, 0 info)" reads as if there were no warnings to fix.
  const hid = hiddenNote(t, ko);
  if (t.all === 0 && hid) return ko ? `오류 없음: 파일 ${t.files}개${hid}` : `No errors in ${t.files} file${s(t.files)}${hid}`;
  if (t.all === 0) return ko ? `문제 없음: 파일 ${t.files}개` : `No problems in ${t.files} file${s(t.files)}`;
  const info = t.all - t.errors - t.shownWarnings;
  if (ko) return `파일 ${t.files}개 중 ${t.withFindings}개에서 문제 ${t.all}개 (오류 ${t.errors}, 경고 ${t.shownWarnings}, 정보 ${info})${hid}`;
  return `${t.all} problem${s(t.all)} (${t.errors} error${s(t.errors)}, ${t.shownWarnings} warning${s(t.shownWarnings)}, ${info} info) in ${t.withFindings} of ${t.files} file${s(t.files)}${hid}`;
}

/** " (--quiet hid 1 warning and 2 info)", naming only what it hid; empty when it hid nothing. */
function hiddenNote(t: Tally, ko: boolean): string {
  const parts = ko
    ? [t.hiddenWarnings ? `경고 ${t.hiddenWarnings}개` : '', t.hiddenInfo ? `정보 ${t.hiddenInfo}개` : '']
    : [t.hiddenWarnings ? `${t.hiddenWarnings} warning${t.hiddenWarnings === 1 ? '' : 's'}` : '', t.hiddenInfo ? `${t.hiddenInfo} info` : ''];
  const said = parts.filter((x) => x !== '');
  if (!said.length) return '';
  return ko ? ` (--quiet로 숨긴 ${said.join(', ')})` : ` (--quiet hid ${said.join(' and ')})`;
}

/** The same results with paths from the git work tree's root, as code scanning and GitLab read them. */
async function fromRepoRoot(results: FileFindings[], cwd: string): Promise<FileFindings[]> {
  const root = await repoRoot(cwd);
  if (root === path.resolve(cwd)) return results;
  return results.map((r) => ({ ...r, file: path.relative(root, path.resolve(cwd, r.file)).split(path.sep).join('/') }));
}

function jsonRow(file: string, f: Finding) {
  return { file, line: f.start.line + 1, column: f.start.character + 1, endLine: f.end.line + 1, endColumn: f.end.character + 1, severity: f.severity, ruleId: f.ruleId, message: f.message };
}

async function loadExplicit(file: string, io: CliIo, lang: 'en' | 'ko'): Promise<FoundConfig> {
  const abs = path.resolve(io.cwd, file);
  // The user named it, so it may be anywhere; but no larger than any .cborc.yaml may be.
  const size = await fs.stat(abs).then((s) => (s.isFile() ? s.size : 0), () => 0);
  if (size > MAX_CONFIG_BYTES) {
    const w = configRefusalWords({ size });
    throw new UsageError(`cannot read config ${escapeControls(file)}: ${w.en}`, `${escapeControls(file)} 설정 파일을 읽을 수 없습니다: ${w.ko}`);
  }
  let text: string;
  try {
    text = await readRegular(abs, io.readFile);
  } catch (e) {
    // The reason in Korean too: "설정 파일 x.yaml을 읽을 수 없습니다: no such file or folder" was half English.
    const why = (e as Error).message;
    throw new UsageError(`cannot read config ${escapeControls(file)}: ${why}`, `${escapeControls(file)} 설정 파일을 읽을 수 없습니다: ${reasonIn(why, 'ko')}`);
  }
  return readConfig(abs, text, lang);
}

function unreadableFinding(text: string): Finding {
  const at0 = { line: 0, character: 0 };
  return { ruleId: 'file-unreadable', severity: 'error', message: text, span: { start: 0, end: 0 }, start: at0, end: at0 };
}
