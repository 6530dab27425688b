// What a Markdown plan's CBO outcome writes and the reader leaves out, said where it is written:
// a second Owner or Baseline line (the first is read), a Timeline date the Target line's date
// overrides, labelled lines beside a ```cbo block (the block is the outcome), a table in Success
// Metrics, a misspelt label. Each was dropped in silence, and a user trusts the linter to say
// when it ignored something. A YAML file cannot say these things twice: a key written twice is a
// syntax error there, and a misspelt key the schema's finding, whose id the last one shares.
import type { Span, Text } from '../model';
import { SCHEMA_RULE_ID } from '../schema';
import { findDates, isCalendarDate, iso, writtenDays } from '../text/date';
import { excerpt } from '../text/excerpt';
import { displayLabel, type Field } from './markdown-labels';
import { laterDates } from './markdown-measure';
import { say, UNREAD_RULE_ID, type PlanSay } from './markdown-say';

/** The fields an outcome has one of: the reader takes the first one filled in. */
const SINGLE: Field[] = [
  'challenge', 'strategicImportance', 'stakeholderImpact', 'behavior', 'hypothesis', 'category', 'owner',
  'account', 'customerSince', 'primary', 'baseline', 'target', 'timeline', 'investment',
];

/** A finding on each filled value of a one-value field after the first that says something else. */
export function secondLabels(fields: Partial<Record<Field, Text[]>>, spanOf: (t: Text) => Span, s: PlanSay): void {
  for (const f of SINGLE) {
    const filled = (fields[f] ?? []).filter((t) => t.value !== '');
    const used = filled[0];
    if (!used) continue;
    const label = displayLabel(f, s.lang);
    const first = excerpt(used.value.split('\n')[0]!.trim());
    for (const t of filled.slice(1)) {
      // The same words twice lose nothing.
      if (t.value.trim() === used.value.trim()) continue;
      say(s, UNREAD_RULE_ID, spanOf(t),
        `${label} is written more than once in this outcome: the first ("${first}") is read, and this one is not. Keep one ${label} line.`,
        `이 성과에 ${label} 줄이 두 번 이상 있습니다. 처음 것("${first}")을 읽고 이것은 읽지 않습니다. ${label} 줄은 하나만 두세요.`);
    }
  }
}

/** Labelled lines under a heading whose ```cbo block is the outcome: the block's data is read, not theirs. */
export function besideFence(fields: Partial<Record<Field, Text[]>>, spanOf: (t: Text) => Span, s: PlanSay): void {
  const lines: Text[] = [];
  for (const list of Object.values(fields)) for (const t of list) if (t.value !== '') lines.push(t);
  lines.sort((a, b) => a.span.start - b.span.start);
  for (const t of lines) {
    say(s, UNREAD_RULE_ID, spanOf(t),
      'This outcome is read from its ```cbo block, so this line beside the block is not read. Move what it says into the block, or put the block under a heading of its own.',
      '이 성과는 ```cbo 블록에서 읽으므로 블록 밖의 이 줄은 읽지 않습니다. 이 내용을 블록 안으로 옮기거나 블록을 다른 제목 아래에 두세요.');
  }
}

/**
 * The Timeline's dates the deadline is not: with a date on the Target line (`targetDate`) that
 * one is the deadline, else the Timeline's first.
 */
export function timelineDates(timeline: Text, targetDate: string | undefined, s: PlanSay): void {
  const dates = findDates(timeline.value);
  if (!targetDate) {
    laterDates(s, timeline, dates, 'deadline');
    return;
  }
  const seen = new Set([targetDate]);
  for (const d of dates) {
    if (seen.has(d.iso)) continue;
    seen.add(d.iso);
    const written = excerpt(timeline.value.slice(d.start, d.end));
    say(s, UNREAD_RULE_ID, { start: timeline.span.start + d.start, end: timeline.span.start + d.end },
      `The deadline is the Target line's date, ${targetDate}, so this Timeline date ("${written}") is not read. Keep one deadline, on the Target line or the Timeline line.`,
      `기한은 목표값 줄의 날짜(${targetDate})입니다. 그래서 이 기한 줄의 날짜("${written}")는 읽지 않습니다. 기한은 목표값 줄이나 기한 줄 한 곳에만 적으세요.`);
  }
}

/** A table in Success Metrics with figures in it: the reader reads labelled lines, never a table. */
export function unreadTable(span: Span, s: PlanSay): void {
  const names = (['primary', 'baseline', 'target', 'timeline', 'measurements'] as Field[]).map((f) => displayLabel(f, s.lang)).join(', ');
  say(s, UNREAD_RULE_ID, span,
    `This table is not read: a plan's metric is read from its labelled lines (${names}), so nothing in it reaches the chart or the progress. Write its figures on those lines, readings as a number and its date separated by ";".`,
    `이 표는 읽지 않습니다. 계획의 지표는 이름 붙은 줄(${names})에서 읽으므로 표의 내용은 차트와 진척 계산에 들어가지 않습니다. 수치를 그 줄에 적고, 측정값은 숫자와 날짜를 ";"로 나누어 적으세요.`);
}

/** A label a typo away from one the template reads: the schema's "not a field, did you mean" in YAML. */
export function misspeltLabel(label: string, meant: string, span: Span, s: PlanSay): void {
  const said = excerpt(label);
  say(s, SCHEMA_RULE_ID, span,
    `"${said}" is not a label the CBO template reads, so this line is not read. Did you mean "${meant}"?`,
    `"${said}" 항목 이름은 CBO 템플릿에서 읽지 않으므로 이 줄은 읽지 않습니다. "${meant}" 항목을 뜻했나요?`);
}

/**
 * The day the account became a customer, read out of the text ("2023-09-01 (first contract)",
 * "2023년 9월 1일") as the ISO day where it is written. The reports show only a calendar day, and
 * any other text was left out of their header in silence; without a day it is said, once (a day
 * no calendar has is impossible-date's finding).
 */
export function customerSinceDay(t: Text, s: PlanSay): Text {
  const days = writtenDays(t.value);
  const day = days.find((d) => isCalendarDate(d.year, d.month, d.day));
  if (day) {
    const value = iso(day.year, day.month, day.day);
    return value === t.value ? t : { value, span: { start: t.span.start + day.start, end: t.span.start + day.end } };
  }
  if (!days.length) {
    const label = displayLabel('customerSince', s.lang);
    say(s, SCHEMA_RULE_ID, t.span,
      `${label} has no day that can be read, so the reports leave it out of their header. Write the day the account became a customer as YYYY-MM-DD, e.g. "2023-09-01".`,
      `${label}에 읽을 수 있는 날짜가 없어 보고서 머리글에서 빠집니다. 고객이 된 날을 YYYY-MM-DD 형식으로 적으세요(예: "2023-09-01").`);
  }
  return t;
}
