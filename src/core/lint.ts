// The one entry point for lint, shared by the extension and the CLI:
//   lint(text, kind, config, cache?, options?) -> { findings, outcomes }
// Pure: the caller reads files and config; the clock comes in through config.today.
import { append } from './arrays';
import type { ResolvedConfig } from './config';
import type { Finding, RawFinding, SeverityOrOff } from './finding';
import type { Outcome } from './model';
import { parseMarkdown } from './parse/markdown';
import { shiftFinding, shiftSpans } from './parse/shift';
import { LIMIT_RULE_ID, readYamlUnitSteps, SYNTAX_RULE_ID, wholeUnit, yamlUnits, type Unit } from './parse/yaml';
import { CHECKLIST_RULE_ID, checklistFindings, frontMatterFindings } from './checklist/diagnostics';
import { readDirectives, suppressed } from './directives';
import { forgetLineStarts, LineIndex, sharedLineStarts, withLfBreaks } from './positions';
import { encodingFinding, nulFinding, replacementFinding } from './encoding';
import { firstUnread } from './reading-problems';
import { tooLargeMessage } from './file-size';
import { BUILTIN_FINDINGS } from './rules/builtin-findings';
import { RULES } from './rules/index';
import { isHollow, meta as noOutcome, noOutcomeFinding } from './rules/no-outcome';
import { runOutcomeRules } from './outcome-rules';
import { FindingBudget, isMore } from './finding-cap';
import { LintCache, NO_OUTCOMES, type Entry } from './lint-cache';
import { MAX_VALUES_PER_FILE } from './parse/yaml-values';
import { finish } from './slices';

export { LintCache } from './lint-cache';

export type DocKind = 'yaml' | 'markdown';

export interface LintResult {
  findings: Finding[];
  /** The outcome models, unless the cache was made with `keepModels: false`. */
  outcomes: Outcome[];
  outcomeCount: number;
  /**
   * The first reading problem (a YAML syntax error, the size or alias limit, another encoding)
   * as found, whatever the config or a cbo-disable comment makes of its finding: a portfolio
   * says what it left out even where `yaml-syntax: off` hides the finding.
   */
  unread?: RawFinding;
}

const META = new Map<string, { defaultSeverity: SeverityOrOff }>([...BUILTIN_FINDINGS, ...RULES].map((r) => [r.id, r]));

export function kindOf(fileName: string): DocKind | undefined {
  if (/\.(ya?ml)$/i.test(fileName)) return 'yaml';
  if (/\.(md|markdown|mdx?)$/i.test(fileName)) return 'markdown';
  return undefined;
}

/** What a host that read the file itself knows beyond its text. */
export interface LintOptions {
  /**
   * Where decoding the file's bytes as UTF-8 made U+FFFD (`undecodableBytes`), in `text`'s
   * offsets: `replacement-character` then counts and points at those only, and a file whose
   * every � was written there draws none. Without it (an editor has only the text) every � counts.
   */
  undecodable?: readonly number[];
}

export function lint(text: string, kind: DocKind, config: ResolvedConfig, cache?: LintCache, options: LintOptions = {}): LintResult {
  return finish(lintSteps(text, kind, config, cache, options));
}

/**
 * The same work as `lint`, in steps: it yields after each outcome (and, in YAML, every few
 * thousand pieces of a long one's parse: parseYamlCountedSteps), so a host can spread
 * the first lint of a large file over several turns of its event loop (and drop it when
 * a newer edit arrives) instead of blocking for the whole file.
 */
export function* lintSteps(text: string, kind: DocKind, config: ResolvedConfig, cache?: LintCache, options: LintOptions = {}): Generator<void, LintResult> {
  const c = cache ?? new LintCache();
  c.begin(config.fingerprint);
  const raw: RawFinding[] = [];
  const outcomes: Outcome[] = [];
  let count = 0;
  // Lone CRs end lines too (positions.ts); as LF, the same length, every parser agrees.
  const src = withLfBreaks(text);
  // Too large, or no text the engine reads: one finding, and nothing else is checked.
  const refused = text.length > config.maxFileBytes ? tooLarge(text, config) : encodingFinding(src, config.lang);
  if (refused) {
    raw.push(refused);
  } else {
    const notUtf8 = replacementFinding(src, config.lang, ofThisText(src, options.undecodable));
    if (notUtf8) raw.push(notUtf8);
    const nul = nulFinding(src, config.lang);
    if (nul) raw.push(nul);
    count = kind === 'yaml' ? yield* lintYaml(src, config, c, raw, outcomes) : yield* lintMarkdown(src, config, c, raw, outcomes);
  }
  c.sweep();
  outcomes.forEach((o, i) => (o.index = i));
  try {
    const unread = firstUnread(raw);
    const findings = finalize(src, raw, config, kind);
    return unread ? { findings, outcomes, outcomeCount: count, unread } : { findings, outcomes, outcomeCount: count };
  } finally {
    forgetLineStarts();
  }
}

