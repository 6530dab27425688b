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
import { KO_HABIT_WORDS } from '../vocab/shape-words';
import { findDates } from './date';
import { quantityRole, type QuantityRole } from './measure';
import { normaliseForJudging } from './normalise';
import { compilePlaceholders, type Placeholder, type PlaceholderFinder } from './placeholder';
import { extractQuantities, type Quantity } from './quantity';
import { englishShape, type Shape } from './shape';
import { koreanShape } from './shape-ko';
import { fractional, isQuantity, isScale, MAYBE_DATE, wordMeasures, type Q } from './statement-numbers';
import { decide } from './verdict';
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
   * Answers for field values (weasel words, aspiration words): a file repeats
   * many of them ("%", "increase", "USD", the same metric name in every outcome), and a
   * re-lint asks again about every one.
   */
  weaselMemo: Map<string, WordSpan[]>;
  aspirationMemo: Map<string, boolean>;
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
const MAX_NUMBERS = 40;
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
  return c.placeholders(text);
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
  const placeholders = c.placeholders(source);
  const korean = HANGUL.test(text);

  const firstChange = aspirations[0]?.start ?? Infinity;
  // Dates only where a year or a period is written: the date pattern is long, and a date
  // matters here only where its numbers could be read as quantities.
  const dates = MAYBE_DATE.test(text) ? findDates(text) : [];
  const quantities: Q[] = [];
  // Each number is read with the words around it; a statement holds a handful, so only the
  // first MAX_NUMBERS are read (a hostile title of 1,000 numbers took 15 ms, and its verdict
  // does not depend on the thousandth).
  const found = extractQuantities(text);
  if (found.length > MAX_NUMBERS) found.length = MAX_NUMBERS;
  for (const q of found) {
    if (!isQuantity(text, q, dates, korean)) continue;
    const role = quantityRole(text, q, firstChange < q.start);
    // Built field by field, not spread: this runs for every number of every title.
    const r: Q = { value: q.value, start: q.start, end: q.end, role: role === 'count' && fractional(text, q) ? 'measure' : role };
    if (q.unit !== undefined) r.unit = q.unit;
    quantities.push(r);
  }
  for (const q of wordMeasures(text)) quantities.push({ value: q.value, start: q.start, end: q.end, role: 'measure', unit: q.unit! });
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
  // ... or before a Korean habit word, whoever takes the habit up ("1회용컵 대신 개인컵 생활화").
  const marker = actor ? keep(c.markers.find(text)).find((m) => m.start >= actor.end) : korean && KO_HABIT_WORDS.test(text) ? keep(c.markers.find(text))[0] : undefined;
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

function insideException(m: WordMatch, exceptions: WordMatch[]): boolean {
  return exceptions.some((e) => e.start <= m.start && m.end <= e.end && (e.start !== m.start || e.end !== m.end));
}
