// What the commands that take paths say of files a `.cborc.yaml` `ignore:` pattern leaves out,
// as ESLint says it: a file named on the command line is named with the pattern (`cbo check`'s
// warning, a note of `cbo portfolio`; a pull request that adds `ignore: ["**"]` turned a failing
// gate into "No CBO YAML or Markdown files to check", exit 0), and a folder or a pattern whose
// every file is ignored checked nothing, so the run exits 2 as when it finds none.
import type { Finding } from '../core/finding';
import { kindOf } from '../core/lint';
import { ignoredMessage, leftOutCount, leftOutNote as coreLeftOutNote, shownPattern, type IgnoredBy, type LeftOut } from '../core/ignore';
import { ignoredBy, type FoundConfig } from './files';
import { escapeControls } from './escape';

/** The warning on a file named on the command line that an `ignore:` pattern leaves out. */
export function ignoredFinding(by: IgnoredBy, lang: 'en' | 'ko'): Finding {
  const at0 = { line: 0, character: 0 };
  return { ruleId: 'file-ignored', severity: 'warning', message: ignoredMessage(by, lang), span: { start: 0, end: 0 }, start: at0, end: at0 };
}

/** Why the run exits 2: every file a folder or a pattern found is ignored. `by`: "config: pattern" of each. */
export function allIgnoredLine(w: AllIgnored, lang: 'en' | 'ko', verb: 'checked' | 'read' = 'checked'): string {
  const { arg, count, by } = w;
  const where = JSON.stringify(arg);
  const shown = by.slice(0, 3).map((b) => `${b.config} ${shownPattern(b.pattern)}`);
  const more = by.length > 3 ? (lang === 'ko' ? ` 외 ${by.length - 3}개` : ` and ${by.length - 3} more`) : '';
  if (lang === 'ko') return `${where}에서 ${verb === 'checked' ? '검사한' : '읽은'} 파일이 없습니다. 찾은 파일 ${count}개가 모두 ignore 패턴(${shown.join(', ')}${more})에 걸립니다`;
  return `nothing was ${verb} under ${where}: all ${count} file${count === 1 ? '' : 's'} found there ${count === 1 ? 'is' : 'are'} ignored (${shown.join(', ')}${more})`;
}

/** cbo check's and cbo portfolio's count of the files a walk left out (core/ignore.ts), the configs' paths escaped for a terminal. */
export function leftOutNote(left: LeftOut, lang: 'en' | 'ko'): string {
  return coreLeftOutNote(left, lang, escapeControls);
}

/**
 * The last line when nothing at all was read because every file given, named or found, is
 * ignored (`cbo portfolio plans/bad.cbo.yaml`): exit 2, as for a folder with no CBO file.
 */
export function nothingReadIgnored(lang: 'en' | 'ko'): string {
  return lang === 'ko' ? '읽은 파일이 없습니다. 주어진 CBO 파일은 모두 .cborc.yaml의 ignore: 패턴에 걸립니다' : 'nothing was read: every CBO file given is ignored (.cborc.yaml ignore:)';
}

/** A folder or a pattern given whose every file an `ignore:` pattern left out. */
export interface AllIgnored {
  arg: string;
  /** How many files it found. */
  count: number;
  /** Each config and pattern that left some out, once. */
  by: IgnoredBy[];
}

/**
 * The files `ignore:` patterns leave out of one run of a command that takes paths (`cbo check`,
 * `cbo portfolio`, `cbo report --portfolio`), so each says the same of them: a named file left
 * out is named with its pattern, and a folder or a pattern none of whose files was read fails.
 */
export class IgnoredFiles {
  private readonly by = new Map<string, IgnoredBy>();

  /** `named`: the files named one by one; `shown`: a path as the command shows it. */
  constructor(
    private readonly named: ReadonlySet<string>,
    private readonly shown: (file: string) => string,
  ) {}

  /** The config and pattern that leave `file` out, kept for `allIgnored`; undefined when none does. */
  leftOut(file: string, found: FoundConfig): IgnoredBy | undefined {
    const pattern = ignoredBy(file, found);
    if (pattern === undefined || !found.file) return undefined;
    const by = { config: this.shown(found.file), pattern };
    this.by.set(file, by);
    return by;
  }

  /**
   * The files a folder or a glob found that were left out (not those named, each of which is said
   * on its own), and the configs that left them out, each once: what the summary counts.
   */
  walkedLeftOut(): LeftOut {
    const walked: IgnoredBy[] = [];
    for (const [file, by] of this.by) if (!this.named.has(file)) walked.push(by);
    return leftOutCount(walked);
  }

  /** The folders and patterns of `walked` every CBO file of which was left out (none of them named). */
  allIgnored(walked: readonly { arg: string; files: readonly string[] }[]): AllIgnored[] {
    const out: AllIgnored[] = [];
    for (const w of walked) {
      const files = w.files.filter((f) => kindOf(f) !== undefined);
      if (!files.length || !files.every((f) => this.by.has(f) && !this.named.has(f))) continue;
      const by = new Map(files.map((f) => this.by.get(f)!).map((b) => [`${b.config}\u0000${b.pattern}`, b]));
      out.push({ arg: w.arg, count: files.length, by: [...by.values()] });
    }
    return out;
  }
}
