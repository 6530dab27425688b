// The verdict on an English statement (see verdict.ts): the order of the tests is the method,
// docs/judgement.md, step 4, says it in words. Patterns name the kinds they catch, each with a
// sentence written for it in test/unit/statement-kinds.test.ts.
import { isNounFirst, isVerbLemma, verbLemmaOf } from './lexicon';
import { afterEvery } from './measure';
import { lowerOf } from './normalise';
import type { Q } from './statement-numbers';
import { isPeopleNoun, tokensOf, type EnglishShape, type Shape } from './shape';
import type { WordSpan } from './statement';
import { group1, lastGroup, matchSpan, type Decision, type Facts } from './verdict-facts';
import { EN_COMPLETE_WORDS, EN_FRONTLINE_STAFF, EN_PASSIVE_ACTIVITY, EN_WEAK_MARKERS, EN_WORKFORCE } from '../vocab/shape-words';
import type { WordMatch } from './wordlist';
import { CAPACITY_NOT_BUILT, HIRING, RESULT_CUT, TEAM_DOES, WE_SERVED, CUSTOMER_WORDS, ADDITIONAL_PROVISION, ASSESSED_SHARE, CAPACITY_PHRASE, COUNT_TO_BE_DONE, cutToLevel, DOCUMENT_MADE, FEWER_WANTED, HANDLED_COUNT, HANDLED_WORDS, HAVE_PROGRAMME, HAVE_RECORDED, HELPED_WITH, JOBS_CREATED, LENGTH_BUILT, MEANS_COUNT, METRIC_THRESHOLD, OFFERED_SHARE, OWN_WORK_COUNT, OWN_WORK_NEXT, OWN_WORK_WORDS, RATIO, countsMadeThing, CUSTOMERS_WON, STAFF_CUT, STAFF_TRAINING_RATE, STAFF_USE, YEAR_LEVEL, ownWorkBefore, resultAfter } from './verdict-en-own-work';

