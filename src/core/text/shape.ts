// The shape of an outcome statement, read before its words are weighed:
//
//   English  a command ("Run 5 webinars", "Be the best"): its first verb, classed as a
//            deliverable, an activity, a change, a state, a result or a light verb;
//            a subject and its verb ("Hotel guests check in on their phone");
//            or a phrase with no verb ("Partner self-service portal", "Business growth").
//   Korean   the predicate at the end ("… 체계화", "… 개최", "… 성장해야 해!", "… 보낸다")
//            and the subject marked by its particle ("학부모가", "민원인이"): shape-ko.ts.
//
// Which verbs exist comes from WordNet (./lexicon.ts); the closed classes from
// ../vocab/shape-words.ts. Everything is a lookup over the statement's words: no regular
// expression is built per call, and the cost is linear in the statement.
import {
  EN_ARTEFACT_NOUNS, EN_COMPLETE_WORDS, EN_IRREGULAR_PARTICIPLES, EN_LIGHT_VERBS, EN_MENTAL_VERBS, EN_RESULT_VERBS, EN_STATE_VERBS, EN_STATE_WORDS, EN_US_OBJECT,
} from '../vocab/shape-words';
import { isNounFirst, isVerbLemma, verbLemmaOf } from './lexicon';
import { leadStart } from './shape-lead';
import { AUXILIARIES, CAPITAL, orgNameVerb, plainVerbAt, pluralNoun, thirdPersonAt } from './shape-noun-lead';

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
  /**
   * A subject whose verb says it was done or is finished: "Portal rebuilt", "Single sign-on
   * is implemented", "The ERP upgrade is complete", "New onboarding flow live by March".
   * `lemma` is the verb's ("rebuild"), or the word itself for live / complete.
   */
  done?: Tok & { lemma: string };
  /** The subject's head noun names a made thing ("portal", "webinars"). */
  artefactSubject?: boolean;
  /** People "can" do it: a capability, not a behaviour ("Disabled people can access ..."). */
  capability?: Tok;
  /** The company is the object of the people's verb: "Customers choose us". */
  aboutUs?: Tok;
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
const LEAD = new Set(['to', 'we', 'will', 'want', 'aim', 'need', 'must', 'should', 'shall', "let's", 'lets', 'let', 'us', 'i', 'you', 'also', 'then', 'and']);
const DETERMINERS = new Set(['a', 'an', 'the', 'our', 'all', 'every', 'each', 'your', 'their', 'this', 'these', 'those', 'its', 'my', 'new', 'more', 'some', 'any', 'two', 'three', 'four', 'five', 'ten', 'at', 'up', 'out', 'with', 'for', 'to', 'on', 'in', 'into', 'across', 'and', '&']);
const MODALS = new Set([...AUXILIARIES, 'no', 'never', 'now', 'always', 'only', 'no longer']);
const CHANGE_VERBS = new Set(['fall', 'drop', 'rise', 'shrink', 'decline', 'climb', 'grow', 'increase', 'decrease', 'improve', 'reduce', 'double', 'halve', 'jump', 'go', 'reach', 'hit']);
const PREPOSITIONS = new Set(['with', 'of', 'in', 'on', 'at', 'for', 'from', 'who', 'that', 'across', 'under', 'over']);
const EACH = new Set(['every', 'each']);
const PLURAL_PEOPLE = new Set(['people', 'staff', 'personnel', 'crew', 'workforce', 'police', 'children', 'men', 'women', 'faculty']);
// Partner organisations (pharmacies, clinics, stores, outlets) act as people do: "Clinics book
// follow-up visits before discharge" is a partner's behaviour, as 약국 and 가맹점 are in Korean.
const PEOPLE_WORDS = new Set(['individuals', 'persons', 'reps', 'heads', 'everyone', 'everybody', 'people', 'staff', 'personnel', 'crew', 'folks', 'teams', 'squads', 'pods', 'parents', 'guests', 'users', 'customers', 'clients', 'patrons', 'members', 'citizens', 'apprentices', 'pupils', 'families', 'households', 'adults', 'youth', 'veterans', 'nurses', 'midwives', 'colleagues', 'peers', 'teens', 'kids', 'girls', 'boys', 'seniors', 'elders', 'carers', 'communities', 'businesses', 'companies', 'firms', 'smes', 'startups', 'agencies', 'councils', 'departments', 'countries', 'nations', 'governments', 'municipalities', 'pharmacies', 'clinics', 'hospitals', 'surgeries', 'dealerships', 'franchises', 'stockists', 'charities', 'stores', 'outlets']);
/** A word that reads as people: listed, or a plural agent noun (drivers, pharmacists, tenants). Set lookups, no regex. */
function isPeopleWord(w: string): boolean {
  return PEOPLE_WORDS.has(w) || (agentPlural(w) && !NOT_PEOPLE.has(w));
}
/** Ends in -ers, -ors, -ees, -ists, -ians, -ants or -ents: read by character, since this runs for many words of every statement (a slice per test was a string each). */
function agentPlural(w: string): boolean {
  const n = w.length;
  if (n < 3 || w.charCodeAt(n - 1) !== 115 /* s */) return false;
  const a = w.charCodeAt(n - 3);
  const b = w.charCodeAt(n - 2);
  // -ers, -ors, -ees
  if ((b === 114 /* r */ && (a === 101 /* e */ || a === 111 /* o */)) || (a === 101 && b === 101)) return true;
  if (b !== 116 /* t */ && b !== 110 /* n */) return false;
  const c = w.charCodeAt(n - 4);
  // -ists, -ians, -ants, -ents
  return (c === 105 /* i */ && a === 115 /* s */ && b === 116) || (c === 105 && a === 97 /* a */ && b === 110) || (a === 110 && b === 116 && (c === 97 || c === 101));
}
// Plural nouns with an agent's ending that name things: "Our rivers will be clean", "Payments
// settle the same day".
const NOT_PEOPLE = new Set(`rivers waters numbers orders letters centers computers servers containers filters layers
  papers offers transfers barriers borders chapters corners covers matters meters parameters quarters registers towers
  answers powers factors sectors errors indicators monitors vectors doors floors colors motors sensors
  payments documents investments incidents agreements requirements assessments components segments comments
  events environments statements elements improvements appointments settlements treatments placements enrolments
  enrollments shipments experiments instruments announcements commitments contents accidents amendments arrangements
  deployments developments engagements equipments establishments governments judgments judgements movements
  procurements recruitments replacements talents plants grants restaurants
  variants implants pants warrants covenants remnants constants`.split(/\s+/));
