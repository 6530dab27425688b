// A word list compiled into one regular expression, built once per list and reused for
// every statement. English entries match as whole words, with their regular inflections
// generated here (deploy → deploys, deployed, deploying); Korean entries match as stems
// anywhere in a word, because Korean glues endings and particles onto the stem
// (구축 → 구축한다, 구축하여, 재구축). Irregular forms (built, held) are listed as words.

export interface WordMatch {
  /** The text as written in the statement. */
  word: string;
  /** The list entry that matched. */
  entry: string;
  start: number;
  end: number;
}

export interface WordList {
  find(text: string): WordMatch[];
}

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/;

export function compileWordList(words: readonly string[], options: { inflect: boolean; caseSensitive?: boolean }): WordList {
  const byForm = new Map<string, string>();
  const pieces: string[] = [];
  // Longest first, so "roll-out" wins over "roll" and "디지털 전환" over "전환".
  const sorted = [...new Set(words.map((w) => w.trim()).filter((w) => w.length > 0))].sort((a, b) => b.length - a.length);
  const english: string[] = [];
  for (const w of sorted) {
    if (HANGUL.test(w)) {
      pieces.push(w.split(/\s+/).map(escape).join('\\s*'));
      // Korean spacing varies (최고 수준, 최고수준): the key has no spaces.
      byForm.set(norm(w.replace(/\s+/g, ''), options.caseSensitive), w);
    } else {
      for (const f of options.inflect ? inflections(w) : [w]) {
        const key = norm(f, options.caseSensitive);
        if (!byForm.has(key)) {
          byForm.set(key, w);
          english.push(f);
        }
      }
    }
  }
  english.sort((a, b) => b.length - a.length);
  if (english.length) {
    // Whole words only: "lead" must not match inside "leadership", "cut" inside "cutover".
    pieces.unshift(`(?<![\\p{L}\\p{N}])(?:${english.map((f) => f.split(/\s+/).map(escape).join('\\s+')).join('|')})(?![\\p{L}\\p{N}])`);
  }
  if (!pieces.length) return { find: () => [] };
  const re = new RegExp(pieces.join('|'), options.caseSensitive ? 'gu' : 'giu');
  return {
    find(text) {
      const out: WordMatch[] = [];
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const word = m[0];
        const entry = byForm.get(norm(word, options.caseSensitive)) ?? byForm.get(norm(word.replace(/\s+/g, ''), options.caseSensitive)) ?? word;
        out.push({ word, entry, start: m.index, end: m.index + word.length });
        if (word.length === 0) re.lastIndex++;
      }
      return out;
    },
  };
}

function norm(w: string, caseSensitive = false): string {
  const spaced = w.replace(/\s+/g, ' ');
  return caseSensitive ? spaced : spaced.toLowerCase();
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The regular English forms of a word or phrase (the first word is inflected:
 * "roll out" → "rolling out"). Over-generation is harmless: "cutted" never occurs.
 */
export function inflections(phrase: string): string[] {
  const [head, ...rest] = phrase.split(/\s+/);
  const tail = rest.length ? ' ' + rest.join(' ') : '';
  const w = head!.toLowerCase();
  if (!/^[a-z][a-z-]*$/.test(w)) return [phrase];
  const forms = new Set<string>([w, `${w}s`, `${w}es`, `${w}ed`, `${w}ing`, `${w}'s`, `${w}s'`]);
  if (w.endsWith('e')) {
    forms.add(`${w}d`);
    forms.add(`${w.slice(0, -1)}ing`);
  }
  if (/[^aeiou]y$/.test(w)) {
    forms.add(`${w.slice(0, -1)}ies`);
    forms.add(`${w.slice(0, -1)}ied`);
  }
  // ship → shipped, cut → cutting: a doubled final consonant after one short vowel.
  if (/(?:^|[^aeiou])[aeiou][bdgklmnprt]$/.test(w)) {
    const last = w[w.length - 1]!;
    forms.add(`${w}${last}ed`);
    forms.add(`${w}${last}ing`);
  }
  return [...forms].map((f) => f + tail);
}