export function decideEnglish(text: string, shape: EnglishShape, qs: Q[], outputs: WordMatch[], aspirations: WordMatch[], actors: WordMatch[], marker: WordMatch | undefined, f: Facts): Decision {
  const { scale, level, count, tok, withCount } = f;
  // Lower-cased once: the unanchored patterns below run only where a word they need is written.
  const lower = lowerOf(text);
  const h = shape.head;
  const command = shape.kind === 'command' && h;
  // "Empower customers to help themselves": after a direction, a weak marker changes nothing.
  if (marker && EN_WEAK_MARKERS.has(marker.entry) && (!command || h.cls !== 'activity')) marker = undefined;
  // "Launch the loyalty app so members redeem points at the till instead of paper forms":
  // the clause after the deliverable states a behaviour change.
  const m = marker;
  const clause = () => m !== undefined && actors.some((a) => a.end < m.start && tokensOf(text.slice(a.end, m.start)).some((t) => isVerbLemma(t.text)));
  // "Number of farmers who have adopted improved practices": an indicator counting people
  // who act, whatever words describe what they act on.
  const indicator = PEOPLE_INDICATOR.exec(text) ?? (!scale && !level ? PEOPLE_DOING.exec(text) : null);
  if (indicator && isPeopleNoun(indicator[1]!.toLowerCase())) return { verdict: 'outcome', reason: { code: 'behaviour', at: matchSpan(indicator) } };
  // "Add 50 new customers", "Exceed 20,000 leads": customers won, counted; "Reduce evening staff by two people": staffing.
  const won = CUSTOMERS_WON.exec(text);
  if (won && !marker) return { verdict: 'outcome', reason: { code: 'measured', at: tok(count ?? qs[0] ?? group1(won)) } };
  const cut = STAFF_CUT.exec(text);
  if (cut) return { verdict: 'output', reason: withCount({ code: 'deliverable', at: group1(cut) }) };
  // "Increase the number of partnerships and civic engagement activities from 223 to 269",
  // "... datasets available by 20%": the organisation's own work, counted, however it moves.
  // (Not "the number of customers attending events": there people act.)
  let ownWork = lower.includes('number of') ? OWN_WORK_COUNT.exec(text) : null;
  // Nor "Reduce the number of adverse events" (incidents, fewer wanted), "user-generated posts",
  // "campaigns created by merchants", "events booked through the app": others make those.
  if (ownWork && (FEWER_WANTED.test(text.slice(0, ownWork.index)) || tokensOf(text.slice(ownWork.index, ownWork.indices![1]![0])).some((t) => t.text.split('-').some((w) => isPeopleNoun(w) || isPeopleNoun(w + 's'))) || !OWN_WORK_NEXT.test(text.slice(ownWork.index + ownWork[0].length)))) ownWork = null;
  if (ownWork && !marker) return { verdict: 'output', reason: withCount({ code: 'deliverable', at: group1(ownWork) }) };
  // "Support tickets per 100 pipelines < 5": a metric held against a threshold.
  if (text.includes('<') || text.includes('>') || text.includes('≤') || text.includes('≥')) {
    // (Not "Blog posts published > 20", "Hire engineers > 5": the team's own work held to a count.)
    const trimmed = text.trimEnd();
    const threshold = METRIC_THRESHOLD.exec(trimmed);
    if (threshold && !ownWorkBefore(trimmed.slice(0, threshold.index), shape)) return { verdict: 'outcome', reason: { code: 'measured', at: group1(threshold) } };
  }
  // "Number of enrolled scholars from 6 to 25": an indicator moved from one level to another.
  if (INDICATOR_FROM_TO.test(text)) return { verdict: 'outcome', reason: { code: 'measured', at: tok(count ?? level ?? qs[0] ?? { start: 0, end: 0 }) } };
  // "Strategic Plan updated, with targets set for 80% of objectives": a document finished,
  // "Organisation of five farmer field days": an activity named by its noun, "Grow the team by
  // 20": staff added, "Achieve SOC 2 certification": a deliverable however it is measured.
  // "Establish a long term plan, forecasting at least 10 years": a document written, whatever it covers.
  // ... unless the result is measured after it ("Deliver the Net Zero Strategy, cutting emissions by 68%").
  const written = DOCUMENT_MADE.exec(text);
  const finished = DOCUMENT_DONE.exec(text) ?? (written && !resultAfter(text, qs, written.index + written[0].length) ? written : null) ?? (!scale ? NOMINAL_ACTIVITY.exec(text) : null) ?? teamGrown(text) ?? CERTIFIED.exec(text);
  if (finished && !marker) return { verdict: 'output', reason: withCount({ code: 'deliverable', at: lastGroup(finished) }) };
  // "7% of new lets will be offered to customers facing homelessness": a share of what the
  // organisation gives out; "75% of inpatients to have smoking status recorded": a share of
  // people its staff did something for. Both count the organisation's work.
  const handedOut = text.includes('%') ? OFFERED_SHARE.exec(text) ?? HAVE_RECORDED.exec(text) : null;
  if (handedOut && !marker) return { verdict: 'output', reason: { code: 'activity', at: group1(handedOut) } };
  // "... close the meal gap by distributing at least 11.6 M meals annually": every number
  // counts the means, the organisation's own work.
  const means = qs.length && lower.includes('by ') ? MEANS_COUNT.exec(text) : null;
  if (means && !marker && qs.every((q) => q.start > means.index) && !resultAfter(text, qs, means.index)) return { verdict: 'output', reason: withCount({ code: 'activity', at: group1(means) }) };
  // "95% employee cybersecurity awareness training", "30% of suppliers subjected to an annual
  // ESG assessment", "Increase tickets handled from 150 to 180", "All divisions will have
  // programmes to donate food", "Open 60 km of new road": the organisation's own work, however
  // it is counted.
  const trainedShare = text.includes('%') ? STAFF_TRAINING_RATE.exec(text) : null;
  // (Not "80% of staff apply their training": what the staff do with it is theirs.)
  const trainingDone = trainedShare && !tokensOf(text.slice(trainedShare.index, trainedShare.indices![1]![0])).some((t) => STAFF_USE.has(t.text)) ? trainedShare : null;
  const ownDone = (text.includes('%') ? trainingDone ?? ASSESSED_SHARE.exec(text) : HANDLED_WORDS.some((w) => lower.includes(w)) ? HANDLED_COUNT.exec(text) : null) ?? (lower.includes('have ') || lower.includes('has ') ? HAVE_PROGRAMME.exec(text) : null) ?? LENGTH_BUILT.exec(text);
  if (ownDone && !marker) return { verdict: 'output', reason: withCount({ code: 'activity', at: group1(ownDone) }) };
  // "Audit the blog process every 2 weeks", "we'll make announcements every 15 minutes": how
  // often the team does something (not "Customers visit every 2 weeks": there people act).
  const routineDoer = (command && (h.cls === 'activity' || h.cls === 'deliverable' || h.cls === 'light')) || TEAM_DOES.test(text);
  const every = routineDoer && !scale && !level && !(shape.kind === 'subject' && shape.people) ? qs.find((q) => q.role === 'count' && q.unit !== undefined && afterEvery(text, q)) : undefined;
  if (every && !marker) return { verdict: 'output', reason: { code: 'activity', at: tok(command ? h : every), count: text.slice(every.start, every.end) } };
  // "Create or safeguard 7,449 jobs in the region": jobs in the economy, a result.
  // (Not "Hire 20 engineers and create 20 new jobs in product": hires; not "jobs boards".)
  const jobs = lower.includes('jobs') && !HIRING.test(text) ? JOBS_CREATED.exec(text) : null;
  if (jobs && !marker) return { verdict: 'outcome', reason: { code: 'measured', at: group1(jobs) } };
  // "Two crore houses to be developed", "556MW generation capacity by 2024", "700,000 additional
  // urgent dental appointments", "help 1.4m customers with their bills": provision counted.
  // (Not when a result is measured after it: "..., cutting diarrhoea cases by half"; nor
  // capacity "avoided" by efficiency.)
  const provided = COUNT_TO_BE_DONE.exec(text) ?? (!CAPACITY_NOT_BUILT.test(text) ? CAPACITY_PHRASE.exec(text) : null) ?? ADDITIONAL_PROVISION.exec(text) ?? (lower.includes('help') || lower.includes('support') || lower.includes('assist') ? HELPED_WITH.exec(text) : null);
  if (provided && !marker && !resultAfter(text, qs, provided.index + provided[0].length) && !RESULT_CUT.test(text)) return { verdict: 'output', reason: withCount({ code: 'deliverable', at: group1(provided) }) };
  // "We taught 50 people computer skills": the organisation's service, counted. (Not "We helped
  // 200 people find work", "... so that ...": what the people then do is the result.)
  const gave = /^\s*(?:we|our|the)\b/i.test(text) ? WE_SERVED.exec(text) : null;
  const servedEnd = gave ? peopleServedEnd(text, gave.index + gave[0].length) : undefined;
  if (gave && servedEnd !== undefined && !marker && !resultAfter(text, qs, servedEnd) && !servedResult(text.slice(servedEnd))) return { verdict: 'output', reason: withCount({ code: 'activity', at: group1(gave) }) };
  // "500,000 public contacts through community outreach events": activity counted.
  if (count && !scale && TOUCHES.test(text.slice(count.end, count.end + 30)) && THROUGH_ACTIVITY.test(text)) return { verdict: 'output', reason: { code: 'activity', at: tok(count), count: text.slice(count.start, count.end) } };
  // "Launch a new product in September and have one million users by November": the result
  // the deliverable is for is counted too.
  const result = command && (h.cls === 'activity' || h.cls === 'deliverable') ? AND_RESULT.exec(text) : null;
  if (result) return { verdict: 'outcome', reason: { code: 'measured', at: lastGroup(result) } };
  // "Airstaff meeting at least 1x monthly": how often the team meets; "Increase the number of
  // calls on prospective customers": the team's own calls.
  // The unanchored patterns run only where a word they need is written (a substring search
  // costs far less than an alternation tried at every position).
  const ritual = (RITUAL_WORDS.some((w) => lower.includes(w)) ? TEAM_RITUAL.exec(text) : null) ?? (lower.includes('number') ? SALES_ACTIVITY.exec(text) : null);
  if (ritual && !marker) return { verdict: 'output', reason: withCount({ code: 'activity', at: lastGroup(ritual) }) };
  // "Invest $1.6B in grants", "$100M to support the arts", "20% of project funding to first-time
  // recipients", "10 hours of training per organisation": money or time given is an input.
  const given = FUNDING.exec(text) ?? (lower.includes('rate') ? EXECUTION_RATE.exec(text) : null);
  if (given) return { verdict: 'output', reason: withCount({ code: 'deliverable', at: lastGroup(given) }) };
  const trainingTime = qs.find((q) => q.unit !== undefined && /^(?:hours?|hrs?|days?|minutes?|mins?)$/i.test(q.unit) && TRAINING_AFTER.test(text.slice(q.end, q.end + 20)));
  if (trainingTime && !marker) return { verdict: 'output', reason: { code: 'activity', at: tok(trainingTime), count: text.slice(trainingTime.start, trainingTime.end) } };
  // "At least 25 new wildflower meadows introduced by 2025": things made, counted.
  const madeCount = COUNT_DONE.exec(text);
  if (madeCount && !isPeopleNoun(tokensOf(text.slice(0, madeCount.index + madeCount[0].length - madeCount[1]!.length)).at(-1)?.text ?? '')) return { verdict: 'output', reason: withCount({ code: 'deliverable', at: lastGroup(madeCount) }) };
  // "Reach 200,000 children with our programmes": people a service was delivered to, counted.
  const reached = command && REACH_WITH.exec(text);
  if (reached && count) return { verdict: 'output', reason: { code: 'deliverable', at: tok(h), count: text.slice(count.start, count.end) } };
  // "Expand the rail network from 230 km to 360 km": more infrastructure built, however measured.
  const built = INFRA_GROWTH.exec(text) ?? INFRA_LENGTH.exec(text);
  if (built) return { verdict: 'output', reason: withCount({ code: 'deliverable', at: { start: built.index + built[0].length - built[1]!.length, end: built.index + built[0].length, word: built[1]! } }) };
  // "Inspections of planned maintenance carried out (10%)": the team's activity, done, in any share.
  const inspected = ACTIVITY_DONE.exec(text);
  if (inspected && !marker) return { verdict: 'output', reason: withCount({ code: 'activity', at: { start: inspected.index + inspected[0].length - inspected[1]!.length, end: inspected.index + inspected[0].length, word: inspected[1]! } }) };
  // "Have over 26,000 subscribers by 2027": people counted after "have" are a result reached.
  if (command && h.text === 'have' && f.counted && peopleCounted(text, f.counted)) return { verdict: 'outcome', reason: { code: 'measured', at: tok(f.counted) } };
  // "Triple renewable generation capacity to 145 GW", "Develop 1.6 gigawatts of new capacity":
  // capacity built is a deliverable, however it is measured.
  const capacity = CAPACITY_BUILT.exec(text);
  if (capacity && !marker) return { verdict: 'output', reason: withCount({ code: 'deliverable', at: lastGroup(capacity) }) };
  // "Maintain water use below 2015 levels", "Achieve a 50:50 gender split": a level named by a
  // baseline year, a ratio.
  // (Not "Hold the number of community events above 2019 levels", "Publish 50:50 gender balance
  // data": the team's own work kept up, a deliverable.)
  const doing = command && (h.cls === 'activity' || h.cls === 'deliverable');
  const levelled = (lower.includes('level') && !OWN_WORK_WORDS.test(text) ? YEAR_LEVEL.exec(text) : null) ?? (text.includes(':') && !doing ? RATIO.exec(text) : null);
  if (levelled) return { verdict: 'outcome', reason: { code: 'measured', at: group1(levelled) } };
  if (command && (h.cls === 'activity' || h.cls === 'deliverable') && !scale && !clause()) {
    return { verdict: 'output', reason: withCount({ code: h.cls, at: tok(h) }) };
  }
  // A count (or a rate) of made things or activities: "10 blog posts per month", "Make 50
  // sales calls", "12 webinars delivered". Not a measure of change.
  // The team's own people ("Engineering teams", "All certified staff"): what they produce
  // or attend is work done, not a customer's changed behaviour.
  const crew = shape.kind === 'subject' && shape.people && shape.subject !== undefined && shape.subject.some((t) => EN_WORKFORCE.has(t.text) || EN_FRONTLINE_STAFF.has(t.text));
  const lightCommand = command !== false && command !== undefined && h.cls === 'light';
  // "Get feedback from 15 customers": what the team gathers (feedback, interviews) counted by
  // the people it asked is research done, not a change in them.
  const gathered = (q: Q) => lightCommand && RESEARCH.test(text.slice(h.end, q.start));
  const made = !scale && !marker ? qs.find((q) => (q.role === 'count' || q.role === 'measure') && (countsMadeThing(text, q, crew || lightCommand) || gathered(q))) : undefined;
  // ... but not "Readers subscribe after reading three articles": there the people act.
  const peopleAct = shape.kind === 'subject' && shape.people && !shape.done && !crew;
  // ... but a cut to a level of them is a measured change ("Reduce on-call pages to fewer than 8").
  const fewer = command && made !== undefined && h.cls === 'change' && FEWER_WANTED.test(h.text) && cutToLevel(text.slice(h.end, made.start));
  if (made && !peopleAct && !fewer && (!command || h.cls === 'light' || h.cls === 'change')) {
    const doer = command || (crew && h);
    return { verdict: 'output', reason: { code: doer ? 'activity' : 'deliverable', at: tok(doer ? h : shape.done ?? shape.artefact ?? made), count: text.slice(made.start, made.end) } };
  }
  // "All certified staff will complete the data literacy module": training attended.
  // "All teachers will receive professional development" (also "100% of teachers"): training given.
  if (crew && h && !scale && !marker && TRAINING_VERBS.has(verbLemmaOf(h.text) ?? h.text) && tokensOf(text.slice(h.end, h.end + 60)).slice(0, 5).some((t) => TRAINING_NOUNS.has(t.text))) {
    return { verdict: 'output', reason: { code: 'activity', at: tok(h) } };
  }
  // "50 pregnant mothers received prenatal care", "1,200 farmers trained": a service
  // delivered to a number of people, counted.
  const served = !scale ? servedCount(text, qs) : undefined;
  if (served) return { verdict: 'output', reason: { code: 'deliverable', at: served.verb, count: served.count } };
  // "600 more police officers on our streets": staff added is an input, not a change in anyone.
  if ((shape.kind === 'phrase' || lightCommand) && count && !scale && moreStaff(text, count)) {
    return { verdict: 'output', reason: { code: 'deliverable', at: tok(count), count: text.slice(count.start, count.end) } };
  }
  if (shape.kind === 'subject' && shape.done && !scale && !level && !marker) {
    const d = shape.done;
    const deliverable = outputs.some((o) => o.start <= d.start && d.end <= o.end) || EN_COMPLETE_WORDS.has(d.lemma);
    // "Portal rebuilt", "The checkout page is redesigned", "30 employees trained on the new tool".
    if (!shape.people ? deliverable || shape.artefactSubject || count : count || deliverable || EN_PASSIVE_ACTIVITY.has(d.lemma)) {
      return { verdict: 'output', reason: withCount({ code: 'deliverable', at: tok(d) }) };
    }
  }
  if (scale || level) return { verdict: 'outcome', reason: { code: 'measured', at: tok(scale ?? level!) } };
  if (count && (!command || h.cls === 'result' || h.cls === 'light' || h.cls === 'change')) return { verdict: 'outcome', reason: { code: 'measured', at: tok(count) } };
  if (marker) return { verdict: 'outcome', reason: { code: 'behaviour', at: tok(marker) } };
  // "Fewer people calling tech support": people doing something, more or less often (a
  // behaviour); "Shorter stays in emergency departments": a direction, no size.
  const lead = leadingComparative(text);
  if (lead) {
    const after = tokensOf(text.slice(lead.end, lead.end + 60));
    // "Better customer service levels": a listed actor in the singular modifies a noun; it is not people acting.
    const w0 = after[0]?.text ?? '';
    const singular = !w0.endsWith('s') && isPeopleNoun(w0 + 's');
    const who = after[0] && (isPeopleNoun(w0) || (!singular && actors.some((a) => a.start === lead.end + after[0]!.start)));
    const next = after[1];
    const does = next && !PREP_AFTER_PEOPLE.has(next.text) && (next.text.endsWith('ing') || isVerbLemma(next.text)) ? next : undefined;
    // "More people can live the life they want": a capability hoped for, not a behaviour.
    if (who && next && (next.text === 'can' || next.text === 'could' || next.text === 'will')) return { verdict: 'unmeasured', reason: { code: 'state', at: tok(lead) } };
    if (who && does) return { verdict: 'outcome', reason: { code: 'behaviour', at: { start: lead.end + does.start, end: lead.end + does.end, word: does.text } } };
    return { verdict: 'unmeasured', reason: { code: 'change', at: tok(lead) } };
  }
  // "Help centre launched", "New onboarding flow live by March": a thing, finished.
  if (shape.kind === 'phrase' && shape.done && (shape.artefact || outputs.length)) return { verdict: 'output', reason: { code: 'deliverable', at: tok(shape.done) } };
  if (command) {
    if (h.cls === 'change') return { verdict: 'unmeasured', reason: { code: 'change', at: tok(h) } };
    if (h.cls === 'state' || h.cls === 'result') return { verdict: 'unmeasured', reason: { code: 'state', at: tok(h) } };
    // light verb: "Make progress", "help customers love", "Get more customers" (a state) or "Make a video" (a deliverable)
    const later = shape.stateWord ?? aspirations.find((a) => a.start > h.end);
    if (later) return { verdict: 'unmeasured', reason: { code: 'state', at: tok(later) } };
    return { verdict: 'output', reason: { code: 'activity', at: tok(h) } };
  }
  if (shape.kind === 'subject' && h) {
    // "Dashboards deployed to every region": things delivered, nobody acting. (Not "Orders ship
    // the same day": a standard the operation meets for what is not its own artefact.)
    if (!shape.people && outputs.some((o) => o.start === h.start) && !(f.standard && !shape.artefactSubject)) return { verdict: 'output', reason: withCount({ code: 'deliverable', at: tok(h) }) };
    // "Employees feel valued", "Staff understand the strategy", "Customers choose us",
    // "Users can export reports": a state of mind, a reputation or a capability, unmeasured.
    if (shape.people && (h.cls === 'state' || shape.aboutUs || shape.capability)) return { verdict: 'unmeasured', reason: { code: 'state', at: tok(shape.capability ?? h) } };
    // "Customers get answers faster": people act, but the change they make has no size.
    const vagueAfter = aspirations.find((a) => a.start > h.end);
    // ... but "Existing customers buy sooner": an action done more, or sooner, is a behaviour.
    if (shape.people && h.cls === 'other' && vagueAfter && linked(text, shape, h)) return { verdict: 'unmeasured', reason: { code: 'change', at: tok(vagueAfter) } };
    // A state word anywhere makes it an aspiration, even after a concrete verb: "People live
    // longer, healthier lives", "Employees deliver great service" (so "Children eat healthy
    // food" is misread, a rarer kind).
    // "Developers will write clearer code", "Managers make better decisions": what they make is
    // to be better, by no stated measure.
    const better = shape.people && h.cls === 'other' && !qs.length ? qualityComparative(text, h.end) : undefined;
    if (better) return { verdict: 'unmeasured', reason: { code: 'change', at: better } };
    if (shape.people && h.cls === 'other' && !shape.stateWord) return { verdict: 'outcome', reason: { code: 'behaviour', at: tok(h) } };
    if (h.cls === 'change') return { verdict: 'unmeasured', reason: { code: 'change', at: tok(h) } };
    const s = shape.stateWord ?? aspirations[0];
    if (s) return { verdict: 'unmeasured', reason: { code: 'state', at: tok(s) } };
    // A thing, not people, doing something with nothing measured ("Service desk automation aids
    // self-service", "Our networks will be well connected"): a state of affairs hoped for.
    // But "Every invoice is paid on the day it arrives": all of them, or none, is a standard
    // that can be checked.
    const universal = (shape.subject !== undefined && shape.subject.length > 0 && UNIVERSAL.has(shape.subject[0]!.text)) || f.standard;
    return shape.people || qs.length || universal ? { verdict: 'outcome', reason: { code: 'behaviour', at: tok(h) } } : { verdict: 'unmeasured', reason: { code: 'state', at: tok(h) } };
  }
  // A phrase with no verb.
  if (outputs[0] && (!aspirations[0] || outputs[0].start < aspirations[0].start)) return { verdict: 'output', reason: { code: 'deliverable', at: tok(outputs[0]) } };
  if (aspirations[0]) return { verdict: 'unmeasured', reason: { code: 'change', at: tok(aspirations[0]) } };
  if (shape.stateWord) return { verdict: 'unmeasured', reason: { code: 'state', at: tok(shape.stateWord) } };
  if (shape.artefact) return { verdict: 'output', reason: { code: 'artefact', at: tok(shape.artefact) } };
  const first = tokensOf(text)[0];
  return { verdict: 'unmeasured', reason: { code: 'topic', ...(first ? { at: tok(first) } : {}) } };
}


