// `cbo plan FILE... [--checklist ID]... [--format text|json] [--min-coverage N]`:
// a plan against the framework's checklists. Exit 1 when a required item is missing (or
// coverage is under --min-coverage, or a plan is over maxFileBytes), 2 for bad usage (a name
// that leads to no file stops the run), a plan that is there but cannot be read, or a
// .cborc.yaml with errors (those two named, the other plans still checked, as cbo check).
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { checkPlan, knownChecklists } from '../core/checklist/check-plan';
import { DEFAULT_CHECKLIST } from '../core/checklist/choose';
import { frontMatterFindings } from '../core/checklist/diagnostics';
import type { ItemResult, PlanResult } from '../core/checklist/types';
import { resolveConfig } from '../core/config';
import { chooseLang, flag, formatArg, langChoice, parseArgs, todayArg, UsageError } from './args';
import { wrapColumns } from '../core/text/columns';
import { escapeControls, jsonDocument } from './escape';
import { ConfigFinder } from './files';
import { tooLargeWords } from './size-limit';
import { FileError, IS_FOLDER, readRegular, reasonIn } from '../node/read-file';
import type { CliIo } from './io';
import { printHelp, type Help } from './help';
import type { Lang } from '../core/finding';

export const PLAN_HELP: Help = {
  en: `Usage: cbo plan FILE... [options]

Checks Markdown implementation plans against the framework's checklists
(cbo-process, delivery, workshop, workshop-readiness) and prints each item as found, partial
or missing; under an item not found in full, a hint of what the plan should say about it.

Which checklists: --checklist, else the plan's front matter (cbo-checklists: [...]), else
checklists: in .cborc.yaml, else cbo-process and any checklist a heading of the plan is about
(a "Discovery Workshop" section adds workshop; "Workshop preparation", workshop-readiness; "Sales
to Delivery", delivery), with the team checklists .cborc.yaml names. The listing says which ran.

Options:
  --checklist ID       only this checklist (repeatable); default: see above
  --format text|json   output format (default text)
  --min-coverage N     exit 1 when a checklist's coverage is below N (0..1); by default
                       exit 1 when any required item is missing (named on stderr)
  --today YYYY-MM-DD   the date the plan's outcomes are judged on (default: today)
  --lang en|ko         language of titles and hints

Exit 1 too for a plan over maxFileBytes (.cborc.yaml), named on stderr and left out, as
cbo check gives for it. Exit 2, as cbo check gives, for bad usage (a name that leads to no
file stops the run), and for a plan that is there but cannot be read or a .cborc.yaml with
errors: named on stderr, the other plans still checked and printed. With several plans,
--format json writes an array of those read.
`,
  ko: `사용법: cbo plan FILE... [옵션]

Markdown 구현 계획을 프레임워크의 체크리스트(cbo-process, delivery, workshop,
workshop-readiness)와 대조해 항목마다 있음, 일부, 없음을 출력합니다. 완전히 갖추지 못한
항목 아래에는 계획에 무엇을 적으면 되는지 안내가 붙습니다.

어떤 체크리스트인지: --checklist, 없으면 계획 앞머리의 cbo-checklists: [...], 없으면
.cborc.yaml의 checklists:, 그것도 없으면 cbo-process와 계획의 제목이 다루는 체크리스트
("디스커버리 워크숍" 섹션이 있으면 workshop, "워크숍 준비"는 workshop-readiness, "영업-딜리버리
인계"는 delivery)에 .cborc.yaml이 적은 팀 체크리스트를 더합니다. 무엇을 검사했는지 출력에 적습니다.

옵션:
  --checklist ID       이 체크리스트만 (여러 번 줄 수 있음). 기본값: 위 설명
  --format text|json   출력 형식 (기본값 text)
  --min-coverage N     체크리스트의 충족률이 N(0..1)보다 낮으면 종료 코드 1. 주지 않으면
                       필수 항목이 하나라도 없을 때 종료 코드 1 (표준 오류에 그 항목을 알림)
  --today YYYY-MM-DD   계획의 성과를 판단할 날짜 (기본값: 오늘)
  --lang en|ko         제목과 안내의 언어

maxFileBytes(.cborc.yaml)보다 큰 계획은 표준 오류에 알리고 빼며, cbo check처럼 종료 코드
1입니다. 잘못된 사용(없는 파일 이름을 주면 실행을 멈춤)은 cbo check처럼 종료 코드 2이고,
있지만 읽을 수 없는 계획과 오류가 있는 .cborc.yaml도 2입니다: 표준 오류에 알리고 나머지
계획은 그대로 검사해 출력합니다. 계획을 여러 개 주면 --format json은 읽은 계획의 배열을
씁니다.
`,
};

