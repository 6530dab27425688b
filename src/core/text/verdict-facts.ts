// What both languages' verdicts are given about a statement's numbers, and the shape of an answer.
import type { Q } from './statement-numbers';
import type { Reason, StatementVerdict, WordSpan } from './statement';

export interface Decision {
  verdict: StatementVerdict;
  reason: Reason;
}

export interface Facts {
  /** A level or a change on a scale (62 %, $1.2M, 90 seconds, half): measures a change. */
  scale: Q | undefined;
  /** A measure or a service standard, not all of a deliverable ("100% of workloads migrated"). */
  level: Q | undefined;
  /** A count of things or people. */
  count: Q | undefined;
  /** The count, or else the level: what a message quotes as "N counts the activity". */
  counted: Q | undefined;
  /** The sentence sets a standard that can be checked ("on the same day", "free of errors"). */
  standard: boolean;
  /** A span of the statement with its words. */
  tok: (t: { start: number; end: number }) => WordSpan;
  /** A reason with the counted number attached, unless a scale measures the change. */
  withCount: (r: Reason) => Reason;
}

/** The span of a match's group (the first one that took part), which ends where the match ends. */
export function lastGroup(m: RegExpExecArray): WordSpan {
  const g = m.slice(1).find((x) => x !== undefined) ?? m[0];
  return { start: m.index + m[0].length - g.length, end: m.index + m[0].length, word: g };
}

/** The span of a whole match. */
export function matchSpan(m: RegExpExecArray): WordSpan {
  return { start: m.index, end: m.index + m[0].length, word: m[0] };
}

/** The span of group 1 of a match made with the `d` flag (a pattern whose group is not at its end). */
export function group1(m: RegExpExecArray): WordSpan {
  const at = m.indices?.[1];
  return at ? { start: at[0], end: at[1], word: m[1]! } : matchSpan(m);
}
