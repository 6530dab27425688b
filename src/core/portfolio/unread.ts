// What a portfolio leaves out, and says so. A CBO file that does not parse (a YAML syntax error,
// an alias bomb, a file in another encoding) gives no outcomes: left silent, a team's totals
// quietly shrink. An outcome whose title is still the template's prompt is a draft nobody has
// written yet: counted, its placeholder account and blank figures would show as a real account
// with 0.00 claimed. A file with errors (an impossible date, a field the schema refuses) stays
// in the figures, and is named with its count of errors: its figures may be wrong, but left out
// the totals would shrink without a word, and most errors (a misspelt optional key) touch no
// figure at all. The CLI and the editor's view both name the file and the reason.
import type { Finding, Lang, RawFinding } from '../finding';
import type { Outcome } from '../model';
import { templatePrompts } from '../snippets/prompts';
import { firstUnread, UNREADABLE_RULE_IDS } from '../reading-problems';
import { REPORT_WORDS } from '../report-words';
import { tooLargeMessage } from '../file-size';
import { CAVEATS } from '../report-caveats';
import { standsFor } from '../finding-cap';
import { SCHEMA_RULE_ID } from '../schema';

export { firstUnread };

/**
 * Reading problems: the file, or a part of it, was not read as written (what parseDocument finds,
 * and what `cbo report FILE` exits 1 on when cbo check reports it as an error).
 */
export const READING_RULE_IDS: ReadonlySet<string> = new Set([...UNREADABLE_RULE_IDS, SCHEMA_RULE_ID]);

/** Some finding is a reading problem that cbo check reports as an error (the config's severities applied). */
export function hasReadingError(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error' && READING_RULE_IDS.has(f.ruleId));
}

/**
 * The note for a file the parser could not read, or undefined. `readSome`: outcomes were read
 * from the rest of it (a broken ```cbo block in a plan), so only that part is missing.
 */
function unreadNote(first: RawFinding | undefined, lang: Lang, readSome = false): { offset: number; message: string } | undefined {
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
 * The note for a file whose counted outcomes come with errors (as cbo check counts them: `lint`'s
 * findings, the config's severities and cbo-disable comments applied), at the first error.
 * `where` says how to see them ("run cbo check FILE", or the editor's Problems).
 */
function errorsNote(findings: readonly Finding[], lang: Lang, where: string, unread: boolean): { offset: number; message: string } | undefined {
  // A reading error the unread note already says is not counted twice at the same line.
  const errors = findings.filter((f) => f.severity === 'error' && !(unread && UNREADABLE_RULE_IDS.has(f.ruleId)));
  if (!errors.length) return undefined;
  // A summary of errors not listed counts as the errors it stands for.
  let n = 0;
  for (const f of errors) n += standsFor(f);
  return { offset: errors[0]!.span.start, message: CAVEATS[lang].fileErrors(n, where) };
}

// Findings that mean a figure is left out of the totals (an item counted as 0, an investment
// written but not counted, an amount too large to count): named whatever their severity, since a
// warning here changes a team's total as much as an error. An investment not written at all
// (`value-no-investment` without `on: investment`) leaves nothing out: the value still counts.
const LEAVES_FIGURE_OUT: ReadonlySet<string> = new Set(['value-item-incomplete', 'value-no-investment', 'value-too-large']);
const leavesFigureOut = (f: Finding) => LEAVES_FIGURE_OUT.has(f.ruleId) && (f.ruleId !== 'value-no-investment' || f.data?.on === 'investment');
// A money line or assumption read from its first 2,000 characters only: its figure counts, from
// what that start says, which may not be what the whole text gives. Named as a figure left out is.
const readInPart = (f: Finding) => f.ruleId === 'value-text-too-long';

type Note = { offset: number; message: string } | undefined;

/**
 * The note for the findings `picked` that are no error (errors are said in the errors note), at
 * the first, `message` given their count.
 */
function findingsNote(findings: readonly Finding[], picked: (f: Finding) => boolean, message: (n: number) => string): Note {
  const out = findings.filter((f) => picked(f) && f.severity !== 'error');
  if (!out.length) return undefined;
  let n = 0;
  for (const f of out) n += standsFor(f);
  return { offset: out[0]!.span.start, message: message(n) };
}

/**
 * What a portfolio takes from one linted file: the outcomes it counts, and a note for each thing
 * it left out (the unreadable part, the drafts) or may have wrong (its errors, when `where` says
 * how to see them and some outcome is counted), at its offset. `reading`: the lint's `unread`.
 * Shared by the CLI and the editor.
 */
export function portfolioPart(outcomes: Outcome[], findings: readonly Finding[], lang: Lang, where?: string, reading?: RawFinding): { kept: Outcome[]; notes: { offset: number; message: string }[] } {
  const { kept, note } = withoutDrafts(outcomes, lang);
  const n = fileNotes(outcomes.length > 0, kept.length > 0, findings, lang, where, reading);
  return { kept, notes: [n.unread, note, n.errors, n.figures, n.inPart].filter((x): x is { offset: number; message: string } => x !== undefined) };
}

/**
 * The notes a report of one file carries, as the portfolio names that file: the unreadable part,
 * its errors, the value figures its totals leave out or read from a text's start. Not the drafts: a report of the file shows
 * every outcome it holds, as written.
 */
export function reportCaveats(outcomes: Outcome[], findings: readonly Finding[], lang: Lang, where: string, reading?: RawFinding): { offset: number; message: string }[] {
  const n = fileNotes(outcomes.length > 0, outcomes.length > 0, findings, lang, where, reading);
  return [n.unread, n.errors, n.figures, n.inPart].filter((x): x is { offset: number; message: string } => x !== undefined);
}

/** `read`: some outcome was read; `counted`: some is counted (its errors could make it wrong). */
function fileNotes(read: boolean, counted: boolean, findings: readonly Finding[], lang: Lang, where?: string, reading?: RawFinding): { unread: Note; errors: Note; figures: Note; inPart: Note } {
  // The reading problem as found (`LintResult.unread`), else the findings' own: a config that
  // switches `yaml-syntax` off must not make a broken file leave the portfolio in silence.
  const unread = unreadNote(reading ?? firstUnread(findings), lang, read);
  // Nothing counted, nothing the errors could make wrong: the note on why is enough.
  const errors = where !== undefined && counted ? errorsNote(findings, lang, where, unread !== undefined) : undefined;
  // Errors among them are in the errors note already; warnings and info would be said nowhere.
  const figures = where !== undefined && counted ? findingsNote(findings, leavesFigureOut, (n) => CAVEATS[lang].figuresLeftOut(n, where)) : undefined;
  const inPart = where !== undefined && counted ? findingsNote(findings, readInPart, (n) => CAVEATS[lang].figuresReadInPart(n, where)) : undefined;
  return { unread, errors, figures, inPart };
}

/**
 * The outcomes some finding of which is an error (as cbo check counts them: the config's
 * severities applied): figures a report should not hold up as its best, since they may be wrong.
 */
export function outcomesWithErrors(outcomes: readonly Outcome[], findings: readonly Finding[]): Set<Outcome> {
  // Sorted starts and a binary search per outcome: a file can hold 80,000 outcomes and as many errors.
  const starts = findings.filter((f) => f.severity === 'error').map((f) => f.span.start).sort((a, b) => a - b);
  const out = new Set<Outcome>();
  for (const o of outcomes) {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < o.span.start) lo = mid + 1;
      else hi = mid;
    }
    if (lo < starts.length && starts[lo]! <= o.span.end) out.add(o);
  }
  return out;
}
