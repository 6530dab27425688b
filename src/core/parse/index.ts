// Parsing without rules: the document's outcome models and its parse and schema findings.
// For ROI, reports and views that need the models but not the wording checks.
import { append } from '../arrays';
import type { Lang, RawFinding } from '../finding';
import type { CboDocument, Outcome } from '../model';
import { parseMarkdown } from './markdown';
import { shiftFinding, shiftSpans } from './shift';
import { readYamlUnit, yamlUnits } from './yaml';
import { encodingFinding } from '../encoding';
import { withLfBreaks } from '../positions';
import { capFindings } from '../finding-cap';
import { MAX_VALUES_PER_FILE } from './yaml-values';

/** `today` (YYYY-MM-DD) dates the examples in the schema's messages; without it they give no date. */
export function parseDocument(input: string, kind: 'yaml' | 'markdown', lang: Lang = 'en', today?: string): { doc: CboDocument; findings: RawFinding[] } {
  const text = withLfBreaks(input);
  const foreign = encodingFinding(text, lang);
  if (foreign) return { doc: { kind, outcomes: [] }, findings: [foreign] };
  if (kind === 'markdown') {
    const r = parseMarkdown(text, lang, undefined, today);
    return { doc: { kind, outcomes: r.outcomes }, findings: capFindings(r.findings, lang) };
  }
  for (let units = yamlUnits(text), pass = 0; pass < 2; pass++) {
    const outcomes: Outcome[] = [];
    const findings: RawFinding[] = [];
    let whole = false;
    let valuesLeft = MAX_VALUES_PER_FILE;
    for (const u of units) {
      const r = readYamlUnit(u, lang, valuesLeft, today);
      if (r.needsWhole) {
        whole = true;
        break;
      }
      valuesLeft -= r.values;
      shiftSpans(r.outcomes, u.base);
      append(outcomes, r.outcomes);
      append(findings, r.findings.map((f) => shiftFinding(f, u.base)));
      if (r.stop) break;
    }
    if (!whole) {
      outcomes.forEach((o, i) => (o.index = i));
      return { doc: { kind, outcomes }, findings: capFindings(findings, lang) };
    }
    units = [{ base: 0, text, role: 'whole' }];
  }
  return { doc: { kind, outcomes: [] }, findings: [] };
}
