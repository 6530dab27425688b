// English patterns for the organisation's own work and for results measured beside it: what
// the team delivers, hands out, counts of its own routines, and the measured results that keep a
// statement an outcome. Used by verdict-en.ts in its order of tests (docs/judgement.md, step 4).
import { isNounFirst } from './lexicon';
import type { Q } from './statement-numbers';
import { tokensOf, type EnglishShape } from './shape';
import { EN_ARTEFACT_NOUNS, EN_WORKFORCE } from '../vocab/shape-words';

export const DOCUMENT_MADE = /^\s*(?:(?:by|in)\s+(?:\p{L}+\s+)?\d{4},?\s+)?(?:all\s+(?:countries|member states|councils|departments|agencies|schools|trusts)\s+|we\s+(?:will\s+)?)?(?:to\s+)?(?:establish|develop|create|write|draft|produce|prepare|publish|adopt|update|complete|finali[sz]e|deliver|agree)\s+(?:a\s+|an\s+|the\s+|our\s+|new\s+)*(?:[\p{L}-]+\s+){0,6}?(plans?|strateg(?:y|ies)|frameworks?|roadmaps?|polic(?:y|ies)|business cases?|charters?)\b(?!\s+(?:so|that|which|where)\b)/iu;
export const OWN_WORK_COUNT = /\bnumber\s+of\s+(?:[\p{L}-]+\s+){0,3}?(events|activities|workshops|partnerships|publications|datasets|webinars|campaigns|initiatives|trainings|programmes|programs|articles|papers|patents|reports|press releases|blog posts|posts)\b/diu;
// Run on the trimmed text, so nothing after the number has to be backtracked over.
export const METRIC_THRESHOLD = /[\p{L})] ?((?:<|>|≤|≥|<=|>=) ?[$€£]?[\d.,]+ ?(?:%|ms|s|seconds?|minutes?|hours?|days?)?)$/du;
export const YEAR_LEVEL = /\b((?:below|above|under|beneath|over)\s+(?:the\s+)?(?:19|20)\d\d(?:\/\d\d)?\s+levels?)\b/diu;
export const RATIO = /\b(\d{1,3}:\d{1,3}\s+(?:gender\s+)?(?:split|ratio|balance|parity|mix))\b/diu;
export const STAFF_TRAINING_RATE = /[\d.]+ ?% (?:of )?(?:all )?(?:employees?|staff|workforce|colleagues) (?:[\p{L}-]+ ){0,3}?(training|trained)(?= (?:completion|compliance|completed|attendance|rates?|and compliance|by|in|on)\b|[.,;]?$)/diu;
export const ASSESSED_SHARE = /[\d.]+\s?%\s+(?:of\s+)?(?:[\p{L}-]+\s+){1,4}?(subjected to|undergoing|undergo)\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:assessments?|audits?|reviews?|inspections?|evaluations?|checks?)\b/diu;
/** A word every HANDLED_COUNT match contains. */
export const HANDLED_WORDS = ['handled', 'processed', 'closed', 'answered', 'resolved', 'dealt with'];
export const HANDLED_COUNT = /\b((?:tickets?|calls?|cases?|requests?|claims?|applications?|enquiries|inquiries) (?:handled|processed|closed|answered|resolved|dealt with))\b(?: (?:per|a|each) \w+)? (?:from )?[\d.,]+(?![\d.,])(?! ?(?:x\b|times|%|weeks?|days?|hours?|minutes?|seconds?|months?|faster|sooner|quicker))/diu;
export const HAVE_PROGRAMME = /\b(?:divisions|departments|sites|offices|teams|schools|hospitals|trusts|councils|agencies|business units|branches|stores|facilities|regions|subsidiaries|plants)\b(?: [\p{L}-]+){0,2}? (?:will )?(?:have|has) (?:an? |their own |its own )?(?:[\p{L}-]+ ){0,2}?(programmes?|programs?|plans?|polic(?:y|ies)|process(?:es)?|systems?|strateg(?:y|ies)|frameworks?|procedures?) (?:in place|to|for)\b/diu;
export const LENGTH_BUILT = /^\s*(?:to\s+)?((?:open|build|construct|lay|pave|resurface|upgrade|widen|extend|repair|rehabilitate|install|complete))\s+(?:at least\s+|over\s+|more than\s+|an additional\s+|another\s+)?[\d,.]+\s?(?:km|kilometres|kilometers|miles|metres|meters|m)\s+of\b/diu;
export const JOBS_CREATED = /\b(?:create|creating|safeguard|safeguarding|generate|generating|sustain)\s+(?:or\s+(?:safeguard|sustain|retain)\s+)?(?:at least\s+|over\s+|more than\s+)?([\d,.]+\s?(?:k|m|million|thousand)?\s+(?:new\s+|additional\s+|local\s+|quality\s+|green\s+|full-time\s+){0,2}jobs)(?=\s*$|\s*[.,;]|\s+(?:in|across|for|by|over|within|throughout)\s+(?:the\s+|our\s+)?(?:\d{4}|region|county|city|area|economy|sector|state|country|district|borough|north|south|east|west|local|rural|coastal|next))/diu;
const NUMBER_WORDS = String.raw`(?:[\d,.]+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred)(?:\s?(?:crore|lakh|million|thousand|k|m))?`;
export const COUNT_TO_BE_DONE = new RegExp(String.raw`^\s*(?:at least\s+|over\s+)?${NUMBER_WORDS}\s+(?:[\p{L}-]+\s+){1,4}?(?:to be|will be|are to be)\s+((?:built|developed|constructed|delivered|installed|created|planted|opened|provided|renovated|upgraded|repaired))\b`, 'diu');
export const CAPACITY_PHRASE = /^\s*(?:at least\s+|over\s+|an additional\s+)?([\d,.]+\s?(?:mw|gw|megawatts?|gigawatts?))\s+(?:of\s+)?(?:new\s+|additional\s+)?(?:[\p{L}-]+\s+){0,2}?capacity\b/diu;
export const ADDITIONAL_PROVISION = /^\s*(?:at least\s+|over\s+)?[\d,.]+\s?(?:k|m|million|thousand)?\s+(?:additional|extra|more|new)\s+(?:[\p{L}-]+\s+){0,2}?(appointments|beds|homes|houses|housing units|slots|classrooms|school places|operations|procedures)\b(?=\s*$|\s*[.,;]|\s+(?:by|in|per|a year|each|annually|for|across|at|over|within)\b)/diu;
export const HELPED_WITH = /\b((?:help|helping|support|supporting|assist|assisting))\s+(?:at least\s+|over\s+|more than\s+)?[\d,.]+\s?(?:k|m|million|thousand)?\s+(?:[\p{L}-]+\s+){0,2}?(?:customers|people|households|families|residents|clients|users|businesses|patients|students)\s+(?:with\s+(?:their\s+)?(?:[\p{L}-]+\s+)?(?:bills|costs|debts?|rent|paperwork|applications?|claims?|tax returns?)|to\s+pay)\b/diu;
export const FEWER_WANTED = /\b(?:reduce|reducing|cut|cutting|decrease|lower|lowering|minimi[sz]e|halve|fewer|less)\b/i;
const LEVEL_BEFORE = /\b(?:(?:fewer|less)\s+than|under|below|at\s+most|no\s+more\s+than|a\s+maximum\s+of)\s+$/i;
const FROM_OR_TO_BEFORE = /\b(?:to|from)\s+$/i;
const MEANS_WORD = /\b(?:by|with|through|via)\b/i;
/**
 * After a cut ("Reduce", "Cut"), the words between the verb and a count of made things say the
 * count is the level wanted ("to fewer than 8 pages per week": nobody's deliverable is to make
 * less), not the means ("by shipping 3 new features") nor what is cut ("Cut 2 product lines").
 */