export async function runPlan(args: string[], io: CliIo, env: Record<string, string | undefined> = {}): Promise<number> {
  const p = parseArgs(args, { '--checklist': true, '--format': true, '--min-coverage': true, '--lang': true, '--today': true, '--help': false });
  if (p.flags.has('--help')) return printHelp(io, PLAN_HELP, args, env);
  const format = formatArg(p, ['text', 'json']);
  const langs = langChoice(p, env);
  const chosen = p.flags.get('--checklist') ?? [];
  const minRaw = flag(p, '--min-coverage');
  const min = minRaw === undefined ? undefined : Number(minRaw);
  if (min !== undefined && !(min >= 0 && min <= 1)) throw new UsageError(`--min-coverage must be a number from 0 to 1, got "${minRaw}"`, `--min-coverage는 0에서 1 사이의 수여야 합니다. 받은 값: "${minRaw}"`);
  if (p.positional.length === 0) throw new UsageError('cbo plan needs at least one Markdown file', 'cbo plan에는 Markdown 파일이 하나 이상 필요합니다');
  const today = todayArg(p);
  const finder = new ConfigFinder(chooseLang(langs));
  const results: { file: string; result: PlanResult; lang: Lang }[] = [];
  // A plan over maxFileBytes is a reading problem of the file, exit 1 as check, portfolio, report and
  // roi give for it (not bad usage): named, left out, and the other plans still checked.
  let tooLarge = false;
  // A plan that cannot be read, or a .cborc.yaml with errors, is exit 2 as cbo check gives it
  // among several files: named on stderr, and the other plans still checked and printed, so a
  // CI log shows every plan's gaps and not only the first unreadable name.
  let broken = false;
  const configsSaid = new Set<string>();
  for (const f of p.positional) {
    // A plan is Markdown; a CBO YAML file's outcome is checked and reported by other commands.
    // The name escaped where a usage error is made: main writes each line of one apart.
    const shown = escapeControls(f);
    if (/\.ya?ml$/i.test(f)) throw new UsageError(`cbo plan reads Markdown plans; ${shown} is CBO YAML: check it with cbo check ${shown}, report on it with cbo report ${shown}`, `cbo plan은 Markdown 계획을 읽습니다. ${shown} 파일은 CBO YAML입니다: 검사는 cbo check ${shown}, 보고서는 cbo report ${shown}`);
    // Team checklists and the ids that apply come from the nearest .cborc.yaml.
    const found = await finder.forFile(path.resolve(io.cwd, f));
    // Config messages quote the config's keys and values: escaped as cbo check escapes them.
    // Said once per config, as cbo check lists them, not again for every plan under it.
    if (!configsSaid.has(found.file ?? '')) {
      configsSaid.add(found.file ?? '');
      for (const pr of found.problems) io.stderr(`cbo: ${escapeControls(pr)}\n`);
      for (const c of found.findings) io.stderr(`cbo: ${escapeControls(found.file ?? '')}:${c.start.line + 1}:${c.start.character + 1} ${escapeControls(c.message)}\n`);
      if (found.problems.length || found.findings.length) broken = true;
    }
    const known = knownChecklists(found.checklists).map((c) => c.id);
    const unknown = chosen.filter((id) => !known.includes(id));
    if (unknown.length) throw new UsageError(`unknown checklist ${unknown.join(', ')} (known: ${known.join(', ')})`, `알 수 없는 체크리스트 ${unknown.join(', ')} (있는 것: ${known.join(', ')})`);
    // --lang, else the plan's .cborc.yaml, else the system's (the config's `lang` beat --lang).
    const lang = chooseLang(langs, found.config.lang);
    const config = resolveConfig({ ...found.config, lang }, { today });
    const abs = path.resolve(io.cwd, f);
    let text: string;
    try {
      text = await readRegular(abs, io.readFile);
    } catch (e) {
      const why = (e as Error).message;
      // cbo check takes folders; cbo plan reads plans one by one, so name the files for it.
      const files = `cbo plan ${shown.replace(/[\\/]+$/, '')}/*.md`;
      const en = `cannot read ${shown}: ${why}${why === IS_FOLDER ? `. cbo plan reads Markdown files: ${files}` : ''}`;
      const ko = why === IS_FOLDER ? `${shown} 경로는 폴더입니다. cbo plan은 Markdown 파일을 읽습니다: ${files}` : `${shown} 파일을 읽을 수 없습니다: ${reasonIn(why, 'ko')}`;
      // As cbo check: a name that leads nowhere (a typo, a broken link) or to a folder is a mistake
      // in the command line and stops the run; a file that is there but cannot be read (no
      // permission, a FIFO) is named, and the other plans are still checked, exit 2 at the end.
      if (why === IS_FOLDER || !(await fs.stat(abs).then(() => true, () => false))) throw new FileError(en, ko);
      // A file name can hold terminal escapes: escaped, as in every other message.
      io.stderr(`cbo: ${escapeControls(lang === 'ko' ? ko : en)}\n`);
      broken = true;
      continue;
    }
    if (!/\.(md|markdown)$/i.test(f)) throw new UsageError(`cbo plan reads Markdown plans (*.md); ${shown} is not one`, `cbo plan은 Markdown 계획(*.md)을 읽습니다. ${shown} 파일은 Markdown 파일이 아닙니다`);
    if (text.length > config.maxFileBytes) {
      io.stderr(`cbo: ${escapeControls(tooLargeWords(f, text.length, config.maxFileBytes)[config.lang])}\n`);
      tooLarge = true;
      continue;
    }
    // --checklist first; else the plan's front matter, the config's ids, or the default (choose.ts).
    // A front matter id that names no checklist, or a front matter that is not valid YAML, chose
    // nothing: said, as cbo check says it (unread-value).
    if (!chosen.length) for (const u of frontMatterFindings(text, found.checklists, config.lang)) io.stderr(`cbo: ${escapeControls(`${f}: ${u.message}`)}\n`);
    results.push({ file: f, result: checkPlan(text, { only: chosen, configured: found.checklistIds, config, extra: found.checklists }), lang: config.lang });
  }

  let failed = tooLarge;
  // 2 before 1, as cbo check: a gate must not read a run that could not read everything as findings alone.
  const exit = () => (broken ? 2 : failed ? 1 : 0);
  for (const { file, result, lang: fileLang } of results) {
    const ko = fileLang === 'ko';
    for (const c of result.checklists) {
      // Which checklist failed the gate, and why, on stderr, so a CI log says it in either
      // format: exit 1 with nothing said sent a new user looking for the cause.
      const at = `cbo: ${escapeControls(file)}: ${escapeControls(c.title)}`;
      if (min !== undefined) {
        if (c.coverage >= min) continue;
        failed = true;
        const pct = coveragePercent(c.coverage);
        io.stderr(ko ? `${at} ${pct}, --min-coverage ${minRaw}보다 낮습니다\n` : `${at} is ${pct} covered, under --min-coverage ${minRaw}\n`);
        continue;
      }
      const missing = c.items.filter((i) => i.required && i.status === 'missing');
      if (!missing.length) continue;
      failed = true;
      const n = missing.length;
      // English ids read as words in an English line; a Korean line names the items by their
      // Korean titles, the id after each in brackets so a CI log can still be searched by it.
      const named = missing.map((i) => (ko && i.title !== i.id ? `${escapeControls(i.title)}(${i.id})` : i.id)).join(', ');
      io.stderr(ko ? `${at}에 없는 필수 항목 ${n}개: ${named}\n` : `${at} is missing ${n} required item${n === 1 ? '' : 's'}: ${named}\n`);
    }
  }
  if (format === 'json') {
    const json = results.map(({ file, result }) => ({
      file,
      checklists: result.checklists.map((c) => ({
        id: c.id,
        coverage: c.coverage,
        items: c.items.map((i) => ({ id: i.id, title: i.title, ...hintOf(i), status: i.status, required: i.required, evidence: i.evidence.map((e) => ({ line: e.line, column: e.column })) })),
      })),
      tasks: result.tasks,
      chosen: { by: result.chosen.by, addressed: result.chosen.addressed.map((a) => ({ id: a.id, line: a.line })), notChecked: result.chosen.others.map((o) => o.id) },
    }));
    // One plan named: the object itself (the documented contract), nothing when it could not be
    // read; several: an array of those read, an array still when only one of them was.
    if (p.positional.length > 1) io.stdout(jsonDocument(json));
    else if (json[0]) io.stdout(jsonDocument(json[0]));
    return exit();
  }
  const mark = { found: '✓', partial: '~', missing: '✗' } as const;
  for (const { file, result, lang: fileLang } of results) {
    // The checklist titles follow the file's language (.cborc.yaml may set it); so do these words.
    // Titles from a team's checklist and headings from the plan are escaped like findings: a
    // terminal escape in a cloned repository's files must not reach the CI log as one.
    const w = TEXT_WORDS[fileLang];
    io.stdout(`${escapeControls(file)}\n`);
    for (const l of choiceLines(result, fileLang)) io.stdout(`  ${l}\n`);
    for (const c of result.checklists) {
      io.stdout(`  ${escapeControls(c.title)} (${c.id}): ${w.covered(coveragePercent(c.coverage))}\n`);
      for (const i of c.items) {
        const where = i.evidence.length ? ` (${w.line(i.evidence.map((e) => e.line).join(', '))})` : '';
        io.stdout(`    ${mark[i.status]} ${w.status[i.status]} ${i.id.padEnd(24)} ${escapeControls(i.title)}${i.required ? '' : ` (${w.optional})`}${where}\n`);
        // Under the item, indented past its mark so the eye runs down the marks and ids alone,
        // and wrapped so a long hint does not run past the item lines in a narrow terminal.
        const { hint } = hintOf(i);
        if (hint) io.stdout(wrapColumns(escapeControls(hint), HINT_WIDTH).map((l, n) => `${n ? '        ' : '      → '}${l}\n`).join(''));
      }
    }
    for (const t of result.tasks) io.stdout(`  ${w.tasks(escapeControls(t.heading), t.line, t.done, t.total)}\n`);
  }
  return exit();
}

