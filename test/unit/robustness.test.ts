// Property-based tests: whatever text arrives, parse -> lint -> ROI never throws, and
// every finding points inside the text.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { markdownPlan, yamlFile } from '../../bench/generate';
import { GOOD_YAML, run } from './helpers';

const MD_SAMPLE = `## CBO: Analysts get the report before 8am
### Success Metrics
- **Primary Metric**: Reports ready before 8am (%)
- **Baseline**: 40% as of 2026-09-30
- **Target**: 95%
- **Timeline**: by 2027-03-31

\`\`\`cbo
title: Buyers reorder from the app
metrics: { primary: { name: r, unit: "%", target: { value: 70 } } }
\`\`\`
`;

/** Mutations a person (or a fuzzer) makes: delete, duplicate, insert odd characters. */
const mutated = (seed: string) =>
  fc
    .array(
      fc.record({
        at: fc.nat({ max: seed.length }),
        del: fc.nat({ max: 12 }),
        ins: fc.oneof(
          fc.string({ maxLength: 8 }),
          fc.constantFrom('\t', '\n', '  ', '- ', ': ', '&a ', '*a', '{', '[', ']', '}', '"', "'", '|', '>', '#', '---', '\u0000', '\uFEFF', '\u202E', '\uD800', '🙂', '한글', '**', '```', '```cbo\n', '## CBO: ', '\r\n'),
        ),
      }),
      { maxLength: 10 },
    )
    .map((edits) => {
      let s = seed;
      for (const e of edits) {
        const at = Math.min(e.at, s.length);
        s = s.slice(0, at) + e.ins + s.slice(at + e.del);
      }
      return s;
    });

function check(text: string, kind: 'yaml' | 'markdown'): void {
  const r = run(text, kind);
  for (const f of r.findings) {
    assert.ok(f.span.start >= 0 && f.span.end <= text.length && f.span.start <= f.span.end, `span out of range: ${JSON.stringify(f)}`);
    assert.ok(f.message.length > 0);
    assert.notEqual(f.ruleId, 'internal-error', f.message);
  }
}

describe('robustness (property-based)', function () {
  this.timeout(120_000);

  it('never throws on mutated CBO YAML', () => {
    fc.assert(fc.property(mutated(GOOD_YAML), (t) => check(t, 'yaml')), { numRuns: 400 });
  });

  it('never throws on mutated multi-outcome YAML', () => {
    fc.assert(fc.property(mutated(yamlFile(3)), (t) => check(t, 'yaml')), { numRuns: 200 });
  });

  it('never throws on mutated Markdown plans', () => {
    fc.assert(fc.property(mutated(MD_SAMPLE), (t) => check(t, 'markdown')), { numRuns: 400 });
  });

  it('never throws on arbitrary strings as YAML or Markdown', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (t) => {
        check(t, 'yaml');
        check(t, 'markdown');
      }),
      { numRuns: 500 },
    );
  });

  it('answers deep nesting with a finding or a result, not a stack overflow', () => {
    for (const depth of [1000, 20000]) {
      check('a: ' + '['.repeat(depth) + ']'.repeat(depth) + '\n', 'yaml');
      check('a:\n' + Array.from({ length: 300 }, (_, i) => ' '.repeat(i + 1) + 'b:').join('\n') + ' 1\n', 'yaml');
      check('> '.repeat(depth / 10) + '## CBO: x\n', 'markdown');
      check('- '.repeat(depth / 10) + '**Target**: 1\n', 'markdown');
    }
  });

  // No timing asserted (timing belongs to benchmarks): an expanded bomb would not finish inside
  // the test's timeout, so a finding is the proof that nothing was expanded.
  it('answers a billion-laughs alias bomb with a finding instead of expanding it', () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const p = String.fromCharCode(96 + i);
      const n = String.fromCharCode(97 + i);
      lines.push(`${n}: &${n} [${Array(9).fill('*' + p).join(', ')}]`);
    }
    lines.push('title: *i');
    const r = run(lines.join('\n'));
    assert.ok(r.findings.some((f) => f.ruleId === 'resource-limit'));
    assert.equal(r.outcomes.length, 0);
    // The same bomb inside a multi-outcome file and inside a Markdown fence.
    const inList = 'outcomes:\n' + lines.map((l, i) => (i === 0 ? '  - ' : '    ') + l).join('\n') + '\n';
    assert.ok(run(inList).findings.some((f) => f.ruleId === 'resource-limit'));
    const inFence = '# Plan\n```cbo\n' + lines.join('\n') + '\n```\n';
    assert.ok(run(inFence, 'markdown').findings.some((f) => f.ruleId === 'resource-limit'));
  });

  it('declines a 10 MB file without reading it, or lints it when the limit allows', () => {
    const big = yamlFile(7500);
    assert.ok(big.length > 10_000_000, `generated ${big.length} chars`);
    const declined = run(big);
    assert.deepEqual(declined.findings.map((f) => f.ruleId), ['resource-limit']);
    assert.equal(declined.outcomeCount, 0, 'nothing was parsed');
    let t = Date.now();
    const linted = run(big, 'yaml', { maxFileBytes: 20_000_000 });
    assert.equal(linted.outcomes.length, 7500);
    const yamlMs = Date.now() - t;
    const md = markdownPlan(280_000);
    assert.ok(md.length > 10_000_000, `generated ${md.length} chars`);
    t = Date.now();
    const mdRun = run(md, 'markdown', { maxFileBytes: 20_000_000 });
    assert.ok(mdRun.outcomes.length > 8_000);
    // Reported, not asserted: timing belongs to benchmarks (BENCHMARKS.md).
    console.log(`      10 MB: YAML linted in ${yamlMs} ms, Markdown in ${Date.now() - t} ms`);
  });
});