// "Get feedback from 15 customers": what the team gathers from the people it asks.
const RESEARCH = /\b(?:feedback|interviews?|responses|input|insights|testimonials|case studies)\b/i;
const UNIVERSAL = new Set(['every', 'all', 'each', 'no', 'none', 'zero']);
// Verbs that join people to a state or to what they get ("Staff feel more valued",
// "Customers get answers faster"): a direction after them has no size.
const LINKING_VERBS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'become', 'becomes', 'feel', 'feels', 'stay', 'stays', 'remain', 'remains', 'seem', 'seems', 'look', 'looks', 'get', 'gets', 'receive', 'receives', 'have', 'has', 'enjoy', 'enjoys', 'experience', 'experiences', 'deserve', 'deserves']);


const PREP_AFTER_PEOPLE = new Set(['in', 'on', 'at', 'with', 'without', 'of', 'from', 'for', 'under', 'over', 'living', 'who', 'that']);
const COMPARATIVE_LEAD = /^\s*(?:fewer|more|less|shorter|longer|faster|quicker|higher|lower|better|greater|bigger|smaller|cheaper)\b/i;
function leadingComparative(text: string): { start: number; end: number } | undefined {
  const m = COMPARATIVE_LEAD.exec(text);
  return m ? { start: m[0].length - m[0].trimStart().length, end: m[0].length } : undefined;
}

