// The per-document memo of lint results, one entry per outcome (see LintCache).
import type { PartHidden } from './finding-cap';
import type { RawFinding } from './finding';
import type { Outcome } from './model';
import { shiftFinding, shiftSpans } from './parse/shift';

/** What one cacheable unit produced, at the offset it had when it was computed. */
export interface Entry {
  /** What the text was read as (a YAML unit's role, a Markdown outcome's source): the same text read otherwise is another entry. */
  kind: string;
  /** The unit's text, the key (a slice of the document: no copy of its characters). */
  key: string;
  base: number;
  outcomes: readonly Outcome[];
  count: number;
  /** Outcomes with a title, a behaviour or a metric (for no-outcome; kept when models are not). */
  substantive: number;
  findings: readonly RawFinding[];
  used: number;
  /** Values the unit holds (countValues), against the file's value budget. */
  values: number;
  /** Findings of the unit left out by the per-rule cap (finding-cap.ts), no longer in `findings`. */
  hidden: PartHidden | undefined;
}

export type EntryParts = Pick<Entry, 'base' | 'outcomes' | 'count' | 'substantive' | 'findings' | 'values'>;

/**
 * Per-document memo of unit results, keyed by the unit's text. A keystroke changes one
 * outcome's text, so only that outcome is parsed and checked again; the others are moved
 * to their new offsets. Entries not used by the latest lint are dropped, so the cache
 * never holds more than the document's current outcomes.
 *
 * Lookups first try the entry that stood at the same place in the previous lint (a string
 * comparison), and fall back to the map (which hashes the whole text) only when outcomes
 * were added, removed or moved: hashing every outcome on every keystroke was most of the
 * cost of a re-lint.
 */
export class LintCache {
  private entries = new Map<string, Entry>();
  private previous: Entry[] = [];
  private current: Entry[] = [];
  private fingerprint = '';
  private generation = 0;
  hits = 0;
  misses = 0;
  /**
   * With `keepModels: false` only findings and counts are kept: what an editor needs for
   * diagnostics, at a fraction of the memory (models are rebuilt when a view asks).
   */
  readonly keepModels: boolean;
  constructor(options: { keepModels?: boolean } = {}) {
    this.keepModels = options.keepModels ?? true;
  }

  begin(fingerprint: string): number {
    if (fingerprint !== this.fingerprint) {
      this.entries.clear();
      this.previous = [];
      this.fingerprint = fingerprint;
    }
    this.hits = 0;
    this.misses = 0;
    this.current = [];
    return ++this.generation;
  }
  /** The entry for `key` read as `kind`, moved to `base`, unless there is none or `usable` turns it down. */
  take(kind: string, key: string, base: number, usable?: (e: Entry) => boolean): Entry | undefined {
    const i = this.current.length;
    const fresh = (e: Entry | undefined) => e !== undefined && e.key === key && e.used !== this.generation;
    const near = [this.previous[i], this.previous[i - 1], this.previous[i + 1]].find(fresh);
    const e = near ?? this.entries.get(key);
    // An entry already used in this lint belongs to an identical outcome earlier in the
    // file (a pasted template): moving it here would take it away from there.
    if (!e || e.kind !== kind || e.used === this.generation || (usable && !usable(e))) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    e.used = this.generation;
    this.current.push(e);
    if (e.base !== base) {
      const by = base - e.base;
      // Findings first, as new objects: they may point at the model's own span objects,
      // which shiftSpans then moves in place (in that order nothing moves twice).
      e.findings = e.findings.map((f) => shiftFinding(f, by));
      shiftSpans(e.outcomes, by);
      e.base = base;
    }
    return e;
  }
  put(kind: string, key: string, parts: EntryParts): Entry {
    // Findings keep their own span objects, never the model's, so moving one never moves the
    // other. Without models there is nothing to move them with.
    const findings = this.keepModels ? parts.findings.map(detach) : parts.findings;
    // Every entry made by this one literal, so all share one shape: entries spread from another
    // object each got a hidden class of their own (390 bytes an outcome, 2 MB for a 3 MB file).
    const e: Entry = { kind, key, base: parts.base, outcomes: parts.outcomes, count: parts.count, substantive: parts.substantive, findings, used: this.generation, values: parts.values, hidden: undefined };
    const old = this.entries.get(key);
    if (!old || old.used !== this.generation) this.entries.set(key, e);
    this.current.push(e);
    return e;
  }
  sweep(): void {
    for (const [k, e] of this.entries) if (e.used !== this.generation) this.entries.delete(k);
    this.previous = this.current;
    this.current = [];
  }
  get size(): number {
    return this.entries.size;
  }
}

/** The models of an entry that keeps none: one array for all (nothing adds to an entry's models). */
export const NO_OUTCOMES: readonly Outcome[] = Object.freeze([]);

function detach(f: RawFinding): RawFinding {
  return { ...f, span: { start: f.span.start, end: f.span.end } };
}
