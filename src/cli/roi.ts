// `cbo roi FILE [--format text|json] [--today YYYY-MM-DD] [--lang en|ko]`: the ROI figures of
// each outcome in a file and of all of them together. Also home of `readCboFile`, the reading
// step `cbo report` shares. Exit 0 when figures were printed, 1 when the file has reading
// problems cbo check reports as errors (YAML syntax, schema: the figures cover only what could
// be read, or there are none), 2 for bad usage, a file that cannot be read or a .cborc.yaml
// with errors (named on stderr, the figures still printed, as cbo check and cbo portfolio do).
import { append, maxOf } from '../core/arrays';
import * as path from 'node:path';
import type { Finding } from '../core/finding';
import { asLintShows } from '../core/lint';
import type { CboDocument, Outcome } from '../core/model';
import { formatMoney, formatPercent, formatTenths, localeFor, minorToDecimal } from '../core/money';
import { parseDocument } from '../core/parse';
import { LineIndex } from '../core/positions';
import { metricProgress, type Progress } from '../core/progress';
import { REPORT_WORDS } from '../core/report-words';
import { computeRoi, hasValue, sumRoi, type RoiFigures, type RoiSummary, type RoiTotal } from '../core/roi';
import { displayWidth as width, fitColumns } from '../core/text/columns';
import { DEFAULT_MAX_FILE_BYTES, type ResolvedConfig } from '../core/config';
import { chooseLang, formatArg, langChoice, parseArgs, todayArg, UsageError, type LangChoice } from './args';
import { escapeControls, jsonDocument, printDocument } from './escape';
import { checkConfig, ConfigFinder, shownPath } from './files';
import { tooLargeWords } from './size-limit';
import { IS_FOLDER, reasonIn } from '../node/read-file';
import { readLinted, type CliIo } from './io';
import { printHelp, type Help } from './help';

/** The JSON's shape, the same lines under both languages' help. */
const ROI_JSON = `  { "version": 1, "file", "today",
    "outcomes": [ { "index", "title", "line", "currency", "minorDigits",
                    <figures>, "investmentParts",
                    "items": [ { "index", "type", "basis", "factors", "count", "perYear",
                    "value", "validated", "assumption", "problem" } ],
                    "progress": { "status", "reason", "expected", "actual", "actualFraction",
                                  "expectedFraction", "latestDate" } | null } ],
    "total": { "outcomes", "currencies", "currency", "minorDigits", <figures> } }`;

