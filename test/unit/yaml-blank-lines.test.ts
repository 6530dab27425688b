// A YAML file of many blank lines. The library reads a line break at a time (a megabyte of them
// took a second, all in one step of the editor's lint): blank lines outside every value are left
// out of the parse, and the parse of a long part pauses as it goes. Counts and positions, never
// times.
import { strict as assert } from 'node:assert';
import { lintSteps } from '../../src/core/lint';
import { resolveConfig } from '../../src/core/config';
import { outlineSteps } from '../../src/core/outline';
import { parseDocument } from '../../src/core/parse';
import { yamlUnits } from '../../src/core/parse/yaml';
import { splitOutcomes } from '../../src/core/parse/yaml-split';
import { LEXEMES_PER_STEP } from '../../src/core/parse/yaml-parse';
import { TODAY, run } from './helpers';

const OUTCOME = 'title: Returning customers finish checkout without calling support\nmetrics:\n  primary: { name: Checkouts without a call, unit: "%", baseline: { value: 30, asOf: 2026-09-30 }, target: { value: 95, by: 2027-03-31 } }\n';

/** The generator run to its end, with the number of pauses it made. */
function stepped<T>(steps: Generator<void, T>): { value: T; pauses: number } {
  let pauses = 0;
  for (;;) {
    const r = steps.next();
    if (r.done) return { value: r.value, pauses };
    pauses++;
  }
}

describe('YAML files of many blank lines', () => {
  it('read from the first line with text: the blank lines before it are in no unit', () => {
    assert.deepEqual(yamlUnits('\n'.repeat(1000) + OUTCOME), [{ base: 1000, text: OUTCOME, role: 'whole' }]);
    // Spaces, tabs and CRLF are blank too; an indented first line keeps its indentation.
    assert.deepEqual(yamlUnits(' \n\t\n  \r\n  title: x\n'), [{ base: 8, text: '  title: x\n', role: 'whole' }]);
    assert.deepEqual(yamlUnits('\n'.repeat(500)), [{ base: 500, text: '', role: 'whole' }]);
  });

  it('leave the blank lines between outcomes: and its first item out of the file\'s own keys', () => {
    const text = '\n\noutcomes:   \n' + '\n'.repeat(1000) + '  # the first one\n\n  - title: a\n';
    const [top, item] = yamlUnits(text);
    assert.deepEqual(top, { base: 2, text: 'outcomes:   \n' + '\n'.repeat(1000) + '  # the first one\n', role: 'top' });
    assert.equal(item!.text, '  - title: a\n');
    const bare = yamlUnits('outcomes:\n' + ' \n'.repeat(1000) + '- title: a\n');
    assert.equal(bare[0]!.text, 'outcomes:\n');
  });

  it('still end an item before the blank and comment lines that trail it', () => {
    const text = 'outcomes:\n  - title: a\n\n  # about b\n \t\n\r\n  - title: b\n    # last\n\n';
    const s = splitOutcomes(text)!;
    assert.deepEqual(
      s.items.map((i) => text.slice(i.start, i.end)),
      ['  - title: a\n', '  - title: b\n'],
    );
    // An item of one line with nothing after it, and an item whose first line has no line break.
    const last = 'outcomes:\n- title: a\n- title: b';
    assert.deepEqual(
      splitOutcomes(last)!.items.map((i) => last.slice(i.start, i.end)),
      ['- title: a\n', '- title: b'],
    );
  });

  it('give findings and outcomes the places they have in the file', () => {
    const k = 5000;
    const blank = '\n'.repeat(k);
    // A syntax error, a schema finding and a rule's finding, each k lines further down.
    for (const text of ['title: [unclosed\n', 'title: 5\nowner: [a, b]\n', OUTCOME.replace('95', '20')]) {
      const alone = run(text).findings.map((f) => [f.ruleId, f.start.line, f.start.character, f.message]);
      const after = run(blank + text).findings.map((f) => [f.ruleId, f.start.line - k, f.start.character, f.message]);
      assert.ok(alone.length > 0, text);
      assert.deepEqual(after, alone, text);
    }
    const o = parseDocument(blank + OUTCOME, 'yaml').doc.outcomes[0]!;
    assert.equal(o.title?.span.start, k + OUTCOME.indexOf('Returning'));
    const listed = parseDocument('outcomes:\n' + blank + '  - title: a\n', 'yaml').doc.outcomes[0]!;
    assert.equal(listed.title?.span.start, 10 + k + '  - title: '.length);
  });

  it('are parsed in steps when they sit inside the text: the editor\'s lint and outline pause every few thousand pieces', () => {
    const lines = 200_000;
    const text = OUTCOME + '\n'.repeat(lines) + 'owner: Sales analytics\n';
    const config = resolveConfig({}, { today: TODAY, lang: 'en' });
    const lint = stepped(lintSteps(text, 'yaml', config));
    // A line break is one piece for the lexer: the parse alone pauses once every LEXEMES_PER_STEP of them.
    assert.ok(lint.pauses >= lines / LEXEMES_PER_STEP, `${lint.pauses} pauses`);
    assert.deepEqual(lint.value.findings, run(text).findings);
    const outline = stepped(outlineSteps(text, 'en'));
    assert.ok(outline.pauses >= lines / LEXEMES_PER_STEP, `${outline.pauses} pauses`);
  });

  it('give the host its own stack-trace limit back while the parse waits', () => {
    const host = Error.stackTraceLimit;
    Error.stackTraceLimit = 77;
    try {
      const steps = lintSteps(OUTCOME + '\n'.repeat(50_000) + 'owner: x\n', 'yaml', resolveConfig({}, { today: TODAY, lang: 'en' }));
      let paused = 0;
      while (!steps.next().done) {
        paused++;
        assert.equal(Error.stackTraceLimit, 77);
      }
      assert.ok(paused > 10, `${paused} pauses`);
    } finally {
      Error.stackTraceLimit = host;
    }
  });
});
