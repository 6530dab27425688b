// Keys of the client's `cbo` settings the server does not know. Typed by hand in a Lua, TOML or
// JSON client config, a misspelt key (`lnag = "ko"`, `markdown = { enabel = false }`) was taken
// without a word and its value never applied, so the user saw the server ignore a setting they
// had written. Each such key is now a problem the settings warning names, with the key meant
// when one is near, as the schema's and the CLI's "did you mean" do.
import { nearestWord } from '../core/edit-distance';
import { excerpt } from '../core/text/excerpt';
import type { ClientSettings } from './client-settings';
import { isObject, type Obj } from './json-object';

/** A key the server does not read, in the shape of client-settings.ts's SettingProblem. */
export interface UnknownKey {
  setting: string;
  en: string;
  ko: string;
  /** Named once per session (server.ts): a client resends its whole settings on every change. */
  unknown: true;
}

/**
 * The keys under `cbo` the server reads, and the keys it reads under each object among them, in
 * the order the warning lists them. Checked against ClientSettings: a key added to the type and
 * not here (or one here that the type lacks, or a sub-key it does not have) fails the type check,
 * so the two cannot drift apart.
 */
const KNOWN_KEYS = {
  files: [],
  markdown: ['enable'],
  rules: [],
  vocabulary: [],
  lang: [],
  maxFileBytes: [],
  debounceMs: [],
  checklists: ['enabled', 'plans'],
  today: [],
} satisfies { readonly [K in keyof Required<ClientSettings>]: readonly (keyof NonNullable<ClientSettings[K]> & string)[] };
const KNOWN: Readonly<Record<string, readonly string[]>> = KNOWN_KEYS;

/**
 * Settings of the VS Code extension (package.json) the server has no use for: a config copied
 * from VS Code may hold them, and they are named as what they are rather than as misspellings.
 */
const EXTENSION_ONLY = ['schemaDiagnostics'];

/** The keys of `raw` (the `cbo` object) and of its `markdown` and `checklists` objects that the server does not read. */
export function unknownKeys(raw: Obj): UnknownKey[] {
  const found: UnknownKey[] = [];
  const top = Object.keys(KNOWN);
  for (const key of Object.keys(raw)) {
    const under = subKeys(key);
    if (under) {
      const value = raw[key];
      if (under.length && isObject(value)) for (const sub of Object.keys(value)) if (!under.includes(sub)) found.push(unknown(`${key}.${sub}`, near(sub, under), key));
    } else if (EXTENSION_ONLY.includes(key)) {
      found.push({ setting: `cbo.${key}`, en: 'is a setting of the VS Code extension only; the language server has no use for it', ko: 'VS Code 확장에만 있는 설정이라 언어 서버는 쓰지 않음', unknown: true });
    } else if (dotted(key)) {
      // `"markdown.enable": false`, as VS Code's settings.json writes it: the server reads objects.
      const [head, sub] = key.split('.') as [string, string];
      found.push({ setting: `cbo.${excerpt(key)}`, en: `is read nested: write ${head}: { ${sub}: … }`, ko: `중첩해 읽음: ${head}: { ${sub}: … }로 쓰세요`, unknown: true });
    } else found.push(unknown(key, near(key, top)));
  }
  return found;
}

/**
 * The key meant, one edit away or two from a key of four letters or more. onlyNear allows two
 * only from five letters, and `lnag` (a transposition, two edits) got no hint for `lang`. The
 * keys here are few and unlike (the nearest two, files and rules, are two edits apart), and a key
 * as near to two of them (`fules`) gets no hint.
 */
function near(key: string, candidates: readonly string[]): string | undefined {
  return nearestWord(key, candidates, key.length >= 4 ? 2 : 1, 'none');
}

/** The keys read under a known key (none for a list or a value), or undefined for a key the server does not read. */
function subKeys(key: string): readonly string[] | undefined {
  // Own keys only: `constructor` or `__proto__` from the client is no setting.
  return Object.hasOwn(KNOWN, key) ? KNOWN[key] : undefined;
}

/** `markdown.enable`, `checklists.plans`: a known key written with its parent, dotted. */
function dotted(key: string): boolean {
  const [head, sub, more] = key.split('.');
  return more === undefined && head !== undefined && sub !== undefined && (subKeys(head) ?? []).includes(sub);
}

function unknown(key: string, near: string | undefined, parent?: string): UnknownKey {
  const setting = `cbo.${excerpt(key)}`;
  if (near) {
    const meant = `cbo.${parent ? `${parent}.` : ''}${near}`;
    return { setting, en: `is no setting (did you mean ${meant}?)`, ko: `알 수 없는 설정(${meant}?)`, unknown: true };
  }
  const keys = parent ? (subKeys(parent) ?? []).map((k) => `${parent}.${k}`) : settingNames();
  return { setting, en: `is no setting (they are ${keys.join(', ')})`, ko: `알 수 없는 설정(설정은 ${keys.join(', ')})`, unknown: true };
}

/** Every setting the server reads, as the README lists them (`markdown.enable`, `checklists.plans`). */
function settingNames(): string[] {
  const names: string[] = [];
  for (const [key, under] of Object.entries(KNOWN)) {
    if (!under.length) names.push(key);
    for (const sub of under) names.push(`${key}.${sub}`);
  }
  return names;
}
