// The base protocol's framing (`Content-Length: N`, a blank line, N bytes of JSON), read so that
// one bad message costs that message only. vscode-jsonrpc's reader trusts every header: a
// Content-Length one byte short left the rest of the body to be read as the next header, which
// has no Content-Length, and from then on every message, good or bad, was lost or misread; a
// header with no Content-Length stopped reading for good; `Content-Length: 999999999999` waited
// for that many bytes. Here:
// - a body that is not JSON gets a parse error (JSON-RPC -32700, id null), and reading goes on at
//   the next `Content-Length:` header;
// - a body that turns out to hold the next message's header (its length was too long) is cut
//   there: the part before gets the parse error, the next message is read as sent. The test is
//   exact: `Content-Length: 12` followed by a line break is never inside valid JSON (a bare word
//   outside a string; a raw line break inside one);
// - a header block without a Content-Length, and bytes between messages that are no header, are
//   skipped with a log line;
// - a Content-Length over MAX_BODY_BYTES is refused before anything is allocated for it, and what
//   follows is skipped up to the next header.
// Pure over Buffers (no stream): stdio-reader.ts feeds it stdin's chunks.

/**
 * The largest body taken: 64 MB. Files over `maxFileBytes` (8 MB by default) are declined with one
 * finding anyway; the headroom is for a team that raises it, and for JSON's escapes.
 */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;
/** Bytes with no header end in them are garbage past this many: a header block is a few dozen. */
const MAX_HEADER_BYTES = 8 * 1024;
/** How many problems are logged; past that one line says the rest are not (a stream of noise would flood the client's log). */
const MAX_LOGGED = 20;

const HEADER_END = Buffer.from('\r\n\r\n', 'latin1');
const NAME = 'content-length:';
/** A Content-Length header line inside a body (see above); at most 53 bytes, so OVERLAP finds one split between chunks. */
const HEADER_IN_BODY = /content-length:[ \t]{0,8}\d{1,20}[ \t]{0,8}\r\n/i;
const OVERLAP = 64;
/** A header field (RFC 9110 token, colon, value): such lines before Content-Length belong to its block. */
const FIELD = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+:[^\r\n]*$/;

/** What the framer gives its reader: messages, and problems in English and Korean. */
export interface FramerEvents {
  /** A body that parsed as JSON. */
  message(value: unknown): void;
  /** A body that did not: answer it with a parse error (its id cannot be known). */
  parseError(en: string, ko: string): void;
  /** A line for the server's log. */
  log(en: string, ko: string): void;
}

export class Framer {
  /** Bytes read while looking for a header. */
  private head: Buffer = Buffer.alloc(0);
  /** The body being read: its chunks, its length so far, and the Content-Length (-1: reading a header). */
  private body: Buffer[] = [];
  private have = 0;
  private expected = -1;
  /** Where, in the body being read, the next message's header starts (-1: nowhere yet). */
  private cutAt = -1;
  /** The last bytes of the body scanned, for a header split between two chunks. */
  private tail: Buffer = Buffer.alloc(0);
  /** Bytes dropped since the last message: said in one line when the next header is found. */
  private skipped = 0;
  private logged = 0;
  private readonly decoder = new TextDecoder('utf-8');

  constructor(private readonly out: FramerEvents) {}

  push(chunk: Buffer): void {
    if (this.expected < 0) this.head = this.head.length ? Buffer.concat([this.head, chunk]) : chunk;
    else this.addBody(chunk);
    for (;;) if (!(this.expected < 0 ? this.readHeader() : this.readBody())) return;
  }

  /** Reads one header block, if a whole one is there; false when more bytes are needed. */
  private readHeader(): boolean {
    const end = this.head.indexOf(HEADER_END);
    if (end < 0) {
      this.dropGarbage();
      return false;
    }
    const block = this.head.subarray(0, end).toString('latin1');
    const rest = this.head.subarray(end + HEADER_END.length);
    this.head = rest;
    // The last one: what comes before it in the block is the rest of a bad body, or noise.
    const at = block.toLowerCase().lastIndexOf(NAME);
    if (at < 0) {
      this.problem(`cbo: a header block without Content-Length was skipped: ${shown(block)}`, `cbo: Content-Length가 없는 헤더 블록을 건너뛰었습니다: ${shown(block)}`);
      return true;
    }
    this.skipped += headerStart(block, at);
    const lineEnd = block.indexOf('\r\n', at);
    const value = block.slice(at + NAME.length, lineEnd < 0 ? block.length : lineEnd).trim();
    if (!/^\d+$/.test(value)) {
      this.problem(`cbo: a message whose Content-Length is not a number (${shown(value)}) was skipped.`, `cbo: Content-Length가 숫자가 아닌(${shown(value)}) 메시지를 건너뛰었습니다.`);
      return true;
    }
    const length = Number(value);
    if (length > MAX_BODY_BYTES) {
      // Refused before a byte of it is kept: its body is skipped as noise up to the next header.
      this.problem(`cbo: a message of ${count(value)} bytes was refused: the limit is ${MAX_BODY_BYTES} bytes (64 MB).`, `cbo: ${count(value)}바이트 메시지를 거부했습니다: 한도는 ${MAX_BODY_BYTES}바이트(64 MB)입니다.`);
      return true;
    }
    this.saySkipped();
    this.expected = length;
    this.body = [];
    this.have = 0;
    this.cutAt = -1;
    this.tail = Buffer.alloc(0);
    if (rest.length) this.addBody(rest);
    this.head = Buffer.alloc(0);
    return true;
  }

