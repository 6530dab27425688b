// Numbers in free text, with the unit written next to them: "62%", "$1.2M", "5 hours",
// "1,200", "ten percent", "half", "5시간에서 30분으로", "두 배", "10퍼센트".
// Used to read baselines and targets out of Markdown templates and to tell a measured
// statement from an unmeasured one.

/**
 * The sign between two figures multiplied, as a pattern's source: "×", "✕", "*", or an x standing
 * alone ("10 people x 200 hours"; "3x" is no sign). One for the value line's factors, the periods
 * of a reason and the guided flow's figures, so the three cut a line at the same signs.
 */
export const TIMES = String.raw`(?:[×✕*]|(?<![A-Za-z])[xX](?![A-Za-z]))`;

/**
 * A product or quotient of written figures without the float's tail: 3 × 19.99 is 59.97 (not
 * 59.970000000000006), 0.1 × 12 is 1.2, 2.01 × 1e6 is 2,010,000. Written figures have a few
 * decimals at most, so fifteen significant digits keep every one of them.
 */
export function asWritten(n: number): number {
  return Number(n.toPrecision(15));
}

export interface Quantity {
  value: number;
  unit?: string;
  start: number;
  end: number;
}

const WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, half: 0.5, halve: 0.5, halved: 0.5, halves: 0.5, halving: 0.5, quarter: 0.25, third: 1 / 3,
  double: 2, doubled: 2, doubles: 2, doubling: 2, twice: 2, triple: 3, tripled: 3, triples: 3, tripling: 3,
  quadruple: 4, quadrupled: 4,
};
// Words that are numbers only in some company: "a quarter of calls" but "next quarter",
// "the first half of 2027", "double-check".
const NEEDS_ARTICLE = new Set(['quarter', 'third']);
const KO_WORDS: Record<string, number> = { 절반: 0.5, 반: 0.5, 두: 2, 세: 3, 네: 4, 다섯: 5, 열: 10 };

const UNIT = String.raw`%|％|per\s?cent|percent(?:age points?)?|pct|pp|p\.p\.|x\b|times\b|hours?|hrs?|h\b|minutes?|mins?|m\b|seconds?|secs?|s\b|days?|weeks?|months?|years?|ms\b|calls?|tickets?|users?|customers?|orders?|points?|[kKmMbB]\b|시간|분|초|일|주|개월|년|건|명|배|퍼센트|원|달러|점|회`;
const CURRENCY = String.raw`[$€£¥₩]`;
const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;

const DIGITS = new RegExp(String.raw`(?:(${CURRENCY})\s?)?(${NUMBER})\s?(${UNIT})?`, 'gi');
const WORD_RE = new RegExp(String.raw`\b(${Object.keys(WORDS).join('|')})\b(?:\s+(percent(?:age points?)?|%|times|hours?|minutes?|seconds?|days?|weeks?|months?|points?))?`, 'gi');
// Not inside a word: 모두 배포 is not "두 배", 반영 is not "반".
const KO_WORD_RE = new RegExp(String.raw`(?<![가-힣])(${Object.keys(KO_WORDS).join('|')})\s?(배|시간|명|건|포인트|퍼센트|번)?`, 'g');

const HANGUL_SYLLABLE = /[가-힣]/;

const isSyllable = (c: number) => c >= 0xac00 && c <= 0xd7af;

/** Field by field, not spread: this runs for every number of every statement. */
function push(out: Quantity[], value: number, unit: string | undefined, start: number, end: number): void {
  const q: Quantity = { value, start, end };
  if (unit !== undefined) q.unit = unit;
  out.push(q);
}

export function extractQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  DIGITS.lastIndex = 0;
  for (let m = DIGITS.exec(text); m; m = DIGITS.exec(text)) {
    // Skip digits that are part of a date (2026-09-30), a version (v1.2) or a word (Q2, S3).
    const before = text[m.index - 1] ?? '';
    const after = text[m.index + m[0].length] ?? '';
    if (/[-/.\w]/.test(before) && !m[1]) continue;
    // "코로나19": a number glued to a long Korean word is part of a name (but 약30%, 총100명 count).
    if (!m[1] && isSyllable(text.charCodeAt(m.index - 1)) && isSyllable(text.charCodeAt(m.index - 2)) && isSyllable(text.charCodeAt(m.index - 3))) continue;
    // "2026-09" is a date's part; "$250K-300K" a range of money, its first end kept.
    if (!m[1] && /^[-/]\d/.test(text.slice(m.index + m[0].length))) continue;
    const year = /^(?:19|20)\d\d$/.test(m[2]!);
    if (year && !m[3] && /^\s*(년|-|\/)|^$/.test(after)) continue;
    // Parts of Korean dates: 6월, 3분기, 상반기.
    const numberEnd = m.index + m[0].indexOf(m[2]!) + m[2]!.length;
    if (/^\s?(월|분기|반기|년)/.test(text.slice(numberEnd))) continue;
    if (year && !m[1] && (!m[3] || m[3] === '년')) continue; // a year
    const value = Number(m[2]!.replace(/,/g, ''));
    let unit = m[3] ?? (m[1] ? m[1] : undefined);
    if (m[1] && m[3] && /^[kKmMbB]$/.test(m[3])) unit = m[1];
    const scale = m[3] && /^[kK]$/.test(m[3]) ? 1e3 : m[3] && /^[mM]$/.test(m[3]) && m[1] ? 1e6 : m[3] && /^[bB]$/.test(m[3]) ? 1e9 : 1;
    // Without a unit, the space the pattern took before it is not part of the number: "500 "
    // would show in a hover and widen a squiggle.
    const end = m[3] === undefined ? numberEnd : m.index + m[0].length;
    push(out, value * scale, unit ? normaliseUnit(unit) : undefined, m.index, end);
  }
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(text); m; m = WORD_RE.exec(text)) {
    const w = m[1]!.toLowerCase();
    // "one" is mostly an article-like word; "one million trees" is a number.
    if (w === 'one' && !m[2] && !/^\s+(?:hundred|thousand|million|billion)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    const before = text.slice(Math.max(0, m.index - 8), m.index);
    if (NEEDS_ARTICLE.has(w) && !/\b(a|one)\s+$/i.test(before)) continue;
    // "once a quarter", "twice a quarter": how often, not a fraction.
    if (w === 'quarter' && /\b(?:once|twice|times)\s+a\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    if (w === 'half' && /\b(first|second|1st|2nd)\s+$/i.test(before)) continue;
    if (text[m.index + m[1]!.length] === '-') continue; // double-check, half-day, one-off
    if (/^\s+down\b/i.test(text.slice(m.index + m[1]!.length, m.index + m[1]!.length + 6))) continue; // double down
    push(out, WORDS[w]!, m[2] ? normaliseUnit(m[2]) : undefined, m.index, m.index + m[0].length);
  }
  KO_WORD_RE.lastIndex = 0;
  if (HANGUL_SYLLABLE.test(text)) for (let m = KO_WORD_RE.exec(text); m; m = KO_WORD_RE.exec(text)) {
    if (!m[2] && m[1] !== '절반') continue; // bare 두/세 are too common to count
    push(out, KO_WORDS[m[1]!]!, m[2], m.index, m.index + m[0].length);
  }
  return out.sort((a, b) => a.start - b.start);
}

function normaliseUnit(u: string): string {
  const l = u.toLowerCase();
  if (l === '％' || l === 'percent' || l === 'pct' || l === '퍼센트' || /^per\s?cent$/.test(l)) return '%';
  return u;
}

export function hasQuantity(text: string): boolean {
  return extractQuantities(text).length > 0;
}
