// Reads CBO YAML into outcome models plus parse and schema findings. Multi-outcome files
// are read one `outcomes:` item at a time (see yaml-split.ts), which makes results
// cacheable per outcome and keeps a broken outcome from hiding the others.
import { append } from '../arrays';
import type { Document } from 'yaml';
import { isMap, isScalar, isSeq } from './yaml-api';
import type { Lang, RawFinding } from '../finding';
import type { Outcome, Span } from '../model';
import { fileSchemaFindings, outcomeSchemaFindings } from '../schema';
import { buildOutcome } from './yaml-outcome';
import { AliasBudgetExceeded, get, locate, MAX_ALIAS_EXPANSIONS, toPlain, type Walker } from './yaml-nodes';
import { formatNumber } from '../money';
import { blankLinesFrom, pastBlankLines, splitOutcomes } from './yaml-split';
import { isStackOverflow, parseYamlCountedSteps } from './yaml-parse';
import { finish } from '../slices';
import { MAX_SYNTAX_ERRORS, SYNTAX_ERRORS_READ } from '../finding-cap';
import { duplicateKeys, mergeProblems } from './yaml-duplicates';
import { clampToText, syntaxFindings } from './yaml-errors';
import { LIMIT_RULE_ID } from './yaml-ids';
import { countValues, lexedValues, MAX_VALUES_PER_FILE, MAX_VALUES_PER_PART, tooManyValues } from './yaml-values';

export { LIMIT_RULE_ID, SYNTAX_RULE_ID } from './yaml-ids';

/** A piece of the document whose result depends on its own text only. */
export interface Unit {
  /** Offset of the unit in the document; everything inside is relative to it. */
  base: number;
  text: string;
  /** 'outcome' units hold one `outcomes:` item; 'whole' the entire file; 'top' the file's own keys. */
  role: 'outcome' | 'whole' | 'top';
}

export interface UnitResult {
  outcomes: Outcome[];
  findings: RawFinding[];
  /** Set when the unit could not be read alone (an alias to another outcome). */
  needsWhole?: boolean;
  /** Values counted in the unit (countValues), against the file's budget. */
  values: number;
  /** The file's value budget ran out in this unit: it was not read, and no unit after it is. */
  stop?: boolean;
}

/**
 * Cuts the file into units. One unit when it holds a single outcome. The blank lines before the
 * file's first line of text, and those between `outcomes:` and its first item, are in no unit:
 * outside every value, they change nothing the parser makes of the text, and the parser reads a
 * line break at a time (a megabyte of blank lines took it a second).
 */
export function yamlUnits(text: string): Unit[] {
  const split = splitOutcomes(text);
  if (!split) return [wholeUnit(text)];
  const from = pastBlankLines(text, 0, split.header.end);
  const units: Unit[] = [{ base: from, text: text.slice(from, blankLinesFrom(text, from, split.header.end)), role: 'top' }];
  for (const s of split.items) units.push({ base: s.start, text: text.slice(s.start, s.end), role: 'outcome' });
  if (split.trailer) units.push({ base: split.trailer.start, text: text.slice(split.trailer.start, split.trailer.end), role: 'top' });
  return units;
}

/** The file as one unit, from its first line of text (see yamlUnits). */
export function wholeUnit(text: string): Unit {
  const from = pastBlankLines(text, 0, text.length);
  return { base: from, text: from ? text.slice(from) : text, role: 'whole' };
}

/** The options every unit is parsed with: the library's duplicate-key check is quadratic, ours (yaml-duplicates.ts) is not. */
const UNIT_PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: false } as const;

/**
 * Reads one unit. Spans in the result are relative to the unit's text. `valuesLeft` is what the
 * file's value budget (MAX_VALUES_PER_FILE) has left for this unit: a unit past it is not read
 * (`stop`), and no unit after it; a result without `stop` depends on the unit's text alone (and
 * on `today`, which dates the examples of the schema's messages: the lint cache keys on it).
 */
export function readYamlUnit(unit: Unit, lang: Lang, valuesLeft = MAX_VALUES_PER_FILE, today?: string): UnitResult {
  return finish(readYamlUnitSteps(unit, lang, valuesLeft, today));
}

