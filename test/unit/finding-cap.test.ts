// At most 1,000 findings of a rule in a file, then one that says how many more: a mistake repeated
// on every outcome made hundreds of thousands of findings, which the editor kept (some 200 bytes
// each) and the CLI printed. The cap must give what an uncached lint gives through any edits.
import { strict as assert } from 'node:assert';
import { FindingBudget, moreFinding } from '../../src/core/finding-cap';
import type { RawFinding } from '../../src/core/finding';
import { LintCache } from '../../src/core/lint';
import { cbo, removeWorkspaces, workspace } from './cli-run';
import { only, run } from './helpers';

const HYPOTHESIS = ', hypothesis: "If customers see reliable dates, fewer of them call, so support cost falls"';
const METRIC = '{ primary: { name: Checkout completion rate, unit: "%", direction: increase, baseline: { value: 62, asOf: 2026-03-31 }, target: { value: 80, by: 2027-06-30 } } }';

/** An outcome with everything but a hypothesis, in three lines: one hypothesis-link finding (info), on its behaviour (line 2). */
const outcome = (i: number, hypothesis = false) => `  - title: Returning customers in store ${i} finish checkout without calling support
    outcome: { behavior: Returning customers in store ${i} finish checkout without calling support${hypothesis ? HYPOTHESIS : ''} }
    metrics: ${METRIC}
`;
const LINES = 3;
const file = (n: number, withHypothesis: (i: number) => boolean = () => false) => {
  let s = 'cbo: 1\noutcomes:\n';
  for (let i = 0; i < n; i++) s += outcome(i, withHypothesis(i));
  return s;
};

describe('findings per rule per file', () => {
  after(removeWorkspaces);

  it('lists the first 1,000 of a rule, then one finding that says how many more, in English and Korean', () => {
    const text = file(1005);
    const found = only(run(text).findings, 'hypothesis-link');
    assert.equal(found.length, 1001);
    const more = found.filter((f) => f.data?.more !== undefined);
    assert.equal(more.length, 1);
    assert.equal(more[0]!.data!.more, 5);
    assert.equal(more[0]!.severity, 'info');
    assert.equal(more[0]!.message, '5 more findings of hypothesis-link, not listed (CBO Guide lists the first 1,000 of each rule in a file). Fix the ones listed, or switch the rule off in .cborc.yaml, to see the rest.');
    // On the last one listed: the behaviour of outcome 999, line 2 + 999 * 3 + 1 (0-based).
    assert.equal(more[0]!.start.line, 2 + 999 * LINES + 1);
    assert.equal(found.at(-1), more[0]);
    const ko = only(run(text, 'yaml', {}, 'ko').findings, 'hypothesis-link').at(-1)!.message;
    assert.equal(ko, 'hypothesis-link 규칙의 찾은 문제가 5개 더 있지만 나열하지 않았습니다(파일마다 규칙별로 처음 1,000개만 나열). 나열된 문제를 고치거나 .cborc.yaml에서 이 규칙을 끄면 나머지가 보입니다.');
  });

  it('lists no summary when a rule stays within the cap', () => {
    const found = only(run(file(1000)).findings, 'hypothesis-link');
    assert.equal(found.length, 1000);
    assert.ok(found.every((f) => f.data?.more === undefined));
  });

  it('gives through a cache what an uncached lint gives, as edits move findings in and out of the list', () => {
    const cache = new LintCache({ keepModels: false });
    const edits = [file(1005), file(1005, (i) => i === 0), file(1005, (i) => i < 3), file(1005), file(1004), file(1006, (i) => i === 1004), file(1005)];
    const misses: number[] = [];
    for (const text of edits) {
      const cached = run(text, 'yaml', {}, 'en', cache).findings;
      misses.push(cache.misses);
      assert.deepEqual(cached, run(text).findings);
    }
    // The second edit reads outcome 0 (edited) and outcome 1,000 (its finding, left out before,
    // is listed now) again; every other outcome comes from the cache, cut or not.
    assert.equal(misses[1], 2);
    // After the second edit outcome 0 has its hypothesis: outcome 1,000, left out before, is
    // listed now, on its behaviour's line.
    const second = only(run(edits[1]!, 'yaml', {}, 'en', new LintCache({ keepModels: false })).findings, 'hypothesis-link');
    assert.equal(second.at(-2)!.start.line, 2 + 1000 * LINES + 1);
    assert.equal(second.at(-1)!.data!.more, 4);
  });

  it('caps Markdown plans too', () => {
    const cbo = (i: number) => `## CBO: Analysts in team ${i} get the sales report before 8am\n\n`;
    let text = '';
    for (let i = 0; i < 1003; i++) text += cbo(i);
    const errors = only(run(text, 'markdown').findings, 'missing-primary-metric');
    assert.equal(errors.length, 1001);
    assert.equal(errors.at(-1)!.data!.more, 3);
    assert.equal(errors.at(-1)!.severity, 'error');
  });

  it('counts what a summary stands for in cbo check, and the exit code stays', async () => {
    const dir = workspace({ 'many.cbo.yaml': file(1005) });
    const r = await cbo(dir, 'check', 'many.cbo.yaml', '--today', '2026-11-22');
    assert.equal(r.code, 0);
    assert.match(r.err, /^1005 problems \(0 errors, 0 warnings, 1005 info\) in 1 of 1 file/m);
    assert.equal(r.out.trim().split('\n').length, 1001);
  });
});

