// Rule vocabularies, English and Korean, as data (en.json, ko.json). Users extend them
// through `.cborc.yaml` (`vocabulary:`); words are only ever matched, never executed.
import en from './en.json';
import ko from './ko.json';

export interface Vocabulary {
  /** Verbs naming a deliverable: implement, deploy, 구축, 도입 ... */
  outputVerbs: string[];
  /** Aspirations that need a number to mean anything: improve, 개선 ... */
  aspirationWords: string[];
  /** Words that sound like substance and carry none: seamless, 획기적 ... */
  weaselWords: string[];
  /** Template placeholders and to-do markers: TBD, TODO, [Outcome Title] ... */
  placeholders: string[];
  /** Nouns naming whose behaviour changes: customers, analysts, 고객, 직원 ... */
  actorNouns: string[];
}

export type VocabularyList = keyof Vocabulary;
export const VOCABULARY_LISTS: VocabularyList[] = [
  'outputVerbs',
  'aspirationWords',
  'weaselWords',
  'placeholders',
  'actorNouns',
];

const BUILT_IN: Vocabulary = merge(en as Partial<Vocabulary>, ko as Partial<Vocabulary>);

export function builtInVocabulary(): Vocabulary {
  return BUILT_IN;
}

/** Built-in words plus the user's additions; a user cannot remove built-in words here. */
export function extendVocabulary(extra: Partial<Record<VocabularyList, string[]>> | undefined): Vocabulary {
  return extra ? merge(BUILT_IN, extra) : BUILT_IN;
}

function merge(a: Partial<Vocabulary>, b: Partial<Vocabulary>): Vocabulary {
  const out = {} as Vocabulary;
  for (const k of VOCABULARY_LISTS) {
    out[k] = [...new Set([...(a[k] ?? []), ...(b[k] ?? [])])];
  }
  return out;
}
