// A Secondary Metrics bullet that names several metrics on one line ("- **보조 지표**: 사전 취소
// 슬롯 재배정률, 콜센터 취소 전화 수") is several metrics: one each, so the report gives each its
// own row and reading instead of one metric named after the whole line, with no data.
import type { Text } from '../model';

/**
 * Where a separator ends one item: `;` or `,` before a space (`1,200` and `a,b` stay one),
 * and the Korean and full-width `、` `，` `；` anywhere. Never inside brackets or backticks
 * ("Refund time (days, median)"), after a backslash, or as the end of an HTML entity (`&amp;`).
 */
function isCut(v: string, i: number): boolean {
  const ch = v[i]!;
  if (ch === '、' || ch === '，' || ch === '；') return true;
  if (ch !== ';' && ch !== ',') return false;
  if (!/\s/.test(v[i + 1] ?? '') || v[i - 1] === '\\') return false;
  return ch === ',' || !/&[#\w]+$/.test(v.slice(Math.max(0, i - 10), i));
}

/** The metrics a Secondary Metrics value lists, each with its own span; the value itself when it lists one. */
export function splitMetricList(t: Text): Text[] {
  const v = t.value;
  // Spans are cut from the value, so it must be the source text as written (no unescaping).
  if (!/[;,、，；]/.test(v) || t.span.end - t.span.start !== v.length) return [t];
  const cuts: number[] = [];
  let depth = 0;
  let code = false;
  for (let i = 0; i < v.length; i++) {
    const ch = v[i]!;
    if (ch === '`') code = !code;
    else if (code) continue;
    else if ('([（［{'.includes(ch)) depth++;
    else if (')]）］}'.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && isCut(v, i)) cuts.push(i);
  }
  if (!cuts.length) return [t];
  const out: Text[] = [];
  let from = 0;
  cuts.push(v.length);
  for (const end of cuts) {
    const part = v.slice(from, end);
    const lead = part.length - part.trimStart().length;
    const value = part.trim();
    if (value) out.push({ value, span: { start: t.span.start + from + lead, end: t.span.start + from + lead + value.length } });
    from = end + 1;
  }
  return out.length ? out : [t];
}
