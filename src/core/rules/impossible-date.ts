// A date that no calendar has (2026-02-30, 2026-13-45) is read by nothing: the deadline
// check, the progress chart and the report silently skip it, so the outcome looks dated
// and is not. Every string of the outcome is scanned (YAML dates, Markdown labels, titles), in
// every form the date reader takes for a day ("2026-02-30", "2026/02/30", "2026. 2. 30.",
// "2026년 2월 30일"): one such form read as no date at all drew "has no date" instead.
import { impossibleDates } from '../text/date';
import { excerpt } from '../text/excerpt';
import { spanIn } from '../text/statements';
import { msg, type Rule } from './types';
import { josa } from '../text/josa';

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
      for (const d of impossibleDates(t.value)) {
        const { month } = d;
        const written = t.value.slice(d.start, d.end);
        const date = excerpt(written);
        ctx.report({
          span: spanIn(t, d.start, d.end),
          message:
            month < 1 || month > 12
              ? msg(ctx, `"${date}" is not a date: there is no month ${month}. Write the date as YYYY-MM-DD with a month from 01 to 12.`, `"${date}"${josa(date, '은')} 날짜가 아닙니다: ${month}월은 없습니다. YYYY-MM-DD 형식으로, 월은 01부터 12까지 쓰세요.`)
              : msg(ctx, `"${date}" is not a date: that month has no day ${d.day}. Check the day.`, `"${date}"${josa(date, '은')} 날짜가 아닙니다: 그 달에는 ${d.day}일이 없습니다. 날짜를 확인하세요.`),
          data: { date: written },
        });
      }
    }
  },
};
