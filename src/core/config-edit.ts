// Adds a word to `vocabulary.allow` in `.cborc.yaml` text, keeping the user's comments and
// layout (the yaml package edits the document, not a re-serialised copy of its data).
import { isMap, isScalar, isSeq } from 'yaml';
import { parseYaml } from './parse/yaml-parse';

/** The new text, the same text when the word is there already, or undefined if it does not parse. */
export function addAllowedWord(text: string, word: string): string | undefined {
  if (text.trim() === '') return `vocabulary:\n  allow:\n    - ${JSON.stringify(word)}\n`;
  const doc = parseYaml(text);
  if (doc.errors.length || (doc.contents && !isMap(doc.contents))) return undefined;
  const vocab = doc.get('vocabulary', true);
  if (!isMap(vocab)) {
    doc.set('vocabulary', doc.createNode({ allow: [word] }));
    return doc.toString();
  }
  const allow = vocab.get('allow', true);
  if (isSeq(allow)) {
    if (allow.items.some((i) => isScalar(i) && String(i.value).toLowerCase() === word.toLowerCase())) return text;
    allow.add(doc.createNode(word));
  } else vocab.set('allow', doc.createNode([word]));
  return doc.toString();
}
