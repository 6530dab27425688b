// `npm run bench` (second part): what the editor and the language server keep after linting a
// ~3 MB CBO file: the lint result (findings and models) and the per-outcome cache, against the
// file's size and against a `yaml` document tree of the same text; for a file with few findings,
// one with two info findings an outcome, and one with a mistake in every field. Needs node
// --expose-gc. `node --expose-gc dist/bench.js --memory` prints these alone.
import { parseDocument } from 'yaml';
import { resolveConfig } from '../src/core/config';
import { LintCache, lint } from '../src/core/lint';
import { yamlFile, yamlFileOf, yamlOutcomeErrors, yamlOutcomeTwoInfo } from './generate';

const gc = (globalThis as { gc?: () => void }).gc;

function heap(): number {
  for (let i = 0; i < 4; i++) gc!();
  return process.memoryUsage().heapUsed;
}

const config = resolveConfig({}, { today: '2026-11-22', lang: 'en' });

/**
 * Bytes the heap keeps for what `keep` returns, after a full collection. The text is linted once
 * first, so what the engine loads or compiles on its first lint (the verb lexicon, word lists,
 * bounded memos) is not counted as this file's: a host has paid for it already.
 */
function kept(text: string, keep: () => unknown): { bytes: number; findings: number } {
  lint(text, 'yaml', config, new LintCache({ keepModels: false }));
  const base = heap();
  let held: unknown = keep();
  const bytes = heap() - base;
  const findings = (held as { result?: { findings: unknown[] } }).result?.findings.length ?? 0;
  held = undefined;
  void held;
  return { bytes, findings };
}

function editorKeeps(text: string, keepModels: boolean): { bytes: number; findings: number } {
  return kept(text, () => {
    const cache = new LintCache({ keepModels });
    return { cache, result: lint(text, 'yaml', config, cache) };
  });
}

export function memoryFigures(): string[] {
  if (!gc) return ['(memory figures need node --expose-gc)'];
  const rows: string[] = [];
  const mb = (n: number) => (n / 1e6).toFixed(1) + ' MB';
  const row = (what: string, text: string, r: { bytes: number; findings: number }, withFindings = true) => {
    const size = Buffer.byteLength(text);
    rows.push(`| ${what} | ${mb(size)} | ${withFindings ? r.findings.toLocaleString('en-US') : '–'} | ${mb(r.bytes)} | ${(r.bytes / size).toFixed(2)}x |`);
  };
  const plain = yamlFile(2150); // about 3 MB
  row('2,150 outcomes, one info finding each; kept by the editor (`keepModels: false`)', plain, editorKeeps(plain, false));
  row('the same with every outcome model (`keepModels: true`, the CLI)', plain, editorKeeps(plain, true));
  row('the same as a `yaml` Document', plain, kept(plain, () => parseDocument(plain)), false);
  const twoInfo = yamlFileOf(3e6, yamlOutcomeTwoInfo);
  row(`${twoInfo.split('\n  - ').length - 1} outcomes, two info findings each; kept by the editor`, twoInfo, editorKeeps(twoInfo, false));
  const errors = yamlFileOf(3e6, yamlOutcomeErrors);
  row(`${errors.split('\n  - ').length - 1} outcomes, a mistake in every field; kept by the editor`, errors, editorKeeps(errors, false));
  return ['| file | size | findings listed | retained | retained / size |', '| --- | --- | --- | --- | --- |', ...rows];
}
