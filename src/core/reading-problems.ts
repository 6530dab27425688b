// The findings that say a file, or a part of it, could not be read as written: a YAML syntax
// error, the size or alias limit, another encoding. One list for the lint (which keeps the first
// as found, `LintResult.unread`) and the portfolio (which says what it left out).
import { ENCODING_RULE_ID } from './encoding';
import type { RawFinding } from './finding';
import { LIMIT_RULE_ID, SYNTAX_RULE_ID } from './parse/yaml';

export const UNREADABLE_RULE_IDS: ReadonlySet<string> = new Set([SYNTAX_RULE_ID, LIMIT_RULE_ID, ENCODING_RULE_ID]);

/** The first finding that says the file, or part of it, could not be read. */
export function firstUnread<F extends RawFinding>(findings: readonly F[]): F | undefined {
  return findings.find((f) => UNREADABLE_RULE_IDS.has(f.ruleId));
}
