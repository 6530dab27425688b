// Wording beyond the title: targets, metric names, success factors and value assumptions are
// judged by the same engine, and the message names the field.
import { strict as assert } from 'node:assert';
import { at, GOOD_YAML, only, run } from './helpers';

const MD = `## CBO: Returning customers finish checkout without calling support

### Success Metrics
- **Primary Metric**: Checkout completion rate (%)
- **Baseline**: 62% as of 2026-09-30
- **Target**: 80%, significantly better with a world-class, seamless experience
- **Timeline**: by 2027-06-30

### Dependencies and Assumptions
- **Success Factors**: a robust payment provider
`;

describe('wording beyond the title', () => {
  it('finds weasel words in the target and the success factors, naming the field', () => {
    const fs = only(run(MD, 'markdown').findings, 'weasel-word');
    assert.deepEqual(fs.map((f) => at(MD, f)), ['significantly', 'world-class', 'seamless', 'robust']);
    assert.match(fs[0]!.message, /^In the target, "significantly"/);
    assert.match(fs[3]!.message, /^In the success factor, "robust"/);
    const ko = only(run(MD, 'markdown', {}, 'ko').findings, 'weasel-word');
    assert.match(ko[0]!.message, /^목표에 쓴 "significantly"/);
  });
  it('finds weasel words and unmeasured directions in YAML metric names and value assumptions', () => {
    const text = GOOD_YAML.replace('name: Checkout completion rate', 'name: Improve checkout completion').replace(/assumption: "[^"]*"/, 'assumption: "Sales grow dramatically with the new checkout"');
    const r = run(text);
    const w = only(r.findings, 'weasel-word');
    assert.deepEqual(w.map((f) => at(text, f)), ['dramatically']);
    assert.match(w[0]!.message, /^In the value assumption/);
    const u = only(r.findings, 'unmeasured-aspiration');
    // The item carries its own figure (amount: 80000): that measures it, so only the name is a direction.
    assert.deepEqual(u.map((f) => at(text, f)), ['Improve']);
    assert.match(u[0]!.message, /^In the metric name, "Improve" is a direction, not what is counted/);
    // Without a figure on the item, the assumption's direction is all there is.
    const bare = text.replace('amount: 80000, ', '');
    const b = only(run(bare).findings, 'unmeasured-aspiration');
    assert.deepEqual(b.map((f) => at(bare, f)), ['Improve', 'grow']);
    assert.match(b[1]!.message, /^In the value assumption, "grow" says which way but not how far/);
  });
  it('passes a metric named by its noun and an assumption with its number', () => {
    const text = GOOD_YAML.replace('name: Checkout completion rate', 'name: Reduction in support calls').replace(/assumption: "[^"]*"/, 'assumption: "Sales grow by 4% with the new checkout"');
    assert.deepEqual(only(run(text).findings, 'unmeasured-aspiration'), []);
  });
});
