// An unclosed quote is reported where it was opened, not where the parser gave up looking.
import { strict as assert } from 'node:assert';
import { at, only, run } from './helpers';

describe('yaml-syntax: an unclosed quote', () => {
  it('points at the quote that was opened, in a single-outcome file and in a list, both quote kinds', () => {
    const cases = [
      { text: 'cbo: 1\ntitle: "Customers pay online\naccount: Northwind\ncategory: experience\n', quote: '"Customers pay online' },
      { text: "cbo: 1\noutcomes:\n  - title: Customers pay online\n    account: 'Northwind\n    category: experience\n", quote: "'Northwind" },
      // After a tag or an anchor, and with a closed quote earlier in the file.
      { text: 'cbo: 1\nowner: "Kim"\ntitle: !!str "abc\nb: 1\n', quote: '"abc' },
      { text: 'cbo: 1\nowner: "Kim"\ntitle: &t "abc\nb: 1\n', quote: '"abc' },
      { text: "cbo: 1\nowner: 'Kim''s team'\ntitle: 'abc\nb: 1\n", quote: "'abc" },
    ];
    for (const c of cases) {
      const f = only(run(c.text, 'yaml').findings, 'yaml-syntax');
      assert.ok(f.length >= 1, c.text);
      const quoted = f.find((x) => /never closed/.test(x.message));
      assert.ok(quoted, JSON.stringify(f.map((x) => x.message)));
      assert.equal(at(c.text, quoted), c.quote);
    }
  });

  it('says it in Korean, and leaves other syntax errors as the parser words them', () => {
    const f = only(run('cbo: 1\ntitle: "x\n', 'yaml', {}, 'ko').findings, 'yaml-syntax');
    assert.match(f[0]!.message, /따옴표\("\)가 닫히지 않았습니다/);
    const other = only(run('title: [unclosed\n', 'yaml').findings, 'yaml-syntax');
    assert.ok(other.length > 0 && other.every((x) => !/never closed/.test(x.message)));
  });

  it('does not take an apostrophe inside a later plain value for the opening quote', () => {
    const text = "cbo: 1\ntitle: 'Customers pay online\nnote: it's late\n";
    const f = only(run(text, 'yaml').findings, 'yaml-syntax').find((x) => /never closed/.test(x.message));
    assert.ok(f);
    assert.equal(at(text, f), "'Customers pay online");
  });
});
