// Whole-file hostile shapes for `node dist/bench-hostile-fields.js`: many rows, many outcomes,
// deep nesting, anchors and aliases, many keys, long keys, CR line endings and files with
// nothing in them. Each is filled to the size asked for (a fixed count where the brief names
// one: 5,000-deep nesting), so a case at 250 KB and 1 MB shows how its cost grows.
import { Buffer } from 'node:buffer';
import type { FieldCase } from './hostile-fields-inputs';
import { markdownWith, runOf, yamlWith } from './hostile-fields-inputs';

const md = (name: string, make: (n: number) => string): FieldCase => ({ name: `md ${name}`, kind: 'markdown', make });
const yaml = (name: string, make: (n: number) => string): FieldCase => ({ name: `yaml ${name}`, kind: 'yaml', make });
const rest = (n: number, head: string) => Math.max(0, n - Buffer.byteLength(head));

const PLAN_HEAD = '# Plan\n\n## CBO: Analysts get the sales report before 8am\n\n### Success Metrics\n- **Primary Metric**: Reports ready before 8am (%)\n- **Baseline**: 30% as of 2026-09-30\n- **Target**: 95%\n- **Deadline**: by 2027-03-31\n\n';
const TEMPLATE = (i: number) => `## CBO: Analysts in team ${i} get yesterday's sales report before 8am\n\n### Success Metrics\n- **Primary Metric**: Reports ready before 8am (%)\n- **Baseline**: ${30 + (i % 40)}% as of 2026-09-30\n- **Target**: 95%\n- **Deadline**: by 2027-03-31\n- **Latest Measurement**: ${40 + (i % 9)}% as of 2026-10-31\n\n`;
const YAML_OUTCOME = (i: number) => `  - title: Analysts in team ${i} get the sales report before 8am\n    outcome: { behavior: Analysts in team ${i} open the report before 8am }\n    metrics:\n      primary: { name: Reports ready before 8am, unit: "%", baseline: { value: 30, asOf: 2026-09-30 }, target: { value: 95, by: 2027-03-31 } }\n`;
const GOOD = yamlWith('none', '');

/** `open` × depth, a value, `close` × depth: nesting as deep as asked. */
const nest = (depth: number, open: string, inner: string, close: string) => open.repeat(depth) + inner + close.repeat(depth);
/** Block maps nested by indentation: line k is indented 2k, so depth d costs about d² bytes. */
function blockMaps(bytes: number): string {
  const lines = ['cbo: 1', 'title: Analysts get the report', 'outcome:'];
  let size = 40;
  for (let d = 1; size < bytes; d++) {
    const l = `${'  '.repeat(d)}k${d}:`;
    lines.push(l);
    size += l.length + 1;
  }
  return lines.join('\n') + ' x\n';
}

