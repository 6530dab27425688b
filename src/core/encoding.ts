// A file in an encoding the engine does not read. The CLI reads files as UTF-8; a UTF-16
// file then arrives as two U+FFFD (its byte-order mark) and a NUL beside every ASCII
// letter, and every rule would report nonsense about it. One finding says what it is.
import type { Lang, RawFinding } from './finding';

export const ENCODING_RULE_ID = 'encoding';

/** Characters of the file's start read for NULs: a few lines of text. */
const HEAD = 256;
/**
 * Below this share of NULs in the head a file is text with stray NULs, not UTF-16 or UTF-32
 * (about half and three quarters of NULs); as a share of NULs in short runs, below it the head
 * holds a block of them instead.
 */
const ENCODED_SHARE = 0.25;
/** From this share of NULs in the head up, the file is NULs alone, or nearly. */
const NULS_ONLY = 0.95;
/** A run of NULs a finding points at is cut at this length. */
const RUN_SHOWN = 200;

/** Where the run of NULs that starts at `at` ends, cut at RUN_SHOWN characters. */
function runEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length && end - at < RUN_SHOWN && text.charCodeAt(end) === 0) end++;
  return end;
}

export function encodingFinding(text: string, lang: Lang): RawFinding | undefined {
  const head = text.slice(0, HEAD);
  let nuls = 0;
  // NULs in runs of one to three, as UTF-16 and UTF-32 put them beside each letter; a longer run
  // (a block of NULs pasted or left by a crashed save) is no encoding of text.
  let interleaved = 0;
  let firstRun = -1;
  for (let i = 0; i < head.length; ) {
    if (head.charCodeAt(i) !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < head.length && head.charCodeAt(j) === 0) j++;
    nuls += j - i;
    if (j - i <= 3) interleaved += j - i;
    else if (firstRun < 0) firstRun = i;
    i = j;
  }
  // In UTF-16 text read as UTF-8 about every other character is a NUL; one stray NUL is not UTF-16.
  if (head.length < 4) return undefined;
  const share = nuls / head.length;
  if (share < ENCODED_SHARE) return undefined;
  const nl = text.indexOf('\n');
  const wholeLine = { start: 0, end: Math.min(nl < 0 ? text.length : nl, RUN_SHOWN) };
  if (share < NULS_ONLY && interleaved / head.length < ENCODED_SHARE) {
    // Text with a block of NULs in it: "looks UTF-32" sent people to re-encode a file that is
    // UTF-8. The finding points at the block.
    return {
      ruleId: ENCODING_RULE_ID,
      message: lang === 'ko'
        ? '이 파일의 이 자리에 텍스트가 아닌 NUL 바이트가 연달아 있습니다. 지워야 파일을 검사할 수 있습니다.'
        : 'This file holds a run of NUL bytes here, which are not text: delete them to check the file.',
      span: { start: firstRun, end: runEnd(text, firstRun) },
      data: { scope: 'file' },
    };
  }
  return {
    ruleId: ENCODING_RULE_ID,
    message: nulWords(share, lang),
    span: wholeLine,
    // About the whole file: a line comment above line 1 would not silence it.
    data: { scope: 'file' },
  };
}

/**
 * What a head with this share of NULs is: UTF-16 has one beside each ASCII letter (about half),
 * UTF-32 three (about three quarters), and a file of NULs alone is no text at all. All three were
 * "looks UTF-16".
 */
function nulWords(share: number, lang: Lang): string {
  const ko = lang === 'ko';
  if (share >= NULS_ONLY) return ko ? '이 파일은 텍스트가 아니라 NUL 바이트뿐입니다. UTF-8 텍스트로 저장해야 검사할 수 있습니다.' : 'This file holds NUL bytes, not text. Save it as UTF-8 text to check it.';
  if (share >= 0.65) return ko ? '이 파일은 UTF-32로 인코딩된 것 같습니다(글자마다 NUL 바이트 세 개). UTF-8로 저장해야 검사할 수 있습니다.' : 'This file looks UTF-32 encoded (three NUL bytes beside each letter). Save it as UTF-8 to check it.';
  return ko ? '이 파일은 UTF-16으로 인코딩된 것 같습니다(글자 사이에 NUL 바이트). UTF-8로 저장해야 검사할 수 있습니다.' : 'This file looks UTF-16 encoded (NUL bytes between the letters). Save it as UTF-8 to check it.';
}

