// Two figures a value or investment line writes as one: a range ("$50k–$80k", "$30-50k",
// "3억~5억 원", "200–300 hours", "between $200,000 and $300,000", "$40,000 to $60,000") and a sum
// ("$80,000 + $20,000", "plus"; "$60,000 + 20% contingency" is $72,000). A range was read as whichever end the number reader met first or
// took for the money: "$50k–$80k" as $50,000 on an investment, "3억~5억 원" as 500,000,000 on a
// value line, "$30-50k" as $30. It is now read at its conservative end, the low end of a value
// and the high end of a cost, so the ROI a range gives is the one it can promise. A sum was read as
// its first figure. "From $60,000 to $40,000" (6천만 원에서 4천만 원으로) is a change or a range,
// which the line does not say: it is returned to be named, not read.
import { AFTER_WINDOW, currencyAt, figureEnd, textAfter } from '../text/currency';
import { asWritten, type Quantity } from '../text/quantity';
import { recurrenceAt } from '../text/period';
import { writtenAmounts } from '../text/written-amounts';
import { countEnd } from './count-nouns';

/** Which end of a range is read: a value's low end, a cost's high end. */
export type RangeEnd = 'low' | 'high';

/** The figures with ranges and sums made one, and a change written "from … to …", if any. */
export interface JoinedFigures {
  qs: Quantity[];
  change?: { start: number; end: number; low: string; high: string };
}

// What joins two figures: a dash or tilde ("$50k–$80k", "3억~5억"), "to", "and" (after "between"),
// 에서 or 부터 (before 사이, 까지, or 으로 for a change), "+" or "plus".
// Spaces bounded: "\s+to\s+" tried at every place in a long run of spaces was quadratic.
const JOINER = /\s?[–—~〜]\s?|\s-\s|-|\s{1,4}to\s{1,4}|\s{1,4}and\s{1,4}|\s?\+\s?|\s{1,4}plus\s{1,4}|\s?(?:에서|부터)\s?/gi;
const MAGNITUDE = /\d\s?(?:[kKmMbB]|MM|mn|bn|thousand|million|billion|조|억|천만|백만|만|천)/;
// A bare figure before a hyphen, which the number reader leaves alone as part of a date ("30-50k").
const BARE_BEFORE = /(?:([$€£¥₩])\s?)?(\d[\d,]*(?:\.\d+)?)$/;
// A unit that only scales a figure: "50k" is money like "$50,000".
const SCALE = /^(?:[kKmMbB])$/;

/** The unit a figure is in for a range: money, a scale-free unit ("hours", "%"), or none. */
function kindOf(text: string, q: Quantity): string | undefined {
  if (currencyAt(text, q.start, q.end)) return 'money';
  return q.unit === undefined || SCALE.test(q.unit) ? undefined : q.unit.toLowerCase().replace(/s$/, '');
}

/** The number written first in a figure's text ("5" of "5억 원", "50" of "50k"), to tell the multiplier it carries. */
function digitsOf(text: string, q: Quantity): number {
  const m = /\d[\d,]*(?:\.\d+)?/.exec(text.slice(q.start, q.end));
  return m ? Number(m[0].replace(/,/g, '')) : q.value;
}

/**
 * The line's figures (`qs`, from lineFigures) with each range made one figure, at `end`, and
 * each sum of money added up. The figure spans both ends, so its currency, unit and period are
 * read from the words around it as before.
 */
