import { strict as assert } from 'node:assert';
import { at, GOOD_YAML, only, run } from './helpers';

const MD_GOOD = `## CBO: Analysts get yesterday's sales report before 8am
### Success Metrics
- **Primary Metric**: Reports ready before 8am (%)
- **Baseline**: 40% as of 2026-09-30
- **Target**: 95%
- **Timeline**: by 2027-03-31
`;
const KO_GOOD = `## CBO: 분석가가 오전 8시 전에 전일 매출 보고서를 받는다
### 성공 지표
- **핵심 지표**: 오전 8시 전 보고서 준비 비율 (%)
- **기준값**: 40% (2026-09-30 기준)
- **목표값**: 95%
- **기한**: 2027년 3월
`;

function apply(text: string, fix: { kind: string; offset?: number; snippet: string }): string {
  // Fill snippet placeholders with their defaults, as VS Code would on accepting them.
  const plain = fix.snippet.replace(/\$\{\d+\|([^,|]+)[^}]*\|\}/g, '$1').replace(/\$\{\d+:([^}]*)\}/g, '$1');
  return text.slice(0, fix.offset) + plain + text.slice(fix.offset);
}

describe('structure rules', () => {
  for (const [name, text, kind, lang] of [
    ['YAML', GOOD_YAML, 'yaml', 'en'],
    ['Markdown', MD_GOOD, 'markdown', 'en'],
    ['Korean Markdown', KO_GOOD, 'markdown', 'ko'],
  ] as const) {
    it(`finds nothing structural in a good ${name} outcome`, () => {
      const r = run(text, kind, {}, lang);
      assert.deepEqual(r.findings.filter((f) => /^(missing|target|deadline)/.test(f.ruleId)).map((f) => f.ruleId), []);
    });
  }

  describe('missing-primary-metric', () => {
    it('flags an outcome with no metrics and inserts a whole metrics block', () => {
      const text = 'title: Customers pay online\nowner: CFO\n';
      const [f] = only(run(text).findings, 'missing-primary-metric');
      assert.equal(f!.severity, 'error');
      const fixed = apply(text, f!.fix as { kind: string; offset: number; snippet: string });
      assert.match(fixed, /owner: CFO\nmetrics:\n {2}primary:\n {4}name: what is counted\n/);
      assert.deepEqual(only(run(fixed).findings, 'missing-primary-metric'), []);
    });
    it('flags a Markdown CBO with no Success Metrics and inserts the section', () => {
      const text = '## CBO: Customers pay online\n### Business Context\n- **Current Challenge**: cash only\n';
      const [f] = only(run(text, 'markdown').findings, 'missing-primary-metric');
      const fixed = apply(text, f!.fix as { kind: string; offset: number; snippet: string });
      assert.match(fixed, /### Success Metrics\n- \*\*Primary Metric\*\*: what is counted/);
    });
    it('inserts Korean labels in a Korean plan', () => {
      const text = '## CBO: 고객이 온라인으로 결제한다\n';
      const [f] = only(run(text, 'markdown', {}, 'ko').findings, 'missing-primary-metric');
      assert.match(f!.fix!.snippet, /### 성공 지표\n- \*\*핵심 지표\*\*/);
      assert.match(f!.message, /핵심 지표가 없습니다/);
    });
  });

  describe('missing-baseline', () => {
    it('flags a metric without a baseline at the metric key; the fix adds one', () => {
      const text = GOOD_YAML.replace('    baseline: { value: 62, asOf: 2026-09-30 }\n', '');
      const [f] = only(run(text).findings, 'missing-baseline');
      assert.equal(at(text, f!), 'primary');
      const fixed = apply(text, f!.fix as { kind: string; offset: number; snippet: string });
      assert.match(fixed, /\n {4}baseline: \{ value: 0, asOf: YYYY-MM-DD \}/);
    });
    it('flags a Markdown baseline with no number', () => {
      const text = MD_GOOD.replace('40% as of 2026-09-30', '[Current state measurement]');
      const [f] = only(run(text, 'markdown').findings, 'missing-baseline');
      assert.equal(at(text, f!), '[Current state measurement]');
    });
  });

  describe('missing-target', () => {
    it('flags a YAML metric without a target', () => {
      const text = GOOD_YAML.replace('    target: { value: 80, by: 2027-06-30 }\n', '');
      assert.equal(only(run(text).findings, 'missing-target').length, 1);
    });
    it('flags a Korean plan without a target, in Korean', () => {
      const text = KO_GOOD.replace('- **목표값**: 95%\n', '');
      const [f] = only(run(text, 'markdown', {}, 'ko').findings, 'missing-target');
      assert.match(f!.message, /목표값이 없습니다/);
    });
  });

  describe('missing-deadline', () => {
    it('flags a target without a date; the fix adds `by` inside the flow mapping', () => {
      const text = GOOD_YAML.replace('target: { value: 80, by: 2027-06-30 }', 'target: { value: 80 }');
      const [f] = only(run(text).findings, 'missing-deadline');
      const fixed = apply(text, f!.fix as { kind: string; offset: number; snippet: string });
      assert.match(fixed, /target: \{ value: 80 , by: YYYY-MM-DD\}|target: \{ value: 80, by: YYYY-MM-DD \}/);
    });
    it('flags a Markdown timeline with no date in it', () => {
      const text = MD_GOOD.replace('by 2027-03-31', 'soon');
      const [f] = only(run(text, 'markdown').findings, 'missing-deadline');
      assert.equal(at(text, f!), 'soon');
    });
  });

  describe('target-not-quantified', () => {
    it('flags a target phrase without a number', () => {
      const text = MD_GOOD.replace('- **Target**: 95%', '- **Target**: much faster');
      const [f] = only(run(text, 'markdown').findings, 'target-not-quantified');
      assert.equal(at(text, f!), 'much faster');
    });
    it('flags a metric with no unit', () => {
      const text = GOOD_YAML.replace('    unit: "%"\n', '');
      assert.equal(only(run(text).findings, 'target-not-quantified').length, 1);
    });
  });

  describe('target-direction', () => {
    it('flags a target below the baseline of an increasing metric', () => {
      const text = GOOD_YAML.replace('value: 80, by', 'value: 50, by');
      const [f] = only(run(text).findings, 'target-direction');
      assert.match(f!.message, /below the baseline \(62\)/);
      assert.equal(at(text, f!), '50');
    });
    it('flags a target equal to the baseline', () => {
      const text = GOOD_YAML.replace('value: 80, by', 'value: 62, by');
      assert.match(only(run(text).findings, 'target-direction')[0]!.message, /equals the baseline/);
    });
    it('reads the direction from the metric name in a plan', () => {
      const text = MD_GOOD.replace('Reports ready before 8am (%)', 'Reduce report wait time (hours)').replace('40% as of', '5 hours as of').replace('- **Target**: 95%', '- **Target**: 8 hours');
      assert.equal(only(run(text, 'markdown').findings, 'target-direction').length, 1);
    });
    it('accepts a decrease that goes down', () => {
      const text = GOOD_YAML.replace('direction: increase', 'direction: decrease').replace('value: 80, by', 'value: 40, by');
      assert.deepEqual(only(run(text).findings, 'target-direction'), []);
    });
  });

  describe('target-unreachable', () => {
    it('flags a rate above 100 %', () => {
      const text = GOOD_YAML.replace('value: 80, by', 'value: 120, by');
      const [f] = only(run(text).findings, 'target-unreachable');
      assert.match(f!.message, /120% cannot be reached/);
    });
    it('flags a reduction of more than 100 % in Korean', () => {
      const text = KO_GOOD.replace('오전 8시 전 보고서 준비 비율 (%)', '보고서 대기 시간 감소율 (%)').replace('- **목표값**: 95%', '- **목표값**: 150%');
      const [f] = only(run(text, 'markdown', {}, 'ko').findings, 'target-unreachable');
      assert.match(f!.message, /150% 감소는 불가능합니다/);
    });
    it('accepts growth above 100 %', () => {
      const text = GOOD_YAML.replace('Checkout completion rate', 'Revenue growth').replace('value: 80, by', 'value: 150, by');
      assert.deepEqual(only(run(text).findings, 'target-unreachable'), []);
    });
  });

  describe('deadline-passed', () => {
    it('flags a past deadline with no measurement meeting the target', () => {
      const text = GOOD_YAML.replace('by: 2027-06-30', 'by: 2026-06-30');
      const [f] = only(run(text).findings, 'deadline-passed');
      assert.match(f!.message, /2026-06-30 has passed \(today is 2026-11-22\)/);
    });
    it('is quiet when the latest measurement met the target', () => {
      const text = GOOD_YAML.replace('by: 2027-06-30', 'by: 2026-06-30').replace('value: 66 }', 'value: 81 }');
      assert.deepEqual(only(run(text).findings, 'deadline-passed'), []);
    });
  });

  it('lets config turn a rule off or change its severity', () => {
    const text = GOOD_YAML.replace('    baseline: { value: 62, asOf: 2026-09-30 }\n', '');
    assert.deepEqual(only(run(text, 'yaml', { rules: { 'missing-baseline': 'off' } }).findings, 'missing-baseline'), []);
    assert.equal(only(run(text, 'yaml', { rules: { 'missing-baseline': 'info' } }).findings, 'missing-baseline')[0]!.severity, 'info');
  });
});

describe('inline directives', () => {
  const text = GOOD_YAML.replace('    baseline: { value: 62, asOf: 2026-09-30 }\n', '');
  it('cbo-disable-next-line silences one rule on the next line', () => {
    const t = text.replace('  primary:\n', '  # cbo-disable-next-line missing-baseline\n  primary:\n');
    assert.deepEqual(only(run(t).findings, 'missing-baseline'), []);
  });
  it('cbo-disable-next-line for another rule leaves this one', () => {
    const t = text.replace('  primary:\n', '  # cbo-disable-next-line weasel-word\n  primary:\n');
    assert.equal(only(run(t).findings, 'missing-baseline').length, 1);
  });
  it('cbo-disable-file silences a rule everywhere, in Markdown comments too', () => {
    assert.deepEqual(only(run('# cbo-disable-file missing-baseline\n' + text).findings, 'missing-baseline'), []);
    const md = '<!-- cbo-disable-file missing-primary-metric -->\n## CBO: Customers pay online\n';
    assert.deepEqual(only(run(md, 'markdown').findings, 'missing-primary-metric'), []);
    assert.equal(only(run(md.replace(/<!--.*-->\n/, ''), 'markdown').findings, 'missing-primary-metric').length, 1);
  });
});
