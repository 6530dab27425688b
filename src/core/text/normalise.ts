// The text the wording rules judge is normalised first, so "Ｍｉｇｒａｔｅ" (full-width) and
// "Mi\u200bgrate" (a zero-width space inside) are read as "Migrate": NFKC, one code point
// at a time, with zero-width and soft-hyphen characters dropped. Each character of the
// normalised text remembers where it came from, so findings still point at the source.

export interface Normalised {
  text: string;
  /** Source offset of the normalised character i; `at(text.length)` is the source length. */
  at(i: number): number;
  /** Source offset just past the normalised character i - 1 (for ends of spans). */
  endAt(i: number): number;
  /** Offsets are unchanged (nothing to normalise). */
  identity: boolean;
}

// Zero-width space, non-joiner, joiner, word joiner, BOM, soft hyphen, Mongolian vowel separator.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad\u180e]/;
// Anything NFKC could change, or something to drop: most statements have none of it.
// The range starts at NUL on purpose: every ASCII character, control or not, needs no work.
// eslint-disable-next-line no-control-regex
const NEEDS_WORK = /[^\x00-\x7f\uac00-\ud7a3\u3131-\u318e]/;

const AT = (i: number) => i;
const IDENTITY_CACHE = (text: string): Normalised => ({ text, at: AT, endAt: AT, identity: true });

export function normaliseForJudging(src: string): Normalised {
  if (!NEEDS_WORK.test(src)) {
    return IDENTITY_CACHE(src);
  }
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < src.length; ) {
    const cp = src.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const next = i + ch.length;
    if (!INVISIBLE.test(ch)) {
      const n = cp < 0x80 ? ch : ch.normalize('NFKC');
      for (let k = 0; k < n.length; k++) {
        starts.push(i);
        ends.push(next);
      }
      out += n;
    }
    i = next;
  }
  const len = src.length;
  return {
    identity: false,
    text: out,
    at: (i) => (i < starts.length ? starts[i]! : len),
    endAt: (i) => (i <= 0 ? (starts[0] ?? 0) : ends[Math.min(i, ends.length) - 1] ?? len),
  };
}

// The statement in lower case, for the substring gates in front of the judge's patterns
// (wordMeasures, the standard test, decideEnglish): each asks about the same statement, so
// the last answer is kept rather than lower-casing it three times.
let lastText: string | undefined;
let lastLower = '';
export function lowerOf(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastLower = text.toLowerCase();
  }
  return lastLower;
}
