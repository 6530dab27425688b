// Files under maxFileBytes that used to take minutes or gigabytes: keys repeated in one mapping
// (the library's duplicate check compared each key with every earlier one), YAML with millions of
// values, and a syntax error on every line. Counts, never times: the work the code did is what it
// exposes (keys looked up) and the findings it makes.
import { strict as assert } from 'node:assert';
import { parseDocument as parseWithLibrary, visit, type Alias } from 'yaml';
import { parseDocument } from '../../src/core/parse';
import { keysLookedUp } from '../../src/core/parse/yaml-duplicates';
import { deref, documentWalks, pairsRead, resetCounts, type Walker } from '../../src/core/parse/yaml-nodes';
import { readYamlUnit } from '../../src/core/parse/yaml';
import { parseYaml, parseYamlCounted } from '../../src/core/parse/yaml-parse';
import { SYNTAX_ERRORS_READ } from '../../src/core/finding-cap';
import { at, GOOD_YAML, only, run } from './helpers';

const HEAD = 'cbo: 1\ntitle: Returning customers finish checkout without calling support\n';

describe('duplicate keys', () => {
  // The library's own check (uniqueKeys: true) is the reference: same positions, same words.
  const CASES = [
    'a: 1\nb: 2\na: 3\n',
    'a: 1\n"a": 2\n\'a\': 3\n',
    'x:\n  y: 1\n  z: 2\n  y: 3\nw: { p: 1, q: 2, p: 3 }\n',
    '- { k: 1, k: 2 }\n- k: 1\n  k: 2\n- [k: 1, k: 2]\n',
    '? a\n: 1\n? a\n: 2\n',
    '&x a: 1\n!!str a: 2\n',
    ': 1\n: 2\n',
    '1: a\n1.0: b\n"1": c\n',
    'true: a\nTrue: b\n',
    '.nan: a\n.nan: b\n',
    'a: &v 1\nb: *v\n*v : 2\n',
    '[a]: 1\n[a]: 2\n',
    '{ a: 1 }: x\n{ a: 1 }: y\n',
    'outer:\n  - inner: { a: 1, a: 2 }\n    a: 1\n',
  ];
  it('are the findings the library gave, at the same places', () => {
    for (const text of CASES) {
      const library = parseWithLibrary(text, { prettyErrors: false, uniqueKeys: true }).errors.filter((e) => e.code === 'DUPLICATE_KEY');
      const ours = readYamlUnit({ base: 0, text, role: 'whole' }, 'en').findings.filter((f) => f.data?.code === 'DUPLICATE_KEY');
      assert.deepEqual(
        ours.map((f) => [f.span.start, f.message]),
        library.map((e) => [e.pos[0], 'YAML syntax error: Map keys must be unique']),
        text,
      );
    }
  });

  it('looks each key up once, however many the mapping holds (20,000 keys, one repeated)', () => {
    let text = HEAD;
    for (let i = 0; i < 20_000; i++) text += `x-k${i}: ${i}\n`;
    text += 'x-k7: again\n';
    const r = run(text);
    assert.equal(only(r.findings, 'yaml-syntax').length, 1);
    assert.equal(at(text, only(r.findings, 'yaml-syntax')[0]!), 'x');
    // Two keys of HEAD, 20,000 numbered ones and the repeat: one lookup each, never one per earlier key.
    assert.equal(keysLookedUp, 20_003);
  });
});

