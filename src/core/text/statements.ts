// The outcome statement as the wording rules see it: the title (YAML `title`, Markdown
// `## CBO:` heading) and `outcome.behavior`, judged together so a short title is not
// faulted when the behaviour line beside it states the change.
import type { Outcome, Span, Text } from '../model';
import type { Vocabulary } from '../vocab';
import { judgeStatement, type StatementJudgement } from './statement';

export interface JudgedStatement {
  text: Text;
  judgement: StatementJudgement;
}

// Four wording rules ask in turn about the same outcome: the last answer is kept, and given
// again while the outcome's title and behavior are the very same texts at the same places.
let last: { o: Outcome; vocab: Vocabulary; title: Text | undefined; behavior: Text | undefined; tv: string | undefined; bv: string | undefined; ts: number | undefined; bs: number | undefined; out: JudgedStatement[] } | undefined;

export function judgeOutcomeStatements(o: Outcome, vocab: Vocabulary): JudgedStatement[] {
  const { title, behavior } = o;
  const l = last;
  if (l && l.o === o && l.vocab === vocab && l.title === title && l.behavior === behavior && l.tv === title?.value && l.bv === behavior?.value && l.ts === title?.span.start && l.bs === behavior?.span.start) {
    return l.out;
  }
  const out = judgeStatements(o, vocab);
  last = { o, vocab, title, behavior, tv: title?.value, bv: behavior?.value, ts: title?.span.start, bs: behavior?.span.start, out };
  return out;
}

function judgeStatements(o: Outcome, vocab: Vocabulary): JudgedStatement[] {
  const out: JudgedStatement[] = [];
  for (const t of [o.title, o.behavior]) {
    if (t && t.value.trim() && !out.some((s) => s.text.value === t.value && s.text.span.start === t.span.start)) {
      const judgement = judgeStatement(t.value, vocab);
      // A statement that is still (partly) a template prompt is no-placeholder's business.
      if (!judgement.placeholders.length) out.push({ text: t, judgement });
    }
  }
  return out;
}

/** Whether any statement of the outcome states a change (measured, or a behaviour change). */
export function statesChange(statements: JudgedStatement[]): boolean {
  return statements.some((s) => s.judgement.verdict === 'outcome' && (s.judgement.reason.code === 'measured' || s.judgement.reason.code === 'behaviour'));
}

/**
 * A document span for [start, end) of a Text's value. Plain scalars and Markdown text map
 * one to one; a quoted YAML scalar is one character in; for anything else (escapes,
 * folded blocks) the offsets cannot be trusted, so the whole value is reported.
 * Always a new object: the lint cache shifts model spans and finding spans separately,
 * so a finding must never share its span with the model.
 */
export function spanIn(t: Text, start: number, end: number): Span {
  const len = t.span.end - t.span.start;
  if (len === t.value.length) return { start: t.span.start + start, end: t.span.start + end };
  if (len === t.value.length + 2) return { start: t.span.start + 1 + start, end: t.span.start + 1 + end };
  return { start: t.span.start, end: t.span.end };
}
