// English verbs, from WordNet 3.1 (src/core/vocab/en-verbs.json, generated at build time by
// scripts/gen-lexicon.mjs): about 8,700 single-word verb lemmas, so an imperative such as
// "Renegotiate supplier contracts" or "Host 12 customer roundtables" is recognised without
// anyone having listed "renegotiate" or "host". Words that WordNet sees more often as nouns
// ("time", "order", "support") are marked, so "Support tickets fall" reads as a subject and
// its verb, not as a command. The list is front-coded (see scripts/gen-lexicon.mjs) and read
// into sets on first use.
import lexicon from '../vocab/en-verbs.json';
import { EN_EXTRA_VERBS } from '../vocab/shape-words';

let verbs: Set<string> | undefined;
let nounFirst: Set<string> | undefined;

function load(): void {
  verbs = new Set();
  nounFirst = new Set();
  for (const [w, isNoun] of unpackWords(lexicon.words)) {
    verbs.add(w);
    if (isNoun) nounFirst.add(w);
  }
  for (const v of EN_EXTRA_VERBS) verbs.add(v);
}

/**
 * The words of the front-coded list scripts/gen-lexicon.mjs writes (smaller in the .vsix than
 * a list with spaces): each a digit, how many leading letters it shares with the word before,
 * then the letters that differ, one of them a capital when the word is noun-first.
 */
export function unpackWords(packed: string): [word: string, nounFirst: boolean][] {
  const out: [string, boolean][] = [];
  let prev = '';
  let i = 0;
  while (i < packed.length) {
    const keep = packed.charCodeAt(i) - 48;
    let end = i + 1;
    while (end < packed.length && !isDigit(packed.charCodeAt(end))) end++;
    const rest = packed.slice(i + 1, end);
    prev = prev.slice(0, keep) + rest.toLowerCase();
    out.push([prev, rest !== rest.toLowerCase()]);
    i = end;
  }
  return out;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** A verb lemma ("renegotiate"), as WordNet lists it. Lower case in. */
export function isVerbLemma(w: string): boolean {
  if (!verbs) load();
  return verbs!.has(w);
}

/** A verb that is more often a noun ("order", "time", "support"). */
export function isNounFirst(w: string): boolean {
  if (!nounFirst) load();
  return nounFirst!.has(w);
}

/** The lemma of a third-person or past form, if the form is a verb's: "increases" → "increase". */
export function verbLemmaOf(w: string): string | undefined {
  if (isVerbLemma(w)) return w;
  const tries: string[] = [];
  if (w.endsWith('ies')) tries.push(w.slice(0, -3) + 'y');
  if (w.endsWith('es')) tries.push(w.slice(0, -2));
  if (w.endsWith('s')) tries.push(w.slice(0, -1));
  if (w.endsWith('ied')) tries.push(w.slice(0, -3) + 'y');
  if (w.endsWith('ed')) tries.push(w.slice(0, -2), w.slice(0, -1), w.slice(0, -3));
  return tries.find((t) => t.length > 1 && isVerbLemma(t));
}

/** How many verbs the lexicon holds (for docs and tests). */
export function verbCount(): number {
  if (!verbs) load();
  return verbs!.size;
}
