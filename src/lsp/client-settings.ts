// The client's `cbo` settings, checked field by field before the server uses them. They are
// typed by hand in a Lua, TOML or JSON client config, where two slips were easy: a string where
// a list goes (`checklists = { plans = "plan.md" }`) or a number among the words
// (`vocabulary = { allow = { 1 } }`). Taken as they came, either made every lint throw, so the
// old diagnostics stayed on screen and only a log line said why; other slips (`lang = "fr"`,
// `maxFileBytes = 0`) were ignored without a word or declined every file. A wrong entry is now
// dropped, the rest applies, and server.ts names the dropped ones in one warning. A key the
// server does not read is named too (setting-keys.ts), once per session. Keys are the client's
// own: a vocabulary list named `hasOwnProperty` or `constructor` matched what every object
// inherits and was dropped without a word. And a value nested deeper than any setting is
// (MAX_DEPTH) is dropped with a word: nested a few thousand deep it overflowed the stack, and
// the whole update was lost with a generic log line.
import { parseConfigText, type CboConfig } from '../core/config';
import { onlyNear } from '../core/edit-distance';
import type { Lang } from '../core/finding';
import { ruleCatalog } from '../core/rules/catalog';
import { pinnedDay, TODAY_SETTING_RULE } from '../core/today-setting';
import { excerpt } from '../core/text/excerpt';
import { VOCABULARY_LISTS } from '../core/vocab';
import { isObject, type Obj } from './json-object';
import { NAMED, namedList } from './named-list';
import { unknownKeys } from './setting-keys';

/** The client's `cbo` section; the same keys as the extension's settings (package.json). */
export interface ClientSettings {
  files?: string[];
  markdown?: { enable?: boolean };
  rules?: CboConfig['rules'];
  vocabulary?: CboConfig['vocabulary'];
  lang?: 'auto' | Lang;
  maxFileBytes?: number;
  debounceMs?: number;
  /** As the extension's `cbo.checklists.*`: plans (globs) checked against checklists on every lint. */
  checklists?: { enabled?: string[]; plans?: string[] };
  /** The day deadlines are judged against (YYYY-MM-DD), as `cbo check --today`; else the user's date. */
  today?: string;
}

/** A setting that was dropped, and what it must be, in both languages. */
export interface SettingProblem {
  setting: string;
  en: string;
  ko: string;
  /** A key the server does not read (setting-keys.ts): named once per session. */
  unknown?: true;
}

const TEXT_LIST = ['must be a list of text', '텍스트의 목록이어야 함'] as const;
/**
 * How deep a setting's value may nest below its key. The deepest a setting is goes three below
 * `rules.<id>` (`["warning", { "words": ["x"] }]`); this leaves room, and stays far from the
 * stack's limit in the checks that recurse (JSON.stringify, the config's schema).
 */
export const MAX_DEPTH = 16;
const RULE_VALUE = ['must be off, info, warning or error, or [severity, options] with options the rule takes', 'off, info, warning, error 중 하나이거나 [심각도, 규칙이 받는 옵션]이어야 함'] as const;

/**
 * The settings the server can use, and the ones it cannot. `rules` and `vocabulary` have the
 * shape they have in `.cborc.yaml`, so they go through the file's own checks (`parseConfigText`
 * reads JSON, which is YAML): an unknown rule id, a bad severity or option, a list that is not
 * of words is dropped as it is dropped from the file.
 */
