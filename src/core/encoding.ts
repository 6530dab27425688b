// A file in an encoding the engine does not read. The CLI reads files as UTF-8; a UTF-16
// file then arrives as two U+FFFD (its byte-order mark) and a NUL beside every ASCII
// letter, and every rule would report nonsense about it. One finding says what it is.
import type { Lang, RawFinding } from './finding';

export const ENCODING_RULE_ID = 'encoding';

export function encodingFinding(text: string, lang: Lang): RawFinding | undefined {
  const head = text.slice(0, 256);
  let nuls = 0;
  for (let i = 0; i < head.length; i++) if (head.charCodeAt(i) === 0) nuls++;
  // In UTF-16 text read as UTF-8 about every other character is a NUL; one stray NUL is not UTF-16.
  const utf16 = head.length >= 4 && nuls * 4 >= head.length;
  if (!utf16) return undefined;
  const nl = text.indexOf('\n');
  return {
    ruleId: ENCODING_RULE_ID,
    message:
      lang === 'ko'
        ? '이 파일은 UTF-16으로 인코딩된 것 같습니다(글자 사이에 NUL 바이트). UTF-8로 저장해야 검사할 수 있습니다.'
        : 'This file looks UTF-16 encoded (NUL bytes between the letters). Save it as UTF-8 to check it.',
    span: { start: 0, end: Math.min(nl < 0 ? text.length : nl, 200) },
    // About the whole file: a line comment above line 1 would not silence it.
    data: { scope: 'file' },
  };
}
