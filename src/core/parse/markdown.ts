// Reads CBO outcomes out of a Markdown plan: the framework's template (`## CBO: title`
// with its sections and bold-label bullets, English or Korean) and fenced ```cbo blocks
// of CBO YAML. Both give the same model, with spans into the plan's text.
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import type { Lang, RawFinding } from '../finding';
import { shiftFinding, shiftSpans } from './shift';
import { emptyOutcome, type InsertPoint, type Metric, type Outcome, type Span, type Text } from '../model';
import { extractQuantities } from '../text/quantity';
import { unitInParens } from '../text/units';
import { directionOf } from '../rules/metric-facts';
import { boldLabel, categoryId, CBO_HEADING, fieldOf, nearestLabel, sectionOf, type Field, type Section } from './markdown-labels';
import { dateIn, measure, readingsIn } from './markdown-measure';
import type { PlanSay } from './markdown-say';
import { besideFence, customerSinceDay, misspeltLabel, secondLabels, timelineDates, unreadTable } from './markdown-unread';
import { lineEndOf, lineStarts } from '../positions';
import { readValueLabels, VALUE_FIELDS } from './markdown-value';
import { splitMetricList } from './markdown-list';
import { unclosedFenceFindings } from './markdown-fence';
import { readYamlUnit } from './yaml';

export interface MarkdownResult {
  outcomes: Outcome[];
  findings: RawFinding[];
}

let parser: MarkdownIt | undefined;
/**
 * Block structure only: inline parsing, typography and linkify are not needed to find
 * labels and headings. Shared by the CBO reader and the plan outline (checklists).
 */
export function blockParser(): MarkdownIt {
  if (!parser) {
    // html on to READ the structure as it renders (a heading inside <!-- --> is not a
    // heading); this parser never renders anything, so no HTML can reach a page from here.
    parser = new MarkdownIt({ html: true });
    parser.core.ruler.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join'], true);
  }
  return parser;
}

/** Cheap test that lets plans without any CBO skip parsing altogether. */
export function mayHoldCbo(text: string): boolean {
  return /cbo|고객\s*비즈니스\s*성과/i.test(text);
}


interface Open {
  outcome: Outcome;
  level: number;
  section?: Section;
  /** A label whose value is the nested list below it ("- **Secondary Metrics**:" + sub-bullets). */
  pending?: { field: Field; depth: number };
  fields: Partial<Record<Field, Text[]>>;
  /** A ```cbo block in the heading's section: heading and block are one outcome. */
  fence?: Outcome;
  lastLine: number;
  sectionEnd: Partial<Record<Section, number>>;
  /** Tables with figures in its Success Metrics, which nothing reads: where each starts. */
  tables: Span[];
}

/**
 * `startsOf`: the text's line starts, shared with the caller's later use of them (lint.ts);
 * `today` dates the schema's examples in a ```cbo block's findings (readYamlUnit).
 */
