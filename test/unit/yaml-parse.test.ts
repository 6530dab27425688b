import { strict as assert } from 'node:assert';
import { LintCache } from '../../src/core/lint';
import { splitOutcomes } from '../../src/core/parse/yaml-split';
import { at, GOOD_YAML, ids, only, run } from './helpers';

describe('YAML reading', () => {
  it('reads a complete outcome in the documented format into the model with exact spans', () => {
    const r = run(GOOD_YAML);
    assert.equal(r.outcomes.length, 1);
    const o = r.outcomes[0]!;
    assert.equal(o.title?.value, 'Returning customers finish checkout without calling support');
    assert.equal(GOOD_YAML.slice(o.title!.span.start, o.title!.span.end), o.title!.value);
    const p = o.metrics!.primary!;
    assert.equal(p.baseline!.value!.value, 62);
    assert.equal(GOOD_YAML.slice(p.target!.value!.span.start, p.target!.value!.span.end), '80');
    assert.equal(p.target!.date!.value, '2027-06-30');
    assert.equal(p.measurements[0]!.value!.value, 66);
    assert.equal(o.value!.items[0]!.validated, true);
  });

  it('reports no schema or structure finding for a complete outcome in the documented format', () => {
    const r = run(GOOD_YAML);
    const structural = r.findings.filter((f) => ['schema', 'yaml-syntax', 'missing-baseline', 'missing-target', 'missing-deadline', 'missing-primary-metric'].includes(f.ruleId));
    assert.deepEqual(structural, []);
  });

  it('places a syntax error at the parser position, never throws', () => {
    const text = 'title: ok\nmetrics: [unclosed\n';
    const r = run(text);
    const f = only(r.findings, 'yaml-syntax');
    assert.equal(f.length >= 1, true);
    assert.equal(f[0]!.severity, 'error');
    assert.equal(f[0]!.start.line, 1);
  });

  it('says in words, English and Korean, that a key of over 1,024 characters is text where a field name goes', () => {
    const long = 'Analysts get the report before 8am '.repeat(40);
    const cases = { block: `title: x\n${long}: 1\n`, flow: `title: x\nrisks: [${long}: 1]\n` };
    for (const [name, text] of Object.entries(cases)) {
      for (const lang of ['en', 'ko'] as const) {
        const f = only(run(text, 'yaml', {}, lang).findings, 'yaml-syntax');
        assert.equal(f.length, 1, `${name} ${lang}`);
        assert.match(f[0]!.message, lang === 'en' ? /^YAML syntax error: this key is longer than 1,024 characters .*if this is text, write it under a field/ : /^YAML 구문 오류: 이 키는 1,024자보다 깁니다.*필드 아래에 쓰세요/, name);
        assert.doesNotMatch(f[0]!.message, /implicit|indicator/, name);
        assert.equal(f[0]!.start.line, 1, name);
      }
    }
  });

  it('splits outcomes: lists by item, at the list indentation', () => {
    const text = 'cbo: 1\noutcomes:\n  - title: A\n    owner: x\n\n  # comment\n  - title: B\nextra: 1\n';
    const s = splitOutcomes(text)!;
    assert.equal(s.items.length, 2);
    assert.equal(text.slice(s.items[0]!.start, s.items[0]!.end), '  - title: A\n    owner: x\n');
    assert.equal(text.slice(s.items[1]!.start, s.items[1]!.end), '  - title: B\n');
    assert.equal(text.slice(s.trailer!.start), 'extra: 1\n');
    assert.equal(splitOutcomes('title: single\n'), undefined);
  });

  it('reports findings of a later outcome at its own line in a multi-outcome file', () => {
    const text = `outcomes:\n  - title: First\n    metrics:\n      primary: { name: A, unit: "%", direction: increase, baseline: { value: 1, asOf: 2026-01-01 }, target: { value: 2, by: 2027-01-01 } }\n  - title: Second\n    metrics:\n      primary:\n        name: B\n        unit: "%"\n        target: { value: 3, by: 2027-01-01 }\n`;
    const r = run(text);
    assert.equal(r.outcomes.length, 2);
    const f = only(r.findings, 'missing-baseline');
    assert.equal(f.length, 1);
    assert.equal(f[0]!.start.line, 6);
    assert.equal(at(text, f[0]!), 'primary');
  });

  it('re-lints only the outcome whose text changed when given a cache', () => {
    const item = (n: number) => `  - title: Outcome ${n}\n    metrics:\n      primary:\n        name: Rate ${n}\n        unit: "%"\n        direction: increase\n        baseline: { value: 10, asOf: 2026-01-01 }\n        target: { value: 20, by: 2027-01-01 }\n`;
    const text = 'outcomes:\n' + Array.from({ length: 20 }, (_, i) => item(i)).join('');
    const cache = new LintCache();
    const first = run(text, 'yaml', {}, 'en', cache);
    assert.equal(cache.misses, 21); // header + 20 items
    const edited = text.replace('baseline: { value: 10, asOf: 2026-01-01 }\n        target: { value: 20, by: 2027-01-01 }\n  - title: Outcome 6', 'target: { value: 20, by: 2027-01-01 }\n  - title: Outcome 6');
    const second = run(edited, 'yaml', {}, 'en', cache);
    assert.equal(cache.misses, 1);
    assert.equal(cache.hits, 20);
    assert.deepEqual(ids(first.findings).filter((i) => i === 'missing-baseline'), []);
    const mb = only(second.findings, 'missing-baseline');
    assert.equal(mb.length, 1);
    // Outcomes after the edit moved up one line; their cached spans moved with them.
    const uncached = run(edited);
    assert.deepEqual(second.findings, uncached.findings);
    assert.deepEqual(second.outcomes.map((o) => o.title!.span), uncached.outcomes.map((o) => o.title!.span));
  });

  it('answers an alias bomb with a finding instead of expanding it', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 9; i++) lines.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill('*' + String.fromCharCode(97 + i)).join(',')}]`);
    lines.push('title: *j');
    const r = run(lines.join('\n'));
    assert.deepEqual(ids(r.findings).filter((i) => i === 'resource-limit').length, 1);
  });

  it('follows an alias that points from one outcome to another by reading the file whole', () => {
    const text = 'outcomes:\n  - title: &t Customers pay online\n    owner: a\n  - title: *t\n    owner: b\n';
    const r = run(text);
    assert.equal(r.outcomes.length, 2);
    assert.equal(r.outcomes[1]!.title?.value, 'Customers pay online');
  });

  it('declines a file over the size limit with one finding', () => {
    const r = run('title: x\n' + '#'.repeat(200), 'yaml', { maxFileBytes: 100 });
    assert.deepEqual(ids(r.findings), ['resource-limit']);
  });

  it('says nothing about an empty file', () => {
    assert.deepEqual(run('').findings, []);
    assert.deepEqual(run('   \n# only a comment\n').findings, []);
    // A document marker with nothing after it is an empty file too, not a schema error.
    assert.deepEqual(run('---\n').findings, []);
    assert.deepEqual(run('# a new CBO\n---\n# to be written\n').findings, []);
    // ... and the switched-on no-outcome rule says so, as for an empty file.
    assert.deepEqual(ids(run('---\n', 'yaml', { rules: { 'no-outcome': 'info' } }).findings), ['no-outcome']);
  });

  it('keeps a __proto__ key a plain field (no prototype pollution) and reports it', () => {
    const r = run('title: x\n__proto__: { polluted: true }\n');
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(only(r.findings, 'schema').length, 1);
  });
});
