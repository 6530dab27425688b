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
    const other = only(run('title: a: b\n', 'yaml').findings, 'yaml-syntax');
    assert.ok(other.length > 0 && other.every((x) => !/never closed/.test(x.message)));
  });

  it('does not take an apostrophe inside a later plain value for the opening quote', () => {
    const text = "cbo: 1\ntitle: 'Customers pay online\nnote: it's late\n";
    const f = only(run(text, 'yaml').findings, 'yaml-syntax').find((x) => /never closed/.test(x.message));
    assert.ok(f);
    assert.equal(at(text, f), "'Customers pay online");
  });
});

describe('yaml-syntax: an unclosed { or [', () => {
  const bracket = (text: string, lang: 'en' | 'ko' = 'en') => only(run(text, 'yaml', {}, lang).findings, 'yaml-syntax').find((x) => /never closed|닫히지 않았습니다/.test(x.message));

  it('points at the bracket that was opened, not at the next line the parser stopped on', () => {
    const cases = [
      { text: 'cbo: 1\noutcomes:\n  - title: {a: 1\n    category: experience\n  - title: b\n', open: '{a: 1', says: /end the map with \}/ },
      { text: 'cbo: 1\ntitle: [Outcome Title\naccount: Northwind\n', open: '[Outcome Title', says: /end the list with \]/ },
      // Over two lines, with a quoted "}" and a comment's "]" that close nothing.
      { text: 'cbo: 1\noutcomes:\n  - {title: "x}", # not ]\n     owner: Kim\n  - title: y\n', open: '{title: "x}", # not ]', says: /map/ },
      // A brace inside a plain value is text; the list opened after it is the one left open.
      { text: 'cbo: 1\nnote: see {a\ntags: [1\n', open: '[1', says: /list/ },
      // Inside a flow map, an apostrophe in a plain word does not open a quote.
      { text: "cbo: 1\nmeta: {note: it's [fine], n: 2\nb: 1\n", open: "{note: it's [fine], n: 2", says: /map/ },
    ];
    for (const c of cases) {
      const f = bracket(c.text);
      assert.ok(f, c.text);
      assert.equal(at(c.text, f), c.open);
      assert.match(f.message, c.says);
    }
  });

  it('says it in Korean; a closed collection or a mismatched closer keeps the parser\'s words', () => {
    assert.match(bracket('cbo: 1\ntitle: {a: 1\n', 'ko')!.message, /여기서 연 \{가 닫히지 않았습니다/);
    assert.equal(bracket('cbo: 1\ntags: [a, b]\ntitle: x: y\n'), undefined);
    // "{x: [1, 2}": the [ is named; the { the } closed is not.
    const text = 'cbo: 1\na: {x: [1, 2}\n';
    const all = only(run(text, 'yaml').findings, 'yaml-syntax');
    assert.deepEqual(all.filter((x) => /never closed/.test(x.message)).map((x) => at(text, x)), ['[1, 2}']);
  });
});

describe('yaml-syntax: a { or [ closed on a line indented no more than its key', () => {
  it('says to indent the lines inside, not to close it again', () => {
    const cases = [
      { text: 'cbo: 1\ntitle: Customers pay online\nbaseline: { value: 10,\nasOf: 2026-01-31 }\n', open: '{ value: 10,' },
      { text: 'cbo: 1\ntitle: Customers pay online\ncurrent: [a,\nFinance approves]\n', open: '[a,' },
    ];
    for (const c of cases) {
      const f = only(run(c.text, 'yaml').findings, 'yaml-syntax').find((x) => /indented more than its key/.test(x.message));
      assert.ok(f, JSON.stringify(only(run(c.text, 'yaml').findings, 'yaml-syntax').map((x) => x.message)));
      assert.equal(at(c.text, f), c.open);
      assert.doesNotMatch(f.message, /never closed/);
    }
    const ko = only(run(cases[0]!.text, 'yaml', {}, 'ko').findings, 'yaml-syntax');
    assert.ok(ko.some((x) => /더 들여 써야 합니다/.test(x.message)));
  });
});
