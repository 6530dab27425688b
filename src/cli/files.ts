// Turning the paths and globs given to `cbo check` into files, and finding the
// `.cborc.yaml` that applies to each. The only part of the CLI that walks the disk.
import { append } from '../core/arrays';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Checklist } from '../core/checklist/types';
import { configFindings, parseConfigText, resolveConfig, type CboConfig, type ResolvedConfig } from '../core/config';
import { ConfigDiscovery, type Discovered } from '../core/config-discovery';
import { unknownChecklistIdFindings } from '../core/config-checklist-ids';
import type { Finding } from '../core/finding';
import { globToRegExp } from '../core/glob';
import { ignoringPattern } from '../core/ignore';
import { unreadableReason } from '../core/read-reasons';
import { loadChecklists, nodeDiscoveryFs } from '../node/config-files';
import { FileError, NOT_REGULAR, onRegularFile, reasonIn, why } from '../node/read-file';
import { josa } from '../core/text/josa';
import { chooseLang, type LangChoice } from './args';
import { escapeControls } from './escape';

const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'out', '.cache', '.vscode-test']);
export const CBO_YAML = /\.cbo\.ya?ml$/i;
const MARKDOWN = /\.(md|markdown)$/i;

/** A path that could not be read: becomes a `file-unreadable` finding, and exit 2. */
export interface PathProblem {
  file: string;
  /** What `why` said (translated where the finding is written). */
  reason: string;
  /** A folder that could not be listed, rather than a file that could not be read. */
  listing?: boolean;
}

/** A path as the CLI shows it: from the current folder, '/'-separated (the name alone for the folder itself). */
export function shownPath(cwd: string, file: string): string {
  // Resolved against cwd first: path.relative alone resolves a relative name against the process's folder.
  return path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join('/') || path.basename(file);
}

/** A path problem in words, in the messages' language ("Cannot list this folder: permission denied"). */
export function describeProblem(pr: PathProblem, lang: 'en' | 'ko' | undefined): string {
  const r = reasonIn(pr.reason, lang);
  if (lang === 'ko') return `${pr.listing ? '폴더 목록을 읽을 수 없습니다' : '읽을 수 없습니다'}: ${r}`;
  return `${pr.listing ? 'Cannot list this folder' : 'Cannot read this'}: ${r}`;
}

/** What the arguments name. */
export interface Expanded {
  /** Files to read, sorted, without duplicates (not those in `notCbo`). */
  files: string[];
  /** Paths that could not be read. */
  problems: PathProblem[];
  /** The files named one by one (not found by a folder walk or a glob): a user meant each of them. */
  named: Set<string>;
  /**
   * YAML files a folder walk passed over whose head holds a top-level `cbo: 1` (the narrowest
   * part of `cboSign`, the test a named file is taken by); `lookAlikeNote` names them.
   */
  lookAlikes: LookAlike[];
  /**
   * `.yaml`/`.yml` files named or matched by a pattern (not in `files`) that are neither named
   * *.cbo.yaml nor read as a CBO document (`cboSign`): a CI or compose file, whose schema
   * errors would bury the user. `cbo check` and `cbo portfolio` pass over them with `notCboNote`.
   * A pattern is judged as a name is: `cbo check '*.yaml'` (quoted) and `cbo check *.yaml` (the
   * shell's) must check the same files.
   */
  notCbo: string[];
  /**
   * Each folder or pattern given, with the files it found: one whose files `.cborc.yaml` ignores
   * every one of fails the run, as ESLint's "All files matched by … are ignored".
   */
  walked: { arg: string; files: string[] }[];
}

/**
 * Files to check for the given arguments and the paths that could not be read. A pattern that
 * matches nothing, or a named file that is not a CBO file, is a usage error (exit 2), as ESLint
 * does: a typo must not pass as a clean run.
 */
