// How well the wording rules judge outcome statements, on the labelled sets in
// test/fixtures. Dev sets (tuned on): statements.jsonl and wording/dev.jsonl. Held-out sets
// (frozen before tuning, never tuned on): statements.holdout.jsonl and wording/holdout.jsonl,
// read only with --held-out. Each statement is put as an outcome title and every wording
// rule runs on it. Prints, per language: precision, recall and F1 of "vague"
// (output-as-outcome or unmeasured-aspiration fired; label output or unmeasured); a
// hard-cases row (vague with a number, good without one); and how often each wording rule
// fires on the good statements.
//
//   node dist/eval-wording.js [--held-out] [--verbose] [files...]
//
// --held-out also reports batches 5 on of wording/holdout.jsonl alone ("fresh held-out"), and
// the newest batch alone ("never scored before").
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { emptyOutcome } from '../src/core/model';
import { computeRoi } from '../src/core/roi';
import { RULES } from '../src/core/rules/index';
import type { RuleContext } from '../src/core/rules/types';
import { builtInVocabulary } from '../src/core/vocab';
import { DEV_FILES, HELD_OUT_FILES, readRows, type Label, type Row } from './wording-sets';

interface Scored extends Row {
  predicted: Label;
  fired: string[];
}

// Batches 5 on of wording/holdout.jsonl (its lines 393 on) were collected after the older
// held-out lines had been scored twice: reported apart as "fresh". Each later batch was
// collected after the run before it (batches 7-10 after the third run, batch 11 after the
// fourth, batch 12 after the fifth, batch 13 after the sixth, batch 14 after the seventh, batch 15 after the eighth, batch 16, lines 2985 on, after the ninth, batch 17, lines 3240 on, after the tenth, batch 18, lines 3446 on, after the eleventh, batch 19, lines 3681 on, after the twelfth, batch 20, lines 3921 on, after the thirteenth): the newest batch is reported alone, as the
// lines no version of the judge has been scored on (test/fixtures/wording/README.md).
const FRESH_FILE = 'test/fixtures/wording/holdout.jsonl';
const FRESH_FROM_LINE = 393;
const NEWEST_FROM_LINE = 3921;
const WORDING = RULES.filter((r) => r.scope === 'wording').map((r) => r.id);

export function firedOn(text: string, lang: 'en' | 'ko'): string[] {
  const o = emptyOutcome(0, 'yaml', { start: 0, end: text.length });
  o.title = { value: text, span: { start: 0, end: text.length } };
  o.strings = [o.title];
  const fired = new Set<string>();
  for (const r of RULES.filter((x) => x.scope === 'wording')) {
    const ctx: RuleContext = { lang, today: '2026-11-22', vocab: builtInVocabulary(), options: {}, roi: () => computeRoi(o.value), report: () => fired.add(r.id) };
    r.check(o, ctx);
  }
  return [...fired];
}

export function predict(fired: string[]): Label {
  if (fired.includes('output-as-outcome')) return 'output';
  if (fired.includes('unmeasured-aspiration')) return 'unmeasured';
  return 'outcome';
}

interface Figures {
  precision: number;
  recall: number;
  f1: number;
}

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
  return { precision, recall, f1 };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const vague = (l: Label) => l !== 'outcome';

