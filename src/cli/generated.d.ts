// Types for the rule-page parts scripts/gen-rule-help.mjs writes at build time.
declare module '*/generated/rule-docs.js' {
  /** By rule id, every page in docs/rules/: the shape of RuleDocParts (./rule-doc-parts.ts). */
  export const RULE_DOCS: Record<string, { why: string; good: string; configure: string }>;
}
