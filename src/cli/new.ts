// `cbo new [--markdown] [-o FILE [--force]] [--lang en|ko] [--today YYYY-MM-DD]`: the guided
// first CBO of the editor's "CBO: New CBO (Guided)" on the command line. The same questions
// (src/core/guided-questions.ts), in the same order, each answer judged by the same
// `judgeStep`: an error asks again, a warning is kept only when the user confirms it, a note
// is shown. The conversation is on stderr, the result on stdout (the new file's name, or the
// text with --markdown or -o -), so `f=$(printf '...' | cbo new)` works. Nothing is written
// before the last answer: Ctrl+C exits 130, input that ends early exits 1.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { reasonIn, why } from '../node/read-file';
import { resolveConfig, type ResolvedConfig } from '../core/config';
import { fileSlug } from '../core/file-slug';
import { answersLang, categoryNames, GUIDED_STEPS, guidedCategory, guidedMarkdown, guidedYaml, judgeStep, type GuidedAnswers, type GuidedStep } from '../core/guided';
import { GUIDED_CATEGORIES, guidedQuestions } from '../core/guided-questions';
import type { Category } from '../core/model';
import { answerLines, type AnswerLines, type End } from './answer-lines';
import { chooseLang, formatNamedBy, langChoice, parseArgs, todayArg, UsageError } from './args';
import { escapeControls, printDocument } from './escape';
import { ConfigFinder, shownPath } from './files';
import type { CliIo } from './io';
import { printHelp, type Help } from './help';
import { folderProblem, outputArg, outputProblem, writeDocument } from './output';
import { ACCOUNTS_LISTED } from '../core/guided-account';
import { folderAccounts } from './new-accounts';