export async function expand(args: string[], cwd: string): Promise<Expanded> {
  const out = new Set<string>();
  const named = new Set<string>();
  const problems: PathProblem[] = [];
  const otherYaml: string[] = [];
  const globbed = new Set<string>();
  const walked: Expanded['walked'] = [];
  for (const a of args.length ? args : ['.']) {
    if (/[*?[{]/.test(a)) {
      const re = globToRegExp(a.replace(/\\/g, '/'));
      const root = staticPrefix(a);
      const matches = (f: string) => re.test(path.relative(cwd, f).split(path.sep).join('/'));
      const known = problems.length;
      // A link to a file that the pattern names is read, as ESLint and markdownlint do.
      const found = await walk(path.resolve(cwd, root), matches, problems, { fileLinks: true });
      walked.push({ arg: a, files: found });
      for (const f of found) {
        out.add(f);
        globbed.add(f);
      }
      // A broken link the pattern names is a match that cannot be read, not "no files".
      if (!found.length && !problems.slice(known).some((p) => !p.listing)) throw new FileError(`No files matching the pattern "${escapeControls(a)}" were found.`, `"${escapeControls(a)}" 패턴에 맞는 파일이 없습니다.`);
      continue;
    }
    const abs = path.resolve(cwd, a);
    let st;
    try {
      st = await fs.stat(abs);
    } catch (e) {
      throw new FileError(`cannot read ${escapeControls(a)}: ${why(e)}`, `${escapeControls(a)} 경로를 읽을 수 없습니다: ${reasonIn(why(e), 'ko')}`);
    }
    if (st.isDirectory()) {
      const found = await walk(abs, (p) => CBO_YAML.test(p) || MARKDOWN.test(p), problems, { fileLinks: false, otherYaml });
      walked.push({ arg: a, files: found });
      for (const f of found) out.add(f);
    }
    else if (!/\.(ya?ml|md|markdown)$/i.test(abs)) throw new FileError(`${a} is not a CBO YAML or Markdown file (*.cbo.yaml, *.cbo.yml, *.yaml, *.md)`, `${a} 파일은 CBO YAML이나 Markdown 파일(*.cbo.yaml, *.cbo.yml, *.yaml, *.md)이 아닙니다`);
    else if (!st.isFile()) problems.push({ file: abs, reason: NOT_REGULAR });
    else {
      out.add(abs);
      named.add(abs);
    }
  }
  const passedOver = [...new Set(otherYaml)].filter((f) => !out.has(f));
  const heads = await mapAtMost(HEADS_AT_ONCE, passedOver, (f) => cboHead(f, { noFollow: true }));
  const lookAlikes: LookAlike[] = [];
  passedOver.forEach((file, i) => {
    // Only a top-level `cbo: 1` says so on a walk: `metrics:` or an `outcomes:` list alone is as
    // likely some other tool's YAML (a Grafana Agent config, CI results), noted on every run.
    if (heads[i]?.cbo) lookAlikes.push({ file, sign: 'cbo: 1' });
  });
  lookAlikes.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  // Named through a link too (a named link is read); a head that cannot be read is no reason to
  // pass over: the read then says why it failed.
  const namedYaml = [...new Set([...named, ...globbed])].filter((f) => /\.ya?ml$/i.test(f) && !CBO_YAML.test(f));
  const namedHeads = await mapAtMost(HEADS_AT_ONCE, namedYaml, (f) => cboHead(f, { noFollow: false }));
  const notCbo = namedYaml.filter((_, i) => namedHeads[i] !== undefined && !cboSign(namedHeads[i]!)).sort();
  for (const f of notCbo) out.delete(f);
  return { files: [...out].sort(), problems, named, lookAlikes, notCbo, walked };
}

/** A YAML file a folder walk passed over although its head reads as a CBO document. */
export interface LookAlike {
  file: string;
  /** The top-level key that makes it one (`cboSign`), named in the note. */
  sign: CboSign;
}

/** The top-level key of a head that makes a YAML file a CBO document, as the note shows it. */
export type CboSign = 'cbo: 1' | 'outcomes:' | 'outcome:' | 'metrics:';

/**
 * Whether a YAML file reads as a CBO document, and by which key: a top-level `cbo: 1`, a
 * top-level `outcomes:` list, or a one-outcome file's own top-level `outcome:` or `metrics:`.
 * `cbo:` is optional in the format, and a user who wrote an outcome by hand expects it read. A
 * named or matched file is checked when it passes it; a folder walk (which reads only
 * *.cbo.yaml) notes only a file with `cbo: 1`, so every file it notes would be checked when
 * named, and no other tool's YAML with a `metrics:` key is noted on every run.
 */
export function cboSign(head: CboHead): CboSign | undefined {
  if (head.cbo) return 'cbo: 1';
  if (head.outcomes) return 'outcomes:';
  return head.single ? `${head.single}:` : undefined;
}

/** How many passed-over files' heads are read at once: a walk over hundreds of them must not take a handle each. */
const HEADS_AT_ONCE = 8;

/** `fn` of each item, at most `limit` running at a time; the results in the items' order, whatever order they finish in. */
export async function mapAtMost<T, R>(limit: number, items: readonly T[], fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** How much of a passed-over YAML file is read to see whether it is a CBO document. */
const HEAD_BYTES = 4096;

/** What the first HEAD_BYTES of a YAML file say of it. */
export interface CboHead {
  /** A top-level `cbo: 1`. */
  cbo: boolean;
  /** A top-level `outcomes:` holding a list (`- ` on the next line that says anything, or `[`). */
  outcomes: boolean;
  /** The first top-level `outcome:` or `metrics:`, the keys of a one-outcome CBO file no CI or compose file has. */
  single?: 'outcome' | 'metrics';
}

const CBO_KEY = /^(cbo|"cbo"|'cbo')[ \t]*:[ \t]*1[ \t]*(#.*)?$/;
const OUTCOMES_KEY = /^(outcomes|"outcomes"|'outcomes')[ \t]*:[ \t]*(\[.*|#.*)?$/;
const SINGLE_KEY = /^(["']?)(outcome|metrics)\1[ \t]*:([ \t]|$)/;

/**
 * The head of `file` (see CboHead): top-level lines of the first HEAD_BYTES, the key bare or
 * quoted (`"cbo": 1`, as a JSON-minded writer puts it). Anywhere in the head, not only first: a
 * CBO file often opens with `title:` and says `cbo: 1` further down. Unindented only, so a key
 * nested in some other tool's YAML is not taken; a comment, a directive or `---` never matches.
 * Reads of a regular file only, never from a FIFO put in its place since the listing
 * (onRegularFile); with `noFollow`, never through a link. Undefined when it cannot be read.
 */
function cboHead(file: string, opts: { noFollow: boolean }): Promise<CboHead | undefined> {
  return onRegularFile<CboHead | undefined>(
    file,
    async (handle) => {
      const buf = Buffer.alloc(HEAD_BYTES);
      const { bytesRead } = await handle.read(buf, 0, HEAD_BYTES, 0);
      const lines = buf.toString('utf8', 0, bytesRead).replace(/^\uFEFF/, '').split(/\r?\n|\r/).map((l) => l.trimEnd());
      // A full buffer may end inside a line: "cbo: 12" cut to "cbo: 1" must not count.
      if (bytesRead === HEAD_BYTES) lines.pop();
      const single = lines.map((l) => SINGLE_KEY.exec(l)?.[2]).find((k) => k !== undefined) as CboHead['single'];
      return { cbo: lines.some((l) => CBO_KEY.test(l)), outcomes: lines.some((l, i) => OUTCOMES_KEY.test(l) && holdsList(l, lines, i)), ...(single ? { single } : {}) };
    },
    undefined,
    opts,
  );
}

/** Whether the `outcomes:` key on lines[i] holds a list: flow (`[`) or a `- ` item next. */
function holdsList(line: string, lines: readonly string[], i: number): boolean {
  if (/:[ \t]*\[/.test(line)) return true;
  const next = lines.slice(i + 1).find((l) => l.trim() !== '' && !/^[ \t]*#/.test(l));
  return next !== undefined && /^[ \t]*-([ \t]|$)/.test(next);
}

/**
 * The note for a YAML file a folder walk passed over although it reads as a CBO document: the
 * walk takes only *.cbo.yaml, and the file's outcomes were left out in silence. `sign` is the
 * key that makes it one, so a user can tell why a file of some other tool was named.
 */
export function lookAlikeNote(shown: string, sign: CboSign, lang: 'en' | 'ko'): string {
  // A Korean particle goes after a user's name only through a noun of ours ("x 파일은"): josa
  // cannot tell "." or "plans/". `renamed` ends in .cbo.yaml or .cbo.yml, whose particle it can.
  const renamed = path.basename(shown).replace(/\.(ya?ml)$/i, '.cbo.$1');
  if (lang === 'ko') return `${shown} 파일은 CBO 문서(${sign})로 보이지만 이름이 *.cbo.yaml이 아닙니다. ${renamed}${josa(renamed, '으로')} 이름을 바꾸거나 명령줄에서 파일 이름을 주세요`;
  return `${shown} looks like a CBO document (${sign}) but is not named *.cbo.yaml: rename it to ${renamed}, or name it on the command line`;
}

/**
 * The note for a YAML file named on the command line and passed over: neither its name nor its
 * head says it is a CBO document, and linting a CI or compose file against the CBO schema
 * buried the user in errors. Says how to have it checked anyway.
 */
export function notCboNote(shown: string, lang: 'en' | 'ko'): string {
  const renamed = path.basename(shown).replace(/\.(ya?ml)$/i, '.cbo.$1');
  if (lang === 'ko') return `${shown} 파일은 검사하지 않았습니다. 이름이 *.cbo.yaml이 아니고, 처음 4KB에 CBO 문서임을 알리는 최상위 "cbo: 1", "outcomes:" 목록, "outcome:"이나 "metrics:"가 없습니다. 검사하려면 ${renamed}${josa(renamed, '으로')} 이름을 바꾸거나 "cbo: 1" 줄을 넣으세요`;
  return `${shown} was not checked: it is not named *.cbo.yaml, and its first 4 KB hold no top-level "cbo: 1", "outcomes:" list, "outcome:" or "metrics:" that would make it a CBO document. To check it, rename it to ${renamed} or add the line "cbo: 1"`;
}

/**
 * Why a run that found no file at all under its paths (a folder holding no CBO YAML or Markdown
 * file) exits 2: `cbo check` says nothing was checked, `cbo portfolio` nothing was read. `given`:
 * paths were given; without any, the current folder was walked, and "the paths given" named none.
 */
export function nothingFound(lang: 'en' | 'ko', verb: 'checked' | 'read', given: boolean): string {
  if (lang === 'ko') return `${verb === 'checked' ? '검사한' : '읽은'} 파일이 없습니다. ${given ? '주어진 경로' : '현재 폴더'}에서 CBO YAML(*.cbo.yaml, *.cbo.yml)이나 Markdown 파일을 찾지 못했습니다`;
  return `nothing was ${verb}: no CBO YAML (*.cbo.yaml, *.cbo.yml) or Markdown file was found ${given ? 'under the paths given' : 'in the current folder'}`;
}

/** Why `cbo portfolio` exits 2 when the files it read hold not one outcome (a README without a "## CBO:" section). */
export function noOutcomeRead(lang: 'en' | 'ko', files: number): string {
  if (lang === 'ko') return `읽은 성과가 없습니다. 파일 ${files}개를 읽었지만 CBO 성과가 하나도 없습니다(Markdown 계획에는 "## CBO:" 제목이나 \`\`\`cbo 블록이 필요합니다)`;
  return `nothing was read: the ${files === 1 ? 'file' : `${files} files`} found hold${files === 1 ? 's' : ''} no CBO outcome (a Markdown plan needs a "## CBO:" heading or a \`\`\`cbo block)`;
}

function staticPrefix(glob: string): string {
  const parts = glob.split('/');
  const i = parts.findIndex((p) => /[*?[{]/.test(p));
  return parts.slice(0, i).join('/') || '.';
}

interface WalkOptions {
  /** Read a link to a file that `want` takes (a glob names it); a plain folder walk leaves links out. */
  fileLinks: boolean;
  /** Where a plain folder walk lists the regular *.yaml/*.yml files it passes over. */
  otherYaml?: string[];
}

/**
 * The files under `dir` that `want` takes (given the full path). Symbolic links to folders are
 * never followed (a link to a parent would loop); a link to a file is read when `fileLinks`
 * is set (a glob names it), and left out of a plain folder walk, as documented.
 */
async function walk(dir: string, want: (file: string) => boolean, problems: PathProblem[], opts: WalkOptions): Promise<string[]> {
  const { fileLinks, otherYaml } = opts;
  const out: string[] = [];
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (e) {
    // A folder that cannot be listed is not a clean folder: say so (ENOENT: a glob's root that is not there).
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') problems.push({ file: dir, reason: why(e), listing: true });
    return out;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) append(out, await walk(p, want, problems, opts));
    } else if (e.isFile() && want(p)) out.push(p);
    else if (otherYaml && e.isFile() && /\.ya?ml$/i.test(e.name)) otherYaml.push(p);
    else if (fileLinks && e.isSymbolicLink() && want(p)) {
      // What the link leads to: a regular file is read; a folder, FIFO or device is left as a
      // folder walk leaves them; a link to nothing the pattern names is a file that cannot be read.
      const st = await fs.stat(p).catch((err: unknown) => err as NodeJS.ErrnoException);
      if (st instanceof Error) problems.push({ file: p, reason: why(st) });
      else if (st.isFile()) out.push(p);
    }
  }
  return out;
}

export interface FoundConfig {
  file?: string;
  config: CboConfig;
  problems: string[];
  /** Problems of the config file itself, with positions in it (`config` findings). */
  findings: Finding[];
  /** Team checklists named in the config's `checklists:` (files), loaded. */
  checklists: Checklist[];
  /** Checklist ids named there: the ones that apply. Empty: all. */
  checklistIds: string[];
  /** The team checklist files read for it. */
  checklistFiles?: string[];
}

const toSlashes = (p: string) => p.split(path.sep).join('/');

/** The `.cborc.yaml` that applies to a file, found as the editor finds it (core/config-discovery.ts). */
export class ConfigFinder {
  private readonly discovery = new ConfigDiscovery(nodeDiscoveryFs);
  private readonly byFile = new Map<string, Promise<FoundConfig>>();
  constructor(private readonly lang: 'en' | 'ko') {}

  /** Every config and team checklist file found so far: `-o` must never replace one. */
  async filesRead(): Promise<string[]> {
    const found = await Promise.all(this.byFile.values());
    return found.flatMap((f) => (f.file ? [f.file, ...(f.checklistFiles ?? [])] : []));
  }

  async forFile(file: string): Promise<FoundConfig> {
    const found = await this.discovery.find(toSlashes(path.dirname(path.resolve(file))));
    if (!found) return { config: {}, problems: [], findings: [], checklists: [], checklistIds: [] };
    let p = this.byFile.get(found.path);
    if (!p) {
      p = this.load(found);
      this.byFile.set(found.path, p);
    }
    return p;
  }

  private async load(found: Discovered): Promise<FoundConfig> {
    const file = path.normalize(found.path);
    // There but not readable (permissions, a folder or a FIFO by that name): a finding on it.
    if ('error' in found) {
      const reason = unreadableReason(found, this.lang);
      const why = this.lang === 'ko' ? `설정 파일을 읽을 수 없습니다: ${reason}.` : `Cannot read this config: ${reason}.`;
      return { file, config: {}, problems: [], findings: [unreadableConfig(why)], checklists: [], checklistIds: [] };
    }
    return readConfig(file, found.text, this.lang);
  }
}

/** A config's text read into a FoundConfig: its findings with positions, its checklists loaded. */
export async function readConfig(file: string, text: string, lang: 'en' | 'ko'): Promise<FoundConfig> {
  const findings = configFindings(text, lang);
  const r = parseConfigText(text, lang);
  const lists = await loadChecklists(file, r.config, lang);
  const at0 = { line: 0, character: 0 };
  for (const pr of lists.problems) findings.push({ ruleId: 'config', severity: 'error', message: pr.startsWith(`${file}: `) ? pr.slice(file.length + 2) : pr, span: { start: 0, end: 0 }, start: at0, end: at0 });
  append(findings, unknownChecklistIdFindings(text, lists.unknownIds, lists.checklists.map((c) => c.id), lang));
  return { file, config: r.config, problems: [], findings, checklists: lists.checklists, checklistIds: lists.checklistIds, checklistFiles: lists.read };
}

function unreadableConfig(message: string): Finding {
  const at0 = { line: 0, character: 0 };
  return { ruleId: 'file-unreadable', severity: 'error', message, span: { start: 0, end: 0 }, start: at0, end: at0 };
}

/**
 * The config cbo check lints a file with (its `.cborc.yaml` and team checklists), so roi, report
 * and portfolio count its errors alike. Its language is `chooseLang`'s: --lang over the config's
 * `lang` (which resolveConfig alone puts first, as the editor wants it over the UI's language).
 */
export function checkConfig(found: FoundConfig, today: string, langs: LangChoice): ResolvedConfig {
  return resolveConfig({ ...found.config, lang: chooseLang(langs, found.config.lang) }, { today, ...(found.checklists.length ? { extraChecklists: found.checklists } : {}) });
}

export function isIgnored(file: string, found: FoundConfig): boolean {
  return ignoredBy(file, found) !== undefined;
}

/** The first `ignore:` pattern of the config that matches `file`, or undefined when none does. */
export function ignoredBy(file: string, found: FoundConfig): string | undefined {
  return found.file ? ignoringPattern(toSlashes(found.file), toSlashes(path.resolve(file)), found.config.ignore) : undefined;
}
