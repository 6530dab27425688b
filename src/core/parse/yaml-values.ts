// How many values (keys, items, scalars, collections) a piece of YAML holds, counted from its
// text before the parser builds anything. The `yaml` library keeps about 1 KB per node while it
// parses (its token tree, then the document): a 7.8 MB `[1,1,1,…]` of 3.9 million items took 60 s
// and 3.5 GB, and aborted a 2 GB heap, though it was under maxFileBytes. An honest CBO file holds
// one value per 12 bytes or so (an 8 MB file of outcomes, about 660,000); such a list holds one
// per 2. So the text is counted first, and a piece with too many values is not parsed at all.
import { CST, Lexer } from 'yaml';
import type { Lang, RawFinding } from '../finding';
import type { Span } from '../model';
import { formatNumber } from '../money';
import { LIMIT_RULE_ID } from './yaml-ids';
import { LEXEMES_PER_STEP } from './yaml-parse';

/** Values parsed at once (one outcome of `outcomes:`, the file's own keys, or a file read whole). */
export const MAX_VALUES_PER_PART = 100_000;
/** Values read in one file, all parts together: half again an honest file at the 8 MB size limit. */
export const MAX_VALUES_PER_FILE = 1_000_000;

export interface ValueCount {
  /** Values counted, at most `limit + 1`. */
  count: number;
  /** Where the value past `limit` starts, or -1 when there are no more than `limit`. */
  over: number;
}

const NL = 10;

/** Whether the indicator at `i` (`-`, `?` or `:`) is followed by a space, a line end or the end. */
function indicatorAt(text: string, i: number): boolean {
  const d = i + 1 < text.length ? text.charCodeAt(i + 1) : NL;
  return d === 32 || d === NL || d === 9 || d === 13;
}

/**
 * An upper estimate of the values in `text`, in one pass: the first thing on each line that is
 * not a comment line, and each `,` `[` `{` and `- ` `? ` `: ` (every YAML node starts at one of
 * these). Text inside quotes or comments after a value counts too, which only overestimates
 * (and no hostile text can hide values there): a count over `limit` is made again by
 * `lexedValues`, which leaves them out. Stops at the first value past `limit`.
 */
export function countValues(text: string, limit: number): ValueCount {
  let count = 0;
  let lineStart = true;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === NL) {
      lineStart = true;
      continue;
    }
    if (lineStart) {
      if (c === 32 || c === 9 || c === 13) continue;
      lineStart = false;
      // A line that starts with # is a comment, or text inside a quoted or block scalar: no value.
      if (c === 35) {
        const nl = text.indexOf('\n', i);
        if (nl < 0) break;
        i = nl - 1;
        continue;
      }
      count++;
    }
    if (c === 44 || c === 91 || c === 123) count++;
    else if ((c === 45 || c === 63 || c === 58) && indicatorAt(text, i)) count++;
    else if (c === 58 && i + 1 < n && ',]}'.includes(text[i + 1]!)) count++;
    if (count > limit) return { count, over: i };
  }
  return { count, over: -1 };
}

/**
 * `countValues` made on the `yaml` lexer's pieces: what the lexer reads as a quoted scalar, a
 * block scalar, a plain scalar running over lines or a comment is one piece of text, and its
 * brackets and commas are no values. A 1 MB title of `[` in quotes counted a million and was
 * declined with "shorten the long list", which it has none of. The lexer is the one the parser
 * reads with, so no text it reads as values can pass for text here. A piece at a time, several
 * times slower than countValues: asked only when that is over the limit, stopping one value
 * past it, with a pause every LEXEMES_PER_STEP pieces.
 */
export function* lexedValues(text: string, limit: number): Generator<void, ValueCount> {
  let count = 0;
  let lineStart = true;
  // After the lexer's scalar mark comes a scalar's text, whatever its first character.
  let scalar = false;
  let at = 0;
  let n = 0;
  for (const piece of new Lexer().lex(text)) {
    if (++n === LEXEMES_PER_STEP) {
      n = 0;
      yield;
    }
    // The lexer's marks stand for no text of the source.
    if (piece === CST.SCALAR || piece === CST.DOCUMENT || piece === CST.FLOW_END) {
      if (piece === CST.SCALAR) scalar = true;
      continue;
    }
    const start = at;
    at += piece.length;
    const c = piece.charCodeAt(0);
    if (!scalar) {
      if (piece === '\n' || piece === '\r\n' || piece === '') {
        lineStart = true;
        continue;
      }
      if (c === 32 || c === 9 || c === 35) continue; // spaces, a comment
    }
    if (lineStart) count++;
    // A block scalar's text ends with its line break: what follows starts a line.
    lineStart = scalar && piece.endsWith('\n');
    if (!scalar && piece.length === 1 && (c === 44 || c === 91 || c === 123 || c === 45 || c === 63 || c === 58)) count++;
    scalar = false;
    if (count > limit) return { count, over: start };
  }
  return { count, over: -1 };
}

/** The finding for a part or a file with too many values, on the value where reading stops. */
export function tooManyValues(text: string, at: number, lang: Lang, of: 'outcome' | 'yaml' | 'file'): RawFinding {
  const eol = text.indexOf('\n', at);
  const span: Span = { start: at, end: Math.max(at + 1, Math.min(eol < 0 ? text.length : eol, at + 200)) };
  const n = formatNumber(of === 'file' ? MAX_VALUES_PER_FILE : MAX_VALUES_PER_PART, 'en-US', 0);
  const ko = lang === 'ko';
  const what = {
    outcome: ko ? `이 성과에는 값(키, 항목, 스칼라)이 ${n}개보다 많습니다. CBO Guide는 여기서 읽기를 멈추고 이 성과를 검사하지 않았습니다` : `This outcome has more than ${n} values (keys, items and scalars); CBO Guide stops reading here and checks nothing in it`,
    yaml: ko ? `이 YAML에는 값(키, 항목, 스칼라)이 ${n}개보다 많습니다. CBO Guide는 여기서 읽기를 멈추고 이 YAML을 검사하지 않았습니다` : `This YAML has more than ${n} values (keys, items and scalars); CBO Guide stops reading here and checks nothing in it`,
    file: ko ? `이 파일에는 값(키, 항목, 스칼라)이 ${n}개보다 많습니다. CBO Guide는 여기서 읽기를 멈추고 이 줄부터의 성과는 검사하지 않았습니다` : `This file has more than ${n} values (keys, items and scalars); CBO Guide stops reading here and checks no outcome from this line on`,
  }[of];
  const fix = ko ? ' 성과 하나에는 값이 수백 개면 충분합니다. 긴 목록을 줄이거나 파일을 나누세요.' : '. An outcome needs a few hundred: shorten the long list, or split the file.';
  return { ruleId: LIMIT_RULE_ID, message: what + fix, span, data: { limit: of === 'file' ? 'values-per-file' : 'values' } };
}