/** The people's verb joins them to a state, or to what they get: "Customers get answers faster". */
function linked(text: string, shape: Shape, h: { start: number; text: string }): boolean {
  if (LINKING_VERBS.has(h.text)) return true;
  const subjectEnd = shape.lang === 'en' && shape.subject?.length ? shape.subject[shape.subject.length - 1]!.end : 0;
  return tokensOf(text.slice(subjectEnd, h.start)).some((t) => LINKING_VERBS.has(t.text));
}

/** A count of people, then the service they got: "50 pregnant mothers received prenatal care". */
function servedCount(text: string, qs: Q[]): { verb: WordSpan; count: string } | undefined {
  const q = qs[0];
  // "At least 150 youth will receive housing services": a floor on the count is still a count.
  const lead = text.slice(0, q?.start ?? 0).trim().toLowerCase();
  if (!q || (q.role !== 'count' && !(q.role === 'measure' && COUNT_FLOOR.has(lead))) || (lead && !COUNT_FLOOR.has(lead))) return undefined;
  const after = tokensOf(text.slice(q.end, q.end + 60));
  for (let k = 0; k < Math.min(3, after.length - 1); k++) {
    if (!isPeopleNoun(after[k]!.text)) continue;
    // "150 youth will receive": the service in the future tense.
    const v = after[k + 1]!.text === 'will' && after[k + 2] ? after[k + 2]! : after[k + 1]!;
    if (!SERVED_VERBS.has(v.text)) return undefined;
    return { verb: { word: text.slice(q.end + v.start, q.end + v.end), start: q.end + v.start, end: q.end + v.end }, count: text.slice(q.start, q.end).trim() };
  }
  return undefined;
}
const COUNT_FLOOR = new Set(['at least', 'over', 'more than', 'up to']);
// Not "visited" or "reached": "5,000 customers visited the store" is what customers did.
const SERVED_VERBS = new Set(['received', 'receive', 'receives', 'attended', 'attend', 'trained', 'served', 'participated', 'benefited', 'benefitted', 'assisted', 'supported', 'counselled', 'counseled', 'screened', 'treated', 'contacted']);
const TRAINING_VERBS = new Set(['complete', 'attend', 'finish', 'take', 'undergo', 'undertake', 'pass', 'join', 'receive', 'get']);
const TRAINING_NOUNS = new Set(['training', 'trainings', 'module', 'modules', 'course', 'courses', 'workshop', 'workshops', 'session', 'sessions', 'class', 'classes', 'orientation', 'induction', 'webinar', 'webinars', 'e-learning', 'bootcamp', 'certification', 'curriculum', 'seminar', 'seminars', 'professional', 'coaching', 'mentoring', 'instruction']);

