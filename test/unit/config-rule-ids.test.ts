// `.cborc.yaml`'s `rules:` keys are rule ids: a misspelt one is named with the id meant.
import { strict as assert } from 'node:assert';
import { configFindings, parseConfigText } from '../../src/core/config';

describe('config: an unknown rule id', () => {
  it('names the id meant when one is a letter or two away, in English and Korean', () => {
    const text = 'rules:\n  weasel-words: off\n';
    const [f] = configFindings(text);
    assert.match(f!.message, /unknown rule id "weasel-words"/);
    assert.match(f!.message, /Did you mean "weasel-word"\?/);
    assert.equal(text.slice(f!.span.start, f!.span.end), 'weasel-words');
    const [ko] = configFindings(text, 'ko');
    assert.match(ko!.message, /"weasel-word"를 뜻했나요\?/);
    // The entry is still ignored: a guess is shown, never applied.
    assert.deepEqual(parseConfigText(text).config.rules, {});
    assert.match(configFindings('rules:\n  missing-baseline2: warning\n')[0]!.message, /Did you mean "missing-baseline"\?/);
  });

  it('names none for an id far from every rule', () => {
    const [f] = configFindings('rules:\n  no-emojis-please: off\n');
    assert.match(f!.message, /unknown rule id "no-emojis-please"/);
    assert.doesNotMatch(f!.message, /Did you mean|뜻했나요/);
  });
});
