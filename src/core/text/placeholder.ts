// Template prompts and to-do markers left in a document: the framework's template writes
// every field as a bracketed prompt ("[Outcome Title]", "[Current state measurement]"),
// snippets leave "${1:...}" or "YYYY-MM-DD" if not expanded, and drafts carry TBD / TODO / 미정.
//
// This runs on every string of every outcome (tens of thousands in a large file), so it is
// one regular expression per vocabulary with no lookbehind (which would be tried at every
// position); word edges are checked in code, only where something matched.

export interface Placeholder {
  /** As written, e.g. "[Outcome Title]" or "TBD". */
  text: string;
  /** What the writer was asked for, without brackets: "Outcome Title"; the marker itself otherwise. */
  inner: string;
  start: number;
  end: number;
}

export type PlaceholderFinder = (text: string) => Placeholder[];

// A bracketed prompt, but not a Markdown link "[text](url)" / "[text][ref]" / "[ref]: url",
// a task box "[ ]" / "[x]", or a footnote "[1]" / "[^1]".
const BRACKETED = String.raw`\[([^[\]\n]{2,80})\](?![(\[:])`;
const SNIPPET = String.raw`\$\{\d+:([^}\n]*)\}|\{\{\s*([^{}\n]{1,60}?)\s*\}\}`;
const UNFILLED = String.raw`YYYY-MM-DD|YYYY-MM|XX+%?`;
const NOT_A_PROMPT = /^\s*\^?\d+\s*$|^\s*[xX ]\s*$/;
const WORD_CHAR = /[\p{L}\p{N}]/u;

export function compilePlaceholders(words: readonly string[]): PlaceholderFinder {
  const listed = [...new Set(words.map((w) => w.trim()).filter(Boolean))].sort((a, b) => b.length - a.length).map(escape);
  const re = new RegExp([BRACKETED, SNIPPET, UNFILLED, ...listed].join('|'), 'gi');
  return (text) => {
    const out: Placeholder[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[1] !== undefined) {
        if (!NOT_A_PROMPT.test(m[1])) out.push({ text: m[0], inner: m[1].trim(), start, end });
        continue;
      }
      const inner = m[2] ?? m[3];
      if (inner !== undefined) {
        out.push({ text: m[0], inner: inner.trim(), start, end });
        continue;
      }
      // A listed word or an unfilled pattern: whole words only ("TODO" not in "TODOS"),
      // except Korean, which attaches particles ("미정인").
      const before = text[start - 1] ?? '';
      const after = text[end] ?? '';
      const korean = /[가-힣]/.test(m[0]);
      if (!korean && (WORD_CHAR.test(before) && WORD_CHAR.test(m[0][0]!) || (WORD_CHAR.test(after) && WORD_CHAR.test(m[0][m[0].length - 1]!)))) continue;
      out.push({ text: m[0], inner: m[0], start, end });
    }
    return out;
  };
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}
