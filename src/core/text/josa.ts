// Korean particles (조사) change with the sound a word ends in: "확정은" but "효율화는". A message
// that inserts a word it does not know used to write both forms, "은(는)", which a Korean reader
// takes for a machine's text. The sound can nearly always be told from the last character: a
// Hangul syllable's final consonant (받침), a digit as it is read aloud, a Latin letter by its
// Korean name. Only where it cannot (a symbol, Hanja) does the fallback form stay.

/** The particle named by its form after a consonant; its form after a vowel follows it. */
export type Particle = '은' | '이' | '을' | '과' | '으로' | '이라' | '이나';

const FORMS: Record<Particle, readonly [consonant: string, vowel: string, unknown: string]> = {
  은: ['은', '는', '은(는)'],
  이: ['이', '가', '이(가)'],
  을: ['을', '를', '을(를)'],
  과: ['과', '와', '과(와)'],
  으로: ['으로', '로', '(으)로'],
  이라: ['이라', '라', '(이)라'],
  이나: ['이나', '나', '(이)나'],
};

/** How a word ends when read aloud: ㄹ is apart because 으로 takes 로 after it ("서울로"). */
export type FinalSound = 'vowel' | 'consonant' | 'rieul';

// A digit by its Sino-Korean reading: 1 일, 2 이, 3 삼, 4 사, 5 오, 6 육, 7 칠, 8 팔, 9 구.
const DIGIT: Record<string, FinalSound> = { 1: 'rieul', 2: 'vowel', 3: 'consonant', 4: 'vowel', 5: 'vowel', 6: 'consonant', 7: 'rieul', 8: 'rieul', 9: 'vowel' };

// A Latin letter by the name Koreans read it with (에이, 비, 씨 ... 엘, 엠, 엔, 알): only L, M, N
// and R end in a consonant. This reads acronyms and file names (KRW를, USD를, EUR을, plan.md는).
const LETTER: Record<string, FinalSound> = { l: 'rieul', m: 'consonant', n: 'consonant', r: 'rieul' };

// A lowercase English word is read as the word, not spelt, and the messages insert a few kinds
// (keys, options, commands): the loanword endings that differ from the letter's name.
const WORD_ENDINGS: [RegExp, FinalSound][] = [
  [/ng$/, 'consonant'], // lang 랭, string 스트링
  [/[aeiou]r$/, 'vowel'], // owner 오너, error 에러, folder 폴더
  [/[mn]e$/, 'consonant'], // name 네임, outcome 아웃컴, baseline 베이스라인
  [/le$/, 'rieul'], // title 타이틀, file 파일
  [/[^aeiouy]e$/, 'vowel'], // rate 레이트, code 코드, force 포스
  [/(?:^|[^aeiou])[aeiou]t$/, 'consonant'], // a short vowel before t: format 포맷, unit 유닛, target 타깃
];

// Marks that close what they follow: the particle goes with what is inside ("효율화"는).
const CLOSERS = '"\'`”’」』》〉>';
const PAIRS: Record<string, string> = { ')': '(', ']': '[', '}': '{', '）': '（' };

/** The particle `p` in the form `word` takes; the fallback form (은(는)) when it cannot tell. */
export function josa(word: string, p: Particle): string {
  const [consonant, vowel, unknown] = FORMS[p];
  const sound = finalSound(word);
  if (sound === undefined) return unknown;
  if (sound === 'vowel') return vowel;
  return sound === 'rieul' && p === '으로' ? vowel : consonant;
}

/** The sound `word` ends in, read aloud, or undefined when the last character does not tell. */
export function finalSound(word: string): FinalSound | undefined {
  let s = word.trimEnd();
  for (;;) {
    const last = s.slice(-1);
    if (last === '') return undefined;
    if (CLOSERS.includes(last)) {
      s = s.slice(0, -1).trimEnd();
      continue;
    }
    const open = PAIRS[last];
    if (open !== undefined) {
      // Korean reads past a bracket to the word before it: "기한(2026-03-31)이", "투자(USD)가";
      // a bracket that stands alone is read for what it holds.
      const at = s.lastIndexOf(open);
      const before = at > 0 ? s.slice(0, at).trimEnd() : '';
      s = before !== '' ? before : s.slice(at + 1, -1).trimEnd();
      continue;
    }
    return soundOf(s);
  }
}

// Money written with its sign first is read with the currency's name last: "US$40.00" is 40달러,
// "₩20,000" 2만 원, "€40" 40유로.
const SIGN_READ = /(US\$|C\$|A\$|HK\$|\$|€|£|¥|₩)\s?[\d,]+(?:\.\d+)?$/;
const SIGN_SOUND: Record<string, FinalSound> = { $: 'vowel', '€': 'vowel', '£': 'vowel', '¥': 'consonant', '₩': 'consonant' };

function soundOf(s: string): FinalSound | undefined {
  const sign = SIGN_READ.exec(s);
  if (sign) return SIGN_SOUND[sign[1]!.slice(-1)];
  const last = s.slice(-1);
  const code = last.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) {
    const jong = (code - 0xac00) % 28;
    return jong === 0 ? 'vowel' : jong === 8 ? 'rieul' : 'consonant';
  }
  if (/[0-9]/.test(last)) return numberSound(s);
  if (last === '%') return 'vowel'; // 퍼센트, 프로
  if (/[a-z]/i.test(last)) return latinSound(/[a-z]+$/i.exec(s)![0]);
  return undefined;
}

/** Capitals and a lone letter are spelt (KRW, PDF, x); a lowercase word is read as a word. */
function latinSound(run: string): FinalSound {
  if (run.length > 1 && /[a-z]/.test(run)) {
    const lower = run.toLowerCase();
    for (const [ending, sound] of WORD_ENDINGS) if (ending.test(lower)) return sound;
  }
  return LETTER[run.slice(-1).toLowerCase()] ?? 'vowel';
}

/** A number ends as its last digit is read; 0 as the place it closes (십, 백, 천, 만 ... 조). */
function numberSound(s: string): FinalSound {
  const digits = /[0-9][0-9,]*(?:\.[0-9]+)?$/.exec(s)![0];
  const last = digits.slice(-1);
  if (last !== '0') return DIGIT[last]!;
  // After a decimal point each digit is read alone, and a lone 0 is 영.
  if (digits.includes('.')) return 'consonant';
  const whole = digits.replace(/,/g, '');
  if (/^0+$/.test(whole)) return 'consonant';
  const zeros = whole.length - whole.replace(/0+$/, '').length;
  // 조 (10^12) is the only place name of a whole number that ends in a vowel.
  return zeros === 12 ? 'vowel' : 'consonant';
}

const FALLBACK = /은\(는\)|이\(가\)|을\(를\)|과\(와\)|\(으\)로|\(이\)라|\(이\)나/g;
const BY_FALLBACK = new Map<string, Particle>(Object.entries(FORMS).map(([p, forms]) => [forms[2], p as Particle]));

/**
 * Every fallback form in a finished text ("{0}을(를) 읽을 수 없습니다" with the file name put
 * in) resolved by what stands before it. For translations whose placeholders are filled by a
 * library (vscode.l10n), where the particle cannot be chosen while the text is built.
 */
export function resolveParticles(text: string): string {
  return text.replace(FALLBACK, (form, at: number) => josa(text.slice(0, at), BY_FALLBACK.get(form)!));
}
