// `npm run bench`: lint time against the bare parse of the same input, measured in the
// same run, so the ratios hold on any machine. Prints figures; asserts nothing.
import MarkdownIt from 'markdown-it';
import { parseDocument } from 'yaml';
import { resolveConfig } from '../src/core/config';
import { checkPlan } from '../src/core/checklist/check-plan';
import { LintCache, lint } from '../src/core/lint';
import { markdownPlan, yamlFile, yamlOutcome } from './generate';
import { memoryFigures } from './memory';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(fn: () => unknown, runs: number): number {
  fn(); // warm up the JIT on the same input
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    fn();
    xs.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return median(xs);
}

const config = resolveConfig({}, { today: '2026-11-22', lang: 'en' });
const f = (n: number) => n.toFixed(n < 10 ? 2 : 1);
const rows: string[][] = [];

/** The timing table; `--memory` leaves it out. */
function timings(): void {
  const yaml = yamlFile(2000);
  const yamlLines = yaml.split('\n').length;
  const yParse = time(() => parseDocument(yaml), 7);
  const yLint = time(() => lint(yaml, 'yaml', config), 7);
  rows.push([`YAML, 2,000 outcomes (${yamlLines} lines, ${(yaml.length / 1e6).toFixed(2)} MB)`, f(yParse), f(yLint), (yLint / yParse).toFixed(2) + 'x', 'yaml.parseDocument']);

  const md = markdownPlan(10_000);
  const mdLines = md.split('\n').length;
  const markdownIt = new MarkdownIt();
  const mParse = time(() => markdownIt.parse(md, {}), 9);
  const mLint = time(() => lint(md, 'markdown', config), 9);
  rows.push([`Markdown plan (${mdLines} lines, ${md.split('## CBO:').length - 1} CBOs)`, f(mParse), f(mLint), (mLint / mParse).toFixed(2) + 'x', 'markdown-it parse']);

  const one = 'cbo: 1\n' + yamlOutcome(7, true).replace(/^ {2}- /, '').replace(/^ {4}/gm, '');
  const oneLines = one.trimEnd().split('\n').length;
  const oneParse = time(() => parseDocument(one), 200);
  const oneLint = time(() => lint(one, 'yaml', config), 200);
  rows.push([`One outcome (${oneLines} lines)`, f(oneParse), f(oneLint), (oneLint / oneParse).toFixed(2) + 'x', 'yaml.parseDocument']);

  // Re-lint after a one-character edit in the middle of the large file, with the per-outcome cache.
  const cache = new LintCache();
  lint(yaml, 'yaml', config, cache);
  let flip = false;
  const relint = time(() => {
    flip = !flip;
    const edited = yaml.replace('region 1000 finish', flip ? 'region 1000 finisH' : 'region 1000 finish');
    lint(edited, 'yaml', config, cache);
  }, 15);
  rows.push(['Re-lint of the 2,000-outcome file after one edit (cache)', f(yParse), f(relint), (relint / yParse).toFixed(2) + 'x', 'yaml.parseDocument (full)']);

  // A 10,000-line plan against every built-in checklist (CBO process, delivery, workshop).
  const planCheck = time(() => checkPlan(md, { config }), 9);
  rows.push([`Plan check, all checklists (${mdLines} lines)`, f(mParse), f(planCheck), (planCheck / mParse).toFixed(2) + 'x', 'markdown-it parse']);

  // Input a file under maxFileBytes can hold that used to take minutes or gigabytes (the robustness
  // review): each against a bare parse of the same text, or of what the lint reads of it.
  const keys = (n: number) => 'cbo: 1\n' + Array.from({ length: n }, (_, i) => `x-k${i}: ${i}\n`).join('');
  const keys20 = keys(20_000);
  const kParse = time(() => parseDocument(keys20, { uniqueKeys: false }), 3);
  const kLint = time(() => lint(keys20, 'yaml', config), 3);
  rows.push(['20,000 keys in one mapping (0.3 MB)', f(kParse), f(kLint), (kLint / kParse).toFixed(2) + 'x', 'yaml.parseDocument without its duplicate-key check']);
  const keys10 = keys(10_000);
  const kNoCheck = time(() => parseDocument(keys10, { uniqueKeys: false }), 3);
  const kCheck = time(() => parseDocument(keys10), 1);
  rows.push(["10,000 keys: the `yaml` library's own duplicate-key check (before)", f(kNoCheck), f(kCheck), (kCheck / kNoCheck).toFixed(2) + 'x', 'yaml.parseDocument without it']);
  const junk = 'cbo: 1\ntitle: Checkout without support calls\n' + '  : : : - [ { ] }\n'.repeat(5000);
  const jParse = time(() => parseDocument(junk, { uniqueKeys: false }), 3);
  const jLint = time(() => lint(junk, 'yaml', config), 3);
  rows.push(['A syntax error on each of 5,000 lines (0.09 MB)', f(jParse), f(jLint), (jLint / jParse).toFixed(2) + 'x', 'yaml.parseDocument']);
  const flow = 'cbo: 1\nx-s: [' + '1,'.repeat(3_900_000) + '1]\n';
  const hundredK = 'cbo: 1\nx-s: [' + '1,'.repeat(100_000) + '1]\n';
  const fParse = time(() => parseDocument(hundredK), 3);
  const fLint = time(() => lint(flow, 'yaml', config), 3);
  rows.push([`A list of 3.9 million numbers (${(flow.length / 1e6).toFixed(1)} MB)`, f(fParse), f(fLint), (fLint / fParse).toFixed(2) + 'x', 'yaml.parseDocument of its first 100,000']);

  const head = ['input', 'bare parse ms', 'lint ms', 'ratio', 'baseline'];
  console.log(`node ${process.version}, ${new Date().toISOString().slice(0, 10)}; medians of repeated runs after a warm-up\n`);
  console.log('| ' + head.join(' | ') + ' |');
  console.log('|' + head.map(() => ' --- ').join('|') + '|');
  for (const r of rows) console.log('| ' + r.join(' | ') + ' |');
}

if (!process.argv.includes('--memory')) timings();

console.log('\nMemory (heap retained after a full GC, past what the first lint loads):\n');
for (const line of memoryFigures()) console.log(line);
