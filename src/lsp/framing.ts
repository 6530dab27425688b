// The base protocol's framing (`Content-Length: N`, a blank line, N bytes of JSON), read so that
// one bad message costs that message only. vscode-jsonrpc's reader trusts every header: a
// Content-Length one byte short left the rest of the body to be read as the next header, which
// has no Content-Length, and from then on every message, good or bad, was lost or misread; a
// header with no Content-Length stopped reading for good; `Content-Length: 999999999999` waited
// for that many bytes. Here:
// - a body that is not JSON gets a parse error (JSON-RPC -32700, id null, or the request's id when
//   the bytes before the cut show it: request-id.ts), and reading goes on at the next
//   `Content-Length:` header;
// - a body that turns out to hold the next message's header (its length was too long) is cut
//   there: the part before gets the parse error, the next message is read as sent. The test is
//   exact: `Content-Length: 12` followed by a line break is never inside valid JSON (a bare word
//   outside a string; a raw line break inside one);
// - header fields are read by name, at the start of a line (`X-Content-Length: 3`, or a
//   Content-Type whose value holds `content-length:4`, is not the length), as vscode-jsonrpc reads
//   them; only in a block without such a field is the name looked for within a line, where the
//   rest of a body too short for its length ran into the next header;
// - a header block without a Content-Length, and bytes between messages that are no header, are
//   skipped with a log line; a header that ends in LF LF rather than CRLF CRLF is not read, and
//   said once (the client otherwise waits with no word: nothing ends its block);
// - a Content-Length over MAX_BODY_BYTES is refused before anything is allocated for it, and what
//   follows is skipped up to the next header.
// Pure over Buffers (no stream): stdio-reader.ts feeds it stdin's chunks, and caps its log lines.

import { readableRequestId } from './request-id';

/**
 * The largest body taken: 64 MB. Files over `maxFileBytes` (8 MB by default) are declined with one
 * finding anyway; the headroom is for a team that raises it, and for JSON's escapes.
 */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;
/** Bytes with no header end in them are garbage past this many: a header block is a few dozen. */
const MAX_HEADER_BYTES = 8 * 1024;
const HEADER_END = Buffer.from('\r\n\r\n', 'latin1');
const NAME = 'content-length:';
/** A header field name (RFC 9110 token) and its colon, at the start of a line. */
const FIELD_NAME = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):/;
/** A Content-Length header ended by a blank line of bare line feeds (LF LF, not CRLF CRLF). */
const LF_ONLY = /content-length:[ \t]*\d+[ \t]*\n\n/i;
/** A Content-Length header line inside a body (see above); at most 53 bytes, so OVERLAP finds one split between chunks. */
const HEADER_IN_BODY = /content-length:[ \t]{0,8}\d{1,20}[ \t]{0,8}\r\n/i;
const OVERLAP = 64;
/** A header field (RFC 9110 token, colon, value): such lines before Content-Length belong to its block. */
const FIELD = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+:[^\r\n]*$/;