export const ROI_HELP: Help = {
  en: `Usage: cbo roi FILE [options]

ROI of each outcome in a CBO YAML file or Markdown plan, and of all of them together.
Value items count per year (payback assumes so); the investment is the total cost.
Outcomes in different currencies are never added: the total then lists the currencies.
Exit 1 when the file has reading problems (YAML syntax, schema) that cbo check reports as
errors (.cborc.yaml's severities apply), named on stderr: the figures then cover only what
could be read. Exit 1 too when not one outcome could be read, whatever the severities, and
for a file over maxFileBytes (not read, as cbo check and cbo portfolio leave it). Exit 2
when the .cborc.yaml that applies has errors (it does not parse, an unknown key): named on
stderr, the figures still printed, as cbo check gives.

Options:
  --format text|json   output format (default text)
  --today YYYY-MM-DD   the date progress is judged on (default: today)
  --lang en|ko         language of the text output (default: lang in .cborc.yaml, else
                       from LANG, else en)

JSON (stable; fields are never removed, absent figures are null):
${ROI_JSON}
  total.outcomes counts the outcomes that state value or cost (the ones summed).
  "count": the people or things a Markdown line's hours or unit price are for ("10 agents ×
  200 hours × $40" is 10; in "factors" after the type's own numbers); null for none.
  "perYear": 12, 52, 4 or 2 for a Markdown figure written per month, week, quarter or half-year
  (counted × it, the last of "factors"); null for a yearly one.
  "investmentParts": { "oneOff", "firstYearRunning" } as money, when the investment is a
  one-off cost and the first year's running cost added ("$60,000 (one-off) and $10,000/year",
  "$20,000/month × 6 months + $10,000 setup"), as cbo report shows it; null otherwise.
  <figures>: "investment", "claimed", "validated", "net", "conservativeNet" as money
  { "minor": integer in the currency's minor unit, "amount": exact decimal string },
  "roiPercent", "conservativeRoiPercent", "paybackMonths", "conservativePaybackMonths"
  (numbers with one decimal), "byType" (money per value type), "issues" (strings).
`,
  ko: `사용법: cbo roi FILE [옵션]

CBO YAML 파일이나 Markdown 계획의 성과별 ROI와 전체 ROI를 보여 줍니다. 가치 항목은
연간 가치로 셉니다(투자 회수 기간도 그렇게 계산합니다). 투자는 총비용입니다. 통화가 다른
성과는 더하지 않으며, 그때 합계 자리에는 통화 목록이 나옵니다.
cbo check가 오류로 보고하는 읽기 문제(YAML 구문, 스키마)가 파일에 있으면 표준 오류에
알리고 종료 코드 1입니다(.cborc.yaml의 심각도를 따름). 이때 수치는 읽을 수 있었던 부분만
다룹니다. 심각도와 상관없이 성과를 하나도 읽지 못했을 때와 maxFileBytes보다 큰 파일도
종료 코드 1입니다(cbo check와 cbo portfolio처럼 읽지 않음). 적용되는 .cborc.yaml에 오류가
있으면(구문 분석 실패, 알 수 없는 키) cbo check처럼 종료 코드 2입니다: 표준 오류에 알리고
수치는 그대로 출력합니다.

옵션:
  --format text|json   출력 형식 (기본값 text)
  --today YYYY-MM-DD   진행 상황을 판단할 날짜 (기본값: 오늘)
  --lang en|ko         text 출력의 언어 (기본값: .cborc.yaml의 lang, 없으면 LANG을
                       따름, 아니면 en)

JSON (안정된 형식: 필드를 없애지 않으며, 없는 수치는 null):
${ROI_JSON}
  total.outcomes는 가치나 비용을 적은 성과, 곧 합산한 성과의 수입니다.
  "count": Markdown 한 줄의 시간이나 단가가 적용되는 사람이나 대상의 수("상담원 10명 ×
  200시간 × $40"이면 10, "factors"에서는 유형 자체의 숫자 뒤). 없으면 null.
  "perYear": 월, 주, 분기 단위로 적은 Markdown 수치면 12, 52, 4(그만큼 곱해 셈, "factors"의
  마지막). 연간 수치면 null.
  "investmentParts": 투자가 일회성 비용과 첫해 유지비의 합일 때 { "oneOff"(일회성),
  "firstYearRunning"(첫해 유지비) } 금액("일회성 6,000만 원, 연간 유지비 1,000만 원",
  "월 2,000만 원 × 6개월 + 구축비 1,000만 원"). cbo report가 보여 주는 그 합. 아니면 null.
  <figures>: "investment"(투자), "claimed"(예상 가치), "validated"(검증 가치), "net"(순가치),
  "conservativeNet"(보수적 순가치)은 금액
  { "minor": 통화의 최소 단위로 센 정수, "amount": 정확한 십진수 문자열 },
  "roiPercent", "conservativeRoiPercent", "paybackMonths"(투자 회수 기간),
  "conservativePaybackMonths"(소수 한 자리 수), "byType"(가치 유형별 금액), "issues"(문자열).
`,
};

export interface ReadFile {
  file: string;
  text: string;
  doc: CboDocument;
  /** The reading problems (YAML syntax, schema; in a plan also unread-value) as `cbo check` shows them: the config's severities, none that is off. */
  problems: Finding[];
  /** maxFileBytes of the config that applies to the file (its CSV measurements have the same limit). */
  maxBytes: number;
  /** The config and team checklist files read for it. */
  configFiles: string[];
  /**
   * The file is over maxFileBytes, and was not parsed (`doc` holds no outcome): a reading
   * problem, exit 1 as cbo check and cbo portfolio give for it, said by `noteProblems`.
   */
  tooLarge?: { size: number; max: number };
  /**
   * The errors of the `.cborc.yaml` that applies (it does not parse, an unknown key), as `cbo
   * check` finds them: said by `noteProblems`, exit 2 as cbo check and cbo portfolio give.
   */
  configErrors: { file: string; line: number; message: string }[];
  /** The config cbo check lints the file with (`cbo report` names the file's errors as cbo check counts them). */
  config: ResolvedConfig;
  /** Offsets of the � that decoding made, for that lint (a literal U+FFFD is no problem). */
  undecodable?: number[];
}

