// Hostile Markdown plans for `node dist/bench-hostile.js`: each case repeats one shape that a
// plan, pasted log or generated file can hold until the text reaches the size asked for, so
// the same shape is timed at 100 KB, 1 MB and 3 MB and a cost that grows faster than the
// text shows as a rising time per KB. Deterministic, so runs compare.

/** Repeats `piece(i)` after `head` until the text holds about `bytes` characters. */
function fill(bytes: number, head: string, piece: (i: number) => string, tail = ''): string {
  const parts = [head];
  let size = head.length + tail.length;
  for (let i = 0; size < bytes; i++) {
    const p = piece(i);
    parts.push(p);
    size += p.length;
  }
  parts.push(tail);
  return parts.join('');
}

const PLAN = '# Implementation plan\n\n## CBO: Analysts get the sales report before 8am\n\n### Success Metrics\n- **Primary Metric**: Reports ready before 8am (%)\n- **Baseline**: 30% as of 2026-09-30\n- **Target**: 95%\n- **Timeline**: by 2027-03-31\n\n';

/** A Markdown plan of `bytes` in one hostile shape. */
export interface HostileCase {
  name: string;
  make: (bytes: number) => string;
}

export const HOSTILE_MARKDOWN: HostileCase[] = [
  // Code samples pasted into a plan: closed ``` fences, one after the other, under one CBO.
  { name: 'closed ``` fences, 4 lines each', make: (n) => fill(n, PLAN, (i) => '```\nlog line ' + i + '\n```\n\n') },
  // Fences inside list items and blockquotes: their lines carry the container's marks.
  { name: '``` fences in blockquotes', make: (n) => fill(n, PLAN, (i) => '> ```\n> log line ' + i + '\n> ```\n\n') },
  // A plan written as ```cbo blocks, one small outcome each.
  { name: '```cbo blocks, one outcome each', make: (n) => fill(n, '# Plan\n\n', (i) => '```cbo\ntitle: Analysts in team ' + i + ' get the report before 8am\nmetrics:\n  primary: { name: Reports on time, unit: "%", baseline: { value: 30, asOf: 2026-09-30 }, target: { value: 95, by: 2027-03-31 } }\n```\n\n') },
  // One fence opened near the top and never closed: the rest of the file is its content.
  { name: 'one unclosed ``` fence', make: (n) => fill(n, PLAN + '```\n', (i) => '## CBO: hidden outcome ' + i + '\n- **Baseline**: 1\n') },
  // An unclosed fence in each blockquote: each ends with its quote.
  { name: 'unclosed ``` fence in each blockquote', make: (n) => fill(n, PLAN, (i) => '> ```\n> ## CBO: hidden ' + i + '\n\n') },
  // Fence openers alone: each ``` opens or closes the next.
  { name: 'lines of ``` only', make: (n) => fill(n, PLAN, () => '```\n') },
  // Thousands of outcomes with a title and nothing else.
  { name: '`## CBO:` headings alone', make: (n) => fill(n, '# Plan\n\n', (i) => '## CBO: Analysts in team ' + i + ' get the report\n') },
  // One heading a few characters long each (the most headings a size can hold).
  { name: '`## CBO:` headings, empty titles', make: (n) => fill(n, '', () => '## CBO:\n') },
  // One line as long as the file: a label's value.
  { name: 'one long labelled line', make: (n) => fill(n, PLAN + '- **Current Challenge**: ', (i) => 'the report ' + i + ' arrives late, ') + '\n' },
  // One line of digits and dates, for the number and date readers.
  { name: 'one long line of numbers and dates', make: (n) => fill(n, PLAN + '- **Baseline**: ', (i) => (i % 97) + '% as of 2026-09-' + String(1 + (i % 28)).padStart(2, '0') + '; ') + '\n' },
  // One long heading.
  { name: 'one long `## CBO:` heading', make: (n) => fill(n, '## CBO: ', (i) => 'word' + i + ' ') + '\n' },
  // A long paragraph of lines without labels under one CBO.
  { name: 'long paragraph, 60-char lines', make: (n) => fill(n, PLAN, (i) => 'Analysts in team ' + i + ' read the report every single morning\n') },
  // Nested lists, 20 deep, repeated.
  { name: 'lists nested 20 deep', make: (n) => fill(n, PLAN, (i) => { let s = ''; for (let d = 0; d < 20; d++) s += '  '.repeat(d) + '- **Baseline**: ' + (i + d) + '\n'; return s + '\n'; }) },
  // Labels nested under a label: the Secondary Metrics form, thousands of sub-bullets.
  { name: 'sub-bullets under one label', make: (n) => fill(n, PLAN + '- **Secondary Metrics**:\n', (i) => '  - Re-runs in team ' + i + '\n') },
  // Blockquotes nested 30 deep, repeated.
  { name: 'blockquotes nested 30 deep', make: (n) => fill(n, PLAN, (i) => '> '.repeat(30) + '- **Baseline**: ' + i + '\n\n') },
  // A table of many rows under one CBO.
  { name: 'one table of many rows', make: (n) => fill(n, PLAN + '| Team | Baseline | Target |\n| --- | --- | --- |\n', (i) => '| team ' + i + ' | ' + (i % 90) + '% | 95% |\n') },
  // Thousands of labelled bullets under one CBO, every field in turn.
  { name: 'labelled bullets under one CBO', make: (n) => fill(n, PLAN, (i) => LABELS[i % LABELS.length]! + ' ' + i + '\n') },
  // A plan that opts in to every checklist: the plan check reads the whole outline too.
  { name: 'template CBOs, all checklists', make: (n) => fill(n, '---\ncbo-checklists: [cbo-process, delivery, workshop-readiness]\n---\n# Plan\n\n', (i) => templateCbo(i)) },
  // Windows line breaks.
  { name: 'template CBOs, CRLF', make: (n) => fill(n, '# Plan\r\n\r\n', (i) => templateCbo(i).replace(/\n/g, '\r\n')) },
  // The template indented by one space throughout (Markdown allows up to three before a heading
  // or a bullet): every line after a bullet looks indented under it.
  { name: 'template CBOs, indented one space', make: (n) => fill(n, '# Plan\n\n', (i) => templateCbo(i).replace(/^(?=.)/gm, ' ')) },
  // The same, each outcome small: a plan of many ordinary CBOs.
  { name: 'template CBOs (control)', make: (n) => fill(n, '# Plan\n\n', (i) => templateCbo(i)) },
];

