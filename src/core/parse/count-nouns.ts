// People and things a plan counts: "2 developers", "3 senior analysts", "200 seats", "2 FTE",
// "개발자 2명", "서버 3대". A figure written with one is a count, never money: "Investment: 2
// developers" was an investment of 2 (dollars), "Hard Savings: 3 analysts" a saving of 3. With
// no price beside it the line says what to add (value-no-investment, value-item-incomplete).
import type { Quantity } from '../text/quantity';

const PEOPLE = String.raw`developers?|engineers?|analysts?|agents?|consultants?|contractors?|architects?|designers?|testers?|managers?|admins?|administrators?|specialists?|employees?|workers?|staff|people|persons?|heads?|headcount|hires?|FTEs?|members?|reps?|representatives?|technicians?|operators?|clerks?|nurses?|drivers?|interns?|trainers?|scientists?|programmers?|accountants?|auditors?|advis[eo]rs?|salespeople|recruiters?|officers?`;
const THINGS = String.raw`seats?|licen[cs]es?|servers?|machines?|laptops?|devices?|sites?|stores?|branches?|offices?|warehouses?|vehicles?|trucks?|instances?|VMs?|nodes?|robots?|kiosks?|terminals?|subscriptions?`;
// A word or two before the noun that qualify it ("2 senior developers", "3 full-time analysts"),
// never one that joins money to its reason ("54,000 in licences" is money spent on licences,
// "80000 ALL staff moved" 80,000 for moving all the staff).
const QUALIFIER = String.raw`(?:(?!(?:in|on|of|for|from|per|a|an|the|all|our|their|its|these|those|this|that|each|every|to|by|at|over|with|and|or|saved|worth|less|more|fewer)\b)[A-Za-z-]+\s+){0,2}`;
/** The noun of a count right after a figure, as a pattern's source (value-money.ts's NOT_MONEY_AFTER takes it in). */
export const COUNT_NOUN = String.raw`${QUALIFIER}(?:${PEOPLE}|${THINGS})(?![A-Za-z])`;
const NOUN_AFTER = new RegExp(String.raw`^\s?${COUNT_NOUN}`, 'i');
// Korean counters of people and things ("2명", "3대", "5개", "2곳", "10석"), written once for the
// three patterns below and value-money.ts's (개소 before 개, so a search takes the whole word).
const KO_COUNTERS = '명|대|개소|개|곳|석|인';
/** A Korean counter after a figure, not the start of a longer word, as a pattern's source (value-money.ts's NOT_MONEY_AFTER takes it in). */
export const KO_COUNTER = String.raw`(?:${KO_COUNTERS})(?![가-힣])`;
// A counter as the unit itself, or an English unit the number reader takes into the figure ("3 users", "2 people").
const COUNTER = new RegExp(`^(?:${KO_COUNTERS}|people|persons?|staff|users?|customers?)$`, 'i');
const KO_COUNTER_AFTER = new RegExp(String.raw`^\s?${KO_COUNTER}`);
// The noun a Korean count is of, written before it ("개발자 2명", "서버 3대").
const KO_NOUN_BEFORE = /[가-힣A-Za-z]+\s?$/;

/** Where the words of `q` end when it is a count of people or things ("2 developers", "3대"); undefined when it is none. */
export function countEnd(text: string, q: Quantity): number | undefined {
  if (COUNTER.test(q.unit ?? '')) return q.end;
  if (q.unit !== undefined) return undefined;
  const m = NOUN_AFTER.exec(text.slice(q.end)) ?? KO_COUNTER_AFTER.exec(text.slice(q.end));
  return m ? q.end + m[0].length : undefined;
}

/** The first count of people or things among `qs`, with its words ("2 developers", "개발자 2명"), where they are in `text`. */
export function countWords(text: string, qs: Quantity[]): { start: number; end: number } | undefined {
  for (const q of qs) {
    const end = countEnd(text, q);
    if (end === undefined) continue;
    // A Korean count names its noun before it: "개발자 2명" (an English one after it: "2 developers").
    const korean = /[가-힣]/.test(text.slice(q.start, end));
    const noun = korean ? KO_NOUN_BEFORE.exec(text.slice(0, q.start)) : null;
    return { start: noun ? q.start - noun[0].length : q.start, end };
  }
  return undefined;
}
