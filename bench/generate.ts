// Generated inputs for benchmarks and stress tests: CBO YAML in the documented format (README) and
// Markdown plans of template CBOs. Deterministic, so figures compare run to run.

const CATS = ['reduced-business-risk', 'esg', 'increased-revenue', 'operational-efficiency', 'experience', 'innovation'];

/**
 * One outcome as an `outcomes:` list item: 30 lines (2,000 of them make the issue's
 * 60,000-line file), or 40 with dependencies, assumptions and risks written out.
 */
export function yamlOutcome(i: number, long = false): string {
  return `  - cbo: 1
    title: Returning customers in region ${i} finish checkout without calling support
    category: ${CATS[i % CATS.length]}
    owner: Head of Digital Channels ${i}
    context:
      challenge: One in five checkouts in region ${i} ends in a support call
      strategicImportance: Self-service is this year's first priority
      stakeholderImpact: Support agents handle fewer routine calls
    workshop:
      current: [Customers call to confirm delivery dates]
      future: [Customers see a reliable delivery date at checkout]
      barriers: [Stock data is a day old]
      solutions: [Stream stock changes to the storefront]
    outcome:
      behavior: Returning customers finish checkout without calling support
      hypothesis: If customers see reliable dates, fewer of them call, so support cost falls
    metrics:
      primary:
        name: Checkout completion rate
        unit: "%"
        direction: increase
        baseline: { value: ${50 + (i % 20)}, asOf: 2026-09-30 }
        target: { value: ${75 + (i % 20)}, by: 2027-06-30 }
        measurements: [ { date: 2026-10-31, value: ${55 + (i % 20)} } ]
    value:
      currency: USD
      investment: ${100000 + i}
      items:
        - { type: hard-savings, amount: 80000, assumption: "Two contractor seats are no longer needed", validated: true }
        - { type: soft-savings, hours: 1200, rate: 45, assumption: "Agents spend 1,200 fewer hours a year on status calls" }
${long ? LONG_TAIL : ''}`;
}

const LONG_TAIL = `    dependencies:
      - Payments team exposes the order status API
      - Carrier tracking feed stays available
    assumptions:
      - Order volume stays at 2026 levels
      - Support staffing does not change
    risks:
      - Peak season freezes releases in November
      - Carrier feed outages
`;

/** `offset` shifts every number in the titles, for a variant no statement cache has seen. */
export function yamlFile(outcomes: number, offset = 0): string {
  let s = 'cbo: 1\noutcomes:\n';
  for (let i = 0; i < outcomes; i++) s += yamlOutcome(i + offset);
  return s;
}

/** One template CBO of about 25 lines. */
export function markdownOutcome(i: number): string {
  return `## CBO: Analysts in team ${i} get yesterday's sales report before 8am

### Business Context
- **Current Challenge**: The report for team ${i} arrives at 11am, after the morning meeting
- **Strategic Importance**: Daily pricing decisions depend on it
- **Stakeholder Impact**: Analysts and store managers

### Success Metrics
- **Primary Metric**: Reports ready before 8am (%)
- **Secondary Metrics**: Manual re-runs per week
- **Baseline**: ${30 + (i % 40)}% as of 2026-09-30
- **Target**: 95%
- **Timeline**: by 2027-03-31

### Value Proposition
- **Financial Impact**: Fewer pricing errors, about $${40 + (i % 9)}K a year
- **Operational Impact**: Six analyst hours a week saved

### Dependencies and Assumptions
- **Critical Dependencies**: Nightly sales feed
- **Key Assumptions**: Store count stays flat
- **Risk Factors**: Feed delays during peak season

`;
}

export function markdownPlan(lines: number, offset = 0): string {
  const parts = ['# Implementation plan\n\nThis plan lists the outcomes the programme is accountable for.\n\n'];
  let count = 4;
  for (let i = 0; count < lines; i++) {
    const o = markdownOutcome(i + offset);
    parts.push(o);
    count += o.split('\n').length - 1;
  }
  return parts.join('');
}

/**
 * An ordinary outcome with two info findings (no hypothesis: hypothesis-link; a value item not
 * yet validated: value-unvalidated), as teams write them early on.
 */
export function yamlOutcomeTwoInfo(i: number): string {
  return `  - title: Returning customers in store ${i} finish checkout without calling support
    outcome:
      behavior: Returning customers in store ${i} finish checkout without calling support
    metrics:
      primary: { name: Checkout completion rate ${i}, unit: "%", direction: increase, baseline: { value: 62, asOf: 2026-03-31 }, target: { value: 80, by: 2027-06-30 } }
    value:
      currency: USD
      investment: 1000
      items: [ { type: hard-savings, amount: 1500, assumption: "two seats" } ]
`;
}

/** An outcome with a mistake in nearly every field: eleven findings, most of them errors. */
export function yamlOutcomeErrors(i: number): string {
  return `  - { title: ${i}, metrics: { primary: { name: 1, unit: 2, direction: sideways, baseline: x, target: y } }, bogus${i}: 1 }\n`;
}

/** A file of `outcome(i)` items of about `bytes` characters. */
export function yamlFileOf(bytes: number, outcome: (i: number) => string): string {
  const parts = ['cbo: 1\noutcomes:\n'];
  let size = parts[0]!.length;
  for (let i = 0; size < bytes; i++) {
    const o = outcome(i);
    parts.push(o);
    size += o.length;
  }
  return parts.join('');
}
