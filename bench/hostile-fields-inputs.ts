// Inputs for `node dist/bench-hostile-fields.js`: a good Markdown plan or CBO YAML file with one
// place a user writes text (the title, a labelled field, a metric's date, a key...) holding a
// single line of hostile text as long as the size asked for, and whole-file shapes (a table of
// thousands of rows, thousands of outcomes, deep nesting, aliases, CR line endings, empty files)
// filled to the size. Deterministic, so runs compare; a case at 250 KB and at 1 MB shows whether
// a cost grows with the text (4 times the time) or faster (16 times: quadratic).
import { Buffer } from 'node:buffer';

export type Kind = 'markdown' | 'yaml';

export interface FieldCase {
  name: string;
  kind: Kind;
  /** The file's text at about `bytes` bytes of UTF-8 (lone surrogates count three, as written). */
  make: (bytes: number) => string;
  /** An Investment or value line: the money readers, another session's (noted, not fixed here). */
  money?: boolean;
}

/** One unit of a hostile run, by its index: the run repeats it to the size asked for. */
export const FILLERS: Record<string, (i: number) => string> = {
  words: (i) => `the report ${i} arrives late `,
  korean: () => '보고서가 매일 아침 늦게 도착한다 ',
  digits: () => '7',
  '%': () => '%',
  'from 1 to 2 to 3 …': (i) => (i === 0 ? 'from 1' : ` to ${i + 1}`),
  dates: (i) => `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')} `,
  '..': () => '..',
  brackets: () => '([{',
  emoji: () => '😀👩‍💻🇰🇷 ',
  'e + 1000 U+0301': () => 'e' + '\u0301'.repeat(1000),
  'RTL marks': () => '\u202Eabc\u200F\u2067d\u2069\u202C ',
  'zero-width': () => '\u200B\u200C\u200D\uFEFF',
  'U+2028/U+2029': () => 'a\u2028b\u2029',
  NUL: () => '\0',
  'lone surrogates': () => '\uD800a\uDC00b',
  // Markdown's and YAML's own marks, and blank runs, which backtracking patterns have tripped on.
  markup: () => '**a__[b](c `d` <e> | \\ # f: - g! ',
  spaces: () => ' \t',
};

const FILLER_NAMES = Object.keys(FILLERS);
/** Every filler in turn, a few units of each: one row per place that meets them all. */
const mixed = (i: number): string => {
  const f = FILLERS[FILLER_NAMES[Math.floor(i / 8) % FILLER_NAMES.length]!]!;
  return f(i);
};

/** One line (no line break of ours) of `unit` repeated to about `bytes` bytes. */
export function runOf(unit: (i: number) => string, bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = unit(i);
    parts.push(p);
    size += Buffer.byteLength(p);
  }
  return parts.join('');
}

// ---- Markdown: the template with a default in each slot; one slot takes the run ----

const MD_SLOTS: [slot: string, fallback: string][] = [
  ['title', 'Analysts get the sales report before 8am'],
  ['Account', 'Northwind Retail'],
  ['Customer Since', '2023-09-01'],
  ['Category', 'Operational efficiency'],
  ['Current Challenge', 'The report arrives at 11am'],
  ['Current', 'Analysts wait for the report'],
  ['Behaviour Change', 'Analysts open the report before 8am'],
  ['Hypothesis', 'If analysts get the report before 8am, pricing errors fall because they act on fresh numbers'],
  ['Primary Metric', 'Reports ready before 8am (%)'],
  ['Secondary Metrics', 'Pricing errors per week'],
  ['Baseline', '30% as of 2026-09-30'],
  ['Target', '95%'],
  ['Deadline', 'by 2027-03-31'],
  ['Latest Measurement', '41% as of 2026-10-31'],
  ['Hard Savings', '$40,000 a year: fewer pricing errors'],
  ['Investment', '$20,000'],
  ['Critical Dependencies', 'Nightly sales feed'],
  ['Key Assumptions', 'Store count stays flat'],
  ['Success Factors', 'Reports ready before 8am on 95% of days'],
  ['Risk Factors', 'Feed outages'],
  ['Owner', 'Head of analytics'],
];
const SECTION_BEFORE: Record<string, string> = {
  Account: 'Business Context',
  Current: 'Discovery Workshop',
  'Behaviour Change': 'Outcome',
  'Primary Metric': 'Success Metrics',
  'Hard Savings': 'Value Proposition',
  'Critical Dependencies': 'Dependencies and Assumptions',
};
const MONEY = new Set(['Hard Savings', 'Investment']);

/** The plan, `run` after the slot's own value (or as the label, a table cell, a paragraph). */
function markdownWith(slot: string, run: string): string {
  const lines = ['# Plan', ''];
  for (const [s, fallback] of MD_SLOTS) {
    const v = s === slot ? `${fallback} ${run}` : fallback;
    if (s === 'title') {
      lines.push(`## CBO: ${v}`, '');
      continue;
    }
    if (SECTION_BEFORE[s]) lines.push('', `### ${SECTION_BEFORE[s]}`);
    lines.push(`- **${s}**: ${v}`);
    if (s === 'Latest Measurement') {
      if (slot === 'label') lines.push(`- **${run}**: 5`);
      lines.push('', '| Date | Reports ready | Note |', '| --- | --- | --- |', `| 2026-10-31 | 41% | ${slot === 'table cell' ? run : 'first month'} |`, '');
    }
  }
  if (slot === 'paragraph') lines.push('', run);
  return lines.join('\n') + '\n';
}