export const NEW_HELP: Help = {
  en: `Usage: cbo new [options]

A first CBO, asked step by step as the editor's "CBO: New CBO (Guided)" asks it: account
(the customer), current, future, barriers, solutions, the outcome (whose behaviour changes),
hypothesis, primary metric, baseline, target and deadline, category, value, investment. Each
answer is judged by the same rules: an error asks again (a deadline before today too); a
warning is shown and the answer kept only when you confirm it (Enter on an empty line, or on
the same answer); anything else replaces it. An answer longer than 2,000 characters is
refused. On a terminal a refused answer is typed back for editing, so Enter alone confirms a
warning.

The account step lists up to five accounts the CBO files under the current folder already
name (most used first), to pick by number or type; an empty answer leaves the account out,
and the note says what that costs in the portfolio.

On a terminal it asks interactively. Otherwise it reads one answer a line from standard
input, a blank line for an empty answer (account, value, investment) and for keeping an
answer after a warning:
  printf '%s\\n' "Northwind Retail" "Analysts wait ..." ... "" "" | cbo new
The questions, the judge's messages and the lines read go to stderr; stdout gets only the
result, so a script can take the file name from it.

Writes <outcome>.cbo.yaml in the current folder, named from the outcome (-2, -3, ... when
the name is taken: never overwrites), and prints its name. The template's language follows
the answers (a Korean outcome gets Korean labels).

Options:
  --markdown           the framework's Markdown template section instead of YAML, on
                       stdout (append it to a plan: cbo new --markdown >> plan.md)
  -o, --output FILE    write to FILE instead (-o - prints it; refuses to replace a file);
                       -o x.md writes the Markdown section, as --markdown does, and
                       --markdown with a .yaml or .yml FILE is refused, as is a
                       .json, .html or .sarif FILE
  --force              with -o, replace FILE if it exists
  --today YYYY-MM-DD   the date deadlines are judged against (default: today)
  --lang en|ko         language of the questions and messages (default: lang in
                       .cborc.yaml, else from LANG, else en)

Exit codes: 0 written, 1 the input ended before the last answer, 2 bad usage, a file that
cannot be written or input that cannot be read (not UTF-8, a folder), 130 cancelled with
Ctrl+C. Nothing is written unless every step is answered.
A target that cannot be written (a folder, a link, a FIFO, a folder without write permission)
is refused before the first question; a write that still fails prints the text on stdout.
`,
  ko: `사용법: cbo new [옵션]

편집기의 "CBO: 새 CBO (단계별 안내)"처럼 첫 CBO를 한 단계씩 묻습니다: 고객사, 현재, 미래,
장애물, 해결방안, 성과(누구의 행동이 바뀌는가), 가설, 핵심 지표, 기준값, 목표값과 기한,
범주, 가치, 투자. 답마다 같은 규칙으로 판단합니다: 오류면 다시 묻고(오늘 이전의 기한도),
경고면 알린 뒤 확인할 때만(빈 줄에서 Enter, 또는 같은 답) 그 답을 둡니다. 다른 답을
입력하면 그 답으로 바꿉니다. 2,000자보다 긴 답은 받지 않습니다. 터미널에서는 받지 않은
답을 다시 넣어 주어 고칠 수 있으므로, Enter만 누르면 경고를 확인합니다.

고객사 단계에서는 현재 폴더 아래의 CBO 파일에 이미 적힌 고객사를 많이 쓴 순으로 다섯
개까지 보여 주며, 번호로 고르거나 직접 입력합니다. 비워 두면 고객사를 빼고, 포트폴리오에서
무엇을 잃는지 참고로 알립니다.

터미널에서는 대화형으로 묻습니다. 그 밖에는 표준 입력에서 한 줄에 답 하나를 읽으며, 빈
답(고객사, 가치, 투자)과 경고 뒤에 답을 그대로 둘 때는 빈 줄을 줍니다:
  printf '%s\\n' "한빛리테일" "분석가가 ..." ... "" "" | cbo new
질문, 판단 메시지, 읽은 줄은 표준 오류로 가고 표준 출력에는 결과만 나오므로, 스크립트가
파일 이름을 받아 쓸 수 있습니다.

현재 폴더에 성과에서 이름을 딴 <성과>.cbo.yaml을 쓰고(이름이 이미 있으면 -2, -3, ...을
붙임. 덮어쓰지 않음) 그 이름을 출력합니다. 템플릿의 언어는 답을 따릅니다(한국어로 쓴
성과에는 한국어 레이블).

옵션:
  --markdown           YAML 대신 프레임워크의 Markdown 템플릿 절을 표준 출력에 씀
                       (계획에 덧붙이기: cbo new --markdown >> plan.md)
  -o, --output FILE    <성과>.cbo.yaml 대신 FILE에 씀 (-o -이면 출력. 이미 있는 파일은
                       바꾸지 않음).
                       -o x.md는 --markdown처럼 Markdown 절을 쓰며, --markdown과
                       .yaml이나 .yml FILE을 함께 주거나 .json, .html, .sarif FILE을
                       주면 거부함
  --force              -o와 함께: FILE이 이미 있으면 바꿈
  --today YYYY-MM-DD   기한을 판단할 기준 날짜 (기본값: 오늘)
  --lang en|ko         질문과 메시지의 언어 (기본값: .cborc.yaml의 lang, 없으면 LANG을
                       따름, 아니면 en)

종료 코드: 0 씀, 1 마지막 답 전에 입력이 끝남, 2 잘못된 사용, 쓸 수 없는 파일, 읽을 수 없는
입력(UTF-8이 아님, 폴더), 130 Ctrl+C로 취소. 모든 단계에 답하기 전에는 아무것도 쓰지
않습니다. 쓸 수 없는 대상(폴더, 링크, FIFO, 쓰기 권한이 없는 폴더)은 첫 질문 전에
거부하며, 그래도 쓰기가 실패하면 내용을 표준 출력에 씁니다.
`,
};

