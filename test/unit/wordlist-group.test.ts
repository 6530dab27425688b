// The speed-ups of the wording judge keep its answers: word lists compiled together (one
// lookup per word for all of them) find exactly what each list finds alone, and the last
// outcome's judged statements are given again only while its title and behavior are unchanged.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { emptyOutcome } from '../../src/core/model';
import { judgeOutcomeStatements } from '../../src/core/text/statements';
import { compileWordList, compileWordLists } from '../../src/core/text/wordlist';
import { builtInVocabulary, extendVocabulary } from '../../src/core/vocab';

const STATEMENTS = ['test/fixtures/statements.jsonl', 'test/fixtures/wording/dev.jsonl'].flatMap((f) =>
  readFileSync(f, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text),
);

describe('word lists compiled together', () => {
  for (const [name, vocab] of [
    ['built-in', builtInVocabulary()],
    ['with a team\'s words', extendVocabulary({ outputVerbs: ['frobnicate', 'roll up'], aspirationWords: ['snappier'], weaselWords: ['synergy', 'etc.'], exceptions: ['world class'] })],
  ] as const) {
    it(`finds what each list finds alone (${name} vocabulary, ${STATEMENTS.length} labelled statements)`, () => {
      const specs = [
        { words: vocab.outputVerbs, inflect: true },
        { words: vocab.aspirationWords, inflect: true },
        { words: vocab.weaselWords, inflect: false },
        { words: vocab.actorNouns, inflect: true },
        { words: vocab.changeMarkers, inflect: false },
        { words: vocab.exceptions, inflect: true },
      ];
      const group = compileWordLists(specs);
      const alone = specs.map((s) => compileWordList(s.words, s));
      let found = 0;
      for (const text of [...STATEMENTS, 'Frobnicate the world-class, best-in-class portal; roll up synergy etc. snappier']) {
        // Each list asked in turn about one statement, as the judge does, then the other way round.
        for (const order of [[0, 1, 2, 3, 4, 5], [5, 4, 3, 2, 1, 0]]) {
          for (const k of order) {
            const got = group[k]!.find(text);
            assert.deepEqual(got, alone[k]!.find(text), `list ${k} on "${text}"`);
            found += got.length;
          }
        }
      }
      assert.ok(found > STATEMENTS.length, `the lists found words (${found})`);
    });
  }
});

describe('judgeOutcomeStatements', () => {
  const vocab = builtInVocabulary();
  const outcome = (title: string) => {
    const o = emptyOutcome(0, 'yaml', { start: 0, end: title.length });
    o.title = { value: title, span: { start: 0, end: title.length } };
    return o;
  };
  it('gives the same answer to the rules that ask in turn about one outcome', () => {
    const o = outcome('Migrate the data warehouse to the cloud');
    const a = judgeOutcomeStatements(o, vocab);
    assert.equal(judgeOutcomeStatements(o, vocab), a);
    assert.equal(a[0]!.judgement.verdict, 'output');
  });
  it('judges again when the title changes in place or is replaced', () => {
    const o = outcome('Migrate the data warehouse to the cloud');
    assert.equal(judgeOutcomeStatements(o, vocab)[0]!.judgement.verdict, 'output');
    o.title!.value = 'Improve the customer experience';
    assert.equal(judgeOutcomeStatements(o, vocab)[0]!.judgement.verdict, 'unmeasured');
    o.title = { value: 'Analysts get the daily sales report by 8am instead of 11am', span: { start: 0, end: 58 } };
    assert.equal(judgeOutcomeStatements(o, vocab)[0]!.judgement.verdict, 'outcome');
    o.behavior = { value: 'Analysts get the daily sales report by 8am instead of 11am', span: { start: 100, end: 158 } };
    assert.equal(judgeOutcomeStatements(o, vocab).length, 2);
  });
});
