// The verb lexicon (src/core/vocab/en-verbs.json) is generated from WordNet by
// scripts/gen-lexicon.mjs and shipped front-coded. These tests regenerate it from the dev
// dependency and read it back through the engine's decoder, so neither the committed file nor
// the decoder can drift from WordNet's lists.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isNounFirst, isVerbLemma, unpackWords } from '../../src/core/text/lexicon';

interface Generator {
  lexiconJson: () => string;
  buildLexicon: () => { verbs: string[]; nounFirst: string[] };
}
// Loaded at run time, as node runs the script, not bundled into this test.
const generator = async () => (await import(pathToFileURL(path.resolve('scripts/gen-lexicon.mjs')).href)) as Generator;

describe('verb lexicon', () => {
  it('src/core/vocab/en-verbs.json is exactly what scripts/gen-lexicon.mjs writes (run it after editing the generator)', async () => {
    const { lexiconJson } = await generator();
    assert.equal(readFileSync('src/core/vocab/en-verbs.json', 'utf8'), lexiconJson());
  });

  it('reads back every WordNet verb and every noun-first mark, in order, nothing more', async () => {
    const { buildLexicon } = await generator();
    const { verbs, nounFirst } = buildLexicon();
    assert.ok(verbs.length > 8000, `${verbs.length} verbs from WordNet`);
    const packed = (JSON.parse(readFileSync('src/core/vocab/en-verbs.json', 'utf8')) as { words: string }).words;
    const read = unpackWords(packed);
    assert.deepEqual(read.map(([w]) => w), verbs);
    assert.deepEqual(read.filter(([, noun]) => noun).map(([w]) => w), nounFirst);
  });

  it('decodes the shared-prefix digits and the noun-first capital', () => {
    assert.deepEqual(unpackWords('0abandon3se4h'), [['abandon', false], ['abase', false], ['abash', false]]);
    // A prefix shared beyond 9 letters is written out from the tenth letter on.
    assert.deepEqual(unpackWords('0overcapitalise9alize'), [['overcapitalise', false], ['overcapitalize', false]]);
    // A capital marks a noun-first word, whatever its place in the word.
    assert.deepEqual(unpackWords('0Order5Ing3Ers'), [['order', true], ['ordering', true], ['orders', true]]);
    assert.deepEqual(unpackWords('0flip4-Flop'), [['flip', false], ['flip-flop', true]]);
    assert.deepEqual(unpackWords(''), []);
  });

  it('answers the judge as before: lemmas, noun-first verbs and a hyphenated lemma', () => {
    for (const w of ['renegotiate', 'digitize', 'host', 'about-face', 'aah']) assert.ok(isVerbLemma(w), w);
    for (const w of ['time', 'order', 'support']) assert.ok(isNounFirst(w), w);
    for (const w of ['renegotiate', 'deploy', 'report']) assert.ok(!isNounFirst(w), w);
    for (const w of ['customers', 'quickly', 'abandons']) assert.ok(!isVerbLemma(w), w);
  });
});
