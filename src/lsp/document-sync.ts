// Document notifications checked before the library applies them. `TextDocument.update` takes
// a change's range on trust: positions of `null` (how JSON writes NaN) made it insert the whole
// text again, so the document doubled on every such change (24 changes on a 4 KB file asked for
// 66 GB, and the server's memory reached about 1 GB before V8 stopped it); a string, a float or a
// negative position was clamped without a word; a `didOpen` whose `uri` was a number threw
// from inside the library. A notification with a malformed part is refused whole, with a
// logged error. After a refused change the server no longer holds the client's text, and the
// protocol has no way to ask for it: the document is out of sync, its diagnostics are cleared
// and it is left alone until the client sends its whole text (a change without a range, or
// opening it again), so nothing is ever reported at positions of a text nobody has.
import * as path from 'node:path';
import type { Lang } from '../core/finding';
import { uriPath } from './file-uri';
import { isObject, type Obj } from './json-object';
import { isPosition, isUinteger } from './message-params';

/** What is wrong with one content change, in English (for the log), or undefined when it can be applied. */
export function changeProblem(change: unknown): string | undefined {
  if (!isObject(change)) return 'a content change is not an object';
  if (typeof change.text !== 'string') return 'a content change has no text';
  if (change.range === undefined) return change.rangeLength === undefined ? undefined : 'a content change has a rangeLength but no range';
  const r = change.range;
  if (!isObject(r) || !isPosition(r.start) || !isPosition(r.end)) return `a content change has a malformed range (${describe(r)}): each position needs a line and a character, whole numbers from 0`;
  if (change.rangeLength !== undefined && !isUinteger(change.rangeLength)) return 'a content change has a malformed rangeLength';
  return undefined;
}

function describe(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 120 ? `${s.slice(0, 119)}…` : s;
}

export class DocumentSync {
  /** Documents whose text the server no longer holds (a change to them was refused). */
  private readonly lost = new Set<string>();

  /**
   * @param log an error for the client's log
   * @param onLost a document fell out of sync: clear what was shown for it, say so once
   */
  constructor(
    private readonly log: (message: string) => void,
    private readonly onLost: (uri: string) => void,
  ) {}

  inSync(uri: string): boolean {
    return !this.lost.has(uri);
  }

  /** Whether the library may apply this notification; a refused one is logged. */
  accept(method: string, params: unknown): boolean {
    if (!method.startsWith('textDocument/did')) return true;
    const td = isObject(params) && isObject(params.textDocument) ? params.textDocument : undefined;
    const uri = typeof td?.uri === 'string' ? td.uri : undefined;
    if (!td || uri === undefined) return this.refuse(method, 'its textDocument has no uri (text)');
    if (method === 'textDocument/didOpen') {
      if (typeof td.languageId !== 'string' || !Number.isInteger(td.version) || typeof td.text !== 'string') return this.refuse(method, `${uri}: its textDocument needs a languageId and a text (text) and a version (a whole number)`);
      this.lost.delete(uri);
      return true;
    }
    if (method === 'textDocument/didClose') this.lost.delete(uri);
    if (method !== 'textDocument/didChange') return true;
    const changes = isObject(params) ? params.contentChanges : undefined;
    if (!Number.isInteger(td.version) || !Array.isArray(changes)) return this.refuse(method, `${uri}: it needs a version (a whole number) and a list of contentChanges`, uri);
    for (const c of changes) {
      const problem = changeProblem(c);
      if (problem) return this.refuse(method, `${uri}: ${problem}`, uri);
    }
    if (!this.lost.has(uri)) return true;
    // Out of sync: only a change that gives the whole text brings the document back.
    if (!changes.some((c) => (c as Obj).range === undefined)) return false;
    this.lost.delete(uri);
    return true;
  }

  private refuse(method: string, why: string, uri?: string): false {
    this.log(`cbo: ${method} ignored: ${why}.${uri ? ' The document is out of sync: it is checked again when the client sends its whole text (close and reopen it).' : ''}`);
    if (uri !== undefined && !this.lost.has(uri)) {
      this.lost.add(uri);
      this.onLost(uri);
    }
    return false;
  }
}

/** The warning shown once when a document falls out of sync. */
export function lostWarning(uri: string, lang: Lang): string {
  const name = path.posix.basename(uriPath(uri));
  return lang === 'ko'
    ? `CBO Guide: 편집기가 보낸 ${name}의 변경을 적용할 수 없어, 다시 열 때까지 이 문서를 검사하지 않습니다(자세한 내용은 로그에 있습니다).`
    : `CBO Guide could not apply an edit the editor sent for ${name}, so it stops checking that document until it is reopened (the log says why).`;
}
