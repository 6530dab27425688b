// A finding is what every rule, the schema check and the parsers produce. It carries
// offsets (for caching and fixes) and 0-based line/character (for hosts); hosts and the
// CLI only add 1 or wrap them, so positions are computed in exactly one place (lint.ts).
import type { Span } from './model';

export type Severity = 'error' | 'warning' | 'info';
export type SeverityOrOff = Severity | 'off';
export type Scope = 'wording' | 'structure' | 'schema' | 'value';
export type Lang = 'en' | 'ko';

export interface Position {
  line: number;
  character: number;
}

/** Data a quick fix needs; the host turns it into an edit without re-linting. */
export type Fix =
  | { kind: 'insert'; offset: number; snippet: string; title: string }
  | { kind: 'replace'; span: Span; snippet: string; title: string }
  /**
   * Several places changed at once, one undo step (a figure and the words that explain it):
   * plain text, no tab stops, each span of the text before any edit, none overlapping.
   */
  | { kind: 'edits'; edits: TextEdit[]; title: string };

export interface TextEdit {
  span: Span;
  text: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  span: Span;
  start: Position;
  end: Position;
  fix?: Fix;
  /** Rule-specific data (e.g. the matched word) for code actions such as "add to vocabulary". */
  data?: Record<string, string | number>;
}

/** A finding before positions and severity are applied. */
export interface RawFinding {
  ruleId: string;
  message: string;
  span: Span;
  fix?: Fix;
  data?: Record<string, string | number>;
  /** Overrides the rule's default severity for this one finding (e.g. info for a soft case). */
  severity?: Severity;
}
