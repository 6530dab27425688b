// The language server's framing, fed byte streams: one bad message costs that message only.
// With vscode-jsonrpc's reader a Content-Length one byte short, a header block without one, or
// noise between messages put the stream out of step for good.
import { strict as assert } from 'node:assert';
import { PassThrough } from 'node:stream';
import type { Message, ResponseMessage } from 'vscode-languageserver/node';
import { Framer, MAX_BODY_BYTES } from '../../src/lsp/framing';
import { MAX_LOGGED, readerNote, StdioReader } from '../../src/lsp/stdio-reader';

const frame = (body: string, length = Buffer.byteLength(body, 'utf8')) => `Content-Length: ${length}\r\n\r\n${body}`;
const A = '{"jsonrpc":"2.0","id":1,"method":"a","params":{"text":"가나다 ok"}}';
const B = '{"jsonrpc":"2.0","method":"b"}';

interface Seen {
  messages: unknown[];
  parseErrors: string[];
  logs: string[];
}

/** Feeds `chunks` to a framer and says what came out. */
function feed(chunks: (string | Buffer)[]): Seen {
  const seen: Seen = { messages: [], parseErrors: [], logs: [] };
  const f = new Framer({ message: (v) => seen.messages.push(v), parseError: (en) => seen.parseErrors.push(en), log: (en) => seen.logs.push(en) });
  for (const c of chunks) f.push(typeof c === 'string' ? Buffer.from(c, 'utf8') : c);
  return seen;
}

/** The stream cut into pieces of `size` bytes (1: byte by byte, so every header and body is split). */
function pieces(stream: string, size: number): Buffer[] {
  const bytes = Buffer.from(stream, 'utf8');
  const out: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size));
  return out;
}

const methods = (s: Seen) => s.messages.map((m) => (m as { method: string }).method);

