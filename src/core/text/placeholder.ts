// Template prompts and to-do markers left in a document: the framework's template writes
// every field as a bracketed prompt ("[Outcome Title]", "[Current state measurement]"),
// drafts carry "...", "…", "[X]", "$[X]", "X to Y", "OO개", TBD, TBC, N/A, 미정, snippets leave
// "${1:...}" or "YYYY-MM-DD" (also "YYYY-MM-DD까지"), and our own snippets' default texts
// ("Who does what differently, measured") may be left unchanged (listed by the caller).
//
// This runs on every string of every outcome (tens of thousands in a large file), so it is
// one regular expression per vocabulary, with no lookbehind (which would be tried at every
// position), and every repetition either bounded or followed by a character it cannot
// match: the time is linear in the text, even for hostile runs ("{{" and 12 KB of spaces,
// 160 KB of "${1:"). Word edges are checked in code, only where something matched.

export interface Placeholder {
  /** As written, e.g. "[Outcome Title]" or "TBD". */
  text: string;
  /** What the writer was asked for, without brackets: "Outcome Title"; the marker itself otherwise. */
  inner: string;
  start: number;
  end: number;
  /** One of our own snippets' default texts left as written ("what is counted"). */
  prompt?: boolean;
  /** Written after the part to fill in, and kept by a fix: "까지" of "YYYY-MM-DD까지". */
  suffix?: string;
}

export type PlaceholderFinder = (text: string) => Placeholder[];
const NONE: Placeholder[] = Object.freeze([]) as unknown as Placeholder[];

// A bracketed prompt, also "$[X]", but not a Markdown link "[text](url)" / "[text][ref]" /
// "[ref]: url", a task box "[ ]" / "[x]", or a footnote "[1]" / "[^1]".
const BRACKETED = String.raw`\$?\[([^[\]\n]{1,80})\](?![(\[:])`;
// A snippet tab stop or a mustache slot; the inner text is trimmed in code, not by \s*.
const SNIPPET = String.raw`\$\{\d{1,4}:([^{}$\n]{0,200})\}|\{\{([^{}\n]{1,80})\}\}`;
// "YYYY-MM-DD까지" (by YYYY-MM-DD) is one spot with its particle: the finding and its fix
// cover both, and the fix keeps the particle.
// Korean drafts blank a number with O or ○ before its unit ("매출 OOO원", "OO개", "○○%"). The
// pattern finds two; the run and its unit are read in code, which then jumps past the whole run
// (a pattern over the run would retry at every O of a long one).
const UNFILLED = String.raw`YYYY-MM-DD(?:[ \t]?까지)?|YYYY-MM|XX+%?|X to Y|\.{3,}|…|[O○]{2}`;
const BY_DATE = /^YYYY-MM-DD[ \t]?까지$/i;
const O_RUN = /^[Oo○]+$/;
const O_CHARS = new Set(['O', 'o', '○']);
const BLANK_UNIT = /^[ \t]?(?:만|천|억|조)?[ \t]?(?:원|개|명|건|%|회|곳|개소|배|점|편|권|시간|일)/;
const NOT_A_PROMPT = /^\s*\^?\d+\s*$|^\s*[x ]\s*$/;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const HANGUL = /[가-힣]/;

