// The shape of an outcome statement, read before its words are weighed:
//
//   English  a command ("Run 5 webinars", "Be the best"): its first verb, classed as a
//            deliverable, an activity, a change, a state, a result or a light verb;
//            a subject and its verb ("Hotel guests check in on their phone");
//            or a phrase with no verb ("Partner self-service portal", "Business growth").
//   Korean   the predicate at the end ("… 체계화", "… 개최", "… 성장해야 해!", "… 보낸다")
//            and the subject marked by its particle ("학부모가", "민원인이").
//
// Which verbs exist comes from WordNet (./lexicon.ts); the closed classes from
// ../vocab/shape-words.ts. Everything is a lookup over the statement's words: no regular
// expression is built per call, and the cost is linear in the statement.
import {
  EN_ARTEFACT_NOUNS, EN_LIGHT_VERBS, EN_RESULT_VERBS, EN_STATE_VERBS, EN_STATE_WORDS, KO_ACTION_NOUNS, KO_DESIRE_ENDING,
  KO_PERSON_END, KO_RESULT_NOUNS, KO_STATE_WORDS,
} from '../vocab/shape-words';
import { isNounFirst, isVerbLemma, verbLemmaOf } from './lexicon';

export interface Tok {
  /** Lower case. */
  text: string;
  start: number;
  end: number;
}

export type HeadClass = 'deliverable' | 'activity' | 'change' | 'state' | 'result' | 'light';

export interface EnglishShape {
  lang: 'en';
  kind: 'command' | 'subject' | 'phrase';
  /** The command's verb, or the subject's verb. */
  head?: Tok & { cls: HeadClass | 'other' };
  /** The subject's words (kind 'subject'). */
  subject?: Tok[];
  /** The subject names people ("Hotel guests", "Job seekers", "Account managers"). */
  people: boolean;
  /** A word naming a state or direction ("best", "love", "progress"), if any. */
  stateWord?: Tok;
  /** A made thing the phrase ends on ("portal", "dashboard"), if any. */
  artefact?: Tok;
}

export interface KoreanShape {
  lang: 'ko';
  /** The last word, whose stem carries the statement. */
  predicate?: Tok & { stem: string; cls: 'action' | 'result' | 'change' | 'state' | 'desire' | 'verb' | 'noun'; finite: boolean };
  /** A subject naming people, with its particle ("학부모가"). */
  person?: Tok;
  stateWord?: Tok;
}

export type Shape = EnglishShape | KoreanShape;

