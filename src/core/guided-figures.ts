// The figures of a guided value answer as the user wrote them, cut at the "×" signs the Markdown
// reader joined them by: "10 agents × 15 hours/month × $40" is "10 agents", "15 hours/month" and
// "$40". The flow says with them how the file's figure is made ("10 agents × 15 hours/month × 12
// months" for `hours: 1800`), in the words of the answer rather than the digits it wrote.
import type { ReadItem } from './parse/markdown-value';
import { currencyAt, figureEnd } from './text/currency';
import { TIMES, type Quantity } from './text/quantity';
import { SHARE_JOIN } from './parse/value-factors';
import { shareEnd } from './parse/value-share';

/** One figure of the line and its words: its unit, its currency, a period written on it. */
export interface WrittenFigure {
  q: Quantity;
  words: string;
}

// The sign between two factors, as value-factors.ts's JOIN reads it, or the words that join a
// share to its base ("15% of $800,000", "80만 달러의 15%").
const SIGN = new RegExp(`${TIMES}|${SHARE_JOIN}`, 'g');
// A currency written right before a figure: "$" is in the figure already; "GBP 5000", "US$ 40" are not.
const CODE_BEFORE = /(?:[A-Z]{3}|[A-Z]{0,2}[$€£¥₩])\s?$/;

/** A period written in the line: where it is. */
type At = { start: number; end: number };

/** Where the figure's words start: a period or a currency code before it is its own ("월 500만 원", "EUR 4000"). */
function startOf(text: string, q: Quantity, period: At | undefined): number {
  let start = q.start;
  if (period && period.end <= q.start && !/[×✕*=:：,;]/.test(text.slice(period.end, q.start))) start = period.start;
  const code = CODE_BEFORE.exec(text.slice(0, q.start));
  if (code && start === q.start && currencyAt(text, q.start, q.end)) start -= code[0].length;
  return start;
}

/** Where the figure's words end: its currency after it, and a period after that ("40 USD", "$4,000 per month"), or the change a share names ("15% 향상"). */
function endOf(text: string, q: Quantity, period: At | undefined): number {
  const end = Math.max(figureEnd(text, q), shareEnd(text, q));
  return period && period.start >= q.end && !/[×✕*=:：,;]/.test(text.slice(end, period.start)) ? Math.max(end, period.end) : end;
}

/**
 * The figures of the line's chain (or its one figure), each with its words as written, in
 * the order written, `period` with the figure it is written at. The words between two figures
 * are cut at the sign: "15 hours/month × $40" gives "15 hours/month" and "$40".
 */
export function writtenFigures(text: string, r: ReadItem, main: Quantity | undefined, period: At | undefined): WrittenFigure[] {
  const qs = r.chain && r.chain.factors.length > 0 ? r.chain.factors : main ? [main] : [];
  const out: WrittenFigure[] = [];
  let from = qs[0] ? startOf(text, qs[0], period) : 0;
  qs.forEach((q, i) => {
    const next = qs[i + 1];
    let to = endOf(text, q, period);
    let after = to;
    if (next) {
      // The last sign between the two: what comes before it is this figure's ("/month "), after it the next one's (" $").
      const between = text.slice(q.end, next.start);
      let sign: RegExpMatchArray | undefined;
      for (const m of between.matchAll(SIGN)) sign = m;
      to = sign ? q.end + sign.index! : next.start;
      after = sign ? to + sign[0].length : next.start;
    }
    out.push({ q, words: text.slice(from, to).trim() });
    from = after;
  });
  return out;
}

/** The words of the figures kept (in the order written), joined by " × ". */
export function joinedWords(figures: WrittenFigure[], keep: (q: Quantity) => boolean): string {
  return figures
    .filter((f) => keep(f.q))
    .map((f) => f.words)
    .join(' × ');
}