/** A ```cbo block whose title holds the run. */
const cboBlock = (run: string) => `# Plan\n\n\`\`\`cbo\ntitle: "Analysts get the report ${yamlQuoted(run)}"\nmetrics:\n  primary: { name: Reports on time, unit: "%", baseline: { value: 30, asOf: 2026-09-30 }, target: { value: 95, by: 2027-03-31 } }\n\`\`\`\n`;

// ---- YAML: the same for a CBO file; a run in a quoted value, escaped only for `"` and `\` ----

const yamlQuoted = (s: string) => s.replace(/[\\"]/g, (c) => '\\' + c);

const YAML_SLOTS: [slot: string, fallback: string][] = [
  ['title', 'Analysts get the sales report before 8am'],
  ['owner', 'Head of analytics'],
  ['account', 'Northwind Retail'],
  ['customerSince', '2023-09-01'],
  ['period', 'FY2027'],
  ['category', 'operational-efficiency'],
  ['context.challenge', 'The report arrives at 11am'],
  ['workshop.current', 'Analysts wait for the report'],
  ['outcome.behavior', 'Analysts open the report before 8am'],
  ['outcome.hypothesis', 'If analysts get the report before 8am, pricing errors fall because they act on fresh numbers'],
  ['metric name', 'Reports ready before 8am'],
  ['unit', '%'],
  ['direction', 'increase'],
  ['baseline value', '30'],
  ['baseline asOf', '2026-09-30'],
  ['target value', '95'],
  ['target by', '2027-03-31'],
  ['measurement date', '2026-10-31'],
  ['measurement value', '41'],
  ['secondary name', 'Pricing errors per week'],
  ['value assumption', 'Two contractor seats are no longer needed'],
  ['dependencies', 'Nightly sales feed'],
  ['assumptions', 'Store count stays flat'],
  ['risks', 'Feed outages'],
];
const YAML_MONEY = new Set(['value assumption']);

function yamlWith(slot: string, run: string): string {
  const v: Record<string, string> = {};
  for (const [s, fallback] of YAML_SLOTS) v[s] = s === slot ? `"${yamlQuoted(`${fallback} ${run}`)}"` : /^[\d.]+$/.test(fallback) ? fallback : `"${fallback}"`;
  const key = slot === 'key' ? `\n"${yamlQuoted(run)}": 1` : '';
  const comment = slot === 'comment' ? `\n# ${run}` : '';
  return `cbo: 1
title: ${v.title}
category: ${v.category}
owner: ${v.owner}
account: ${v.account}
customerSince: ${v.customerSince}
period: ${v.period}
context:
  challenge: ${v['context.challenge']}
workshop:
  current: [${v['workshop.current']}]
outcome:
  behavior: ${v['outcome.behavior']}
  hypothesis: ${v['outcome.hypothesis']}
metrics:
  primary:
    name: ${v['metric name']}
    unit: ${v.unit}
    direction: ${v.direction}
    baseline: { value: ${v['baseline value']}, asOf: ${v['baseline asOf']} }
    target: { value: ${v['target value']}, by: ${v['target by']} }
    measurements:
      - { date: ${v['measurement date']}, value: ${v['measurement value']} }
  secondary:
    - name: ${v['secondary name']}
value:
  currency: USD
  investment: 20000
  items:
    - { type: hard-savings, amount: 40000, assumption: ${v['value assumption']} }
dependencies: [${v.dependencies}]
assumptions: [${v.assumptions}]
risks: [${v.risks}]${key}${comment}
`;
}

/** The places a user writes text, each holding `unit` run to the size. */
export function placeCases(unit: (i: number) => string, suffix: string): FieldCase[] {
  const out: FieldCase[] = [];
  const md = (slot: string) => (n: number) => markdownWith(slot, runOf(unit, n));
  for (const [slot] of MD_SLOTS) out.push({ name: `md ${slot}${suffix}`, kind: 'markdown', make: md(slot), money: MONEY.has(slot) });
  for (const slot of ['label', 'table cell', 'paragraph']) out.push({ name: `md ${slot}${suffix}`, kind: 'markdown', make: md(slot) });
  out.push({ name: `md \`\`\`cbo title${suffix}`, kind: 'markdown', make: (n) => cboBlock(runOf(unit, n)) });
  const y = (slot: string) => (n: number) => yamlWith(slot, runOf(unit, n));
  for (const [slot] of YAML_SLOTS) out.push({ name: `yaml ${slot}${suffix}`, kind: 'yaml', make: y(slot), money: YAML_MONEY.has(slot) });
  for (const slot of ['key', 'comment']) out.push({ name: `yaml ${slot}${suffix}`, kind: 'yaml', make: y(slot) });
  return out;
}

/** Each filler in the two places a user writes most: a plan's title and a CBO file's target date. */
export const FILLER_CASES: FieldCase[] = [];
for (const [name, unit] of Object.entries(FILLERS)) {
  FILLER_CASES.push({ name: `md title: ${name}`, kind: 'markdown', make: (n) => markdownWith('title', runOf(unit, n)) });
  FILLER_CASES.push({ name: `yaml title: ${name}`, kind: 'yaml', make: (n) => yamlWith('title', runOf(unit, n)) });
}

export const PLACE_CASES = placeCases(mixed, ', every filler');

export { markdownWith, yamlWith };
