// Moving spans: a model or finding read from a piece of a document (one outcome of a YAML
// list, a ```cbo block in a plan) carries offsets into that piece; these move them to the
// document's own.
import type { RawFinding } from '../finding';

export function shiftFinding(f: RawFinding, by: number): RawFinding {
  return { ...f, span: { start: f.span.start + by, end: f.span.end + by }, ...(f.fix ? { fix: shiftFix(f.fix, by) } : {}) };
}

function shiftFix(fix: NonNullable<RawFinding['fix']>, by: number): NonNullable<RawFinding['fix']> {
  if (fix.kind === 'insert') return { ...fix, offset: fix.offset + by };
  if (fix.kind === 'edits') return { ...fix, edits: fix.edits.map((e) => ({ span: { start: e.span.start + by, end: e.span.end + by }, text: e.text })) };
  return { ...fix, span: { start: fix.span.start + by, end: fix.span.end + by } };
}

/** Moves every span and insertion point of a model by `by` characters, in place. */
export function shiftSpans(node: unknown, by: number): void {
  if (by === 0 || !node || typeof node !== 'object') return;
  const seen = new Set<object>();
  const visit = (x: unknown): void => {
    if (!x || typeof x !== 'object' || seen.has(x)) return;
    seen.add(x);
    if (Array.isArray(x)) {
      for (const i of x) visit(i);
      return;
    }
    const r = x as Record<string, unknown>;
    if (typeof r.start === 'number' && typeof r.end === 'number') {
      r.start = (r.start as number) + by;
      r.end = (r.end as number) + by;
      return;
    }
    if (typeof r.offset === 'number' && typeof r.indent === 'string') {
      r.offset = (r.offset as number) + by;
      return;
    }
    for (const k in r) visit(r[k]);
  };
  visit(node);
}
