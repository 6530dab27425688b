// A date that no calendar has (2026-02-30, 2026-13-45) is read by nothing: the deadline
// check, the progress chart and the report silently skip it, so the outcome looks dated
// and is not. Every string of the outcome is scanned (YAML dates, Markdown labels, titles).
import { isCalendarDate } from '../text/date';
import { excerpt } from '../text/excerpt';
import { spanIn } from '../text/statements';
import { msg, type Rule } from './types';
import { josa } from '../text/josa';

// Bounded digits with no nested repetition: linear on any text.
const ISO_LIKE = /(?<![\d-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d-])/g;

/**
 * The dates written YYYY-MM-DD in the text that no calendar has. Rules that would say "no date"
 * where one is written ask it, so a spot gets this rule's finding alone.
 */
export function impossibleDates(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  if (!text.includes('-')) return out;
  ISO_LIKE.lastIndex = 0;
  for (let m = ISO_LIKE.exec(text); m; m = ISO_LIKE.exec(text)) {
    // The numbers themselves: no YYYY-MM-DD string to build and parse again for every date.
    if (!isCalendarDate(+m[1]!, +m[2]!, +m[3]!)) out.push(m);
  }
  return out;
}

export const rule: Rule = {
  id: 'impossible-date',
  name: 'Impossible date',
  scope: 'structure',
  defaultSeverity: 'error',
  description: {
    en: 'Dates exist on the calendar (no 2026-02-30, no month 13).',
    ko: '날짜가 달력에 있는 날이어야 합니다(2026-02-30, 13월 등은 없음).',
  },
  check(o, ctx) {
    // The parsers list the title and behaviour among the strings; a hand-made model may not.
    const texts = o.strings.length ? o.strings : [o.title, o.behavior];
    for (const t of texts) {
      if (!t) continue;
      for (const m of impossibleDates(t.value)) {
        const month = Number(m[2]);
        const date = excerpt(m[0]);
        ctx.report({
          span: spanIn(t, m.index, m.index + m[0].length),
          message:
            month < 1 || month > 12
              ? msg(ctx, `"${date}" is not a date: there is no month ${month}. Write the date as YYYY-MM-DD with a month from 01 to 12.`, `"${date}"${josa(date, '은')} 날짜가 아닙니다: ${month}월은 없습니다. YYYY-MM-DD 형식으로, 월은 01부터 12까지 쓰세요.`)
              : msg(ctx, `"${date}" is not a date: that month has no day ${Number(m[3])}. Check the day.`, `"${date}"${josa(date, '은')} 날짜가 아닙니다: 그 달에는 ${Number(m[3])}일이 없습니다. 날짜를 확인하세요.`),
          data: { date: m[0] },
        });
      }
    }
  },
};
