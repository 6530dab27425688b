import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { shortPath } from '../../src/core/schema';
import { at, GOOD_YAML, only, run } from './helpers';

describe('schema findings', () => {
  it('says a wrong type in plain words with an example, at the value', () => {
    const text = GOOD_YAML.replace('target: { value: 80,', 'target: { value: eighty,');
    const [f] = only(run(text).findings, 'schema');
    assert.equal(f!.message, '`target.value` must be a number, e.g. 80.');
    assert.equal(at(text, f!), 'eighty');
  });

  it('names the allowed values of an enum', () => {
    const text = GOOD_YAML.replace('category: operational-efficiency', 'category: efficiency');
    const [f] = only(run(text).findings, 'schema');
    assert.match(f!.message, /`category` must be one of: reduced-business-risk, esg, increased-revenue, operational-efficiency, experience, innovation/);
    assert.equal(at(text, f!), 'efficiency');
  });

  it('points at a misspelt key and suggests the right one', () => {
    const text = GOOD_YAML.replace('    baseline:', '    baselin:');
    const [f] = only(run(text).findings, 'schema');
    assert.match(f!.message, /`baselin` is not a field of `metrics.primary`. Did you mean `baseline`\?/);
    assert.equal(at(text, f!), 'baselin');
  });

  it('suggests the right key at the top of the file and inside outcome too, in words a reader knows', () => {
    const top = GOOD_YAML.replace('category: operational-efficiency', 'categry: operational-efficiency');
    const [f] = only(run(top).findings, 'schema');
    assert.equal(f!.message, '`categry` is not a field of the file. Did you mean `category`? Fields of your own start with `x-`.');
    assert.equal(at(top, f!), 'categry');
    const inner = GOOD_YAML.replace('  behavior:', '  behaviour:');
    assert.match(only(run(inner).findings, 'schema')[0]!.message, /`behaviour` is not a field of `outcome`\. Did you mean `behavior`\?/);
    assert.match(only(run(top, 'yaml', {}, 'ko').findings, 'schema')[0]!.message, /`categry`는 파일에 없는 항목입니다\. `category`를 뜻했나요\?/);
    // The top of a file may also hold the list of outcomes; inside an item it may not.
    assert.match(only(run('outcomes2:\n  - title: x\n').findings, 'schema')[0]!.message, /`outcomes2` is not a field of the file\. Did you mean `outcomes`\?/);
    assert.match(only(run('outcom:\n  behavior: x\n').findings, 'schema')[0]!.message, /Did you mean `outcome`\?/);
    assert.match(only(run('cbo: 1\noutcomes:\n  - title: x\n    outcomes2: y\n').findings, 'schema')[0]!.message, /this outcome\. Did you mean `outcome`\?/);
  });

  it('names the item of a file of several outcomes, and starts the message with a capital', () => {
    const text = 'cbo: 1\noutcomes:\n  - title: Customers pay online\n    categry: experience\n';
    const [f] = only(run(text).findings, 'schema');
    // Each item is read (and cached) on its own, so it is "this outcome", not an index that moves.
    assert.match(f!.message, /^`categry` is not a field of this outcome\. Did you mean `category`\?/);
    assert.match(only(run('- a\n- b\n').findings, 'schema')[0]?.message ?? 'The file', /^[A-Z`]/);
  });

  it('says outcomes must be a list when a file gives a mapping or a word there (it passed in silence)', () => {
    for (const text of ['cbo: 1\noutcomes: {title: Customers pay online}\n', 'cbo: 1\noutcomes: nothing\n']) {
      const [f] = only(run(text).findings, 'schema');
      assert.equal(f?.message, '`outcomes` must be a list.', text);
      assert.equal(f?.severity, 'error');
    }
    // An empty list, and the list of a split file's header, stay quiet.
    assert.deepEqual(only(run('cbo: 1\noutcomes: []\n').findings, 'schema'), []);
  });

  it('shows the schema\'s example for a field of the outcome itself', () => {
    const text = GOOD_YAML.replace(/^owner: .*$/m, 'owner: [a, b]');
    assert.match(only(run(text).findings, 'schema')[0]!.message, /^`owner` must be text, e\.g\. \S/);
  });

  it('allows x- extension fields anywhere', () => {
    const text = GOOD_YAML.replace('owner:', 'x-jira: CBO-12\nowner:');
    assert.deepEqual(only(run(text).findings, 'schema'), []);
  });

  it('asks for a date written YYYY-MM-DD', () => {
    const text = GOOD_YAML.replace('by: 2027-06-30', 'by: June 2027');
    const [f] = only(run(text).findings, 'schema');
    assert.equal(f!.message, '`target.by` must be a date written YYYY-MM-DD, e.g. 2027-12-31.'); // dated from TODAY: dated-examples.test.ts
  });

  it('reports a required field missing in a measurement at that measurement', () => {
    const text = GOOD_YAML.replace('measurements: [ { date: 2026-10-31, value: 66 } ]', 'measurements: [ { value: 66 } ]');
    const [f] = only(run(text).findings, 'schema');
    assert.equal(f!.message, '`primary.measurements[0]` needs `date`, e.g. date: 2026-10-31.'); // after the baseline's day and before TODAY, as a reading is
  });

  it('writes messages in Korean when asked', () => {
    const text = GOOD_YAML.replace('target: { value: 80,', 'target: { value: eighty,');
    const [f] = only(run(text, 'yaml', {}, 'ko').findings, 'schema');
    assert.equal(f!.message, '`target.value`는 숫자여야 합니다 (예: 80).');
  });

  it('checks the file level of a multi-outcome file', () => {
    const text = 'cbo: 2\noutcomes:\n  - title: A\n';
    const [f] = only(run(text).findings, 'schema');
    assert.equal(f!.message, '`cbo` must be 1.');
    assert.equal(at(text, f!), '2');
  });

  it('shortens paths to the last two names', () => {
    assert.equal(shortPath(['value', 'items', '2', 'amount']), 'items[2].amount');
    assert.equal(shortPath(['metrics', 'primary', 'target', 'value']), 'target.value');
    assert.equal(shortPath([]), '(document)');
  });
});

describe('the schema itself', () => {
  it('describes every property, and names the framework\'s closed sets as enums', () => {
    const schema = JSON.parse(readFileSync('schemas/cbo.schema.json', 'utf8'));
    const missing: string[] = [];
    const walk = (node: Record<string, unknown>, at: string) => {
      for (const [k, v] of Object.entries((node.properties as Record<string, Record<string, unknown>>) ?? {})) {
        if (!v.description && !v.$ref) missing.push(`${at}.${k}`);
        walk(v, `${at}.${k}`);
        if (v.items && typeof v.items === 'object') walk(v.items as Record<string, unknown>, `${at}.${k}[]`);
      }
    };
    for (const [name, def] of Object.entries(schema.definitions as Record<string, Record<string, unknown>>)) walk(def, name);
    assert.deepEqual(missing, []);
    assert.deepEqual(schema.definitions.outcome.properties.category.enum, ['reduced-business-risk', 'esg', 'increased-revenue', 'operational-efficiency', 'experience', 'innovation']);
    assert.equal(schema.definitions.valueItem.properties.type.enum.length, 5);
    assert.deepEqual(schema.definitions.metric.properties.direction.enum, ['increase', 'decrease', 'maintain']);
  });

  it('accepts the example file (examples/checkout.cbo.yaml: the documented format, every field filled in)', () => {
    const text = readFileSync('examples/checkout.cbo.yaml', 'utf8');
    const r = run(text);
    assert.deepEqual(r.findings.filter((f) => f.ruleId === 'schema' || f.ruleId === 'yaml-syntax'), []);
    assert.equal(r.outcomes.length, 1);
  });
});
