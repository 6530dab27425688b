// Facts about a metric that several rules need, derived the same way everywhere.
import type { Direction, Metric } from '../model';

const DOWN = /\b(reduc|decreas|cut|lower|shorten|fewer|less|drop|minimi[sz])\w*|감소|단축|절감|줄이|줄여|낮추|축소/i;
const UP = /\b(increas|grow|rais|boost|improv|more|higher|maximi[sz])\w*|증가|증대|향상|높이|확대/i;

/** The direction as declared, else as the metric's words say, else undefined. */
export function directionOf(m: Metric): Direction | undefined {
  const d = m.direction?.value;
  if (d === 'increase' || d === 'decrease' || d === 'maintain') return d;
  const words = `${m.name?.value ?? ''} ${m.target?.raw?.value ?? ''}`;
  if (DOWN.test(words)) return 'decrease';
  if (UP.test(words)) return 'increase';
  return undefined;
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
