// The one way the engine parses YAML text: `yaml`'s parseDocument with short stack traces.
//
// `yaml` builds an Error for every problem it finds. A hostile document ("outcomes{{{{…:"
// with thousands of unclosed flow maps) yields one per character, each created deep in the
// parser's recursion, and V8 copies the stack into every Error up to Error.stackTraceLimit.
// Hosts may raise that limit (mocha sets it to Infinity; a debugger may too), which made such a
// file take seconds: each error copied thousands of frames. The engine reads only an error's
// message and position, so while it parses it keeps the limit at Node's default.
import { Composer, Lexer, Parser, parseDocument, YAMLParseError, type CST, type Document } from 'yaml';
import { finish } from '../slices';

const SHORT_STACK = 10;
// V8's own property (Node, Chromium, the web worker host); elsewhere undefined, and left alone.
const V8Error = Error as ErrorConstructor & { stackTraceLimit?: number };

function withShortStacks<T>(parse: () => T): T {
  const limit = V8Error.stackTraceLimit;
  if (limit === undefined || !(limit > SHORT_STACK)) return parse();
  V8Error.stackTraceLimit = SHORT_STACK;
  try {
    return parse();
  } finally {
    V8Error.stackTraceLimit = limit;
  }
}

/**
 * `steps` run with short stacks, a pause at each of its own: the limit is the host's again while
 * the work waits (the host's own errors between two slices keep their long traces).
 */
function* withShortStacksSteps<T>(steps: Generator<void, T>): Generator<void, T> {
  for (;;) {
    const r = withShortStacks(() => steps.next());
    if (r.done) return r.value;
    yield;
  }
}

/** `yaml`'s parseDocument (same signature and result), with stack traces kept short while it runs. */
export const parseYaml = ((text: string, options?: Parameters<typeof parseDocument>[1]) => withShortStacks(() => parseDocument(text, options))) as typeof parseDocument;

type Options = ConstructorParameters<typeof Composer>[0] & { prettyErrors: false };
type OnError = (source: unknown, code: string, message: string, warning?: boolean) => void;

/**
 * Whether the parser's problem says it ran out of stack (it catches its own overflow on hostile
 * nesting): always made, whatever its place, and read by the lint as a resource limit (yaml.ts).
 */
export const isStackOverflow = (message: string): boolean => /call stack/i.test(message);

/** A document whose errors past the first few were counted and never made. */
export interface CountedParse {
  doc: Document.Parsed;
  /** Errors of the document beyond `doc.errors`: found by the parser, counted, never made. */
  unmade: number;
  /** Reading stopped at `stopAt` errors: there are more than `doc.errors` and `unmade` say. */
  stopped: boolean;
}

/** Thrown by the Composer's error report to stop reading; caught below. */
class StopReading {}

/**
 * The problems of a parse past the first `made`, counted by where the library puts them: its
 * list of problems not yet given to a document (`pending`: the next document takes them, or the
 * current one at a "..." line or the end) and the first document's own (`first`).
 */
class Tally {
  count = 0;
  pending = 0;
  first = 0;
  docs = 0;
  atDirectives = false;
  stopped = false;
  constructor(
    readonly made: number,
    readonly stopAt: number,
  ) {}
  /**
   * Whether reading should stop. Every problem so far is the first document's while it is being
   * read (before it, pending problems go to it; after it, only those at a directive go to the next).
   */
  full(): boolean {
    return !this.stopped && this.count + this.pending + this.first >= this.stopAt;
  }
}

/**
 * The Composer's error report, counting past `made`. Made here, not inside parseYamlCounted: a
 * closure over that function's variables made every parse a fifth slower, honest YAML too.
 */
function reporter(make: OnError, t: Tally): OnError {
  return (source, code, message, warning) => {
    if (warning || t.count < t.made || isStackOverflow(message)) {
      if (!warning) t.count++;
      make(source, code, message, warning);
      return;
    }
    t.pending++;
    // Only while the first document is composed: what it found so far is in the Composer's
    // pending list, which the document made at the end takes.
    if (t.docs === 0 && t.full()) throw new StopReading();
  };
}

/**
 * parseDocument's document, with `doc.errors` holding the first `made` errors (and any that say
 * the parser ran out of stack) in the library's order, and the rest counted in `unmade`; reading
 * stops once the document has `stopAt` errors.
 *
 * The library makes an Error for each problem (5,000 lines of junk: 35,000 of them, 0.6 s in one
 * step, most of it making the Errors), while the lint lists the first 100 of a file and counts
 * the rest. The parse is the library's own (its Parser and Composer, run token by token as
 * parseDocument runs them); only the making of each error past `made` is replaced by a count,
 * kept for the document the library would have put it in (parseDocument returns the first; a
 * problem met before it, in it, or between it and the next is its own). Past `stopAt` the rest
 * of the text is not read: a problem after the document is a token of its own (a line of `]`),
 * so reading stops there; one inside it stops the Composer, after the Parser has read the
 * document (a document is read whole before it is composed).
 * The Composer reports a problem through its `onError` member, which is not public API: `yaml`
 * is pinned (package.json), `test/unit/yaml-limits.test.ts` checks the result against the
 * library's own on junk of several kinds, and a Composer without that member is parsed plainly.
 */