/** Markdown by extension; everything else is read as CBO YAML. */
export function kindOfPath(file: string): 'yaml' | 'markdown' {
  return /\.(md|markdown)$/i.test(file) ? 'markdown' : 'yaml';
}

/**
 * Reads and parses the one FILE argument; a missing or unreadable file is a usage error (exit 2).
 * A file over maxFileBytes is read but not parsed (`tooLarge`): exit 1, as cbo check gives it.
 */
export async function readCboFile(positional: string[], io: CliIo, today: string, command: 'roi' | 'report' = 'roi', langs: LangChoice = { system: 'en' }): Promise<ReadFile> {
  if (positional.length === 0) throw new UsageError(`give the CBO file to read, e.g. cbo ${command} plan.cbo.yaml`, `읽을 CBO 파일을 주세요. 예: cbo ${command} plan.cbo.yaml`);
  // Several CBOs at once is what the portfolio is for: say so, rather than only "one file".
  const across = command === 'roi' ? 'cbo portfolio FOLDER' : 'cbo report --portfolio FOLDER';
  // Names escaped where the message is made (main writes each line of a usage error apart): a
  // newline in a path must not split it, nor start a line a CI log reads as a command.
  const given = positional.map(escapeControls).join(' ');
  if (positional.length > 1) throw new UsageError(`cbo ${command} reads one file, got ${positional.length}: ${given}. For totals across several CBOs: ${across}`, `cbo ${command}는 파일 하나를 읽습니다. 받은 파일 ${positional.length}개: ${given}. 여러 CBO의 합계는: ${across}`);
  const file = positional[0]!;
  const shown = escapeControls(file);
  const abs = path.resolve(io.cwd, file);
  let text: string;
  let undecodable: number[] | undefined;
  try {
    // As cbo check and cbo portfolio read it (readLinted): a literal U+FFFD is no encoding problem.
    ({ text, undecodable } = await readLinted(abs, io));
  } catch (e) {
    const why = (e as Error).message;
    throw new UsageError(`cannot read ${shown}: ${why}${why === IS_FOLDER ? `. For totals across the CBOs in a folder: ${across.replace('FOLDER', shown)}` : ''}`, why === IS_FOLDER ? `${shown} 경로는 폴더입니다. 폴더 안 CBO의 합계는: ${across.replace('FOLDER', shown)}` : `${shown} 파일을 읽을 수 없습니다: ${reasonIn(why, 'ko')}`);
  }
  // What cbo check refuses is refused here too, not read as YAML and reported on.
  if (!/\.(ya?ml|md|markdown)$/i.test(file)) throw new UsageError(`${shown} is not a CBO YAML or Markdown file (*.cbo.yaml, *.cbo.yml, *.yaml, *.md)`, `${shown} 파일은 CBO YAML이나 Markdown 파일(*.cbo.yaml, *.cbo.yml, *.yaml, *.md)이 아닙니다`);
  // The same size limit as cbo check (maxFileBytes of the nearest .cborc.yaml).
  const finder = new ConfigFinder(chooseLang(langs));
  const found = await finder.forFile(abs);
  const configFile = found.file;
  const configErrors = configFile ? found.findings.map((f) => ({ file: shownPath(io.cwd, configFile), line: f.start.line + 1, message: f.message })) : [];
  const max = found.config.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const kind = kindOfPath(file);
  // cbo check's config for the file: its severities, language and team checklists.
  const config = checkConfig(found, today, langs);
  if (text.length > max) return { file, text: '', doc: { kind, outcomes: [] }, problems: [], maxBytes: max, configFiles: await finder.filesRead(), tooLarge: { size: text.length, max }, configErrors, config };
  const { doc, findings } = parseDocument(text, kind, 'en', today);
  // The team's severities, as cbo check applies them: `schema: off` in .cborc.yaml made roi fail a file check passed.
  const problems = asLintShows(text, findings, kind, config);
  return { file, text, doc, problems, maxBytes: max, configFiles: await finder.filesRead(), configErrors, config, ...(undecodable ? { undecodable } : {}) };
}

/**
 * A note on stderr when the file had problems, so figures from a half-read file are not taken as
 * whole; when not one outcome could be read, it says there are no figures at all (an ROI run on
 * a file with a tab in its indentation said "No outcomes were found in this file." and passed).
 */