describe('findings on many keys, many aliases', () => {
  it('places a finding on each of 20,000 unknown keys reading each key once, not the mapping once a finding', () => {
    let text = HEAD;
    for (let i = 0; i < 20_000; i++) text += `k${i}: ${i}\n`;
    resetCounts();
    const r = run(text);
    const schema = only(r.findings, 'schema');
    assert.equal(schema.length, 1001, '1,000 listed and one that counts the rest');
    for (const i of [0, 1, 499, 999]) assert.equal(at(text, schema[i]!), `k${i}`);
    // The two keys of HEAD and the 20,000 read once into an index, then one look-up a finding.
    // Searched pair by pair, as before, about 200 million (20,000 findings, 10,000 pairs each).
    assert.ok(pairsRead <= 20_002 + 100, `${pairsRead} pairs read`);
  });

  it('walks the document once for all its aliases, not once an alias (250 aliases, then 20,000)', () => {
    const list = (n: number) => `cbo: 1\ntitle: &t Analysts get the report\nassumptions:\n${'  - *t\n'.repeat(n)}`;
    resetCounts();
    const r = parseDocument(list(250), 'yaml');
    assert.deepEqual(r.findings, []);
    const assumptions = r.doc.outcomes[0]!.assumptions!;
    assert.equal(assumptions.length, 250);
    assert.ok(assumptions.every((a) => a.value === 'Analysts get the report'));
    // The library's Alias.resolve walks the whole document each time: once for every time an alias
    // is followed here (each is read for the schema, the model and its strings), and 1,000 times
    // (the expansion budget) in the 20,000-item list below: 4.8 s in `cbo check` at 36,000.
    assert.equal(documentWalks, 1);
    resetCounts();
    assert.deepEqual(run(list(20_000)).findings.map((f) => f.ruleId), ['resource-limit']);
    assert.equal(documentWalks, 1);
  });

  it('follows each alias to the node the library resolves it to', () => {
    const CASES = [
      'a: &x 1\nb: *x\nc: &x 2\nd: *x\n', // an anchor used again: the last one before the alias
      '? &k key\n: v\ne: *k\n', // an anchor on a key
      'a: &s [1, *s]\n', // an alias inside its own anchor
      'a: *y\nb: &y 1\n', // an alias before its anchor: none
      'l: [&f 1, *f, { g: *f }]\n*f : 3\n', // flow collections, an alias as a key
      '- &m { p: &p 1 }\n- *m\n- *p\n- &p 2\n- *p\n',
    ];
    for (const src of CASES) {
      const doc = parseWithLibrary(src, { uniqueKeys: false });
      const w: Walker = { doc, src, base: 0, expansions: 0, unresolved: false };
      const aliases: Alias[] = [];
      visit(doc, { Alias: (_k, n) => void aliases.push(n) });
      assert.ok(aliases.length > 0, src);
      for (const a of aliases) assert.equal(deref(a, w), a.resolve(doc), `${src}: *${a.source}`);
    }
  });
});