export function joinFigures(text: string, qs: Quantity[], end: RangeEnd): JoinedFigures {
  let out = qs.slice();
  let change: JoinedFigures['change'];
  const given = new Set(qs);
  // Figures in order that do not overlap (as the number reader gives them) are looked up by
  // halving and replaced in place: a search and a sort of them all at every joiner was quadratic.
  let disjoint = true;
  for (let i = 1; i < qs.length; i++) if (qs[i - 1]!.end > qs[i]!.start) disjoint = false;
  JOINER.lastIndex = 0;
  for (let m = JOINER.exec(text); m; m = JOINER.exec(text)) {
    const js = m.index;
    const je = js + m[0].length;
    const word = m[0].trim().toLowerCase();
    // The figure right after the joiner, read from a window of the text after it: reading the whole
    // rest of the line at every joiner was quadratic (32 KB of "$1+" took 29 s).
    // A figure starts with its digits or its sign: anything else has none right after the joiner.
    // "$20,000 + -$5,000": a term added with its minus sign is taken off (it was no figure, and
    // the line read $20,000).
    const minus = (word === '+' || word === 'plus') && /[-−]/.test(text[je] ?? '') && /[\d$€£¥₩]/.test(text[je + 1] ?? '');
    const at = minus ? je + 1 : je;
    if (!/[\d$€£¥₩]/.test(text[at] ?? '')) continue;
    const next = writtenAmounts(textAfter(text, at))[0];
    if (!next || next.start !== 0) continue;
    const b: Quantity = { ...next, value: minus ? -next.value : next.value, start: at, end: at + next.end };
    let a = figureBefore(text, out, js, disjoint);
    // "30-50k", "3-5억 원": the number reader took the first figure for a date's part.
    if (!a && /[-–—~〜]/.test(word)) a = bareBefore(text, js);
    if (!a) continue;
    // "Phase 1-2: $80,000", "Sprint 3-4": a label's numbers, not a figure read back, unless the
    // second carries what a figure does (a currency, a multiplier, a unit, a count's noun).
    if (!given.has(a) && !currencyAt(text, b.start, b.end) && !MAGNITUDE.test(text.slice(b.start, b.end)) && b.unit === undefined && countEnd(text, b) === undefined) continue;
    const ka = kindOf(text, a);
    const kb = kindOf(text, b);
    const after = text.slice(figureEnd(text, b));
    if (word === '+' || word === 'plus') {
      // "$60,000 + 20% contingency": the money and that share of it more, $72,000.
      if (ka === 'money' && b.unit === '%' && !recurrenceAt(text, a.start, figureEnd(text, a))) {
        out = replace(out, a, b, disjoint, { ...a, value: asWritten((a.value * (100 + b.value)) / 100), end: b.end });
        continue;
      }
      // Money of one currency, neither for a period: "$80,000 + $20,000/year" is no one figure.
      const same = ka === 'money' && kb === 'money' && currencyAt(text, a.start, a.end) === currencyAt(text, b.start, b.end);
      if (same && !recurrenceAt(text, a.start, figureEnd(text, a)) && !recurrenceAt(text, b.start, figureEnd(text, b))) out = replace(out, a, b, disjoint, { ...a, value: asWritten(a.value + b.value), end: b.end });
      continue;
    }
    // "from $60,000 to $40,000", "6천만 원에서 4천만 원으로": a change, or a range; the line does not say.
    const from = word === 'to' ? wordsBefore(text, a.start, 'from', ['about', 'around']) : undefined;
    const toKo = /^(?:에서|부터)$/.test(word) ? /^\s?(?:으로|로)(?![가-힣])/.exec(after) : null;
    if (from !== undefined || toKo) {
      if (ka !== kb) continue;
      const low = a.value <= b.value ? a : b;
      const high = low === a ? b : a;
      change ??= { start: from ?? a.start, end: toKo ? figureEnd(text, b) + toKo[0].length : figureEnd(text, b), low: words(text, low), high: words(text, high) };
      continue;
    }
    if (word === 'and' && wordsBefore(text, a.start, 'between', []) === undefined) continue;
    if (/^(?:에서|부터)$/.test(word) && !/^\s?(?:사이|까지)/.test(after)) continue;
    // "$5,000 - $1,000 = $4,000" is a difference worked out, not a range: the difference is the figure.
    if (/^\s*=/.test(after)) {
      const same = ka === 'money' && kb === 'money' && currencyAt(text, a.start, a.end) === currencyAt(text, b.start, b.end);
      if (same && m[0] === ' - ') out = replace(out, a, b, disjoint, { ...a, value: asWritten(a.value - b.value), end: b.end });
      continue;
    }
    // A spaced hyphen is a reason's dash unless money meets money: "$54,000 - 9,000 calls a year".
    if (m[0] === ' - ' && !(ka === 'money' && kb === 'money')) continue;
    if (ka !== undefined && kb !== undefined && ka !== kb) continue;
    if (kb === undefined && ka !== undefined && ka !== 'money') continue;
    // "$30-50k", "3~5억 원": the multiplier written once, after the second figure, is the first one's too.
    let low = a;
    if (MAGNITUDE.test(text.slice(b.start, b.end)) && !MAGNITUDE.test(text.slice(a.start, a.end))) {
      const scale = b.value / digitsOf(text, b);
      if (scale > 1) low = { ...a, value: asWritten(a.value * scale) };
    }
    const value = end === 'low' ? Math.min(low.value, b.value) : Math.max(low.value, b.value);
    const unit = a.unit !== undefined && !SCALE.test(a.unit) ? a.unit : b.unit;
    out = replace(out, a, b, disjoint, { value, start: a.start, end: b.end, ...(unit !== undefined ? { unit } : {}) });
  }
  return change ? { qs: out, change } : { qs: out };
}