export function noteProblems(r: ReadFile, io: CliIo, lang: 'en' | 'ko', command: 'roi' | 'report' = 'roi'): void {
  // As cbo portfolio names them (a config that does not parse applied nothing of itself).
  for (const c of r.configErrors) io.stderr(`cbo: ${escapeControls(`${c.file}:${c.line}: ${c.message}`)}\n`);
  if (r.tooLarge) {
    const w = tooLargeWords(r.file, r.tooLarge.size, r.tooLarge.max);
    const none = lang === 'ko' ? (command === 'report' ? '보고서를 쓰지 않았습니다' : '수치가 없습니다') : command === 'report' ? 'no report was written' : 'there are no figures';
    io.stderr(`cbo: ${escapeControls(w[lang])}${lang === 'ko' ? '. ' : '; '}${none}\n`);
    return;
  }
  if (r.problems.length === 0) return;
  const n = r.problems.length;
  const file = escapeControls(r.file);
  const none = nothingRead(r);
  const report = command === 'report';
  // Only reading problems (YAML syntax, schema) are counted here; cbo check also runs every rule.
  // A plan's reader also names what it did not read (a second Baseline line, a reading with no date).
  const plan = r.doc.kind === 'markdown';
  if (lang === 'ko') io.stderr(`cbo: ${file}에 읽기 문제(${plan ? 'YAML 구문, 스키마, 읽지 않은 값' : 'YAML 구문이나 스키마'})가 ${n}개 있습니다. ${none ? `읽을 수 있는 성과가 하나도 없어 ${report ? '보고서를 쓰지 않았습니다' : '수치가 없습니다'}` : `${report ? '보고서는' : '수치는'} 읽을 수 있었던 부분만 다룹니다`}. 모든 문제는 "cbo check ${file}"로 보세요.\n`);
  else io.stderr(`cbo: ${file} has ${n} reading problem${n === 1 ? '' : 's'} (${plan ? 'YAML syntax, schema or a value not read' : 'YAML syntax or schema'}); ${none ? `no outcome could be read, so ${report ? 'no report was written' : 'there are no figures'}` : `the ${report ? 'report covers' : 'figures cover'} what could be read`}. Run "cbo check ${file}" for every finding.\n`);
}

/** Not one outcome, and reading problems to say why: "no outcomes were found" would contradict them. */
export function nothingRead(r: ReadFile): boolean {
  return r.tooLarge !== undefined || (r.doc.outcomes.length === 0 && r.problems.length > 0);
}

export async function runRoi(args: string[], io: CliIo, env: Record<string, string | undefined> = {}): Promise<number> {
  const p = parseArgs(args, { '--format': true, '--today': true, '--lang': true, '--help': false });
  if (p.flags.has('--help')) return printHelp(io, ROI_HELP, args, env);
  const format = formatArg(p, ['text', 'json']);
  const today = todayArg(p);
  const r = await readCboFile(p.positional, io, today, 'roi', langChoice(p, env));
  // --lang, else the file's .cborc.yaml, else the system's: the language its findings take.
  const lang = r.config.lang;
  noteProblems(r, io, lang);
  const lines = new LineIndex(r.text);
  const rows = r.doc.outcomes.map((o) => ({ o, roi: computeRoi(o.value), counts: hasValue(o) }));
  const total = sumRoi(rows.filter((x) => x.counts).map((x) => x.roi));
  if (format === 'json') {
    const outcomes = rows.map(({ o, roi }) => ({
      index: o.index,
      title: o.title?.value ?? null,
      line: lines.position(o.span.start).line + 1,
      currency: roi.currency ?? null,
      minorDigits: roi.minorDigits,
      ...figuresJson(roi),
      // The sum the report shows ("one-off $60,000.00 + first year's running cost $10,000.00").
      investmentParts: roi.investmentParts ? { oneOff: moneyJson(roi.investmentParts.oneOffMinor, roi.currency), firstYearRunning: moneyJson(roi.investmentParts.runningMinor, roi.currency) } : null,
      items: roi.items.map((it) => ({
        index: it.index,
        type: it.type ?? it.typeText ?? null,
        basis: it.basis ?? null,
        factors: it.factors,
        count: it.count ?? null,
        perYear: it.perYear ?? null,
        value: moneyJson(it.counted ? it.minor : undefined, roi.currency),
        validated: it.validated,
        assumption: it.assumption ?? null,
        problem: it.problem ?? null,
      })),
      progress: progressJson(o, today),
    }));
    const json = {
      version: 1,
      file: r.file,
      today,
      outcomes,
      total: { outcomes: total.outcomes, currencies: total.currencies, currency: total.currency ?? null, minorDigits: total.minorDigits, ...figuresJson(total) },
    };
    // The same bytes on a terminal, in a pipe or a file: controls in strings escaped (jsonDocument).
    printDocument(io, jsonDocument(json));
    return exitCode(r);
  }
  // An empty table with a row of dashes reads as a bug; say what was (not) found instead. A file
  // that could not be read at all has said so on stderr: "no outcomes found" would contradict it.
  if (rows.length) io.stdout(textTable(rows, total, lang));
  else if (!nothingRead(r)) io.stdout(`${REPORT_WORDS[lang].noOutcomes}\n`);
  return exitCode(r);
}