  private addBody(chunk: Buffer): void {
    // Only the body's own bytes (and a header that starts in them) are scanned.
    const limit = this.expected + OVERLAP - this.have;
    if (this.cutAt < 0 && limit > 0) {
      const region = Buffer.concat([this.tail, chunk.subarray(0, Math.min(chunk.length, limit))]);
      const m = HEADER_IN_BODY.exec(region.toString('latin1'));
      const at = m ? this.have - this.tail.length + m.index : -1;
      if (m && at < this.expected) this.cutAt = at;
      this.tail = region.subarray(Math.max(0, region.length - OVERLAP));
    }
    this.body.push(chunk);
    this.have += chunk.length;
  }

  /** Takes the body when it is whole (or cut short by the next header); false when more bytes are needed. */
  private readBody(): boolean {
    const cut = this.cutAt >= 0;
    if (!cut && this.have < this.expected) return false;
    const all = this.body.length === 1 ? this.body[0]! : Buffer.concat(this.body);
    const end = cut ? this.cutAt : this.expected;
    const expected = this.expected;
    this.expected = -1;
    this.body = [];
    this.tail = Buffer.alloc(0);
    if (cut) {
      this.head = all.subarray(end);
      const en = `its Content-Length said ${expected} bytes, but the next message's header came after ${end}`;
      const ko = `Content-Length는 ${expected}바이트였지만 ${end}바이트 뒤에 다음 메시지의 헤더가 왔습니다`;
      return this.badBody(en, ko);
    }
    const bytes = all.subarray(0, end);
    let value: unknown;
    try {
      value = JSON.parse(this.decoder.decode(bytes));
    } catch (e) {
      // A length too long by a few bytes ends the body inside the next header, before its line
      // break: those bytes go back to be read as the header they start.
      const from = headerTailStart(bytes);
      this.head = from < bytes.length ? Buffer.concat([bytes.subarray(from), all.subarray(end)]) : all.subarray(end);
      const why = e instanceof Error ? e.message : String(e);
      return this.badBody(`its body is not valid JSON (${why})`, `본문이 올바른 JSON이 아닙니다(${why})`);
    }
    this.head = all.subarray(end);
    this.out.message(value);
    return true;
  }

  private badBody(en: string, ko: string): true {
    this.out.parseError(`Parse error: a message was dropped: ${en}.`, `구문 오류: 메시지를 버렸습니다: ${ko}.`);
    this.problem(`cbo: a message was dropped with a parse error: ${en}.`, `cbo: 메시지를 구문 오류로 버렸습니다: ${ko}.`);
    return true;
  }

  /** No header end in sight: past MAX_HEADER_BYTES the bytes are noise, kept only from where a header may start. */
  private dropGarbage(): void {
    if (this.head.length <= MAX_HEADER_BYTES) return;
    const at = this.head.toString('latin1').toLowerCase().lastIndexOf(NAME);
    const keep = at >= 0 && this.head.length - at <= MAX_HEADER_BYTES ? at : this.head.length - (NAME.length - 1);
    this.skipped += keep;
    // A copy: a slice would hold the whole dropped buffer in memory.
    this.head = Buffer.from(this.head.subarray(keep));
  }

  private saySkipped(): void {
    if (!this.skipped) return;
    this.problem(`cbo: ${this.skipped} bytes between messages that were no message were skipped.`, `cbo: 메시지 사이에 있던, 메시지가 아닌 ${this.skipped}바이트를 건너뛰었습니다.`);
    this.skipped = 0;
  }

  private problem(en: string, ko: string): void {
    if (this.logged > MAX_LOGGED) return;
    this.logged++;
    if (this.logged <= MAX_LOGGED) this.out.log(en, ko);
    else this.out.log('cbo: more framing problems; they are no longer logged.', 'cbo: 메시지 구분 문제가 더 있지만 더는 기록하지 않습니다.');
  }
}

/**
 * Where the header of the block starts, given where its Content-Length is: header fields on the
 * lines before it belong to it; anything else before it is noise (the count of bytes skipped).
 */
function headerStart(block: string, at: number): number {
  const before = block.slice(0, at);
  // `}Content-Length: 12`: the rest of a body too long for its length, up to the name.
  if (before !== '' && !before.endsWith('\r\n')) return at;
  const lines = before.split('\r\n');
  lines.pop();
  let start = before.length;
  for (let i = lines.length - 1; i >= 0 && FIELD.test(lines[i]!); i--) start -= lines[i]!.length + 2;
  return start;
}

/** Where a header cut off by the body's end starts in its last bytes (`…}Content-Len`), or the body's length when none does. */
function headerTailStart(bytes: Buffer): number {
  const from = Math.max(0, bytes.length - OVERLAP);
  const text = bytes.subarray(from).toString('latin1').toLowerCase();
  for (let i = 0; i < text.length; i++) {
    const rest = text.slice(i);
    if (NAME.startsWith(rest) || /^content-length:[ \t]*\d*[ \t]*\r?\n?\r?$/.test(rest)) return from + i;
  }
  return bytes.length;
}

/** A Content-Length's digits, cut when there are more than a number has. */
function count(digits: string): string {
  return digits.length > 20 ? `${digits.slice(0, 20)}…` : digits;
}

/** Text of the stream for a log line: short, with control characters written as escapes. */
function shown(text: string): string {
  const cut = text.length > 60 ? `${text.slice(0, 59)}…` : text;
  return JSON.stringify(cut);
}
