import { strict as assert } from 'node:assert';
import { nearestWord, onlyNear } from '../../src/core/edit-distance';
import { closest } from '../../src/core/schema';

describe('nearestWord: the one "did you mean" of the schema and the CLI', () => {
  it('gives the nearest candidate within the distance, as the candidate spells it', () => {
    assert.equal(nearestWord('categry', ['title', 'category'], 1, 'none'), 'category');
    assert.equal(nearestWord('categry', ['category'], 0, 'none'), undefined, 'one edit is more than none');
    assert.equal(nearestWord('BASELIN', ['target', 'baseline'], 2, 'first'), 'baseline', 'case is ignored');
    assert.equal(nearestWord('anything', [], 3, 'first'), undefined);
  });

  it('answers a tie by the rule asked for, and a nearer candidate after a tie wins', () => {
    assert.equal(nearestWord('chek', ['check', 'cheek'], 1, 'none'), undefined);
    assert.equal(nearestWord('chek', ['check', 'cheek'], 1, 'first'), 'check');
    assert.equal(nearestWord('cat', ['bat', 'hat', 'cat'], 1, 'none'), 'cat');
  });

  it('keeps each caller\'s own rule: the CLI gives no hint on a tie, the schema the first key', () => {
    assert.equal(onlyNear('abcd', ['abce', 'abcf']), undefined);
    assert.equal(closest('abcd', ['abce', 'abcf']), 'abce');
    // The schema allows two edits in a short key, the CLI one.
    assert.equal(closest('abcd', ['abef']), 'abef');
    assert.equal(onlyNear('abcd', ['abef']), undefined);
  });
});