export function cutToLevel(between: string): boolean {
  return LEVEL_BEFORE.test(between) || (FROM_OR_TO_BEFORE.test(between) && !MEANS_WORD.test(between));
}
/** What may follow the counted work: the end, its numbers, more of the list, or a verb saying the organisation did it. */
export const OWN_WORK_NEXT = /^\s*(?:$|[.;:,)]|\(|(?:from|by|to)\s+[\d.,]+|[\d.,]+|per\s|each\s|a\s+year|annually|and\s|&|delivered|held|published|run\b|organi[sz]ed|hosted|produced|made available|available|in\s+(?:20\d\d|the\s+next))/i;
export const OFFERED_SHARE = /[\d.]+\s?%\s+of\s+(?:[\p{L}-]+\s+){1,3}?(?:will\s+be|are|is|to\s+be)\s+((?:offered|provided|allocated|given|made available|awarded|let|assigned)\s+to)\b/diu;
export const HAVE_RECORDED = /[\d.]+\s?%\s+of\s+(?:[\p{L}-]+\s+){1,2}?(?:to\s+)?(?:have|has|had)\s+(?:their\s+|a\s+|an\s+)?(?:[\p{L}-]+\s+){1,3}?(recorded|assessed|reviewed|screened|documented|checked|measured|updated|completed)\b/diu;
export const MEANS_COUNT = /\bby\s+(distributing|providing|delivering|serving|running|holding|hosting|giving|supplying|offering|funding|building|installing|planting|training|publishing|organi[sz]ing)\s+(?:at least\s+|over\s+|more than\s+|up to\s+|some\s+)?[\d.,]+/diu;