export function parseMarkdown(text: string, lang: Lang, startsOf: (text: string) => number[] = lineStarts, today?: string): MarkdownResult {
  const outcomes: Outcome[] = [];
  const findings: RawFinding[] = [];
  if (!mayHoldCbo(text)) return { outcomes, findings };
  const tokens = blockParser().parse(text, {});
  const starts = startsOf(text);
  const lineEnd = (line: number) => lineEndOf(text, starts, line);
  for (const f of unclosedFenceFindings(tokens, starts, lineEnd, lang)) findings.push(f);
  // markdown-it shows a NUL as U+FFFD: search in a copy that does the same (same offsets).
  const seek = text.includes('\0') ? text.replace(/\0/g, '\uFFFD') : text;
  let open: Open | undefined;
  let listDepth = 0;
  const fenced: Outcome[] = [];
  const s: PlanSay = { lang, findings, guesses: { left: MAX_LABEL_GUESSES }, ...(today ? { today } : {}) };

  const close = () => {
    if (!open) return;
    if (open.fence) {
      // The heading names the outcome the block describes: one outcome, the block's data.
      const o = open.fence;
      const heading = open.outcome;
      if (!o.title && heading.title) {
        o.title = heading.title;
        o.strings.unshift(heading.title);
        o.anchor = heading.anchor;
      }
      o.span = { start: heading.span.start, end: Math.max(o.span.end, lineEnd(lastContentLine(text, starts, open.lastLine))) };
      besideFence(open.fields, bulletOf, s);
      labelSpans.clear();
      outcomes.push(o);
    } else {
      finish(open, text, starts, lineEnd, s);
      labelSpans.clear();
      outcomes.push(open.outcome);
    }
    open = undefined;
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type === 'heading_open') {
      const level = Number(t.tag.slice(1));
      const inline = tokens[i + 1]!;
      const line = t.map![0];
      const content = inline.content;
      const m = CBO_HEADING.exec(content);
      if (m) {
        close();
        const lineStart = starts[line]!;
        const headingEnd = lineEnd(line);
        const o = emptyOutcome(outcomes.length, 'md-template', { start: lineStart, end: headingEnd });
        const titleValue = m[1]!.trim();
        const at = seek.indexOf(titleValue, lineStart);
        o.anchor = { start: lineStart, end: headingEnd };
        if (titleValue) {
          o.title = { value: titleValue, span: { start: at, end: at + titleValue.length } };
          o.strings.push(o.title);
        }
        open = { outcome: o, level, fields: {}, lastLine: line, sectionEnd: {}, tables: [] };
      } else if (open && level <= open.level) {
        close();
      } else if (open) {
        open.section = sectionOf(content);
        open.pending = undefined;
        open.lastLine = line;
        if (open.section) open.sectionEnd[open.section] = line;
      }
      i += 2;
      continue;
    }
    if (t.type === 'fence' && /^cbo\b/i.test(t.info.trim())) {
      const from = t.map![0] + 1;
      const to = Math.max(from, t.map![1] - 1);
      const base = starts[from] ?? text.length;
      const r = readYamlUnit({ base, text: fenceBody(text, starts, from, to, t.content), role: 'whole' }, lang, undefined, today);
      for (const f of r.findings) findings.push(shiftFinding(f, base));
      for (const o of r.outcomes) {
        shiftSpans(o, base);
        o.source = 'md-fence';
        o.span = { start: starts[t.map![0]]!, end: lineEnd(t.map![1] - 1) };
        if (!o.title) o.anchor = { start: o.span.start, end: lineEnd(t.map![0]) };
        if (open && !open.fence && r.outcomes.length === 1) open.fence = o;
        else fenced.push(o);
      }
      if (open) open.lastLine = t.map![1] - 1;
      continue;
    }
    if (!open) continue;
    if (t.type === 'table_open' && open.section === 'metrics' && tableHasFigures(tokens, i)) open.tables.push({ start: starts[t.map![0]]!, end: lineEnd(t.map![0]) });
    if (t.type === 'bullet_list_open' || t.type === 'ordered_list_open') listDepth++;
    else if (t.type === 'bullet_list_close' || t.type === 'ordered_list_close') {
      listDepth--;
      if (open.pending && listDepth <= open.pending.depth) open.pending = undefined;
    } else if (t.type === 'inline' && t.map) {
      open.lastLine = Math.max(open.lastLine, t.map[1] - 1);
      if (open.section) open.sectionEnd[open.section] = t.map[1] - 1;
      readItem(open, t, listDepth, text, seek, starts, lineEnd, s);
    } else if (t.map) {
      open.lastLine = Math.max(open.lastLine, t.map[1] - 1);
    }
  }
  close();
  // Each outcome's bullets were needed only while it was finished.
  labelSpans.clear();
  // Fenced outcomes join the list in document order.
  const all = [...outcomes, ...fenced].sort((a, b) => a.span.start - b.span.start);
  all.forEach((o, i) => (o.index = i));
  return { outcomes: all, findings };
}


/** Labels of a plan's own measured for a typo of the template's, per plan: a few hundred take a few milliseconds. */
const MAX_LABEL_GUESSES = 500;

const PLAIN_LABEL = /^\s*([A-Za-z가-힣][A-Za-z가-힣 ]{1,30}?)\s*[:：]\s*([\s\S]*)$/;

function readItem(open: Open, t: Token, depth: number, text: string, seek: string, starts: number[], lineEnd: (l: number) => number, s: PlanSay): void {
  const content = t.content;
  const line = t.map![0];
  const m = boldLabel(content) ?? PLAIN_LABEL.exec(content);
  const field = m ? fieldOf(m[1]!) : undefined;
  const meant = m && !field && !open.fence ? nearestLabel(m[1]!, s.guesses) : undefined;
  if (meant) {
    const at = seek.indexOf(m![1]!, starts[line]!);
    if (at >= 0) misspeltLabel(m![1]!, meant, { start: at, end: at + m![1]!.length }, s);
  }
  if (field) {
    const raw = m![2]!.trim();
    const nl = raw.indexOf('\n');
    const first = nl < 0 ? raw : raw.slice(0, nl);
    const lineStart = starts[line]!;
    const at = first ? seek.indexOf(first, lineStart) : -1;
    const start = at >= 0 ? at : lineEnd(line);
    const end = nl >= 0 ? lineEnd(t.map![1] - 1) : start + first.length;
    const bullet = { start: indentEnd(text, lineStart, lineEnd(line)), end: lineEnd(t.map![1] - 1) };
    const value: Text = { value: raw, span: { start, end } };
    (open.fields[field] ??= []).push(raw ? value : { value: '', span: bullet });
    labelSpans.set(value, bullet);
    if (raw) open.outcome.strings.push(value);
    open.pending = raw ? undefined : { field, depth };
    return;
  }
  if (open.pending && depth > open.pending.depth) {
    const raw = content.trim();
    const at = seek.indexOf(raw.split('\n')[0]!, starts[line]!);
    const value: Text = { value: raw, span: { start: at, end: at + raw.split('\n')[0]!.length } };
    const list = (open.fields[open.pending.field] ??= []);
    if (list.length === 1 && list[0]!.value === '') list.pop();
    list.push(value);
    open.outcome.strings.push(value);
  }
}