const PEOPLE_INDICATOR = /^\s*(?:the\s+)?(?:number|percentage|proportion|share|%)\s+of\s+(?:\w+\s+){0,2}?(\w+)\s+(?:who|that)\s+(?:have\s+|had\s+|are\s+|were\s+)?\w+/i;
/** "Number of people using digital services": people counted doing something (an -ing verb). */
// Not "Number of staff training sessions": a gerund that names an activity describes a thing
// counted, not people acting.
const PEOPLE_DOING = /^\s*(?:the\s+)?(?:number|percentage|proportion|share|%)\s+of\s+(?:\w+\s+){0,2}?(\w+)\s+(?!(?:living|being|training|onboarding|funding|coaching|mentoring|marketing|housing|parking|building|meeting|planning|screening|counsell?ing|nursing|fundraising|engineering|accounting|consulting|catering|teaching)\b)\w+ing\b/i;
const REACH_WITH = /^\s*(?:reach|serve)\s+[\d,.]+\s*(?:more\s+|new\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:with|through)\s+(?:our|the|its|their|a|an)\b/iu;
/** A network that is built: rail lines, roads, bus routes, cycle lanes (for the two patterns below). */
const NETWORK = String.raw`(?:rail(?:way)?|road|metro|tram|bus|cycle|bike|cycling)\s+(?:network|lanes?|routes?|lines?|tracks?|paths?)`;
// Built networks measured by their size: a deliverable however many kilometres it grows.
const INFRA_GROWTH = new RegExp(String.raw`^\s*(?:to\s+)?(?:expand|extend|increase|double|grow|add|build|lengthen|widen|boost|install)\s+(?:the\s+|our\s+|its\s+)?(?:number\s+of\s+)?(?:[\p{L}-]+\s+){0,2}?(${NETWORK}|charging (?:points|stations)|bus shelters|hospital beds|street ?lights)\b`, 'iu');
/** "1000km of cycling path network by 2040": a network's length, built. */
const INFRA_LENGTH = new RegExp(String.raw`^\s*(?:at least\s+|over\s+)?[\d,.]+\s?(?:km|kilometres|kilometers|miles)\s+of\s+(?:new\s+|additional\s+)?(?:[\p{L}-]+\s+){0,2}?(${NETWORK}(?:\s+network)?)\b\s*(?:(?:by|in|before)\s+(?:\p{L}+\s+)?\d{4})?\s*[.!]?\s*$`, 'iu');
const ACTIVITY_DONE = /^\s*(?:the\s+)?(?:inspections?|audits?|reviews?|assessments?|checks?|site visits?|evaluations?)\b.{0,80}?\b(carried out|completed|conducted|undertaken|performed|held|done)\b/i;
const ADDED = new Set(['more', 'new', 'additional', 'extra']);
/** People right after a count ("26,000 subscribers", "5,000 new paying customers"). */
function peopleCounted(text: string, count: Q): boolean {
  const after = tokensOf(text.slice(count.end, count.end + 40)).slice(0, 3);
  // ... not the team's own staff ("Have 600 more police officers"): staff added is an input.
  return after.some((t) => isPeopleNoun(t.text)) && !after.some((t) => EN_WORKFORCE.has(t.text) || EN_FRONTLINE_STAFF.has(t.text));
}
const CAPACITY_BUILT = /^\s*(?:to\s+)?(?:develop|build|add|install|deploy|commission|double|triple|quadruple|expand|grow|increase|reach)\s+(?:at least\s+|over\s+|more than\s+|up to\s+|our\s+|the\s+|its\s+)?(?:[\p{L}\d.,-]+\s+){0,4}?((?:generation|generating|production|manufacturing|storage|renewable|solar|wind|power|energy|installed)\s+capacity|g(?:iga)?w(?:atts?)?\b|m(?:ega)?w(?:atts?)?\b|gwh\b|mwh\b)/iu;
/** "600 more police officers", "2,000 additional nurses": staff added, counted. */
function moreStaff(text: string, count: Q): boolean {
  const after = tokensOf(text.slice(count.end, count.end + 40));
  if (!after[0] || !ADDED.has(after[0].text)) return false;
  return after.slice(1, 3).some((t) => EN_WORKFORCE.has(t.text) || EN_FRONTLINE_STAFF.has(t.text));
}
const QUALITY_COMPARATIVES = new Set(['better', 'clearer', 'cleaner', 'safer', 'healthier', 'simpler', 'easier', 'smarter', 'stronger', 'richer', 'wiser', 'nicer', 'kinder', 'fairer', 'greener']);
/** A comparative of quality just after the verb, before what it qualifies: "write clearer code". */
function qualityComparative(text: string, from: number): WordSpan | undefined {
  const after = tokensOf(text.slice(from, from + 40));
  for (let k = 0; k < Math.min(2, after.length - 1); k++) {
    const t = after[k]!;
    if (QUALITY_COMPARATIVES.has(t.text)) return { start: from + t.start, end: from + t.end, word: text.slice(from + t.start, from + t.end) };
  }
  return undefined;
}
/** Where the people counted after "trained 200" end: up to two words, then a people noun a business does not win as customers. */
function peopleServedEnd(text: string, from: number): number | undefined {
  const toks = tokensOf(text.slice(from, from + 60)).slice(0, 3);
  const k = toks.findIndex((t) => isPeopleNoun(t.text));
  return k >= 0 && !CUSTOMER_WORDS.has(toks[k]!.text) ? from + toks[k]!.end : undefined;
}
/**
 * After "trained 200 people": a counted result of theirs (", 150 of whom found work", "; 60 now
 * use drip irrigation", "so that ...") or a verb ("to find work", "find work") is the people's
 * result. Only the words right after the people are read: "2,000 young people who are not in
 * education" describes them, and "breakfast" or "code" after them is what they were given.
 */
