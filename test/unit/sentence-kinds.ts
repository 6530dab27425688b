// Shared by the sentence-kind tests: each case lists sentences that must all be judged one way.
import { strict as assert } from 'node:assert';
import { judgeStatement } from '../../src/core/text/statement';
import { builtInVocabulary } from '../../src/core/vocab';

export const vocab = builtInVocabulary();
export const verdict = (t: string) => judgeStatement(t, vocab).verdict;

/** `vague`: judged an output or an unmeasured aspiration (both are flagged); `outcome`: quiet. */
export function all(kind: string, expected: 'vague' | 'outcome', sentences: string[]): void {
  it(`${kind}: ${expected}`, () => {
    const wrong = sentences.filter((s) => (verdict(s) === 'outcome') !== (expected === 'outcome')).map((s) => `${s} → ${verdict(s)}`);
    assert.deepEqual(wrong, []);
  });
}
