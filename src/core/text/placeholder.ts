// Template prompts and to-do markers left in a document: the framework's template writes
// every field as a bracketed prompt ("[Outcome Title]", "[Current state measurement]"),
// snippets leave "${1:...}" or "YYYY-MM-DD" if not expanded, and drafts carry TBD / TODO / 미정.
import type { WordList } from './wordlist';

export interface Placeholder {
  /** As written, e.g. "[Outcome Title]" or "TBD". */
  text: string;
  /** What the writer was asked for, without brackets: "Outcome Title"; the marker itself otherwise. */
  inner: string;
  start: number;
  end: number;
}

// A bracketed prompt, but not a Markdown link "[text](url)" / "[text][ref]" / "[ref]: url",
// a task box "[ ]" / "[x]", or a footnote "[1]" / "[^1]".
const BRACKETED = /\[([^[\]\n]{2,80})\](?![([:])/g;
const NOT_A_PROMPT = /^\s*\^?\d+\s*$|^\s*[xX ]\s*$/;
const SNIPPET = /\$\{\d+:([^}\n]*)\}|\{\{\s*([^{}\n]{1,60}?)\s*\}\}|\b(YYYY-MM-DD|YYYY-MM|XX+%?)(?![\p{L}\p{N}])/gu;

export function findPlaceholders(text: string, words: WordList): Placeholder[] {
  const out: Placeholder[] = [];
  BRACKETED.lastIndex = 0;
  for (let m = BRACKETED.exec(text); m; m = BRACKETED.exec(text)) {
    if (NOT_A_PROMPT.test(m[1]!)) continue;
    out.push({ text: m[0], inner: m[1]!.trim(), start: m.index, end: m.index + m[0].length });
  }
  SNIPPET.lastIndex = 0;
  for (let m = SNIPPET.exec(text); m; m = SNIPPET.exec(text)) {
    out.push({ text: m[0], inner: (m[1] ?? m[2] ?? m[3] ?? m[0]).trim(), start: m.index, end: m.index + m[0].length });
  }
  for (const w of words.find(text)) {
    out.push({ text: w.word, inner: w.word, start: w.start, end: w.end });
  }
  return dropContained(out.sort((a, b) => a.start - b.start || b.end - a.end));
}

/** "[TBD]" is one placeholder, not two: keep the outer span. */
function dropContained(sorted: Placeholder[]): Placeholder[] {
  const out: Placeholder[] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last && p.start < last.end) continue;
    out.push(p);
  }
  return out;
}
