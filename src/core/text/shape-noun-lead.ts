// A first word that could be a command's verb, read as part of a subject when the words after
// it can only be a subject and its verb (see shape.ts): "Pack stations seal every carton",
// "Harbor Foods sells inbound stock the day after it lands".
import { EN_STATE_VERBS } from '../vocab/shape-words';
import { isNounFirst, isVerbLemma, verbLemmaOf } from './lexicon';
import type { Tok } from './shape';

/** The auxiliaries, which start a verb phrase and are never a command's verb; shape.ts's MODALS is these and a few adverbs. */
export const AUXILIARIES: ReadonlySet<string> = new Set(['will', 'can', 'could', 'should', 'must', 'may', 'might', 'would', 'shall', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'do', 'does', 'did', 'get', 'gets']);
export const CAPITAL = /^\p{Lu}/u;
const OBJECT_START = new Set(['a', 'an', 'the', 'every', 'each', 'all', 'our', 'their', 'its', 'your', 'this', 'these', 'those', 'some', 'any']);
/** A plural noun by its ending ("stations", "orders"), not a mass noun in -ss or -us. */
export function pluralNoun(w: string): boolean {
  return w.length > 3 && w.endsWith('s') && !/(?:ss|us|is|['’]s)$/.test(w);
}
/** A verb in its plain form at k, with its object after it when the word is more often a noun. */
export function plainVerbAt(toks: readonly Tok[], k: number): boolean {
  const t = toks[k]?.text;
  if (t === undefined || !isVerbLemma(t) || EN_STATE_VERBS.has(t) || AUXILIARIES.has(t)) return false;
  const after = toks[k + 1]?.text;
  if (after === 'and' || after === 'or') return false;
  return !isNounFirst(t) || OBJECT_START.has(after ?? '');
}
/** A verb in -s written in lower case at k ("sells", "ships"): a name's verb. */
export function thirdPersonAt(toks: readonly Tok[], text: string, k: number): boolean {
  const t = toks[k];
  if (!t || !t.text.endsWith('s') || CAPITAL.test(text.slice(t.start, t.end))) return false;
  const lemma = verbLemmaOf(t.text);
  return lemma !== undefined && lemma !== t.text && !isNounFirst(lemma);
}
