// `node dist/bench-compare-apart.js <engine A.js> <engine B.js> [--rounds N] [--only yaml|markdown|one]`:
// two builds' lint timed in separate Node processes, one engine per process, as the editor
// runs it (an extension host loads one engine). `bench-compare.js` loads both builds into one
// process, so they share a heap and its collections; this script is its counterpart for the
// question "is the difference the code's, or the shared process's?".
//
// Each round starts one child process per side, in alternating order. A child loads its
// engine, warms it up on inputs no round uses, then lints the round's inputs (the same texts
// for both sides, fresh each round: no per-statement cache can answer from an earlier round)
// and prints the median CPU time (user + system) and wall time of its lints. The parent prints
// the ratio of the sides' medians, the median of the per-round ratios and the ratio of each
// side's fastest round. Prints figures; asserts nothing.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import type * as Api from '../src/core/api';
import { markdownPlan, yamlFile, yamlOutcome } from './generate';
import { median, ratioRow } from './ratios';

type Engine = Pick<typeof Api, 'lint' | 'resolveConfig'>;

interface Case {
  name: string;
  kind: 'yaml' | 'markdown';
  input: (seed: number) => string;
  /** Lints timed per child (each on its own input), and calls per timing for short inputs. */
  lints: number;
  batch: number;
  warmUp: number;
}

const CASES: Case[] = [
  { name: 'YAML, 2,000 outcomes (60,003 lines)', kind: 'yaml', input: (s) => yamlFile(2000, s), lints: 3, batch: 1, warmUp: 2 },
  { name: 'Markdown plan (10,010 lines, 435 CBOs)', kind: 'markdown', input: (s) => markdownPlan(10_000, s), lints: 9, batch: 1, warmUp: 6 },
  { name: 'One outcome (40 lines), per call', kind: 'yaml', input: (s) => 'cbo: 1\n' + yamlOutcome(7 + s, true).replace(/^ {2}- /, '').replace(/^ {4}/gm, ''), lints: 15, batch: 50, warmUp: 400 },
];

/** In the child: lint the round's inputs with one engine; print medians as JSON. */
function child(enginePath: string, caseIndex: number, round: number): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const engine = require(resolve(enginePath)) as Engine;
  const c = CASES[caseIndex]!;
  const config = engine.resolveConfig({}, { today: '2026-11-22', lang: 'en' });
  // Warm-up inputs are seeded far from any round's.
  for (let w = 0; w < c.warmUp; w++) engine.lint(c.input(1_000_000 + w), c.kind, config);
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let k = 0; k < c.lints; k++) {
    const texts = Array.from({ length: c.batch }, (_, b) => c.input((round * c.lints + k) * c.batch * 7919 + b + 1));
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    for (const t of texts) engine.lint(t, c.kind, config);
    const w = Number(process.hrtime.bigint() - t0) / 1e6;
    const d = process.cpuUsage(c0);
    cpu.push((d.user + d.system) / 1000 / c.batch);
    wall.push(w / c.batch);
  }
  process.stdout.write(JSON.stringify({ cpu: median(cpu), wall: median(wall) }));
}

function parent(argv: string[]): void {
  const [a, b] = argv.filter((x, i) => !x.startsWith('--') && !argv[i - 1]?.startsWith('--'));
  if (!a || !b) {
    console.error('usage: node dist/bench-compare-apart.js <engine A.js> <engine B.js> [--rounds N] [--only yaml|markdown|one]');
    process.exit(2);
  }
  const roundsAt = argv.indexOf('--rounds');
  const rounds = roundsAt >= 0 ? Number(argv[roundsAt + 1]) : 9;
  const onlyAt = argv.indexOf('--only');
  const only = onlyAt >= 0 ? argv[onlyAt + 1]!.toLowerCase() : '';
  const sides = [a, b];
  console.log(`node ${process.version}, ${new Date().toISOString()}; ${rounds} rounds, one process per side per round, sides alternated; A = ${a}, B = ${b}\n`);
  console.log('| input | A CPU ms | B CPU ms | CPU ratio A/B | median of round ratios | ratio of fastest rounds | A wall ms | B wall ms | wall ratio |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  CASES.forEach((c, ci) => {
    if (!c.name.toLowerCase().includes(only)) return;
    const cpu: number[][] = [[], []];
    const wall: number[][] = [[], []];
    for (let r = 0; r < rounds; r++) {
      for (const s of r % 2 === 0 ? [0, 1] : [1, 0]) {
        const out = spawnSync(process.execPath, [__filename, '--child', sides[s]!, String(ci), String(r)], { encoding: 'utf8', maxBuffer: 1 << 20 });
        if (out.status !== 0) throw new Error(`child for ${sides[s]} failed: ${out.stderr}`);
        const m = JSON.parse(out.stdout) as { cpu: number; wall: number };
        cpu[s]!.push(m.cpu);
        wall[s]!.push(m.wall);
      }
    }
    console.log(ratioRow(c.name, cpu, wall));
  });
  console.log('\nratio = A / B; below 1.00x A is faster.');
}

const argv = process.argv.slice(2);
if (argv[0] === '--child') child(argv[1]!, Number(argv[2]), Number(argv[3]));
else parent(argv);
