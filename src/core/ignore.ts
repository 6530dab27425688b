// What a `.cborc.yaml` `ignore:` list leaves out, for every side that checks files: `cbo check`
// and `cbo portfolio` (src/cli/ignored.ts), the extension and the language server. Only the CLI
// applied it, so the editor put diagnostics on files that `cbo check` skips; one matcher now
// decides for all of them, as ESLint's CLI and its editor extension agree. Pure: paths are
// absolute and '/'-separated (a Windows drive letter may lead, with or without a '/').
import { comparablePath } from './allow-target';
import { globToRegExp } from './glob';
import { excerpt } from './text/excerpt';

/**
 * `to` relative to the folder `from`, '/'-separated, as path.relative writes it (`../x` for a
 * file beside it): `ignore:` patterns are written relative to the config's folder.
 */
export function relativePath(from: string, to: string): string {
  const a = comparablePath(from).split('/').filter((s) => s !== '');
  const b = comparablePath(to).split('/').filter((s) => s !== '');
  let same = 0;
  while (same < a.length && same < b.length && a[same] === b[same]) same++;
  const up: string[] = [];
  for (let i = same; i < a.length; i++) up.push('..');
  return up.concat(b.slice(same)).join('/');
}

/** The folder a config file is in. */
function folderOf(file: string): string {
  const p = file.replace(/\\/g, '/');
  const i = p.lastIndexOf('/');
  return i <= 0 ? '/' : p.slice(0, i);
}

/**
 * The first of the config's `ignore:` patterns that matches `file` (relative to the config's
 * folder), or undefined when none does. `configFile` is the `.cborc.yaml`'s own path.
 */
export function ignoringPattern(configFile: string, file: string, patterns: readonly string[] | undefined): string | undefined {
  if (!patterns?.length) return undefined;
  const rel = relativePath(folderOf(configFile), file);
  return patterns.find((g) => globToRegExp(g).test(rel));
}

/** An `ignore:` pattern as a message quotes it: escaped, and short (4,000 `*` is a pattern too). */
export function shownPattern(g: string): string {
  return JSON.stringify(excerpt(g, 60));
}

/** What an `ignore:` pattern leaves a file out by: the config as shown, and the pattern. */
export interface IgnoredBy {
  config: string;
  pattern: string;
}

/**
 * What is said of a file an `ignore:` pattern leaves out: `cbo check`'s finding, the note of a
 * command that reads files without checking them (`verb`), and the line the extension and the
 * language server write to their log, so all say it alike.
 */
export function ignoredMessage(by: IgnoredBy, lang: 'en' | 'ko', verb: 'checked' | 'read' = 'checked'): string {
  const g = shownPattern(by.pattern);
  if (lang === 'ko') {
    const [done, toDo] = verb === 'checked' ? ['검사하지 않았습니다', '검사하려면'] : ['읽지 않았습니다', '읽으려면'];
    return `일치하는 무시 패턴이 있어 ${done}: ${by.config}의 ignore ${g}. ${toDo} 그 패턴을 지우세요`;
  }
  const toDo = verb === 'checked' ? 'check' : 'read';
  return `File ignored because of a matching ignore pattern: ${g} in ${by.config}; it was not ${verb}. Remove the pattern to ${toDo} it`;
}

/** How many files a walk found that `ignore:` left out, and the configs that did, each once. */
export interface LeftOut {
  count: number;
  configs: string[];
}

/**
 * The files `ignore:` left out of a walk (`by`: what left each out), counted as `cbo check`,
 * `cbo portfolio` (src/cli/ignored.ts) and the editor's portfolio view count them.
 */
export function leftOutCount(by: Iterable<IgnoredBy>): LeftOut {
  const configs = new Set<string>();
  let count = 0;
  for (const b of by) {
    count++;
    configs.add(b.config);
  }
  return { count, configs: [...configs] };
}

/**
 * "3 files left out by ignore: in .cborc.yaml": how many files a folder or a glob found that
 * `ignore:` left out, said beside cbo check's count (a gate that ignored every plan read "No
 * problems in 1 file" for the README alone), as ESLint counts ignored files, and in the header of
 * the editor's portfolio view ("8 outcomes in 6 files" alone read as the whole workspace). The
 * configs' paths are the user's: `shown` escapes them for where the line goes.
 */
export function leftOutNote(left: LeftOut, lang: 'en' | 'ko', shown: (config: string) => string = (c) => c): string {
  const names = left.configs.slice(0, 3).map(shown);
  const more = left.configs.length - names.length;
  if (lang === 'ko') return `${names.join(', ')}${more > 0 ? ` 외 ${more}개` : ''} 파일의 ignore:로 뺀 파일 ${left.count}개`;
  const list = more > 0 ? `${names.join(', ')} and ${more} more` : names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names.join('');
  return `${left.count} file${left.count === 1 ? '' : 's'} left out by ignore: in ${list}`;
}