/**
 * The offsets, if each holds a � of `text`: offsets of other bytes than the text's (a file changed
 * between two reads, a decoder that disagrees) would point beside it, and the text's own count is
 * the better answer then.
 */
function ofThisText(text: string, undecodable: readonly number[] | undefined): readonly number[] | undefined {
  return undecodable?.every((i) => text[i] === '\uFFFD') ? undecodable : undefined;
}

function* lintYaml(text: string, config: ResolvedConfig, c: LintCache, raw: RawFinding[], outcomes: Outcome[]): Generator<void, number> {
  let units = yamlUnits(text);
  for (let pass = 0; pass < 2; pass++) {
    const found: RawFinding[] = [];
    const got: Outcome[] = [];
    const budget = new FindingBudget(config.lang);
    let count = 0;
    let substantive = 0;
    let values = 0;
    let needsWhole = false;
    for (const unit of units) {
      let e = c.take(unit.role, unit.text, unit.base, (x) => values + x.values <= MAX_VALUES_PER_FILE && budget.fits(x.findings, x.hidden));
      if (!e) {
        const computed = yield* compute(unit, config, c, MAX_VALUES_PER_FILE - values);
        if (computed === 'whole') {
          needsWhole = true;
          break;
        }
        if (!('key' in computed)) {
          // The file's value budget ran out here: nothing from this unit on is read.
          budget.add(computed.findings, found);
          break;
        }
        e = computed;
        yield;
      }
      collect(e, budget, found);
      append(got, e.outcomes);
      count += e.count;
      substantive += e.substantive;
      values += e.values;
    }
    if (!needsWhole) {
      append(raw, found);
      append(raw, budget.summaries());
      append(outcomes, got);
      // A file that parsed and holds no outcome (empty, comments, `outcomes: []`, no title or metric).
      if (substantive === 0 && config.severity(noOutcome.id, noOutcome.defaultSeverity) !== 'off' && !found.some((f) => f.ruleId === SYNTAX_RULE_ID || f.ruleId === LIMIT_RULE_ID)) {
        raw.push(noOutcomeFinding(text, config.lang));
      }
      return count;
    }
    // An alias points across outcomes: read the file as one unit.
    units = [wholeUnit(text)];
  }
  return 0;
}

/** Adds an entry's findings within the file's per-rule budget; an entry cut by it keeps only what was listed. */
function collect(e: Entry, budget: FindingBudget, found: RawFinding[]): void {
  const cut = budget.add(e.findings, found, e.hidden);
  if (!cut) return;
  e.findings = cut.keep;
  e.hidden = cut.hidden;
}

/** The unit read and checked, and kept in the cache; 'whole' when it must be read with the whole file; its findings alone when the file's value budget ran out in it. */
function* compute(unit: Unit, config: ResolvedConfig, c: LintCache, valuesLeft: number): Generator<void, Entry | 'whole' | { findings: RawFinding[] }> {
  const r = yield* readYamlUnitSteps(unit, config.lang, valuesLeft, config.today);
  if (r.needsWhole) return 'whole';
  const findings = r.findings.map((f) => (unit.base ? shiftFinding(f, unit.base) : f));
  if (r.stop) return { findings };
  shiftSpans(r.outcomes, unit.base);
  for (const o of r.outcomes) runOutcomeRules(o, config, findings);
  const substantive = r.outcomes.filter((o) => !isHollow(o)).length;
  return c.put(unit.role, unit.text, { base: unit.base, outcomes: c.keepModels ? r.outcomes : NO_OUTCOMES, count: r.outcomes.length, substantive, findings, values: r.values });
}

function* lintMarkdown(text: string, config: ResolvedConfig, c: LintCache, raw: RawFinding[], outcomes: Outcome[]): Generator<void, number> {
  const r = parseMarkdown(text, config.lang, sharedLineStarts, config.today);
  const budget = new FindingBudget(config.lang);
  budget.add(r.findings, raw);
  budget.add(frontMatterFindings(text, config.extraChecklists ?? [], config.lang), raw);
  yield;
  for (const o of r.outcomes) {
    if (c.keepModels) outcomes.push(o);
    const key = text.slice(o.span.start, o.span.end);
    const hit = c.take(o.source, key, o.span.start, (x) => budget.fits(x.findings, x.hidden));
    if (hit) {
      o.strings = []; // as runOutcomeRules leaves it: the same model, hit or miss
      collect(hit, budget, raw);
      continue;
    }
    const found: RawFinding[] = [];
    runOutcomeRules(o, config, found);
    collect(c.put(o.source, key, { base: o.span.start, outcomes: NO_OUTCOMES, count: 1, substantive: 1, findings: found, values: 0 }), budget, raw);
    yield;
  }
  // After the outcomes' rules, on the outcomes read above: the checklists' 'smart' item runs the
  // rules on each outcome, which empties its strings, and the plan was once read a second time
  // for them. A budget per rule, and the findings sorted at the end, so the order changes nothing.
  if (config.severity(CHECKLIST_RULE_ID, 'warning') !== 'off') budget.add(checklistFindings(text, config, config.planChecklists, config.extraChecklists, r.outcomes), raw);
  append(raw, budget.summaries());
  return r.outcomes.length;
}