export function parseYamlCounted(text: string, options: Options, made: number, stopAt = Infinity): CountedParse {
  return finish(parseYamlCountedSteps(text, options, made, stopAt));
}

/** parseYamlCounted in steps: a pause after every LEXEMES_PER_STEP pieces of the text (see `tokens`). */
export function parseYamlCountedSteps(text: string, options: Options, made: number, stopAt = Infinity): Generator<void, CountedParse> {
  return withShortStacksSteps(countedSteps(text, options, made, stopAt));
}

/**
 * How many of the lexer's pieces (a word, a space, a line break) are read between two pauses.
 * A megabyte of blank lines is a million of them, about 1 s of the library's lexer, parser and
 * composer (1.4 us each on the shared 2-core machine), which was one step of the editor's lint:
 * this many take about 3 ms, well inside the editor's 12 ms slice (core/slices.ts).
 */
export const LEXEMES_PER_STEP = 2048;

/**
 * The library's Parser.parse, its lexer driven here so that the work can pause: the tokens
 * parse(text) yields, in order, with `undefined` after every LEXEMES_PER_STEP lexemes.
 */
function* tokens(text: string): Generator<CST.Token | undefined> {
  const parser = new Parser();
  let n = 0;
  for (const lexeme of new Lexer().lex(text)) {
    yield* parser.next(lexeme);
    if (++n === LEXEMES_PER_STEP) {
      n = 0;
      yield undefined;
    }
  }
  yield* parser.end();
}

function* countedSteps(text: string, options: Options, made: number, stopAt: number): Generator<void, CountedParse> {
  const composer = new Composer(options);
  const inner = composer as unknown as { onError?: OnError };
  if (typeof inner.onError !== 'function') return { doc: parseDocument(text, options), unmade: 0, stopped: false };
  const t = new Tally(made, stopAt);
  inner.onError = reporter(inner.onError, t);
  const read: { doc?: Document.Parsed; second: boolean } = { second: false };
  try {
    for (const token of tokens(text)) {
      if (token === undefined) {
        yield;
        continue;
      }
      if (token.type === 'error') {
        if (t.count >= made) {
          // The Composer would put it among the pending problems, or in the document it is composing.
          if (t.atDirectives || t.docs === 0) t.pending++;
          else if (t.docs === 1) t.first++;
          if (!t.atDirectives && t.docs <= 1 && t.full()) {
            t.stopped = true;
            break;
          }
          continue;
        }
        t.count++;
      }
      for (const d of composer.next(token)) if (take(read, d)) break;
      if (read.second) break;
      if (token.type === 'document') {
        t.docs++;
        t.atDirectives = false;
        // The new document took the pending problems.
        if (t.docs === 1) t.first += t.pending;
        t.pending = 0;
        // Nothing after a second document changes the first: parseDocument goes on to the
        // next document or the end only to give the second's range, which it has already.
        if (t.docs === 2 && read.doc && read.doc.options.logLevel !== 'silent') break;
      } else if (token.type === 'directive') t.atDirectives = true;
      else if (token.type === 'doc-end' && t.docs > 0) {
        // "..." after a document: the current one took them.
        if (t.docs === 1) t.first += t.pending;
        t.pending = 0;
      }
    }
  } catch (e) {
    if (!(e instanceof StopReading)) throw e;
    t.stopped = true;
  }
  if (!read.second) {
    // The end takes what is pending: into the current document, or the empty one it makes
    // when none was read (the first, stopped while it was composed).
    for (const d of composer.end(true, text.length)) if (take(read, d)) break;
    if (t.docs <= 1) t.first += t.pending;
  }
  return { doc: read.doc!, unmade: t.first, stopped: t.stopped };
}

/** The first document is parseDocument's; a second one ends the reading with its problem. */
function take(read: { doc?: Document.Parsed; second: boolean }, d: Document.Parsed): boolean {
  if (!read.doc) read.doc = d;
  else if (read.doc.options.logLevel !== 'silent') {
    read.doc.errors.push(multipleDocs(d));
    read.second = true;
  }
  return read.second;
}

/** parseDocument's own problem for a second document in the text. */
function multipleDocs(d: Document.Parsed): YAMLParseError {
  return new YAMLParseError(d.range.slice(0, 2) as [number, number], 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()');
}