/** What the framer gives its reader: messages, and problems in English and Korean. */
export interface FramerEvents {
  /** A body that parsed as JSON. */
  message(value: unknown): void;
  /** A body that did not: answer it with a parse error, with `id` when the bytes show one (request-id.ts), else id null. */
  parseError(en: string, ko: string, id?: number | string): void;
  /** A line for the server's log (the reader caps how many: stdio-reader.ts). */
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
  /** A header ended by LF LF was said (once a session: a client that frames so does it every time). */
  private lfOnlySaid = false;
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
      this.sayLfOnly(this.head);
      this.dropGarbage();
      return false;
    }
    const bytes = this.head.subarray(0, end);
    this.sayLfOnly(bytes);
    const block = bytes.toString('latin1');
    const rest = this.head.subarray(end + HEADER_END.length);
    this.head = rest;
    const field = contentLength(block);
    if (!field) {
      this.out.log(`cbo: a header block without Content-Length was skipped: ${shown(block)}`, `cbo: Content-Length가 없는 헤더 블록을 건너뛰었습니다: ${shown(block)}`);
      return true;
    }
    this.skipped += field.start;
    const value = field.value.trim();
    if (!/^\d+$/.test(value)) {
      this.out.log(`cbo: a message whose Content-Length is not a number (${shown(value)}) was skipped.`, `cbo: Content-Length가 숫자가 아닌(${shown(value)}) 메시지를 건너뛰었습니다.`);
      return true;
    }
    const length = Number(value);
    if (length > MAX_BODY_BYTES) {
      // Refused before a byte of it is kept: its body is skipped as noise up to the next header.
      this.out.log(`cbo: a message of ${count(value)} bytes was refused: the limit is ${MAX_BODY_BYTES} bytes (64 MB).`, `cbo: ${count(value)}바이트 메시지를 거부했습니다: 한도는 ${MAX_BODY_BYTES}바이트(64 MB)입니다.`);
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
      return this.badBody(en, ko, readableRequestId(this.decoder.decode(all.subarray(0, end))));
    }
    const bytes = all.subarray(0, end);
    const text = this.decoder.decode(bytes);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      // A length too long by a few bytes ends the body inside the next header, before its line
      // break: those bytes go back to be read as the header they start. They and the rest are
      // one run of `all` (bytes is its start): a view, not a copy, so many bad messages in one
      // chunk cost a pass each over their own bytes, not over the rest of the chunk.
      this.head = all.subarray(headerTailStart(bytes));
      const why = e instanceof Error ? e.message : String(e);
      return this.badBody(`its body is not valid JSON (${why})`, `본문이 올바른 JSON이 아닙니다(${why})`, readableRequestId(text));
    }
    this.head = all.subarray(end);
    this.out.message(value);
    return true;
  }

  private badBody(en: string, ko: string, id: number | string | undefined): true {
    this.out.parseError(`Parse error: a message was dropped: ${en}.`, `구문 오류: 메시지를 버렸습니다: ${ko}.`, id);
    this.out.log(`cbo: a message was dropped with a parse error: ${en}.`, `cbo: 메시지를 구문 오류로 버렸습니다: ${ko}.`);
    return true;
  }

  /** No header end in sight: past MAX_HEADER_BYTES the bytes are noise, kept only from where a header may start. */
  private dropGarbage(): void {
    if (this.head.length <= MAX_HEADER_BYTES) return;
    const text = this.head.toString('latin1');
    const floor = this.head.length - MAX_HEADER_BYTES;
    const at = text.toLowerCase().lastIndexOf(NAME);
    let keep = this.head.length - (NAME.length - 1);
    if (at >= floor) {
      // From the start of its line, and of the field lines before it: the name may end a longer
      // one (`X-Content-Length`), and a header's first field need not be its Content-Length.
      keep = lineStart(text, at);
      while (keep >= 2) {
        const prev = lineStart(text, keep - 2);
        if (prev < floor || !FIELD.test(text.slice(prev, keep - 2))) break;
        keep = prev;
      }
      if (keep < floor) keep = at;
    }
    this.skipped += keep;
    // A copy: a slice would hold the whole dropped buffer in memory.
    this.head = Buffer.from(this.head.subarray(keep));
  }

  /** Says once that a header ended by LF LF is not read: without a CRLF CRLF the client's messages would wait here with no word. */
  private sayLfOnly(bytes: Buffer): void {
    if (this.lfOnlySaid || !LF_ONLY.test(bytes.toString('latin1'))) return;
    this.lfOnlySaid = true;
    this.out.log(
      'cbo: a header that ends in LF LF (\\n\\n) was not read: each header line ends in CRLF (\\r\\n), and the header in an empty line (CRLF CRLF). Messages framed so are skipped; this is said once.',
      'cbo: LF LF(\\n\\n)로 끝나는 헤더는 읽지 않았습니다: 헤더의 각 줄은 CRLF(\\r\\n)로, 헤더는 빈 줄(CRLF CRLF)로 끝나야 합니다. 그렇게 구분된 메시지는 건너뛰며, 이 말은 한 번만 합니다.',
    );
  }

  private saySkipped(): void {
    if (!this.skipped) return;
    this.out.log(`cbo: ${this.skipped} bytes between messages that were no message were skipped.`, `cbo: 메시지 사이에 있던, 메시지가 아닌 ${this.skipped}바이트를 건너뛰었습니다.`);
    this.skipped = 0;
  }
}

/**
 * The block's Content-Length, read by field name at the start of a line (the last such field,
 * as vscode-jsonrpc's map of headers keeps the last), and where its header starts: the field
 * lines before it belong to it; anything before those is noise (the count of bytes skipped).
 * A block with no such field may hold the rest of a body too short for its length run into
 * the next header on one line (`"}}Content-Length: 30`, `noiseContent-Length: 30`): then the
 * last `content-length:` anywhere is taken, the bytes before it noise.
 */
function contentLength(block: string): { value: string; start: number } | undefined {
  const lines = block.split('\r\n');
  const starts: number[] = [];
  let at = 0;
  for (const line of lines) {
    starts.push(at);
    at += line.length + 2;
  }
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    const name = FIELD.test(line) ? FIELD_NAME.exec(line)![1]! : '';
    if (name.toLowerCase() !== 'content-length') continue;
    let first = i;
    while (first > 0 && FIELD.test(lines[first - 1]!)) first--;
    return { value: line.slice(name.length + 1), start: starts[first]! };
  }
  const glued = block.toLowerCase().lastIndexOf(NAME);
  if (glued < 0) return undefined;
  const end = block.indexOf('\r\n', glued);
  return { value: block.slice(glued + NAME.length, end < 0 ? block.length : end), start: glued };
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

/** Where the line holding index `i` starts. */
function lineStart(text: string, i: number): number {
  const nl = text.lastIndexOf('\r\n', i - 1);
  return nl < 0 ? 0 : nl + 2;
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
