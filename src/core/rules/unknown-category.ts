// A Markdown plan's category is free text: the parser reads every spelling of a category of the
// framework ("Operational efficiency", "운영 효율성", `operational-efficiency`) as its id and keeps
// anything else as written. Such a category drew no finding, while the reports and the
// portfolio marked it "(not a category)" and the canvas showed it as if it were one. YAML
// (a CBO file, a ```cbo block) is left alone: the schema's enum names it there, with "did you
// mean", and a second finding on the same value would only repeat it.
import { CATEGORIES } from '../model';
import { nearestCategory } from '../parse/markdown-labels';
import { categoryName, REPORT_WORDS } from '../report-words';
import { excerpt } from '../text/excerpt';
import { msg, type Rule } from './types';
import { josa } from '../text/josa';

const KNOWN: ReadonlySet<string> = new Set(CATEGORIES);

export const rule: Rule = {
  id: 'unknown-category',
  name: 'Unknown category',
  scope: 'structure',
  defaultSeverity: 'warning',
  description: {
    en: 'A Markdown plan\'s Category is one of the framework\'s six (Operational efficiency, Increased revenue ...), in English or Korean.',
    ko: 'Markdown 계획의 범주는 프레임워크의 여섯 가지 중 하나(운영 효율성, 매출 증대 등)여야 합니다(영어 또는 한국어).',
  },
  check(o, ctx) {
    const c = o.category;
    if (o.source !== 'md-template' || !c || KNOWN.has(c.value)) return;
    const written = c.value.trim();
    if (!written) return;
    const id = nearestCategory(written);
    // The fix writes into the document, so in the document's words: a Korean name where the
    // plan wrote Korean, else the English one, as the template offers them.
    const meant = id === undefined ? undefined : categoryName(REPORT_WORDS[/[가-힣]/.test(written) ? 'ko' : 'en'], id);
    const said = excerpt(written);
    const names = (lang: 'en' | 'ko') => CATEGORIES.map((k) => categoryName(REPORT_WORDS[lang], k)).join(', ');
    ctx.report({
      span: c.span,
      message: meant
        ? msg(ctx, `"${said}" is not a category of the framework. Did you mean ${meant}? Until it is one, the reports mark it "(not a category)".`, `"${said}"${josa(said, '은')} 프레임워크의 범주가 아닙니다. ${meant}${josa(meant, '을')} 뜻했나요? 고치기 전까지 보고서에는 "(범주 아님)"으로 표시됩니다.`)
        : msg(ctx, `"${said}" is not a category of the framework: write one of ${names('en')} (or its Korean name). Until then the reports mark it "(not a category)".`, `"${said}"${josa(said, '은')} 프레임워크의 범주가 아닙니다. ${names('ko')} 중 하나(또는 영어 이름)를 적으세요. 그때까지 보고서에는 "(범주 아님)"으로 표시됩니다.`),
      data: meant ? { category: written, meant } : { category: written },
      ...(meant ? { fix: { kind: 'replace' as const, span: c.span, snippet: meant, title: msg(ctx, `Change to ${meant}`, `${meant}${josa(meant, '으로')} 바꾸기`) } } : {}),
    });
  },
};