/** `qs` with `a`, `b` and any figure between them replaced by `one` (in place when `disjoint`). */
function replace(qs: Quantity[], a: Quantity, b: Quantity, disjoint: boolean, one: Quantity): Quantity[] {
  if (disjoint) {
    // In order and apart, the figures that touch a…b are one run of them, and `one` takes its place.
    const from = firstEndingAfter(qs, a.start);
    let to = from;
    while (to < qs.length && qs[to]!.start < b.end) to++;
    qs.splice(from, to - from, one);
    return qs;
  }
  const out = qs.filter((q) => q.end <= a.start || q.start >= b.end);
  out.push(one);
  return out.sort((x, y) => x.start - y.start);
}

/** The index of the first of `qs` (in order, apart) that ends after `at`. */
function firstEndingAfter(qs: Quantity[], at: number): number {
  let lo = 0;
  let hi = qs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (qs[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The first of `out` (the first written) whose figure, with its currency, ends where the joiner
 * starts, `js`. Apart, only the figures ending within a currency's length before it can.
 */
function figureBefore(text: string, out: Quantity[], js: number, disjoint: boolean): Quantity | undefined {
  const ends = (q: Quantity) => q.end <= js && (q.end === js || figureEnd(text, q) === js);
  if (!disjoint) return out.find(ends);
  let found: Quantity | undefined;
  for (let i = firstEndingAfter(out, js) - 1; i >= 0 && out[i]!.end >= js - AFTER_WINDOW - 1; i--) if (ends(out[i]!)) found = out[i];
  return found;
}

/**
 * The bare figure right before a dash at `js` ("30" of "30-50k"), as BARE_BEFORE reads the text
 * before it. Read from the run of digits, commas and dots before the dash and the sign before that
 * run: matched against all the text before each dash, the pattern was tried from every place.
 */
function bareBefore(text: string, js: number): Quantity | undefined {
  let run = js;
  while (run > 0 && /[\d.,]/.test(text[run - 1]!)) run--;
  const from = Math.max(0, run - 2);
  const bare = BARE_BEFORE.exec(text.slice(from, js));
  if (!bare) return undefined;
  const start = from + bare.index;
  // A year is no end of a range of money: "2026-27" is a span of years.
  if ((start > 0 && /[\d.,/-]/.test(text[start - 1]!)) || (!bare[1] && /^(?:19|20)\d\d$/.test(bare[2]!))) return undefined;
  return { value: Number(bare[2]!.replace(/,/g, '')), start, end: js, ...(bare[1] ? { unit: bare[1] } : {}) };
}

/**
 * Where `word` starts when the text before `at` ends in it, spaces, and one of `then` and spaces if
 * any ("from about $60,000": \bfrom\s+(?:about\s+|around\s+)?$, case aside). Read back from `at`:
 * such a pattern over all the text before each figure was tried from every place.
 */
function wordsBefore(text: string, at: number, word: string, then: string[]): number | undefined {
  const spacesFrom = (end: number) => {
    let i = end;
    while (i > 0 && /\s/.test(text[i - 1]!)) i--;
    return i;
  };
  const ends = (w: string, end: number) => end >= w.length && text.slice(end - w.length, end).toLowerCase() === w;
  const wordAt = (end: number) => (ends(word, end) && (end === word.length || !/\w/.test(text[end - word.length - 1]!)) ? end - word.length : undefined);
  const last = spacesFrom(at);
  if (last === at) return undefined;
  for (const t of then) {
    if (!ends(t, last)) continue;
    const gap = spacesFrom(last - t.length);
    if (gap < last - t.length) return wordAt(gap);
  }
  return wordAt(last);
}

/** A figure's words with its currency ("$60,000", "6천만 원"). */
function words(text: string, q: Quantity): string {
  return text.slice(q.start, figureEnd(text, q)).trim();
}
