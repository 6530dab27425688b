// Configuration as the engine sees it: already read and merged by the host or the CLI
// (which own the file system). `.cborc.yaml` text is parsed and validated here so both
// read it the same way.
import { isMap, isScalar, isSeq } from 'yaml';
import type { Finding, Lang, RawFinding, SeverityOrOff } from './finding';
import { LineIndex } from './positions';
import { BUILTIN_FINDINGS } from './rules/builtin-findings';
import { RULES } from './rules/index';
import { validateConfig } from './generated/validators.js';
import type { Checklist } from './checklist/types';
import { extendVocabulary, type Vocabulary, type VocabularyList } from './vocab';
import { parseYaml } from './parse/yaml-parse';
import { excerpt } from './text/excerpt';
import { onlyNear } from './edit-distance';
import { josa } from './text/josa';

export type RuleSetting = SeverityOrOff | [SeverityOrOff] | [SeverityOrOff, Record<string, unknown>];

export interface CboConfig {
  rules?: Record<string, RuleSetting>;
  vocabulary?: Partial<Record<VocabularyList | 'allow', string[]>>;
  ignore?: string[];
  lang?: Lang;
  maxFileBytes?: number;
  checklists?: string[];
}

export interface ResolvedConfig {
  lang: Lang;
  today: string;
  vocab: Vocabulary;
  maxFileBytes: number;
  /** Words the user allowed: findings whose `data.word` is one of them are dropped. */
  allow: Set<string>;
  severity(ruleId: string, fallback: SeverityOrOff): SeverityOrOff;
  options(ruleId: string): Record<string, unknown>;
  /**
   * Checklists whose missing items become findings on every Markdown plan linted with this
   * config; an empty list means the default checklists (checklist/choose.ts).
   */
  planChecklists?: string[];
  /** Team checklists (already read by the host or CLI) beside the built-in ones. */
  extraChecklists?: Checklist[];
  /** Changes whenever anything that affects findings changes (cache key). */
  fingerprint: string;
}

export const DEFAULT_MAX_FILE_BYTES = 8_000_000;

/**
 * The most a `.cborc.yaml` may hold. Fixed, not maxFileBytes: that is set in the file itself,
 * which must be read first. A config with thousands of allowed words is far below it.
 */
export const MAX_CONFIG_BYTES = 1_000_000;

const KNOWN_RULE_IDS = new Set([...BUILTIN_FINDINGS, ...RULES].map((r) => r.id));

export function resolveConfig(
  config: CboConfig = {},
  env: { today: string; lang?: Lang; planChecklists?: string[]; extraChecklists?: Checklist[] },
): ResolvedConfig {
  const rules = config.rules ?? {};
  const lang = config.lang ?? env.lang ?? 'en';
  const setting = (id: string) => rules[id];
  return {
    lang,
    today: env.today,
    vocab: extendVocabulary(config.vocabulary),
    maxFileBytes: config.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
    allow: new Set((config.vocabulary?.allow ?? []).map((w) => w.toLowerCase())),
    severity(id, fallback) {
      const s = setting(id);
      if (s === undefined) return fallback;
      return Array.isArray(s) ? s[0] : s;
    },
    options(id) {
      const s = setting(id);
      return Array.isArray(s) && s[1] ? s[1] : {};
    },
    ...(env.planChecklists ? { planChecklists: env.planChecklists } : {}),
    ...(env.extraChecklists ? { extraChecklists: env.extraChecklists } : {}),
    fingerprint: JSON.stringify([lang, env.today, config.rules ?? null, config.vocabulary ?? null, config.maxFileBytes ?? null, env.planChecklists ?? null, (env.extraChecklists ?? []).map((c) => c.id)]),
  };
}

/** Options each rule reads, with their types: anything else under a rule is a config error. */
const RULE_OPTIONS: Readonly<Record<string, Readonly<Record<string, 'number'>>>> = {
  'roi-implausible': { maxRoiPercent: 'number' },
};

const CONFIG_RULE_ID = 'config';

/** The top-level keys of `.cborc.yaml` (schemas/cborc.schema.json; a unit test holds them equal). */
export const CONFIG_KEYS = ['rules', 'vocabulary', 'ignore', 'lang', 'maxFileBytes', 'checklists'] as const;

/** From this many top-level keys, none of them a config key, a file is said not to be a config at all. */
const NOT_A_CONFIG_KEYS = 3;

/** How much of the YAML parser's own message a config finding quotes: it may quote the file. */
const LIBRARY_MESSAGE_MAX = 120;

/** A key of the config as a message names it: quoted, escaped, at most 60 characters. */
function quotedKey(k: string): string {
  return JSON.stringify(excerpt(k, 60));
}

/**
 * Parses `.cborc.yaml` text; problems come back as findings against that file, each at the
 * key it is about. A bad entry is dropped and the rest kept (`lang: fr` must not take
 * `weasel-word: error` with it), as ESLint keeps the rest of a config.
 */