export function checkClientSettings(sent: unknown): { settings: ClientSettings; problems: SettingProblem[] } {
  const settings: ClientSettings = {};
  const problems: SettingProblem[] = [];
  const bad = (setting: string, [en, ko]: readonly [string, string]) => problems.push({ setting: `cbo.${setting}`, en, ko });
  if (sent === undefined || sent === null) return { settings, problems };
  if (!isObject(sent)) {
    problems.push({ setting: 'cbo', en: 'must be an object of settings', ko: '설정의 객체여야 함' });
    return { settings, problems };
  }
  const raw = shallower(sent, problems);
  // First: a misspelt key is the likeliest slip, and the warning names only the first few.
  for (const u of unknownKeys(raw)) problems.push(u);
  const list = (key: string, v: unknown): string[] | undefined => {
    if (v === undefined) return undefined;
    const items = Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined;
    if (!items || items.length !== (v as unknown[]).length) bad(key, TEXT_LIST);
    return items;
  };
  const files = list('files', raw.files);
  if (files) settings.files = files;
  if (raw.markdown !== undefined) {
    const enable = isObject(raw.markdown) ? raw.markdown.enable : undefined;
    if (typeof enable === 'boolean') settings.markdown = { enable };
    else if (!isObject(raw.markdown) || enable !== undefined) bad('markdown.enable', ['must be true or false', 'true 또는 false여야 함']);
  }
  if (raw.lang !== undefined) {
    if (raw.lang === 'auto' || raw.lang === 'en' || raw.lang === 'ko') settings.lang = raw.lang;
    else bad('lang', ['must be auto, en or ko', 'auto, en, ko 중 하나여야 함']);
  }
  // The file's own limit (schemas/cborc.schema.json): 0 or -1 declined every file as too large.
  if (raw.maxFileBytes !== undefined) {
    const n = raw.maxFileBytes;
    if (typeof n === 'number' && Number.isInteger(n) && n >= 1) settings.maxFileBytes = n;
    else bad('maxFileBytes', ['must be a whole number of bytes, 1 or more', '1 이상의 정수(바이트)여야 함']);
  }
  if (raw.debounceMs !== undefined) {
    const d = raw.debounceMs;
    if (typeof d === 'number' && d >= 0 && d <= 5000) settings.debounceMs = d;
    else bad('debounceMs', ['must be a number from 0 to 5000', '0에서 5000 사이의 숫자여야 함']);
  }
  // As `cbo check --today` takes it, and the extension's `cbo.today` (core/today-setting.ts): a
  // real date, or '' for none (the extension's default, so its settings can be sent as they are).
  const pinned = pinnedDay(raw.today);
  if ('bad' in pinned) bad('today', TODAY_SETTING_RULE);
  else if (pinned.day !== undefined) settings.today = pinned.day;
  if (raw.checklists !== undefined) {
    if (!isObject(raw.checklists)) bad('checklists', ['must be an object with plans and enabled', 'plans와 enabled를 담은 객체여야 함']);
    else {
      const plans = list('checklists.plans', raw.checklists.plans);
      const enabled = list('checklists.enabled', raw.checklists.enabled);
      settings.checklists = { ...(plans ? { plans } : {}), ...(enabled ? { enabled } : {}) };
    }
  }
  const rules = isObject(raw.rules) ? raw.rules : undefined;
  if (raw.rules !== undefined && !rules) bad('rules', ['must be an object of rule ids and severities', '규칙 id와 심각도의 객체여야 함']);
  const vocabulary = isObject(raw.vocabulary) ? raw.vocabulary : undefined;
  if (raw.vocabulary !== undefined && !vocabulary) bad('vocabulary', ['must be an object of word lists', '단어 목록의 객체여야 함']);
  if (rules || vocabulary) {
    const checked = parseConfigText(JSON.stringify({ rules: rules ?? {}, vocabulary: vocabulary ?? {} })).config;
    if (rules) settings.rules = checked.rules ?? {};
    if (vocabulary) settings.vocabulary = checked.vocabulary ?? {};
    for (const [id, v] of Object.entries(rules ?? {})) {
      const kept = checked.rules && Object.hasOwn(checked.rules, id) ? checked.rules[id] : undefined;
      if (kept !== undefined && JSON.stringify(kept) === JSON.stringify(v)) continue;
      if (knownRuleIds().includes(id)) bad(`rules.${id}`, RULE_VALUE);
      else {
        const near = onlyNear(id, knownRuleIds());
        bad(`rules.${excerpt(id)}`, near ? [`is no rule id (did you mean ${near}?)`, `규칙 id가 아님(${near}?)`] : ['is no rule id (cbo rules lists them)', '규칙 id가 아님(cbo rules로 목록을 보세요)']);
      }
    }
    for (const [key, v] of Object.entries(vocabulary ?? {})) {
      const kept = checked.vocabulary && Object.hasOwn(checked.vocabulary, key) ? checked.vocabulary[key as keyof NonNullable<CboConfig['vocabulary']>] : undefined;
      if (kept !== undefined && Array.isArray(v) && kept.length === v.length) continue;
      if (key === 'allow' || (VOCABULARY_LISTS as string[]).includes(key)) bad(`vocabulary.${key}`, ['must be a list of words (text, not empty)', '단어(비어 있지 않은 텍스트)의 목록이어야 함']);
      else bad(`vocabulary.${excerpt(key)}`, [`is no word list (they are ${[...VOCABULARY_LISTS, 'allow'].join(', ')})`, `단어 목록이 아님(${[...VOCABULARY_LISTS, 'allow'].join(', ')})`]);
    }
  }
  return { settings, problems };
}

