// The framework's template writes every field as a bracketed prompt ("[Outcome Title]",
// "[Current state measurement]"); a plan that still holds one, or a TBD / TODO / 미정,
// looks complete at a glance and is not. Every string of the outcome is scanned.
import type { Text } from '../model';
import { placeholdersIn } from '../text/statement';
import { excerpt } from '../text/excerpt';
import { spanIn } from '../text/statements';
import { msg, type Rule } from './types';
import { josa } from '../text/josa';

export const rule: Rule = {
  id: 'no-placeholder',
  name: 'Placeholder left in',
  scope: 'wording',
  defaultSeverity: 'warning',
  description: {
    en: 'Template placeholders and to-do markers (`[Outcome Title]`, TBD, TODO, 미정) are filled in.',
    ko: '템플릿 자리표시자와 할 일 표시(`[Outcome Title]`, TBD, TODO, 미정)를 실제 내용으로 채웁니다.',
  },
  check(o, ctx) {
    for (const t of stringsOf(o.strings, o.title, o.behavior)) {
      for (const p of placeholdersIn(t.value, ctx.vocab)) {
        const prompt = p.prompt || p.text !== p.inner + (p.suffix ?? '');
        // A "placeholder" can be a whole pasted value (a title of xxx…): quoted in part.
        const said = excerpt(p.text);
        ctx.report({
          span: spanIn(t, p.start, p.end),
          message: prompt
            ? msg(ctx, `"${said}" is a template prompt left in: replace it with what it asks for.`, `"${said}"${josa(said, '은')} 템플릿 자리표시자입니다. 요청하는 실제 내용으로 바꾸세요.`)
            : msg(ctx, `"${said}" marks something not written yet: fill in the real content before the plan is reviewed.`, `"${said}"${josa(said, '은')} 아직 채우지 않은 내용 표시입니다. 검토 전에 실제 내용을 적으세요.`),
          fix: {
            kind: 'replace',
            span: spanIn(t, p.start, p.end),
            snippet: `\${1:${snippetEscape(p.inner)}}${snippetEscape(p.suffix ?? '')}`,
            title: msg(ctx, `Fill in "${said}"`, `"${said}" 채우기`),
          },
        });
      }
    }
  },
};

/** Every string once: the parsers list title and behavior in `strings` too, tests may not. */
function stringsOf(strings: Text[], ...more: (Text | undefined)[]): Text[] {
  // Spans seen, as start -> ends: numbers, not a "start:end" string made for every leaf.
  const seen = new Map<number, number | number[]>();
  const out: Text[] = [];
  const add = (t: Text | undefined) => {
    if (!t) return;
    const { start, end } = t.span;
    const ends = seen.get(start);
    if (ends === undefined) seen.set(start, end);
    else if (ends === end || (typeof ends !== 'number' && ends.includes(end))) return;
    else if (typeof ends === 'number') seen.set(start, [ends, end]);
    else ends.push(end);
    out.push(t);
  };
  for (const t of strings) add(t);
  for (const t of more) add(t);
  return out;
}

/** In a VS Code snippet, `$`, `}` and `\` in a placeholder's default text must be escaped. */
function snippetEscape(s: string): string {
  return s.replace(/[$}\\]/g, '\\$&');
}