/**
 * A checklist's coverage as the listing and the --min-coverage note both show it: one decimal,
 * rounded down, so 0.179 is "17.9%", never "18%" beside a bar of 0.18 it does not reach.
 * (checkPlan gives thousandths, and k / 1000 * 1000 is k again for every k up to 1000.)
 */
function coveragePercent(coverage: number): string {
  return `${(Math.floor(coverage * 1000) / 10).toFixed(1)}%`;
}

/**
 * The hint of an item the plan does not have in full: what to write. A found item needs none,
 * and leaving it out keeps the report to what is still to do.
 */
function hintOf(i: ItemResult): { hint?: string } {
  return i.hint && i.status !== 'found' ? { hint: i.hint } : {};
}

/**
 * Under the default, which checklists ran and why, and the ones that did not with how to add
 * them: a new user sees at once that delivery and workshop readiness were left out, and how to
 * ask for them. Nothing when the user, the plan or the config chose: they know.
 */
function choiceLines(result: PlanResult, lang: Lang): string[] {
  const c = result.chosen;
  if (c.by !== 'default') return [];
  const ko = lang === 'ko';
  const why = (id: string) => {
    const a = c.addressed.find((x) => x.id === id);
    const heading = a ? `"${escapeControls(a.heading)}"` : '';
    if (a) return ko ? `${id}(${a.line}행의 제목 ${heading})` : `${id} (the heading ${heading}, line ${a.line})`;
    return id === DEFAULT_CHECKLIST ? (ko ? `${id}(기본값)` : `${id} (the default)`) : ko ? `${id}(.cborc.yaml의 팀 체크리스트)` : `${id} (a team checklist in .cborc.yaml)`;
  };
  const ran = c.ids.map(why).join(', ');
  const lines = [ko ? `검사한 체크리스트: ${ran}` : `Checklists: ${ran}`];
  if (c.others.length) {
    const ids = c.others.map((o) => escapeControls(o.id)).join(', ');
    lines.push(ko ? `검사하지 않은 체크리스트: ${ids}. --checklist ID나 .cborc.yaml의 checklists:에 적으면 함께 검사합니다.` : `Not checked: ${ids}; add them with --checklist ID, or under checklists: in .cborc.yaml.`);
  }
  return lines.flatMap((l) => wrapColumns(l, CHOICE_WIDTH).map((w, n) => (n ? `  ${w}` : w)));
}

/** Columns of a choice line after its 2-column indent (4 for what wraps): lines end by column 100. */
const CHOICE_WIDTH = 96;

/** Columns of a hint line after its 8-column indent: lines end by column 100. */
const HINT_WIDTH = 92;

// The text report's own words; the checklist titles come localised from the checklists.
const TEXT_WORDS = {
  en: {
    covered: (pct: string) => `${pct} covered`,
    status: { found: 'found  ', partial: 'partial', missing: 'missing' },
    line: (lines: string) => `line ${lines}`,
    optional: 'optional',
    tasks: (heading: string, line: number, done: number, total: number) => `tasks under "${heading}" (line ${line}): ${done}/${total} done`,
  },
  ko: {
    covered: (pct: string) => `${pct} 충족`,
    status: { found: '있음', partial: '일부', missing: '없음' },
    line: (lines: string) => `${lines}행`,
    optional: '선택',
    tasks: (heading: string, line: number, done: number, total: number) => `"${heading}" 아래 할 일 (${line}행): ${done}/${total} 완료`,
  },
} as const;
