// The lint cache (one per open document: the diagnostics keep findings only, the panel
// keeps models too) must give exactly what an uncached lint gives, finding for finding,
// whatever sequence of edits reaches the text. Property-based: random edits on realistic
// plans and CBO YAML, including lone CRs, NULs, long runs and pasted duplicate outcomes.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { LintCache, type LintResult } from '../../src/core/lint';
import { LineIndex } from '../../src/core/positions';
import { GOOD_YAML, run } from './helpers';

const YAML_SEED = `outcomes:
  - title: Ship the new dashboard
    owner: TBD
  - title: Returning customers finish checkout without calling support
    metrics:
      primary: { name: Checkout completion rate, unit: "%", baseline: { value: 62, asOf: 2026-09-30 }, target: { value: 80, by: 2027-06-30 } }
  - title: Ship the new dashboard
    owner: TBD
`;

const MD_SEED = `# Plan

## CBO: Ship the new dashboard
### Success Metrics
- **Primary Metric**: TBD
- **Baseline**: 40% as of 2026-09-30

## CBO: Ship the new dashboard
### Success Metrics
- **Primary Metric**: TBD

\`\`\`cbo
title: Buyers reorder from the app
metrics: { primary: { name: r, unit: "%", target: { value: 70 } } }
\`\`\`
`;

const INSERTS = ['\n', '\r', '\r\n', '\u0000', ' '.repeat(200), 'a'.repeat(200), '  - title: Ship the new dashboard\n', '## CBO: Ship it\n', '- **Target**: 80%\n', 'TBD', '```cbo\n', '<!-- cbo-disable-line -->', '# cbo-disable-next-line\n', '{', '*', '$', '/', '\t'];

const edit = (len: number) =>
  fc.record({
    at: fc.nat({ max: len + 40 }),
    del: fc.nat({ max: 30 }),
    ins: fc.oneof(fc.constantFrom(...INSERTS), fc.string({ maxLength: 6 })),
  });

function apply(text: string, e: { at: number; del: number; ins: string }): string {
  const at = Math.min(e.at, text.length);
  return text.slice(0, at) + e.ins + text.slice(Math.min(text.length, at + e.del));
}

/** What a host shows: rule, place, message, fix. */
function shown(r: LintResult) {
  return r.findings.map((f) => ({ id: f.ruleId, span: f.span, start: f.start, end: f.end, message: f.message, severity: f.severity, fix: f.fix }));
}

function modelSpans(r: LintResult) {
  return r.outcomes.map((o) => ({ span: o.span, anchor: o.anchor, title: o.title?.span, strings: o.strings.map((s) => s.span) }));
}

function agrees(seed: string, kind: 'yaml' | 'markdown', keepModels: boolean, edits: { at: number; del: number; ins: string }[]): void {
  const cache = new LintCache({ keepModels });
  let text = seed;
  run(text, kind, {}, 'en', cache);
  for (const e of edits) {
    text = apply(text, e);
    const cached = run(text, kind, {}, 'en', cache);
    const fresh = run(text, kind);
    assert.deepEqual(shown(cached), shown(fresh), `after edits, text: ${JSON.stringify(text)}`);
    if (keepModels) assert.deepEqual(modelSpans(cached), modelSpans(fresh), `models after edits, text: ${JSON.stringify(text)}`);
  }
}

describe('lint cache equals an uncached lint (property-based)', function () {
  this.timeout(300_000);

  it('moves a finding by one line when one blank line is inserted above its outcome', () => {
    for (const keepModels of [false, true]) {
      const cache = new LintCache({ keepModels });
      const before = run(YAML_SEED, 'yaml', {}, 'en', cache);
      const at = YAML_SEED.indexOf('  - title: Returning');
      const text = YAML_SEED.slice(0, at) + '\n' + YAML_SEED.slice(at);
      const after = run(text, 'yaml', {}, 'en', cache);
      assert.deepEqual(shown(after), shown(run(text, 'yaml')));
      // Findings from line 4 on (0-based) move down by exactly one line, not two.
      const line = (r: LintResult, from: number) => r.findings.filter((f) => f.start.line >= from).map((f) => f.start.line);
      assert.deepEqual(line(after, 5), line(before, 4).map((l) => l + 1));
    }
  });

  for (const keepModels of [false, true]) {
    const who = keepModels ? "the panel's cache (models kept)" : "the diagnostics' cache (findings only)";
    it(`YAML: ${who}`, () => {
      fc.assert(fc.property(fc.array(edit(YAML_SEED.length), { minLength: 1, maxLength: 8 }), (edits) => agrees(YAML_SEED, 'yaml', keepModels, edits)), { numRuns: 80 });
    });
    it(`Markdown: ${who}`, () => {
      fc.assert(fc.property(fc.array(edit(MD_SEED.length), { minLength: 1, maxLength: 8 }), (edits) => agrees(MD_SEED, 'markdown', keepModels, edits)), { numRuns: 80 });
    });
  }

  it('a single outcome file with lone CRs and NULs agrees too', () => {
    fc.assert(fc.property(fc.array(edit(GOOD_YAML.length), { minLength: 1, maxLength: 6 }), (edits) => agrees(GOOD_YAML.replace(/\n/g, '\r'), 'yaml', true, edits)), { numRuns: 50 });
  });

  it('fuzz: lone CRs, NULs and long runs never throw, and every position follows the one line definition', () => {
    fc.assert(
      fc.property(fc.constantFrom(YAML_SEED, MD_SEED, GOOD_YAML), fc.array(edit(400), { minLength: 1, maxLength: 10 }), (seed, edits) => {
        const text = edits.reduce(apply, seed);
        for (const kind of ['yaml', 'markdown'] as const) {
          const lines = new LineIndex(text);
          for (const f of run(text, kind).findings) {
            assert.ok(Number.isInteger(f.start.character) && Number.isInteger(f.end.character), JSON.stringify(f));
            assert.deepEqual(f.start, lines.position(f.span.start));
            assert.deepEqual(f.end, lines.position(f.span.end));
            assert.notEqual(f.ruleId, 'internal-error', f.message);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
