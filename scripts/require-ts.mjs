// Loads a TypeScript module of src/ in a build script: bundles it with esbuild into dist/ (CJS)
// and requires that, fresh each time, so a script uses the very code the product runs.
import * as esbuild from 'esbuild';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** `entry` relative to the repository; `bundleName` the file it is bundled to in dist/. */
export function requireTs(entry, bundleName) {
  const out = join(root, 'dist', bundleName);
  mkdirSync(dirname(out), { recursive: true });
  esbuild.buildSync({ entryPoints: [join(root, entry)], bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'warning' });
  const require = createRequire(import.meta.url);
  delete require.cache[out];
  return require(out);
}