export function parseConfigText(text: string, lang: Lang = 'en'): { config: CboConfig; findings: RawFinding[] } {
  const ko = lang === 'ko';
  const doc = parseYaml(text, { prettyErrors: false });
  const findings: RawFinding[] = doc.errors.map((e) => ({
    ruleId: CONFIG_RULE_ID,
    // The parser's words quote the file (an alias name, a tag): cut, as every quote is.
    message: (ko ? '설정 파일 구문 오류: ' : 'Config syntax error: ') + excerpt(e.message.split('\n')[0]!, LIBRARY_MESSAGE_MAX),
    span: { start: e.pos[0], end: Math.max(e.pos[0] + 1, e.pos[1]) },
  }));
  if (findings.length) return { config: {}, findings };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 10 }) ?? {};
  } catch (e) {
    const span = { start: 0, end: Math.min(text.length, 1) };
    // An alias to no anchor: the parser's words, cut (they end with the alias's name).
    if (!/Excessive alias count/.test(String(e))) return { config: {}, findings: [{ ruleId: CONFIG_RULE_ID, message: (ko ? '설정 파일 구문 오류: ' : 'Config syntax error: ') + excerpt((e as Error).message.split('\n')[0]!, LIBRARY_MESSAGE_MAX), span }] };
    // An alias bomb: said in our words, not as the library's "ReferenceError: Excessive alias count…".
    return { config: {}, findings: [{ ruleId: CONFIG_RULE_ID, message: ko ? '설정: 별칭(*이름)이 너무 많이 펼쳐져 안전하게 읽을 수 없습니다. 파일 전체를 무시합니다. 별칭 대신 값을 적으세요.' : 'Config: its aliases (*name) expand too far to read safely; the whole file is ignored. Write the values out instead.', span }] };
  }
  const at = (path: (string | number)[]): { start: number; end: number } => {
    // The key of the entry if there is one (where an editor underlines), else its value.
    for (let n = path.length; n > 0; n--) {
      const parent = n > 1 ? doc.getIn(path.slice(0, n - 1), true) : doc.contents;
      const key = path[n - 1];
      const pair = isMap(parent) ? parent.items.find((p) => isScalar(p.key) && p.key.value === key) : undefined;
      const node = (pair?.key ?? (isSeq(parent) ? parent.items[Number(key)] : undefined)) as { range?: [number, number, number] } | undefined;
      if (node?.range) return { start: node.range[0], end: Math.max(node.range[0] + 1, node.range[1]) };
    }
    return { start: 0, end: Math.min(text.length, 1) };
  };
  // A bad list item is spliced out (deleting it would leave a hole that fails validation again
  // on every round); each list remembers the file's index of the items it still holds, so a
  // later finding in the same list is placed on the right item.
  const fileIndex = new WeakMap<unknown[], number[]>();
  const indexesOf = (list: unknown[]) => fileIndex.get(list) ?? list.map((_, i) => i);
  const inFile = (path: string[]): string[] => {
    let o: unknown = value;
    return path.map((k) => {
      const list = Array.isArray(o) ? o : undefined;
      o = o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined;
      return list ? String(indexesOf(list)[Number(k)] ?? k) : k;
    });
  };
  const drop = (path: string[]) => {
    let o = value as Record<string, unknown>;
    for (const k of path.slice(0, -1)) o = (o?.[k] ?? {}) as Record<string, unknown>;
    const last = path[path.length - 1]!;
    if (Array.isArray(o)) {
      const indexes = indexesOf(o);
      indexes.splice(Number(last), 1);
      o.splice(Number(last), 1);
      fileIndex.set(o, indexes);
    } else if (o && typeof o === 'object') delete o[last];
  };
  const problem = (path: string[], en: string, koText: string) => {
    const where = inFile(path);
    findings.push({ ruleId: CONFIG_RULE_ID, message: ko ? koText : en, span: at(where) });
    drop(path);
  };
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return { config: {}, findings: [{ ruleId: CONFIG_RULE_ID, message: ko ? '설정 파일은 키와 값의 매핑이어야 합니다.' : 'A config file must be a mapping of keys to values.', span: { start: 0, end: Math.min(text.length, 1) } }] };
  }
  // Some other file (a secret, a system file a link led to) read as a config: one finding that
  // quotes none of it, rather than "unknown key" with each of its lines.
  const keys = Object.keys(value);
  if (keys.length >= NOT_A_CONFIG_KEYS && !keys.some((k) => (CONFIG_KEYS as readonly string[]).includes(k))) {
    const en = `Config: this does not look like a .cborc.yaml: none of its ${keys.length} top-level keys is one of ${CONFIG_KEYS.join(', ')}; the whole file is ignored.`;
    const koText = `설정: .cborc.yaml로 보이지 않습니다. 최상위 키 ${keys.length}개 중 ${CONFIG_KEYS.join(', ')}에 해당하는 것이 없습니다. 파일 전체를 무시합니다.`;
    return { config: {}, findings: [{ ruleId: CONFIG_RULE_ID, message: ko ? koText : en, span: at([]) }] };
  }
  // Schema problems, one entry at a time: report it, drop it, validate the rest again.
  const MAX_ROUNDS = 200;
  let valid = validateConfig(value);
  for (let round = 0; round < MAX_ROUNDS && !valid; round++) {
    const e = validateConfig.errors?.[0];
    if (!e) break;
    const path = e.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    const extra = e.keyword === 'additionalProperties' ? String((e.params as { additionalProperty?: string }).additionalProperty) : undefined;
    const where = extra !== undefined ? [...path, extra] : path.length > 2 && path[0] === 'rules' ? path.slice(0, 2) : path.length ? path : [];
    if (where.length === 0) return { config: {}, findings: [...findings, { ruleId: CONFIG_RULE_ID, message: (ko ? '설정 파일이 스키마와 맞지 않습니다: ' : 'Config does not match its schema: ') + (e.message ?? e.keyword), span: at([]) }] };
    const allowed = (e.params as { allowedValues?: unknown[] }).allowedValues;
    let got: unknown = value;
    for (const k of where) got = got && typeof got === 'object' ? (got as Record<string, unknown>)[k] : undefined;
    // Keys and values are the config's own text: quoted in part (text/excerpt.ts).
    const shown = excerpt(JSON.stringify(got) ?? String(got));
    const what = extra !== undefined ? (ko ? `알 수 없는 키 ${quotedKey(extra)}` : `unknown key ${quotedKey(extra)}`) : `${excerpt(inFile(where).join('.'))}: ${shown}${allowed ? (ko ? `${josa(shown, '은')} ${allowed.join(', ')} 중 하나여야 합니다` : ` is not one of ${allowed.join(', ')}`) : ` ${e.message ?? e.keyword}`}`;
    problem(where, `Config: ${what}; this entry is ignored.`, `설정: ${what}. 이 항목은 무시합니다.`);
    valid = validateConfig(value);
  }
  // A config with more problems than the rounds above read (a list of hundreds of bad
  // items) is not used at all: a half-checked entry would reach code that trusts the schema.
  if (!valid) {
    return { config: {}, findings: [...findings, { ruleId: CONFIG_RULE_ID, message: ko ? '설정 파일에 문제가 너무 많아 전체를 무시합니다. 위의 항목부터 고치세요.' : 'Config: too many problems; the whole file is ignored. Fix the entries above first.', span: at([]) }] };
  }
  const config = value as CboConfig;
  // Rule ids the engine knows, and the options each reads.
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    if (!KNOWN_RULE_IDS.has(id)) {
      // "weasel-words": a misspelt id is named with the one meant, as a misspelt key of a CBO is.
      const near = onlyNear(id, [...KNOWN_RULE_IDS]);
      const hint = near ? [` Did you mean "${near}"?`, ` "${near}"${josa(near, '을')} 뜻했나요?`] : ['', ''];
      problem(['rules', id], `Config: unknown rule id "${excerpt(id)}"; this entry is ignored.${hint[0]} Run "cbo rules" for the list.`, `설정: 알 수 없는 규칙 id "${excerpt(id)}". 이 항목은 무시합니다.${hint[1]} "cbo rules"로 목록을 보세요.`);
      continue;
    }
    const opts = Array.isArray(setting) ? setting[1] : undefined;
    if (!opts) continue;
    const known = Object.hasOwn(RULE_OPTIONS, id) ? RULE_OPTIONS[id]! : {};
    for (const [k, v] of Object.entries(opts)) {
      if (!Object.hasOwn(known, k)) problem(['rules', id, '1', k], `Config: rule ${id} has no option ${excerpt(k)}; it is ignored.`, `설정: 규칙 ${id}에는 ${excerpt(k)} 옵션이 없습니다. 무시합니다.`);
      else if (known[k] === 'number' && !(typeof v === 'number' && Number.isFinite(v) && v >= 0)) problem(['rules', id, '1', k], `Config: ${id} option ${k} must be a number of 0 or more, got ${excerpt(JSON.stringify(v) ?? String(v))}; the default applies.`, `설정: ${id}의 ${k} 옵션은 0 이상의 숫자여야 합니다(받은 값 ${excerpt(JSON.stringify(v) ?? String(v))}). 기본값을 씁니다.`);
    }
  }
  return { config, findings };
}

/**
 * Config problems with positions, for an editor to show as diagnostics on `.cborc.yaml`
 * (the CLI prints the same findings against the config file).
 */
export function configFindings(text: string, lang: Lang = 'en'): Finding[] {
  return positionedConfigFindings(text, parseConfigText(text, lang).findings);
}

/** A config's problems with line and column, spans kept inside the text. */
export function positionedConfigFindings(text: string, raw: ReturnType<typeof parseConfigText>['findings']): Finding[] {
  if (!raw.length) return [];
  const lines = new LineIndex(text);
  // In the file's order, as the document's own findings are: the checks run key by key, not
  // line by line, so without the sort a CLI listing jumped back and forth. The sort is stable.
  return raw
    .map((f): Finding => {
      const start = Math.max(0, Math.min(f.span.start, text.length));
      const end = Math.max(start, Math.min(f.span.end, text.length));
      return { ruleId: f.ruleId, severity: f.severity ?? 'error', message: f.message, span: { start, end }, start: lines.position(start), end: lines.position(end) };
    })
    .sort((a, b) => a.span.start - b.span.start);
}