const WORDS = {
  en: {
    intro: (n: number) => `New CBO (Guided): ${n} questions from the discovery workshop. Nothing is written before the last answer; Ctrl+C cancels.\n`,
    example: 'e.g.',
    pick: (n: number) => `Type a number (1-${n}) or the name.`,
    badPick: (n: number) => `Type a number from 1 to ${n}, or one of the names above.`,
    accounts: (more: number) => `Accounts in this folder's CBO files${more ? ` (the ${ACCOUNTS_LISTED} most used of ${ACCOUNTS_LISTED + more})` : ''}:\n`,
    pickAccount: (n: number) => `Type ${n === 1 ? '1' : `a number (1-${n})`} or a name; leave it empty for none.`,
    badAccount: (n: number) => (n === 1 ? 'Type 1, or the account\'s name.' : `Type a number from 1 to ${n}, or the account's name.`),
    error: 'error',
    warning: 'warning',
    info: 'note',
    keepTyped: 'Press Enter to keep it, or edit it.',
    keepPiped: 'A blank line keeps it; another line replaces it.',
    cancelled: 'cancelled; nothing was written.',
    ended: (i: number, n: number, title: string) => `the input ended before step ${i} of ${n} (${title}); nothing was written.`,
    config: (file: string, n: number) => `${file} has ${n} problem${n === 1 ? '' : 's'}; the answers are judged with what could be read. Run "cbo check ${file}" to see them.`,
    printed: 'the text follows on stdout instead, so no answer is lost.',
    tooLong: (n: number, max: number) => `This answer has ${n} characters; keep it under ${max}.`,
    unreadable: (why: string) => `cannot read the input: ${why}; nothing was written.`,
    notUtf8: (line: number) => `line ${line} is not UTF-8 text`,
    left: (n: number) => `warning: ${n} line${n === 1 ? '' : 's'} after the last answer ${n === 1 ? 'was' : 'were'} not read.`,
  },
  ko: {
    intro: (n: number) => `새 CBO (단계별 안내): 디스커버리 워크숍 질문 ${n}개. 마지막 답까지는 아무것도 쓰지 않습니다. Ctrl+C로 취소합니다.\n`,
    example: '예:',
    pick: (n: number) => `번호(1-${n})나 이름을 입력하세요.`,
    badPick: (n: number) => `1에서 ${n} 사이의 번호나 위의 이름 중 하나를 입력하세요.`,
    accounts: (more: number) => `이 폴더의 CBO 파일에 적힌 고객사${more ? `(${ACCOUNTS_LISTED + more}개 중 많이 쓴 ${ACCOUNTS_LISTED}개)` : ''}:\n`,
    pickAccount: (n: number) => `${n === 1 ? '1이나' : `번호(1-${n})나`} 이름을 입력하세요. 없으면 비워 두세요.`,
    badAccount: (n: number) => (n === 1 ? '1이나 고객사 이름을 입력하세요.' : `1에서 ${n} 사이의 번호나 고객사 이름을 입력하세요.`),
    error: '오류',
    warning: '경고',
    info: '참고',
    keepTyped: '그대로 두려면 Enter를 누르고, 아니면 고치세요.',
    keepPiped: '그대로 두려면 Enter(빈 줄), 고치려면 새 답을 입력하세요.',
    cancelled: '취소했습니다. 아무것도 쓰지 않았습니다.',
    ended: (i: number, n: number, title: string) => `${n}단계 중 ${i}단계(${title}) 전에 입력이 끝났습니다. 아무것도 쓰지 않았습니다.`,
    config: (file: string, n: number) => `${file}에 문제가 ${n}개 있습니다. 읽을 수 있었던 설정으로 답을 판단합니다. "cbo check ${file}"로 확인하세요.`,
    printed: '대신 내용을 표준 출력에 씁니다. 답은 잃지 않습니다.',
    tooLong: (n: number, max: number) => `이 답은 ${n}자입니다. ${max}자 안으로 줄여 주세요.`,
    unreadable: (why: string) => `입력을 읽을 수 없습니다: ${why}. 아무것도 쓰지 않았습니다.`,
    notUtf8: (line: number) => `${line}번째 줄이 UTF-8 텍스트가 아닙니다`,
    left: (n: number) => `경고: 마지막 답 뒤의 ${n}줄은 읽지 않았습니다.`,
  },
} as const;

type Words = (typeof WORDS)[keyof typeof WORDS];

