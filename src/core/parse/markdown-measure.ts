// A Markdown plan's baseline, target and readings: a number and a date read out of the text after
// a label ("38% as of 2026-03-31", "33% as of 2026-08-31; 29% as of 2026-10-31"). What the YAML
// path's schema refuses in the same place (a reading without a date or a number, a number past
// 2^53) was left out of the chart here with no word: it is said at the spot, under the schema's
// id, and what the reader takes the first of (a second date on a line) under `unread-value`.
import type { Measure, Span, Text } from '../model';
import { exampleDates } from '../guided-dates';
import { isMetricNumber, MAX_METRIC_TEXT, TOO_LARGE_WHY } from '../metric-number';
import { SCHEMA_RULE_ID } from '../schema';
import { findDates, impossibleDates, type FoundDate } from '../text/date';
import { excerpt } from '../text/excerpt';
import { josa } from '../text/josa';
import { extractQuantities, type Quantity } from '../text/quantity';
import { say, UNREAD_RULE_ID, type PlanSay } from './markdown-say';
import { baselineFigure, SIGN, targetFigures, type Toward } from './markdown-target';

export type MeasureKind = 'baseline' | 'target' | 'reading';

const KIND_WORDS: Record<MeasureKind, { en: string; ko: string }> = {
  baseline: { en: 'baseline', ko: '기준값' },
  target: { en: 'target', ko: '목표값' },
  reading: { en: 'reading', ko: '측정값' },
};

// "60 orders/hour", "12 tickets per day": the rate's "per" belongs to the unit (the number
// reader stops at "orders"). Not after a %: "5%/year" stays a percentage.
const PER_UNIT = /^(?:\s?\/\s?[A-Za-z가-힣]+|\sper\s[A-Za-z]+|\san?\s(?:hour|day|week|month|quarter|year)\b)/i;

// A minus sign starts a figure (SIGN, markdown-target.ts): the number reader takes no sign, so
// "-5%" was no number at all (it skips "-5" as a date's part) and "−5%" (U+2212) was read as 5.

/** The first figure of the text, with its sign. */
function firstFigure(text: string): Quantity | undefined {
  const q = extractQuantities(text)[0];
  const s = SIGN.exec(text);
  if (!s || (q && q.start < s.index)) return q;
  const from = s.index + 1;
  const rest = extractQuantities(text.slice(from))[0];
  if (!rest || text.slice(from, from + rest.start).trim() !== '') return q;
  const signed: Quantity = { value: -rest.value, start: s.index, end: from + rest.end };
  if (rest.unit !== undefined) signed.unit = rest.unit;
  return signed;
}

/**
 * The number and the date of a labelled value. `spanOf` gives the whole bullet of a labelled
 * value (the finding about a blank one goes there); `s` takes the findings on what is not read.
 * A target is read as one (markdown-target.ts): `toward`, where its metric starts, chooses the
 * end of a range.
 */
export function measure(t: Text | undefined, kind: MeasureKind, spanOf: (t: Text) => Span, s: PlanSay, toward: Toward = {}): Measure | undefined {
  if (!t) return undefined;
  const span = spanOf(t);
  if (t.value === '') return { span };
  const m: Measure = { span, raw: t };
  const first = firstFigure(t.value);
  const { read: q, unread } = kind === 'target' ? targetFigures(t.value, first, toward) : { read: kind === 'baseline' ? baselineFigure(t.value, first, toward.unit) : first, unread: [] };
  if (q) {
    for (const other of unread) secondTarget(s, t, q, other);
    m.value = { value: q.value, span: { start: t.span.start + q.start, end: t.span.start + q.end } };
    if (q.unit) m.unit = q.unit + (/^[%％]$/.test(q.unit) ? '' : PER_UNIT.exec(t.value.slice(q.end))?.[0] ?? '');
    if (!isMetricNumber(q.value)) tooLarge(s, kind, m.value.span);
  }
  const dates = findDates(t.value);
  m.date = dateText(t, dates[0]);
  // A reading's second date is said by readingsIn, with the reading it is read as.
  if (kind !== 'reading') laterDates(s, t, dates, kind === 'baseline' ? 'baseline' : 'deadline');
  return m;
}

/** Each reading of a Measurement bullet: a number and its date, split at ";". */
export function readingsIn(t: Text, s: PlanSay): Measure[] {
  const out: Measure[] = [];
  let from = 0;
  for (const part of t.value.split(';')) {
    const at = t.value.indexOf(part, from);
    from = at + part.length;
    const lead = part.length - part.trimStart().length;
    const piece: Text = { value: part.trim(), span: { start: t.span.start + at + lead, end: t.span.start + at + lead + part.trim().length } };
    if (!piece.value) continue;
    // A piece of a bullet is no labelled value: its findings go on the piece itself.
    const m = measure(piece, 'reading', (p) => p.span, s);
    if (m?.value && m.date) {
      out.push(m);
      secondReading(s, piece, m);
    } else if (m?.value || m?.date) halfReading(s, piece, m.date?.value);
    // Neither a number nor a date ("not measured yet"): words about the readings, not one.
  }
  return out;
}

/** The first date of the text, as an ISO day where it is written. */
export function dateIn(t: Text): Text | undefined {
  return dateText(t, findDates(t.value)[0]);
}

function dateText(t: Text, d: FoundDate | undefined): Text | undefined {
  return d ? { value: d.iso, span: { start: t.span.start + d.start, end: t.span.start + d.end } } : undefined;
}