/** A word that names people ("customers", "pharmacists", "staff"): for readers outside the shape. */
export function isPeopleNoun(w: string): boolean {
  return isPeopleWord(w) || PLURAL_PEOPLE.has(w);
}

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
  let i = leadStart(toks, text);
  while (i < toks.length - 1 && (LEAD.has(toks[i]!.text) || isAdverb(toks[i]!.text))) i++;
  let stateWord: Tok | undefined;
  for (const t of toks) {
    if (isStateTok(t)) {
      stateWord = t;
      break;
    }
  }
  const base: EnglishShape = { lang: 'en', kind: 'phrase', people: false };
  if (stateWord) base.stateWord = stateWord;
  const h = toks[i];
  if (!h) return base;
  const next = toks[i + 1];
  // A gerund opening an activity: "Running 5 webinars", "Hosting a hackathon", "Rolling out
  // Salesforce". Only before an object's determiner, a number or a particle: "Marketing
  // qualified leads" and "Onboarding time" are nouns.
  const gerund = h.text.length > 5 && h.text.endsWith('ing') && next && (DETERMINERS.has(next.text) || PARTICLES.has(next.text) || isNumber(next.text)) ? gerundLemma(h.text) : undefined;
  const headWord = gerund ?? h.text;
  // A person noun that is also a verb ("People with high blood pressure start walking") is a subject.
  // "Win our first 50 customers": a number just past the determiners is the verb's count.
  const countAhead = next !== undefined && COUNT_LEAD.has(next.text) && (isNumber(toks[i + 2]?.text ?? '') || (COUNT_LEAD.has(toks[i + 2]?.text ?? '') && isNumber(toks[i + 3]?.text ?? '')));
  // "Average handle time under 5 minutes", "Total cost per case": a metric named, not a command.
  const cls = (actorAt(h.start) && !isVerbLemma(headWord)) || isPeopleWord(h.text) || PLURAL_PEOPLE.has(h.text) || METRIC_LEADS.has(h.text) ? undefined : headClass(h, headWord, next, countAhead, deliverableAt, changeAt);
  // A verb that is more often a noun heads a command only when an object follows it, or no
  // verb follows: "Support the field teams" is a command, "Support tickets fall" is not.
  // Nor does any verb when a change verb with its measure follows its noun ("Repeat visits
  // per member rise from 2 to 3").
  const objectNext = next !== undefined && (DETERMINERS.has(next.text) || isNumber(next.text));
  // "Shift supervisors swap shifts": a verb-like noun before people and their verb.
  const peopleThenVerb = next !== undefined && isPeopleWord(next.text) && toks[i + 2] !== undefined && isVerbLemma(toks[i + 2]!.text) && !isNounFirst(toks[i + 2]!.text) && !EN_STATE_VERBS.has(toks[i + 2]!.text);
  // "Pack stations seal every carton", "Harbor Foods sells …", "Ship-from-store orders leave":
  // a command's object is never followed straight by its own plain verb, a name is two
  // capitalised words before a verb in -s, and a compound of three or more parts is a modifier.
  const thingsThenVerb = next !== undefined && !EN_LIGHT_VERBS.has(headWord) && pluralNoun(next.text) && plainVerbAt(toks, i + 2);
  const named = cls !== undefined && next !== undefined && CAPITAL.test(text.slice(h.start, h.end)) && CAPITAL.test(text.slice(next.start, next.end)) && thirdPersonAt(toks, text, i + 2);
  const compound = h.text.split('-').length > 2;
  const orgVerb = CAPITAL.test(text.slice(h.start, h.end)) ? orgNameVerb(toks, text, i) : undefined;
  const change = laterChange(toks, i + 1);
  const nounReading = !gerund && !objectNext && (change !== undefined || peopleThenVerb || thingsThenVerb || named || compound || orgVerb !== undefined || (isNounFirst(h.text) && subjectVerb(toks, i + 1, actorAt) !== undefined));
  if (cls && !nounReading && !(cls === 'activity' && next && MODALS.has(next.text))) {
    return { ...base, kind: 'command', head: withClass(h, cls) };
  }
  const v = change ?? orgVerb ?? (peopleThenVerb || thingsThenVerb || named ? i + 2 : subjectVerb(toks, i, actorAt));
  if (v !== undefined) {
    const subject = toks.slice(i, v);
    // "Reps consistently use ...": the adverb belongs to the verb.
    while (subject.length > 1 && isAdverb(subject[subject.length - 1]!.text)) subject.pop();
    // The subject's head noun names people: the last word before any preposition
    // ("Hotel guests", "People with high blood pressure"; not "Customer experience").
    // "100% of teachers in grades 3-5", "Half of our nurses": the people come after "of".
    const ofAt = subject.length > 2 && (isNumber(subject[0]!.text) || SHARE_WORDS.has(subject[0]!.text)) ? subject.findIndex((t, k) => k > 0 && k < 3 && t.text === 'of') : -1;
    const from = ofAt < 0 ? 0 : ofAt + 1;
    const prep = subject.findIndex((t, k) => k > from && PREPOSITIONS.has(t.text));
    const headNoun = subject[(prep < 0 ? subject.length : prep) - 1] ?? subject[0]!;
    // "Older people discharged from hospital": a participle after the people describes them.
    const described = subject.indexOf(headNoun) > from && participleLemma(headNoun.text) !== undefined ? subject[subject.indexOf(headNoun) - 1]! : headNoun;
    // "Every household", "Each tenant": one person of a group, named in the singular.
    // Listed people only: the agent-noun guess would read "Each printer" as a person.
    const oneOfEach = EACH.has(subject[0]!.text) && (PEOPLE_WORDS.has(headNoun.text + 's') || PEOPLE_WORDS.has(headNoun.text + 'es') || actorAt(headNoun.start));
    const people = named || oneOfEach || (orgVerb === v && !deliverableAt(toks[v]!.start)) || actorAt(described.start) || isPeopleWord(described.text) || PLURAL_PEOPLE.has(described.text) || actorAt(headNoun.start) || isPeopleWord(headNoun.text) || PLURAL_PEOPLE.has(headNoun.text);
    let verb = toks[v]!;
    const out: EnglishShape = subjectShape(base, subject, people);
    // "Leaders use data ...": a state word that names the people themselves says who acts.
    if (people && out.stateWord && out.stateWord.start <= headNoun.start && isPeopleWord(out.stateWord.text)) {
      const later = toks.find((t) => t.start > headNoun.end && isStateTok(t));
      if (later) out.stateWord = later;
      else delete out.stateWord;
    }
    if (EN_ARTEFACT_NOUNS.has(headNoun.text)) out.artefactSubject = true;
    // Past an auxiliary ("is implemented", "has been upgraded", "can access", "are ready"):
    // the word that carries the meaning.
    if (MODALS.has(verb.text) && !RELATIVE.has(toks[v - 1]?.text ?? '')) {
      const aux = verb.text;
      let k = v + 1;
      while (k < toks.length && (AUX_SKIP.has(toks[k]!.text) || isAdverb(toks[k]!.text))) k++;
      const main = toks[k];
      if ((aux === 'can' || aux === 'could') && people) out.capability = verb;
      if (main) {
        const part = participleLemma(main.text);
        if ((EN_COMPLETE_WORDS.has(main.text) && !people) || (part && BE_HAVE.has(aux))) out.done = { ...main, lemma: part ?? main.text };
        else if (BE_FORMS.has(aux) && !isVerbLemma(main.text) && people && !isNumber(main.text)) out.stateWord ??= main;
        if (isVerbLemma(main.text) || verbLemmaOf(main.text)) verb = main;
      }
    } else {
      const part = participleLemma(verb.text);
      if (part && !people) out.done = { ...verb, lemma: part };
      else if (part && people && !ARTICLES.has(toks[v + 1]?.text ?? '')) out.done = { ...verb, lemma: part };
    }
    // "New onboarding flow live by March": a completion word after a thing.
    if (!out.done && !people) {
      const c = toks.find((t, k) => k > i && k <= v + 2 && EN_COMPLETE_WORDS.has(t.text));
      if (c) out.done = { ...c, lemma: c.text };
    }
    const lemma = verbLemmaOf(verb.text) ?? verb.text;
    const vcls: HeadClass | 'other' = changeAt(verb.start) || CHANGE_VERBS.has(lemma) ? 'change' : EN_STATE_VERBS.has(lemma) || (people && EN_MENTAL_VERBS.has(lemma)) ? 'state' : 'other';
    out.head = withClass(verb, vcls);
    // "Customers choose us", "Merchants rely on us", "People recognise our logo".
    const at = toks.indexOf(verb);
    const obj = toks[at + 1] && PREPOSITIONS.has(toks[at + 1]!.text) ? toks[at + 2] : toks[at + 1];
    if (people && obj && EN_US_OBJECT.has(obj.text)) out.aboutUs = obj;
    return out;
  }
  // "A new onboarding flow live by March", "Cloud migration completed by year end";
  // "Redesigned onboarding emails", "Newly built analytics dashboard": a made thing, done.
  const lead = participleLemma(h.text);
  const done = lead && !changeAt(h.start) && !EN_STATE_VERBS.has(lead) ? { ...h } : toks.find((t, k) => k > i && EN_COMPLETE_WORDS.has(t.text));
  let last: Tok | undefined;
  for (let k = toks.length - 1; k >= 0; k--) if (EN_ARTEFACT_NOUNS.has(toks[k]!.text)) { last = toks[k]; break; }
  const out: EnglishShape = { ...base };
  if (last) out.artefact = last;
  if (done) out.done = { ...done, lemma: done === toks[i] ? lead! : done.text };
  return out;
}

