// Shared by the unit tests: lint text with a fixed clock and pick findings by rule.
import { resolveConfig, type CboConfig } from '../../src/core/config';
import type { Finding, Fix, Lang } from '../../src/core/finding';
import { lint, type DocKind, type LintCache } from '../../src/core/lint';
import { computeRoi } from '../../src/core/roi';

export const TODAY = '2026-11-22';

export function run(text: string, kind: DocKind = 'yaml', config: CboConfig = {}, lang: Lang = 'en', cache?: LintCache) {
  return lint(text, kind, resolveConfig(config, { today: TODAY, lang }), cache);
}

export function ids(findings: Finding[]): string[] {
  return findings.map((f) => f.ruleId);
}

export function only(findings: Finding[], ruleId: string): Finding[] {
  return findings.filter((f) => f.ruleId === ruleId);
}

/** A Markdown plan whose Value Proposition holds these labelled bullets ("**Hard Savings**: 40,000 EUR: one seat"). */
export const valuePlan = (lines: string[]): string => `## CBO: Agents answer refund questions on the first call\n\n### Value Proposition\n${lines.map((l) => `- ${l}\n`).join('')}`;

/** A plan's one value line, with an investment, read: the ROI's item, and value-item-incomplete's findings with the text each is on. */
export function valueLine(text: string, investment = '**Investment**: $60,000', lang: Lang = 'en') {
  const plan = valuePlan([text, investment]);
  const r = run(plan, 'markdown', {}, lang);
  const findings = only(r.findings, 'value-item-incomplete');
  return { roi: computeRoi(r.outcomes[0]!.value).items[0]!, findings, at: findings.map((f) => plan.slice(f.span.start, f.span.end)) };
}

/** A plan's Investment line beside one value line, read: the cost, and value-no-investment's findings with the text each is on. */
export function investmentLine(text: string, value = '**Hard Savings**: $100,000: contractor cost no longer paid', lang: Lang = 'en') {
  const plan = valuePlan([value, `**Investment**: ${text}`]);
  const r = run(plan, 'markdown', {}, lang);
  const findings = only(r.findings, 'value-no-investment');
  return { cost: r.outcomes[0]!.value!.investment?.value, findings, at: findings.map((f) => plan.slice(f.span.start, f.span.end)) };
}

/** A fix's snippet; '' for a fix of plain edits in several places, which has none. */
export const snippetOf = (fix: Fix | undefined): string => (fix && fix.kind !== 'edits' ? fix.snippet : '');

/** The text a finding points at. */
export function at(text: string, f: Finding): string {
  return text.slice(f.span.start, f.span.end);
}

/** A complete, valid outcome in the documented format (README, examples/checkout.cbo.yaml); tests change one thing at a time. */
export const GOOD_YAML = `cbo: 1
title: Returning customers finish checkout without calling support
category: operational-efficiency
owner: Head of Digital Channels
outcome:
  behavior: Returning customers finish checkout without calling support
metrics:
  primary:
    name: Checkout completion rate
    unit: "%"
    direction: increase
    baseline: { value: 62, asOf: 2026-09-30 }
    target: { value: 80, by: 2027-06-30 }
    measurements: [ { date: 2026-10-31, value: 66 } ]
value:
  currency: USD
  investment: 250000
  items:
    - { type: hard-savings, amount: 80000, assumption: "Two contractor seats are no longer needed", validated: true }
`;

/** A snippet body as a user gets it by pressing Tab through it: every default and first choice kept. */
export const expandSnippet = (body: readonly string[]): string =>
  body.join('\n').replace(/\$\{\d+\|([^,|]+)[^}]*\|\}/g, '$1').replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{\d+\}|\$0/g, '');

/** A Markdown plan's complete template CBO: every item the plan check reads from the CBOs is found in it. */
export const GOOD_CBO = `## CBO: Analysts get yesterday's sales report before 8am

### Business Context
- **Current Challenge**: The report arrives at 11am

### Success Metrics
- **Primary Metric**: Reports ready before 8am (%)
- **Baseline**: 40% as of 2026-09-30
- **Target**: 95%
- **Timeline**: by 2027-03-31

### Value Proposition
- **Financial Impact**: Fewer pricing errors

### Dependencies and Assumptions
- **Key Assumptions**: Store count stays flat
`;
