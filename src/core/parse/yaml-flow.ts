// The YAML parser reports an unclosed flow collection (`title: {a: 1` or `tags: [x, y`) where
// it met the next line that is not indented enough ("Flow map … must … end with a }", at 4:5),
// a line or more below the bracket the user forgot to close. The finding belongs on that
// bracket, as an unclosed quote's does (yaml-quote.ts); this finds it.
import type { Lang } from '../finding';
import type { Span } from '../model';
import { LOOK_BACK, quoteEnd } from './yaml-quote';

type Opener = '{' | '[';

/**
 * Where a flow collection may open outside one: at the line's start or after list dashes, or
 * after `key:`, with any anchor or tag before it. A `{` inside a plain value ("a {b") is text.
 */
const BLOCK_OPENER = /^(?:\s*(?:-\s+)*|[^#]*?:\s+)(?:[&!]\S*\s+)*([[{])/;

const CLOSER: Record<string, Opener> = { '}': '{', ']': '[' };

/** Whether a quote at `k` opens a quoted value inside a flow collection (after `[ { , :`). */
function opensQuote(src: string, k: number, lineStart: number): boolean {
  let p = k - 1;
  while (p >= lineStart && (src[p] === ' ' || src[p] === '\t')) p--;
  return p < lineStart || '[{,:'.includes(src[p]!);
}

/**
 * Reads brackets from `from` to the line's end into `stack` (open brackets' offsets). `closed`
 * hears the place in the stack of each bracket its own closer closes.
 */
function scanFlow(src: string, from: number, lineStart: number, lineEnd: number, stack: number[], closed?: (depth: number) => void): void {
  for (let k = from; k < lineEnd; k++) {
    const c = src[k]!;
    if ((c === '"' || c === "'") && opensQuote(src, k, lineStart)) k = quoteEnd(src, k, lineEnd);
    else if (c === '#' && (k === lineStart || src[k - 1] === ' ' || src[k - 1] === '\t')) return;
    else if (c === '{' || c === '[') stack.push(k);
    else if (CLOSER[c]) {
      // A closer ends the nearest open bracket of its kind (and any left open inside it).
      let at = stack.length - 1;
      while (at >= 0 && src[stack[at]!] !== CLOSER[c]) at--;
      if (at >= 0) {
        closed?.(at);
        stack.length = at;
      }
      // The collection is closed: what follows on the line is block text again.
      if (!stack.length) return;
    }
  }
}

/**
 * The innermost bracket of kind `kind` still open at `pos`, one pass over at most LOOK_BACK, and
 * whether a closer for it comes later: then the collection is closed but its inner lines are not
 * indented enough (`baseline: { value: 10,` then `asOf: … }` at the key's indent).
 */
function openBracket(src: string, pos: number, kind: Opener): { at: number; closedLater: boolean } | undefined {
  const end = Math.min(pos, src.length);
  let lineStart = end > LOOK_BACK ? src.indexOf('\n', end - LOOK_BACK) + 1 : 0;
  const stack: number[] = [];
  while (lineStart < end) {
    const nl = src.indexOf('\n', lineStart);
    const lineEnd = nl < 0 || nl > end ? end : nl;
    let from = lineStart;
    if (!stack.length) {
      const m = BLOCK_OPENER.exec(src.slice(lineStart, lineEnd));
      from = m ? lineStart + m[0].length - 1 : lineEnd;
    }
    scanFlow(src, from, lineStart, lineEnd, stack);
    lineStart = lineEnd + 1;
  }
  let depth = stack.length - 1;
  while (depth >= 0 && src[stack[depth]!] !== kind) depth--;
  if (depth < 0) return undefined;
  const at = stack[depth]!;
  // Read on from `pos`, as far as was read back, until the bracket closes or the text ends.
  const limit = Math.min(src.length, end + LOOK_BACK);
  let from = end;
  lineStart = src.lastIndexOf('\n', end - 1) + 1;
  // Closed by its own closer only: in "{x: [1, 2}" the } closes the {, and the [ stays unclosed.
  let closedLater = false;
  while (from < limit && stack.length > depth) {
    const nl = src.indexOf('\n', from);
    const lineEnd = nl < 0 || nl > limit ? limit : nl;
    scanFlow(src, from, lineStart, lineEnd, stack, (d) => (closedLater ||= d === depth));
    from = lineStart = lineEnd + 1;
  }
  return { at, closedLater };
}

/** The finding for an unclosed `{` or `[`, on the bracket; undefined for other errors. */
export function unclosedFlow(src: string, err: { code: string; message: string; pos: [number, number] }, lang: Lang): { message: string; span: Span } | undefined {
  const m = err.code === 'BAD_INDENT' ? /^Flow (map|sequence) .*end with an? ([}\]])/.exec(err.message) : null;
  if (!m) return undefined;
  const map = m[1] === 'map';
  const found = openBracket(src, err.pos[0], map ? '{' : '[');
  if (found === undefined) return undefined;
  const { at, closedLater } = found;
  const open = map ? '{' : '[';
  const close = m[2]!;
  const eol = src.indexOf('\n', at);
  const ko = lang === 'ko';
  return {
    message: closedLater
      ? ko
        ? `YAML 구문 오류: 여기서 연 ${open} … ${close} 안의 줄은 이 값의 키보다 더 들여 써야 합니다. 안쪽 줄을 더 들여 쓰거나 한 줄로 쓰세요.`
        : `YAML syntax error: the lines inside the ${open} … ${close} opened here must be indented more than its key; indent them, or write it on one line.`
      : ko
        ? `YAML 구문 오류: 여기서 연 ${open}가 닫히지 않았습니다. ${map ? '맵' : '목록'} 끝에 ${close}를 넣거나, ${open}가 글의 일부라면 값 전체를 따옴표로 감싸세요.`
        : `YAML syntax error: the ${open} opened here is never closed; end the ${map ? 'map' : 'list'} with ${close}, or, if the ${open} is part of the text, put the whole value in quotes.`,
    span: { start: at, end: eol < 0 ? src.length : eol },
  };
}
