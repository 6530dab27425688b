// The money of a plan's value line or investment line: which figure is the amount, and the
// currency written beside it. One reader for both (markdown-value.ts, markdown-investment.ts), so
// "2 engineers, 60,000 USD" is 60,000 on either line.
import type { Num, Text, TextCut } from '../model';
import { currencyAt } from '../text/currency';
import { moneyTextEnd } from '../text/money-text';
import type { Quantity } from '../text/quantity';
import { writtenAmounts } from '../text/written-amounts';
import { COUNT_NOUN, KO_COUNTER } from './count-nouns';

/** The first currency written beside an amount of the text (`currencyAt`: a code elsewhere is a word). */
export function currencyIn(text: string): string | undefined {
  for (const q of writtenAmounts(text)) {
    const c = currencyAt(text, q.start, q.end);
    if (c) return c;
  }
  return undefined;
}

/**
 * The amount of money among the numbers: the one written with a currency (a symbol, 원, or a code
 * beside it), else the first that is not a share, a time or a count of people ("2 engineers,
 * 60,000 USD" is 60,000; "25% of the IT budget" has no amount).
 */
export function moneyOf(text: string, qs: Quantity[]): Quantity | undefined {
  const marked = qs.find((q) => currencyMark(text, q));
  // A bare figure right before the reason's colon is the amount, and money after the colon the
  // reason's: "36000: two $40 licences" is 36,000 (it was read as $40).
  const bare = marked && qs.find((q) => q.start < marked.start && plainMoney(text, q) && /^\s?[:：](?=\s|$)/.test(text.slice(q.end)));
  return bare || marked || qs.find((q) => plainMoney(text, q));
}

/** The currency written beside an amount (a symbol, 원, or a code before or after it). */
export const currencyMark = (text: string, q: Quantity) => currencyAt(text, q.start, q.end);

/** A bare number that could be money: not a share, a time or a count of people. */
export const plainMoney = (text: string, q: Quantity) => (q.unit === undefined || /^[kmb]$/i.test(q.unit)) && !NOT_MONEY_AFTER.test(text.slice(q.end, q.end + 48));
// A count of people or things is no money ("2 developers", "3 senior analysts", "서버 3대"; count-nouns.ts);
// 명 even before more of a word ("3명이"), the other counters only alone.
const NOT_MONEY_AFTER = new RegExp(String.raw`^\s?(?:%|percent|per\s?cent|${COUNT_NOUN}|quarters?|months?|years?|weeks?|days?|hours?|명|개월|년|분기|시간|${KO_COUNTER}|\/)`, 'i');

/**
 * Where the minus sign of the figure starting at `start` stands, or undefined with none: the
 * figure's own, when the money reader started it at its sign ("-5,000 USD", "$-5,000":
 * writtenAmounts), or one touching the figure or its currency symbol, after a space, a colon, a
 * bracket or the line's start ("-$5,000", "−7,000 USD"), so a range ("5,000-7,000") or a dash
 * between words ("Savings - 7,000") is no sign. Without it "−7,000 USD" counted as +7,000.
 */
export function minusAt(text: string, start: number): number | undefined {
  const own = MINUS_LEADS.exec(text.slice(start, start + 6));
  if (own) return start + own[0].length - 1;
  const before = text.slice(Math.max(0, start - 4), start);
  const m = MINUS_BEFORE.exec(before);
  return m ? start - before.length + m.index + m[1]!.length : undefined;
}
const MINUS_LEADS = /^(?:(?:US\$|[$€£¥₩])\s?)?[-−](?=\d)/;
const MINUS_BEFORE = /(^|[\s:(（])[-−](?:US\$|[$₩€£¥])?$/;

/** Figure `q` of `t`'s text as a number of the model, below zero with a minus sign on it (minusAt), its span from the sign. */
export function signedNum(t: Text, q: Quantity): Num {
  const sign = minusAt(t.value, q.start);
  if (sign === undefined) return num(t, q);
  // 0 - 0 is 0, where -0 would print as "-0".
  return { value: 0 - q.value, span: { start: t.span.start + Math.min(sign, q.start), end: t.span.start + q.end } };
}

/** Figure `q` of `t`'s text as a number of the model, its span counted from the start of the file. */
export const num = (t: Text, q: Quantity, scale = 1): Num => ({ value: q.value * scale, span: { start: t.span.start + q.start, end: t.span.start + q.end } });

/** The words of `t`'s text from `start` to `end` as a text of the model, its span counted from the start of the file. */
export const textAt = (t: Text, start: number, end: number): Text => ({ value: t.value.slice(start, end), span: { start: t.span.start + start, end: t.span.start + end } });

/** The part of a line the money readers read: all of `t`, or its first MAX_MONEY_TEXT characters (`limit`, text/money-text.ts). */
export function readablePart(t: Text, limit?: number): Text {
  const end = moneyTextEnd(t.value, limit);
  return end === undefined ? t : textAt(t, 0, end);
}

/** What reading only `read` of the line `whole` leaves unread, for value-text-too-long; undefined when it was read whole. */
export function unreadPart(whole: Text, read: Text): TextCut | undefined {
  return read === whole ? undefined : { span: { start: read.span.end, end: Math.max(read.span.end, whole.span.end) }, length: whole.value.length };
}
