// `node dist/bench-compare.js <other engine.js> [label]`: this build's lint against another
// build's (an older commit's `dist/engine.js`), both loaded in this one process and timed in
// alternation on the same inputs, so a busy machine slows both sides alike and the ratio
// holds. CPU time of the process (user + system) is the figure; wall time is printed
// beside it. Each round lints a fresh variant of the input (different numbers in every
// title), so no per-statement cache of either build can answer from an earlier round.
// Prints figures; asserts nothing.
//
// `--this <dist/engine.js>` loads this build's side from its engine bundle too, so both sides
// are loaded alike (each from its own file); without it, this build's side is the engine
// code bundled into this script. Given a copy of this build's own engine as the other side,
// the ratio should be 1.00x: on the shared 2-core machine it came out between 0.85x and 1.24x
// (2026-11-29), which is the noise any single run carries (see BENCHMARKS.md).
import { resolve } from 'node:path';
import * as bundled from '../src/core/api';
import { markdownPlan, yamlFile, yamlOutcome } from './generate';
import { ratioRow } from './ratios';

type Engine = Pick<typeof bundled, 'lint' | 'resolveConfig'>;

const otherPath = process.argv[2];
if (!otherPath) {
  console.error('usage: node dist/bench-compare.js <other dist/engine.js> [label] [--rounds N] [--only yaml|markdown|one] [--this dist/engine.js]');
  process.exit(2);
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const other = require(resolve(otherPath)) as Engine;
const label = process.argv[3] && !process.argv[3].startsWith('--') ? process.argv[3] : 'other';
const roundsAt = process.argv.indexOf('--rounds');
const ROUNDS = roundsAt > 0 ? Number(process.argv[roundsAt + 1]) : 9;
const thisAt = process.argv.indexOf('--this');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const current: Engine = thisAt > 0 ? (require(resolve(process.argv[thisAt + 1]!)) as Engine) : bundled;
const onlyAt = process.argv.indexOf('--only');
const ONLY = onlyAt > 0 ? process.argv[onlyAt + 1]!.toLowerCase() : '';

// Both builds share one heap: garbage one side leaves can be collected during the other's
// timing. Under `node --expose-gc` each timing starts from a collected heap.
const gc = (globalThis as { gc?: () => void }).gc;

/** CPU and wall milliseconds of one call. */
function once(fn: () => unknown): [number, number] {
  gc?.();
  const c = process.cpuUsage();
  const t = process.hrtime.bigint();
  fn();
  const w = Number(process.hrtime.bigint() - t) / 1e6;
  const d = process.cpuUsage(c);
  return [(d.user + d.system) / 1000, w];
}

interface Case {
  name: string;
  kind: 'yaml' | 'markdown';
  /** A fresh variant of the input for round r. */
  input: (r: number) => string;
  /** Calls per timing (short inputs are timed in batches). */
  batch: number;
}

const cases: Case[] = [
  { name: 'YAML, 2,000 outcomes (60,003 lines)', kind: 'yaml', input: (r) => yamlFile(2000, r * 7919), batch: 1 },
  { name: 'Markdown plan (10,010 lines, 435 CBOs)', kind: 'markdown', input: (r) => markdownPlan(10_000, r * 7919), batch: 1 },
  { name: 'One outcome (40 lines), per call', kind: 'yaml', input: (r) => 'cbo: 1\n' + yamlOutcome(7 + r * 7919, true).replace(/^ {2}- /, '').replace(/^ {4}/gm, ''), batch: 50 },
];

const cfgThis = current.resolveConfig({}, { today: '2026-11-22', lang: 'en' });
const cfgOther = other.resolveConfig({}, { today: '2026-11-22', lang: 'en' });
const sides: [string, (t: string, k: 'yaml' | 'markdown') => unknown][] = [
  ['this build', (t, k) => current.lint(t, k, cfgThis)],
  [label, (t, k) => other.lint(t, k, cfgOther)],
];

console.log(`node ${process.version}, ${new Date().toISOString()}; ${ROUNDS} rounds, sides alternated, medians${gc ? ', heap collected before each timing' : ' (run with node --expose-gc to collect the heap before each timing)'}\n`);
console.log(`| input | this build CPU ms | ${label} CPU ms | CPU ratio | median of round ratios | ratio of fastest rounds | this build wall ms | ${label} wall ms | wall ratio |`);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const c of cases.filter((x) => x.name.toLowerCase().includes(ONLY))) {
  const cpu: number[][] = [[], []];
  const wall: number[][] = [[], []];
  // Warm-up: both sides, on a variant no round uses.
  for (const [, run] of sides) run(c.input(1000), c.kind);
  for (let r = 0; r < ROUNDS; r++) {
    // Each round, both sides lint the same fresh text (inputs for one round are built once).
    const texts = Array.from({ length: c.batch }, (_, b) => c.input(r * c.batch + b + 1));
    const order = r % 2 === 0 ? [0, 1] : [1, 0];
    for (const s of order) {
      const [, run] = sides[s]!;
      const [cp, w] = once(() => {
        for (const t of texts) run(t, c.kind);
      });
      cpu[s]!.push(cp / c.batch);
      wall[s]!.push(w / c.batch);
    }
  }
  console.log(ratioRow(c.name, cpu, wall));
}
console.log(`\nratio = this build / ${label}; below 1.00x this build is faster.`);
