// The wording judge reads every title and field a person types, half-written ones included. It
// threw once on a one-word title ("*board", found by chance by the lint-cache property about
// one run in six): the lint then showed an internal-error finding. This property aims at the
// judge alone, so it can try many more sentences per run: word sequences built from the
// development statements' own words (English and Korean, with their particles and numbers),
// cut anywhere, with the punctuation and odd characters people paste.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { judgeStatement } from '../../src/core/text/statement';
import { builtInVocabulary } from '../../src/core/vocab';

const vocab = builtInVocabulary();

/** Words of the development statements (never the held-out ones). */
function devWords(): string[] {
  const file = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'wording', 'dev.jsonl');
  const words = new Set<string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    for (const w of (JSON.parse(line) as { text: string }).text.split(/\s+/)) if (w) words.add(w);
  }
  return [...words];
}

describe('wording judge (property-based)', function () {
  this.timeout(60_000);
  const words = devWords();

  it('never throws and always gives a verdict, on sentences made of real words cut anywhere', () => {
    const odd = fc.constantFrom('*', '-', '**', ':', '(', ')', '%', '~', '→', '…', '"', "'", '/', '\u200b', '\uFEFF', '\u202E', '🙂', '0', '100%', '2027-06-30', 'YYYY-MM-DD', 'by', '까지', '에서', '로');
    const token = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...words) }, { weight: 1, arbitrary: odd }, { weight: 1, arbitrary: fc.string({ maxLength: 4 }) });
    const sentence = fc.tuple(fc.array(token, { minLength: 1, maxLength: 14 }), fc.constantFrom(' ', '', '  ', '\t'), fc.nat(), fc.nat()).map(([ts, sep, a, b]) => {
      const s = ts.join(sep);
      // Cut anywhere, as a title is while it is typed.
      const from = a % (s.length + 1);
      return s.slice(Math.min(from, b % (s.length + 1)), Math.max(from, b % (s.length + 1)) || s.length);
    });
    fc.assert(
      fc.property(sentence, (s) => {
        const j = judgeStatement(s, vocab);
        assert.ok(typeof j.verdict === 'string' && j.verdict.length > 0, JSON.stringify(s));
      }),
      { numRuns: 20_000 },
    );
  });
});
