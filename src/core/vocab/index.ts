// Rule vocabularies, English and Korean, as data (en.json, ko.json). Users extend them
// through `.cborc.yaml` (`vocabulary:`); words are only ever matched, never executed.
// English words are matched as whole words with their inflections (deploy, deployed,
// deploying); Korean words as stems anywhere (구축 in 구축한다, 재구축, 구축하여), because
// Korean attaches endings and particles to the stem without a space.
import en from './en.json';
import ko from './ko.json';

export interface Vocabulary {
  /** Verbs (and their nouns) naming a deliverable: implement, deployment, 구축, 도입 ... */
  outputVerbs: string[];
  /** Aspirations that need a number to mean anything: improve, faster, 개선, 줄인 ... */
  aspirationWords: string[];
  /** Words that sound like substance and carry none: seamless, 획기적 ... */
  weaselWords: string[];
  /** Template placeholders and to-do markers: TBD, TODO, [Outcome Title] ... */
  placeholders: string[];
  /** Nouns naming whose behaviour changes: customers, analysts, 고객, 직원 ... */
  actorNouns: string[];
  /**
   * Words that, after an actor, mark a change in what that actor does: instead of,
   * without, no longer, 대신, 없이, 스스로. "Nurses chart at the bedside instead of at the
   * end of the shift" states a behaviour change without a number.
   */
  changeMarkers: string[];
  /**
   * Phrases inside which a listed word does not count: "leading to" (not a weasel),
   * 전환율 (a conversion rate, not a migration), 개발자 (a developer, not development).
   */
  exceptions: string[];
}

export type VocabularyList = keyof Vocabulary;
export const VOCABULARY_LISTS: VocabularyList[] = [
  'outputVerbs',
  'aspirationWords',
  'weaselWords',
  'placeholders',
  'actorNouns',
  'changeMarkers',
  'exceptions',
];

const BUILT_IN: Vocabulary = merge(en as Partial<Vocabulary>, ko as Partial<Vocabulary>);

export function builtInVocabulary(): Vocabulary {
  return BUILT_IN;
}

/**
 * The vocabularies made for the users' additions, by their words: the word lists of a vocabulary
 * are compiled once per object (text/statement.ts), and `cbo check` made a new one per file, so a
 * config with 300,000 weasel words cost 7 s a file. Few configs are live at once; emptied when full.
 */
const EXTENDED = new Map<string, Vocabulary>();
const EXTENDED_MAX = 8;

/** Built-in words plus the user's additions; a user cannot remove built-in words here. */
export function extendVocabulary(extra: Partial<Record<VocabularyList, string[]>> | undefined): Vocabulary {
  if (!extra || VOCABULARY_LISTS.every((k) => !extra[k]?.length)) return BUILT_IN;
  const key = JSON.stringify(VOCABULARY_LISTS.map((k) => extra[k] ?? []));
  let v = EXTENDED.get(key);
  if (!v) {
    if (EXTENDED.size >= EXTENDED_MAX) EXTENDED.clear();
    v = merge(BUILT_IN, extra);
    EXTENDED.set(key, v);
  }
  return v;
}

function merge(a: Partial<Vocabulary>, b: Partial<Vocabulary>): Vocabulary {
  const out = {} as Vocabulary;
  for (const k of VOCABULARY_LISTS) {
    out[k] = [...new Set([...(a[k] ?? []), ...(b[k] ?? [])])];
  }
  return out;
}