/**
 * 1 when the file has reading problems that cbo check reports as errors (exit 1 there too), so
 * a script does not take figures from a half-read file, or none, for a pass. One the config made
 * a warning or info is said on stderr and passes, as in cbo check, unless nothing could be read.
 */
export function exitCode(r: ReadFile): number {
  // A broken .cborc.yaml is 2, as cbo check gives it: the team's settings were not all applied.
  if (r.configErrors.length) return 2;
  // Nothing read fails even when the team made the problems warnings: no figures and no report
  // are not a success a script should go on from (`cbo report x -o r.md && upload r.md`).
  return nothingRead(r) || r.problems.some((f) => f.severity === 'error') ? 1 : 0;
}

function moneyJson(minor: number | undefined, currency: string | undefined): { minor: number; amount: string } | null {
  return minor === undefined ? null : { minor, amount: minorToDecimal(minor, currency) };
}

function figuresJson(f: RoiFigures | RoiTotal) {
  const cur = f.currency;
  const byType = f.byType ? Object.fromEntries(Object.entries(f.byType).map(([t, v]) => [t, moneyJson(v, cur)])) : null;
  return {
    investment: moneyJson(f.investmentMinor, cur),
    claimed: moneyJson(f.claimedMinor, cur),
    validated: moneyJson(f.validatedMinor, cur),
    net: moneyJson(f.netMinor, cur),
    conservativeNet: moneyJson(f.conservativeNetMinor, cur),
    roiPercent: f.roiPercent ?? null,
    conservativeRoiPercent: f.conservativeRoiPercent ?? null,
    paybackMonths: f.paybackMonths ?? null,
    conservativePaybackMonths: f.conservativePaybackMonths ?? null,
    byType,
    issues: f.issues,
  };
}

function progressJson(o: Outcome, today: string) {
  const m = o.metrics?.primary;
  if (!m) return null;
  const p: Progress = metricProgress(m, today);
  return {
    status: p.status,
    reason: p.reason ?? null,
    expected: p.expected ?? null,
    actual: p.actual ?? null,
    actualFraction: p.actualFraction ?? null,
    expectedFraction: p.expectedFraction ?? null,
    latestDate: p.latest?.date ?? null,
  };
}

const HEAD = {
  en: ['#', 'Outcome', 'Investment', 'Claimed', 'Validated', 'Net', 'ROI', 'Cons. ROI', 'Payback'],
  ko: ['#', '성과', '투자', '예상 가치', '검증 가치', '순가치', 'ROI', '보수적 ROI', '회수 기간'],
};

const NOTES: Record<string, { en: string; ko: string }> = {
  'no-investment': { en: 'no investment: ROI not computed', ko: '투자 없음: ROI 계산 안 함' },
  'zero-investment': { en: 'investment is 0: ROI not computed', ko: '투자 0: ROI 계산 안 함' },
  'negative-investment': { en: 'negative investment ignored', ko: '음수 투자는 무시함' },
  'no-currency': { en: 'no currency given, so its amounts are plain numbers', ko: '통화가 없어 금액을 숫자로만 표시함' },
  'uncounted-items': { en: 'some items could not be valued and count as 0', ko: '계산할 수 없는 항목은 0으로 셈' },
  'mixed-currencies': { en: 'different currencies: no total', ko: '통화가 달라 합계 없음' },
  'investment-missing-for-some': { en: 'some outcomes have no investment: no total ROI', ko: '투자가 없는 성과가 있어 전체 ROI 없음' },
  // Too large to count exactly (roi.ts refuses rather than rounds): said, not shown as a bare dash.
  'investment-too-large': { en: 'investment too large to compute with exactly: ROI not computed', ko: '투자가 너무 커서 정확히 계산할 수 없음: ROI 계산 안 함' },
  'item-too-large': { en: 'an amount too large to count exactly counts as 0', ko: '정확히 셀 수 없을 만큼 큰 금액은 0으로 셈' },
  'total-too-large': { en: 'the sums are too large to add exactly: no total', ko: '합계가 너무 커서 정확히 더할 수 없음: 합계 없음' },
};
const TOTAL_NOTES = ['mixed-currencies', 'investment-missing-for-some', 'investment-too-large', 'total-too-large'];

