import { strict as assert } from 'node:assert';
import { fieldInfo } from '../../src/core/schema-info';
import { yamlCursorAt } from '../../src/core/yaml-context';

/** `|` marks the cursor. */
function at(src: string) {
  const offset = src.indexOf('|');
  return yamlCursorAt(src.replace('|', ''), offset);
}

describe('YAML cursor context (completion and hover)', () => {
  it('finds the path of a key being typed in a nested mapping', () => {
    const c = at('title: x\nmetrics:\n  primary:\n    name: a\n    di|\n    unit: "%"\n');
    assert.deepEqual(c?.path, ['metrics', 'primary']);
    assert.equal(c?.prefix, 'di');
    assert.deepEqual(c?.siblings.sort(), ['name', 'unit']);
  });

  it('knows it is typing a value, and the schema gives that value\'s choices', () => {
    const c = at('metrics:\n  primary:\n    direction: in|\n');
    assert.deepEqual([c?.path, c?.valueKey, c?.prefix], [['metrics', 'primary'], 'direction', 'in']);
    assert.deepEqual(fieldInfo([...c!.path, c!.valueKey!])?.enum, ['increase', 'decrease', 'maintain']);
  });

  it('walks through list items, indented or not', () => {
    const c = at('value:\n  items:\n    - type: hard-savings\n      am|\n');
    assert.deepEqual(c?.path, ['value', 'items', '*']);
    assert.deepEqual(c?.siblings, ['type']);
    const compact = at('outcomes:\n- title: a\n  owner: b\n- title: c\n  ca|\n');
    assert.deepEqual(compact?.path, ['outcomes', '*']);
    assert.deepEqual(fieldInfo([...compact!.path, 'category'])?.enum?.length, 6);
  });

  it('gives the top level an empty path', () => {
    const c = at('title: x\nca|\n');
    assert.deepEqual(c?.path, []);
    assert.deepEqual(c?.siblings, ['title']);
  });

  it('stays out of flow mappings', () => {
    assert.equal(at('baseline: { val|'), undefined);
  });

  it('describes fields from the schema for hovers', () => {
    const f = fieldInfo(['metrics', 'primary', 'baseline', 'asOf']);
    assert.match(f!.description!, /measured/);
    assert.equal(f!.example, '2026-09-30');
    assert.ok(fieldInfo(['value', 'items', '0', 'type'])!.enum!.includes('risk-avoidance'));
    assert.deepEqual(fieldInfo(['metrics', 'primary'])!.properties.slice(0, 3), ['name', 'unit', 'direction']);
  });
});
