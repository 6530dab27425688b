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

// The last word of a company's or a body's name ("Acme Corp", "Northwind Retail", "Contoso
// Bank"): a name that ends in one of these is an organisation, and an organisation that acts is
// a customer or a partner behaving, as people are. A bare product name ("Google Analytics
// tracks …") ends in none, and stays a thing.
const ORG_NAME_END = new Set(['corp', 'corporation', 'inc', 'ltd', 'llc', 'plc', 'gmbh', 'co', 'company', 'bank', 'retail', 'foods', 'group', 'hospital', 'clinic', 'pharmacy', 'council', 'university', 'college', 'airlines', 'airways', 'logistics', 'partners', 'insurance', 'holdings', 'industries', 'motors', 'stores', 'markets', 'supermarkets', 'trust', 'association', 'cooperative', 'co-op']);
/**
 * The verb after a capitalised name of two words or more ending in an organisation word, at i ("Kestrel Logistics
 * books …", "Northwind Retail orders …"): a verb in -s in lower case, whatever else the word
 * could be, since a name's last word has told us a subject came first.
 */
export function orgNameVerb(toks: readonly Tok[], text: string, i: number): number | undefined {
  for (let k = i + 1; k < toks.length && k <= i + 4; k++) {
    const t = toks[k]!;
    if (CAPITAL.test(text.slice(t.start, t.end))) continue;
    if (k < i + 2 || !ORG_NAME_END.has(toks[k - 1]!.text) || !t.text.endsWith('s')) return undefined;
    const lemma = verbLemmaOf(t.text);
    return lemma !== undefined && lemma !== t.text ? k : undefined;
  }
  return undefined;
}
