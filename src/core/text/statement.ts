// Judges one outcome statement ("Cut the time analysts wait for the sales report from 5
// hours to 30 minutes by March") the way a reviewer who knows the framework would:
//
// - an outcome is a change in what people do, or a measured change in a result;
// - an output names a deliverable (migrate, deploy, 구축, 도입) and no such change;
//   counting the deliverables ("12 dashboards") does not make it a change;
// - an unmeasured aspiration says which way (improve, 개선) but not how far.
//
// Word lists come from the Vocabulary and are compiled once per Vocabulary object.
import { templatePrompts } from '../snippets/prompts';
import type { Vocabulary } from '../vocab';
import { findDates } from './date';
import { quantityRole, type QuantityRole } from './measure';
import { isVerbLemma, verbLemmaOf } from './lexicon';
import { normaliseForJudging } from './normalise';
import { compilePlaceholders, type Placeholder, type PlaceholderFinder } from './placeholder';
import { extractQuantities, type Quantity } from './quantity';
import { englishShape, isPeopleNoun, koreanShape, tokensOf, type Shape } from './shape';
import { EN_ARTEFACT_NOUNS, EN_COMPLETE_WORDS, EN_PASSIVE_ACTIVITY, EN_WEAK_MARKERS, EN_WORKFORCE } from '../vocab/shape-words';
import { compileWordLists, sharedTokens, type WordList, type WordMatch } from './wordlist';

export type { Placeholder } from './placeholder';
export { extractQuantities, hasQuantity, type Quantity } from './quantity';

export interface WordSpan {
  /** As written in the statement. */
  word: string;
  start: number;
  end: number;
}

export type StatementVerdict = 'outcome' | 'output' | 'unmeasured';

/**
 * What the verdict rests on, for messages that say why:
 *  deliverable  a verb or noun naming something delivered (migrate, 구축)
 *  activity     a command whose verb is an activity (Run, Hire, Renegotiate)
 *  action       a Korean predicate naming an action (개최, 체계화, 완성한 것)
 *  artefact     a phrase naming a made thing and nothing else (partner portal)
 *  change       a direction with no size (improve, 향상)
 *  state        a state to be in (be the best, love, 성장, 1위)
 *  desire       a Korean wish or exhortation (벌고 싶다, 성공하자!)
 *  topic        a subject named with no change and no measure (customer satisfaction)
 *  measured     a number measures a change or a level
 *  behaviour    people do something (differently)
 */
export interface Reason {
  code: 'deliverable' | 'activity' | 'action' | 'artefact' | 'change' | 'state' | 'desire' | 'topic' | 'measured' | 'behaviour';
  /** The words the reason points at, in the judged (normalised) text until mapped. */
  at?: WordSpan;
  /** A count that measures activity, not change ("5" in "Run 5 webinars"). */
  count?: string;
}

export interface StatementJudgement {
  verdict: StatementVerdict;
  reason: Reason;
  /** Where the statement's first word starts (source offset), for "it starts with ...". */
  firstWord?: number;
  /** The verb of what people do ("check in", "보낸다"), when the shape shows one. */
  behaviour?: WordSpan;
  /** The first number that measures a change or a level. */
  measure?: WordSpan;
  /** The first date or period in the statement. */
  deadline?: WordSpan;
  /** The deliverable word the verdict rests on (set when verdict is 'output'), else the first one found. */
  output?: WordSpan;
  /** The aspiration word the verdict rests on (set when verdict is 'unmeasured'), else the first one found. */
  aspiration?: WordSpan;
  weasels: WordSpan[];
  /** The first word naming people whose behaviour could change. */
  actor?: WordSpan;
  /** The actor is the grammatical subject: "Store managers reorder ...", "고객이 ...". */
  actorIsSubject: boolean;
  /** A marker of changed behaviour after the actor: "instead of", "without", 대신, 없이. */
  behaviourChange?: WordSpan;
  quantities: (Quantity & { role: QuantityRole })[];
  /** A number (or a number word) measures a change or a level. */
  measured: boolean;
  placeholders: Placeholder[];
}

interface Compiled {
  outputs: WordList;
  aspirations: WordList;
  weasels: WordList;
  actors: WordList;
  markers: WordList;
  exceptions: WordList;
  placeholders: PlaceholderFinder;
  /** The last statements judged: each rule asks about the same title, so four rules judge once. */
  recent: Map<string, StatementJudgement>;
  /**
   * Answers for field values (weasel words, aspiration words, placeholders): a file repeats
   * many of them ("%", "increase", "USD", the same metric name in every outcome), and a
   * re-lint asks again about every one.
   */
  weaselMemo: Map<string, WordSpan[]>;
  aspirationMemo: Map<string, boolean>;
  placeholderMemo: Map<string, Placeholder[]>;
}

