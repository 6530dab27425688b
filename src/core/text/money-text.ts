// How much of one piece of money text the readers read: a plan's Investment or value line (the
// words after the label), the guided flow's value and investment answers, and a YAML value item's
// assumption (read for the period of its amount, period-mentions.ts). Reading a line costs some
// 45 us a character (each joiner of figures reads a 256-character window around it), so one
// pasted megabyte on an Investment line took 55 s to lint. Past this limit the line is not read,
// and value-text-too-long says so at the line: a cost or a value read from the start of a line
// is never silent.
//
// The limit is far above any real money line: the longest in examples/ is an assumption of 114
// characters (fraud-review.cbo.yaml; a plan's longest, the Hard Savings line of plan.md, 90), and
// in the tests an assumption of 102 (team-portfolio/contoso.cbo.yaml) and a value line of 69
// (value-minutes.test.ts). 2,000 is also what the wording judge reads of a statement and the
// hypothesis rule of a hypothesis: a figure and a sentence or two of reason.
export const MAX_MONEY_TEXT = 2000;

// How far back from the limit a space is looked for, so a figure is not read cut in half.
const BACK_TO_SPACE = 40;

/**
 * Where the money readers stop reading `text` (an index into it), or undefined when it is read
 * whole. At the limit, or at the last space in the 40 characters before it ("$12,3|45" read as
 * $12.3 would be a figure never written); never between the halves of a surrogate pair. `limit`
 * is MAX_MONEY_TEXT but for the linear-time probes, which read past it to keep the readers' own
 * growth in view (Infinity: the text whole).
 */
export function moneyTextEnd(text: string, limit = MAX_MONEY_TEXT): number | undefined {
  if (text.length <= limit) return undefined;
  for (let i = limit; i > limit - BACK_TO_SPACE; i--) if (/\s/.test(text[i]!)) return i;
  const c = text.charCodeAt(limit - 1);
  return c >= 0xd800 && c <= 0xdbff ? limit - 1 : limit;
}