/**
 * The end of a list item from the end of its first paragraph: lines indented under it (its
 * sub-bullets, a second paragraph after a blank line) belong to it, and an insertion must not
 * come between them and their item. Never past `limit`, the end of the item's outcome: a heading
 * may be indented too (up to three spaces), and a plan indented throughout made every outcome
 * scan to the end of the file (a 400 KB plan took 3.4 s) and put its insertions in a later one.
 */
function itemEnd(text: string, from: number, limit: number): number {
  let end = from;
  for (let nl = text.indexOf('\n', end); nl >= 0 && nl < limit; nl = text.indexOf('\n', end)) {
    let next = text.indexOf('\n', nl + 1);
    if (next < 0) next = text.length;
    const line = text.slice(nl + 1, next);
    if (/^[ \t]+\S/.test(line)) end = next;
    else if (line.trim() === '' && /^\n?[ \t]+\S/.test(text.slice(next, next + 80))) end = next;
    else break;
  }
  return end;
}

// The whole bullet of each labelled value, for findings about the label rather than the text.
// A plain Map, emptied after each outcome is finished: cheaper than a WeakMap for the
// thousands of values of a large plan.
const labelSpans = new Map<Text, Span>();
/** The whole bullet of a labelled value (where a finding about it goes), else the value's own span. */
const bulletOf = (t: Text): Span => labelSpans.get(t) ?? t.span;

function finish(open: Open, text: string, starts: number[], lineEnd: (l: number) => number, s: PlanSay): void {
  const o = open.outcome;
  const f = open.fields;
  const one = (k: Field) => f[k]?.find((x) => x.value !== '') ?? f[k]?.[0];
  const nonEmpty = (k: Field) => (f[k] ?? []).filter((x) => x.value !== '');
  const endLine = lastContentLine(text, starts, open.lastLine);
  o.span = { start: o.span.start, end: lineEnd(endLine) };
  o.context = { challenge: val(one('challenge')), strategicImportance: val(one('strategicImportance')), stakeholderImpact: val(one('stakeholderImpact')) };
  o.behavior = val(one('behavior'));
  o.hypothesis = val(one('hypothesis'));
  const category = val(one('category'));
  o.category = category ? { ...category, value: categoryId(category.value) ?? category.value } : undefined;
  o.owner = val(one('owner'));
  const account = val(one('account'));
  if (account) o.account = account;
  const since = val(one('customerSince'));
  if (since) o.customerSince = customerSinceDay(since, s);
  o.workshop = { current: nonEmpty('current'), future: nonEmpty('future'), barriers: nonEmpty('barriers'), solutions: nonEmpty('solutions') };
  o.dependencies = nonEmpty('dependencies');
  o.assumptions = nonEmpty('assumptions');
  o.risks = nonEmpty('risks');
  const successFactors = nonEmpty('successFactors');
  if (successFactors.length) o.successFactors = successFactors;

  const metricsLine = open.sectionEnd.metrics;
  const end: InsertPoint = { offset: lineEnd(endLine), indent: '' };
  const metricsAt: InsertPoint = metricsLine !== undefined ? { offset: lineEnd(lastContentLine(text, starts, metricsLine)), indent: '' } : end;
  // Each missing line goes where the template has it: baseline after the primary metric, target
  // after the baseline, deadline after the target (else after what comes before it).
  const after = (k: Field): InsertPoint | undefined => {
    const t = one(k);
    const bullet = t && bulletOf(t);
    return bullet ? { offset: itemEnd(text, bullet.end, o.span.end), indent: '' } : undefined;
  };
  const baselineAt = after('primary') ?? metricsAt;
  const targetAt = after('baseline') ?? baselineAt;
  o.insertAt = { end, metrics: end, primary: metricsAt, baseline: baselineAt, target: targetAt, deadline: after('target') ?? targetAt };

  const primaryText = one('primary');
  const hasMetricBits = ['primary', 'secondary', 'baseline', 'target', 'timeline', 'measurements'].some((k) => f[k as Field]);
  if (metricsLine !== undefined || hasMetricBits) {
    const span = primaryText ? bulletOf(primaryText) : o.anchor;
    // Readings: one per bullet, or several on one line ("34% as of 2026-08-31; 31% as of 2026-10-31").
    const readings = nonEmpty('measurements').flatMap((t) => readingsIn(t, s));
    // "Share of calls (%)", "대기 시간 (시간)": the unit the metric declares, to read its values in.
    const declared = primaryText?.value ? unitInParens(primaryText.value) : undefined;
    const baseline = measure(one('baseline'), 'baseline', bulletOf, s, { unit: declared });
    const primary: Metric | undefined = primaryText || f.baseline || f.target || readings.length
      ? { span, name: val(primaryText), measurements: readings, baseline, target: undefined }
      : undefined;
    if (primary && primaryText?.value) {
      // "Share of calls (%)", "대기 시간 (시간)": a unit in closing parentheses names the metric's unit.
      const unit = unitInParens(primaryText.value) ?? extractQuantities(primaryText.value)[0]?.unit;
      if (unit) primary.unit = { value: unit, span: primaryText.span };
      const dir = /\b(reduc|decreas|cut|lower|fewer|less)\w*|감소|단축|절감|줄이/i.test(primaryText.value) ? 'decrease' : undefined;
      if (dir) primary.direction = { value: dir, span: primaryText.span };
    }
    // After the baseline and the metric's name: a range's end is the one reached first from them.
    if (primary) primary.target = measure(one('target'), 'target', bulletOf, s, { baseline: baseline?.value?.value, direction: directionOf(primary), unit: declared });
    const timeline = one('timeline');
    if (timeline?.value) {
      o.timeline = timeline;
      const own = primary?.target?.date?.value;
      if (primary?.target && !own) primary.target.date = dateIn(timeline);
      timelineDates(timeline, own, s);
    }
    for (const t of open.tables) unreadTable(t, s);
    o.metrics = { span: primary?.span ?? o.anchor, primary, secondary: nonEmpty('secondary').flatMap(splitMetricList).map((t) => ({ span: t.span, name: t, measurements: [] })) };
  }
  secondLabels(f, bulletOf, s);
  const notes = (['financial', 'operational', 'strategic', 'riskMitigation'] as Field[]).flatMap(nonEmpty);
  const labelled = [...VALUE_FIELDS, 'investment' as Field].some((k) => nonEmpty(k).length);
  if (notes.length || labelled || open.sectionEnd.value !== undefined) {
    o.value = { span: notes[0]?.span ?? o.anchor, items: [], notes };
    if (labelled) readValueLabels(f, o.value, bulletOf);
  }
}

