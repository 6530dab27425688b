// Where a value line's figures end and its reason begins. After the last factor and its currency
// come the words that belong to the figure: its unit of sale ("$6 per call", "$40/hour", "$20,000
// per year", "$15 each") and, after a count, the noun it counts ("× 2 sites", "× 3개 지점"). They
// were read as the start of the reason: "$5,000 monthly × 2 sites: rent" had "sites: rent".
import { nounEnd } from './value-factors';

// "/hour", "/call", "/건"; "per call"; "a year", "an hour", "each week"; "each" or "apiece" before
// the reason's separator ("each time a call is avoided" is a reason). Not a day: a daily figure
// is counted as written, so "per day" stays in the reason as the only trace of what it is.
const PRICE_UNIT = /^\s?(?:\/\s?(?!days?(?![A-Za-z])|일)[A-Za-z가-힣]+|per\s+(?!days?(?![A-Za-z]))[A-Za-z]+|(?:a|an|each|every)\s+(?:year|month|week|hour|quarter|half[- ]year)(?![A-Za-z])|(?:each|apiece)(?=\s*(?:[:：;,—–(]|$)))/i;

/**
 * Where the figures of a line end, from `end` (past the last factor and its currency): past the
 * count's noun when the last factor is a count written without one of its own (`bareCount`: "2
 * sites", not "220 days", whose unit the factor holds), then past every unit of sale after it.
 */
export function figuresEnd(text: string, end: number, bareCount: boolean): number {
  let at = bareCount ? nounEnd(text, end) : end;
  for (let m = PRICE_UNIT.exec(text.slice(at)); m && m[0].trim(); m = PRICE_UNIT.exec(text.slice(at))) at += m[0].length;
  return at;
}
