// The framework's hypothesis says why the outcome is worth having: if this change in someone's
// behaviour happens, this business result follows. A hypothesis that is missing, or that names
// a result with no behaviour behind it (or a behaviour with no result), leaves the ROI without
// a reason. Information only: it is judged on the sentence's shape (a condition and a
// consequence, or a cause and an effect), which cannot tell a good reason from a weak one.
import { msg, type Rule } from './types';

/**
 * "If/When/Once X, Y" with something after the condition's clause: the condition word found
 * first, then the comma or "then" that ends its clause on the same line (as one pattern with a
 * lazy clause, a run of spaces cost its length squared).
 */
const EN_IF = /\b(?:if|when|once|as soon as)\b/gi;

function conditionAndConsequence(t: string): boolean {
  for (const m of t.matchAll(EN_IF)) {
    // The word opens a clause only when a space follows it ("If-then logic" and "When:" do not).
    if (!/\s/.test(t[m.index + m[0].length] ?? '')) continue;
    let seen = 0;
    for (let i = m.index + m[0].length; i < t.length && t[i] !== '\n'; i++) {
      const link = t[i] === ',' ? 1 : (t[i] === 't' || t[i] === 'T') && /^then\b/i.test(t.slice(i, i + 5)) && !/\w/.test(t[i - 1] ?? '') ? 4 : 0;
      if (link && seen >= 3 && visible(t.slice(i + link, i + link + 64)) >= 3) return true;
      if (!/\s/.test(t[i]!)) seen++;
    }
  }
  return false;
}
/**
 * "Y because X", "X, so Y", "X leads to Y": a cause and an effect on both sides. The link word
 * is found first and the text on each side counted after: written as one pattern with a lazy
 * clause before the word, a long run of spaces cost its length cubed (2,000 spaces: 3 s).
 */
const EN_CAUSE_WORD = /\bbecause\b|\bso that\b|,\s*so\b|\bleads? to\b|\bresults? in\b|\bdrives?\b|\btherefore\b/gi;

/** At least three characters other than spaces on each side of a link word. */
function causeAndEffect(t: string): boolean {
  for (const m of t.matchAll(EN_CAUSE_WORD)) {
    if (visible(t.slice(Math.max(0, m.index - 64), m.index)) >= 3 && visible(t.slice(m.index + m[0].length, m.index + m[0].length + 64)) >= 3) return true;
  }
  return false;
}

function visible(s: string): number {
  return s.replace(/\s+/g, '').length;
}
/** 보면/하면/된다면/늘어나면 ...: a condition ending in -면, then the consequence. */
const KO_CONDITION = /[가-힣](?:다면|으면|면|면서|므로|니까)\s+(.{4,})/;
const KO_CAUSE = /[가-힣](?:때문에|덕분에|해서|하여|어서|아서|여서|져서?|되어)\s+(.{4,})/;

/**
 * The patterns above look for a link anywhere, and their lazy parts make a long text without
 * one cost its length squared (a 50 KB hypothesis took 7 s). A hypothesis is a sentence or two:
 * the link is looked for in its first MAX_HYPOTHESIS characters.
 */
const MAX_HYPOTHESIS = 2000;

export function linksBehaviourToResult(text: string): boolean {
  const t = text.trim().slice(0, MAX_HYPOTHESIS);
  return conditionAndConsequence(t) || causeAndEffect(t) || KO_CONDITION.test(t) || KO_CAUSE.test(t);
}

export const rule: Rule = {
  id: 'hypothesis-link',
  name: 'Hypothesis missing or not linking behaviour to result',
  scope: 'structure',
  defaultSeverity: 'info',
  description: {
    en: 'The outcome has a hypothesis that links the behaviour change to a business result: "If <who does what differently>, <business result> because <reason>".',
    ko: '성과에는 행동 변화와 비즈니스 결과를 잇는 가설이 있어야 합니다: "<누가 무엇을 다르게 하면> <비즈니스 결과>가 나타난다".',
  },
  check(o, ctx) {
    // In the language the user chose, as every other rule: a Korean outcome in an English
    // session used to get this one note in Korean among English ones.
    const say = (en: string, kor: string) => msg(ctx, en, kor);
    const h = o.hypothesis;
    if (!h || !h.value.trim()) {
      ctx.report({
        span: { ...(o.behavior?.span ?? o.anchor) }, // a copy: the lint cache moves outcome spans and finding spans separately
        message: say(
          'No hypothesis: say which business result follows when this behaviour changes, e.g. "If returning customers track orders themselves, support cost falls because fewer of them call".',
          '가설이 없습니다. 이 행동이 바뀌면 어떤 비즈니스 결과가 따라오는지 적으세요(예: "재구매 고객이 주문을 직접 조회하면 문의 전화가 줄어 지원 비용이 낮아진다").',
        ),
        data: { reason: 'missing' },
      });
      return;
    }
    if (linksBehaviourToResult(h.value)) return;
    ctx.report({
      span: { ...h.span },
      message: say(
        'The hypothesis does not link a behaviour to a business result: write it as "If <who does what differently>, <business result> because <reason>".',
        '가설이 행동 변화와 비즈니스 결과를 잇지 않습니다. "<누가 무엇을 다르게 하면> <비즈니스 결과>가 나타난다" 형태로 적으세요.',
      ),
      data: { reason: 'no-link' },
    });
  },
};