const MEMO_MAX = 4096;
/** A bounded memo: emptied when full, which costs one recomputation per value, never memory. */
function memo<T>(m: Map<string, T>, key: string, compute: (k: string) => T): T {
  const hit = m.get(key);
  if (hit !== undefined) return hit;
  const v = compute(key);
  if (m.size >= MEMO_MAX) m.clear();
  m.set(key, v);
  return v;
}

const COMPILED = new WeakMap<Vocabulary, Compiled>();
const RECENT_MAX = 256;
// An outcome statement is a sentence or two. Past this length the text is something else
// (a pasted document, a fuzzer's string); judging its start keeps a hostile file cheap.
const MAX_STATEMENT = 2000;
const NONE: WordMatch[] = [];
const HANGUL = /[\uac00-\ud7af]/;
// "Customers gets" / "The finance team closes" / "Each analyst can": a singular actor heads
// the sentence only when a verb-like word follows it ("Customer portal" is a thing).

/** The six lists compiled together: a statement's words are looked up once for all of them. */
function wordLists(vocab: Vocabulary): Pick<Compiled, 'outputs' | 'aspirations' | 'weasels' | 'actors' | 'markers' | 'exceptions'> {
  const [outputs, aspirations, weasels, actors, markers, exceptions] = compileWordLists([
    { words: vocab.outputVerbs, inflect: true },
    { words: vocab.aspirationWords, inflect: true },
    { words: vocab.weaselWords, inflect: false },
    { words: vocab.actorNouns, inflect: true },
    { words: vocab.changeMarkers ?? [], inflect: false },
    { words: vocab.exceptions ?? [], inflect: true },
  ]);
  return { outputs: outputs!, aspirations: aspirations!, weasels: weasels!, actors: actors!, markers: markers!, exceptions: exceptions! };
}

function compiled(vocab: Vocabulary): Compiled {
  let c = COMPILED.get(vocab);
  if (!c) {
    c = {
      ...wordLists(vocab),
      placeholders: compilePlaceholders(vocab.placeholders, templatePrompts()),
      recent: new Map(),
      weaselMemo: new Map(),
      aspirationMemo: new Map(),
      placeholderMemo: new Map(),
    };
    COMPILED.set(vocab, c);
  }
  return c;
}

export function judgeStatement(text: string, vocab: Vocabulary): StatementJudgement {
  const c = compiled(vocab);
  const hit = c.recent.get(text);
  if (hit) return hit;
  const j = judge(text.length > MAX_STATEMENT ? text.slice(0, MAX_STATEMENT) : text, c);
  // Emptied when full (cheaper than evicting one at a time; the next lint refills it).
  if (c.recent.size >= RECENT_MAX) c.recent.clear();
  c.recent.set(text, j);
  return j;
}

/** Only the weasel words, in source offsets: cheap enough for every field of every outcome. */
export function weaselsIn(source: string, vocab: Vocabulary): WordSpan[] {
  const c = compiled(vocab);
  return memo(c.weaselMemo, source, (s) => weaselsOf(s, c));
}

function weaselsOf(source: string, c: Compiled): WordSpan[] {
  const norm = normaliseForJudging(source.length > MAX_STATEMENT ? source.slice(0, MAX_STATEMENT) : source);
  const ms = c.weasels.find(norm.text);
  if (!ms.length) return ms;
  const exceptions = c.exceptions.find(norm.text);
  return ms.filter((m) => !insideException(m, exceptions)).map((m) => {
    const start = norm.at(m.start);
    const end = norm.endAt(m.end);
    return { word: source.slice(start, end), start, end };
  });
}

/** Whether an aspiration word (improve, 향상) occurs: the cheap test before a full judgement. */
export function hasAspirationWord(source: string, vocab: Vocabulary): boolean {
  const c = compiled(vocab);
  return memo(c.aspirationMemo, source, (s) => c.aspirations.find(normaliseForJudging(s.slice(0, MAX_STATEMENT)).text).length > 0);
}

/** Only the placeholders: cheaper than a full judgement, for scanning every string of an outcome. */
export function placeholdersIn(text: string, vocab: Vocabulary): Placeholder[] {
  const c = compiled(vocab);
  return memo(c.placeholderMemo, text, c.placeholders);
}

