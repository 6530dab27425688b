// `npm run lint` and the ESLint stage of `npm test`: the layer rule and the promise rules of
// eslint.config.mjs over src, test, scripts and bench. Prints ESLint's report, then
// "N passed, N failed" (files clean, files with errors) as every test stage does; exits 1 on
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
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