describe('language server framing', () => {
  it('reads messages whole, in one chunk or split anywhere (a header cut between chunks too)', () => {
    const stream = frame(A) + frame(B) + `content-length:${Buffer.byteLength(A)}\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n${A}`;
    for (const size of [stream.length * 4, 1, 2, 7, 16, 33]) {
      const s = feed(pieces(stream, size));
      assert.deepEqual(methods(s), ['a', 'b', 'a'], `pieces of ${size}`);
      assert.deepEqual([s.parseErrors, s.logs], [[], []], `pieces of ${size}`);
    }
    assert.deepEqual(feed(['Content-Len', 'gth: 30\r', '\n\r', `\n${B}`]).messages, [{ jsonrpc: '2.0', method: 'b' }]);
  });

  it('answers a body that is not JSON with a parse error, and reads the next message', () => {
    const s = feed([frame('{"jsonrpc":"2.0","id":1,'), frame(B)]);
    assert.deepEqual(methods(s), ['b']);
    assert.equal(s.parseErrors.length, 1);
    assert.match(s.parseErrors[0]!, /^Parse error: a message was dropped: its body is not valid JSON \(/);
  });

  it('a Content-Length too short: a parse error, the rest of the body skipped, the next message read', () => {
    for (const short of [1, 5, 20]) {
      for (const size of [10_000, 1, 9]) {
        const s = feed(pieces(frame(A, Buffer.byteLength(A) - short) + frame(B), size));
        assert.deepEqual(methods(s), ['b'], `${short} short, pieces of ${size}`);
        assert.equal(s.parseErrors.length, 1, `${short} short, pieces of ${size}`);
        assert.ok(
          s.logs.some((l) => /bytes between messages that were no message were skipped/.test(l)),
          s.logs.join('\n'),
        );
      }
    }
  });

  it('a Content-Length too long: cut at the next header, which is read as sent, whatever the excess', () => {
    // Every excess from 1 byte (the body ends inside the next header) to past the next message.
    const length = Buffer.byteLength(A);
    for (let over = 1; over <= 40; over++) {
      for (const size of [10_000, 1, 13]) {
        const s = feed(pieces(frame(A, length + over) + frame(B) + frame(B), size));
        assert.deepEqual(methods(s), ['b', 'b'], `${over} over, pieces of ${size}`);
        assert.equal(s.parseErrors.length, 1, `${over} over, pieces of ${size}`);
      }
    }
    const s = feed([frame(A, length + 200) + frame(B)]);
    assert.match(s.parseErrors[0]!, new RegExp(`its Content-Length said ${length + 200} bytes, but the next message's header came after ${length}\\.$`));
  });

  it('skips noise between messages, and a header block without Content-Length, with a log line', () => {
    const s = feed([`noise${frame(A)}\r\n\r\n`, 'Content-Type: text/plain\r\n\r\n', `{"not":"framed"}\u0000\u00ff${frame(B)}`]);
    assert.deepEqual(methods(s), ['a', 'b']);
    assert.deepEqual(s.parseErrors, []);
    assert.deepEqual(s.logs, [
      'cbo: 5 bytes between messages that were no message were skipped.',
      'cbo: a header block without Content-Length was skipped: ""',
      'cbo: a header block without Content-Length was skipped: "Content-Type: text/plain"',
      // The JSON is 16 bytes; NUL one, and ÿ two in UTF-8.
      'cbo: 19 bytes between messages that were no message were skipped.',
    ]);
  });

  it('refuses a Content-Length over 64 MB before allocating it, and reads on at the next header', () => {
    // A body of 2^53 bytes cannot be allocated at all: a reader that tried would throw.
    const s = feed([`Content-Length: ${2 ** 53}\r\n\r\n`, '{"jsonrpc":"2.0"'.padEnd(100_000, ' '), frame(B)]);
    assert.deepEqual(methods(s), ['b']);
    assert.equal(s.logs[0], `cbo: a message of ${2 ** 53} bytes was refused: the limit is 67108864 bytes (64 MB).`);
    assert.match(s.logs[1]!, /^cbo: \d+ bytes between messages that were no message were skipped\.$/);
    assert.equal(MAX_BODY_BYTES, 64 * 1024 * 1024);
    assert.deepEqual(feed([`Content-Length: ${MAX_BODY_BYTES}\r\n\r\n{`]).logs, [], 'the limit itself is taken');
    assert.deepEqual(feed([`Content-Length: ${MAX_BODY_BYTES + 1}\r\n\r\n`]).logs.length, 1);
    assert.match(feed([`Content-Length: twelve\r\n\r\n${frame(B)}`]).logs[0]!, /Content-Length is not a number \("twelve"\)/);
  });

  it('keeps at most a header block of noise in memory', () => {
    // 1 MB of noise without a header end, then a message: read, with the noise counted.
    const s = feed([...pieces('x'.repeat(1 << 20), 65_536), frame(B)]);
    assert.deepEqual(methods(s), ['b']);
    assert.deepEqual(s.logs, [`cbo: ${1 << 20} bytes between messages that were no message were skipped.`]);
  });
});

/** Lets a stream deliver what was written to it. */
const settled = () => new Promise((resolve) => setImmediate(resolve));

describe('language server stdin reader', () => {
  function reader(lang: 'en' | 'ko') {
    const input = new PassThrough();
    const replies: ResponseMessage[] = [];
    const logs: string[] = [];
    const messages: Message[] = [];
    const r = new StdioReader(input, { reply: (m) => replies.push(m), lang: () => lang });
    // Log lines come as notes among the messages (the lifecycle writes them as it dispatches).
    r.listen((m) => {
      const note = readerNote(m);
      if (note) logs.push(lang === 'ko' ? note.ko : note.en);
      else messages.push(m);
    });
    return { input, replies, logs, messages };
  }

  it('answers a parse error and JSON that is no message with id null, in the server language', async () => {
    const en = reader('en');
    en.input.write(frame('{oops') + frame('[]') + frame('5') + frame(B));
    await settled();
    assert.deepEqual(
      en.replies.map((r) => [r.id, r.error?.code]),
      [
        [null, -32700],
        [null, -32600],
        [null, -32600],
      ],
    );
    assert.deepEqual(en.messages, [{ jsonrpc: '2.0', method: 'b' }]);
    const ko = reader('ko');
    ko.input.write(frame('{oops'));
    await settled();
    assert.match(ko.replies[0]!.error!.message, /^구문 오류: 메시지를 버렸습니다: 본문이 올바른 JSON이 아닙니다/);
    assert.match(ko.logs[0]!, /^cbo: 메시지를 구문 오류로 버렸습니다/);
  });

  it('goes on with the next message of a chunk when a handler throws', async () => {
    const input = new PassThrough();
    const got: string[] = [];
    const errors: Error[] = [];
    const r = new StdioReader(input, { reply: () => undefined, lang: () => 'en' });
    r.onError((e) => errors.push(e));
    r.listen((m) => {
      if (readerNote(m)) return;
      got.push((m as unknown as { method: string }).method);
      if (got.length === 1) throw new Error('handler failed');
    });
    input.write(frame(A) + frame(B));
    await settled();
    assert.deepEqual(got, ['a', 'b']);
    assert.equal(errors.length, 1);
  });

  it('logs at most 20 lines, the framer\'s and its own together, then says once that the rest are not', async () => {
    // 160,000 copies of `5` gave as many log lines on top of their error replies.
    const { input, replies, logs, messages } = reader('en');
    input.write(frame('5').repeat(50) + 'junk\r\n\r\n'.repeat(50) + frame(B));
    await settled();
    assert.equal(replies.length, 50, 'every message that is no object is still answered');
    assert.equal(MAX_LOGGED, 20);
    assert.equal(logs.length, MAX_LOGGED + 1);
    assert.equal(logs[0], 'cbo: Invalid request: a message must be a JSON object (batches are not taken).');
    assert.equal(logs[MAX_LOGGED], 'cbo: more problems reading messages; they are no longer logged.');
    assert.deepEqual(messages, [{ jsonrpc: '2.0', method: 'b' }]);
    const ko = reader('ko');
    ko.input.write(frame('5').repeat(30));
    await settled();
    assert.equal(ko.logs[MAX_LOGGED], 'cbo: 메시지를 읽는 문제가 더 있지만 더는 기록하지 않습니다.');
  });
});