function servedResult(rest: string): boolean {
  if (/^[^.;]{0,40}?\b(?:of whom|so that|so they|and then)\b|^[^.]{0,30}?[;,]\s*[\d.,]+\s+(?:of them\s+|now\s+|have\s+|had\s+)?[\p{L}-]+/iu.test(rest)) return true;
  const toks = tokensOf(rest).slice(0, 3).map((t) => t.text);
  const to = toks[0] === 'to';
  const next = to ? toks[1] : toks[0];
  // A bare verb needs words after it ("find work"): a last word is what they were given ("lunch").
  return next !== undefined && isVerbLemma(next) && !isNounFirst(next) && !NOT_THEIR_VERB.has(next) && (to || toks.length > 1);
}
// Words after the people that start no clause of theirs: where, when and how often they were served.
const NOT_THEIR_VERB = new Set(['in', 'on', 'at', 'with', 'from', 'through', 'across', 'per', 'each', 'every', 'by', 'for', 'and', 'last', 'this', 'next', 'a', 'an', 'the', 'over', 'during', 'within']);
function teamGrown(text: string): RegExpExecArray | null {
  const m = GROW_TEAM.exec(text);
  return m && !TEAM_MEASURE.test(text.slice(m.index + m[0].length)) ? m : null;
}
const INDICATOR_FROM_TO = /^\s*(?:the\s+)?(?:number|percentage|proportion|share|rate|count)\s+of\b.{3,80}?\bfrom\s+[\d.,]+\s*%?\s+to\s+[\d.,]+/i;
const DOCUMENT_DONE = /^\s*(?:the\s+|our\s+|all\s+)?(?:[\p{L}-]+\s+){0,3}?((?:plans?|strateg(?:y|ies)|polic(?:y|ies)|frameworks?|roadmaps?|guidelines?|procedures?|business cases?)\s+(?:is\s+|are\s+|was\s+|were\s+)?(?:updated|developed|approved|published|completed|established|adopted|tabled|revised|finali[sz]ed|submitted|agreed|signed off))\b/iu;
const NOMINAL_ACTIVITY = /^\s*(?:the\s+)?((?:organi[sz]ation|delivery|provision|holding|conduct|creation|establishment|production|publication|construction|installation|preparation|distribution|staging|hosting)\s+of)\b/i;
// "Grow the sales team to 12", "Increase staff nurses from 100 to 120": staff added. Not when
// a measure of what people do follows the team word ("Increase team plan adoption by 30%", "the
// team's win rate", "staff and student satisfaction"): see TEAM_MEASURE.
const GROW_TEAM = /^\s*(?:to\s+)?((?:grow|expand|increase|double|enlarge)\s+(?:the\s+|our\s+|my\s+)?(?:[\p{L}-]+\s+)?(?:team|headcount|staff|workforce|sales ?force))\b/iu;
const TEAM_MEASURE = /\b(?:adoption|usage|use|rate|satisfaction|retention|nps|score|scores|wellbeing|well-being|engagement|utili[sz]ation|productivity|turnover|attrition|absence|sickness|diversity|representation|performance|uptake|completion)\b/i;
const CERTIFIED = /^\s*(?:to\s+)?(?:achieve|obtain|gain|get|earn|secure|attain|pass|receive)\s+(?:the\s+|our\s+|a\s+|an\s+)?(?:[\p{L}\d-]+\s+){0,4}?(certification|accreditation|certificate|audit)\b/iu;
const TOUCHES = /^\s*(?:[\p{L}-]+\s+)?(?:contacts|interactions|touchpoints|touches|impressions|engagements)\b/iu;
const THROUGH_ACTIVITY = /\bthrough\s+(?:our\s+|the\s+)?(?:[\p{L}-]+\s+){0,5}?(?:events?|outreach|campaigns?|workshops?|sessions?|programmes?|programs?|fairs?|talks?|roadshows?|assemblies|meetings?|visits?)\b/iu;
const AND_RESULT = /\band\s+(?:to\s+)?(?:have|reach|get|hit|gain|acquire|attract|sign|win)\s+(?:over\s+|at least\s+|more than\s+)?((?:[\d.,]+|one|two|three|five|ten)(?:\s*(?:million|thousand|k|m)\b)?\s+(?:[\p{L}-]+\s+)?(?:users|customers|members|subscribers|downloads|sign-?ups|visitors|buyers|students|patients|clients|accounts))\b/iu;

