// `npm run bench` (second part): what the editor keeps after linting a ~3 MB CBO file:
// the lint result (findings and models) and the per-outcome cache, against the file's
// size and against a `yaml` document tree of the same text. Needs node --expose-gc.
import { parseDocument } from 'yaml';
import { resolveConfig } from '../src/core/config';
import { LintCache, lint } from '../src/core/lint';
import { yamlFile } from './generate';

const gc = (globalThis as { gc?: () => void }).gc;

function heap(): number {
  for (let i = 0; i < 4; i++) gc!();
  return process.memoryUsage().heapUsed;
}

export function memoryFigures(): string[] {
  if (!gc) return ['(memory figures need node --expose-gc)'];
  const config = resolveConfig({}, { today: '2026-11-22', lang: 'en' });
  const text = yamlFile(2150); // about 3 MB
  const bytes = Buffer.byteLength(text);
  // V8 keeps one-byte strings at one byte per character: the text itself costs `bytes`.
  const base = heap();
  const cache = new LintCache({ keepModels: false });
  let kept: unknown = lint(text, 'yaml', config, cache);
  const withLint = heap() - base;
  kept = undefined;
  const base1 = heap();
  const modelCache = new LintCache();
  let models: unknown = lint(text, 'yaml', config, modelCache);
  const withModels = heap() - base1;
  models = undefined;
  void models;
  const base2 = heap();
  let tree: unknown = parseDocument(text);
  const withTree = heap() - base2;
  tree = undefined;
  void kept;
  void tree;
  return [
    `| file | ${(bytes / 1e6).toFixed(2)} MB (${text.split('\n').length} lines, 2,150 outcomes) |`,
    `| kept by the editor after lint (findings + per-outcome cache, \`keepModels: false\`) | ${(withLint / 1e6).toFixed(1)} MB = ${(withLint / bytes).toFixed(2)}x the file |`,
    `| kept with every outcome model as well (\`keepModels: true\`, the CLI's default) | ${(withModels / 1e6).toFixed(1)} MB = ${(withModels / bytes).toFixed(2)}x the file |`,
    `| a yaml Document of the same text | ${(withTree / 1e6).toFixed(1)} MB = ${(withTree / bytes).toFixed(2)}x the file |`,
  ];
}