function report(name: string, rows: Scored[], verbose: boolean): void {
  console.log(`\n${name} (${rows.length} statements)`);
  console.log('| lang | n | vague P | vague R | vague F1 | 3-class acc. |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const lang of ['en', 'ko', 'all'] as const) {
    const sel = rows.filter((r) => lang === 'all' || r.lang === lang);
    if (!sel.length) continue;
    const v = figures(sel, (r) => vague(r.label), (r) => vague(r.predicted));
    const acc = sel.filter((r) => r.label === r.predicted).length / sel.length;
    console.log(`| ${lang} | ${sel.length} | ${pct(v.precision)} | ${pct(v.recall)} | ${pct(v.f1)} | ${pct(acc)} |`);
  }
  const hard = rows.filter((r) => r.hard);
  if (hard.length) {
    const right = hard.filter((r) => vague(r.label) === vague(r.predicted)).length;
    const right3 = hard.filter((r) => r.label === r.predicted).length;
    console.log(`| hard cases | ${hard.length} | vague/good right: ${pct(right / hard.length)} | 3-class right: ${pct(right3 / hard.length)} | | |`);
  }
  const good = rows.filter((r) => r.label === 'outcome');
  if (good.length) {
    console.log(`\nfiring rate on the ${good.length} good statements, per wording rule:`);
    for (const id of WORDING) {
      const n = good.filter((r) => r.fired.includes(id)).length;
      console.log(`  ${id.padEnd(24)} ${String(n).padStart(4)}  ${pct(n / good.length)}`);
    }
  }
  // The reviewer's view of a rule (how often one of its findings is on a statement labelled
  // vague), beside the issue's view (how often it fires on good ones). Only for the two rules
  // whose finding says "vague": the labels do not say whether a title lacks an actor, holds a
  // weasel word or a placeholder.
  console.log('\nfindings on statements labelled vague (the two rules that call a statement vague):');
  for (const id of ['output-as-outcome', 'unmeasured-aspiration']) {
    const on = rows.filter((r) => r.fired.includes(id));
    const right = on.filter((r) => vague(r.label)).length;
    console.log(`  ${id.padEnd(24)} ${String(on.length).padStart(4)}  ${on.length ? pct(right / on.length) : '–'}`);
  }
  const nagged = good.filter((r) => r.predicted === 'outcome' && r.fired.length);
  if (verbose && nagged.length) {
    console.log('  good statements judged good that still drew a finding:');
    for (const r of nagged) console.log(`    [${r.lang}] ${r.fired.join(', ')}: ${r.text}`);
  }
  const wrong = rows.filter((r) => vague(r.label) !== vague(r.predicted));
  if (verbose && wrong.length) {
    console.log('  misjudged (vague vs good):');
    for (const r of wrong) console.log(`    [${r.lang}${r.hard ? ' hard' : ''}] ${r.label} → ${r.predicted}: ${r.text}${r.note ? `  (${r.note})` : ''}`);
  }
}

function score(files: string[], fromLine = 1): Scored[] {
  const out: Scored[] = [];
  for (const f of files) {
    const file = resolve(process.cwd(), f);
    if (!existsSync(file)) {
      console.log(`${f}: not found, skipped`);
      continue;
    }
    for (const r of readRows(file).slice(fromLine - 1)) {
      const fired = firedOn(r.text, r.lang);
      out.push({ ...r, fired, predicted: predict(fired) });
    }
  }
  return out;
}

export function main(argv: string[] = process.argv.slice(2)): void {
  const verbose = argv.includes('--verbose');
  const given = argv.filter((a) => !a.startsWith('--'));
  if (given.length) {
    report(given.join(', '), score(given), verbose);
  } else {
    report(`dev sets: ${DEV_FILES.join(', ')}`, score(DEV_FILES), verbose);
    if (argv.includes('--held-out')) {
      report(`held-out sets: ${HELD_OUT_FILES.join(', ')}`, score(HELD_OUT_FILES), verbose);
      report(`fresh held-out: ${FRESH_FILE} from line ${FRESH_FROM_LINE} (batches 5 to 20)`, score([FRESH_FILE], FRESH_FROM_LINE), verbose);
      report(`never scored before: ${FRESH_FILE} from line ${NEWEST_FROM_LINE} (batch 20)`, score([FRESH_FILE], NEWEST_FROM_LINE), verbose);
    }
  }
  console.log('\nvague = output-as-outcome or unmeasured-aspiration fired; P = precision, R = recall; hard = vague with a number, or good without one.');
}

main();
