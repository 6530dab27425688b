// The outline of a CBO YAML file (Outline view, breadcrumbs, LSP documentSymbol): outcomes by
// their title, with metrics and value under them, each selecting the text it names.
import { strict as assert } from 'node:assert';
import { outlineOf, outlineSteps, type OutlineNode } from '../../src/core/outline';
import { parseDocument } from '../../src/core/parse/index';

const FILE = `outcomes:
  - title: Returning customers finish checkout without calling support
    category: operational-efficiency
    metrics:
      primary:
        name: Checkout completion rate
        unit: "%"
        direction: increase
        baseline: { value: 62, asOf: 2026-03-31 }
        target: { value: 80, by: 2027-06-30 }
      secondary:
        - name: Support calls about checkout
          direction: decrease
          target: { value: 900, by: 2027-06-30 }
    value:
      currency: USD
      investment: 250000
      items:
        - { type: hard-savings, amount: 400000 }
  - category: experience
    metrics:
      primary:
        unit: days
`;

const outline = (text: string, lang: 'en' | 'ko' = 'en') => outlineOf(parseDocument(text, 'yaml', lang).doc.outcomes, lang);
const shape = (n: OutlineNode): unknown => ({ name: n.name, detail: n.detail, kind: n.kind, children: n.children.map(shape) });

describe('outline of a CBO YAML file', () => {
  it('lists each outcome by its title, with its metrics and value, and names an untitled one by its place', () => {
    assert.deepEqual(outline(FILE).map(shape), [
      {
        name: 'Returning customers finish checkout without calling support',
        detail: 'operational-efficiency, by 2027-06-30',
        kind: 'outcome',
        children: [
          { name: 'Checkout completion rate', detail: '62 → 80 %, by 2027-06-30', kind: 'metric', children: [] },
          { name: 'Support calls about checkout', detail: 'target 900, by 2027-06-30, secondary', kind: 'metric', children: [] },
          { name: 'Value', detail: 'investment $250,000.00', kind: 'value', children: [] },
        ],
      },
      { name: 'Outcome 2 (no title)', detail: 'experience', kind: 'outcome', children: [{ name: 'Metric (no name)', detail: '', kind: 'metric', children: [] }] },
    ]);
  });

  it('says the same in Korean', () => {
    const [first, second] = outline(FILE, 'ko');
    assert.equal(first!.detail, 'operational-efficiency, 기한 2027-06-30');
    assert.deepEqual(first!.children.map((c) => c.detail), ['62 → 80 %, 기한 2027-06-30', '목표값 900, 기한 2027-06-30, 보조', '투자 US$250,000.00']);
    assert.equal(first!.children[2]!.name, '가치');
    assert.equal(second!.name, '성과 2(제목 없음)');
    assert.equal(second!.children[0]!.name, '지표(이름 없음)');
  });

  it('selects the title and the metric name, inside the node it names', () => {
    const [first, second] = outline(FILE);
    const text = (s: { start: number; end: number }) => FILE.slice(s.start, s.end);
    assert.equal(text(first!.selection), 'Returning customers finish checkout without calling support');
    assert.equal(text(first!.children[0]!.selection), 'Checkout completion rate');
    for (const n of [first!, second!, ...first!.children, ...second!.children]) {
      assert.ok(n.span.start <= n.selection.start && n.selection.end <= n.span.end, `${n.name}: selection inside its span`);
    }
    assert.ok(text(second!.span).startsWith('category: experience'), text(second!.span));
  });

  it('keeps a name to one short line: a title of a paragraph or many lines is cut', () => {
    const long = `title: "${'Customers pay online '.repeat(40)}"\nmetrics:\n  primary:\n    name: "Paid\\n\\n   online"\n`;
    const [o] = outline(long);
    assert.ok(o!.name.length <= 120, String(o!.name.length));
    assert.ok(o!.name.startsWith('Customers pay online Customers'), o!.name);
    assert.doesNotMatch(o!.name, /\n/);
    assert.equal(o!.children[0]!.name, 'Paid online');
  });

  it('writes an investment too large to hold exactly as written, and does not throw', () => {
    const [o] = outline('title: Customers pay online\nvalue:\n  currency: USD\n  investment: 1e300\n');
    assert.equal(o!.children[0]!.detail, 'investment USD 1e+300');
  });

  it('gives nothing for a file with no outcome, and does not throw on one that does not parse', () => {
    assert.deepEqual(outline(''), []);
    assert.deepEqual(outline('title: [unclosed\n'), outline('title: [unclosed\n'));
    assert.doesNotThrow(() => outline('- - - : : {{{\n'));
  });

  // The breadcrumbs ask after every edit: a file of thousands of outcomes is read one at a time,
  // so the editor can run between them, and gives the outline the whole parse gives.
  it('reads a long file one outcome at a time, pausing after each, to the outline the whole parse gives', () => {
    const one = FILE.split('\n').slice(1, 19).join('\n');
    let text = 'cbo: 1\noutcomes:\n';
    for (let i = 0; i < 300; i++) text += `${one.replace('title: ', `title: N${i} `)}\n`;
    const steps = outlineSteps(text, 'en');
    let pauses = 0;
    let r = steps.next();
    while (!r.done) {
      pauses++;
      r = steps.next();
    }
    assert.ok(pauses >= 299, `${pauses} pauses`);
    assert.equal(r.value.length, 300);
    assert.equal(r.value[299]!.name, 'N299 Returning customers finish checkout without calling support');
    assert.deepEqual(r.value, outline(text));
  });

  it('reads a file whose aliases cross outcomes as a whole, and gives nothing for UTF-16', () => {
    const text = 'outcomes:\n  - title: First\n    category: &c experience\n  - title: Second\n    category: *c\n';
    const run = (t: string) => {
      const steps = outlineSteps(t, 'en');
      let r = steps.next();
      while (!r.done) r = steps.next();
      return r.value;
    };
    assert.deepEqual(run(text).map((n) => `${n.name}: ${n.detail}`), ['First: experience', 'Second: experience']);
    assert.deepEqual(run('\uFFFD\uFFFDt\0i\0t\0l\0e\0:\0 \0x\0'), []);
  });
});