/** The dates of a line after its first, each as the reader leaves it: a finding on each other day. */
export function laterDates(s: PlanSay, t: Text, dates: FoundDate[], role: 'baseline' | 'deadline'): void {
  const used = dates[0]?.iso;
  if (!used) return;
  const seen = new Set([used]);
  for (const d of dates) {
    if (seen.has(d.iso)) continue;
    seen.add(d.iso);
    const other = t.value.slice(d.start, d.end);
    const first = excerpt(used);
    const ko = role === 'baseline' ? '기준일' : '기한';
    say(s, UNREAD_RULE_ID, { start: t.span.start + d.start, end: t.span.start + d.end },
      `Only the first date of this line is read: ${first} is the ${role === 'baseline' ? "baseline's date" : 'deadline'}, and "${excerpt(other)}" is not read. Write one date on this line.`,
      `이 줄에서는 첫 날짜만 읽습니다. ${first}${josa(first, '이')} ${ko}이고 "${excerpt(other)}" 날짜는 읽지 않습니다. 이 줄에는 날짜를 하나만 적으세요.`);
  }
}

/** A number or a date without the other (`date`, the ISO day when it is the date): the schema's "needs `date`" (or `value`) in YAML. */
function halfReading(s: PlanSay, piece: Text, date: string | undefined): void {
  if (date) {
    say(s, SCHEMA_RULE_ID, piece.span,
      `This reading has no number that can be read, so it is left out of the chart and the progress. Write the value measured before its date, e.g. "45% as of ${date}", and separate readings with ";".`,
      `이 측정값에는 읽을 수 있는 숫자가 없어 차트와 진척 계산에서 빠집니다. 날짜와 함께 측정한 값을 적고(예: "${date} 기준 45%"), 측정값이 여럿이면 ";"로 나누세요.`);
    return;
  }
  // "45% as of 2026-02-30": the date is written, and impossible-date says what is wrong with it.
  if (impossibleDates(piece.value).length) return;
  const day = s.today ? exampleDates(s.today).baseline : undefined;
  say(s, SCHEMA_RULE_ID, piece.span,
    `This reading has no date that can be read, so it is left out of the chart and the progress. Write the day it was measured, as YYYY-MM-DD, with its number${day ? ` (e.g. "45% as of ${day}")` : ''}, and separate readings with ";".`,
    `이 측정값에는 읽을 수 있는 날짜가 없어 차트와 진척 계산에서 빠집니다. 숫자와 함께 측정한 날을 YYYY-MM-DD 형식으로 적고${day ? `(예: "${day} 기준 45%")` : ''}, 측정값이 여럿이면 ";"로 나누세요.`);
}

/**
 * A reading part with a second date ("56% as of 2026-10-31, 57% as of 2026-11-15"): one reading,
 * its first number and first date, is read; what follows the first of both is not.
 */
function secondReading(s: PlanSay, piece: Text, m: Measure): void {
  // One year written, one date at most (every form of a date the reader takes writes its year).
  if (!/\d{4}\D[\s\S]*\d{4}/.test(piece.value)) return;
  const dates = findDates(piece.value);
  const first = dates[0]!;
  const later = dates.find((d) => d.iso !== first.iso);
  if (!later) return;
  const readEnd = Math.max(first.end, m.value!.span.end - piece.span.start);
  const rest = /^[\s,;:)]*/.exec(piece.value.slice(readEnd))![0].length + readEnd;
  if (rest >= piece.value.length) return;
  const written = excerpt(piece.value.slice(m.value!.span.start - piece.span.start, m.value!.span.end - piece.span.start));
  const restText = excerpt(piece.value.slice(rest));
  say(s, UNREAD_RULE_ID, { start: piece.span.start + rest, end: piece.span.end },
    `This reading holds more than one date: it is read as "${written}" on ${first.iso}, and "${restText}" is not read. Separate readings with ";".`,
    `이 측정값에 날짜가 둘 이상 있습니다. ${first.iso}의 "${written}" 하나로 읽고 "${restText}" 부분은 읽지 않습니다. 측정값은 ";"로 나누세요.`);
}

/** A figure of a Target line in the target's unit that is not the one read (markdown-target.ts). */
function secondTarget(s: PlanSay, t: Text, read: Quantity, other: Quantity): void {
  const used = excerpt(t.value.slice(read.start, read.end));
  const unread = excerpt(t.value.slice(other.start, other.end));
  say(s, UNREAD_RULE_ID, { start: t.span.start + other.start, end: t.span.start + other.end },
    `The target is read as "${used}", so "${unread}" is not read. Write one target on this line.`,
    `목표값은 "${used}" 값으로 읽으므로 "${unread}" 값은 읽지 않습니다. 이 줄에는 목표값을 하나만 적으세요.`);
}

/** A number a double does not hold exactly: the schema's bound in YAML (metric-number.ts). */
function tooLarge(s: PlanSay, kind: MeasureKind, span: Span): void {
  const w = KIND_WORDS[kind];
  say(s, SCHEMA_RULE_ID, span,
    `This ${w.en}'s number must be between -${MAX_METRIC_TEXT} and ${MAX_METRIC_TEXT}: ${TOO_LARGE_WHY.en}. It is left out of the chart and the progress; check it for extra digits.`,
    `이 ${w.ko}의 숫자는 -${MAX_METRIC_TEXT}에서 ${MAX_METRIC_TEXT} 사이여야 합니다. ${TOO_LARGE_WHY.ko}. 차트와 진척 계산에서 빼니 자릿수가 더 붙지 않았는지 확인하세요.`);
}
