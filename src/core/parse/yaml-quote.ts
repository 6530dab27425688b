// The YAML parser reports an unclosed quote where it gave up looking: at the end of the file,
// often many lines below the mistake ('Missing closing "quote', at 5:8 for a quote opened on
// line 2). The finding belongs on the quote that was opened; this finds it.
import type { Lang } from '../finding';
import type { Span } from '../model';

/** Where the value that starts with `q` before `pos` opens: a quote after a key, a dash, a bracket or a comma. */
function openingQuote(src: string, pos: number, q: string): number | undefined {
  for (let i = Math.min(pos, src.length) - 1; i >= 0; i--) {
    if (src[i] !== q) continue;
    const lineStart = src.lastIndexOf('\n', i - 1) + 1;
    if (/(^\s*|[:\-[{,]\s+|[[{,])$/.test(src.slice(lineStart, i))) return i;
  }
  return undefined;
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