interface Conversation {
  io: CliIo;
  lines: AnswerLines;
  config: ResolvedConfig;
  w: Words;
  /** The accounts the folder's CBO files name, most used first: the account step lists a few and judges against all. */
  accounts: readonly string[];
}

export async function runNew(args: string[], io: CliIo, env: Record<string, string | undefined> = {}): Promise<number> {
  const p = parseArgs(args, { '--markdown': false, '--today': true, '--lang': true, '-o': true, '--output': true, '--force': false, '--help': false });
  if (p.flags.has('--help')) return printHelp(io, NEW_HELP, args, env);
  // Names escaped where a usage error is made: main writes each line of one apart.
  const given = p.positional.map(escapeControls).join(' ');
  if (p.positional.length) throw new UsageError(`cbo new takes no file: the file is named from the outcome, or given with -o FILE (got ${given})`, `cbo new는 파일을 받지 않습니다. 파일 이름은 결과에서 만들거나 -o FILE로 줍니다(받은 값: ${given})`);
  const today = todayArg(p);
  const langs = langChoice(p, env);
  const out = outputArg(p);
  // -o's extension names the format as it does for the other commands (-o plan.md: Markdown).
  // A Markdown section in a .yaml file is refused rather than warned about: nothing could read
  // it as its name says, and nothing has been typed yet.
  const byName = formatNamedBy(out.file);
  const outShown = escapeControls(out.file ?? '');
  if (p.flags.has('--markdown') && /\.ya?ml$/i.test(out.file ?? '')) throw new UsageError(`--markdown writes a Markdown section, but -o ${outShown} is named as YAML: give a .md file, or leave out --markdown for the CBO YAML`, `--markdown은 Markdown 절을 쓰지만 -o ${outShown} 이름은 YAML 파일을 뜻합니다. .md 파일을 주거나, CBO YAML이면 --markdown을 빼세요`);
  // A name for a format this command does not write (x.json, x.html, x.sarif): refused before the
  // first question, as the other commands refuse it, rather than YAML in a .json file.
  if (byName !== undefined && byName !== 'md') throw new UsageError(`-o ${outShown} names a .${byName} file; cbo new writes CBO YAML (.cbo.yaml) or, with --markdown or -o x.md, a Markdown section`, `-o ${outShown} 이름은 .${byName} 파일을 뜻합니다. cbo new는 CBO YAML(.cbo.yaml)이나, --markdown 또는 -o x.md로 Markdown 절을 씁니다`);
  const markdown = p.flags.has('--markdown') || byName === 'md';
  // Where the text goes: -o FILE, stdout (--markdown, -o -), or a new file named from the outcome.
  const toNamedFile = !markdown && !p.flags.has('-o') && !p.flags.has('--output');
  // Refused now rather than after thirteen answers (a folder, a link, a FIFO, a file there without
  // --force, a folder cbo may not write in); the write checks again.
  if (out.file !== undefined) {
    const problem = await outputProblem(out.file, out.force, io.cwd);
    // One line each, naming -o's path: escaped whole, as writeOut says them.
    if (problem) throw new UsageError(escapeControls(problem.en), escapeControls(problem.ko));
  } else if (toNamedFile) {
    const problem = await folderProblem('<outcome>.cbo.yaml', path.join(io.cwd, 'new.cbo.yaml'));
    if (problem) throw new UsageError(`${problem.en}; run cbo new in another folder, or give -o FILE (-o - prints it)`, `${problem.ko}. 다른 폴더에서 cbo new를 실행하거나 -o FILE을 주세요(-o -이면 출력합니다)`);
  }
  // The .cborc.yaml of the folder the CBO goes to, as the editor judges with its workspace's.
  const finder = new ConfigFinder(chooseLang(langs));
  const found = await finder.forFile(path.resolve(io.cwd, out.file ?? 'new.cbo.yaml'));
  // --lang, else that .cborc.yaml's, else the system's: the questions and the judgement of the
  // answers alike (a Korean LANG beat the team's `lang: en`, and the config's `lang` --lang).
  const lang = chooseLang(langs, found.config.lang);
  const config = resolveConfig({ ...found.config, lang }, { today });
  const w = WORDS[lang];
  if (found.file && found.findings.length) io.stderr(`cbo: ${w.config(escapeControls(shownPath(io.cwd, found.file)), found.findings.length)}\n`);

  // Read before the first question, which is the account's; a folder with no CBO file gives none.
  const accounts = await folderAccounts(io, lang);
  const lines = answerLines(io.stdin?.());
  const talk: Conversation = { io, lines, config, w, accounts };
  const answers: GuidedAnswers = {};
  // The examples' dates from the day the answers are judged on (--today), so each is accepted.
  const questions = guidedQuestions(lang, config.today);
  try {
    io.stderr(w.intro(GUIDED_STEPS.length));
    for (let i = 0; i < GUIDED_STEPS.length; i++) {
      const step = GUIDED_STEPS[i]!;
      const q = questions[step];
      io.stderr(`\n(${i + 1}/${GUIDED_STEPS.length}) ${q.title}\n${q.prompt}\n`);
      // By name in the user's language: the Korean template's own choices ("운영 효율성") in Korean.
      if (step === 'category') io.stderr(categoryNames(lang, GUIDED_CATEGORIES).map((c, n) => `  ${n + 1}  ${c}\n`).join('') + `${w.pick(GUIDED_CATEGORIES.length)}\n`);
      else if (step === 'account' && accounts.length) io.stderr(accountList(accounts, w));
      else if ('example' in q) io.stderr(`${w.example} ${q.example}\n`);
      const a = await askStep(step, answers, talk);
      if (typeof a !== 'string') {
        io.stderr(`${lines.interactive ? '\n' : ''}cbo: ${stopped(a, w, i + 1, q.title)}\n`);
        // A read error is not input that ran out: a script must not take it for a short answer list.
        return a.end === 'interrupt' ? 130 : a.end === 'eof' ? 1 : 2;
      }
      (answers as Record<string, string>)[step] = a;
    }
  } finally {
    lines.close();
  }
  // Lines a script gave past the last question: an answer list out of step, said rather than dropped.
  const left = lines.unread();
  if (left) io.stderr(`cbo: ${w.left(left)}\n`);
  const textLang = answersLang(answers, config.lang);
  const text = markdown ? guidedMarkdown(answers, textLang) : guidedYaml(answers, textLang);
  const wrote = toNamedFile ? await writeNamed(text, fileSlug(answers.behavior), io, lang) : await writeDocument(text, out, io, await finder.filesRead(), lang);
  // A write that fails after the checks above (a folder made meanwhile, a full disk) must not
  // lose thirteen typed answers: the text goes to stdout instead, with the exit code of the failure.
  if (wrote !== 0) {
    io.stderr(`cbo: ${w.printed}\n`);
    printDocument(io, text);
  }
  return wrote;
}