function isStateTok(t: Tok): boolean {
  return EN_STATE_WORDS.has(t.text) || t.text === '#1' || (t.text.includes('-') && hyphenState(t.text));
}

// Written out rather than spread: an object spread here went through V8's slow generic
// clone (the inputs come in several shapes) and was a third of the time of reading a shape.
// Same properties, in the same order, as `{ ...t, cls }` and `{ ...base, kind: 'subject', subject, people }`.
function withClass<C>(t: Tok, cls: C): Tok & { cls: C } {
  return { text: t.text, start: t.start, end: t.end, cls };
}

function subjectShape(base: EnglishShape, subject: Tok[], people: boolean): EnglishShape {
  const out: EnglishShape = { lang: 'en', kind: 'subject', people };
  if (base.stateWord !== undefined) out.stateWord = base.stateWord;
  out.subject = subject;
  return out;
}

const ARTICLES = new Set(['a', 'an', 'the', 'our', 'their', 'his', 'her', 'its', 'all', 'every', 'each', 'my', 'your']);
const AFTER_PARTICIPLE = new Set(['up', 'out', 'between', 'among', 'and', 'by', 'into', 'before', 'after', 'within', 'last', 'this', 'next', 'as', 'onto', 'through', 'during', 'early', 'late']);
const RELATIVE = new Set(['that', 'which', 'who', 'whose']);
const PARTICLES = new Set(['up', 'out', 'off', 'down', 'over']);
function isPeopleSubjectWord(w: string): boolean {
  return PLURAL_PEOPLE.has(w) || isPeopleWord(w);
}
const PEOPLE_DESCRIBED = new Set(['with', 'of', 'who', 'whose', 'living', 'aged']);
const VERB_FOLLOWERS = new Set(['to', 'the', 'a', 'an', 'their', 'our', 'home', 'back', 'up', 'out', 'online']);
const METRIC_LEADS = new Set(['average', 'median', 'mean', 'total', 'overall', 'net', 'gross']);
const SHARE_WORDS = new Set(['all', 'most', 'half', 'some', 'many', 'none', 'each', 'every']);
const COUNT_LEAD = new Set(['our', 'the', 'first', 'another', 'additional', 'next', 'at', 'least', 'over', 'more', 'than']);
const AUX_SKIP = new Set(['been', 'be', 'being', 'now', 'also', 'not', 'all', 'fully', 'then', 'able', 'to']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were']);
const BE_HAVE = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'get', 'gets']);
const CHANGE_FORMS = new Set(['up', 'down', 'rise', 'rises', 'fall', 'falls', 'drop', 'drops', 'grow', 'grows', 'increase', 'increases', 'decrease', 'decreases', 'double', 'doubles', 'halve', 'halves', 'climb', 'climbs', 'decline', 'declines', 'shrink', 'shrinks', 'improve', 'improves', 'reach', 'reaches', 'go', 'goes']);
const MEASURE_CUES = new Set(['from', 'to', 'by', 'below', 'above', 'under', 'over', 'at', 'beyond', 'past']);

