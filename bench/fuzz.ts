// `node dist/bench-fuzz.js [--seed N] [--runs N] [--edits N] [--keep DIR]`: every pipeline the
// editor runs on a file (lint, outline, canvas, report, portfolio, plan check), on the files of
// examples/ each mutated by a few random edits: YAML and Markdown punctuation, money and date
// fragments, odd Unicode (NUL, BOM, a lone surrogate, bidi marks), lines copied, re-indented or
// cut. Prints how many inputs threw and how many took longer than 400 ms, with the seed, so a
// failure is found again with the same command; `--keep DIR` writes each such input there.
// Prints figures; asserts nothing. Exits 1 when an input threw, so a person sees it.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkPlan } from '../src/core/checklist/check-plan';
import { resolveConfig } from '../src/core/config';
import { kindOf, lint } from '../src/core/lint';
import { outlineSteps } from '../src/core/outline';
import { buildPortfolio } from '../src/core/portfolio/index';
import { LineIndex } from '../src/core/positions';
import { buildReport } from '../src/core/report';
import { finish } from '../src/core/slices';
import { panelModel } from '../src/core/view/canvas';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(name);
  const n = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  return Number.isFinite(n) ? n : fallback;
};
const keepAt = process.argv.indexOf('--keep');
const keep = keepAt >= 0 ? process.argv[keepAt + 1] : undefined;
const seed = arg('--seed', 1);
const runs = arg('--runs', 2000);
const maxEdits = arg('--edits', 8);
const TODAY = '2026-12-01';

// xorshift32: the same seed gives the same inputs on every machine.
let state = seed >>> 0 || 1;
function random(): number {
  state ^= state << 13;
  state >>>= 0;
  state ^= state >>> 17;
  state ^= state << 5;
  state >>>= 0;
  return state / 4294967296;
}
const below = (n: number) => Math.floor(random() * n);
const pick = <T>(xs: readonly T[]): T => xs[below(xs.length)]!;

const PIECES = [
  '-', ':', ' ', '\n', '\t', '"', "'", '[', ']', '{', '}', '&a', '*a', '!!str', '!!binary', '|', '>', '#', '%', '$', '₩', '원',
  '−', '–', '~', '..', '…', 'TBD', '2026-02-30', '9999-99-99', '1e308', '-0', 'NaN', 'Infinity', '0x1F', '1_000', '١٢٣',
  '\u0000', '\uFEFF', '\u200B', '\uD800', '\u202E', 'é', '한', '𝟘', '## CBO: x\n', '### Success Metrics\n', '- **Baseline**: ',
  '- **Target**: ', '```cbo\n', '```\n', '---\n', '<<: *a\n', '? ', ',', '=', '×', '*', '+', ' plus ', '/month', '%%',
  '999999999999999999999999', '0.0000001', '-5', 'from 1 to 2', '12 → 80', '38-40%', '3개월 연속',
];

function mutate(text: string): string {
  let out = text;
  const edits = 1 + below(maxEdits);
  for (let i = 0; i < edits; i++) {
    const at = below(out.length + 1);
    const r = random();
    if (r < 0.35) out = out.slice(0, at) + pick(PIECES) + out.slice(at);
    else if (r < 0.55) out = out.slice(0, at) + out.slice(at + below(40));
    else if (r < 0.7) {
      const from = below(out.length);
      out = out.slice(0, at) + out.slice(from, from + below(200)) + out.slice(at);
    } else if (r < 0.9) {
      const lines = out.split('\n');
      const n = below(lines.length);
      if (r < 0.8) lines.splice(n, 0, pick(lines));
      else lines[n] = ' '.repeat(below(6)) + lines[n]!.trimStart();
      out = lines.join('\n');
    } else out = out.slice(0, at) + String.fromCharCode(below(0x3000)) + out.slice(at);
  }
  return out;
}

const dir = resolve(__dirname, '..', 'examples');
const seeds = readdirSync(dir)
  .filter((f) => /\.(ya?ml|md)$/.test(f) && f !== 'README.md')
  .map((f) => ({ file: f, text: readFileSync(join(dir, f), 'utf8') }));
const configs = (['en', 'ko'] as const).map((lang) => resolveConfig({}, { today: TODAY, lang }));
if (keep) mkdirSync(keep, { recursive: true });

let threw = 0;
let slow = 0;
let longest = 0;
for (let i = 0; i < runs; i++) {
  const s = pick(seeds);
  const text = mutate(s.text);
  const kind = kindOf(s.file) ?? 'yaml';
  const config = pick(configs);
  const started = performance.now();
  let stage = 'lint';
  try {
    const r = lint(text, kind, config);
    stage = 'outline';
    if (kind === 'yaml') finish(outlineSteps(text, config.lang));
    stage = 'canvas';
    panelModel(s.file, r.outcomes, r.findings, { lang: config.lang, today: TODAY });
    stage = 'report';
    buildReport(r.outcomes, { lang: config.lang, today: TODAY, fileName: s.file });
    stage = 'portfolio';
    const lines = new LineIndex(text);
    buildPortfolio([{ file: s.file, outcomes: r.outcomes, lineOf: (o: number) => lines.position(o).line + 1 }], TODAY);
    stage = 'plan check';
    if (kind === 'markdown') checkPlan(text, { config });
  } catch (err) {
    threw++;
    const name = `seed${seed}-run${i}.${kind === 'yaml' ? 'cbo.yaml' : 'md'}`;
    if (keep) writeFileSync(join(keep, name), text);
    console.log(`threw in ${stage}: ${name} (from ${s.file}): ${err instanceof Error ? err.message : String(err)}`);
  }
  const ms = performance.now() - started;
  longest = Math.max(longest, ms);
  if (ms > 400) {
    slow++;
    const name = `seed${seed}-run${i}-slow.${kind === 'yaml' ? 'cbo.yaml' : 'md'}`;
    if (keep) writeFileSync(join(keep, name), text);
    console.log(`slow: ${ms.toFixed(0)} ms, ${name} (from ${s.file})`);
  }
}
console.log(`fuzz: seed ${seed}, ${runs} inputs of up to ${maxEdits} edits each: ${threw} threw, ${slow} over 400 ms, longest ${longest.toFixed(0)} ms`);
if (threw) process.exitCode = 1;
