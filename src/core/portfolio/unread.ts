// A CBO file that does not parse (a YAML syntax error, an alias bomb, a file in another
// encoding) gives the portfolio no outcomes. Left silent, a team's totals quietly shrink, so the
// CLI and the editor's view both name the file and the first reason.
import type { Lang, RawFinding } from '../finding';
import { ENCODING_RULE_ID } from '../encoding';
import { LIMIT_RULE_ID, SYNTAX_RULE_ID } from '../parse/yaml';
import { REPORT_WORDS } from '../report-words';

const UNREADABLE = new Set([SYNTAX_RULE_ID, LIMIT_RULE_ID, ENCODING_RULE_ID]);

/** The note for a file the parser could not read (in whole or in part), or undefined. */
export function unreadNote(findings: readonly RawFinding[], lang: Lang): { offset: number; message: string } | undefined {
  const first = findings.find((f) => UNREADABLE.has(f.ruleId));
  if (!first) return undefined;
  return { offset: first.span.start, message: REPORT_WORDS[lang].unreadFile(first.message.replace(/[.。]$/, '')) };
}
