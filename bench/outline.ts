// The outline of a large CBO YAML file (the Outline view, breadcrumbs and sticky scroll ask for it
// after every edit): its whole cost against one parse of the same file (parseDocument, what it
// would take in one go), and the longest step between two pauses, which is how long the editor's
// thread is held at most. Ratios against the parse measured in the same run, medians of 5 rounds.
// `node esbuild.mjs && node dist/bench-outline.js [outcomes]`
import { outlineSteps } from '../src/core/outline';
import { parseDocument } from '../src/core/parse/index';
import { yamlFile } from './generate';
import { median } from './ratios';

const outcomes = Number(process.argv[2] ?? 2000);
const text = yamlFile(outcomes);
const parse: number[] = [];
const outline: number[] = [];
const longest: number[] = [];
for (let round = 0; round < 6; round++) {
  let t = performance.now();
  parseDocument(text, 'yaml', 'en');
  const p = performance.now() - t;
  const steps = outlineSteps(text, 'en');
  let most = 0;
  t = performance.now();
  for (;;) {
    const s = performance.now();
    const r = steps.next();
    most = Math.max(most, performance.now() - s);
    if (r.done) break;
  }
  // The first round warms the JIT and is not counted.
  if (round === 0) continue;
  parse.push(p);
  outline.push(performance.now() - t);
  longest.push(most);
}
const mb = (text.length / 1e6).toFixed(2);
console.log(`${outcomes} outcomes, ${mb} MB: parseDocument ${median(parse).toFixed(0)} ms; outline ${median(outline).toFixed(0)} ms (${(median(outline) / median(parse)).toFixed(2)}x the parse); longest step ${median(longest).toFixed(1)} ms (${((median(longest) / median(parse)) * 100).toFixed(1)} % of the parse)`);