describe('values in a file', () => {
  // Per value line `  - 1`: the line's first character and the `- ` indicator count, two values.
  const blockList = (items: number) => 'x:\n' + '  - 1\n'.repeat(items);

  it('does not read YAML with more than 100,000 values, and says where it stopped, in English and Korean', () => {
    // "x:" counts 2 (the key and `: `); item k brings the count to 2 + 2k. Value 100,001 is the
    // first of item 50,000 (2 + 2 * 49,999 + 1), on line 50,001, after its two spaces.
    const text = blockList(60_000);
    const r = run(text);
    assert.deepEqual(r.findings.map((f) => [f.ruleId, f.start.line + 1, f.start.character]), [['resource-limit', 50_001, 2]]);
    assert.match(r.findings[0]!.message, /^This YAML has more than 100,000 values \(keys, items and scalars\); CBO Guide stops reading here/);
    const ko = run(text, 'yaml', {}, 'ko').findings[0]!.message;
    assert.match(ko, /^이 YAML에는 값\(키, 항목, 스칼라\)이 100,000개보다 많습니다\. CBO Guide는 여기서 읽기를 멈추고/);
    // One value fewer than the limit is read: a list of 49,999 items is 2 + 99,998 values.
    assert.deepEqual(run(blockList(49_999)).findings.filter((f) => f.ruleId === 'resource-limit'), []);
  });

  it('declines only the outcome that has too many, and checks the others', () => {
    const item = (body: string) => `  - title: Returning customers finish checkout without calling support\n${body}`;
    const text = 'cbo: 1\noutcomes:\n' + item('    x-list: [' + '1,'.repeat(100_000) + '1]\n') + item('    owner: TBD\n');
    const r = run(text);
    const limits = only(r.findings, 'resource-limit');
    assert.equal(limits.length, 1);
    assert.equal(limits[0]!.start.line, 3);
    assert.match(limits[0]!.message, /^This outcome has more than 100,000 values/);
    // The second outcome was read: its own findings are there, on its lines.
    assert.ok(r.findings.some((f) => f.ruleId !== 'resource-limit' && f.start.line >= 4));
    assert.equal(r.outcomeCount, 1);
  });

  it('stops reading the file past 1,000,000 values: the outcomes before are read, none after', () => {
    // Ten outcomes of more than 100,000 values are each declined without being parsed, and what
    // was counted of each (100,001: counting stops one past the limit) counts against the file.
    // The header holds 4 (two keys, two `:`), so 1,000,000 - 4 - 9 x 100,001 = 99,987 are left
    // for the tenth, which has more.
    const big = '  - [' + '1,'.repeat(100_000) + '1]\n';
    const text = 'cbo: 1\noutcomes:\n' + big.repeat(10) + '  - title: Returning customers finish checkout without calling support\n';
    const r = run(text);
    const limits = only(r.findings, 'resource-limit');
    assert.deepEqual(limits.map((f) => f.start.line), [2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    assert.match(limits[9]!.message, /^This file has more than 1,000,000 values \(keys, items and scalars\); CBO Guide stops reading here and checks no outcome from this line on/);
    assert.equal(r.outcomeCount, 0);
    // The outcome after it is not read: no finding of its own.
    assert.ok(r.findings.every((f) => f.start.line <= 11));
    assert.match(run(text, 'yaml', {}, 'ko').findings.at(-1)!.message, /^이 파일에는 값\(키, 항목, 스칼라\)이 1,000,000개보다 많습니다/);
    // parseDocument (cbo roi, cbo report) stops at the same place.
    const parsed = parseDocument(text, 'yaml');
    assert.deepEqual(parsed.findings.map((f) => f.data?.limit), [...Array<string>(9).fill('values'), 'values-per-file']);
    assert.equal(parsed.doc.outcomes.length, 0);
  });

  it('reads an honest file whole', () => {
    const r = run(GOOD_YAML);
    assert.deepEqual(only(r.findings, 'resource-limit'), []);
  });

  // 150,000 brackets and commas: over the limit however they are counted, unless text they are in holds no value.
  const brackets = '[{,'.repeat(50_000);
  const OUTCOME = 'metrics:\n  primary: { name: Checkouts without a call, unit: "%", baseline: { value: 30, asOf: 2026-09-30 }, target: { value: 95, by: 2027-03-31 } }\n';

  it('counts no value in quoted text, a block scalar, a plain scalar or a comment: a long title of brackets is read', () => {
    for (const title of [`"${brackets}"`, `'${brackets}'`, `'it''s ${brackets}'`, `"a \\" ${brackets}"`, `|\n  ${brackets}\n  ${brackets}\n`, `a ${brackets}`, `"a\n  ${brackets}\n  b"`]) {
      const text = `title: ${title}\n${OUTCOME}`;
      const r = run(text);
      assert.deepEqual(only(r.findings, 'resource-limit'), [], title.slice(0, 12));
      assert.equal(r.outcomeCount, 1, title.slice(0, 12));
    }
    const commented = run(`title: Analysts get the report # ${brackets}\n# ${brackets}\n${OUTCOME}`);
    assert.deepEqual(only(commented.findings, 'resource-limit'), []);
    // As one item of outcomes: too.
    assert.deepEqual(only(run(`outcomes:\n  - title: "${brackets}"\n  - title: b\n`).findings, 'resource-limit'), []);
  });

  it('still counts the values around quoted text and after it, where the parser makes them', () => {
    const list = '[' + '1,'.repeat(100_001) + '1]';
    for (const text of [
      // A real list after a quoted title, on the line after it and on the same line.
      `title: "[[[["\nlist: ${list}\n`,
      `list: ["a [b]", ${list.slice(1)}\n`,
      // A quote inside a plain scalar opens nothing: the list on the next line is a list.
      `title: it's\nlist: ${list}\n`,
      `title: say "hi\nlist: ${list}\n`,
      // A quoted scalar over two lines, closed: the list after it is values.
      `title: "a\n  b" \nlist: ${list}\n`,
      // A block scalar ends where the indentation does.
      `title: |\n  [[[[\nlist: ${list}\n`,
    ]) {
      const limits = only(run(text).findings, 'resource-limit');
      assert.equal(limits.length, 1, text.slice(0, 24));
      // At the list's line, not the title's.
      assert.equal(limits[0]!.start.line, text.slice(0, text.indexOf('1,')).split('\n').length - 1, text.slice(0, 24));
    }
  });
});

describe('YAML syntax errors', () => {
  const JUNK = '  : : : - [ { ] }\n';
  const junk = (lines: number) => GOOD_YAML + JUNK.repeat(lines);

  it('lists the first 100 of a file, then one finding that says how many more', () => {
    const text = junk(300);
    const all = parseWithLibrary(text, { prettyErrors: false, uniqueKeys: true }).errors.length;
    const syntax = only(run(text).findings, 'yaml-syntax');
    const more = syntax.filter((f) => f.data?.more !== undefined);
    assert.equal(more.length, 1);
    assert.ok(syntax.length <= 101);
    // The parser's 100 first problems are read; the rest are counted.
    assert.equal(more[0]!.data!.more, all - 100);
    assert.equal(more[0]!.message, `${(all - 100).toLocaleString('en-US')} more YAML syntax errors, not listed (CBO Guide lists the first 100 of a file). Fix the first ones: most later errors follow from them.`);
    assert.match(only(run(text, 'yaml', {}, 'ko').findings, 'yaml-syntax').at(-1)!.message, /^YAML 구문 오류가 [\d,]+개 더 있지만 나열하지 않았습니다\(파일마다 처음 100개만 나열\)/);
  });

  it('caps them across the outcomes of a file too', () => {
    const item = (i: number) => `  - title: Outcome ${i}\n    owner: [a\n      b: c\n`;
    let text = 'cbo: 1\noutcomes:\n';
    for (let i = 0; i < 150; i++) text += item(i);
    const syntax = only(run(text).findings, 'yaml-syntax');
    const listed = syntax.filter((f) => f.data?.more === undefined);
    assert.equal(listed.length, 100);
    const perItem = only(run('cbo: 1\noutcomes:\n' + item(0)).findings, 'yaml-syntax').length;
    assert.equal(syntax.at(-1)!.data!.more, 150 * perItem - 100);
  });

  it('never says the same thing twice about one place (an unclosed [ and the lines after it)', () => {
    const text = GOOD_YAML + 'x0: [\n' + JUNK.repeat(30);
    const syntax = only(run(text).findings, 'yaml-syntax');
    const said = syntax.map((f) => `${f.span.start}:${f.span.end}:${f.message}`);
    assert.equal(new Set(said).size, said.length);
    assert.equal(syntax.filter((f) => /the \[ opened here is never closed/.test(f.message) && f.start.line === 19).length, 1);
  });
});

describe('YAML syntax errors past the first 100', () => {
  // Junk of several kinds, alone and around document markers and directives: where the library
  // puts a problem (the first document, or the next one) decides whether parseDocument counts it.
  const JUNK = ['  : : : - [ { ] }\n', ']]]]}}}}\n', '&a &b &c\n', '!a !b !c\n', '"a" "b" "c"\n', 'a: 1\n b: 2\n', '{ a: [ b, { c\n', "'x\n", '\t- a\n'];
  const around = (j: string) => [
    'cbo: 1\n' + j.repeat(150),
    '---\n' + j.repeat(110) + '---\n' + j.repeat(110),
    j.repeat(110) + '\n...\n' + j.repeat(110),
    '%YAML 1.2\n---\n' + j.repeat(110),
    j.repeat(110) + '\n...\n%TAG ! tag:x,2000:\n---\n' + j.repeat(110),
    '...\n'.repeat(120) + j.repeat(50),
    j.repeat(110) + '...\n'.repeat(120),
    'a: 1\n---\nb: 2\n---\n' + j.repeat(110),
    '%YAML 1.2\n%YAML 1.2\n'.repeat(100) + '---\n' + j.repeat(10),
    j.repeat(20),
  ];
  const OPTIONS = { prettyErrors: false, uniqueKeys: false } as const;

  it('are counted, not made: the first 100 are those the library makes, and the count is its count', () => {
    let counted = 0;
    for (const j of JUNK) {
      for (const text of around(j)) {
        // The library's parseDocument with short stacks (mocha makes every Error copy its whole stack).
        const library = parseYaml(text, OPTIONS).errors;
        const { doc, unmade } = parseYamlCounted(text, OPTIONS, 100);
        const what = JSON.stringify(text.slice(0, 60));
        assert.equal(doc.errors.length + unmade, library.length, what);
        const first = (errors: typeof library) => errors.slice(0, 100).map((e) => [e.code, e.pos[0], e.pos[1], e.message]);
        assert.deepEqual(first(doc.errors), first(library), what);
        // Past the first 100, only a second document's problem (one) is made.
        assert.ok(doc.errors.length <= 101, what);
        if (unmade) counted++;
      }
    }
    // Most of these texts hold more than 100 problems: the count was exercised.
    assert.ok(counted >= 50, String(counted));
  });

  it('the lint counts the rest as when every error was made (closing brackets: a problem each after the document)', () => {
    const text = GOOD_YAML + ']]]]}}}}\n'.repeat(1000);
    const all = parseYaml(text, { prettyErrors: false, uniqueKeys: true }).errors.length;
    const syntax = only(run(text).findings, 'yaml-syntax');
    assert.ok(all > 5_000 && all < SYNTAX_ERRORS_READ, String(all));
    assert.equal(syntax.at(-1)!.data!.more, all - 100);
    assert.equal(syntax.at(-1)!.data!.stoppedAt, undefined);
    assert.ok(syntax.length <= 101);
  });

  it('stops reading once the document has so many: the first 100 are the same, the rest a floor', () => {
    // Junk inside the document (the Composer stops) and after it (the Parser stops at a token).
    for (const j of ['  : : : - [ { ] }\n', ']]]]}}}}\n', '&a &b &c\n']) {
      const text = 'cbo: 1\n' + j.repeat(400);
      const library = parseYaml(text, OPTIONS).errors;
      const { doc, unmade, stopped } = parseYamlCounted(text, OPTIONS, 100, 500);
      const what = JSON.stringify(j);
      assert.ok(library.length > 1000, what);
      assert.equal(stopped, true, what);
      const seen = doc.errors.length + unmade;
      assert.ok(seen >= 500 && seen < 600, `${what}: ${seen}`);
      const first = (errors: typeof library) => errors.slice(0, 100).map((e) => [e.code, e.pos[0], e.pos[1], e.message]);
      assert.deepEqual(first(doc.errors), first(library), what);
    }
    // Under the limit nothing stops.
    assert.equal(parseYamlCounted('cbo: 1\n' + ']]]]}}}}\n'.repeat(40), OPTIONS, 100, 500).stopped, false);
  });

  it('says the count is a floor when reading stopped, in English and Korean', () => {
    // 1,500 lines of 8 closing brackets after the document: 12,000 problems, past SYNTAX_ERRORS_READ.
    const text = GOOD_YAML + ']]]]}}}}\n'.repeat(1500);
    const syntax = only(run(text).findings, 'yaml-syntax');
    const more = syntax.at(-1)!;
    assert.equal(more.data!.stoppedAt, 10_000);
    assert.equal(more.data!.more, 9_900);
    assert.equal(more.message, 'At least 9,900 more YAML syntax errors, not listed (CBO Guide lists the first 100 of a file, and stops reading a part of it at 10,000). Fix the first ones: most later errors follow from them.');
    assert.equal(syntax.length, 101);
    assert.match(only(run(text, 'yaml', {}, 'ko').findings, 'yaml-syntax').at(-1)!.message, /^YAML 구문 오류가 적어도 9,900개 더 있지만 나열하지 않았습니다\(파일마다 처음 100개만 나열하고, 한 부분에서 10,000개를 세면 거기서 읽기를 멈춤\)/);
  });
});