function judge(source: string, c: Compiled): StatementJudgement {
  // Judge the normalised text ("Ｍｉｇｒａｔｅ", "Mi\u200bgrate" read as "Migrate"); report
  // every span in the source's offsets.
  const norm = normaliseForJudging(source);
  const text = norm.text;
  // Exceptions matter only where a listed word was found, markers only after an actor.
  const rawOutputs = c.outputs.find(text);
  const rawAspirations = c.aspirations.find(text);
  const rawActors = c.actors.find(text);
  const rawWeasels = c.weasels.find(text);
  const exceptions = rawOutputs.length || rawAspirations.length || rawActors.length || rawWeasels.length ? c.exceptions.find(text) : NONE;
  const keep = (ms: WordMatch[]) => (exceptions.length && ms.length ? ms.filter((m) => !insideException(m, exceptions)) : ms);
  const outputs = keep(rawOutputs);
  const aspirations = keep(rawAspirations);
  const actors = keep(rawActors);
  const weasels = keep(rawWeasels);
  const placeholders = memo(c.placeholderMemo, source, c.placeholders);
  const korean = HANGUL.test(text);

  const firstChange = aspirations[0]?.start ?? Infinity;
  // Dates only where a year or a period is written: the date pattern is long, and a date
  // matters here only where its numbers could be read as quantities.
  const dates = MAYBE_DATE.test(text) ? findDates(text) : [];
  const quantities: Q[] = [];
  for (const q of extractQuantities(text)) {
    if (!isQuantity(text, q, dates, korean)) continue;
    const role = quantityRole(text, q, firstChange < q.start);
    // Built field by field, not spread: this runs for every number of every title.
    const r: Q = { value: q.value, start: q.start, end: q.end, role: role === 'count' && fractional(text, q) ? 'measure' : role };
    if (q.unit !== undefined) r.unit = q.unit;
    quantities.push(r);
  }
  const toks = sharedTokens(text);
  // A percentage, an amount of money or a duration measures a change whatever the shape
  // ("Deploy the fraud model so chargebacks fall from 1.2% to 0.6%"): the shape is not read.
  // (Korean 100% is read with its predicate: "시내버스 100% 저상화" is all of a deliverable.)
  const scaled = quantities.some((q) => q.role === 'measure' && isScale(text, q) && !(korean && q.value === 100 && q.unit === '%'));
  const startsAt = (ms: WordMatch[]) => (s: number) => ms.some((m) => m.start === s);
  const within = (ms: WordMatch[]) => (s: number, e: number) => ms.some((m) => m.start >= s && m.end <= e);
  const shape: Shape = scaled
    ? korean ? { lang: 'ko' } : { lang: 'en', kind: 'phrase', people: false }
    : korean
    ? koreanShape(text, toks, within(outputs), within(aspirations), startsAt(actors))
    : englishShape(text, toks, startsAt(outputs), startsAt(aspirations), (s) => actors.some((a) => a.start <= s && s < a.end));

  // Markers matter only after people: a listed actor, or a subject the shape reads as people
  // ("Commuters cycle instead of driving").
  const subject = shapeActor(shape);
  const actor = actors[0] ?? subject;
  const marker = actor ? keep(c.markers.find(text)).find((m) => m.start >= actor.end) : undefined;
  const actorIsSubject = korean ? shape.lang === 'ko' && shape.person !== undefined : shape.lang === 'en' && shape.kind === 'subject' && shape.people;

  const decision = decide(text, shape, quantities, outputs, aspirations, actors, marker);
  const mapSpan = (m: { start: number; end: number }): WordSpan => {
    const start = norm.at(m.start);
    const end = norm.endAt(m.end);
    return { word: source.slice(start, end), start, end };
  };
  const measure = quantities.find((q) => q.role === 'measure');
  const deadline = dates[0];
  const result: StatementJudgement = {
    verdict: decision.verdict,
    reason: decision.reason.at ? { ...decision.reason, at: mapSpan(decision.reason.at) } : decision.reason,
    weasels: weasels.length ? weasels.map(mapSpan) : [],
    actorIsSubject,
    quantities: norm.identity ? quantities : quantities.map((q) => ({ ...q, start: norm.at(q.start), end: norm.endAt(q.end) })),
    measured: decision.verdict === 'outcome' && quantities.some((q) => q.role === 'measure' || q.role === 'timebox'),
    placeholders,
  };
  // Set one by one (not spread): this runs for every outcome of a file.
  if (toks[0]) result.firstWord = norm.at(toks[0].start);
  // The whole subject ("Returning customers") when the shape shows one, else the listed word.
  const named = subject ?? actor;
  if (named) result.actor = mapSpan(named);
  if (marker) result.behaviourChange = mapSpan(marker);
  const behaviour = shapeBehaviour(shape);
  if (behaviour) result.behaviour = mapSpan(behaviour);
  if (measure) result.measure = mapSpan(measure);
  if (deadline) result.deadline = mapSpan(deadline);
  if (outputs[0]) result.output = mapSpan(outputs[0]);
  if (aspirations[0]) result.aspiration = mapSpan(aspirations[0]);
  if (decision.verdict === 'output' && decision.reason.at) result.output = mapSpan(decision.reason.at);
  if (decision.verdict === 'unmeasured' && decision.reason.at) result.aspiration = mapSpan(decision.reason.at);
  return result;
}

