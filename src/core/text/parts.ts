// The parts of an outcome statement the judge found, for the title hover: who acts, what
// they do, what measures the change, and by when, with the verdict. Words as written.
import { builtInVocabulary, type Vocabulary } from '../vocab';
import { findDates } from './date';
import { judgeStatement, type StatementVerdict } from './statement';

export interface StatementParts {
  verdict: StatementVerdict;
  actor?: string;
  behaviour?: string;
  measure?: string;
  deadline?: string;
}

export function statementParts(text: string, vocab: Vocabulary = builtInVocabulary()): StatementParts {
  const j = judgeStatement(text, vocab);
  const word = (s: { start: number; end: number } | undefined) => (s ? text.slice(s.start, s.end) : undefined);
  const measures = j.quantities.filter((q) => q.role === 'measure' || q.role === 'timebox');
  // "from 30% to 15%": from the first measuring number to the last, when they are close.
  const first = measures[0];
  const last = measures[measures.length - 1];
  const measure = first && last && last.end - first.start <= 40 ? { start: first.start, end: last.end } : first;
  const parts: StatementParts = { verdict: j.verdict };
  const actor = word(j.actor);
  const behaviour = word(j.behaviour ?? j.behaviourChange);
  const m = word(measure);
  const deadline = word(j.deadline ?? findDates(text)[0]);
  if (actor) parts.actor = actor;
  if (behaviour) parts.behaviour = behaviour;
  if (m) parts.measure = m.trim();
  if (deadline) parts.deadline = deadline;
  return parts;
}