/** The team's own work named before a threshold: a made thing, an activity done, its own staff, or a command. */
export function ownWorkBefore(before: string, shape: EnglishShape): boolean {
  // ("Support tickets per 100 pipelines": a verb that is more often a noun names the metric.)
  if (shape.kind === 'command' && shape.head && (shape.head.cls === 'activity' || shape.head.cls === 'deliverable') && !isNounFirst(shape.head.text)) return true;
  // The metric's head: its last word before "per", "of" ... ("App Load Time", "Support tickets per 100 pipelines").
  const toks = tokensOf(before);
  const cut = toks.findIndex((t, k) => k > 0 && METRIC_CUT.has(t.text));
  const head = (cut < 0 ? toks : toks.slice(0, cut)).at(-1)?.text ?? '';
  return EN_ARTEFACT_NOUNS.has(head) || DONE_PARTICIPLES.has(head) || EN_WORKFORCE.has(head) || toks.some((t) => DONE_PARTICIPLES.has(t.text));
}
const METRIC_CUT = new Set(['per', 'of', 'for', 'in', 'at', 'by', 'across']);
export const STAFF_USE = new Set(['use', 'uses', 'using', 'apply', 'applies', 'applying', 'report', 'reports', 'rate', 'rates', 'put', 'say', 'says', 'feel', 'feels', 'find', 'finds', 'value', 'values', 'skills', 'knowledge', 'learning', 'learnt', 'learned', 'that']);
const DONE_PARTICIPLES = new Set(['published', 'run', 'held', 'completed', 'delivered', 'hired', 'conducted', 'produced', 'written', 'sent', 'made', 'launched', 'built']);
export const OWN_WORK_WORDS = /\b(?:events?|sessions?|outreach|staffing|headcount|workforce|programmes?|programs?|activities|workshops?|webinars?|campaigns?)\b/i;

/** A share, an amount of money or a move from one level to another written after `from`: a result measured. */
export function resultAfter(text: string, qs: Q[], from: number): boolean {
  return qs.some((q) => q.start >= from && (q.unit === '%' || q.unit === 'pp' || (q.unit !== undefined && /^[$€£¥₩]$/.test(q.unit)))) || FROM_TO.test(text.slice(from));
}
const FROM_TO = /\bfrom\s+[$€£]?[\d.,]+\s*\S{0,12}\s+to\s+[$€£]?[\d.,]+/i;
/** The team speaks of its own doing: "we'll make announcements", "contact should be maintained". */
export const TEAM_DOES = /\bwe(?:'ll| will| shall)\s+\w+|\bshould be\s+\w+ed\b/i;
/**
 * The organisation, as the subject, counting people it taught, trained, fed or housed: "We
 * taught 50 people computer skills", "Our charity housed 120 families". Only verbs of a service
 * given to people, and only when people are counted (the caller reads them: "We will serve 1
 * million customers" counts customers won; "deliver", "support" and "help" are said of results too: "The programme will
 * support 2,000 jobs"). The caller lets a result of the people's after it through.
 */
export const WE_SERVED = /^\s*(?:we(?:'ve|'ll)?|our\s+(?:team|staff|programmes?|programs?|services?|charity|organi[sz]ation|volunteers)|the\s+(?:[\p{L}-]+\s+){0,4}?(?:programmes?|programs?|project|scheme|initiative|service|team|charity|council))\s+(?:will\s+|shall\s+|have\s+|has\s+|to\s+)?((?:served|serve|taught|teach|trained|train|coached|coach|mentored|mentor|fed|feed|housed|house|counsell?ed|tutored|tutor))\s+(?:at least\s+|over\s+|more than\s+|up to\s+|an additional\s+|another\s+)?[\d.,]+(?:\s*(?:million|thousand|k|m)\b)?/diu;
/** People a business wins rather than serves: "We will serve 1 million customers" counts them as a result. */
export const CUSTOMER_WORDS = new Set(['customers', 'users', 'clients', 'patrons', 'subscribers', 'members', 'buyers', 'shoppers', 'visitors', 'guests', 'accounts', 'readers', 'viewers', 'listeners', 'players', 'followers']);
/** Jobs filled by the team, not created in an economy. */
export const HIRING = /\b(?:hire|hiring|recruit|recruiting)\b/i;
/** Capacity no one builds: avoided or saved by efficiency. */
export const CAPACITY_NOT_BUILT = /\b(?:avoided|saved|freed|reduced)\b/i;
/** A result cut by the provision: "..., cutting diarrhoea cases by half". */
export const RESULT_CUT = /\b(?:by half|halv|cutting|reducing|lowering)\b/i;

/** The number counts made things or activities: "10 blog posts", "Two new features", "4 industry conferences". */
export function countsMadeThing(text: string, q: Q, afterLightVerb: boolean): boolean {
  let seen = 0;
  let prevWord = '';
  MADE_WORD.lastIndex = q.end;
  for (let m = MADE_WORD.exec(text); m && seen < 3; m = MADE_WORD.exec(text), seen++) {
    const w = m[0].toLowerCase();
    // "25 more positive reviews": what customers write about us, not reviews the team does.
    if (afterLightVerb && (w === 'reviews' || w === 'ratings') && BY_CUSTOMERS.has(prevWord)) return false;
    // "10,000 course completions", "500 app downloads": what people do with the made thing.
    if (EN_ARTEFACT_NOUNS.has(w) && RESULT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20))) return false;
    // "1,000 new library patrons", "500 app users": the made thing names whose customers are
    // counted (not "300 training participants", "200 webinar attendees": the team's own events).
    if (EN_ARTEFACT_NOUNS.has(w) && !OWN_WORK_WORDS.test(w) && !TEAM_EVENT_WORDS.has(w) && CUSTOMER_WORDS.has(PEOPLE_NEXT.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 24))?.[1]?.toLowerCase() ?? '')) return false;
    if (EN_ARTEFACT_NOUNS.has(w) || (afterLightVerb && ACTIVITY_NOUNS.has(w))) return true;
    prevWord = w;
    if (STOP_WORDS.has(w)) return false;
  }
  return false;
}
// What a team does, counted after make / do / give: "Make 50 sales calls", "make 5 positive contacts".
const RESULT_AFTER = /^\s+(?:completions|enrol(?:l)?ments|downloads|sign-?ups|registrations|purchases|bookings|subscriptions|installs|redemptions|renewals)\b/i;
const PEOPLE_NEXT = /^\s+([\p{L}-]+)/u;
const TEAM_EVENT_WORDS = new Set(['training', 'survey', 'course', 'class', 'event', 'conference', 'seminar', 'webinar', 'workshop', 'programme', 'program']);
const ACTIVITY_NOUNS = new Set(['reviews', 'tickets', 'demos', 'calls', 'call', 'contacts', 'contact', 'visits', 'touches', 'touchpoints', 'pitches', 'sessions', 'changes', 'improvements', 'attempts']);
const MADE_WORD = /[\p{L}][\p{L}-]*/gu;
const BY_CUSTOMERS = new Set(['positive', 'customer', 'online', 'five-star', '5-star', 'google', 'user', 'app', 'verified']);
const STOP_WORDS = new Set(['per', 'of', 'in', 'a', 'an', 'each', 'by', 'from', 'to', 'with', 'for', 'on', 'at', 'than', 'out']);

