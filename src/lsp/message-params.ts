// The params of the requests and notifications the server serves, checked before the library
// reads them (lifecycle.ts asks here as each message is dispatched; initialize has its own
// checks, initialize-params.ts, and the document notifications theirs, document-sync.ts). They
// were read as the protocol types them: a hover without `textDocument`, or with params null, was
// answered with an internal error (-32603) naming a JavaScript TypeError; a `position` that was
// a string was read as line 0 and answered with the hover of the first line; `$/setTrace` or
// `workspace/didChangeConfiguration` with params null threw inside the library. Now a request
// whose params are malformed gets InvalidParams (-32602) naming each field and what it must be,
// and a notification is dropped with one line in the client's log. A position past the end of
// the document is not malformed: it is clamped to it (server.ts), as the spec says of a
// character past the end of its line.
import type { Lang } from '../core/finding';
import type { ParamProblem } from './initialize-params';
import { isObject, type Obj } from './json-object';
import { namedList } from './named-list';

/** LSP's `uinteger`: 0 to 2^31 - 1. */
export const MAX_UINTEGER = 2 ** 31 - 1;

export const isUinteger = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_UINTEGER;
export const isPosition = (v: unknown): boolean => isObject(v) && isUinteger(v.line) && isUinteger(v.character);

type Drop = (en: string, ko: string) => void;

function textDocument(p: Obj, drop: Drop): void {
  if (!isObject(p.textDocument)) drop('textDocument (must be an object with a uri, text)', 'textDocument(텍스트 uri가 있는 객체여야 함)');
  else if (typeof p.textDocument.uri !== 'string') drop('textDocument.uri (must be text)', 'textDocument.uri(텍스트여야 함)');
}

/** `name` a Position: each of its numbers is named when it is not a whole number in range. */
function position(v: unknown, name: string, drop: Drop): void {
  if (!isObject(v)) return drop(`${name} (must be an object with a line and a character)`, `${name}(line과 character가 있는 객체여야 함)`);
  for (const key of ['line', 'character']) {
    if (!isUinteger(v[key])) drop(`${name}.${key} (must be a whole number from 0 to ${MAX_UINTEGER})`, `${name}.${key}(0부터 ${MAX_UINTEGER}까지의 정수여야 함)`);
  }
}

function range(v: unknown, name: string, drop: Drop): void {
  if (!isObject(v)) return drop(`${name} (must be an object with a start and an end)`, `${name}(start와 end가 있는 객체여야 함)`);
  position(v.start, `${name}.start`, drop);
  position(v.end, `${name}.end`, drop);
}

/** The fields each request the server answers reads (server.ts); `context` of a code action is read leniently there. */
const REQUESTS: Record<string, (p: Obj, drop: Drop) => void> = {
  'textDocument/hover': (p, drop) => {
    textDocument(p, drop);
    position(p.position, 'position', drop);
  },
  'textDocument/completion': (p, drop) => {
    textDocument(p, drop);
    position(p.position, 'position', drop);
  },
  'textDocument/documentSymbol': textDocument,
  'textDocument/codeAction': (p, drop) => {
    textDocument(p, drop);
    range(p.range, 'range', drop);
  },
};

const TRACE_VALUES = ['off', 'messages', 'verbose'];

/** The notifications whose params something reads past lifecycle.ts (the library or server.ts); the document ones are document-sync.ts's. */
const NOTIFICATIONS: Record<string, (p: Obj, drop: Drop) => void> = {
  // `settings` may be anything: settings.ts checks it field by field.
  'workspace/didChangeConfiguration': () => undefined,
  'workspace/didChangeWatchedFiles': (p, drop) => {
    if (!Array.isArray(p.changes)) drop('changes (must be a list)', 'changes(목록이어야 함)');
  },
  '$/setTrace': (p, drop) => {
    if (typeof p.value !== 'string' || !TRACE_VALUES.includes(p.value)) drop(`value (must be one of ${TRACE_VALUES.join(', ')})`, `value(${TRACE_VALUES.join(', ')} 중 하나여야 함)`);
  },
};

function problemsOf(checks: Record<string, (p: Obj, drop: Drop) => void>, method: string, params: unknown): ParamProblem[] {
  const check = Object.hasOwn(checks, method) ? checks[method] : undefined;
  if (!check) return [];
  const problems: ParamProblem[] = [];
  const drop: Drop = (en, ko) => void problems.push({ en, ko });
  if (!isObject(params)) drop('params (must be an object)', 'params(객체여야 함)');
  else check(params, drop);
  return problems;
}

/** What is malformed in a request's params; none for a request the server does not check (the library answers one it does not serve). */
export const requestProblems = (method: string, params: unknown): ParamProblem[] => problemsOf(REQUESTS, method, params);

/** What is malformed in a notification's params (document notifications aside: document-sync.ts). */
export const notificationProblems = (method: string, params: unknown): ParamProblem[] => problemsOf(NOTIFICATIONS, method, params);

/** The message of the InvalidParams error a malformed request gets, in the server's language. */
export function invalidParamsMessage(method: string, problems: readonly ParamProblem[], lang: Lang): string {
  const list = namedList(problems.map((p) => p[lang]), lang);
  return lang === 'ko' ? `${method} 요청의 params가 잘못되었습니다: ${list}.` : `Invalid params for ${method}: ${list}.`;
}

/** The log line for a notification dropped for its params, in the server's language. */
export function droppedLine(method: string, problems: readonly ParamProblem[], lang: Lang): string {
  const list = namedList(problems.map((p) => p[lang]), lang);
  return lang === 'ko' ? `cbo: ${method} 알림을 무시했습니다. params가 잘못되었습니다: ${list}.` : `cbo: ${method} ignored: malformed params: ${list}.`;
}

/** A `$/cancelRequest` the library can read: its `id` a number or text (it reads `params.id` before any check of ours: stdio-reader.ts). */
export function cancelProblems(params: unknown): ParamProblem[] {
  if (!isObject(params)) return [{ en: 'params (must be an object)', ko: 'params(객체여야 함)' }];
  return typeof params.id === 'number' || typeof params.id === 'string' ? [] : [{ en: 'id (must be a number or text)', ko: 'id(숫자나 텍스트여야 함)' }];
}