/** `markers`: TBD, 미정 ...; `prompts`: our snippets' default texts, reported as prompts. */
export function compilePlaceholders(markers: readonly string[], prompts: readonly string[] = []): PlaceholderFinder {
  const listed = [...new Set(markers.map((w) => w.trim()).filter(Boolean))].sort((a, b) => b.length - a.length).map(escape);
  const re = new RegExp([BRACKETED, SNIPPET, UNFILLED, ...listed].join('|'), 'gi');
  const findPrompts = compilePrompts(prompts);
  return (text) => {
    const out: Placeholder[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[1] !== undefined) {
        // "[x]" is a task box; "[X]" (upper case) is the template's blank.
        if (!NOT_A_PROMPT.test(m[1]) || m[1] === 'X') out.push({ text: m[0], inner: m[1].trim(), start, end });
        else re.lastIndex = start + 1;
        continue;
      }
      const inner = m[2] ?? m[3];
      if (inner !== undefined) {
        out.push({ text: m[0], inner: inner.trim(), start, end });
        continue;
      }
      const before = text[start - 1] ?? '';
      const after = text[end] ?? '';
      const first = m[0][0]!;
      if (first === '.' || first === '…') {
        // An ellipsis stands for missing text when it stands alone ("challenge: ...",
        // "If customers can ..., cost falls"), not when it trails a word ("and so on...").
        if (WORD_CHAR.test(before)) continue;
        out.push({ text: m[0], inner: m[0], start, end });
        continue;
      }
      if (O_RUN.test(m[0])) {
        let e = end;
        while (e < text.length && O_CHARS.has(text[e]!)) e++;
        re.lastIndex = e;
        const run = text.slice(start, e);
        // In capitals, two to six of them, before a unit; "연매출OO억원" is written against the
        // word before it, but "Sooo good" and "BOOK" are words.
        if (run.length > 6 || run.includes('o') || (WORD_CHAR.test(before) && !HANGUL.test(before)) || !BLANK_UNIT.test(text.slice(e, e + 8))) continue;
        out.push({ text: run, inner: run, start, end: e });
        continue;
      }
      // A listed word or an unfilled pattern: whole words only ("TODO" not in "TODOS"),
      // except before Korean, which attaches particles ("미정인", "YYYY-MM-DD까지").
      const korean = HANGUL.test(m[0]) || HANGUL.test(after);
      if (WORD_CHAR.test(before) && WORD_CHAR.test(first)) continue;
      if (!korean && WORD_CHAR.test(after) && WORD_CHAR.test(m[0][m[0].length - 1]!)) continue;
      if (BY_DATE.test(m[0])) {
        out.push({ text: m[0], inner: m[0].slice(0, 10), start, end, suffix: m[0].slice(10) });
        continue;
      }
      out.push({ text: m[0], inner: m[0], start, end });
    }
    if (findPrompts) findPrompts(text, out);
    // Most values hold none: one shared empty answer rather than an array per value.
    return out.length > 1 ? out.sort((a, b) => a.start - b.start) : out.length ? out : NONE;
  };
}

// Our snippets' default texts: each is the whole value a snippet writes, or its start
// ("what is counted (%)", "현재 값 (YYYY-MM-DD 기준)"), so one is looked for only where a value
// starts (after spaces, quotes or a bracket): one map lookup per string, whatever the number
// of snippets.
const FIRST_WORD = /^[\s"'([{]*([\p{L}\p{N}]+)/u;

function compilePrompts(prompts: readonly string[]): ((text: string, out: Placeholder[]) => void) | undefined {
  const byFirst = new Map<string, RegExp[]>();
  for (const p of new Set(prompts.map((x) => x.trim()).filter(Boolean))) {
    const first = FIRST_WORD.exec(p)?.[1]?.toLowerCase();
    if (!first) continue;
    const list = byFirst.get(first) ?? [];
    list.push(new RegExp(escape(p), 'iy'));
    byFirst.set(first, list);
  }
  if (!byFirst.size) return undefined;
  for (const list of byFirst.values()) list.sort((a, b) => b.source.length - a.source.length);
  return (text, out) => {
    const at = firstWordAt(text);
    if (at === undefined) return;
    const list = byFirst.get(at[1]);
    if (!list) return;
    const start = at[0];
    for (const re of list) {
      re.lastIndex = start;
      const hit = re.exec(text);
      if (!hit) continue;
      const end = start + hit[0].length;
      const after = text[end] ?? '';
      if (WORD_CHAR.test(after) && !HANGUL.test(after)) continue;
      out.push({ text: hit[0], inner: hit[0], start, end, prompt: true });
      return;
    }
  };
}

/**
 * Where the first word starts and the word in lower case, as FIRST_WORD reads it. Runs on
 * every string of every outcome: plain ASCII is read by character codes, without a regex
 * or a slice; anything else goes to FIRST_WORD.
 */
function firstWordAt(text: string): [number, string] | undefined {
  const n = Math.min(text.length, 200);
  let i = 0;
  while (i < n && LEADING.has(text.charCodeAt(i))) i++;
  let j = i;
  for (; j < n; j++) {
    const c = text.charCodeAt(j);
    if (c >= 128) {
      const m = FIRST_WORD.exec(text.length > 200 ? text.slice(0, 200) : text);
      return m ? [m.index + m[0].length - m[1]!.length, m[1]!.toLowerCase()] : undefined;
    }
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) break;
  }
  return j > i ? [i, text.slice(i, j).toLowerCase()] : undefined;
}
// Spaces, quotes and opening brackets before a value's first word (FIRST_WORD's [\s"'([{]).
const LEADING = new Set([...' \t\n\r\f\v"\'([{'].map((ch) => ch.charCodeAt(0)));

function escape(s: string): string {
  // One space in a listed phrase matches one run of spaces: " +" (a plain character class
  // followed by a literal) stays linear.
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '[ \\t]+');
}
