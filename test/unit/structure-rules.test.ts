import { strict as assert } from 'node:assert';
import { parseConfigText } from '../../src/core/config';
import { LintCache } from '../../src/core/lint';
import { ruleCatalog } from '../../src/core/rules/catalog';
import { snippetToText } from '../../src/core/snippet-text';
import { at, GOOD_YAML, only, run, snippetOf } from './helpers';

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
      assert.match(snippetOf(f!.fix), /### 성공 지표\n- \*\*핵심 지표\*\*/);
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
    it('inserts a missing Markdown baseline where the template has it: after the primary metric', () => {
      const text = MD_GOOD.replace('- **Baseline**: 40% as of 2026-09-30\n', '');
      const [f] = only(run(text, 'markdown').findings, 'missing-baseline');
      const fixed = apply(text, f!.fix as { kind: string; offset: number; snippet: string });
      assert.match(fixed, /- \*\*Primary Metric\*\*: Reports ready before 8am \(%\)\n- \*\*Baseline\*\*: value today \(as of YYYY-MM-DD\)\n- \*\*Target\*\*: 95%\n/);
      const noDeadline = MD_GOOD.replace('- **Timeline**: by 2027-03-31\n', '').replace('- **Baseline**: 40% as of 2026-09-30\n', '').replace('- **Target**: 95%\n', '- **Target**: 95%\n- **Owner**: Head of Sales\n');
      const [d] = only(run(noDeadline, 'markdown').findings, 'missing-deadline');
      assert.match(apply(noDeadline, d!.fix as { kind: string; offset: number; snippet: string }), /- \*\*Target\*\*: 95%\n- \*\*Timeline\*\*: by YYYY-MM-DD\n- \*\*Owner\*\*/);
    });
    it('never puts an inserted line between a bullet and its sub-bullets', () => {
      const text = MD_GOOD.replace('- **Baseline**: 40% as of 2026-09-30\n', '').replace('(%)\n', '(%)\n  - counted each morning\n  - by the data team\n');
      const [f] = only(run(text, 'markdown').findings, 'missing-baseline');
      assert.match(apply(text, f!.fix as { kind: string; offset: number; snippet: string }), /by the data team\n- \*\*Baseline\*\*: value today/);
      const sub = MD_GOOD.replace('- **Timeline**: by 2027-03-31\n', '').replace('- **Target**: 95%\n', '- **Target**:\n  - 95%\n');
      const [d] = only(run(sub, 'markdown').findings, 'missing-deadline');
      assert.match(apply(sub, d!.fix as { kind: string; offset: number; snippet: string }), /- \*\*Target\*\*:\n {2}- 95%\n- \*\*Timeline\*\*: by YYYY-MM-DD/);
    });
    it('keeps an insertion in its own outcome when the plan is indented throughout (a heading may be indented too)', () => {
      // Markdown takes a heading or a bullet indented by up to three spaces; every line after the
      // Primary Metric bullet looked indented under it, so its end was looked for to the file's end.
      const indent = (t: string) => t.replace(/^(?=.)/gm, ' ');
      const first = indent(MD_GOOD.replace('- **Baseline**: 40% as of 2026-09-30\n', ''));
      const text = first + '\n' + indent(MD_GOOD.replace('Analysts get', 'Store managers get'));
      const [f] = only(run(text, 'markdown').findings, 'missing-baseline');
      const fixed = apply(text, f!.fix as { kind: string; offset: number; snippet: string });
      // In its own outcome, before the next heading (it went to the end of the file); within the
      // outcome the indented bullets after the Primary Metric still read as lines under it.
      assert.match(fixed, /by 2027-03-31\n- \*\*Baseline\*\*: value today \(as of YYYY-MM-DD\)\n\n ## CBO: Store managers/);
      assert.ok(fixed.endsWith(indent(MD_GOOD.replace('Analysts get', 'Store managers get'))));
    });
    it('flags a Markdown baseline with no number', () => {
      const text = MD_GOOD.replace('40% as of 2026-09-30', 'not measured yet');
      const [f] = only(run(text, 'markdown').findings, 'missing-baseline');
      assert.equal(at(text, f!), 'not measured yet');
    });
    it('leaves a baseline that is still a template prompt to no-placeholder: one finding per spot', () => {
      const text = MD_GOOD.replace('40% as of 2026-09-30', '[Current state measurement]');
      const r = run(text, 'markdown');
      assert.deepEqual(only(r.findings, 'missing-baseline'), []);
      assert.equal(at(text, only(r.findings, 'no-placeholder')[0]!), '[Current state measurement]');
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
    it('leaves a number written as text to the schema, which says what to write (one finding, not two that disagree)', () => {
      for (const [from, to] of [['value: 80, by', 'value: "80%", by'], ['target: { value: 80, by: 2027-06-30 }', 'target: 80%'], ['baseline: { value: 62, asOf', 'baseline: { value: "62%", asOf']]) {
        const text = GOOD_YAML.replace(from, to);
        assert.notEqual(text, GOOD_YAML);
        const fs = run(text).findings;
        assert.deepEqual(fs.filter((f) => f.ruleId === 'target-not-quantified' || f.ruleId === 'missing-baseline').map((f) => `${f.ruleId}: ${f.message}`), [], to);
        assert.equal(only(fs, 'schema').length, 1, to);
      }
      // Text that is not a number is still "no number", next to the schema's type error, even
      // with a year or a placeholder in it (the placeholder's finding would otherwise hide both).
      for (const v of ['"much faster"', '"TBD 2026"', '"significantly higher by 2027"', '"2026 TBD"']) {
        const words = GOOD_YAML.replace('value: 80, by', `value: ${v}, by`);
        assert.equal(only(run(words).findings, 'target-not-quantified').length, 1, v);
        const base = GOOD_YAML.replace('baseline: { value: 62, asOf', `baseline: { value: ${v}, asOf`);
        assert.equal(only(run(base).findings, 'missing-baseline').length, 1, v);
        assert.ok(run(base).findings.some((f) => f.severity === 'error'), `${v}: the check still fails`);
      }
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
    it('leaves the template\'s blank 0 and 0 beside unfilled dates to no-placeholder, and judges them once dated', () => {
      const blank = GOOD_YAML.replace(/value: 62, asOf: [\d-]+/, 'value: 0, asOf: YYYY-MM-DD').replace(/value: 80, by: [\d-]+/, 'value: 0, by: YYYY-MM-DD');
      assert.notEqual(blank, GOOD_YAML);
      assert.deepEqual(only(run(blank).findings, 'target-direction'), []);
      const dated = blank.replace('asOf: YYYY-MM-DD', 'asOf: 2026-01-15');
      assert.match(only(run(dated).findings, 'target-direction')[0]!.message, /equals the baseline \(0\)/);
      // No dates at all is not a template's blank: 0 to 0 is judged.
      const undated = blank.replace(', asOf: YYYY-MM-DD', '').replace(', by: YYYY-MM-DD', '');
      assert.equal(only(run(undated).findings, 'target-direction').length, 1);
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
    it('says a Korean rate above 100 % in Korean word order', () => {
      const [f] = only(run(KO_GOOD.replace('- **목표값**: 95%', '- **목표값**: 120%'), 'markdown', {}, 'ko').findings, 'target-unreachable');
      assert.equal(f!.message, '비율 120%는 도달할 수 없습니다. 전체에 대한 비율은 100%를 넘을 수 없습니다. 단위나 숫자를 확인하세요.');
    });
    it('takes the particle a negative target is read with', () => {
      const cut = (n: number) => GOOD_YAML.replace('direction: increase', 'direction: decrease').replace('value: 80, by', `value: ${n}, by`);
      assert.match(only(run(cut(-10), 'yaml', {}, 'ko').findings, 'target-unreachable')[0]!.message, /^목표값 -10은 0보다 작아/);
      assert.match(only(run(cut(-5), 'yaml', {}, 'ko').findings, 'target-unreachable')[0]!.message, /^목표값 -5는 0보다 작아/);
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
      const [ko] = only(run(text, 'yaml', {}, 'ko').findings, 'deadline-passed');
      assert.match(ko!.message, /^기한\(2026-06-30\)이 지났습니다\(오늘 2026-11-22\)\. /);
    });
    it('is quiet when the latest measurement met the target', () => {
      const text = GOOD_YAML.replace('by: 2027-06-30', 'by: 2026-06-30').replace('value: 66 }', 'value: 81 }');
      assert.deepEqual(only(run(text).findings, 'deadline-passed'), []);
    });
    // A date no calendar has is impossible-date's finding alone; a reading dated after today is
    // not yet a result (progress and the canvas leave it out), so it cannot have met the target.
    it('leaves an impossible deadline to impossible-date, and does not take a reading dated after today as met', () => {
      const impossible = GOOD_YAML.replace('by: 2027-06-30', 'by: 2026-02-30');
      assert.deepEqual(only(run(impossible).findings, 'deadline-passed'), []);
      assert.equal(only(run(impossible).findings, 'impossible-date').length, 1);
      const future = GOOD_YAML.replace('by: 2027-06-30', 'by: 2026-06-30').replace('{ date: 2026-10-31, value: 66 }', '{ date: 2026-10-31, value: 66 }, { date: 2027-01-31, value: 81 }');
      assert.match(only(run(future).findings, 'deadline-passed')[0]!.message, /^The deadline 2026-06-30 has passed \(today is 2026-11-22\)/);
      const misdated = GOOD_YAML.replace('by: 2027-06-30', 'by: 2026-06-30').replace('{ date: 2026-10-31, value: 66 }', '{ date: 2026-10-31, value: 66 }, { date: 2026-13-45, value: 81 }');
      assert.equal(only(run(misdated).findings, 'deadline-passed').length, 1, 'a reading on no calendar day has not met it either');
    });
    // No direction written and a name that says none: the way from baseline to target says it,
    // as the progress line reads it. 38% -> 15% is a cut, so 29% has not met 15% (it counted as
    // met, 29 >= 15, and the passed deadline went unsaid while the portfolio said off track).
    it('reads a cut from a target below the baseline when no direction is written, YAML and Markdown, English and Korean', () => {
      const cut = (latest: number) => GOOD_YAML.replace('Checkout completion rate', 'Share of order-status calls').replace('    direction: increase\n', '').replace('value: 62, asOf: 2026-09-30', 'value: 38, asOf: 2025-09-30').replace('value: 80, by: 2027-06-30', 'value: 15, by: 2026-06-30').replace('value: 66 }', `value: ${latest} }`);
      assert.match(only(run(cut(29)).findings, 'deadline-passed')[0]!.message, /^The deadline 2026-06-30 has passed \(today is 2026-11-22\)/);
      assert.deepEqual(only(run(cut(14)).findings, 'deadline-passed'), [], 'at or below the target: met');
      const md = (latest: string) => `## CBO: Returning customers check their order status online instead of calling support\n\n### Success Metrics\n- **Primary Metric**: Share of order-status calls (%)\n- **Baseline**: 38% as of 2025-09-30\n- **Target**: 15%\n- **Timeline**: by 2026-06-30\n- **Latest Measurement**: ${latest} as of 2026-06-30\n`;
      assert.match(only(run(md('29%'), 'markdown').findings, 'deadline-passed')[0]!.message, /^The deadline 2026-06-30 has passed \(today is 2026-11-22\): write the result reached/);
      assert.deepEqual(only(run(md('15%'), 'markdown').findings, 'deadline-passed'), []);
      const ko = (latest: string) => `## CBO: 분석가가 전일 매출 보고서를 30분 만에 받는다\n\n### 성공 지표\n- **핵심 지표**: 전일 매출 보고서 대기 시간 (시간)\n- **기준값**: 5시간 (2025-09-30 기준)\n- **목표값**: 0.5시간\n- **기한**: 2026-06-30\n- **최근 측정값**: ${latest} (2026-06-30)\n`;
      assert.match(only(run(ko('2시간'), 'markdown', {}, 'ko').findings, 'deadline-passed')[0]!.message, /^기한\(2026-06-30\)이 지났습니다\(오늘 2026-11-22\)\. 달성한 결과를 적거나/);
      assert.deepEqual(only(run(ko('0.5시간'), 'markdown', {}, 'ko').findings, 'deadline-passed'), []);
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

describe('no-outcome', () => {
  const ON = { rules: { 'no-outcome': 'info' as const } };
  const HOLLOW: [string, string][] = [
    ['an empty file', ''],
    ['a file of comments only', '# Checkout outcome: to be written after the workshop\n# owner: Head of Digital Channels\n'],
    ['outcomes: []', 'outcomes: []\n'],
    ['a document with no title, behaviour or metric', 'cbo: 1\ncategory: experience\nowner: Head of Digital Channels\n'],
    ['a list whose every item has no title, behaviour or metric', 'outcomes:\n  - owner: CFO\n  - category: esg\n'],
  ];

  it('is listed, off by default, and accepted in .cborc.yaml', () => {
    const info = ruleCatalog().find((r) => r.id === 'no-outcome');
    assert.equal(info?.defaultSeverity, 'off');
    assert.equal(info?.scope, 'structure');
    assert.match(ruleCatalog('ko').find((r) => r.id === 'no-outcome')!.description, /성과/);
    const { config, findings } = parseConfigText('rules:\n  no-outcome: info\n');
    assert.deepEqual(findings, []);
    assert.deepEqual(config.rules, { 'no-outcome': 'info' });
  });

  for (const [name, text] of HOLLOW) {
    it(`says nothing about ${name} unless switched on`, () => {
      assert.deepEqual(only(run(text).findings, 'no-outcome'), []);
    });
    it(`reports ${name} once, at the start of the file, when switched on`, () => {
      const fs = only(run(text, 'yaml', ON).findings, 'no-outcome');
      assert.equal(fs.length, 1);
      assert.equal(fs[0]!.severity, 'info');
      assert.deepEqual(fs[0]!.start, { line: 0, character: 0 });
      assert.match(fs[0]!.message, /holds no outcome/);
      assert.match(fs[0]!.message, /title/);
      // About the whole file: the editor offers no line-level disable for it.
      assert.equal(fs[0]!.data?.scope, 'file');
    });
  }

  it('speaks Korean', () => {
    const [f] = only(run('outcomes: []\n', 'yaml', ON, 'ko').findings, 'no-outcome');
    assert.match(f!.message, /성과가 없습니다/);
  });

  it('takes the severity the config gives it', () => {
    const [f] = only(run('', 'yaml', { rules: { 'no-outcome': 'warning' } }).findings, 'no-outcome');
    assert.equal(f!.severity, 'warning');
  });

  it('stays quiet on a file that holds an outcome, even a thin one', () => {
    for (const text of [
      GOOD_YAML,
      'title: Customers pay online\n', // no metric: missing-primary-metric says so, not this rule
      'outcome:\n  behavior: Customers pay online\n',
      'metrics:\n  primary:\n    name: Online payments\n',
      'outcomes:\n  - owner: CFO\n  - title: Customers pay online\n',
    ]) {
      assert.deepEqual(only(run(text, 'yaml', ON).findings, 'no-outcome'), [], text);
    }
  });

  it('leaves a file that does not parse to yaml-syntax, and Markdown alone', () => {
    const broken = 'title: [unclosed\n';
    assert.ok(only(run(broken, 'yaml', ON).findings, 'yaml-syntax').length > 0);
    assert.deepEqual(only(run(broken, 'yaml', ON).findings, 'no-outcome'), []);
    assert.deepEqual(only(run('# Meeting notes\n\nNothing about outcomes.\n', 'markdown', ON).findings, 'no-outcome'), []);
    assert.deepEqual(only(run('', 'markdown', ON).findings, 'no-outcome'), []);
  });

  it('is silenced by cbo-disable-file', () => {
    assert.deepEqual(only(run('# cbo-disable-file no-outcome\n', 'yaml', ON).findings, 'no-outcome'), []);
  });

  it('inserts the outcome template into a file of comments, and the file then holds an outcome', () => {
    const text = '# to be written after the workshop';
    const [f] = only(run(text, 'yaml', ON).findings, 'no-outcome');
    assert.equal(f!.fix?.kind, 'insert');
    const fix = f!.fix as { kind: string; offset: number; snippet: string };
    // As a client without snippet support applies it (the language server's code action).
    const fixed = text.slice(0, fix.offset) + snippetToText(fix.snippet) + text.slice(fix.offset);
    assert.match(fixed, /^# to be written after the workshop\ncbo: 1\ntitle: /);
    assert.deepEqual(only(run(fixed, 'yaml', ON).findings, 'no-outcome'), []);
    assert.deepEqual(only(run(fixed, 'yaml', ON).findings, 'yaml-syntax'), []);
  });

  it('inserts the Korean template when the messages are Korean', () => {
    const [f] = only(run('', 'yaml', ON, 'ko').findings, 'no-outcome');
    assert.match(f!.fix!.title, /템플릿/);
    assert.match(snippetOf(f!.fix), /^cbo: 1\ntitle: \$\{1:[^}]*[가-힣]/);
  });

  it('offers no template where the file already has content', () => {
    const [f] = only(run('outcomes: []\n', 'yaml', ON).findings, 'no-outcome');
    assert.equal(f!.fix, undefined);
  });

  it('follows edits through a cache that keeps no models', () => {
    const cache = new LintCache({ keepModels: false });
    const hollow = 'outcomes:\n  - owner: CFO\n  - category: esg\n';
    assert.equal(only(run(hollow, 'yaml', ON, 'en', cache).findings, 'no-outcome').length, 1);
    const filled = hollow.replace('  - category: esg\n', '  - title: Customers pay online\n');
    assert.deepEqual(only(run(filled, 'yaml', ON, 'en', cache).findings, 'no-outcome'), []);
    assert.equal(only(run(hollow, 'yaml', ON, 'en', cache).findings, 'no-outcome').length, 1);
  });
});
