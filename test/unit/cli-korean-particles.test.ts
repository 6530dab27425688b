// A Korean particle changes with the sound the word before it ends in (plan.md는, report.md를),
// and `josa` cannot tell it for a name ending in a symbol ("-o ." , "plans/"): the CLI wrote both
// forms there, "-o .은(는) 폴더입니다", which reads as a machine's template. Every message that
// names a user's file or path in Korean now puts a noun of its own after it ("-o . 경로는 폴더입니다",
// "nope/ 경로를 읽을 수 없습니다"), so no particle hangs on the name.
import { strict as assert } from 'node:assert';
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { cbo, removeWorkspaces, workspace } from './cli-run';
import { GOOD_YAML } from './helpers';

after(() => removeWorkspaces());

const T = ['--today', '2026-11-22'];
/** Both forms of a particle, as josa writes them when it cannot tell. */
const BOTH = /은\(는\)|이\(가\)|을\(를\)|과\(와\)|\(으\)로|\(이\)라|\(이\)나/;
const PLAN = '# Plan\n\n## CBO: Analysts get the daily report by 9:00\n';

describe('Korean messages never hang a particle on a name ending in a symbol', function () {
  this.timeout(30_000);

  const CASES: { argv: string[]; says: RegExp }[] = [
    { argv: ['report', 'plan.md', '-o', '.'], says: /^cbo: -o \. 경로는 폴더입니다\. 파일 이름을 주세요\. 예: -o report\.md$/m },
    { argv: ['report', 'plan.md', '-o', 'out/'], says: /^cbo: -o out\/ 경로는 폴더입니다\./m },
    { argv: ['roi', '.'], says: /^cbo: \. 경로는 폴더입니다\. 폴더 안 CBO의 합계는: cbo portfolio \.$/m },
    { argv: ['report', 'docs/'], says: /^cbo: docs\/ 경로는 폴더입니다\./m },
    { argv: ['plan', 'docs/'], says: /^cbo: docs\/ 경로는 폴더입니다\. cbo plan은 Markdown 파일을 읽습니다: cbo plan docs\/\*\.md$/m },
    { argv: ['check', 'nope/'], says: /^cbo: nope\/ 경로를 읽을 수 없습니다: 그런 파일이나 폴더가 없습니다$/m },
    { argv: ['check', 'notes~'], says: /^cbo: notes~ 파일은 CBO YAML이나 Markdown 파일\(/m },
    { argv: ['roi', 'notes~'], says: /^cbo: notes~ 파일은 CBO YAML이나 Markdown 파일\(/m },
    { argv: ['report', 'a.cbo.yaml', '-o', 'old~'], says: /^cbo: old~ 파일이 이미 있습니다\. 바꾸려면 --force를/m },
    { argv: ['check', 'a.cbo.yaml', '--config', '~'], says: /^cbo: ~ 설정 파일을 읽을 수 없습니다: /m },
  ];

  for (const c of CASES) {
    it(`cbo ${c.argv.join(' ')} --lang ko`, async () => {
      const dir = workspace({ 'plan.md': PLAN, 'a.cbo.yaml': GOOD_YAML, 'notes~': 'x\n', 'old~': 'x\n' });
      mkdirSync(path.join(dir, 'out'));
      mkdirSync(path.join(dir, 'docs'));
      const r = await cbo(dir, ...c.argv, '--lang', 'ko', ...T);
      assert.equal(r.code, 2, r.err);
      assert.match(r.err, c.says);
      assert.doesNotMatch(r.err, BOTH);
    });
  }
});
