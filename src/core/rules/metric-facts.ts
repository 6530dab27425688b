// Facts about a metric that several rules need, derived the same way everywhere.
import type { Direction, Metric, Outcome } from '../model';

// Read from the metric's name only: words in a target phrase ("80%, with less follow-up")
// describe something else. "Improve" says nothing about the sign (resolution time improves
// by falling), so it is not read at all.
const DOWN = /\b(reduce|decrease|cut|lower|shorten|minimi[sz]e)\b|줄이|줄여|낮추/i;
const UP = /\b(increase|grow|raise|boost|maximi[sz]e)\b|증가|증대|높이|확대/i;
/** A metric that counts the reduction itself ("Reduction in incidents (%)") rises as things improve. */
const MEASURES_A_CUT = /\b(reduction|decrease|savings?)\s+(in|of)\b|\b(reduction|savings?)\s*(rate|%|\()|감소율|절감률|절감액|단축률/i;

/** The direction as declared, else as the metric's name says, else undefined. */
export function directionOf(m: Metric): Direction | undefined {
  const d = m.direction?.value;
  if (d === 'increase' || d === 'decrease' || d === 'maintain') return d;
  const name = m.name?.value ?? '';
  if (MEASURES_A_CUT.test(name)) return 'increase';
  if (DOWN.test(name) || /감소|단축|절감/.test(name)) return 'decrease';
  if (UP.test(name)) return 'increase';
  return undefined;
}

/** A primary metric worth judging: it names something, or has a baseline or target. */
export function primaryOf(o: Outcome): Metric | undefined {
  const p = o.metrics?.primary;
  return p && (p.name || p.baseline || p.target) ? p : undefined;
}

export function unitOf(m: Metric): string | undefined {
  return m.unit?.value ?? m.target?.unit ?? m.baseline?.unit;
}

export function isPercent(unit: string | undefined): boolean {
  return !!unit && /^(%|percent|pct|퍼센트|％)$/i.test(unit.trim());
}

/** A share of a whole (a rate, a ratio) cannot pass 100 %; a growth figure can. */
export function isShareOfWhole(m: Metric): boolean {
  const name = m.name?.value ?? '';
  return !/growth|increase|uplift|improvement|change|성장|증가|상승|개선|변화/i.test(name);
}

// A number and nothing else, perhaps with a currency sign before it and a unit after it ("80%",
// "1,200", "30 minutes", "₩5,000"). A unit starts in lower case or in Hangul, so "2026 TBD" is
// not one; words with a year in them ("TBD 2026", "higher by 2027") are not numbers either.
const NUMBER_AS_TEXT = /^\s*[-+]?[$€£₩¥]?\s?\d[\d,]*(?:\.\d+)?\s*(?:%|[a-z\p{Script=Hangul}]\p{L}*(?:\s\p{L}+)?)?\s*$/u;

/**
 * A YAML value written as text that is only a number (`value: "80%"`, `target: 80%`): the
 * schema's finding at the value says what to write, so a rule saying "no number" would
 * contradict the file. Only for YAML: a Markdown value is read out of free text.
 */
export function numberWrittenAsText(o: { source: string }, raw: { value: string } | undefined): boolean {
  return o.source === 'yaml' && !!raw && raw.value.length <= 40 && NUMBER_AS_TEXT.test(raw.value);
}