function textTable(rows: { o: Outcome; roi: RoiSummary; counts: boolean }[], total: RoiTotal, lang: 'en' | 'ko'): string {
  const locale = localeFor(lang);
  // The currency is the file's text: escaped before the columns are measured.
  const money = (m: number | undefined, cur: string | undefined) => (m === undefined ? '–' : escapeControls(formatMoney(m, cur, locale)));
  const pct = (x: number | undefined) => (x === undefined ? '–' : formatPercent(x, locale));
  // The report's and the canvas's words and figure: "9.6 months", "4.0 months" (this said "4 mo").
  const mo = (x: number | undefined) => (x === undefined ? '–' : REPORT_WORDS[lang].months(formatTenths(x, locale)));
  const figures = (f: RoiFigures | RoiTotal) => [money(f.investmentMinor, f.currency), money(f.claimedMinor, f.currency), money(f.validatedMinor, f.currency), money(f.netMinor, f.currency), pct(f.roiPercent), pct(f.conservativeRoiPercent), mo(f.paybackMonths)];
  const table: string[][] = [HEAD[lang]];
  /** [what it is about, what it says] */
  const notes: [string, string][] = [];
  const none = HEAD[lang].slice(2).map(() => '–');
  for (const { o, roi, counts } of rows) {
    const title = (o.title?.value ?? '').replace(/\s+/g, ' ').trim();
    // An outcome that states no value or cost gets dashes, not a misleading 0.00. The title is
    // escaped before it is measured (an ESC shown as \u001b takes six columns) and cut between
    // graphemes at 40 columns, so an emoji is never split into U+FFFD.
    table.push([String(o.index + 1), title ? fitColumns(title, 40, escapeControls) : REPORT_WORDS[lang].untitled, ...(counts ? figures(roi) : none)]);
    if (!counts) continue;
    // "outcome 1", not "1": a bare number after "note" read as a footnote's.
    const which = lang === 'ko' ? `성과 ${o.index + 1}` : `outcome ${o.index + 1}`;
    for (const i of roi.issues) if (NOTES[i]) notes.push([which, NOTES[i]![lang]]);
    if (roi.items.some((it) => it.problem === 'too-large')) notes.push([which, NOTES['item-too-large']![lang]]);
  }
  const totalLabel = lang === 'ko' ? '합계' : 'Total';
  if (total.issues.includes('mixed-currencies')) table.push(['', totalLabel, `(${total.currencies.map((c) => (c ? escapeControls(c) : REPORT_WORDS[lang].currencyMissing)).join(', ')})`, '', '', '', '', '', '']);
  else table.push(['', totalLabel, ...(total.outcomes ? figures(total) : none)]);
  for (const i of total.issues) if (NOTES[i] && TOTAL_NOTES.includes(i)) notes.push([lang === 'ko' ? '합계' : 'the total', NOTES[i]![lang]]);
  const widths = table[0]!.map((_, c) => maxOf(table.map((r) => width(r[c] ?? '')), 0));
  const pad = (s: string, c: number) => (c <= 1 ? s + ' '.repeat(widths[c]! - width(s)) : ' '.repeat(widths[c]! - width(s)) + s);
  const out = table.map((r) => r.map(pad).join('  ').trimEnd());
  out.push('', lang === 'ko' ? '투자 회수 기간은 가치 항목을 연간 가치로 보고 계산합니다.' : 'Payback assumes every value item is a yearly value.');
  if (notes.length) append(out, notes.map(([which, text]) => (lang === 'ko' ? `참고(${which}): ${text}` : `note on ${which}: ${text}`)));
  return out.join('\n') + '\n';
}
