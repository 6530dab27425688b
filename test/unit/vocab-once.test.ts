// A config's vocabulary is compiled once, not once per file: `cbo check` made a new vocabulary
// for every file it checked, and the word lists are compiled per vocabulary object, so a config
// with 300,000 weasel words cost 7 s a file. Equal additions now give the same object.
import { strict as assert } from 'node:assert';
import { resolveConfig } from '../../src/core/config';
import { builtInVocabulary, extendVocabulary } from '../../src/core/vocab';

describe('a config\'s vocabulary, made once', () => {
  it('gives the same vocabulary for the same additions, whichever object holds them', () => {
    const a = extendVocabulary({ weaselWords: ['synergy'], outputVerbs: ['onboard'] });
    const b = extendVocabulary({ weaselWords: ['synergy'], outputVerbs: ['onboard'] });
    assert.equal(a, b);
    assert.ok(a.weaselWords.includes('synergy') && a.outputVerbs.includes('onboard'));
    assert.notEqual(extendVocabulary({ weaselWords: ['leverage it'] }), a, 'other words, another vocabulary');
    // Two files under one config, as cbo check resolves them.
    const config = { vocabulary: { weaselWords: ['synergy'] } };
    assert.equal(resolveConfig(config, { today: '2026-11-22' }).vocab, resolveConfig(config, { today: '2026-11-22' }).vocab);
  });

  it('is the built-in vocabulary when nothing is added (allowed words alone add nothing)', () => {
    assert.equal(extendVocabulary({ allow: ['leading'] } as never), builtInVocabulary());
    assert.equal(extendVocabulary({}), builtInVocabulary());
  });
});
