// Cadence said in plain words: "매주 원무팀과 노쇼율을 보고", "every month we report to the
// steering group". A checklist item with `evidence.sentence` is shown by a clause that sets a
// cadence *and* says what happens at it; a cadence word alone ("매주 50건이 접수된다",
// "customers order weekly") is about something else and shows nothing.
import { normalise } from './normalise';

export type SentenceKind = 'weekly-review' | 'monthly-update' | 'quarterly-review' | 'metric-report';
type Period = 'day' | 'week' | 'fortnight' | 'month' | 'quarter';

/**
 * Cadence forms, tested on normalised text (lower case, punctuation as single spaces, a space
 * at each end), so ` ` bounds a word. Korean forms start a word and may take a particle
 * (매주에는, 분기마다): never "3월 1회" (a date) or "1분기" (the first quarter).
 */
const PERIODS: [Period, RegExp][] = [
  ['day', / (daily|every day|each day|매일|날마다)(?= )/],
  // Before week: "every other week" and 격주 are not the weekly review the item asks for.
  ['fortnight', / (bi ?weekly|fortnightly|every (other|second) week|every two weeks|격주|2주마다|2주에 ?한 ?번|2주 ?1회)/],
  ['week', / (weekly|every week|each week|once a week|twice a week|every (monday|tuesday|wednesday|thursday|friday)|each (monday|tuesday|wednesday|thursday|friday)|매주|매 주|주마다|주간|주 ?[1-9]회|주 ?한 ?번|주에 ?한 ?번|[월화수목금]요일마다)/],
  ['month', / (monthly|every month|each month|once a month|twice a month|매월|매달|매 월|매 달|달마다|월마다|월간|월 ?[1-9]회|월 ?한 ?번|한 ?달에 ?한 ?번)/],
  ['quarter', / (quarterly|every quarter|each quarter|once a quarter|qbr|매 ?분기|분기마다|분기별|분기 ?1회|분기에 ?한 ?번)/],
];

// What happens at the cadence. Latin words match from a word start (review, reviews, reviewed);
// Korean ones anywhere in a word, since they close compounds (경영회의, 진척점검, 보고한다).
const REVIEW = / (review|check|meet|sync|stand ?up|status|report|go(es)? (over|through)|walk(s)? through|track|assess)|검토|점검|회의|모여|모인|모임|보고|리뷰|확인|논의|살펴|스탠드업/;
const UPDATE = / (report|update|brief|present|share|inform|send|newsletter|steering|sponsor|stakeholder|executive|board|leadership)|보고|공유|알리|알린|알려|발표|브리핑|전달|경영|이해관계자|운영위|위원회|임원|스폰서|뉴스레터/;
const VALUE_REVIEW = / (review|qbr|assess|evaluat|check|meet|report)|검토|점검|평가|리뷰|회의|보고/;
const METRIC = / (metric|kpi|dashboard|scorecard)|지표|대시보드|측정|수치|kpi/;

const WANTS: Record<Exclude<SentenceKind, 'metric-report'>, { period: Period; near?: Period; act: RegExp }> = {
  'weekly-review': { period: 'week', near: 'fortnight', act: REVIEW },
  'monthly-update': { period: 'month', act: UPDATE },
  'quarterly-review': { period: 'quarter', act: VALUE_REVIEW },
};

function periodsIn(t: string): Set<Period> {
  const found = new Set<Period>();
  let rest = t;
  for (const [p, re] of PERIODS) {
    if (!re.test(rest)) continue;
    found.add(p);
    // "bi-weekly" holds "weekly": a fortnightly form is taken out before the week is looked for.
    if (p === 'fortnight') rest = rest.replace(new RegExp(re.source, 'g'), '  ');
  }
  return found;
}

/**
 * Clauses of a block: split at sentence ends and semicolons, and at commas in a sentence that
 * sets two cadences ("매주 ... 보고, 매월 ... 보고한다"), so that what happens each month is
 * not read as what happens each week. A comma in a sentence with one cadence stays
 * ("Every Monday, the team reviews the milestones").
 */
export function clauses(text: string): string[] {
  const out: string[] = [];
  for (const sentence of text.split(/[.!?;。]+(?=\s|$)|;/)) {
    const parts = sentence.split(',');
    if (periodsIn(normalise(sentence)).size > 1 && parts.length > 1) for (const p of parts) out.push(normalise(p));
    else out.push(normalise(sentence));
  }
  return out.filter((c) => c.trim() !== '');
}

/** The words of a metric's name that name it in a sentence: "외래 노쇼율 (%)" gives 외래, 노쇼율. */
export function metricWords(names: string[]): string[][] {
  const words: string[][] = [];
  for (const n of names) {
    const ws = normalise(n.replace(/\([^)]*\)/g, ' ')).trim().split(' ').filter((w) => w.length >= 2);
    if (ws.length) words.push(ws);
  }
  return words;
}

/** A clause names one of the plan's metrics when it holds at least half the words of its name. */
function namesMetric(clause: string, metrics: string[][]): boolean {
  if (METRIC.test(clause)) return true;
  return metrics.some((ws) => ws.filter((w) => clause.includes(` ${w}`)).length * 2 >= ws.length);
}

/**
 * found: a clause sets the item's cadence and says the review or update happens; partial: the
 * same at a near cadence (a fortnightly review for the weekly one); missing otherwise.
 */
export function sentenceStatus(kind: SentenceKind, text: string, metrics: string[][]): 'found' | 'partial' | 'missing' {
  let best: 'found' | 'partial' | 'missing' = 'missing';
  for (const c of clauses(text)) {
    const periods = periodsIn(c);
    if (kind === 'metric-report') {
      if (periods.size && (REVIEW.test(c) || UPDATE.test(c)) && namesMetric(c, metrics)) return 'found';
      continue;
    }
    const want = WANTS[kind];
    if (!want.act.test(c)) continue;
    if (periods.has(want.period)) return 'found';
    if (want.near && periods.has(want.near)) best = 'partial';
  }
  return best;
}
