// The one way the engine parses YAML text: `yaml`'s parseDocument with short stack traces.
//
// `yaml` builds an Error for every problem it finds. A hostile document ("outcomes{{{{…:"
// with thousands of unclosed flow maps) yields one per character, each created deep in the
// parser's recursion, and V8 copies the stack into every Error up to Error.stackTraceLimit.
// Hosts may raise that limit (mocha sets it to Infinity; a debugger may too), which made such a
// file take seconds: each error copied thousands of frames. The engine reads only an error's
// message and position, so while it parses it keeps the limit at Node's default.
import { parseDocument } from 'yaml';

const SHORT_STACK = 10;
// V8's own property (Node, Chromium, the web worker host); elsewhere undefined, and left alone.
const V8Error = Error as ErrorConstructor & { stackTraceLimit?: number };

/** `yaml`'s parseDocument (same signature and result), with stack traces kept short while it runs. */
export const parseYaml = ((text: string, options?: Parameters<typeof parseDocument>[1]) => {
  const limit = V8Error.stackTraceLimit;
  if (limit === undefined || !(limit > SHORT_STACK)) return parseDocument(text, options);
  V8Error.stackTraceLimit = SHORT_STACK;
  try {
    return parseDocument(text, options);
  } finally {
    V8Error.stackTraceLimit = limit;
  }
}) as typeof parseDocument;
