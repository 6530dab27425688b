// The verdict on one statement from its shape, its numbers and the words found in it: an
// outcome (a measured change or people's changed behaviour), an output (a deliverable or an
// activity, counted or not) or an unmeasured aspiration (a direction or a state). What both
// languages share is weighed here (which number is a scale, a level or a count); each language's
// order of tests is in verdict-en.ts and verdict-ko.ts. docs/judgement.md, step 4, says it in words.
import { lowerOf } from './normalise';
import { allOf, isScale, type Q } from './statement-numbers';
import { isPeopleNoun, tokensOf, type Shape } from './shape';
import type { Reason } from './statement';
import { decideEnglish } from './verdict-en';
import type { Decision, Facts } from './verdict-facts';
import { decideKorean, KO_CREW_SUBJECT } from './verdict-ko';
import { EN_FRONTLINE_STAFF, EN_WORKFORCE } from '../vocab/shape-words';
import type { WordMatch } from './wordlist';

// "Payments settle on the day they are due", "Orders ship the same day", "Deliveries arrive inside
// the booked one-hour window": a standard met or not.
const STANDARD = /\b(?:(?:inside|within) (?:the |their |its |our |a )?(?:[\w-]+ ){0,3}?(?:window|slot)\b|on the (?:same )?day|same[- ]day|on time|first time|next[- ]day|in full|free of (?:significant |material |any )?(?:errors?|defects?)|error[- ]free|defect[- ]free|meets?\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,3}?standards?)\b/i;

/** Whether the text holds a word every STANDARD match contains: the cheap test first. */
function mayBeStandard(text: string): boolean {
  const lower = lowerOf(text);
  return lower.includes('day') || lower.includes('time') || lower.includes('window') || lower.includes('slot') || lower.includes('in full') || lower.includes('free') || lower.includes('standard');
}

export function decide(text: string, shape: Shape, qs: Q[], outputs: WordMatch[], aspirations: WordMatch[], actors: WordMatch[], marker: WordMatch | undefined): Decision {
  // "Reach 10,000 monthly visits" counts results; "Run 5 webinars" counts activity.
  // A short duration ("within 10 minutes") measures a change, except as the deadline of a
  // listed deliverable ("48시간 내에 적용한다").
  // Not when people other than the team are the subject ("대기 환자가 … 2시간 안에 예약을 확정한다"):
  // the time is how soon they act, not a deadline for the team's work.
  const deliverableHead = shape.lang === 'en' ? shape.kind === 'command' && shape.head?.cls === 'deliverable' : shape.predicate?.cls === 'action' && !(shape.person && !KO_CREW_SUBJECT.test(shape.person.text));
  const scale = qs.find((q) => isScale(text, q) || (q.role === 'timebox' && !deliverableHead));
  // "100% of the components are migrated": all of a deliverable, not a level reached; but "100% of
  // statistics are released free of errors" and "100% of advice meets the standard" set a standard.
  const standard = mayBeStandard(text) && STANDARD.test(text);
  const level = qs.find((q) => (q.role === 'measure' || q.role === 'timebox') && (standard || !allOf(text, q) || ofPeople(text, q)));
  // "in six communities", "across 12 schools": where the change is wanted, not its size.
  const count = qs.find((q) => q.role === 'count' && !scopeCount(text, q));
  const tok = (t: { start: number; end: number }) => ({ start: t.start, end: t.end, word: text.slice(t.start, t.end) });
  const counted = count ?? level;
  const withCount = (r: Reason): Reason => (counted && !scale ? { ...r, count: text.slice(counted.start, counted.end) } : r);

  const f: Facts = { scale, level, count, counted, standard, tok, withCount };
  return shape.lang === 'en' ? decideEnglish(text, shape, qs, outputs, aspirations, actors, marker, f) : decideKorean(text, shape, qs, outputs, aspirations, marker, f);
}

/** "100% of children who need care can access it": all of some people, a coverage to reach. */
function ofPeople(text: string, q: Q): boolean {
  const after = tokensOf(text.slice(q.end, q.end + 40));
  let k = after[0]?.text === 'of' ? 1 : 0;
  while (after[k] && (after[k]!.text === 'the' || after[k]!.text === 'our' || after[k]!.text === 'all')) k++;
  const first = after[k];
  // ... not the team's own staff ("100% of staff trained"): what is done to them is work done.
  return first !== undefined && isPeopleNoun(first.text) && !EN_WORKFORCE.has(first.text) && !EN_FRONTLINE_STAFF.has(first.text);
}

/** A count of places after "in" or "across": the scope of the statement ("in six communities"). */
function scopeCount(text: string, q: Q): boolean {
  // Only after a direction with no size ("Improved handwashing practices in six communities");
  // "Reach break-even in 5 markets" counts the result.
  // "27개 지역에 대해서는 … 의료수준 향상": the places a policy covers.
  if (KO_SCOPE_AFTER.test(text.slice(q.end, q.end + 16))) return true;
  return SCOPE_LEAD.test(text) && SCOPE_BEFORE.test(text.slice(Math.max(0, q.start - 12), q.start)) && SCOPE_AFTER.test(text.slice(q.end, q.end + 40));
}
const KO_SCOPE_AFTER = /^\s?(?:개\s?)?(?:지역|시군|시·군|시도|시·도|학교|기관|마을|읍면동|자치구)\s?(?:에\s?대해|에\s?대한|을\s?대상으로|를\s?대상으로)/;
const SCOPE_LEAD = /^\s*(?:improved|better|increased|enhanced|stronger|greater|more|higher|reduced|lower|fewer|less|strengthened)\b/i;
const SCOPE_BEFORE = /\b(?:in|across|at)\s+(?:all\s+|the\s+|our\s+)?$/i;
const SCOPE_AFTER = /^\s+(?:[\p{L}-]+\s+)?(?:communities|schools|districts|regions|countries|sites|villages|cities|towns|provinces|markets|locations|hospitals|states|counties|municipalities|branches|stores|neighbou?rhoods)\b/iu;
