// Every judgement the judge makes on the development statements and the written probes, one
// line each, or (--hash) one hash of them all: a refactor of src/core/text is proved to change
// nothing when the hash is the same before and after, and a change of kind shows exactly which
// lines moved when the two listings are diffed. Held-out files are never read here.
//
//   npm run build && node dist/judgements.js --hash
//   node dist/judgements.js > /tmp/before.txt   (change, rebuild)   node dist/judgements.js | diff /tmp/before.txt -
import { createHash } from 'node:crypto';
import { judgeStatement } from '../src/core/text/statement';
import { builtInVocabulary } from '../src/core/vocab';
import { DEV_FILES, PROBE_FILE, readRows } from './wording-sets';

const FILES = [...DEV_FILES, PROBE_FILE];

export function main(argv: string[] = process.argv.slice(2)): void {
  const vocab = builtInVocabulary();
  const hash = createHash('sha256');
  let n = 0;
  for (const file of FILES) {
    for (const { text, label } of readRows(file)) {
      const j = judgeStatement(text, vocab);
      const row = JSON.stringify([text, label, j.verdict, j.reason.code, j.reason.at?.word ?? null, j.quantities.map((q) => [q.value, q.role, q.unit ?? null, q.start, q.end])]);
      hash.update(row + '\n');
      n++;
      if (!argv.includes('--hash')) console.log(row);
    }
  }
  if (argv.includes('--hash')) console.log(`${n} statements, judgements ${hash.digest('hex').slice(0, 16)}`);
}

main();