/**
 * Customers won, counted after a verb of winning them: "Add 50 new customers", "Exceed 20,000
 * leads", "Sign up 500 subscribers". A count of results customers produce is an outcome, not
 * the team's activity (contrast "Call 100 customers"). Not people the team adds somewhere
 * ("Add 3 members to the board", "… users to Salesforce", "members of staff").
 */
export const CUSTOMERS_WON = new RegExp(String.raw`^\s*(?:to\s+)?((?:add|win|gain|acquire|sign\s+up|sign|attract|land|exceed|surpass|hit|generate))\s+(?:at least\s+|over\s+|more than\s+|another\s+|an additional\s+)?${NUMBER_WORDS}\+?\s+(?:new\s+|more\s+|additional\s+|paying\s+|qualified\s+|active\s+|net\s+new\s+){0,2}(?:customers|clients|users|subscribers|members|accounts|buyers|donors|patrons|leads|sign-?ups|registrations|bookings|orders|downloads|installs)\b(?!\s+(?:of\s+staff|to|onto|into|for|with|through)\b)`, 'diu');
/**
 * The team's own headcount cut: "Reduce evening staff by two people" (a staffing action, as
 * hiring is); staff named by shift, contract or place only, not by their state ("Reduce
 * unvaccinated staff by 300" counts people changing).
 */
export const STAFF_CUT = new RegExp(String.raw`^\s*(?:to\s+)?((?:reduce|cut|lower|decrease))\s+(?:the\s+|our\s+)?(?:(?:evening|night|weekend|morning|agency|temporary|contract|frontline|front-line|back-office|support|admin|administrative|casual|seasonal|part-time|full-time|vacant|office|store|shop)\s+)?(?:staff|staffing|headcount|workforce|FTEs?|employees|personnel)\s+by\s+${NUMBER_WORDS}(?:\s+(?:people|persons|posts|positions|roles|FTEs?|staff))?\s*[.!]?$`, 'diu');