/** The longest answer taken: a paragraph, far under any file size limit even thirteen times over. */
const MAX_ANSWER = 2000;

/** Why the answers stopped before the last step, in the user's words. */
function stopped(e: End, w: Words, step: number, title: string): string {
  if (e.end === 'not-utf8') return w.unreadable(w.notUtf8(e.line));
  if (e.end === 'error') return w.unreadable(escapeControls(e.message));
  return e.end === 'interrupt' ? w.cancelled : w.ended(step, GUIDED_STEPS.length, title);
}

/** One step's answer: asked until the judge lets it pass (or the user confirms a warning). */
async function askStep(step: GuidedStep, answers: GuidedAnswers, talk: Conversation): Promise<string | End> {
  const { io, lines, config, w, accounts } = talk;
  const say = (kind: 'error' | 'warning' | 'info', message: string) => io.stderr(`${w[kind]}: ${message}\n`);
  // An answer with a warning, waiting for the user to keep it (a blank line or the same text).
  let warned: string | undefined;
  let prefill = '';
  for (;;) {
    const line = await lines.next(prefill);
    if (typeof line !== 'string') return line;
    // Piped answers are shown as read, so a transcript tells which line went to which step.
    if (!lines.interactive) io.stderr(`> ${escapeControls(line.length > MAX_ANSWER ? `${line.slice(0, MAX_ANSWER)}…` : line)}\n`);
    // A 5 MB answer would write a file cbo check then refuses (maxFileBytes): refused at its step.
    if (line.length > MAX_ANSWER) {
      say('error', w.tooLong(line.length, MAX_ANSWER));
      warned = undefined;
      prefill = line.slice(0, MAX_ANSWER);
      continue;
    }
    if (warned !== undefined && (line.trim() === '' || line.trim() === warned)) return warned;
    warned = undefined;
    prefill = line;
    if (step === 'category') {
      const c = categoryOf(line);
      if (c) return c;
      say('error', w.badPick(GUIDED_CATEGORIES.length));
      continue;
    }
    let answer = line;
    if (step === 'account') {
      const a = accountOf(line, accounts);
      if (a === undefined) {
        say('error', w.badAccount(Math.min(accounts.length, ACCOUNTS_LISTED)));
        continue;
      }
      answer = a;
    }
    // The answer as typed, as the editor judges its input box's value; kept trimmed, as it is.
    const j = judgeStep(step, { ...answers, [step]: answer }, config, accounts);
    if (j?.severity === 'error') {
      say('error', j.message);
      continue;
    }
    if (j?.severity === 'warning') {
      say('warning', `${j.message} ${lines.interactive ? w.keepTyped : w.keepPiped}`);
      warned = answer.trim();
      continue;
    }
    if (j) say('info', j.message);
    return answer.trim();
  }
}

