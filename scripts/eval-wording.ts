// How well the wording rules judge outcome statements, on the labelled sets in
// test/fixtures: statements.jsonl (written before the rules) and statements.holdout.jsonl
// (written after them, never tuned on). Prints precision and recall of "vague"
// (output-as-outcome or unmeasured-aspiration fired; label output or unmeasured), and per
// class, per language.
//
//   node dist/eval-wording.js [--verbose] [files...]
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { emptyOutcome } from '../src/core/model';
import { rule as outputAsOutcome } from '../src/core/rules/output-as-outcome';
import type { RuleContext } from '../src/core/rules/types';
import { rule as unmeasuredAspiration } from '../src/core/rules/unmeasured-aspiration';
import { builtInVocabulary } from '../src/core/vocab';

type Label = 'outcome' | 'output' | 'unmeasured';
interface Row {
  text: string;
  lang: 'en' | 'ko';
  label: Label;
  note?: string;
}
interface Scored extends Row {
  predicted: Label;
}

const DEFAULT_FILES = ['test/fixtures/statements.jsonl', 'test/fixtures/statements.holdout.jsonl'];

export function predict(text: string): Label {
  const o = emptyOutcome(0, 'yaml', { start: 0, end: text.length });
  o.title = { value: text, span: { start: 0, end: text.length } };
  o.strings = [o.title];
  const fired: string[] = [];
  for (const r of [outputAsOutcome, unmeasuredAspiration]) {
    const ctx: RuleContext = { lang: 'en', today: '2026-11-22', vocab: builtInVocabulary(), options: {}, report: () => fired.push(r.id) };
    r.check(o, ctx);
  }
  if (fired.includes('output-as-outcome')) return 'output';
  if (fired.includes('unmeasured-aspiration')) return 'unmeasured';
  return 'outcome';
}

function readRows(file: string): Row[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      const r = JSON.parse(l) as Row;
      if (!r.text || !['en', 'ko'].includes(r.lang) || !['outcome', 'output', 'unmeasured'].includes(r.label)) {
        throw new Error(`${file}:${i + 1}: needs text, lang (en|ko) and label (outcome|output|unmeasured)`);
      }
      return r;
    });
}

interface Figures {
  n: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Precision and recall of predicting `positive` (a set of labels) for the rows. */
function figures(rows: Scored[], isTrue: (r: Scored) => boolean, isPredicted: (r: Scored) => boolean): Figures {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const r of rows) {
    const t = isTrue(r);
    const p = isPredicted(r);
    if (t && p) tp++;
    else if (p) fp++;
    else if (t) fn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { n: rows.length, precision, recall, f1 };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const vague = (l: Label) => l !== 'outcome';

function report(file: string, rows: Scored[], verbose: boolean): void {
  console.log(`\n${file} (${rows.length} statements)`);
  console.log('  lang  n    vague P  vague R  vague F1 | output P  output R | unmeas. P  unmeas. R | 3-class acc.');
  for (const lang of ['en', 'ko', 'all'] as const) {
    const sel = rows.filter((r) => lang === 'all' || r.lang === lang);
    if (!sel.length) continue;
    const v = figures(sel, (r) => vague(r.label), (r) => vague(r.predicted));
    const o = figures(sel, (r) => r.label === 'output', (r) => r.predicted === 'output');
    const u = figures(sel, (r) => r.label === 'unmeasured', (r) => r.predicted === 'unmeasured');
    const acc = sel.filter((r) => r.label === r.predicted).length / sel.length;
    console.log(
      `  ${lang.padEnd(4)}  ${String(sel.length).padEnd(4)} ${pct(v.precision).padStart(7)}  ${pct(v.recall).padStart(7)}  ${pct(v.f1).padStart(8)} | ${pct(o.precision).padStart(8)}  ${pct(o.recall).padStart(8)} | ${pct(u.precision).padStart(9)}  ${pct(u.recall).padStart(9)} | ${pct(acc).padStart(8)}`,
    );
  }
  const wrong = rows.filter((r) => r.label !== r.predicted);
  if (verbose && wrong.length) {
    console.log('  misjudged:');
    for (const r of wrong) console.log(`    [${r.lang}] ${r.label} → ${r.predicted}: ${r.text}${r.note ? `  (${r.note})` : ''}`);
  }
}

export function main(argv: string[] = process.argv.slice(2)): void {
  const verbose = argv.includes('--verbose');
  const given = argv.filter((a) => !a.startsWith('--'));
  const files = (given.length ? given : DEFAULT_FILES).map((f) => resolve(process.cwd(), f));
  const all: Scored[] = [];
  for (const file of files) {
    if (!existsSync(file)) {
      console.log(`\n${file}: not found, skipped`);
      continue;
    }
    const rows = readRows(file).map((r) => ({ ...r, predicted: predict(r.text) }));
    all.push(...rows);
    report(file.replace(process.cwd() + '/', ''), rows, verbose);
  }
  if (files.length > 1 && all.length) report('both sets', all, false);
  console.log('\nvague = output-as-outcome or unmeasured-aspiration fired; P = precision, R = recall.');
}

main();