export const SHAPE_CASES: FieldCase[] = [
  md('empty file', () => ''),
  md('spaces and blank lines only', (n) => ' \n'.repeat(n / 2)),
  md('`## CBO:` with nothing after it', () => '## CBO:\n'),
  md('table of rows under Success Metrics (10,000 rows a MB)', (n) => PLAN_HEAD + '| Date | Reports ready | Note |\n| --- | --- | --- |\n' + runOf((i) => `| 2026-${String(1 + (i % 12)).padStart(2, '0')}-28 | ${i % 100}% | reading ${i} of the nightly report, team north |\n`, rest(n, PLAN_HEAD))),
  md('outcomes, two lines each (10,000 a MB)', (n) => '# Plan\n\n' + runOf((i) => `## CBO: Analysts in team ${i} get the sales report before 8am\n- **Target**: 95% by 2027-03-31\n\n`, n)),
  md('template outcomes', (n) => '# Plan\n\n' + runOf(TEMPLATE, n)),
  md('template outcomes, CRLF', (n) => ('# Plan\n\n' + runOf(TEMPLATE, n)).replace(/\n/g, '\r\n')),
  md('template outcomes, CR only', (n) => ('# Plan\n\n' + runOf(TEMPLATE, n)).replace(/\n/g, '\r')),
  md('Latest Measurement of readings joined by ;', (n) => markdownWith('none', '').replace('41% as of 2026-10-31', runOf((i) => `${i % 100}% as of 2026-${String(1 + (i % 12)).padStart(2, '0')}-28; `, n))),
  md('lists nested 5,000 deep', () => PLAN_HEAD + '- '.repeat(5000) + '**Baseline**: 5\n'),
  md('blockquotes nested 5,000 deep', () => PLAN_HEAD + '> '.repeat(5000) + '## CBO: hidden\n'),
  md('nested lists, one level a line, as deep as the size allows', (n) => PLAN_HEAD + runOf((i) => `${'  '.repeat(i)}- **Baseline**: ${i}\n`, rest(n, PLAN_HEAD))),
  yaml('empty file', () => ''),
  yaml('spaces and blank lines only', (n) => ' \n'.repeat(n / 2)),
  yaml('comments only', (n) => runOf((i) => `# note ${i}\n`, n)),
  yaml('`---` only', () => '---\n'),
  yaml('outcomes: list of outcomes', (n) => 'cbo: 1\noutcomes:\n' + runOf(YAML_OUTCOME, n)),
  yaml('outcomes, CRLF', (n) => ('cbo: 1\noutcomes:\n' + runOf(YAML_OUTCOME, n)).replace(/\n/g, '\r\n')),
  yaml('outcomes, CR only', (n) => ('cbo: 1\noutcomes:\n' + runOf(YAML_OUTCOME, n)).replace(/\n/g, '\r')),
  yaml('measurements, one row a line (10,000 rows ≈ 400 KB)', (n) => GOOD.replace('      - { date: "2026-10-31", value: 41 }\n', runOf((i) => `      - { date: 2026-${String(1 + (i % 12)).padStart(2, '0')}-28, value: ${i % 100} }\n`, n))),
  yaml('outcomes as one flow list on one line', (n) => 'cbo: 1\noutcomes: [' + runOf((i) => `{title: "Analysts in team ${i} get the report", metrics: {primary: {name: Reports ready, unit: "%", baseline: {value: 30, asOf: 2026-09-30}, target: {value: 95, by: 2027-03-31}}}}, `, n) + ']\n'),
  yaml('block lists `- - - …` 5,000 deep', () => 'cbo: 1\ntitle: Analysts get the report\nworkshop:\n  current:\n    ' + '- '.repeat(5000) + 'x\n'),
  yaml('flow lists [[[…]]] 5,000 deep', () => `cbo: 1\ntitle: Analysts get the report\nworkshop:\n  current: ${nest(5000, '[', 'x', ']')}\n`),
  yaml('flow maps {a: {a: …}} 5,000 deep', () => `cbo: 1\ntitle: Analysts get the report\noutcome: ${nest(5000, '{a: ', 'x', '}')}\n`),
  yaml('flow lists [[[…]]] as deep as the size allows', (n) => `cbo: 1\ntitle: Analysts get the report\nworkshop:\n  current: ${nest(Math.floor(n / 2), '[', 'x', ']')}\n`),
  yaml('block lists `- - - …` as deep as the size allows', (n) => 'cbo: 1\ntitle: Analysts get the report\nworkshop:\n  current:\n    ' + '- '.repeat(Math.floor(n / 2)) + 'x\n'),
  yaml('block maps nested by indentation (≈1,000 deep a MB)', blockMaps),
  yaml('unclosed flow lists [[[[…', (n) => `cbo: 1\ntitle: Analysts get the report\nworkshop:\n  current: ${'['.repeat(n)}\n`),
  yaml('many anchors', (n) => 'cbo: 1\ntitle: Analysts get the report\nassumptions:\n' + runOf((i) => `  - &a${i} assumption ${i}\n`, n)),
  yaml('many aliases of one anchor', (n) => 'cbo: 1\ntitle: &t Analysts get the report\nassumptions:\n' + runOf(() => '  - *t\n', n)),
  yaml('alias bomb (billion laughs, 9 levels of 10)', () => {
    const lines = ['cbo: 1', 'title: Analysts get the report', 'a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let l = 1; l < 10; l++) lines.push(`a${l}: &a${l} [${Array.from({ length: 10 }, () => `*a${l - 1}`).join(', ')}]`);
    return lines.join('\n') + '\nassumptions: *a9\n';
  }),
  yaml('alias bomb inside outcomes:', () => {
    const lines = ['cbo: 1', 'outcomes:', '  - title: Analysts get the report', '    x0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let l = 1; l < 10; l++) lines.push(`    x${l}: &a${l} [${Array.from({ length: 10 }, () => `*a${l - 1}`).join(', ')}]`);
    return lines.join('\n') + '\n  - title: Second\n    assumptions: *a9\n';
  }),
  yaml('100,000 keys in one mapping', (n) => 'cbo: 1\ntitle: Analysts get the report\n' + runOf((i) => `k${i}: 1\n`, n)),
  yaml('keys under metrics.primary', (n) => GOOD.replace('    unit: "%"\n', '    unit: "%"\n' + runOf((i) => `    k${i}: 1\n`, n))),
  yaml('one very long key', (n) => yamlWith('key', runOf(() => 'k', n))),
  yaml('one very long plain title (unquoted)', (n) => GOOD.replace(/^title: .*$/m, 'title: ' + runOf((i) => `analysts ${i} get the report `, n))),
  yaml('one very long block scalar title (literal)', (n) => GOOD.replace(/^title: .*$/m, 'title: |\n' + runOf((i) => `  analysts ${i} get the report\n`, n).replace(/\n$/, ''))),
];
