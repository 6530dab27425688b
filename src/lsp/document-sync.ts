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
import type { NoteText } from './stdio-reader';
import { uriPath } from './file-uri';
import { isObject, type Obj } from './json-object';
import { isPosition, isUinteger } from './message-params';

/** What is wrong with one content change, in both languages (for the log), or undefined when it can be applied. */
export function changeProblem(change: unknown): NoteText | undefined {
  if (!isObject(change)) return { en: 'a content change is not an object', ko: '내용 변경이 객체가 아닙니다' };
  if (typeof change.text !== 'string') return { en: 'a content change has no text', ko: '내용 변경에 text가 없습니다' };
  if (change.range === undefined) return change.rangeLength === undefined ? undefined : { en: 'a content change has a rangeLength but no range', ko: '내용 변경에 rangeLength는 있는데 range가 없습니다' };
  const r = change.range;
  if (!isObject(r) || !isPosition(r.start) || !isPosition(r.end)) {
    return {
      en: `a content change has a malformed range (${describe(r)}): each position needs a line and a character, whole numbers from 0`,
      ko: `내용 변경의 range가 잘못되었습니다(${describe(r)}). 각 위치에는 0 이상의 정수인 line과 character가 있어야 합니다`,
    };
  }
  if (change.rangeLength !== undefined && !isUinteger(change.rangeLength)) return { en: 'a content change has a malformed rangeLength', ko: '내용 변경의 rangeLength가 잘못되었습니다' };
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
   * @param lang the language of the log line (the client's locale, or `cbo.lang`)
   */
  constructor(
    private readonly log: (message: string) => void,
    private readonly onLost: (uri: string) => void,
    private readonly lang: () => Lang = () => 'en',
  ) {}

  inSync(uri: string): boolean {
    return !this.lost.has(uri);
  }

  /** Whether the library may apply this notification; a refused one is logged. */
  accept(method: string, params: unknown): boolean {
    if (!method.startsWith('textDocument/did')) return true;
    const td = isObject(params) && isObject(params.textDocument) ? params.textDocument : undefined;
    const uri = typeof td?.uri === 'string' ? td.uri : undefined;
    if (!td || uri === undefined) return this.refuse(method, { en: 'its textDocument has no uri (text)', ko: 'textDocument에 uri(텍스트)가 없습니다' });
    if (method === 'textDocument/didOpen') {
      if (typeof td.languageId !== 'string' || !Number.isInteger(td.version) || typeof td.text !== 'string') {
        return this.refuse(method, { en: `${uri}: its textDocument needs a languageId and a text (text) and a version (a whole number)`, ko: `${uri}: textDocument에 languageId와 text(텍스트), version(정수)이 있어야 합니다` });
      }
      this.lost.delete(uri);
      return true;
    }
    if (method === 'textDocument/didClose') this.lost.delete(uri);
    if (method !== 'textDocument/didChange') return true;
    const changes = isObject(params) ? params.contentChanges : undefined;
    if (!Number.isInteger(td.version) || !Array.isArray(changes)) return this.refuse(method, { en: `${uri}: it needs a version (a whole number) and a list of contentChanges`, ko: `${uri}: version(정수)과 contentChanges 목록이 있어야 합니다` }, uri);
    for (const c of changes) {
      const problem = changeProblem(c);
      if (problem) return this.refuse(method, { en: `${uri}: ${problem.en}`, ko: `${uri}: ${problem.ko}` }, uri);
    }
    if (!this.lost.has(uri)) return true;
    // Out of sync: only a change that gives the whole text brings the document back.
    if (!changes.some((c) => (c as Obj).range === undefined)) return false;
    this.lost.delete(uri);
    return true;
  }

  private refuse(method: string, why: NoteText, uri?: string): false {
    this.log(
      this.lang() === 'ko'
        ? `cbo: ${method} 알림을 무시했습니다: ${why.ko}.${uri ? ' 이제 문서가 편집기와 어긋나 있어, 편집기가 전체 텍스트를 보내면(닫았다 다시 열면) 다시 검사합니다.' : ''}`
        : `cbo: ${method} ignored: ${why.en}.${uri ? ' The document is out of sync: it is checked again when the client sends its whole text (close and reopen it).' : ''}`,
    );
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
