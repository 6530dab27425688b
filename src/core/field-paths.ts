// Where each Markdown template label lives in the CBO schema, so hovers on both forms (a YAML
// key, a `- **Baseline**:` label) share one explanation. Used by the extension and the
// language server.
import type { Field } from './parse/markdown-labels';

export const FIELD_SCHEMA_PATH: Partial<Record<Field, string[]>> = {
  challenge: ['context', 'challenge'],
  strategicImportance: ['context', 'strategicImportance'],
  stakeholderImpact: ['context', 'stakeholderImpact'],
  primary: ['metrics', 'primary', 'name'],
  secondary: ['metrics', 'secondary'],
  baseline: ['metrics', 'primary', 'baseline'],
  target: ['metrics', 'primary', 'target'],
  timeline: ['metrics', 'primary', 'target', 'by'],
  dependencies: ['dependencies'],
  assumptions: ['assumptions'],
  risks: ['risks'],
  behavior: ['outcome', 'behavior'],
  hypothesis: ['outcome', 'hypothesis'],
  category: ['category'],
  owner: ['owner'],
  account: ['account'],
  measurements: ['metrics', 'primary', 'measurements'],
  current: ['workshop', 'current'],
  future: ['workshop', 'future'],
  barriers: ['workshop', 'barriers'],
  solutions: ['workshop', 'solutions'],
  financial: ['value'],
  operational: ['value'],
  strategic: ['value'],
  riskMitigation: ['value'],
};
