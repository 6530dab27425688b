import { strict as assert } from 'node:assert';
import { parse } from 'yaml';
import { yamlExample } from '../../src/core/yaml-example';

describe('schema examples shown as YAML', () => {
  it('writes objects and lists in flow style, as a CBO file does', () => {
    assert.equal(yamlExample('{"value":62,"asOf":"2026-09-30"}'), '{ value: 62, asOf: 2026-09-30 }');
    assert.equal(yamlExample('["Customers call to confirm delivery dates"]'), '[Customers call to confirm delivery dates]');
    assert.equal(yamlExample('Head of Digital Channels'), 'Head of Digital Channels');
  });

  it('quotes what YAML would read differently, so every example reads back as the same value', () => {
    for (const v of [{ unit: '%' }, { a: 'x: y', b: 'true', c: '42', d: 'a, b', e: '' }, ['#tag', '{x}'], { nested: { list: [1, 'two'] } }]) {
      assert.deepEqual(parse(`k: ${yamlExample(JSON.stringify(v))}`).k, v);
    }
  });
});