const TOKEN = /[\p{L}\p{N}#]+(?:['’-][\p{L}\p{N}]+)*/gu;
const HANGUL = /[\uac00-\ud7af]/;
const LEAD = new Set(['to', 'we', 'will', 'want', 'aim', 'need', 'must', 'should', 'shall', "let's", 'lets', 'let', 'us', 'i', 'you', 'also', 'then', 'and']);
const DETERMINERS = new Set(['a', 'an', 'the', 'our', 'all', 'every', 'each', 'your', 'their', 'this', 'these', 'those', 'its', 'my', 'new', 'more', 'some', 'any', 'two', 'three', 'four', 'five', 'ten', 'at', 'up', 'out', 'with', 'for', 'to', 'on', 'in', 'into', 'across', 'and', '&']);
const MODALS = new Set(['will', 'can', 'could', 'should', 'must', 'may', 'might', 'would', 'shall', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'do', 'does', 'did', 'get', 'gets', 'no', 'never', 'now', 'always', 'only', 'no longer']);
const CHANGE_VERBS = new Set(['fall', 'drop', 'rise', 'shrink', 'decline', 'climb', 'grow', 'increase', 'decrease', 'improve', 'reduce', 'double', 'halve', 'jump', 'go', 'reach', 'hit']);
const PREPOSITIONS = new Set(['with', 'of', 'in', 'on', 'at', 'for', 'from', 'who', 'that', 'across', 'under', 'over']);
const PLURAL_PEOPLE = new Set(['people', 'staff', 'personnel', 'crew', 'workforce', 'police', 'children', 'men', 'women', 'faculty']);
const PEOPLE_WORDS = new Set(['people', 'staff', 'personnel', 'crew', 'folks', 'teams', 'parents', 'guests', 'users', 'customers', 'clients', 'members', 'citizens']);
const PEOPLE_SUFFIX = new Set(['ers', 'ors', 'ees', 'ists', 'ians', 'ants', 'ents']);
/** A word that reads as people: listed, or a plural agent noun (drivers, pharmacists, tenants). Set lookups, no regex. */
function isPeopleWord(w: string): boolean {
  return PEOPLE_WORDS.has(w) || PEOPLE_SUFFIX.has(w.slice(-3)) || PEOPLE_SUFFIX.has(w.slice(-4));
}
// Plural nouns that read like a verb's -s form ("users" / "uses"): a person word wins.
const KO_ENDINGS = /(?:하기|한다|합니다|하다|함|했다|한\s?것|할\s?것|하는\s?것|된다|됨|되다|시킨다|시키기|시킴|시키다|하여|해|했음|완료|예정|추진|진행)$/;

export function tokensOf(text: string): Tok[] {
  const out: Tok[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) out.push({ text: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  return out;
}

/**
 * `deliverableAt` / `changeAt`: whether the user-extensible lists (outputVerbs,
 * aspirationWords) hold a word starting at an offset, so a team's own verbs keep their class.
 */
export function englishShape(text: string, toks: readonly Tok[], deliverableAt: (start: number) => boolean, changeAt: (start: number) => boolean, actorAt: (start: number) => boolean): EnglishShape {
  let i = leadEnd(toks, text);
  while (i < toks.length - 1 && (LEAD.has(toks[i]!.text) || /^[a-z]{3,}ly$/.test(toks[i]!.text))) i++;
  const stateWord = toks.find((t) => EN_STATE_WORDS.has(t.text)) ?? (text.includes('#1') ? toks.find((t) => t.text === '1') : undefined);
  const base: EnglishShape = { lang: 'en', kind: 'phrase', people: false, ...(stateWord ? { stateWord } : {}) };
  const h = toks[i];
  if (!h) return base;
  const next = toks[i + 1];
  // A person noun that is also a verb ("People with high blood pressure start walking") is a subject.
  const cls = (actorAt(h.start) && !isVerbLemma(h.text)) || isPeopleWord(h.text) || PLURAL_PEOPLE.has(h.text) ? undefined : headClass(h, deliverableAt, changeAt);
  // A verb that is more often a noun heads a command only when an object follows it, or no
  // verb follows: "Support the field teams" is a command, "Support tickets fall" is not.
  const nounReading = isNounFirst(h.text) && !(next && (DETERMINERS.has(next.text) || /^\d/.test(next.text))) && subjectVerb(toks, i + 1, actorAt) !== undefined;
  if (cls && !nounReading && !(cls === 'activity' && next && MODALS.has(next.text))) {
    return { ...base, kind: 'command', head: { ...h, cls } };
  }
  const v = subjectVerb(toks, i, actorAt);
  if (v !== undefined) {
    const subject = toks.slice(i, v);
    // The subject's head noun names people: the last word before any preposition
    // ("Hotel guests", "People with high blood pressure"; not "Customer experience").
    const prep = subject.findIndex((t, k) => k > 0 && PREPOSITIONS.has(t.text));
    const headNoun = subject[(prep < 0 ? subject.length : prep) - 1]!;
    const people = actorAt(headNoun.start) || isPeopleWord(headNoun.text) || PLURAL_PEOPLE.has(headNoun.text);
    const verb = toks[v]!;
    const lemma = verbLemmaOf(verb.text) ?? verb.text;
    const vcls: HeadClass | 'other' = changeAt(verb.start) || CHANGE_VERBS.has(lemma) ? 'change' : EN_STATE_VERBS.has(lemma) ? 'state' : 'other';
    return { ...base, kind: 'subject', subject, people, head: { ...verb, cls: vcls } };
  }
  const last = [...toks].reverse().find((t) => EN_ARTEFACT_NOUNS.has(t.text));
  return { ...base, ...(last ? { artefact: last } : {}) };
}

/** Past a leading time phrase: "By June 30, 2016, we will ...", "By the end of the year, I will ...". */
function leadEnd(toks: readonly Tok[], text: string): number {
  if (!/^\s*(?:by|in|during|before|until|over)\b/i.test(text)) return 0;
  const comma = text.indexOf(',', text.search(/\d{4}|year|month|quarter|week/i));
  if (comma < 0 || comma > 48) return 0;
  const i = toks.findIndex((t) => t.start > comma);
  return i < 0 ? 0 : i;
}

function headClass(h: Tok, deliverableAt: (s: number) => boolean, changeAt: (s: number) => boolean): HeadClass | undefined {
  if (deliverableAt(h.start)) return 'deliverable';
  if (changeAt(h.start)) return 'change';
  if (EN_STATE_VERBS.has(h.text)) return 'state';
  if (EN_LIGHT_VERBS.has(h.text)) return 'light';
  if (!isVerbLemma(h.text)) return undefined;
  return EN_RESULT_VERBS.has(h.text) ? 'result' : 'activity';
}

function plural(w: string): boolean {
  return isPeopleWord(w) || PLURAL_PEOPLE.has(w) || (w.length > 2 && w.endsWith('s') && !w.endsWith('ss') && !isVerbLemma(w));
}

/** The index of the verb of a subject starting at `from`, within the first six words. */
function subjectVerb(toks: readonly Tok[], from: number, actorAt: (s: number) => boolean): number | undefined {
  for (let k = from + 1; k < Math.min(toks.length, from + 7); k++) {
    const t = toks[k]!.text;
    const prev = toks[k - 1]!.text;
    if (MODALS.has(t)) return k;
    if (DETERMINERS.has(prev) && prev !== 'and') continue;
    if (isVerbLemma(t) && plural(prev)) return k;
    // "People with high blood pressure start walking": a verb after a people subject's modifiers.
    if (k > from + 1 && isVerbLemma(t) && !isNounFirst(t) && (PLURAL_PEOPLE.has(toks[from]!.text) || isPeopleWord(toks[from]!.text)) && !DETERMINERS.has(prev)) return k;
    if (/[^s]s$/.test(t) && !isPeopleWord(t) && !actorAt(toks[k]!.start) && verbLemmaOf(t) && !plural(prev) && !DETERMINERS.has(prev)) {
      // "Readership increases", "Checkout abandonment falls": a singular subject and its verb.
      if (k + 1 >= toks.length || !isVerbLemma(toks[k + 1]!.text) || DETERMINERS.has(toks[k + 1]!.text)) return k;
    }
    if (/ed$/.test(t) && verbLemmaOf(t) && k === from + 1 && !isVerbLemma(prev)) return k;
  }
  return undefined;
}

export function koreanShape(text: string, toks: readonly Tok[], actionAt: (s: number, e: number) => boolean, changeAt: (s: number, e: number) => boolean, actorAt: (s: number) => boolean): KoreanShape {
  const stateWord = toks.find((t) => KO_STATE_WORDS.some((w) => t.text.includes(w)) || EN_STATE_WORDS.has(t.text));
  const out: KoreanShape = { lang: 'ko', ...(stateWord ? { stateWord } : {}) };
  // The subject: a person word with 이/가/은/는/께서 ("학부모가", "택배 기사가").
  for (const t of toks) {
    if (!HANGUL.test(t.text)) continue;
    const m = /^(.+?)(?:들)?(?:이|가|은|는|께서)$/.exec(t.text);
    if (m && (actorAt(t.start) || KO_PERSON_END.test(m[1]!))) {
      out.person = t;
      break;
    }
  }
  const hangul = toks.filter((t) => HANGUL.test(t.text));
  const last = hangul[hangul.length - 1];
  if (!last) return out;
  const whole = text.slice(last.start).trim();
  if (KO_DESIRE_ENDING.test(whole) || /[가-힣]자\s*!/.test(whole)) return { ...out, predicate: { ...last, stem: last.text, cls: 'desire', finite: true } };
  const finite = /(?:다|요|음|임)$/.test(last.text);
  // The stem of the last word, then of the word before when the last one is an ending
  // written apart ("도입 완료", "운영 추진", "완성한 것").
  let p = last;
  let stem = last.text.replace(/[을를이가은는의에로으도과와만]$/, '').replace(KO_ENDINGS, '');
  if (!stem || ['것', '완료', '예정', '추진', '진행', '함'].includes(last.text)) {
    const prev = hangul[hangul.length - 2];
    if (prev) {
      p = prev;
      stem = prev.text.replace(KO_ENDINGS, '').replace(/[한할하는]$/, '');
      if (!stem) stem = prev.text;
      if (['완료', '진행', '추진'].includes(last.text) && !KO_RESULT_NOUNS.has(stem) && !changeAt(prev.start, prev.end)) {
        return { ...out, predicate: { ...p, end: p.start + stem.length, stem, cls: 'action', finite } };
      }
    }
  }
  const ends = (set: Set<string>) => [...set].some((w) => stem.endsWith(w));
  let cls: NonNullable<KoreanShape['predicate']>['cls'];
  if (KO_STATE_WORDS.some((w) => stem.endsWith(w) || stem.startsWith(w))) cls = 'state';
  else if (changeAt(p.start, p.end)) cls = 'change';
  else if (ends(KO_RESULT_NOUNS)) cls = 'result';
  else if (ends(KO_ACTION_NOUNS) || actionAt(p.start, p.end) || (/화$/.test(stem) && stem.length >= 3) || /[가-힣]기$/.test(p.text)) cls = 'action';
  else if (finite) cls = 'verb';
  else cls = 'noun';
  // The span is the stem ("구축" of "구축한다"), what the message names.
  const end = p.text.startsWith(stem) ? p.start + stem.length : p.end;
  return { ...out, predicate: { ...p, end, stem, cls, finite } };
}
