// The id of a request whose body was cut (framing.ts): a Content-Length too short ends it early,
// one too long is cut at the next message's header. JSON-RPC answers a body it cannot parse
// with id null, and the client waiting on that request waited for good. Most of such a body is
// there, its id usually among the first keys: when the bytes before the cut show a request (an
// `id` and a `method`, both whole, at the top level), its error carries that id.

/** A JSON value read from the text: where it ends, and its value when it is a string or a number. */
interface Read {
  end: number;
  value?: string | number;
}

/**
 * The id of the request the text starts, when the text shows it whole; undefined when it does
 * not, and for a response of the client's (a `result` or `error` key): answering that would
 * answer a request of the client's own with the same id.
 */
export function readableRequestId(text: string): number | string | undefined {
  let i = space(text, 0);
  if (text[i] !== '{') return undefined;
  i++;
  let id: number | string | undefined;
  let method = false;
  for (;;) {
    const key = readString(text, space(text, i));
    if (!key) return undefined;
    i = space(text, key.end);
    if (text[i] !== ':') return undefined;
    const value = readValue(text, space(text, i + 1));
    if (!value) return undefined;
    if (key.value === 'id') id = typeof value.value === 'number' || typeof value.value === 'string' ? value.value : undefined;
    else if (key.value === 'method') method = typeof value.value === 'string';
    else if (key.value === 'result' || key.value === 'error') return undefined;
    // Both read: a later key cannot make it other than a request.
    if (id !== undefined && method) return id;
    i = space(text, value.end);
    if (text[i] !== ',') return undefined;
    i++;
  }
}

function space(text: string, i: number): number {
  while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  return i;
}

/** A string that starts at `i`, closed before the text ends; undefined otherwise. */
function readString(text: string, i: number): { end: number; value: string } | undefined {
  if (text[i] !== '"') return undefined;
  for (let j = i + 1; j < text.length; j++) {
    if (text[j] === '\\') j++;
    else if (text[j] === '"') {
      try {
        return { end: j + 1, value: JSON.parse(text.slice(i, j + 1)) as string };
      } catch {
        return undefined; // a bad escape: no value to trust
      }
    }
  }
  return undefined;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;

/** A whole value at `i` (a number followed by something, so not cut); undefined when the text ends inside it. */
function readValue(text: string, i: number): Read | undefined {
  const c = text[i];
  if (c === '"') return readString(text, i);
  if (c === '{' || c === '[') return skipNested(text, i);
  NUMBER.lastIndex = i;
  const n = NUMBER.exec(text);
  if (n) return NUMBER.lastIndex < text.length ? { end: NUMBER.lastIndex, value: Number(n[0]) } : undefined;
  LITERAL.lastIndex = i;
  return LITERAL.exec(text) ? { end: LITERAL.lastIndex } : undefined;
}

/** An object or array at `i`, skipped to its closing bracket (strings minded); undefined when it is not closed. */
function skipNested(text: string, i: number): Read | undefined {
  let depth = 0;
  for (let j = i; j < text.length; j++) {
    const c = text[j];
    if (c === '"') {
      const s = readString(text, j);
      if (!s) return undefined;
      j = s.end - 1;
    } else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return { end: j + 1 };
    }
  }
  return undefined;
}