/**
 * Findings made without `lint` (parseDocument's reading problems, for `cbo roi` and `cbo
 * report`) as `lint` shows them: the config's severities, `off` dropped, allowed words and
 * cbo-disable comments applied. A reading problem a team switched off must not fail a command
 * that `cbo check` passes.
 */
export function asLintShows(text: string, raw: RawFinding[], kind: DocKind, config: ResolvedConfig): Finding[] {
  try {
    return finalize(withLfBreaks(text), raw, config, kind);
  } finally {
    forgetLineStarts();
  }
}

function tooLarge(text: string, config: ResolvedConfig): RawFinding {
  const nl = text.indexOf('\n');
  return {
    ruleId: LIMIT_RULE_ID,
    message: tooLargeMessage(text.length, config.maxFileBytes, config.lang),
    span: { start: 0, end: nl < 0 ? Math.min(text.length, 200) : nl },
    // About the whole file: a line comment above line 1 would not silence it.
    data: { scope: 'file' },
  };
}

/**
 * One finding per spot: a template prompt left in a value ("asOf: YYYY-MM-DD", "Baseline:
 * value today") is reported as a placeholder, and the schema's "must be a date" or a
 * structure rule's "no number" on the same value says nothing more.
 */
function onePerSpot(fs: Finding[]): Finding[] {
  const holes = fs.filter((f) => f.ruleId === 'no-placeholder').map((f) => f.span).sort((a, b) => a.start - b.start);
  if (!holes.length) return fs;
  const overlaps = (s: { start: number; end: number }): boolean => {
    // The last hole starting before the span ends; holes do not nest, so it is the one to test.
    let lo = 0;
    let hi = holes.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (holes[mid]!.start < Math.max(s.end, s.start + 1)) {
        at = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return at >= 0 && holes[at]!.end > s.start;
  };
  // value-no-investment repeats a placeholder only on the investment's own line; elsewhere (the
  // value block's first line, when no investment is written) it says something of its own.
  // A summary of findings not listed sits on the last one listed and says something of its own.
  return fs.filter((f) => f.ruleId === 'no-placeholder' || !ONE_PER_SPOT.has(f.ruleId) || isMore(f) || (f.ruleId === 'value-no-investment' && f.data?.on !== 'investment') || !overlaps(f.span));
}

/** Rules whose finding on a placeholder's spot only repeats it. */
const ONE_PER_SPOT = new Set(['schema', 'missing-baseline', 'missing-target', 'missing-deadline', 'target-not-quantified', 'impossible-date', 'hypothesis-link', 'value-no-investment', 'value-item-incomplete', 'unknown-category']);

function finalize(text: string, raw: RawFinding[], config: ResolvedConfig, kind: DocKind): Finding[] {
  if (raw.length === 0) return [];
  const lines = new LineIndex(text, true);
  const out: Finding[] = [];
  for (const f of raw) {
    const fallback = f.severity ?? META.get(f.ruleId)?.defaultSeverity ?? 'warning';
    const severity = config.severity(f.ruleId, fallback);
    if (severity === 'off') continue;
    if (config.allow.size && typeof f.data?.word === 'string' && config.allow.has(f.data.word.toLowerCase())) continue;
    const start = Math.max(0, Math.min(f.span.start, text.length));
    const end = Math.max(start, Math.min(f.span.end, text.length));
    out.push({
      ruleId: f.ruleId,
      severity,
      message: f.message,
      // The raw finding's own span when it needs no clamping (nothing moves it in place), one object fewer a finding.
      span: start === f.span.start && end === f.span.end ? f.span : { start, end },
      start: lines.position(start),
      end: lines.position(end),
      ...(f.fix ? { fix: f.fix } : {}),
      ...(f.data ? { data: f.data } : {}),
    });
  }
  const d = readDirectives(text, lines, kind);
  const kept = onePerSpot(d ? out.filter((f) => !suppressed(f, d)) : out);
  return kept.sort((a, b) => a.span.start - b.span.start || a.ruleId.localeCompare(b.ruleId));
}
