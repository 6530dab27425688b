// The shape of a Korean outcome statement (see shape.ts for the English one): the predicate
// at the end ("… 체계화", "… 개최", "… 성장해야 해!", "… 보낸다"), classed by its stem, and the
// subject marked by its particle ("학부모가", "민원인이", "운전자 모두").
import { EN_STATE_WORDS, KO_ACTION_NOUNS, KO_DESIRE_ENDING, KO_PARTNER_ORG_END, KO_PERSON_END, KO_RESULT_NOUNS, KO_STATE_WORDS } from '../vocab/shape-words';
import type { KoreanShape, Tok } from './shape';

const HANGUL = /[\uac00-\ud7af]/;
// Endings peeled off the last word to find the predicate's stem (한다, 하기, 한 것, 완료, 추진 ...).
const KO_ENDINGS = /(?:하기|한다|합니다|하다|함|했다|한\s?것|할\s?것|하는\s?것|된다|됨|되다|시킨다|시키기|시킴|시키다|하여|해|했음|완료|예정|추진|진행)$/;
// "야식 줄이기" a direction; "탄산 끊기", "3천만원 모으기" a habit or a result kept up (-기 goals).
const KO_CHANGE_GI = /(?:줄이|늘리|낮추|높이)기$/;
const KO_HABIT_GI = /(?:끊기|모으기|모으|빼기|지키기|참기|걷기|챙기기|내놓기|일어나기)$/;
// "이틀에서 하루로 짧아진다", "다섯 단계에서 두 단계로 줄어든다": from one size to another, in words.
const KO_FROM_TO_WORDS = /[가-힣\d]\s?에서\s[^\s]+(?:\s[^\s]+)?\s?(?:으로|로)\s/;
// A thing becoming more or less of a quality ("만족도가 높아진다", "처리가 빨라진다", "매출이
// 늘어난다") is a change, with or without its size; not a passive ("만들어진다", "주어진다").
const KO_BECOMING = /(?:높아|낮아|좋아|나빠|빨라|느려|짧아|길어|많아|적어|커|작아|쉬워|어려워|나아|넓어|좁아|가까워|멀어|편해|편리해|안전해|깨끗해|투명해|활발해|강해|약해)(?:진다|지다|질\s?것|져야|졌다|집니다)$|(?:늘어|줄어)(?:난다|나다|든다|들다|납니다|듭니다)$/;

export function koreanShape(text: string, toks: readonly Tok[], actionAt: (s: number, e: number) => boolean, changeAt: (s: number, e: number) => boolean, actorAt: (s: number) => boolean): KoreanShape {
  const stateWord = toks.find((t) => KO_STATE_WORDS.some((w) => t.text.includes(w)) || EN_STATE_WORDS.has(t.text));
  const out: KoreanShape = { lang: 'ko', ...(stateWord ? { stateWord } : {}) };
  // The subject: a person word with 이/가/은/는/께서 ("학부모가", "택배 기사가").
  for (const t of toks) {
    if (!HANGUL.test(t.text)) continue;
    // "운전자 모두", "주민 전원": a person word with 모두 after it is a subject too.
    const next = toks[toks.indexOf(t) + 1]?.text;
    const m = /^(.+?)(?:들)?(?:이|가|은|는|께서)$/.exec(t.text) ?? (next !== undefined && /^(?:모두|모두가|전원|전원이|스스로|스스로가)$/.test(next) ? /^(.+?)(?:들)?$/.exec(t.text) : null);
    if (m && (actorAt(t.start) || KO_PERSON_END.test(m[1]!) || KO_PARTNER_ORG_END.test(m[1]!))) {
      out.person = t;
      break;
    }
  }
  const hangul = toks.filter((t) => HANGUL.test(t.text));
  const last = hangul[hangul.length - 1];
  if (!last) return out;
  const whole = text.slice(last.start).trim();
  // The wish may span the last two words ("돼야 한다", "해야 합니다").
  if (KO_DESIRE_ENDING.test(whole) || KO_DESIRE_ENDING.test(text.slice(Math.max(0, last.start - 4))) || /[가-힣]자\s*!/.test(whole)) return { ...out, predicate: { ...last, stem: last.text, cls: 'desire', finite: true } };
  const finite = /(?:다|요|음|임)$/.test(last.text);
  // The stem of the last word, then of the word before when the last one is an ending
  // written apart ("도입 완료", "운영 추진", "완성한 것").
  let p = last;
  let stem = last.text.replace(/[을를이가은는의에로으도과와만]$/, '').replace(KO_ENDINGS, '');
  if (!stem || ['것', '완료', '예정', '추진', '진행', '함'].includes(last.text)) {
    const prev = hangul[hangul.length - 2];
    if (prev) {
      p = prev;
      stem = prev.text.replace(KO_ENDINGS, '').replace(/[한할하는]$/, '');
      if (!stem) stem = prev.text;
      if (['완료', '진행', '추진'].includes(last.text) && !KO_RESULT_NOUNS.has(stem) && !changeAt(prev.start, prev.end)) {
        return { ...out, predicate: { ...p, end: p.start + stem.length, stem, cls: 'action', finite } };
      }
    }
  }
  const ends = (set: Set<string>) => [...set].some((w) => stem.endsWith(w));
  let cls: NonNullable<KoreanShape['predicate']>['cls'];
  if (KO_STATE_WORDS.some((w) => stem.endsWith(w) || stem.startsWith(w))) cls = 'state';
  else if (changeAt(p.start, p.end) || (KO_BECOMING.test(p.text) && !KO_FROM_TO_WORDS.test(text))) cls = 'change';
  else if (ends(KO_RESULT_NOUNS)) cls = 'result';
  // "탄산 끊기", "5천만원 모으기": a -기 goal of quitting or keeping something up is a behaviour;
  // "야식 줄이기" a direction; any other -기 (읽기, 홈트하기) an activity.
  else if (KO_CHANGE_GI.test(p.text)) cls = 'change';
  else if (KO_HABIT_GI.test(p.text)) cls = 'verb';
  else if (ends(KO_ACTION_NOUNS) || actionAt(p.start, p.end) || (/화$/.test(stem) && stem.length >= 3) || /[가-힣]기$/.test(p.text)) cls = 'action';
  else if (finite) cls = 'verb';
  else cls = 'noun';
  // The span is the stem ("구축" of "구축한다"), what the message names.
  const end = p.text.startsWith(stem) ? p.start + stem.length : p.end;
  return { ...out, predicate: { ...p, end, stem, cls, finite } };
}