describe('FindingBudget', () => {
  const f = (ruleId: string, start: number, severity?: 'warning' | 'error'): RawFinding => ({ ruleId, message: 'm', span: { start, end: start + 1 }, ...(severity ? { severity } : {}) });

  it("gives a summary the worst severity of those it stands for, or the rule's when one had none", () => {
    const budget = new FindingBudget('en');
    const out: RawFinding[] = [];
    const many = (ruleId: string, severity: (i: number) => 'warning' | 'error' | undefined) => Array.from({ length: 1003 }, (_, i) => f(ruleId, i, severity(i)));
    budget.add(many('a', () => 'warning'), out);
    budget.add(many('b', (i) => (i === 1001 ? 'error' : 'warning')), out);
    budget.add(many('c', (i) => (i === 1002 ? undefined : 'error')), out);
    const sums = budget.summaries();
    assert.deepEqual(
      sums.map((s) => [s.ruleId, s.severity, s.data?.more]),
      [
        ['a', 'warning', 3],
        ['b', 'error', 3],
        ['c', undefined, 3],
      ],
    );
    assert.equal(out.length, 3000);
  });

  it('turns down a part cut before once its left-out findings would be listed', () => {
    const budget = new FindingBudget('en');
    const out: RawFinding[] = [];
    budget.add(Array.from({ length: 999 }, (_, i) => f('a', i)), out);
    const part = [f('a', 2000), f('a', 2001), f('a', 2002)];
    const cut = budget.add(part, out)!;
    assert.deepEqual(cut.keep, [part[0]]);
    assert.deepEqual(cut.hidden, [{ ruleId: 'a', n: 2, severity: 'rule' }]);
    // With 999 listed before it, the part lists its first and leaves out two, as before.
    const again = new FindingBudget('en');
    again.add(Array.from({ length: 999 }, (_, i) => f('a', i)), []);
    assert.equal(again.fits(cut.keep, cut.hidden), true);
    // With 998 it would list two: it must be read again.
    const fewer = new FindingBudget('en');
    fewer.add(Array.from({ length: 998 }, (_, i) => f('a', i)), []);
    assert.equal(fewer.fits(cut.keep, cut.hidden), false);
  });

  it('says "at least" for the file when one part stopped counting its syntax errors', () => {
    const budget = new FindingBudget('en');
    const out: RawFinding[] = [];
    const listed = Array.from({ length: 100 }, (_, i) => f('yaml-syntax', i));
    budget.add([...listed, moreFinding('yaml-syntax', 30, { start: 99, end: 100 }, 'en', 'rule')], out);
    budget.add([f('yaml-syntax', 200), moreFinding('yaml-syntax', 9_999, { start: 200, end: 201 }, 'en', 'rule', true)], out);
    const [sum] = budget.summaries();
    assert.equal(sum!.data!.more, 30 + 1 + 9_999);
    assert.equal(sum!.data!.stoppedAt, 10_000);
    assert.match(sum!.message, /^At least 10,030 more YAML syntax errors, not listed \(CBO Guide lists the first 100 of a file, and stops reading a part of it at 10,000\)/);
    // Without a stopped part the count is exact.
    const exact = new FindingBudget('en');
    exact.add([...listed, moreFinding('yaml-syntax', 30, { start: 99, end: 100 }, 'en', 'rule')], []);
    assert.equal(exact.summaries()[0]!.data!.stoppedAt, undefined);
  });

  it('writes the summary of YAML syntax errors with its own cap', () => {
    assert.match(moreFinding('yaml-syntax', 12, { start: 0, end: 1 }, 'en', 'rule').message, /^12 more YAML syntax errors, not listed \(CBO Guide lists the first 100 of a file\)/);
  });
});
