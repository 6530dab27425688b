// The YAML parser reports an unclosed quote where it gave up looking: at the end of the file,
// often many lines below the mistake ('Missing closing "quote', at 5:8 for a quote opened on
// line 2). The finding belongs on the quote that was opened; this finds it.
import type { Lang } from '../finding';
import type { Span } from '../model';

/** How far back from the parser's position the opening quote is looked for. */
export const LOOK_BACK = 64 * 1024;

/**
 * Where a quoted value may start on a line: at the line's start or after a list dash, after
 * `key:`, after `[`, `{` or `,`, with any anchor or tag before it (`&a "…"`, `!!str "…"`).
 */
const OPENER = /(?:^\s*(?:-\s+)*|:\s+|[[{,]\s*)(?:[&!]\S*\s+)*(["'])/g;

/**
 * Where the quoted value opened at `k` closes on its line (a backslash escapes in "…", '' in
 * '…'); `lineEnd` when it does not.
 */
export function quoteEnd(src: string, k: number, lineEnd: number): number {
  const q = src[k];
  for (let i = k + 1; i < lineEnd; i++) {
    if (q === '"' && src[i] === '\\') i++;
    else if (src[i] === q) {
      if (q === "'" && src[i + 1] === "'") i++;
      else return i;
    }
  }
  return lineEnd;
}

/**
 * The last quote before `pos` that opens a value and is not closed on its own line. One pass
 * forward over at most LOOK_BACK characters, each line read once by one regular expression.
 */
function openingQuote(src: string, pos: number, q: string): number | undefined {
  const end = Math.min(pos, src.length);
  let lineStart = end > LOOK_BACK ? src.indexOf('\n', end - LOOK_BACK) + 1 : 0;
  let found: number | undefined;
  while (lineStart < end) {
    const nl = src.indexOf('\n', lineStart);
    const lineEnd = nl < 0 || nl > end ? end : nl;
    const line = src.slice(lineStart, lineEnd);
    OPENER.lastIndex = 0;
    for (let m = OPENER.exec(line); m; m = OPENER.exec(line)) {
      const at = m.index + m[0].length - 1;
      // Every match holds its quote, so lastIndex always moves on.
      if (m[1] === q && quoteEnd(line, at, line.length) === line.length) found = lineStart + at;
    }
    lineStart = lineEnd + 1;
  }
  return found;
}

/** The finding for an unclosed quote, on the line that opens it; undefined for other errors. */
export function unclosedQuote(src: string, err: { code: string; message: string; pos: [number, number] }, lang: Lang): { message: string; span: Span } | undefined {
  const q = err.code === 'MISSING_CHAR' ? /closing (["'])quote/.exec(err.message)?.[1] : undefined;
  if (!q) return undefined;
  const at = openingQuote(src, err.pos[0], q);
  if (at === undefined) return undefined;
  const eol = src.indexOf('\n', at);
  return {
    message:
      lang === 'ko'
        ? `YAML 구문 오류: 여기서 연 따옴표(${q})가 닫히지 않았습니다. 값 끝에 ${q}를 넣으세요. 닫지 않으면 그 뒤의 모든 줄이 이 값으로 읽힙니다.`
        : `YAML syntax error: the quote (${q}) opened here is never closed; add ${q} at the end of the value. Until then every line after it is read as part of this value.`,
    span: { start: at, end: eol < 0 ? src.length : eol },
  };
}
