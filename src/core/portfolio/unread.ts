// What a portfolio leaves out, and says so. A CBO file that does not parse (a YAML syntax error,
// an alias bomb, a file in another encoding) gives no outcomes: left silent, a team's totals
// quietly shrink. An outcome whose title is still the template's prompt is a draft nobody has
// written yet: counted, its placeholder account and blank figures would show as a real account
// with 0.00 claimed. The CLI and the editor's view both name the file and the reason.
import type { Lang, RawFinding } from '../finding';
import type { Outcome } from '../model';
import { templatePrompts } from '../snippets/prompts';
import { ENCODING_RULE_ID } from '../encoding';
import { LIMIT_RULE_ID, SYNTAX_RULE_ID } from '../parse/yaml';
import { REPORT_WORDS } from '../report-words';
import { tooLargeMessage } from '../file-size';

const UNREADABLE = new Set([SYNTAX_RULE_ID, LIMIT_RULE_ID, ENCODING_RULE_ID]);

/**
 * The note for a file the parser could not read, or undefined. `readSome`: outcomes were read
 * from the rest of it (a broken ```cbo block in a plan), so only that part is missing.
 */
function unreadNote(findings: readonly RawFinding[], lang: Lang, readSome = false): { offset: number; message: string } | undefined {
  const first = findings.find((f) => UNREADABLE.has(f.ruleId));
  if (!first) return undefined;
  const w = REPORT_WORDS[lang];
  return { offset: first.span.start, message: (readSome ? w.unreadPart : w.unreadFile)(first.message.replace(/[.。]$/, '')) };
}

/**
 * The note for a file over maxFileBytes, which a portfolio leaves unparsed as cbo check does (a
 * 17 MB file took 4.8 s and 232 MB to parse). Said as an unreadable file is.
 */
export function tooLargeNote(length: number, max: number, lang: Lang): string {
  return REPORT_WORDS[lang].unreadFile(tooLargeMessage(length, max, lang).replace(/[.。]$/, ''));
}

let prompts: Set<string> | undefined;

/** An outcome still titled with one of our templates' prompts ("Who does what differently, measured"). */
function isTemplateDraft(o: Outcome): boolean {
  prompts ??= new Set(templatePrompts());
  const title = o.title?.value.trim();
  return !!title && prompts.has(title);
}

/** The outcomes a portfolio counts, and a note on the drafts it left out (if any). */
function withoutDrafts(outcomes: Outcome[], lang: Lang): { kept: Outcome[]; note?: { offset: number; message: string } } {
  const drafts = outcomes.filter(isTemplateDraft);
  if (!drafts.length) return { kept: outcomes };
  return { kept: outcomes.filter((o) => !isTemplateDraft(o)), note: { offset: drafts[0]!.anchor.start, message: REPORT_WORDS[lang].draftsLeftOut(drafts.length) } };
}

/**
 * What a portfolio takes from one parsed file: the outcomes it counts, and a note for each thing
 * it left out (the unreadable part, the drafts), at its offset. Shared by the CLI and the editor.
 */
export function portfolioPart(outcomes: Outcome[], findings: readonly RawFinding[], lang: Lang): { kept: Outcome[]; notes: { offset: number; message: string }[] } {
  const unread = unreadNote(findings, lang, outcomes.length > 0);
  const { kept, note } = withoutDrafts(outcomes, lang);
  return { kept, notes: [unread, note].filter((n): n is { offset: number; message: string } => n !== undefined) };
}
