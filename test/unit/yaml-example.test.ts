import { strict as assert } from 'node:assert';
import { parse } from 'yaml';
import { hoverExample, yamlExample } from '../../src/core/yaml-example';

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

  it('shows a hover example as a YAML file writes it, or in a plan as its bullet when it is one value', () => {
    assert.deepEqual(hoverExample('target', '{"value":80,"by":"2032-03-31"}', 'yaml'), { text: 'target: { value: 80, by: 2032-03-31 }', language: 'yaml' });
    assert.deepEqual(hoverExample('Timeline', '2032-03-31', 'plan'), { text: '- **Timeline**: 2032-03-31', language: 'markdown' });
    assert.equal(hoverExample('Target', '{"value":80}', 'plan'), null);
    assert.equal(hoverExample('Target', undefined, 'yaml'), null);
  });
});