const FUNDING = /^\s*(?:to\s+)?((?:invest|spend|allocate|commit|provide|award|grant|distribute|disburse)\s+(?:over\s+|at least\s+|more than\s+|up to\s+)?[$€£¥₩]\s?[\d.,]+)|^\s*(?:at least\s+|over\s+)?([$€£¥₩]\s?[\d.,]+\s?(?:[kmb]n?|million|billion)?\s+(?:in\s+(?:grants?|funding|investment)|to\s+(?:support|fund)|for\s+(?:grants?|projects?)))|^\s*([\d.]+\s?%\s+of\s+(?:[\p{L}-]+\s+){0,2}(?:funding|budget|grants?|spend(?:ing)?)\s+(?:to|for|on))/iu;
const EXECUTION_RATE = /\b((?:execution|implementation|completion|delivery)\s+rate)\s+(?:of|for|on)\s+(?:the\s+|our\s+)?(?:[\p{L}-]+\s+){0,3}?(?:plans?|actions?|projects?|recommendations?|initiatives?|commitments?|milestones?|measures?)\b/iu;
const TRAINING_AFTER = /^\s*(?:of\s+)?(?:[\p{L}-]+\s+)?(?:training|coaching|mentoring|instruction|professional development|cpd)\b/iu;
const COUNT_DONE = /^\s*(?:at least|over|more than|up to)?\s*[\d,.]+\s+(?:[\p{L}-]+\s+){1,5}?(introduced|created|built|planted|installed|opened|delivered|established|launched|published|held|completed|constructed|developed|implemented|rolled out|set up|restored|refurbished|upgraded|renovated|designated)\b/iu;
const TEAM_RITUAL = /\b((?:meeting|meetings|meets?|huddles?|briefings?|check-ins?|stand-?ups?|one-to-ones|1:1s)\s+(?:at least\s+|every\s+|once\s+|twice\s+)?(?:\d+\s?(?:x|times)\s?)?(?:a\s+|per\s+)?(?:day|week|month|quarter|daily|weekly|monthly|quarterly|fortnightly))\b/i;
/** A word every TEAM_RITUAL match contains. */
const RITUAL_WORDS = ['meet', 'huddle', 'briefing', 'check-in', 'stand', 'one-to-one', '1:1'];
const SALES_ACTIVITY = /\bnumber\s+of\s+(?:sales\s+|outbound\s+|cold\s+)?((?:calls|demos|meetings|visits|pitches|follow-ups)\s+(?:on|to|with)\s+(?:prospective|potential|new|target)\b)/i;