function shapeActor(s: Shape): { start: number; end: number } | undefined {
  if (s.lang === 'ko') return s.person;
  if (s.kind === 'subject' && s.people && s.subject?.length) return { start: s.subject[0]!.start, end: s.subject[s.subject.length - 1]!.end };
  return undefined;
}

function shapeBehaviour(s: Shape): { start: number; end: number } | undefined {
  if (s.lang === 'ko') return s.person && s.predicate && s.predicate.cls !== 'action' ? s.predicate : undefined;
  if (!s.head) return undefined;
  return (s.kind === 'subject' && s.people) || (s.kind === 'command' && (s.head.cls === 'activity' || s.head.cls === 'deliverable' || s.head.cls === 'result')) ? s.head : undefined;
}

type Q = Quantity & { role: QuantityRole };
// "across all four nations", "in all 12 markets": the scope, named in full, not a target.
const RESEARCH = /\b(?:feedback|interviews?|responses|input|insights|testimonials|case studies)\b/i;
// "Payments settle on the day they are due", "Orders ship the same day": a standard met or not.
const STANDARD = /\b(?:on the (?:same )?day|same[- ]day|on time|first time|next[- ]day|in full)\b/i;
const UNIVERSAL = new Set(['every', 'all', 'each', 'no', 'none', 'zero']);
// Verbs that join people to a state or to what they get ("Staff feel more valued",
// "Customers get answers faster"): a direction after them has no size.
const LINKING_VERBS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'become', 'becomes', 'feel', 'feels', 'stay', 'stays', 'remain', 'remains', 'seem', 'seems', 'look', 'looks', 'get', 'gets', 'receive', 'receives', 'have', 'has', 'enjoy', 'enjoys', 'experience', 'experiences', 'deserve', 'deserves']);
// A rank ("세계 1위") and a day of a month ("3월 7일까지") are not quantities of anything.
// "1주일에 2번": the period of a rate, not a quantity.
const MAYBE_DATE = /(?:19|20)\d\d|\d\s?[년월]|분기|반기/;
const NOT_A_QUANTITY = /^\s?(?:위|주일에|달에|개월에|일에)/;
const DAY_OF_MONTH = /\d\s?월\s?\d{1,2}\s?일$/;
// "#1", "top 3", "number 1": a rank; "ISO 27001", "SOC 2", "Tier 1", "Windows 11", "1:1s": a name.
// ... and "across all four nations", "in all 12 markets": the scope named in full, not a target.
const A_NAME_OR_RANK = /(?:#|:|\b(?:top|no\.|number|iso|iec|soc|pci|wcag|tier|level|phase|type|stage|version|v|gen|wave|windows|ios|android|web)\s?|\ball\s)$/i;

/** Whether a number found in the statement is a quantity of something (not a date's, a rank's, a name's). */
function isQuantity(text: string, q: Quantity, dates: readonly { start: number; end: number }[], korean: boolean): boolean {
  if (text.charCodeAt(q.end) === 58) return false; // "1:1s", "KR1:"
  for (const d of dates) if (d.start <= q.start && q.end <= d.end) return false;
  if (A_NAME_OR_RANK.test(text.slice(Math.max(0, q.start - 8), q.start))) return false;
  if (korean && (NOT_A_QUANTITY.test(text.slice(q.end, q.end + 2)) || DAY_OF_MONTH.test(text.slice(Math.max(0, q.start - 5), q.end)))) return false;
  return !versionName(text, q);
}
// A level or a change in a scale (62%, $1.2M, 90 seconds, "half"), not a count of things.
const SCALE = /^(?:%|x|pp|p\.p\.|percentage points?|points?|배|점|포인트|원|달러|[$€£¥₩]|hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?|s|ms|days?|weeks?|months?|years?|시간|분|초|일|주|개월|년)$/i;

const ACTIVITY_AFTER_TIME = /^\s*(?:of\s+|per\s+\w+\s+of\s+|[가-힣]{1,4}\s)?(?:교육|훈련|연수|봉사|training|coaching|mentoring|volunteering|instruction|lessons?|classes)/i;
const MAGNITUDE = /^[\d.,]*\s?(?:thousand|million|billion|trillion|[kmb]n?\b|만|억|천|조)/i;
/** "Industry 4.0", "지역발전 3.0", "Web 2.0": a name with a version, not a quantity. */
function versionName(text: string, q: Quantity): boolean {
  return !q.unit && /^\d\.0\s*$/.test(text.slice(q.start, q.end)) && /\p{L}\s$/u.test(text.slice(Math.max(0, q.start - 2), q.start));
}
/** "1.0명", "2.4 visits": a decimal with no magnitude after it ("1.5 million") is a rate. */
function fractional(text: string, q: Quantity): boolean {
  const written = text.slice(q.start, q.end);
  // "지역발전 3.0", "Industry 4.0": a version's name, not a rate.
  if (!q.unit && /^\d+\.0\s*$/.test(written)) return false;
  return /\d\.\d/.test(written) && !MAGNITUDE.test(text.slice(q.start, q.end + 10));
}

function isScale(text: string, q: Q): boolean {
  if (q.role !== 'measure') return false;
  // "Migrate 100% of workloads", "Close 100 percent of weaknesses": all of a deliverable, done.
  if (q.value === 100 && /^\s*of\b/i.test(text.slice(q.end, q.end + 4))) return false;
  // "40 hours of training", "연 40시간 교육": time spent on an activity counts the activity.
  if (q.unit && SCALE.test(q.unit)) return !ACTIVITY_AFTER_TIME.test(text.slice(q.end, q.end + 16));
  // "합계출산율 1.0명", "2.4 visits per member": a fraction of a thing is a rate, never a count
  // of made things (but "1.5 million users" is a count).
  if (fractional(text, q)) return true;
  return !q.unit && !/\d/.test(text.slice(q.start, q.end)); // "half", "doubled", 절반
}

function decide(text: string, shape: Shape, qs: Q[], outputs: WordMatch[], aspirations: WordMatch[], actors: WordMatch[], marker: WordMatch | undefined): { verdict: StatementVerdict; reason: Reason } {
  // "Reach 10,000 monthly visits" counts results; "Run 5 webinars" counts activity.
  // A short duration ("within 10 minutes") measures a change, except as the deadline of a
  // listed deliverable ("48시간 내에 적용한다").
  const deliverableHead = shape.lang === 'en' ? shape.kind === 'command' && shape.head?.cls === 'deliverable' : shape.predicate?.cls === 'action';
  const scale = qs.find((q) => isScale(text, q) || (q.role === 'timebox' && !deliverableHead));
  const level = qs.find((q) => q.role === 'measure' || q.role === 'timebox');
  const count = qs.find((q) => q.role === 'count');
  const tok = (t: { start: number; end: number }) => ({ start: t.start, end: t.end, word: text.slice(t.start, t.end) });
  const counted = count ?? level;
  const withCount = (r: Reason): Reason => (counted && !scale ? { ...r, count: text.slice(counted.start, counted.end) } : r);

  if (shape.lang === 'en') {
    const h = shape.head;
    const command = shape.kind === 'command' && h;
    // "Empower customers to help themselves": after a direction, a weak marker changes nothing.
    if (marker && EN_WEAK_MARKERS.has(marker.entry) && (!command || h.cls !== 'activity')) marker = undefined;
    // "Launch the loyalty app so members redeem points at the till instead of paper forms":
    // the clause after the deliverable states a behaviour change.
    const m = marker;
    const clause = () => m !== undefined && actors.some((a) => a.end < m.start && tokensOf(text.slice(a.end, m.start)).some((t) => isVerbLemma(t.text)));
    if (command && (h.cls === 'activity' || h.cls === 'deliverable') && !scale && !clause()) {
      return { verdict: 'output', reason: withCount({ code: h.cls, at: tok(h) }) };
    }
    // A count (or a rate) of made things or activities: "10 blog posts per month", "Make 50
    // sales calls", "12 webinars delivered". Not a measure of change.
    // The team's own people ("Engineering teams", "All certified staff"): what they produce
    // or attend is work done, not a customer's changed behaviour.
    const crew = shape.kind === 'subject' && shape.people && shape.subject !== undefined && shape.subject.some((t) => EN_WORKFORCE.has(t.text));
    const lightCommand = command !== false && command !== undefined && h.cls === 'light';
    // "Get feedback from 15 customers": what the team gathers (feedback, interviews) counted by
    // the people it asked is research done, not a change in them.
    const gathered = (q: Q) => lightCommand && RESEARCH.test(text.slice(h.end, q.start));
    const made = !scale && !marker ? qs.find((q) => (q.role === 'count' || q.role === 'measure') && (countsMadeThing(text, q, crew || lightCommand) || gathered(q))) : undefined;
    // ... but not "Readers subscribe after reading three articles": there the people act.
    const peopleAct = shape.kind === 'subject' && shape.people && !shape.done && !crew;
    if (made && !peopleAct && (!command || h.cls === 'light' || h.cls === 'change')) {
      const doer = command || (crew && h);
      return { verdict: 'output', reason: { code: doer ? 'activity' : 'deliverable', at: tok(doer ? h : shape.done ?? shape.artefact ?? made), count: text.slice(made.start, made.end) } };
    }
    // "All certified staff will complete the data literacy module": training attended.
    if (crew && h && !scale && !marker && TRAINING_VERBS.has(verbLemmaOf(h.text) ?? h.text) && tokensOf(text.slice(h.end, h.end + 60)).slice(0, 5).some((t) => TRAINING_NOUNS.has(t.text))) {
      return { verdict: 'output', reason: { code: 'activity', at: tok(h) } };
    }
    // "50 pregnant mothers received prenatal care", "1,200 farmers trained": a service
    // delivered to a number of people, counted.
    const served = !scale ? servedCount(text, qs) : undefined;
    if (served) return { verdict: 'output', reason: { code: 'deliverable', at: served.verb, count: served.count } };
    if (shape.kind === 'subject' && shape.done && !scale && !level && !marker) {
      const d = shape.done;
      const deliverable = outputs.some((o) => o.start <= d.start && d.end <= o.end) || EN_COMPLETE_WORDS.has(d.lemma);
      // "Portal rebuilt", "The checkout page is redesigned", "30 employees trained on the new tool".
      if (!shape.people ? deliverable || shape.artefactSubject || count : count || deliverable || EN_PASSIVE_ACTIVITY.has(d.lemma)) {
        return { verdict: 'output', reason: withCount({ code: 'deliverable', at: tok(d) }) };
      }
    }
    if (scale || level) return { verdict: 'outcome', reason: { code: 'measured', at: tok(scale ?? level!) } };
    if (count && (!command || h.cls === 'result' || h.cls === 'light' || h.cls === 'change')) return { verdict: 'outcome', reason: { code: 'measured', at: tok(count) } };
    if (marker) return { verdict: 'outcome', reason: { code: 'behaviour', at: tok(marker) } };
    // "Fewer people calling tech support": people doing something, more or less often (a
    // behaviour); "Shorter stays in emergency departments": a direction, no size.
    const lead = leadingComparative(text);
    if (lead) {
      const after = tokensOf(text.slice(lead.end, lead.end + 60));
      const who = after[0] && (isPeopleNoun(after[0].text) || actors.some((a) => a.start === lead.end + after[0]!.start));
      const next = after[1];
      const does = next && !PREP_AFTER_PEOPLE.has(next.text) && (next.text.endsWith('ing') || isVerbLemma(next.text)) ? next : undefined;
      if (who && does) return { verdict: 'outcome', reason: { code: 'behaviour', at: { start: lead.end + does.start, end: lead.end + does.end, word: does.text } } };
      return { verdict: 'unmeasured', reason: { code: 'change', at: tok(lead) } };
    }
    // "Help centre launched", "New onboarding flow live by March": a thing, finished.
    if (shape.kind === 'phrase' && shape.done && (shape.artefact || outputs.length)) return { verdict: 'output', reason: { code: 'deliverable', at: tok(shape.done) } };
    if (command) {
      if (h.cls === 'change') return { verdict: 'unmeasured', reason: { code: 'change', at: tok(h) } };
      if (h.cls === 'state' || h.cls === 'result') return { verdict: 'unmeasured', reason: { code: 'state', at: tok(h) } };
      // light verb: "Make progress", "help customers love", "Get more customers" (a state) or "Make a video" (a deliverable)
      const later = shape.stateWord ?? aspirations.find((a) => a.start > h.end);
      if (later) return { verdict: 'unmeasured', reason: { code: 'state', at: tok(later) } };
      return { verdict: 'output', reason: { code: 'activity', at: tok(h) } };
    }
    if (shape.kind === 'subject' && h) {
      // "Dashboards deployed to every region": things delivered, nobody acting.
      if (!shape.people && outputs.some((o) => o.start === h.start)) return { verdict: 'output', reason: withCount({ code: 'deliverable', at: tok(h) }) };
      // "Employees feel valued", "Staff understand the strategy", "Customers choose us",
      // "Users can export reports": a state of mind, a reputation or a capability, unmeasured.
      if (shape.people && (h.cls === 'state' || shape.aboutUs || shape.capability)) return { verdict: 'unmeasured', reason: { code: 'state', at: tok(shape.capability ?? h) } };
      // "Customers get answers faster": people act, but the change they make has no size.
      const vagueAfter = aspirations.find((a) => a.start > h.end);
      // ... but "Existing customers buy sooner": an action done more, or sooner, is a behaviour.
      if (shape.people && h.cls === 'other' && vagueAfter && linked(text, shape, h)) return { verdict: 'unmeasured', reason: { code: 'change', at: tok(vagueAfter) } };
      // A state word anywhere makes it an aspiration, even after a concrete verb: "People live
      // longer, healthier lives", "Employees deliver great service" (so "Children eat healthy
      // food" is misread, a rarer kind).
      if (shape.people && h.cls === 'other' && !shape.stateWord) return { verdict: 'outcome', reason: { code: 'behaviour', at: tok(h) } };
      if (h.cls === 'change') return { verdict: 'unmeasured', reason: { code: 'change', at: tok(h) } };
      const s = shape.stateWord ?? aspirations[0];
      if (s) return { verdict: 'unmeasured', reason: { code: 'state', at: tok(s) } };
      // A thing, not people, doing something with nothing measured ("Service desk automation aids
      // self-service", "Our networks will be well connected"): a state of affairs hoped for.
      // But "Every invoice is paid on the day it arrives": all of them, or none, is a standard
      // that can be checked.
      const universal = (shape.subject !== undefined && shape.subject.length > 0 && UNIVERSAL.has(shape.subject[0]!.text)) || STANDARD.test(text);
      return shape.people || qs.length || universal ? { verdict: 'outcome', reason: { code: 'behaviour', at: tok(h) } } : { verdict: 'unmeasured', reason: { code: 'state', at: tok(h) } };
    }
    // A phrase with no verb.
    if (outputs[0] && (!aspirations[0] || outputs[0].start < aspirations[0].start)) return { verdict: 'output', reason: { code: 'deliverable', at: tok(outputs[0]) } };
    if (aspirations[0]) return { verdict: 'unmeasured', reason: { code: 'change', at: tok(aspirations[0]) } };
    if (shape.stateWord) return { verdict: 'unmeasured', reason: { code: 'state', at: tok(shape.stateWord) } };
    if (shape.artefact) return { verdict: 'output', reason: { code: 'artefact', at: tok(shape.artefact) } };
    const first = tokensOf(text)[0];
    return { verdict: 'unmeasured', reason: { code: 'topic', ...(first ? { at: tok(first) } : {}) } };
  }

  // Korean: the predicate at the end carries the statement.
  const p = shape.predicate;
  // "협력사가 세금계산서를 메일 대신 포털에서 발행한다": people change how they act.
  if (marker && shape.person && shape.person.start < marker.start) return { verdict: 'outcome', reason: { code: 'behaviour', at: tok(marker) } };
  // "시내버스 100% 저상화": all of a deliverable, done; not a change in anyone.
  const all = p && p.cls === 'action' && qs.length === 1 && qs[0]!.value === 100 && qs[0]!.unit === '%';
  if (all) return { verdict: 'output', reason: { code: 'action', at: tok(p) } };
  if (p && p.cls === 'action' && !scale) return { verdict: 'output', reason: withCount({ code: 'action', at: tok(p) }) };
  if (scale || level) return { verdict: 'outcome', reason: { code: 'measured', at: tok(scale ?? level!) } };
  if (count && p && p.cls !== 'desire' && p.cls !== 'state') return { verdict: 'outcome', reason: { code: 'measured', at: tok(count) } };
  if (marker) return { verdict: 'outcome', reason: { code: 'behaviour', at: tok(marker) } };
  if (shape.person && p && (p.cls === 'verb' || p.cls === 'noun' || p.cls === 'result' || (p.cls === 'change' && p.finite))) {
    // "상담원이 더 빠르게 문의를 처리한다": people act, but the change has no size.
    const vague = aspirations.find((a) => a.start > shape.person!.end && a.end <= p.start);
    if (vague) return { verdict: 'unmeasured', reason: { code: 'change', at: tok(vague) } };
    return { verdict: 'outcome', reason: { code: 'behaviour', at: tok(p) } };
  }
  if (p && p.cls === 'desire') return { verdict: 'unmeasured', reason: { code: 'desire', at: tok(p) } };
  if (p && (p.cls === 'state' || p.cls === 'change')) return { verdict: 'unmeasured', reason: { code: p.cls, at: tok(p) } };
  // A sentence about things ("모든 청구서가 도착한 날 지급된다"): a state of affairs, not vague.
  // ... but "채널별 SLA를 대시보드에 표시한다" (an object and X한다, nobody named) is a task.
  if (p && p.cls === 'verb' && /(?:한다|합니다|하다|함|했다)$/.test(p.text) && /[을를](?:\s|$)/.test(text)) return { verdict: 'output', reason: { code: 'action', at: tok(p) } };
  if (p && p.cls === 'verb' && !aspirations.length && !outputs.length) return { verdict: 'outcome', reason: { code: 'behaviour', at: tok(p) } };
  // Neither the predicate nor a subject decides: the words do, the last one first.
  const o = outputs[outputs.length - 1];
  const a = aspirations[aspirations.length - 1];
  if (o && (!a || o.start > a.start)) return { verdict: 'output', reason: { code: 'action', at: tok(o) } };
  if (a) return { verdict: 'unmeasured', reason: { code: 'change', at: tok(a) } };
  if (shape.stateWord) return { verdict: 'unmeasured', reason: { code: 'state', at: tok(shape.stateWord) } };
  return { verdict: 'unmeasured', reason: { code: 'topic', ...(p ? { at: tok(p) } : {}) } };
}

/** The number counts made things or activities: "10 blog posts", "Two new features", "4 industry conferences". */
function countsMadeThing(text: string, q: Q, afterLightVerb: boolean): boolean {
  let seen = 0;
  MADE_WORD.lastIndex = q.end;
  for (let m = MADE_WORD.exec(text); m && seen < 3; m = MADE_WORD.exec(text), seen++) {
    const w = m[0].toLowerCase();
    if (EN_ARTEFACT_NOUNS.has(w) || (afterLightVerb && ACTIVITY_NOUNS.has(w))) return true;
    if (STOP_WORDS.has(w)) return false;
  }
  return false;
}
// What a team does, counted after make / do / give: "Make 50 sales calls", "make 5 positive contacts".
const ACTIVITY_NOUNS = new Set(['reviews', 'tickets', 'demos', 'calls', 'call', 'contacts', 'contact', 'visits', 'touches', 'touchpoints', 'pitches', 'sessions', 'changes', 'improvements', 'attempts']);
const MADE_WORD = /[\p{L}][\p{L}-]*/gu;
const STOP_WORDS = new Set(['per', 'of', 'in', 'a', 'an', 'each', 'by', 'from', 'to', 'with', 'for', 'on', 'at', 'than', 'out']);

const PREP_AFTER_PEOPLE = new Set(['in', 'on', 'at', 'with', 'without', 'of', 'from', 'for', 'under', 'over', 'living', 'who', 'that']);
const COMPARATIVE_LEAD = /^\s*(?:fewer|more|less|shorter|longer|faster|quicker|higher|lower|better|greater|bigger|smaller|cheaper)\b/i;
function leadingComparative(text: string): { start: number; end: number } | undefined {
  const m = COMPARATIVE_LEAD.exec(text);
  return m ? { start: m[0].length - m[0].trimStart().length, end: m[0].length } : undefined;
}

/** The people's verb joins them to a state, or to what they get: "Customers get answers faster". */
function linked(text: string, shape: Shape, h: { start: number; text: string }): boolean {
  if (LINKING_VERBS.has(h.text)) return true;
  const subjectEnd = shape.lang === 'en' && shape.subject?.length ? shape.subject[shape.subject.length - 1]!.end : 0;
  return tokensOf(text.slice(subjectEnd, h.start)).some((t) => LINKING_VERBS.has(t.text));
}

/** A count of people, then the service they got: "50 pregnant mothers received prenatal care". */
function servedCount(text: string, qs: Q[]): { verb: WordSpan; count: string } | undefined {
  const q = qs[0];
  if (!q || q.role !== 'count' || text.slice(0, q.start).trim()) return undefined;
  const after = tokensOf(text.slice(q.end, q.end + 60));
  for (let k = 0; k < Math.min(3, after.length - 1); k++) {
    if (!isPeopleNoun(after[k]!.text)) continue;
    const v = after[k + 1]!;
    if (!SERVED_VERBS.has(v.text)) return undefined;
    return { verb: { word: text.slice(q.end + v.start, q.end + v.end), start: q.end + v.start, end: q.end + v.end }, count: text.slice(q.start, q.end).trim() };
  }
  return undefined;
}
// Not "visited" or "reached": "5,000 customers visited the store" is what customers did.
const SERVED_VERBS = new Set(['received', 'receive', 'attended', 'attend', 'trained', 'served', 'participated', 'benefited', 'benefitted', 'assisted', 'supported', 'counselled', 'counseled', 'screened', 'treated', 'contacted']);
const TRAINING_VERBS = new Set(['complete', 'attend', 'finish', 'take', 'undergo', 'undertake', 'pass', 'join']);
const TRAINING_NOUNS = new Set(['training', 'trainings', 'module', 'modules', 'course', 'courses', 'workshop', 'workshops', 'session', 'sessions', 'class', 'classes', 'orientation', 'induction', 'webinar', 'webinars', 'e-learning', 'bootcamp', 'certification', 'curriculum', 'seminar', 'seminars']);

function insideException(m: WordMatch, exceptions: WordMatch[]): boolean {
  return exceptions.some((e) => e.start <= m.start && m.end <= e.end && (e.start !== m.start || e.end !== m.end));
}
