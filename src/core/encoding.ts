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

export const REPLACEMENT_RULE_ID = 'replacement-character';

/**
 * Bytes that are not UTF-8 (a file saved as Latin-1 or Windows-1252: "Café", curly quotes)
 * arrive as U+FFFD, in `cbo check` and in an editor that opened the file as UTF-8. The file
 * is still read; one warning, at the first such character, says why a name or an amount beside
 * them may read wrong, instead of letting "Caf� M�ller" pass into a report unremarked.
 */
export function replacementFinding(text: string, lang: Lang): RawFinding | undefined {
  const at = text.indexOf('\uFFFD');
  if (at < 0) return undefined;
  let n = 0;
  for (let i = at; i >= 0 && n < 1000; i = text.indexOf('\uFFFD', i + 1)) n++;
  const count = n >= 1000 ? '1000+' : String(n);
  return {
    ruleId: REPLACEMENT_RULE_ID,
    message:
      lang === 'ko'
        ? `이 파일에 UTF-8로 읽을 수 없는 글자가 ${count}개 있습니다(�로 보임). Latin-1이나 Windows-1252로 저장한 파일이 그렇습니다. 그 옆의 이름이나 금액이 잘못 읽힐 수 있습니다. 지금 상태로 저장하면 원래 글자가 �로 굳으니, 원래 인코딩으로 다시 연 다음(예: Windows-1252) UTF-8로 저장하세요.`
        : `This file holds ${count} character${n === 1 ? '' : 's'} that could not be read as UTF-8 (shown as �), as in a file saved as Latin-1 or Windows-1252; a name or amount beside ${n === 1 ? 'it' : 'them'} may be misread. Saving it as it is keeps the �: reopen it in its real encoding (e.g. Windows-1252), then save it as UTF-8.`,
    span: { start: at, end: at + 1 },
    data: { scope: 'file' },
  };
}
