// Parsing without rules: the document's outcome models and its parse and schema findings.
// For ROI, reports and views that need the models but not the wording checks.
import { append } from '../arrays';
import type { Lang, RawFinding } from '../finding';
import type { CboDocument, Outcome } from '../model';
import { parseMarkdown } from './markdown';
import { shiftFinding, shiftSpans } from './shift';
import { readYamlUnitSteps, wholeUnit, yamlUnits } from './yaml';
import { finish } from '../slices';
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
  const r = finish(yamlSteps(text, lang, today, (o) => o));
  return { doc: { kind, outcomes: r.items }, findings: capFindings(r.findings, lang) };
}

/**
 * A YAML file's outcomes, read one unit (outcome) at a time, with a pause after each (and within
 * a long unit, see parseYamlCountedSteps): what
 * `parseDocument` reads in one go, for a caller that must not hold the thread (the outline of a
 * file of thousands of outcomes). `keep` turns each unit's outcomes, already moved to their
 * place in the file and numbered, into what is kept, so the models need not outlive their unit.
 */
export function* yamlSteps<T>(text: string, lang: Lang, today: string | undefined, keep: (outcomes: Outcome[]) => T[]): Generator<void, { items: T[]; findings: RawFinding[] }> {
  for (let units = yamlUnits(text), pass = 0; pass < 2; pass++) {
    const items: T[] = [];
    const findings: RawFinding[] = [];
    let whole = false;
    let valuesLeft = MAX_VALUES_PER_FILE;
    let index = 0;
    for (const u of units) {
      const r = yield* readYamlUnitSteps(u, lang, valuesLeft, today);
      if (r.needsWhole) {
        whole = true;
        break;
      }
      valuesLeft -= r.values;
      shiftSpans(r.outcomes, u.base);
      for (const o of r.outcomes) o.index = index++;
      append(items, keep(r.outcomes));
      append(findings, r.findings.map((f) => shiftFinding(f, u.base)));
      if (r.stop) break;
      yield;
    }
    if (!whole) return { items, findings };
    units = [wholeUnit(text)];
  }
  return { items: [], findings: [] };
}