/**
 * The settings without the values nested deeper than MAX_DEPTH: a whole key, or an entry of an
 * object under it (`rules.<id>`, `vocabulary.<list>`), so the rest of it still applies.
 */
function shallower(raw: Obj, problems: SettingProblem[]): Obj {
  // No prototype: a client's own `__proto__` key stays a key (named as unknown), never the prototype.
  const out = Object.create(null) as Obj;
  const deep = (setting: string) => problems.push({ setting: `cbo.${excerpt(setting)}`, en: `is nested more than ${MAX_DEPTH} levels deep`, ko: `${MAX_DEPTH}단계보다 깊이 중첩됨` });
  for (const [key, value] of Object.entries(raw)) {
    if (!isObject(value)) {
      if (deeper(value, MAX_DEPTH)) deep(key);
      else out[key] = value;
      continue;
    }
    const kept = Object.create(null) as Obj;
    for (const [sub, v] of Object.entries(value)) {
      if (deeper(v, MAX_DEPTH - 1)) deep(`${key}.${sub}`);
      else kept[sub] = v;
    }
    out[key] = kept;
  }
  return out;
}

/** Whether the value nests more than `limit` levels of objects and lists: walked with a stack of its own, never recursing. */
function deeper(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [v, depth] = top;
    if (typeof v !== 'object' || v === null) continue;
    if (depth >= limit) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
  return false;
}

let ruleIds: string[] | undefined;
function knownRuleIds(): string[] {
  ruleIds ??= ruleCatalog().map((r) => r.id);
  return ruleIds;
}

/**
 * When the settings warning is shown (server.ts). Not before `initialized` (the spec lets the
 * server speak first then); not again for the same problems (a client resends its whole settings
 * on every change); and a key the server does not read is named once per session, however often
 * it comes back, while a wrong value is named again when it returns after being fixed.
 */
export class SettingsWarnings {
  private pending: SettingProblem[] = [];
  private ready = false;
  /** The problems last warned of, as one key (the English warning). */
  private last = '';
  /** Unknown keys already named. */
  private readonly named = new Set<string>();

  constructor(
    private readonly show: (text: string) => void,
    private readonly lang: () => Lang,
  ) {}

  /** The problems of the settings just taken. */
  took(problems: SettingProblem[]): void {
    this.pending = problems;
    if (this.ready) this.flush();
  }

  /** `initialized`: the server may speak. */
  start(): void {
    this.ready = true;
    this.flush();
  }

  private flush(): void {
    const all = this.pending;
    this.pending = [];
    const key = all.length ? settingsWarning(all, 'en') : '';
    if (key === this.last) return;
    this.last = key;
    const fresh = all.filter((p) => !p.unknown || !this.named.has(p.setting));
    // Only the keys the warning names count as named; the ones it counts wait for the next.
    for (const p of fresh.slice(0, NAMED)) if (p.unknown) this.named.add(p.setting);
    if (fresh.length) this.show(settingsWarning(fresh, this.lang()));
  }
}

/** The one warning for the dropped settings, in the server's language. */
export function settingsWarning(problems: readonly SettingProblem[], lang: Lang): string {
  const named = namedList(problems.map((p) => (lang === 'ko' ? `${p.setting}: ${p.ko}` : `${p.setting} ${p.en}`)), lang);
  if (lang === 'ko') return `CBO Guide: 쓸 수 없는 설정을 무시했습니다: ${named}. 나머지 설정으로 검사합니다.`;
  return `CBO Guide ignored settings it cannot use: ${named}. The other settings apply.`;
}
