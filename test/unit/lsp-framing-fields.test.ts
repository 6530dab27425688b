// The language server's framing, further: header fields read by name (a longer name, or a value
// holding `content-length:`, took the wrong length), a header ended by LF LF said once (the
// client hung with no word), the id of a cut request kept in its error (it was answered with id
// null, and the client waited on it for good), and the parse-error path linear in its input.
import { strict as assert } from 'node:assert';
import { Framer } from '../../src/lsp/framing';
import { readableRequestId } from '../../src/lsp/request-id';

const frame = (body: string, length = Buffer.byteLength(body, 'utf8')) => `Content-Length: ${length}\r\n\r\n${body}`;
const A = '{"jsonrpc":"2.0","id":1,"method":"a","params":{"text":"가나다 ok"}}';
const B = '{"jsonrpc":"2.0","method":"b"}';

interface Seen {
  messages: unknown[];
  parseErrors: { en: string; id: number | string | undefined }[];
  logs: string[];
}

function feed(chunks: (string | Buffer)[]): Seen {
  const seen: Seen = { messages: [], parseErrors: [], logs: [] };
  const f = new Framer({ message: (v) => seen.messages.push(v), parseError: (en, _ko, id) => seen.parseErrors.push({ en, id }), log: (en) => seen.logs.push(en) });
  for (const c of chunks) f.push(typeof c === 'string' ? Buffer.from(c, 'utf8') : c);
  return seen;
}

const methods = (s: Seen) => s.messages.map((m) => (m as { method: string }).method);

