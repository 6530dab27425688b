// Why a value item counts as 0 in the ROI, as the reports name it beside the item, in English
// and Korean: one word list per ItemProblem, kept apart from report-words.ts so a new kind of
// problem is added here, once per language (the Record type fails the build when one is missing).
import type { Lang } from './finding';
import type { ItemProblem } from './roi';

export const ITEM_PROBLEM_WORDS: Record<Lang, Record<ItemProblem, string>> = {
  en: {
    'missing-type': 'no type given',
    'unknown-type': 'unknown type',
    'missing-numbers': 'the numbers its type needs are missing',
    'out-of-range': 'a number is out of range',
    'too-large': 'the amount is too large',
    'other-currency': 'written in another currency',
    'total-mismatch': 'its written total is not its product',
    'years-factor': 'multiplied by a number of years',
    'added-term': 'an amount added to its product (hours × rate, or probability × impact)',
    'unread-factor': 'multiplied by a factor it cannot use (minutes with no rate per hour, or days or hours against a figure for another period)',
    'share-not-joined': 'a share of change not joined to its money',
    bound: 'a ceiling or a change, not the value',
  },
  ko: {
    'missing-type': '유형 없음',
    'unknown-type': '알 수 없는 유형',
    'missing-numbers': '유형에 필요한 숫자 없음',
    'out-of-range': '범위를 벗어난 숫자',
    'too-large': '금액이 너무 큼',
    'other-currency': '다른 통화로 적힘',
    'total-mismatch': '적힌 합계가 곱과 다름',
    'years-factor': '연수를 곱함',
    'added-term': '곱(시간 × 단가, 또는 확률 × 영향)에 더한 금액',
    'unread-factor': '쓸 수 없는 숫자를 곱함(시간당 단가 없는 분, 다른 기간 단위 숫자에 곱한 일수나 시간)',
    'share-not-joined': '금액과 이어지지 않은 비율',
    bound: '가치가 아닌 상한이나 변화',
  },
};
