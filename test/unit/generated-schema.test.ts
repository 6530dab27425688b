// schemas/cbo.schema.json ships (yamlValidation, hovers, the Ajv validators) but is written by
// scripts/gen-schema.mjs, where each description sits next to its type. This regenerates it in
// memory and fails when someone edited one without the other.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

describe('generated schema', () => {
  it('schemas/cbo.schema.json is exactly what scripts/gen-schema.mjs writes (run it after editing the generator)', async () => {
    // Loaded at run time, as node runs the script, not bundled into this test.
    const generator = pathToFileURL(path.resolve('scripts/gen-schema.mjs')).href;
    const { schemaText } = (await import(generator)) as { schemaText: () => string };
    const committed = readFileSync('schemas/cbo.schema.json', 'utf8');
    const generated = schemaText();
    assert.ok(generated.length > 1000, 'the generator produced a schema');
    assert.equal(committed, generated);
  });

  it('says a value item\'s amount and hours are a year\'s, as the ROI counts them', () => {
    // Hovers, completion and the YAML extension show these: "Money, in the outcome's currency." left the period unsaid.
    const items = (JSON.parse(readFileSync('schemas/cbo.schema.json', 'utf8')) as { definitions: { valueItem: { properties: Record<string, { description: string }> } } }).definitions.valueItem.properties;
    assert.match(items.amount!.description, /^Money in one year\b/);
    assert.match(items.hours!.description, /^Hours freed in one year\b/);
  });
});