export const NUL_RULE_ID = 'nul-character';

/**
 * NUL bytes the check of the head (encodingFinding) lets pass: one or a few anywhere, a run past
 * the first HEAD characters (a save that failed leaves its block at the end). The file is still
 * read, as a file with a stray � is; one warning, at the first NUL and over its run, says where
 * and how many, since an editor shows a NUL as nothing or a small mark. `text.indexOf` finds it
 * many characters at a time; the line is counted only when there is one.
 */
export function nulFinding(text: string, lang: Lang): RawFinding | undefined {
  const at = text.indexOf('\0');
  if (at < 0) return undefined;
  let n = 0;
  for (let i = at; i >= 0 && n < MAX_COUNTED; i = text.indexOf('\0', i + 1)) n++;
  const count = n >= MAX_COUNTED ? '1000+' : String(n);
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) line++;
  const column = at - (text.lastIndexOf('\n', at) + 1) + 1;
  const one = n === 1;
  return {
    ruleId: NUL_RULE_ID,
    message:
      lang === 'ko'
        ? `이 파일에 텍스트가 아닌 NUL 바이트가 ${count}개 있습니다. 처음 것은 ${line}번째 줄 ${column}번째 글자에 있습니다. 지우세요. 그 옆의 이름이나 낱말이 잘못 읽힐 수 있습니다.`
        : `This file holds ${count} NUL byte${one ? '' : 's'}, which ${one ? 'is' : 'are'} not text; the first is at line ${line}, column ${column}. Delete ${one ? 'it' : 'them'}: a name or word beside ${one ? 'it' : 'them'} may be misread.`,
    span: { start: at, end: runEnd(text, at) },
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
export function replacementFinding(text: string, lang: Lang, undecodable?: readonly number[]): RawFinding | undefined {
  // A host that has the bytes gives the offsets of the � that decoding made (`undecodableBytes`):
  // a literal U+FFFD beside them is the file's own text, neither counted nor pointed at.
  const at = undecodable ? (undecodable[0] ?? -1) : text.indexOf('\uFFFD');
  if (at < 0) return undefined;
  let n = 0;
  if (undecodable) n = Math.min(undecodable.length, MAX_COUNTED);
  else for (let i = at; i >= 0 && n < MAX_COUNTED; i = text.indexOf('\uFFFD', i + 1)) n++;
  const count = n >= MAX_COUNTED ? '1000+' : String(n);
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

/** The � counted one by one; past it the message says "1000+". */
const MAX_COUNTED = 1000;

/** Where a UTF-8 decoder put �, from the bytes; see `undecodableBytes`. */
export interface Undecodable {
  /** Offsets (UTF-16, after a byte order mark) of the first MAX_COUNTED � made by decoding. */
  at: number[];
  /** How many there are in all. */
  count: number;
  /** The length of the decoded text, to check it is the text the offsets are of. */
  length: number;
}

/**
 * The � a UTF-8 decoder makes of `bytes`, as the WHATWG Encoding Standard decodes (as Node and
 * TextDecoder do): one for each maximal part of a sequence that is not UTF-8. A literal U+FFFD
 * (the bytes EF BF BD) is valid UTF-8 and is not one of them. A leading byte order mark is left
 * out, as the CLI strips it.
 */
export function undecodableBytes(bytes: Uint8Array): Undecodable {
  const at: number[] = [];
  let count = 0;
  let off = 0;
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const bad = () => {
    if (at.length < MAX_COUNTED) at.push(off);
    count++;
    off++;
  };
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      off++;
      continue;
    }
    // How many continuation bytes the lead asks for, and the range the first of them must be in
    // (E0 and F0 refuse overlong forms, ED surrogates, F4 what lies past U+10FFFF).
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    if (need === 0) {
      bad();
      i++;
      continue;
    }
    let lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    let hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    let j = 1;
    for (; j <= need; j++) {
      const c = bytes[i + j];
      if (c === undefined || c < lo || c > hi) break;
      lo = 0x80;
      hi = 0xbf;
    }
    if (j <= need) {
      // The lead and the continuations that fitted make one �; the byte that broke the sequence is read again.
      bad();
      i += j;
      continue;
    }
    off += need === 3 ? 2 : 1; // a character past U+FFFF is two UTF-16 units
    i += need + 1;
  }
  return { at, count, length: off };
}