describe('language server framing: header fields', () => {
  it('reads Content-Length by field name at the start of a line, not inside another field', () => {
    const n = Buffer.byteLength(A);
    for (const header of [
      `Content-Length: ${n}\r\nX-Content-Length: 3`,
      `X-Content-Length: 3\r\nContent-Length: ${n}`,
      `Content-Length: ${n}\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8; x-content-length:4`,
      `Content-Length: ${n}\r\nContent-Type: text/plain; content-length:4`,
      `Content-Type: a; content-length: 4\r\ncontent-LENGTH:${n}`,
    ]) {
      const s = feed([`${header}\r\n\r\n${A}${frame(B)}`]);
      assert.deepEqual(methods(s), ['a', 'b'], header);
      assert.deepEqual([s.parseErrors, s.logs], [[], []], header);
    }
  });

  it('still finds the header the rest of a body too short runs into, and counts the rest as skipped', () => {
    const s = feed([`${frame(A, Buffer.byteLength(A) - 4)}${frame(B)}`]);
    assert.deepEqual(methods(s), ['b']);
    assert.deepEqual(s.logs.slice(1), ['cbo: 4 bytes between messages that were no message were skipped.']);
  });

  it('keeps the whole header when noise before it is dropped, a longer name after its Content-Length too', () => {
    // Over 8 KB with no header end: the noise goes, the header stays from its first field.
    const n = Buffer.byteLength(A);
    const s = feed(['x'.repeat(9000), `\r\nContent-Length: ${n}\r\nX-Content-Length: 3\r\n`, `\r\n${A}`]);
    assert.deepEqual(methods(s), ['a']);
    assert.deepEqual(s.logs, ['cbo: 9002 bytes between messages that were no message were skipped.']);
  });

  it('says once that a header ended by LF LF is not read, whether a good header follows or not', () => {
    const lf = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\n\n${body}`;
    const said = 'cbo: a header that ends in LF LF (\\n\\n) was not read: each header line ends in CRLF (\\r\\n), and the header in an empty line (CRLF CRLF). Messages framed so are skipped; this is said once.';
    // The client waits for an answer that never comes: the line is all it gets.
    const alone = feed([lf(A), lf(B), lf(A)]);
    assert.deepEqual([alone.messages, alone.logs], [[], [said]]);
    const then = feed([lf(A), frame(B), lf(A) + frame(B)]);
    assert.deepEqual(methods(then), ['b', 'b']);
    assert.deepEqual(then.logs.filter((l) => l === said).length, 1);
    assert.deepEqual(feed([frame(A), frame(B)]).logs, [], 'CRLF framing says nothing');
  });
});

describe('language server framing: the id of a cut request', () => {
  it('answers a body cut short, or cut at the next header, with the id read before the cut', () => {
    const req = '{"jsonrpc":"2.0","id":50,"method":"shutdown"}';
    const short = feed([frame(req, req.length - 1) + frame(B)]);
    assert.deepEqual(short.parseErrors.map((e) => e.id), [50]);
    assert.deepEqual(methods(short), ['b']);
    // Too long: the whole request is there before the next header.
    const long = feed([frame(req, req.length + 5) + frame(B)]);
    assert.deepEqual(long.parseErrors.map((e) => e.id), [50]);
    assert.deepEqual(methods(long), ['b']);
    // Too long by a byte or two: the body ends inside the next header's name.
    const tail = feed([frame(req, req.length + 3) + frame(B)]);
    assert.deepEqual([tail.parseErrors.map((e) => e.id), methods(tail)], [[50], ['b']]);
    const str = '{"id":"r-7","jsonrpc":"2.0","method":"textDocument/hover","params":{"position":{"line":0';
    assert.deepEqual(feed([frame(str)]).parseErrors.map((e) => e.id), ['r-7']);
  });

  it('keeps id null when the bytes do not show a whole id and method at the top level', () => {
    for (const [body, why] of [
      ['{"jsonrpc":"2.0","id":12', 'the number may go on'],
      ['{"jsonrpc":"2.0","id":12,"meth', 'no method yet'],
      ['{"jsonrpc":"2.0","method":"x","params":{"id":3},"i', 'an id inside params'],
      ['{"jsonrpc":"2.0","id":3,"result":{"a":1},"method":"x"', 'a response of the client (answering it would answer its own request 3)'],
      ['{"jsonrpc":"2.0","method":"b","params":{', 'a notification'],
      ['[{"jsonrpc":"2.0","id":1,"method":"x"}', 'a batch'],
      ['{"jsonrpc":"2.0","id":{"a":1},"method":"x"', 'an id that is no id'],
    ] as const) {
      assert.deepEqual(feed([frame(body)]).parseErrors.map((e) => e.id), [undefined], why);
    }
  });

  it('reads the id whatever the order of keys, the spaces, the escapes and the nesting before it', () => {
    assert.equal(readableRequestId('{ "params" : { "a": [1, {"id": 9}, "}]"] } ,\n "method":"m", "id" : -4 }'), -4);
    assert.equal(readableRequestId('{"method":"m","\\u0069d":"x\\"y"'), 'x"y');
    assert.equal(readableRequestId('{"id":7,"id":8,"method":"m",'), 8);
    assert.equal(readableRequestId('{"id":7,"method":"m\\'), undefined, 'the method cut inside');
    assert.equal(readableRequestId(''), undefined);
  });
});

describe('language server framing: cost', () => {
  it('reads many bad messages in one chunk without copying the rest of it for each', () => {
    // Each body runs 3 bytes into the next header, whose length (zero-padded past 20 digits, which
    // the scan for a header inside a body does not take) leaves the body to be parsed whole: the
    // parse-error path hands those 3 bytes back. It concatenated them with the rest of the chunk,
    // a copy of all that was left, per message.
    const n = 2000;
    const one = `Content-Length: ${String(Buffer.byteLength(B) + 3).padStart(24, '0')}\r\n\r\n${B}`;
    const input = Buffer.from(one.repeat(n) + frame(B));
    const concat = Buffer.concat;
    let copied = 0;
    Buffer.concat = ((list: readonly Uint8Array[], length?: number) => {
      const out = concat(list, length);
      copied += out.length;
      return out;
    }) as typeof Buffer.concat;
    let s: Seen;
    try {
      s = feed([input]);
    } finally {
      Buffer.concat = concat;
    }
    assert.equal(s.parseErrors.length, n);
    assert.deepEqual(methods(s), ['b']);
    // Linear: a few small copies per message at most; the old path copied about n²/2 messages.
    assert.ok(copied < 4 * input.length, `${copied} bytes copied for ${input.length} bytes read`);
  });
});
