// Where `cbo check`, `cbo report` and `cbo portfolio` put what they write: `-o OUT [--force]`, or stdout.
// OUT is never a file the command read, and never written through a symbolic link: with
// --force, "-o pf/plan.md" and a link to the CBO file replaced the input they were made from.
import { constants as fsConstants, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { extensionOf, flag, formatNamedBy, UsageError, type ParsedArgs } from './args';
import { shownPath } from './files';
import { escapeControls, printDocument } from './escape';
import type { CliIo } from './io';
import { makeFolders } from '../node/make-folders';
import { reasonIn, why } from '../node/read-file';
import { josa } from '../core/text/josa';

export interface OutputArg {
  file?: string;
  force: boolean;
}

export function outputArg(p: ParsedArgs): OutputArg {
  const written = flag(p, '-o') ?? flag(p, '--output');
  // "-o -" is standard output, as for most tools.
  const file = written === '-' ? undefined : written;
  if (file === '') throw new UsageError('-o needs a file name', '-o에 파일 이름이 필요합니다');
  const force = p.flags.has('--force');
  if (force && file === undefined) throw new UsageError('--force only applies with -o OUT', '--force는 -o OUT과 함께만 쓸 수 있습니다');
  return file === undefined ? { force } : { file, force };
}

const GITLAB_REPORT = 'gl-code-quality-report.json';

/**
 * Extensions of formats no command writes (documents, spreadsheets, images, YAML): "-o r.pdf"
 * got Markdown in a file a PDF reader then called broken. A plain .txt or .log is left alone:
 * text is what the text formats are.
 */
const NOT_WRITTEN = new Set(['pdf', 'doc', 'docx', 'odt', 'rtf', 'epub', 'ppt', 'pptx', 'odp', 'xls', 'xlsx', 'ods', 'csv', 'tsv', 'xml', 'yaml', 'yml', 'png', 'jpg', 'jpeg', 'gif', 'svg', 'webp']);

/** The warning for "-o r.pdf": the file still gets `format`, as ESLint writes whatever -o is called. */
function notWrittenWarning(file: string, ext: string, format: string, lang: 'en' | 'ko'): string {
  // The HTML report is made to print: the way to the PDF that was asked for.
  const pdf = ext === 'pdf' && (format === 'md' || format === 'html');
  // With --format html given, "write --format html" asked for what was done: only the printing is left.
  const ko = format === 'html' ? ' (PDF가 필요하면 이 HTML 파일을 브라우저에서 PDF로 인쇄하세요)' : ' (PDF가 필요하면 --format html로 쓴 파일을 브라우저에서 PDF로 인쇄하세요)';
  const en = format === 'html' ? ' (for a PDF, print the HTML file to PDF from a browser)' : ' (for a PDF, write --format html and print it to PDF from a browser)';
  if (lang === 'ko') return `cbo: 경고: -o ${file} 이름은 .${ext} 파일을 뜻하지만 cbo는 그 형식을 쓰지 않습니다. --format ${format}${josa(format, '으로')} 씁니다${pdf ? ko : ''}\n`;
  return `cbo: warning: -o ${file} is named as a .${ext} file, a format cbo does not write; --format ${format} is what is written to it${pdf ? en : ''}\n`;
}

/**
 * One line on stderr when --format names another format than -o's extension ("--format json
 * -o o.sarif"): the file gets what --format says, as ESLint writes it, but a JSON file called
 * .sarif that code scanning then rejects should not come as a surprise.
 */
export function warnFormatMismatch(io: CliIo, format: string, out: OutputArg, lang: 'en' | 'ko'): void {
  // The name as one field of the line: a newline in it would start a line of its own (a CI log reads "::error" there as a command).
  const file = out.file === undefined ? undefined : escapeControls(out.file);
  // GitLab's code-quality report by its usual name, written as our JSON list: the widget shows nothing.
  if (format === 'json' && out.file !== undefined && path.basename(out.file) === GITLAB_REPORT) {
    io.stderr(lang === 'ko' ? `cbo: 경고: -o ${file} 이름은 GitLab 코드 품질 보고서를 뜻하지만 --format json으로 씁니다. GitLab이 읽는 형식은 --format gitlab입니다\n` : `cbo: warning: -o ${file} is GitLab's code-quality report, but --format json is written to it; GitLab reads --format gitlab\n`);
    return;
  }
  const named = formatNamedBy(out.file);
  const ext = extensionOf(out.file);
  if (named === undefined && ext !== undefined && NOT_WRITTEN.has(ext)) {
    io.stderr(notWrittenWarning(file!, ext, format, lang));
    return;
  }
  if (named === undefined || named === format) return;
  // SARIF and GitLab's code quality report are JSON: gl-code-quality-report.json is their name.
  if (named === 'json' && (format === 'sarif' || format === 'gitlab')) return;
  io.stderr(lang === 'ko' ? `cbo: 경고: -o ${file} 이름은 ${named} 파일을 뜻하지만 --format ${format}${josa(format, '으로')} 씁니다\n` : `cbo: warning: -o ${file} is named as ${named}, but --format ${format} is what is written to it\n`);
}

/** A message in both languages, for a usage error or a line on stderr. */
export interface Why {
  en: string;
  ko: string;
}

const linkWhy = (file: string): Why => ({
  en: `-o ${file} is a symbolic link; cbo does not write through links (that would replace the file it leads to). Remove the link or choose another file.`,
  ko: `-o ${file} 경로는 심볼릭 링크입니다. cbo는 링크를 거쳐 쓰지 않습니다(링크가 가리키는 파일이 바뀝니다). 링크를 지우거나 다른 파일을 고르세요.`,
});

const existsWhy = (file: string): Why => ({
  en: `${file} already exists; add --force to replace it, or choose another -o file.`,
  ko: `${file} 파일이 이미 있습니다. 바꾸려면 --force를 붙이거나 다른 -o 파일을 고르세요.`,
});

/** Why `target` (-o `file`) is no file to write: a folder, a symbolic link, a FIFO, socket or device. */
async function targetProblem(file: string, target: string): Promise<Why | undefined> {
  // A folder that exists, or "-o reports/" (which would otherwise write a file called reports).
  if (/[\\/]$/.test(file) || (await fs.stat(target).catch(() => undefined))?.isDirectory()) {
    const example = path.join(file, 'report.md');
    return { en: `-o ${file} is a folder; give a file name, e.g. -o ${example}.`, ko: `-o ${file} 경로는 폴더입니다. 파일 이름을 주세요. 예: -o ${example}` };
  }
  if ((await fs.lstat(target).catch(() => undefined))?.isSymbolicLink()) return linkWhy(file);
  // A FIFO would make the write wait for a reader forever (O_EXCL alone refuses it only without --force).
  const there = await fs.stat(target).catch(() => undefined);
  if (there && !there.isFile()) return { en: `-o ${file} is not a regular file (a FIFO, socket or device); choose another file.`, ko: `-o ${file} 경로는 일반 파일이 아닙니다(FIFO, 소켓, 장치). 다른 파일을 고르세요.` };
  return undefined;
}

/**
 * Whether a file can be made at `target`: the nearest of its folders that exists (writeOut makes
 * the rest) must be a folder cbo may write in. `shown` names the file in the message.
 */
export async function folderProblem(shown: string, target: string): Promise<Why | undefined> {
  let dir = path.dirname(target);
  for (;;) {
    const st = await fs.stat(dir).catch(() => undefined);
    if (st && !st.isDirectory()) return { en: `cannot write ${shown}: a file stands where a folder would be`, ko: `${shown} 파일을 쓸 수 없습니다: 폴더 자리에 파일이 있습니다` };
    if (st || path.dirname(dir) === dir) break;
    dir = path.dirname(dir);
  }
  try {
    await fs.access(dir, fsConstants.W_OK);
    return undefined;
  } catch (e) {
    const reason = why(e);
    return { en: `cannot write ${shown}: ${reason} in the folder ${dir}`, ko: `${shown} 파일을 쓸 수 없습니다: 폴더 ${dir}에 ${reasonIn(reason, 'ko')}` };
  }
}

/**
 * Why -o OUT cannot be written, as far as can be told before writing: what writeOut refuses
 * (a folder, a link, a FIFO), a file already there without --force, a folder cbo may not write
 * in. `cbo new` asks before its first question, so no typed answer is lost to a bad -o.
 */
export async function outputProblem(file: string, force: boolean, cwd: string): Promise<Why | undefined> {
  const target = path.resolve(cwd, file);
  const problem = await targetProblem(file, target);
  if (problem) return problem;
  if (!force && (await fs.lstat(target).catch(() => undefined))) return existsWhy(file);
  return folderProblem(file, target);
}

/** The first of `inputs` that is the same file as `target` (its real path, or a hard link to it), if any. */
async function inputAt(target: string, inputs: readonly string[]): Promise<string | undefined> {
  const t = await fs.stat(target, { bigint: true }).catch(() => undefined);
  if (!t) return undefined;
  for (const f of new Set(inputs)) {
    const s = await fs.stat(f, { bigint: true }).catch(() => undefined);
    if (s && s.dev === t.dev && s.ino === t.ino && s.ino !== 0n) return f;
    // Where the file system gives no inode numbers, the real paths.
    if (s && s.ino === 0n && (await fs.realpath(f).catch(() => f)) === (await fs.realpath(target).catch(() => target))) return f;
  }
  return undefined;
}

/**
 * stdout, or OUT created in one step (O_EXCL), so an existing file is never replaced unasked;
 * never a file the command read (`inputs`: the CBO files, plans, CSVs, configs), not even with
 * --force; never through a symbolic link (it would replace the file the link leads to); never a
 * folder. On stdout, text escaped as always (findings); a document goes through `writeDocument`.
 */
export function writeOut(body: string, out: OutputArg, io: CliIo, inputs: readonly string[], lang: 'en' | 'ko' = 'en'): Promise<number> {
  return writeTo(body, out, io, { inputs, lang, print: (s) => io.stdout(s) });
}

/**
 * As `writeOut`, for a document (a report, a portfolio, a new CBO): on stdout it is what OUT
 * would hold when stdout is a file or a pipe, escaped only on a terminal (`printDocument`).
 */
export function writeDocument(body: string, out: OutputArg, io: CliIo, inputs: readonly string[], lang: 'en' | 'ko' = 'en'): Promise<number> {
  return writeTo(body, out, io, { inputs, lang, print: (s) => printDocument(io, s) });
}

async function writeTo(body: string, out: OutputArg, io: CliIo, how: { inputs: readonly string[]; lang: 'en' | 'ko'; print: (s: string) => void }): Promise<number> {
  const { inputs, lang } = how;
  if (out.file === undefined) {
    how.print(body);
    return 0;
  }
  const ko = lang === 'ko';
  // Each says -o's name (and a folder of it): escaped as one field, so a newline in it starts no line of its own.
  const say = (en: string, k: string) => io.stderr(`cbo: ${escapeControls(ko ? k : en)}\n`);
  const target = path.resolve(io.cwd, out.file);
  const problem = await targetProblem(out.file, target);
  if (problem) {
    say(problem.en, problem.ko);
    return 2;
  }
  const input = await inputAt(target, inputs);
  if (input !== undefined) {
    // Named when -o reaches it by another name (a hard link, a linked folder).
    const shown = shownPath(io.cwd, input);
    const also = shown === shownPath(io.cwd, target) ? '' : ` (${shown})`;
    say(`-o ${out.file} is a source file this command reads${also}; choose another file for the output (not even --force replaces one).`, `-o ${out.file} 경로는 이 명령이 읽는 원본 파일입니다${also}. 출력에는 다른 파일을 고르세요(--force로도 바꾸지 않습니다).`);
    return 2;
  }
  // A folder that is not there yet is made, as ESLint's --output-file does (CI writes reports/x);
  // apart from the write, so a file in the way is not taken for the report already existing.
  const dir = path.dirname(target);
  const failed = await makeFolders(dir);
  if (failed) {
    // The folder as -o wrote it ("reports/2026", "/proc/nope"), not resolved against cwd.
    const shown = path.join(path.dirname(out.file), path.relative(dir, failed.at));
    if ('notAFolder' in failed) say(`cannot write ${out.file}: a file stands where the folder ${shown} would be`, `${out.file} 파일을 쓸 수 없습니다: 폴더 ${shown} 자리에 파일이 있습니다`);
    else {
      const reason = why(failed.error);
      say(`cannot write ${out.file}: the folder ${shown} cannot be made (${reason})`, `${out.file} 파일을 쓸 수 없습니다: ${shown} 폴더를 만들 수 없습니다(${reasonIn(reason, 'ko')})`);
    }
    return 2;
  }
  // O_NOFOLLOW (where the system has it): a link made between the check above and the write is refused too.
  const { O_WRONLY, O_CREAT, O_TRUNC, O_EXCL } = fsConstants;
  const noFollow = (fsConstants as { O_NOFOLLOW?: number }).O_NOFOLLOW ?? 0;
  try {
    await fs.writeFile(target, body, { encoding: 'utf8', flag: O_WRONLY | O_CREAT | (out.force ? O_TRUNC : O_EXCL) | noFollow });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') say(`-o ${out.file} is a folder; give a file name.`, `-o ${out.file} 경로는 폴더입니다. 파일 이름을 주세요.`);
    else if (code === 'EEXIST') say(existsWhy(out.file).en, existsWhy(out.file).ko);
    else if (code === 'ELOOP') say(linkWhy(out.file).en, linkWhy(out.file).ko);
    else say(`cannot write ${out.file}: ${why(e)}`, `${out.file} 파일을 쓸 수 없습니다: ${reasonIn(why(e), 'ko')}`);
    return 2;
  }
  say(`wrote ${out.file}`, `${out.file}에 저장했습니다`);
  return 0;
}