/** Past the spaces that start a line (its bullet's indent). */
function indentEnd(text: string, from: number, to: number): number {
  let i = from;
  // Spaces and tabs (a bullet's indent); a regex per character cost more than the rest of the bullet.
  for (let c = text.charCodeAt(i); i < to && (c === 32 || c === 9 || c === 0x3000 || c === 0xa0); c = text.charCodeAt(++i));
  return i;
}

function val(t: Text | undefined): Text | undefined {
  return t && t.value !== '' ? t : undefined;
}

/**
 * The YAML inside a fence, at its own offsets. Inside a blockquote or a list item the lines
 * carry the container's marks (`> `, indentation); they are blanked to spaces, so the YAML
 * reads as markdown-it shows it and every offset still points into the plan.
 */
function fenceBody(text: string, starts: number[], from: number, to: number, content: string): string {
  const base = starts[from] ?? text.length;
  const end = to < starts.length ? starts[to]! : text.length;
  const raw = text.slice(base, end);
  const lines = content.split('\n');
  let out: string[] | undefined;
  for (let k = 0; k < to - from && k < lines.length; k++) {
    const ls = starts[from + k]!;
    const line = text.slice(ls, lineEndOf(text, starts, from + k));
    const prefix = line.length - lines[k]!.length;
    if (prefix > 0 && line.endsWith(lines[k]!) && line.slice(0, prefix).trim() !== '') {
      out ??= raw.split('');
      for (let i = 0; i < prefix; i++) out[ls - base + i] = ' ';
    }
  }
  return out ? out.join('') : raw;
}

/** Whether the table starting at `i` has a digit in a cell of its body: readings, dates or a metric's figures. */
function tableHasFigures(tokens: Token[], i: number): boolean {
  let body = false;
  for (let k = i + 1; k < tokens.length && tokens[k]!.type !== 'table_close'; k++) {
    const t = tokens[k]!;
    if (t.type === 'tbody_open') body = true;
    else if (body && t.type === 'inline' && /\d/.test(t.content)) return true;
  }
  return false;
}

function lastContentLine(text: string, starts: number[], line: number): number {
  let l = Math.min(line, starts.length - 1);
  while (l > 0 && text.slice(starts[l]!, starts[l + 1] ?? text.length).trim() === '') l--;
  return l;
}
