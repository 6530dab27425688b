// Where an English statement starts after what leads it: a goal prefix ("KR1:", "Our goal is
// to"), named partners ("With UKTI and the FCO, establish ..."), or a time phrase ("By June
// 2027, ..."). The shape reader (shape.ts) reads its head from the token this returns.
import { isNounFirst, isVerbLemma } from './lexicon';
import type { Tok } from './shape';

/** The index of the statement's first token past its lead (0 when nothing leads it). */
export function leadStart(toks: readonly Tok[], text: string): number {
  return text.length > 3 && LEAD_FIRST.has(text.charCodeAt(0) | 32) ? leadEnd(toks, text) : 0;
}

// First letters of a leading time phrase, a goal prefix or named partners (by, in, during, before, until, over, our, the, my, kr1:, objective:, goal:, with, alongside): only then is leadEnd's pattern tried.
const GOAL_PREFIX = /^\s*(?:(?:kr|o|okr|objective|goal|key result)\s?\d{0,2}\s?[:.)-]\s+|(?:our|the|my)\s+(?:main\s+)?(?:goal|aim|objective|mission|ambition|vision|priority|plan|focus)\s+(?:is|will be)\s+(?:to\s+)?)/i;
const LEAD_FIRST = new Set([...'biduotmkgwa'].map((ch) => ch.charCodeAt(0)));
const PARTNERS_LEAD = /^\s*(?:with|together with|working with|alongside|in (?:partnership|collaboration|cooperation) with)\s/i;

/** Past a leading time phrase: "By June 30, 2016, we will ...", "By the end of the year, I will ...". */
function leadEnd(toks: readonly Tok[], text: string): number {
  // "KR1: Launch ...", "Objective: ...", "Our goal is to build ...": the statement starts after.
  const prefix = GOAL_PREFIX.exec(text);
  if (prefix) {
    const i = toks.findIndex((t) => t.start >= prefix[0].length);
    return i < 0 ? 0 : i;
  }
  // "With UKTI and the FCO, establish ...", "In partnership with schools, run ...": the
  // partners named first are not the statement's subject.
  // The partners may be a list ("With local charities, food banks and faith groups, open ..."):
  // the statement starts after the first comma followed by a verb.
  const partners = PARTNERS_LEAD.exec(text);
  // A verb that is more often a noun ("control") is taken only when no plainer verb follows.
  if (partners) {
    let nounish = 0;
    for (let comma = text.indexOf(',', partners[0].length); comma >= 0 && comma <= 120; comma = text.indexOf(',', comma + 1)) {
      const i = toks.findIndex((t) => t.start > comma);
      if (i < 0) break;
      if (isVerbLemma(toks[i]!.text)) {
        if (!isNounFirst(toks[i]!.text)) return i;
        nounish ||= i;
      }
    }
    return nounish;
  }
  if (!/^\s*(?:by|in|during|before|until|over|within)\b/i.test(text)) return 0;
  const comma = text.indexOf(',', text.search(/\d{4}|year|month|quarter|week/i));
  if (comma < 0 || comma > 48) return 0;
  const i = toks.findIndex((t) => t.start > comma);
  return i < 0 ? 0 : i;
}
