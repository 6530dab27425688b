// A small argument parser: flags the commands declare, with clear errors for the rest.
import { localDate } from '../core/local-date';
import { isIsoDate } from '../core/text/date';
import { append } from '../core/arrays';
import { onlyNear } from '../core/edit-distance';
import { josa } from '../core/text/josa';
import { systemKorean } from '../node/system-lang';
import type { Lang } from '../core/finding';
import { escapeControls } from './escape';

/** Bad usage: exit 2. `ko` is the same message in Korean, shown under --lang ko or a Korean LANG. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly ko?: string,
    /** Whether "Run cbo --help for usage" follows: not for a run that found nothing to read, which no usage fixes. */
    readonly usageHint = true,
  ) {
    super(message);
  }
}

export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string[]>;
}

/** `spec` maps a flag to whether it takes a value. Repeated flags accumulate. */
export function parseArgs(args: string[], spec: Record<string, boolean>): ParsedArgs {
  const out: ParsedArgs = { positional: [], flags: new Map() };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') {
      append(out.positional, args.slice(i + 1));
      break;
    }
    if (a.startsWith('-') && a !== '-') {
      const [written, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
      // "-h" asks for help wherever "--help" does, as it does before the command.
      const name = written === '-h' && '--help' in spec ? '--help' : written;
      if (!(name in spec)) {
        // Long options only: "-x" one edit from "-o" is no typo of it.
        const near = name.startsWith('--') ? onlyNear(name, Object.keys(spec).filter((k) => k.startsWith('--'))) : undefined;
        throw new UsageError(`unknown option ${name}${near ? `; did you mean ${near}?` : ''}`, `알 수 없는 옵션 ${name}${near ? `. ${near}${josa(near, '을')} 뜻했나요?` : ''}`);
      }
      let v = 'true';
      if (spec[name]) {
        v = inline ?? args[++i] ?? '';
        // A following option ("-o -h") is a forgotten value, not a file called "-h"; "-" alone
        // (standard output), a negative number (its command says if it may be) and the inline
        // form ("--output=-x") still pass.
        if (inline === undefined && (i >= args.length || (v.startsWith('-') && v !== '-' && !/^-\d/.test(v)))) throw new UsageError(`${name} needs a value`, `${name}에 값이 필요합니다`);
      }
      out.flags.set(name, [...(out.flags.get(name) ?? []), v]);
    } else out.positional.push(a);
  }
  return out;
}

export function flag(p: ParsedArgs, name: string): string | undefined {
  const v = p.flags.get(name);
  return v ? v[v.length - 1] : undefined;
}

export function todayArg(p: ParsedArgs, now: Date = new Date()): string {
  const t = flag(p, '--today');
  if (t === undefined) return localDate(now); // the user's date, not UTC's
  // isIsoDate, not Date.parse: Date.parse('2026-02-30') is 2 March, not an error.
  if (!isIsoDate(t)) throw new UsageError(`--today must be a real date written YYYY-MM-DD, got "${t}"`, `--today는 YYYY-MM-DD 형식의 실제 날짜여야 합니다. 받은 값: "${t}"`);
  return t;
}

export function formatArg(p: ParsedArgs, allowed: string[]): string {
  const f = flag(p, '--format') ?? allowed[0]!;
  if (!allowed.includes(f)) throw new UsageError(`--format must be one of ${allowed.join(', ')}, got "${f}"`, `--format은 ${allowed.join(', ')} 중 하나여야 합니다. 받은 값: "${f}"`);
  return f;
}

const FORMAT_OF_EXTENSION: Record<string, string> = { html: 'html', htm: 'html', md: 'md', markdown: 'md', json: 'json', sarif: 'sarif' };

/** The extension of a file name, lower case, without the dot; undefined when it has none. */
export const extensionOf = (file: string | undefined) => /\.([a-z]+)$/i.exec(file ?? '')?.[1]?.toLowerCase();

/** The format a file name's extension names ("r.sarif": sarif), if it names one. */
export function formatNamedBy(file: string | undefined): string | undefined {
  const ext = extensionOf(file);
  return ext ? FORMAT_OF_EXTENSION[ext] : undefined;
}

/**
 * --format, or without it the format an `-o` file's extension names ("-o report.html" is HTML)
 * when the command writes that format; else the command's default.
 */
export function formatForOutput(p: ParsedArgs, allowed: string[], outFile: string | undefined): string {
  const ext = extensionOf(outFile);
  const byName = formatNamedBy(outFile);
  if (!p.flags.has('--format') && byName) {
    if (allowed.includes(byName)) return byName;
    // "-o r.json" from a command that writes no JSON: refuse rather than put Markdown in it.
    // The name escaped where the message is made, as every path in a usage error: main writes each line of one apart.
    const file = escapeControls(outFile!);
    throw new UsageError(`-o ${file} names a .${ext} file, a format this command does not write (${allowed.join(', ')}); choose --format or another file name`, `-o ${file} 이름은 .${ext} 파일을 뜻하는데 이 명령은 그 형식을 쓰지 않습니다(${allowed.join(', ')}). --format을 주거나 다른 파일 이름을 고르세요`);
  }
  return formatArg(p, allowed);
}

/**
 * The languages a command chooses between, in the order a user expects: the command line over
 * the project's `.cborc.yaml`, and that over the system's locale. `.cborc.yaml`'s `lang` won over
 * `--lang` (`cbo check --lang en` printed Korean findings), and a Korean LANG over the config.
 */
export interface LangChoice {
  /** --lang, when given. */
  readonly given?: Lang;
  /** The system locale's (LC_ALL, LC_MESSAGES, LANG): Korean or English. */
  readonly system: Lang;
}

export function langChoice(p: ParsedArgs, env: Record<string, string | undefined>): LangChoice {
  const l = flag(p, '--lang');
  if (l !== undefined && l !== 'en' && l !== 'ko') throw new UsageError(`--lang must be en or ko, got "${l}"`, `--lang은 en 또는 ko여야 합니다. 받은 값: "${l}"`);
  const system: Lang = systemKorean(env) ? 'ko' : 'en';
  return l === undefined ? { system } : { given: l, system };
}

/** --lang, else `configLang` (the `lang` of the `.cborc.yaml` that applies, if one was read), else the system's. */
export function chooseLang(c: LangChoice, configLang?: Lang): Lang {
  return c.given ?? configLang ?? c.system;
}

/**
 * The language of the CLI's own messages, read before any command parses its options (a usage
 * error can come from that parsing): --lang if it is valid, else a Korean LANG, else English.
 */
export function messageLang(argv: string[], env: Record<string, string | undefined>): 'en' | 'ko' {
  // The last one, as the commands read a repeated option.
  for (let i = argv.length - 1; i >= 0; i--) {
    const v = argv[i] === '--lang' ? argv[i + 1] : argv[i]!.startsWith('--lang=') ? argv[i]!.slice(7) : undefined;
    if (v === 'ko' || v === 'en') return v;
  }
  return systemKorean(env) ? 'ko' : 'en';
}