/** readYamlUnit in steps: the parse of a long unit pauses as it goes (parseYamlCountedSteps). */
export function* readYamlUnitSteps(unit: Unit, lang: Lang, valuesLeft = MAX_VALUES_PER_FILE, today?: string): Generator<void, UnitResult> {
  const src = unit.text;
  // Counted before parsing: the parser's memory grows with the values, not with the text.
  const cap = Math.min(MAX_VALUES_PER_PART, valuesLeft);
  let counted = countValues(src, cap);
  // Over at a glance: counted again where brackets in quoted text and comments are no values.
  if (counted.over >= 0) counted = yield* lexedValues(src, cap);
  const values = counted.count;
  if (counted.over >= 0) {
    if (values > valuesLeft) return { outcomes: [], findings: [tooManyValues(src, counted.over, lang, 'file')], values, stop: true };
    return { outcomes: [], findings: [tooManyValues(src, counted.over, lang, unit.role === 'outcome' ? 'outcome' : 'yaml')], values };
  }
  let doc: Document.Parsed;
  let unmade: number;
  let stopped: boolean;
  try {
    // The lint lists a unit's first MAX_SYNTAX_ERRORS problems and counts the rest, up to
    // SYNTAX_ERRORS_READ: those are not made, and reading stops there.
    ({ doc, unmade, stopped } = yield* parseYamlCountedSteps(src, UNIT_PARSE_OPTIONS, MAX_SYNTAX_ERRORS, SYNTAX_ERRORS_READ));
  } catch (e) {
    // yaml before 2.8.3 could overflow the stack on hostile nesting; keep the guard.
    return { outcomes: [], findings: [limitFinding(lang, { start: 0, end: Math.min(src.length, 1) }, 'nesting', e)], values };
  }
  // The parser catches its own stack overflow on hostile nesting and reports it at every
  // level (hundreds of copies): one resource-limit finding says what happened instead.
  const overflow = doc.errors.find((err) => isStackOverflow(err.message));
  if (overflow) return { outcomes: [], findings: [limitFinding(lang, clampToText(src, overflow.pos[0], overflow.pos[1]), 'nesting')], values };
  const problems = mergeProblems(doc.errors, duplicateKeys(doc));
  if (problems.length) return { outcomes: [], findings: syntaxFindings(src, problems, lang, unmade, stopped), values };
  const w: Walker = { doc, src, base: 0, expansions: 0, unresolved: false };
  const root = doc.contents;
  const whole = { start: 0, end: src.length };
  try {
    if (unit.role === 'top') {
      const plain = toPlain(root, w) ?? {};
      return { outcomes: [], findings: fileSchemaFindings(plain, (p) => locate(root, p, w), lang, whole), values };
    }
    if (unit.role === 'outcome') {
      const item = isSeq(root) ? root.items[0] : undefined;
      const res = readOutcome(item, w, src, lang, today, [], undefined, true);
      return w.unresolved ? { ...res, values, needsWhole: true } : { ...res, values };
    }
    return { ...readWhole(root, w, src, lang, today), values };
  } catch (e) {
    if (e instanceof AliasBudgetExceeded) return { outcomes: [], findings: [limitFinding(lang, e.span, 'aliases')], values };
    throw e;
  }
}

type Read = Pick<UnitResult, 'outcomes' | 'findings'>;

function readWhole(root: unknown, w: Walker, src: string, lang: Lang, today: string | undefined): Read {
  const whole = { start: 0, end: src.length };
  // An empty file, or a document with nothing in it ("---" alone, as a new file often starts):
  // nothing to say (no-outcome, when a team switches it on, says the file holds no outcome).
  if (root === null || root === undefined || (isScalar(root) && root.value === null)) return { outcomes: [], findings: [] };
  const outcomesPair = isMap(root) ? get(root, 'outcomes', w) : undefined;
  if (!outcomesPair) return readOutcome(root, w, src, lang, today, []);
  const plain = toPlain(root, w);
  const findings = fileSchemaFindings(plain, (p) => locate(root, p, w), lang, whole);
  const outcomes: Outcome[] = [];
  const list = outcomesPair.value;
  if (isSeq(list)) {
    list.items.forEach((item, i) => {
      const r = readOutcome(item, w, src, lang, today, ['outcomes', String(i)], root);
      for (const o of r.outcomes) o.index = outcomes.length;
      append(outcomes, r.outcomes);
      append(findings, r.findings);
    });
  }
  return { outcomes, findings };
}

function readOutcome(node: unknown, w: Walker, src: string, lang: Lang, today: string | undefined, prefix: string[], root?: unknown, item = false): Read {
  const plain = toPlain(node, w);
  const fallback: Span = { start: 0, end: Math.min(src.length, src.indexOf('\n') < 0 ? src.length : src.indexOf('\n')) };
  const findings = outcomeSchemaFindings(plain, (p) => locate(root ?? node, [...prefix, ...p], w), lang, fallback, prefix, item, today);
  return { outcomes: [buildOutcome(node, w, src, 0)], findings };
}

/**
 * Why a part was not read: nesting that overflowed the parser, or aliases past the expansion
 * budget. One message said both and advised writing aliases out, which a file nested 5,000
 * lists deep has none of.
 */
function limitFinding(lang: Lang, span: Span, why: 'nesting' | 'aliases', cause?: unknown): RawFinding {
  const said = cause instanceof Error ? ` (${cause.message.slice(0, 80)})` : '';
  const ko = lang === 'ko';
  const n = formatNumber(MAX_ALIAS_EXPANSIONS, 'en-US', 0);
  return {
    ruleId: LIMIT_RULE_ID,
    message:
      why === 'nesting'
        ? ko
          ? `이 YAML은 목록이나 매핑이 너무 깊게 중첩되어 안전하게 읽을 수 없으므로 검사하지 않았습니다${said}. CBO 파일에는 몇 단계면 충분하니 남는 중첩을 없애세요.`
          : `This YAML nests lists or mappings too deeply to read safely, so it was not checked${said}. A CBO file needs a few levels: remove the extra nesting.`
        : ko
          ? `이 YAML은 읽으려면 별칭(*이름)을 ${n}번 넘게 펼쳐야 하므로 검사하지 않았습니다. 별칭 대신 값을 풀어 쓰세요.`
          : `This YAML needs more than ${n} alias expansions (*name) to read, so it was not checked. Write the values out instead of aliasing them.`,
    span,
  };
}
