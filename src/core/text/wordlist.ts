// A word list compiled once and reused for every statement. English entries match as
// whole words, with their regular inflections generated here (deploy → deploys, deployed,
// deploying); Korean entries match as stems anywhere in a word, because Korean glues
// endings and particles onto the stem (구축 → 구축한다, 구축하여, 재구축). Irregular forms
// (built, held) are listed as words.
//
// English is matched by looking tokens up in a map rather than by one large alternation:
// the statement is split into words once and shared by every list, which keeps judging a
// statement to a few microseconds (it runs on every outcome of large files).

export interface WordMatch {
  /** The text as written in the statement. */
  word: string;
  /** The list entry that matched. */
  entry: string;
  start: number;
  end: number;
}

export interface WordList {
  find(text: string): WordMatch[];
}

export interface Token {
  /** Lower case. */
  text: string;
  start: number;
  end: number;
}

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/;
// Words with inner apostrophes and hyphens: "world-class", "customer's", "state-of-the-art".
const TOKEN = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const TOKEN_ONLY = /^[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*(?: [\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*)*$/u;
const MAX_PHRASE_WORDS = 4;

function compileParts(words: readonly string[], options: { inflect: boolean }): Parts {
  // English phrases by their lower-case words joined with one space: "instead of".
  const phrases = new Map<string, string>();
  // For each first word of a phrase, its longest phrase in words: most tokens start none,
  // so only those few are looked up joined with the words after them.
  const heads = new Map<string, number>();
  const others: string[] = [];
  for (const raw of new Set(words.map((w) => w.trim().replace(/\s+/g, ' ')))) {
    if (!raw) continue;
    if (HANGUL.test(raw) || !TOKEN_ONLY.test(raw)) {
      others.push(raw);
      continue;
    }
    for (const f of options.inflect ? inflections(raw) : [raw]) {
      const key = f.toLowerCase();
      if (!phrases.has(key)) phrases.set(key, raw);
      const parts = key.split(' ');
      if (parts.length > 1) heads.set(parts[0]!, Math.min(MAX_PHRASE_WORDS, Math.max(heads.get(parts[0]!) ?? 0, parts.length)));
    }
  }
  // One lookup per token: a token's single-word entry and its longest phrase together, so a
  // token that starts nothing (most of them) costs one map probe, not two.
  const index = new Map<string, Head>();
  for (const [key, entry] of phrases) {
    if (!key.includes(' ')) index.set(key, { entry, len: heads.get(key) ?? 1 });
  }
  for (const [key, len] of heads) if (!index.has(key)) index.set(key, { entry: undefined, len });
  // Korean stems are looked for only in text with Hangul in it, and entries with punctuation
  // ("etc.", "???") only in text with that punctuation: most English statements need neither
  // regular expression, and running them was most of the cost of a list.
  const korean = othersRegex(others.filter((w) => HANGUL.test(w)));
  const punctuated = othersRegex(others.filter((w) => !HANGUL.test(w)));
  const marks = new Set(others.filter((w) => !HANGUL.test(w)).flatMap((w) => [...w].filter((ch) => !/[\p{L}\p{N}\s]/u.test(ch))));
  return { phrases, index, others, korean, punctuated, marks };
}

interface Parts {
  phrases: Map<string, string>;
  index: Map<string, Head>;
  others: string[];
  korean: RegExp | undefined;
  punctuated: RegExp | undefined;
  marks: Set<string>;
}

export function compileWordList(words: readonly string[], options: { inflect: boolean }): WordList {
  return compileWordLists([{ words, inflect: options.inflect }])[0]!;
}

/**
 * Several lists judged on the same statements (the six of the wording judge): each token
 * is looked up once in one map holding every list's entry for it, instead of once per list.
 * Each list finds exactly what `compileWordList` would.
 */
export function compileWordLists(specs: readonly { words: readonly string[]; inflect: boolean }[]): WordList[] {
  const all = specs.map((sp) => compileParts(sp.words, sp));
  const combined = new Map<string, (Head | undefined)[]>();
  all.forEach((p, k) => {
    for (const [key, head] of p.index) {
      let row = combined.get(key);
      if (!row) combined.set(key, (row = new Array<Head | undefined>(all.length).fill(undefined)));
      row[k] = head;
    }
  });
  // The lookups of the last token list (the lists are asked in turn about one statement).
  let seen: readonly Token[] | undefined;
  let rows: Row[] = [];
  const lookups = (toks: readonly Token[]) => {
    if (toks !== seen) {
      rows = toks.map((t) => combined.get(t.text));
      seen = toks;
    }
    return rows;
  };
  return all.map((p, k) => listOf(p, k, lookups));
}

// Most lists find nothing in most statements: one shared empty answer (frozen: never filled).
const NO_MATCH: WordMatch[] = Object.freeze([]) as unknown as WordMatch[];

function listOf(p: Parts, k: number, lookups: (toks: readonly Token[]) => Row[]): WordList {
  const { phrases, index, others, korean, punctuated, marks } = p;
  return {
    find(text) {
      const out: WordMatch[] = [];
      if (phrases.size) {
        const toks = tokens(text);
        findPhrases(text, toks, lookups(toks), k, phrases, index, out);
      }
      if (korean && hasHangul(text)) scan(korean, text, others, out);
      if (punctuated && hasAny(text, marks)) scan(punctuated, text, others, out);
      return out.length > 1 ? dropOverlaps(out) : out.length ? out : NO_MATCH;
    },
  };
}

function scan(re: RegExp, text: string, entries: readonly string[], out: WordMatch[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!m[0]) {
      re.lastIndex++;
      continue;
    }
    out.push({ word: m[0], entry: entries.find((o) => sameWord(o, m![0])) ?? m[0], start: m.index, end: m.index + m[0].length });
  }
}

/** Whether the text holds one of the characters (a few punctuation marks). */
function hasAny(text: string, chars: ReadonlySet<string>): boolean {
  for (const ch of chars) if (text.includes(ch)) return true;
  return false;
}

// Every list asks about the same statement: remember the answer for the last one.
let hangulText: string | undefined;
let hangulAnswer = false;
function hasHangul(text: string): boolean {
  if (text !== hangulText) {
    hangulText = text;
    hangulAnswer = HANGUL.test(text);
  }
  return hangulAnswer;
}

/** What a list holds for one first word: the word itself as an entry, and its longest phrase in words (1 when none). */
interface Head {
  entry: string | undefined;
  len: number;
}

/** Every list's entry for one token (undefined: no list holds it). */
type Row = (Head | undefined)[] | undefined;

/** `rows[i]?.[k]`: what list k holds for token i (looked up by the caller, once per token for all lists). */
function findPhrases(text: string, toks: Token[], rows: Row[], k: number, phrases: Map<string, string>, index: Map<string, Head>, out: WordMatch[]): void {
  for (let i = 0; i < toks.length; i++) {
    // Longest phrase first: "roll out" before "roll", "world class" before "world".
    let matched = false;
    const head = rows[i]?.[k];
    for (let n = head === undefined ? 0 : Math.min(head.len, toks.length - i); n >= 1 && !matched; n--) {
      const entry = n === 1 ? head!.entry : phrases.get(joinTokens(toks, i, n));
      if (entry === undefined) continue;
      const start = toks[i]!.start;
      const end = toks[i + n - 1]!.end;
      out.push({ word: text.slice(start, end), entry, start, end });
      i += n - 1;
      matched = true;
    }
    // "industry-leading", "design-thinking": a listed word inside a hyphenated compound counts.
    if (!matched && toks[i]!.text.includes('-')) {
      const t = toks[i]!;
      // Split what is written, not its lower case: lower-casing may change lengths (İ → i̇).
      let at = t.start;
      for (const part of text.slice(t.start, t.end).split('-')) {
        const entry = index.get(part.toLowerCase())?.entry;
        if (entry !== undefined) out.push({ word: part, entry, start: at, end: at + part.length });
        at += part.length + 1;
      }
    }
  }
}

function joinTokens(toks: Token[], i: number, n: number): string {
  let s = toks[i]!.text;
  for (let k = 1; k < n; k++) s += ' ' + toks[i + k]!.text;
  return s;
}

/** The statement's words (lower case, with offsets), split once and shared with the shape reader. */
export function sharedTokens(text: string): readonly Token[] {
  return tokens(text);
}

// Every list splits the same statement: remember the last split.
let lastText: string | undefined;
let lastTokens: Token[] = [];

function tokens(text: string): Token[] {
  if (text === lastText) return lastTokens;
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) out.push({ text: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  lastText = text;
  lastTokens = out;
  return out;
}

/** Korean stems and entries with punctuation ("etc.", "???") as one regex, longest first. */
function othersRegex(others: string[]): RegExp | undefined {
  if (!others.length) return undefined;
  const pieces = [...others]
    .sort((a, b) => b.length - a.length)
    .map((w) => {
      // Korean spacing varies (최고 수준, 최고수준); English punctuation entries need word edges.
      const body = w.split(' ').map(escape).join(HANGUL.test(w) ? '\\s*' : '\\s+');
      return HANGUL.test(w) ? body : `(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`;
    });
  return new RegExp(pieces.join('|'), 'giu');
}

function sameWord(entry: string, written: string): boolean {
  return entry.replace(/\s+/g, '').toLowerCase() === written.replace(/\s+/g, '').toLowerCase();
}

/** Keeps the earlier (then longer) of two overlapping matches, in text order. */
function dropOverlaps(ms: WordMatch[]): WordMatch[] {
  // Words found token by token come in order; only the regex scans (Korean stems, punctuated
  // entries) add matches out of it, so the sort is skipped when it would change nothing.
  let sorted = true;
  for (let i = 1; i < ms.length && sorted; i++) sorted = ms[i - 1]!.start < ms[i]!.start;
  if (!sorted) ms.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: WordMatch[] = [];
  for (const m of ms) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) continue;
    out.push(m);
  }
  return out;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The regular English forms of a word or phrase (the first word is inflected:
 * "roll out" → "rolling out"). Over-generation is harmless: "cutted" never occurs.
 */
export function inflections(phrase: string): string[] {
  const [head, ...rest] = phrase.split(/\s+/);
  const tail = rest.length ? ' ' + rest.join(' ') : '';
  const w = head!.toLowerCase();
  if (!/^[a-z][a-z-]*$/.test(w)) return [phrase];
  const forms = new Set<string>([w, `${w}s`, `${w}es`, `${w}ed`, `${w}ing`, `${w}'s`]);
  if (w.endsWith('e')) {
    forms.add(`${w}d`);
    forms.add(`${w.slice(0, -1)}ing`);
  }
  if (/[^aeiou]y$/.test(w)) {
    forms.add(`${w.slice(0, -1)}ies`);
    forms.add(`${w.slice(0, -1)}ied`);
  }
  // ship → shipped, cut → cutting: a doubled final consonant after one short vowel.
  if (/(?:^|[^aeiou])[aeiou][bdgklmnprt]$/.test(w)) {
    const last = w[w.length - 1]!;
    forms.add(`${w}${last}ed`);
    forms.add(`${w}${last}ing`);
  }
  return [...forms].map((f) => f + tail);
}