const LABELS = [
  '- **Current Challenge**: The report arrives late',
  '- **Primary Metric**: Reports ready before 8am (%)',
  '- **Baseline**: 30% as of 2026-09-30, team',
  '- **Target**: 95% by 2027-03-31, team',
  '- **Latest Measurement**: 41% as of 2026-10-31, team',
  '- **Hard Savings**: $40,000 a year, team',
  '- **Soft Savings**: 120 hours × $45, team',
  '- **Investment**: $20,000, team',
  '- **Critical Dependencies**: Nightly sales feed',
  '- **Key Assumptions**: Store count stays flat',
  '- **Owner**: Head of analytics',
];

function templateCbo(i: number): string {
  return `## CBO: Analysts in team ${i} get yesterday's sales report before 8am

### Success Metrics
- **Primary Metric**: Reports ready before 8am (%)
- **Baseline**: ${30 + (i % 40)}% as of 2026-09-30
- **Target**: 95%
- **Timeline**: by 2027-03-31

### Value Proposition
- **Hard Savings**: $${40 + (i % 9)},000 a year: fewer pricing errors
- **Investment**: $20,000

`;
}

/** YAML that fails to parse: the `yaml` library makes an Error for every problem it meets. */
export const HOSTILE_YAML: HostileCase[] = [
  // The robustness review's junk: seven problems a line, all inside the one document.
  { name: 'YAML, seven syntax errors a line', make: (n) => fillYaml(n, '  : : : - [ { ] }\n') },
  // Closing brackets: a problem each, after the document, and no value to count.
  { name: 'YAML, lines of closing brackets', make: (n) => fillYaml(n, ']]]]]]]]]]]]]]]]}}}}}}}}}}}}}}}}\n') },
  // Anchors with nothing to anchor: a problem each.
  { name: 'YAML, lines of bare anchors', make: (n) => fillYaml(n, '&a &b &c &d &e &f &g &h &i &j &k\n') },
];

function fillYaml(bytes: number, line: string): string {
  const head = 'cbo: 1\ntitle: Checkout without support calls\n';
  return head + line.repeat(Math.max(1, Math.round((bytes - head.length) / line.length)));
}
