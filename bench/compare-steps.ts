// `node dist/bench-compare-steps.js <other engine.js> [label] [--rounds N] [--only TEXT]`: the
// editor's longest step (the wait between two turns of its event loop) and the whole lint's
// time, this build's against another build's (an older commit's `dist/engine.js`), both loaded
// in this one process and run in alternation on the same text, so a busy machine slows both
// sides alike and the ratio holds. Inputs: YAML files made mostly of blank lines, comments or
// spaces, which the library reads a line break at a time, a title of brackets in quotes, and a
// file of outcomes to show the honest case did not slow. CPU time of the process; prints figures, asserts nothing.
import { resolve } from 'node:path';
import * as bundled from '../src/core/api';
import { stepsTimed } from './lint-timed';
import { median } from './ratios';
import { yamlFile } from './generate';

type Engine = Pick<typeof bundled, 'lintSteps' | 'outlineSteps' | 'resolveConfig'>;

const otherPath = process.argv[2];
if (!otherPath) {
  console.error('usage: node dist/bench-compare-steps.js <other dist/engine.js> [label] [--rounds N] [--only TEXT]');
  process.exit(2);
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const other = require(resolve(otherPath)) as Engine;
const label = process.argv[3] && !process.argv[3].startsWith('--') ? process.argv[3] : 'other';
const roundsAt = process.argv.indexOf('--rounds');
const ROUNDS = roundsAt > 0 ? Number(process.argv[roundsAt + 1]) : 5;
const onlyAt = process.argv.indexOf('--only');
const ONLY = onlyAt > 0 ? process.argv[onlyAt + 1]!.toLowerCase() : '';
const collect = (globalThis as { gc?: () => void }).gc;

const MB = 1_000_000;
const OUTCOME = 'title: Analysts get the sales report before 8am\nmetrics:\n  primary: { name: Reports ready before 8am, unit: "%", baseline: { value: 30, asOf: 2026-09-30 }, target: { value: 95, by: 2027-03-31 } }\n';
const cases: [string, string][] = [
  ['a megabyte of blank lines', '\n'.repeat(MB)],
  ['a megabyte of blank lines, then one outcome', '\n'.repeat(MB) + OUTCOME],
  ['outcomes:, a megabyte of blank lines, one item', 'outcomes:\n' + '\n'.repeat(MB) + '  - ' + OUTCOME.replace(/\n(?=.)/g, '\n    ')],
  ['one outcome, a megabyte of blank lines between two keys', OUTCOME + '\n'.repeat(MB) + 'owner: Sales analytics\n'],
  ['one outcome, then a megabyte of blank lines', OUTCOME + '\n'.repeat(MB)],
  ['spaces and blank lines only (1 MB)', ' \n'.repeat(MB / 2)],
  ['comments only (1 MB)', '# a note\n'.repeat(MB / 9)],
  // Declined before as over 100,000 values; read now, its brackets being text.
  ['a title of a megabyte of brackets in quotes', `title: "${'([{'.repeat(MB / 3)}"\n` + OUTCOME.slice(OUTCOME.indexOf('\n') + 1)],
  ['YAML, 2,000 outcomes (honest)', yamlFile(2000, 7919)],
];

const sides: [string, Engine][] = [
  ['this build', bundled],
  [label, other],
];
const cfgs = sides.map(([, e]) => e.resolveConfig({}, { today: '2026-11-22', lang: 'en' }));
const f = (n: number) => n.toFixed(n < 10 ? 1 : 0);

console.log(`node ${process.version}, ${new Date().toISOString()}; ${ROUNDS} rounds, sides alternated, medians of CPU ms${collect ? ', heap collected before each run' : ' (node --expose-gc collects the heap before each run)'}\n`);
console.log(`| input | lint: longest step, this build / ${label} | ratio | lint: whole, this build / ${label} | ratio | outline: longest step, this build / ${label} | ratio |`);
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const [name, text] of cases.filter(([n]) => n.toLowerCase().includes(ONLY))) {
  // [side][lint step, lint whole, outline step][round]
  const got = sides.map(() => [[], [], []] as number[][]);
  for (let r = 0; r < ROUNDS; r++) {
    for (const s of r % 2 === 0 ? [0, 1] : [1, 0]) {
      const e = sides[s]![1];
      const lint = stepsTimed(e.lintSteps(text, 'yaml', cfgs[s]!));
      const outline = stepsTimed(e.outlineSteps(text, 'en'));
      got[s]![0]!.push(lint.step);
      got[s]![1]!.push(lint.total);
      got[s]![2]!.push(outline.step);
    }
  }
  const cols = [0, 1, 2].map((k) => {
    const [a, b] = [median(got[0]![k]!), median(got[1]![k]!)];
    return `${f(a)} / ${f(b)} | ${(a / b).toFixed(3)}x`;
  });
  console.log(`| ${name} | ${cols.join(' | ')} |`);
}
console.log(`\nratio = this build / ${label}; below 1x this build is faster (or its step shorter).`);