function isAdverb(w: string): boolean {
  return w.length > 4 && w.endsWith('ly') && w !== 'only' && w !== 'supply' && w !== 'apply' && w !== 'reply' && w !== 'family' && w !== 'italy';
}

function isNumber(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** A word with a hyphen naming a state: "high-quality", "best-loved". */
function hyphenState(w: string): boolean {
  for (const part of w.split('-')) if (EN_STATE_WORDS.has(part)) return true;
  return false;
}

/** "running" → run, "hosting" → host, "rolling" → roll, "creating" → create. */
function gerundLemma(w: string): string | undefined {
  const stem = w.slice(0, -3);
  if (isVerbLemma(stem)) return stem;
  if (isVerbLemma(stem + 'e')) return stem + 'e';
  if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2] && isVerbLemma(stem.slice(0, -1))) return stem.slice(0, -1);
  return undefined;
}

/** The verb of a past participle: "rebuilt" → rebuild, "migrated" → migrate, "held" → hold. */
function participleLemma(w: string): string | undefined {
  const irregular = EN_IRREGULAR_PARTICIPLES.get(w);
  if (irregular) return irregular;
  if (w.length < 5 || !w.endsWith('ed')) return undefined;
  return verbLemmaOf(w);
}

/** A change verb with its measure after a noun ("visits per member rise from 2 to 3"): its index. */
function laterChange(toks: readonly Tok[], from: number): number | undefined {
  for (let k = from + 1; k < Math.min(toks.length - 1, from + 7); k++) {
    const t = toks[k]!.text;
    if (!CHANGE_FORMS.has(t)) continue;
    const prev = toks[k - 1]!.text;
    if (DETERMINERS.has(prev) || MODALS.has(prev) || LEAD.has(prev)) return undefined;
    const after = toks[k + 1]!.text;
    return MEASURE_CUES.has(after) || isNumber(after) ? k : undefined;
  }
  return undefined;
}

