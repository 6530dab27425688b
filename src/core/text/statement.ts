// Judges one outcome statement ("Cut the time analysts wait for the sales report from 5
// hours to 30 minutes by March") the way a reviewer who knows the framework would:
//
// - an outcome is a change in what people do, or a measured change in a result;
// - an output names a deliverable (migrate, deploy, 구축, 도입) and no such change;
//   counting the deliverables ("12 dashboards") does not make it a change;
// - an unmeasured aspiration says which way (improve, 개선) but not how far.
//
// Word lists come from the Vocabulary and are compiled once per Vocabulary object.
import type { Vocabulary } from '../vocab';
import { quantityRole, type QuantityRole } from './measure';
import { compilePlaceholders, type Placeholder, type PlaceholderFinder } from './placeholder';
import { extractQuantities, type Quantity } from './quantity';
import { compileWordList, type WordList, type WordMatch } from './wordlist';

export type { Placeholder } from './placeholder';
export { extractQuantities, hasQuantity, type Quantity } from './quantity';

export interface WordSpan {
  /** As written in the statement. */
  word: string;
  start: number;
  end: number;
}

export type StatementVerdict = 'outcome' | 'output' | 'unmeasured';

export interface StatementJudgement {
  verdict: StatementVerdict;
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
}

const COMPILED = new WeakMap<Vocabulary, Compiled>();
const RECENT_MAX = 64;
// An outcome statement is a sentence or two. Past this length the text is something else
// (a pasted document, a fuzzer's string); judging its start keeps a hostile file cheap.
const MAX_STATEMENT = 2000;
const HANGUL = /[\uac00-\ud7af]/;
// "Customers gets" / "The finance team closes" / "Each analyst can": a singular actor heads
// the sentence only when a verb-like word follows it ("Customer portal" is a thing).
const VERB_AFTER_SINGULAR = /^\s+(?:[\p{L}']+(?:s|ed)|can|will|no|now|only|never|always|should|must|may|do|does|did)(?![\p{L}])/iu;
const PLURAL_ACTOR = /(?:s|s'|people|staff|crew|personnel|workforce)$/i;
const KO_SUBJECT_PARTICLE = /^(?:들)?(?:이|가|은|는|께서|도)(?=\s|$|[,.])/;
const WORDS_BEFORE = /[\p{L}\p{N}][\p{L}\p{N}'-]*/gu;

function compiled(vocab: Vocabulary): Compiled {
  let c = COMPILED.get(vocab);
  if (!c) {
    c = {
      outputs: compileWordList(vocab.outputVerbs, { inflect: true }),
      aspirations: compileWordList(vocab.aspirationWords, { inflect: true }),
      weasels: compileWordList(vocab.weaselWords, { inflect: false }),
      actors: compileWordList(vocab.actorNouns, { inflect: true }),
      markers: compileWordList(vocab.changeMarkers ?? [], { inflect: false }),
      exceptions: compileWordList(vocab.exceptions ?? [], { inflect: true }),
      placeholders: compilePlaceholders(vocab.placeholders),
      recent: new Map(),
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
  if (c.recent.size >= RECENT_MAX) c.recent.delete(c.recent.keys().next().value as string);
  c.recent.set(text, j);
  return j;
}

/** Only the placeholders: cheaper than a full judgement, for scanning every string of an outcome. */
export function placeholdersIn(text: string, vocab: Vocabulary): Placeholder[] {
  return compiled(vocab).placeholders(text);
}

function judge(text: string, c: Compiled): StatementJudgement {
  const exceptions = c.exceptions.find(text);
  const keep = (ms: WordMatch[]) => (exceptions.length ? ms.filter((m) => !insideException(m, exceptions)) : ms);
  const outputs = keep(c.outputs.find(text));
  const aspirations = keep(c.aspirations.find(text));
  const actors = keep(c.actors.find(text));
  const markers = keep(c.markers.find(text));
  const weasels = keep(c.weasels.find(text)).map(span);
  const placeholders = c.placeholders(text);
  const korean = HANGUL.test(text);

  const firstChange = aspirations[0]?.start ?? Infinity;
  const quantities = extractQuantities(text).map((q) => ({ ...q, role: quantityRole(text, q, firstChange < q.start) }));
  // A short duration ("within 48 hours") measures the change unless it is the deadline of a deliverable.
  const measured = quantities.some((q) => q.role === 'measure' || (q.role === 'timebox' && outputs.length === 0));

  const actor = actors[0];
  const marker = actor ? markers.find((m) => m.start >= actor.end) : undefined;
  const actorIsSubject = actors.some((a) => isSubject(text, a, korean, outputs, aspirations));

  const result: StatementJudgement = {
    verdict: 'outcome',
    weasels,
    actorIsSubject,
    quantities,
    measured,
    placeholders,
    ...(actor ? { actor: span(actor) } : {}),
    ...(marker ? { behaviourChange: span(marker) } : {}),
    ...(outputs[0] ? { output: span(outputs[0]) } : {}),
    ...(aspirations[0] ? { aspiration: span(aspirations[0]) } : {}),
  };
  if (measured || marker) return result;

  // The word that carries the statement: English puts its verb first ("Deploy X to improve Y"
  // is about deploying), Korean last ("챗봇을 도입해 만족도 향상" is about 향상).
  const pick = (ms: WordMatch[]) => (korean ? ms[ms.length - 1] : ms[0]);
  // People doing something ("Engineers roll back a failed release") is behaviour, even when
  // a deliverable word appears; an aspiration still needs its number.
  const out = actorIsSubject ? undefined : pick(outputs);
  const asp = pick(aspirations);
  if (out && (!asp || (korean ? out.start > asp.start : out.start < asp.start))) {
    result.verdict = 'output';
    result.output = span(out);
  } else if (asp) {
    result.verdict = 'unmeasured';
    result.aspiration = span(asp);
  }
  return result;
}

function isSubject(text: string, a: WordMatch, korean: boolean, outputs: WordMatch[], aspirations: WordMatch[]): boolean {
  if (korean && HANGUL.test(a.word)) return KO_SUBJECT_PARTICLE.test(text.slice(a.end, a.end + 4));
  // English: the actor opens the sentence ("Returning customers", "Our store managers").
  if (outputs.some((m) => m.start < a.start) || aspirations.some((m) => m.start < a.start)) return false;
  WORDS_BEFORE.lastIndex = 0;
  const before = text.slice(0, a.start).match(WORDS_BEFORE)?.length ?? 0;
  if (before > 3) return false;
  return PLURAL_ACTOR.test(a.word) || VERB_AFTER_SINGULAR.test(text.slice(a.end, a.end + 24));
}

function insideException(m: WordMatch, exceptions: WordMatch[]): boolean {
  return exceptions.some((e) => e.start <= m.start && m.end <= e.end && (e.start !== m.start || e.end !== m.end));
}

function span(m: WordMatch): WordSpan {
  return { word: m.word, start: m.start, end: m.end };
}
