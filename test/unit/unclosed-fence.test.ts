// A ``` fence never closed above `## CBO:` made the rest of the plan code: the outcome was not
// read, and a plan whose only outcome had errors passed `cbo check` as "No problems", exit 0.
// The fence now gets an `unclosed-fence` error when it hides an outcome, and none otherwise.
import { strict as assert } from 'node:assert';
import { cbo, removeWorkspaces, workspace } from './cli-run';
import { ids, only, run } from './helpers';

after(() => removeWorkspaces());

const HIDDEN = '# Plan\n\nNotes:\n\n```\nforgot to close this fence\n\n## CBO: Migrate the data warehouse to the cloud\n\n### Success Metrics\n- **Target**: significantly better\n';

describe('unclosed-fence', () => {
  it('is an error on the fence\'s line that names the line of the outcome it hides, in English and Korean', () => {
    const en = only(run(HIDDEN, 'markdown').findings, 'unclosed-fence');
    assert.equal(en.length, 1);
    assert.equal(en[0]!.severity, 'error');
    assert.deepEqual(en[0]!.start, { line: 4, character: 0 });
    assert.equal(en[0]!.message, 'This ``` code block is never closed, so everything below it is code: the outcome that starts on line 8 is not read. Close the block with a line of ``` where the code ends.');
    const ko = only(run(HIDDEN, 'markdown', {}, 'ko').findings, 'unclosed-fence');
    assert.equal(ko[0]!.message, '이 ``` 코드 블록이 닫히지 않아 끝까지 코드로 읽힙니다. 8행에서 시작하는 성과를 읽지 못했습니다. 코드가 끝나는 곳에 ``` 줄을 넣어 닫으세요.');
  });

  it('counts every outcome it hides, ```cbo blocks and Korean headings too, behind ~~~ as behind ```', () => {
    const md = '~~~~\nnotes\n## CBO: One\n```cbo\ntitle: Two\n```\n## 고객 비즈니스 성과: 셋\n';
    const [f] = only(run(md, 'markdown').findings, 'unclosed-fence');
    assert.match(f!.message, /^This ~~~~ code block is never closed, .* starts on line 3 \(and 2 more\) is not read\. Close the block with a line of ~~~~ /);
  });

  it('says nothing of closed blocks, of an unclosed block that hides no outcome, or of one a list item closes', () => {
    const quiet = [
      '# Plan\n\n```\ncode\n```\n\n## CBO: Analysts get the daily report by 9:00\n',
      '````markdown\n```\n## CBO: shown as an example\n````\n',
      '# README about cbo\n\n```\nnever closed, and no outcome below\n',
      '- a step\n  ```\n  code in the item\n- next step\n\n## CBO: Analysts get the daily report by 9:00\n',
    ];
    for (const md of quiet) assert.deepEqual(only(run(md, 'markdown').findings, 'unclosed-fence'), [], md);
    // The list item ended the block: the outcome after it is read.
    assert.equal(run(quiet[3]!, 'markdown').outcomes.length, 1);
  });

  it('fails cbo check on a folder and on the named plan, with no "no outcome" note beside it', async () => {
    const dir = workspace({ 'plans/plan.md': HIDDEN });
    const walk = await cbo(dir, 'check', 'plans', '--today', '2026-11-22');
    assert.equal(walk.code, 1, walk.err);
    assert.match(walk.out, /^plans\/plan\.md:5:1 error unclosed-fence This ``` code block is never closed/m);
    assert.doesNotMatch(walk.err, /No problems/);
    const named = await cbo(dir, 'check', 'plans/plan.md', '--today', '2026-11-22');
    assert.equal(named.code, 1);
    assert.doesNotMatch(named.err, /no CBO outcome found/);
    // Closed, the outcome is read and its own findings show.
    const fixed = workspace({ 'plan.md': HIDDEN.replace('forgot to close this fence\n', 'closed now\n```\n') });
    const r = await cbo(fixed, 'check', 'plan.md', '--today', '2026-11-22', '--format', 'json');
    assert.ok(!ids(JSON.parse(r.out) as never).includes('unclosed-fence'));
  });
});
