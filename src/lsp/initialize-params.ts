// The params of `initialize`, checked field by field before anything reads them (lifecycle.ts
// puts the checked ones in the message). They were read as the protocol types them:
// `workspaceFolders: [null]`, `[{ uri: 5 }]`, `rootUri: 5` or `capabilities: null` made
// initialize fail with an internal error (-32603; the library itself reads `capabilities`
// unchecked), and a client that then sent it again was refused, so the server ran the session
// without the client's locale, settings or folders. Now what is malformed is left out, with one
// log line (server.ts), and the rest applies, as a malformed workspace/didChangeWorkspaceFolders
// is answered (workspace-folders.ts).
import type { InitializeParams } from 'vscode-languageserver/node';
import type { Lang } from '../core/finding';
import { isObject, type Obj } from './json-object';
import { namedList } from './named-list';

/** A field left out, and what it must be, in both languages. */
export interface ParamProblem {
  en: string;
  ko: string;
}

/**
 * `initialize`'s params as the library and server.ts may read them: an object whose
 * `capabilities` is an object, `processId` a number or null, `locale` text or absent, `rootUri`
 * text or null, and `workspaceFolders` absent, null or a list of objects whose `uri` is text.
 * Fields left as sent are those nothing reads unchecked (`initializationOptions` goes through
 * the settings' own checks).
 */
export function checkInitializeParams(raw: unknown): { params: InitializeParams; problems: ParamProblem[] } {
  const problems: ParamProblem[] = [];
  const drop = (en: string, ko: string) => problems.push({ en, ko });
  if (!isObject(raw)) {
    if (raw !== undefined && raw !== null) drop('params (must be an object)', 'params(객체여야 함)');
    return { params: { processId: null, rootUri: null, capabilities: {} }, problems };
  }
  const params: Obj = { ...raw };
  if (!isObject(raw.capabilities)) {
    if (raw.capabilities !== undefined) drop('capabilities (must be an object)', 'capabilities(객체여야 함)');
    params.capabilities = {};
  }
  if (typeof raw.processId !== 'number' && raw.processId !== null) {
    if (raw.processId !== undefined) drop('processId (must be a number or null)', 'processId(숫자나 null이어야 함)');
    params.processId = null;
  }
  if (raw.locale !== undefined && typeof raw.locale !== 'string') {
    drop('locale (must be text)', 'locale(텍스트여야 함)');
    delete params.locale;
  }
  if (typeof raw.rootUri !== 'string' && raw.rootUri !== null) {
    if (raw.rootUri !== undefined) drop('rootUri (must be text or null)', 'rootUri(텍스트나 null이어야 함)');
    params.rootUri = null;
  }
  const folders = raw.workspaceFolders;
  if (Array.isArray(folders)) {
    const kept = folders.filter((f): f is Obj => isObject(f) && typeof f.uri === 'string');
    if (kept.length < folders.length) {
      const n = folders.length - kept.length;
      drop(`workspaceFolders: ${n} of ${folders.length} (each needs a uri, text)`, `workspaceFolders: ${folders.length}개 중 ${n}개(각각 텍스트 uri가 있어야 함)`);
    }
    params.workspaceFolders = kept;
  } else if (folders !== undefined && folders !== null) {
    // As if the client sent none: its rootUri, if any, is the folder.
    drop('workspaceFolders (must be a list of folders)', 'workspaceFolders(폴더의 목록이어야 함)');
    delete params.workspaceFolders;
  }
  return { params: params as unknown as InitializeParams, problems };
}

/** The settings `initializationOptions` carries: its `cbo`, else the options themselves (a client that sends the section's content). */
export function initialSettings(options: unknown): unknown {
  if (isObject(options) && Object.hasOwn(options, 'cbo')) return options.cbo;
  return options;
}

/** One log line for what a message left out (`head` says of what), in the server's language. */
export function leftOutLine(head: { en: string; ko: string }, items: readonly ParamProblem[], lang: Lang): string {
  return `cbo: ${head[lang]}: ${namedList(items.map((p) => p[lang]), lang)}.`;
}
