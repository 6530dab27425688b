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

/** A clause of a block: its normalised text and where it starts in the block's text. */
export interface Clause {
  text: string;
  start: number;
}

/**
 * Sentences of a block with where each starts: split at sentence ends and semicolons, so
 * evidence can point at the sentence that matched and not at the first line of its paragraph.
 */
export function sentences(text: string): { raw: string; start: number }[] {
  const out: { raw: string; start: number }[] = [];
  let from = 0;
  const push = (end: number) => {
    const raw = text.slice(from, end);
    const lead = raw.length - raw.trimStart().length;
    if (raw.trim() !== '') out.push({ raw: raw.slice(lead), start: from + lead });
  };
  for (const m of text.matchAll(/[.!?;。]+(?=\s|$)|;/g)) {
    push(m.index);
    from = m.index + m[0].length;
  }
  push(text.length);
  return out;
}

/**
 * Clauses of a block: its sentences, split again at commas in a sentence that sets two
 * cadences ("매주 ... 보고, 매월 ... 보고한다"), so that what happens each month is not read as
 * what happens each week. A comma in a sentence with one cadence stays ("Every Monday, the
 * team reviews the milestones").
 */
export function clauses(text: string): Clause[] {
  const out: Clause[] = [];
  for (const s of sentences(text)) {
    const parts = s.raw.split(',');
    if (parts.length < 2 || periodsIn(normalise(s.raw)).size < 2) {
      out.push({ text: normalise(s.raw), start: s.start });
      continue;
    }
    let at = s.start;
    for (const p of parts) {
      const lead = p.length - p.trimStart().length;
      if (p.trim() !== '') out.push({ text: normalise(p), start: at + lead });
      at += p.length + 1;
    }
  }
  return out;
}

/** The plan's metrics as a sentence names them: the words of each name, and the primaries' heads. */
export interface PlanMetrics {
  words: string[][];
  heads: MetricHead[];
}

/** The head of a primary metric's name: " appointment" of "Inbound trucks arriving with a booked appointment (%)". */
export interface MetricHead {
  /** Normalised, with a leading space (a word start). */
  phrase: string;
  /** Whether the phrase says the measure itself (노쇼율, "no show rate"), or needs a measure word after it ("appointment rate"). */
  measured: boolean;
}

export const NO_METRICS: PlanMetrics = { words: [], heads: [] };

/** The words of a metric's name that name it in a sentence: "외래 노쇼율 (%)" gives 외래, 노쇼율. */
export function metricWords(names: string[]): string[][] {
  const words: string[][] = [];
  for (const n of names) {
    const ws = nameWords(n);
    if (ws.length) words.push(ws);
  }
  return words;
}

function nameWords(name: string): string[] {
  return normalise(name.replace(/\([^)]*\)/g, ' ')).trim().split(' ').filter((w) => w.length >= 2);
}

// Words that join a metric's name and never name it: "trucks arriving WITH A booked appointment".
const JOINING = new Set(['the', 'of', 'with', 'for', 'per', 'by', 'to', 'in', 'on', 'at', 'and', 'or', 'from', 'that', 'who', 'which', 'as', 'before', 'after', 'within', 'without', 'under', 'over', 'than']);
// What a measure is called, not what it measures: "no-show RATE", "대기 시간". A head that is one
// of these takes the word before it ("show rate"), and one of these after a head says the
// sentence is about the figure ("the appointment rate", "예약 비율").
const MEASURE = /^(rate|rates|ratio|share|percentage|percent|pct|time|times|count|number|numbers|figure|figures|level|score|trend|average|total|volume|율|률|비율|시간|건수|수치|점수|평균|지표|비중)$/;
// A Korean word that ends in a measure says it itself: 노쇼율, 예약률, 대기시간.
const MEASURED_WORD = /(율|률|시간|건수|비율|비중|점수)$/;

/**
 * The head words of a primary metric's name, which a plan uses for it in running text: the last
 * word of the name (an English compound's head and Korean's alike), with the word before it when
 * the last is a measure ("show rate", "대기 시간"). "Every month we report the appointment rate"
 * names "Inbound trucks arriving with a booked appointment (%)" by its head.
 */
export function metricHeads(primaryNames: string[]): MetricHead[] {
  const heads: MetricHead[] = [];
  for (const n of primaryNames) {
    const ws = nameWords(n).filter((w) => !JOINING.has(w));
    const last = ws[ws.length - 1];
    if (!last) continue;
    if (MEASURE.test(last)) {
      // A name that is only a measure ("Rate") has no head that could name it.
      if (ws.length >= 2) heads.push({ phrase: ` ${ws[ws.length - 2]} ${last}`, measured: true });
    } else heads.push({ phrase: ` ${last}`, measured: MEASURED_WORD.test(last) });
  }
  return heads;
}

/** The word after a head (or the rest of its own word: 예약 in 예약률) is a measure: "the appointment rate". */
function namesHead(clause: string, h: MetricHead): boolean {
  const after = /(\S*) (\S+)/y;
  for (let i = clause.indexOf(h.phrase); i >= 0; i = clause.indexOf(h.phrase, i + 1)) {
    if (h.measured) return true;
    after.lastIndex = i + h.phrase.length;
    const m = after.exec(clause);
    if (m && (MEASURED_WORD.test(m[1]!) || MEASURE.test(m[2]!))) return true;
  }
  return false;
}

/**
 * A clause names one of the plan's metrics when it holds at least half the words of its name,
 * or a primary metric's head with its measure ("the appointment rate", "노쇼율").
 */
function namesMetric(clause: string, metrics: PlanMetrics): boolean {
  if (METRIC.test(clause)) return true;
  if (metrics.heads.some((h) => namesHead(clause, h))) return true;
  return metrics.words.some((ws) => ws.filter((w) => clause.includes(` ${w}`)).length * 2 >= ws.length);
}

/**
 * found: a clause sets the item's cadence and says the review or update happens; partial: the
 * same at a near cadence (a fortnightly review for the weekly one); missing otherwise. `at` is
 * where the clause that decided starts in `text`.
 */
export function sentenceStatus(kind: SentenceKind, text: string, metrics: PlanMetrics): { status: 'found' | 'partial' | 'missing'; at: number } {
  let best: { status: 'found' | 'partial' | 'missing'; at: number } = { status: 'missing', at: 0 };
  for (const { text: c, start } of clauses(text)) {
    const periods = periodsIn(c);
    if (kind === 'metric-report') {
      if (periods.size && (REVIEW.test(c) || UPDATE.test(c)) && namesMetric(c, metrics)) return { status: 'found', at: start };
      continue;
    }
    const want = WANTS[kind];
    if (!want.act.test(c)) continue;
    if (periods.has(want.period)) return { status: 'found', at: start };
    if (want.near && periods.has(want.near) && best.status === 'missing') best = { status: 'partial', at: start };
  }
  return best;
}