function headClass(h: Tok, w: string, next: Tok | undefined, countAhead: boolean, deliverableAt: (s: number) => boolean, changeAt: (s: number) => boolean): HeadClass | undefined {
  if (deliverableAt(h.start)) return 'deliverable';
  if (changeAt(h.start)) return 'change';
  // "Win 15 new enterprise logos": a count of results; "Win the hearts of developers": a state.
  if (EN_RESULT_VERBS.has(w) && next && (isNumber(next.text) || countAhead)) return 'result';
  if (EN_STATE_VERBS.has(w)) return 'state';
  // "Reach out to 200 prospects" is an activity, "Reach 10,000 visits" a result.
  if (next && PARTICLES.has(next.text) && isVerbLemma(w)) return 'activity';
  if (EN_LIGHT_VERBS.has(w)) return 'light';
  if (!isVerbLemma(w)) return undefined;
  return EN_RESULT_VERBS.has(w) ? 'result' : 'activity';
}

function plural(w: string): boolean {
  return isPeopleWord(w) || PLURAL_PEOPLE.has(w) || (w.length > 2 && w.endsWith('s') && !w.endsWith('ss') && !isVerbLemma(w));
}

/** The index of the verb of a subject starting at `from`, within the first six words. */
function subjectVerb(toks: readonly Tok[], from: number, actorAt: (s: number) => boolean): number | undefined {
  // A one-word statement asks about the word after its last ("*board"): there is no subject.
  if (from >= toks.length) return undefined;
  // People named first may carry a longer description before their verb: "Adults with a
  // history of physical aggression express frustration in words".
  const reach = isPeopleSubjectWord(toks[from]!.text) && PEOPLE_DESCRIBED.has(toks[from + 1]?.text ?? '') ? 10 : 7;
  for (let k = from + 1; k < Math.min(toks.length, from + reach); k++) {
    const t = toks[k]!.text;
    const prev = toks[k - 1]!.text;
    if (MODALS.has(t)) return k;
    if (DETERMINERS.has(prev) && prev !== 'and') continue;
    if (isVerbLemma(t) && plural(prev)) return k;
    // "Reps consistently use the playbook": an adverb between people and their verb.
    if (k > from + 1 && isAdverb(prev) && isVerbLemma(t) && isPeopleWord(toks[k - 2]!.text)) return k;
    // "People with high blood pressure start walking": a verb after a people subject's modifiers.
    // ... also after an adjective ("Older people discharged from hospital return to ..."), and for
    // a verb that is often a noun when what follows it can only follow a verb ("return to").
    const peopleHead = isPeopleSubjectWord(toks[from]!.text) || (k > from + 2 && isPeopleSubjectWord(toks[from + 1]!.text));
    const verbNext = VERB_FOLLOWERS.has(toks[k + 1]?.text ?? '');
    if (k > from + 1 && isVerbLemma(t) && (!isNounFirst(t) || (verbNext && peopleHead)) && peopleHead && !DETERMINERS.has(prev)) return k;
    if (t.length > 2 && t.endsWith('s') && !t.endsWith('ss') && !isPeopleWord(t) && !actorAt(toks[k]!.start) && verbLemmaOf(t) && !plural(prev) && !DETERMINERS.has(prev) && !isNumber(prev)) {
      // "Readership increases", "Checkout abandonment falls": a singular subject and its verb;
      // not "self-service returns portal", a noun before the thing it names.
      const n = toks[k + 1];
      if (!n && EN_ARTEFACT_NOUNS.has(t)) continue; // "Redesigned onboarding emails"
      if (n && EN_ARTEFACT_NOUNS.has(n.text) && (k + 2 >= toks.length || PREPOSITIONS.has(toks[k + 2]!.text))) continue;
      // "Customer requests to the helpdesk are minimised": a be-form after it makes it a noun.
      if (passiveAhead(toks, k + 1)) continue;
      if (!n || !isVerbLemma(n.text) || DETERMINERS.has(n.text)) return k;
    }
    // "Portal rebuilt", "New CRM deployed to the sales team", "All servers migrated".
    // Not "marketing qualified leads": a participle before its noun is an adjective.
    const after = toks[k + 1]?.text;
    if (k <= from + 3 && !DETERMINERS.has(prev) && !isVerbLemma(prev) && (after === undefined || DETERMINERS.has(after) || PREPOSITIONS.has(after) || AFTER_PARTICIPLE.has(after)) && (EN_IRREGULAR_PARTICIPLES.has(t) || (t.endsWith('ed') && verbLemmaOf(t)))) return k;
  }
  return undefined;
}

/** A be-form within the next few words, with no clause starting before it. */
function passiveAhead(toks: readonly Tok[], from: number): boolean {
  for (let k = from; k < Math.min(toks.length, from + 5); k++) {
    const t = toks[k]!.text;
    if (CLAUSE_START.has(t)) return false;
    if (BE_FORMS.has(t)) return true;
  }
  return false;
}
const CLAUSE_START = new Set(['as', 'while', 'when', 'because', 'and', 'so', 'since', 'after', 'before', 'once', 'if', 'until', 'but', 'or']);
