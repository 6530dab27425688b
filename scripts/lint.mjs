// `npm run lint` and the ESLint stage of `npm test`: the layer rule and the promise rules of
// eslint.config.mjs over src, test, scripts and bench. Prints ESLint's report, then
// the files it read, then "1 passed, 0 failed" (clean) or "0 passed, 1 failed" as every test
// stage does: the lint is one check, so its files do not inflate the test count. Exits 1 on
// any error. `--fix` applies ESLint's safe fixes first.
import { ESLint } from 'eslint';

const fix = process.argv.includes('--fix');
const eslint = new ESLint({ fix, errorOnUnmatchedPattern: true });
const results = await eslint.lintFiles(['src', 'test', 'scripts', 'bench']);
if (fix) await ESLint.outputFixes(results);
const formatter = await eslint.loadFormatter('stylish');
const report = await formatter.format(results);
if (report) console.log(report);
const failed = results.filter((r) => r.errorCount > 0 || r.fatalErrorCount > 0).length;
console.log(`ESLint: ${results.length - failed} of ${results.length} files clean`);
console.log(failed > 0 ? '0 passed, 1 failed' : '1 passed, 0 failed');
process.exitCode = failed > 0 ? 1 : 0;