/** The folder's accounts, numbered as they are picked, with how to answer. */
function accountList(accounts: readonly string[], w: Words): string {
  const shown = accounts.slice(0, ACCOUNTS_LISTED);
  return w.accounts(accounts.length - shown.length) + shown.map((a, n) => `  ${n + 1}  ${escapeControls(a)}\n`).join('') + `${w.pickAccount(shown.length)}\n`;
}

/**
 * The account a line names: a listed one by its number, else the line as typed (empty: none).
 * A number alone that picks nothing listed is undefined, to be asked again: "7" with five
 * listed is a slip, not a customer's name. With none listed a number is a name like any other.
 */
function accountOf(line: string, accounts: readonly string[]): string | undefined {
  const t = line.trim();
  const listed = Math.min(accounts.length, ACCOUNTS_LISTED);
  if (!listed || !/^\d+$/.test(t)) return line;
  const n = Number(t);
  return n >= 1 && n <= listed ? accounts[n - 1] : undefined;
}

/** "3", or the category as a plan may write it: its id, its English or Korean name, any case. */
function categoryOf(line: string): Category | undefined {
  const t = line.trim();
  const n = /^\d+$/.test(t) ? Number(t) : 0;
  if (n >= 1 && n <= GUIDED_CATEGORIES.length) return GUIDED_CATEGORIES[n - 1];
  return guidedCategory(t);
}

/**
 * `<slug>.cbo.yaml` in the current folder, or `<slug>-2.cbo.yaml`, ...: each name is created
 * only if nothing is there (O_EXCL, which refuses a link too), so no file is ever replaced,
 * not even one made meanwhile. Its name goes to stdout.
 */
async function writeNamed(text: string, slug: string, io: CliIo, lang: 'en' | 'ko'): Promise<number> {
  for (let n = 1; ; n++) {
    const name = `${slug}${n === 1 ? '' : `-${n}`}.cbo.yaml`;
    try {
      await fs.writeFile(path.resolve(io.cwd, name), text, { encoding: 'utf8', flag: 'wx' });
      io.stdout(`${name}\n`);
      return 0;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') continue;
      // The reason as writeOut words it (in Korean too), not Node's raw message.
      const reason = why(e);
      io.stderr(`cbo: ${lang === 'ko' ? `${name} 파일을 쓸 수 없습니다: ${reasonIn(reason, 'ko')}` : `cannot write ${name}: ${reason}`}\n`);
      return 2;
    }
  }
}
