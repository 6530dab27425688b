import { strict as assert } from 'node:assert';
import { addAllowedWord } from '../../src/core/config-edit';

describe('adding an allowed word to .cborc.yaml', () => {
  it('creates the list in an empty file', () => {
    assert.equal(addAllowedWord('', 'leading'), 'vocabulary:\n  allow:\n    - "leading"\n');
  });
  it('appends to an existing list and keeps comments', () => {
    const out = addAllowedWord('# team settings\nvocabulary:\n  allow:\n    - robust # fine here\nrules:\n  no-actor: off\n', 'leading')!;
    assert.match(out, /# team settings/);
    assert.match(out, /- robust # fine here\n {4}- leading/);
    assert.match(out, /no-actor: off/);
  });
  it('leaves the text alone when the word is there, and refuses text that does not parse', () => {
    const t = 'vocabulary:\n  allow: [Leading]\n';
    assert.equal(addAllowedWord(t, 'leading'), t);
    assert.equal(addAllowedWord('rules: [unclosed\n', 'x'), undefined);
  });
});
