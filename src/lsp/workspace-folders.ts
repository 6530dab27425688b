// The workspace folders the server works within: the ones `initialize` names, then as
// workspace/didChangeWorkspaceFolders adds and removes them. The server took the first list only,
// so in a folder added later the `files` and `checklists.plans` globs (written relative to a
// folder) did not match and "Allow … in this workspace" was not offered, while a folder removed
// kept both. Only `file:` folders count: the server reads configs from disk alone. A `file:`
// folder is read as a document is (file-uri.ts): one it refuses (another machine's, an encoded
// separator) is left out and named in the log.
import { comparablePath } from '../core/allow-target';
import { excerpt } from '../core/text/excerpt';
import { fileUri, uriPath } from './file-uri';
import type { ParamProblem } from './initialize-params';
import { isObject } from './json-object';
import type { NoteText } from './stdio-reader';

/** The folder paths and what was left out. */
export interface Folders {
  folders: string[];
  refused: ParamProblem[];
}

/** The folder paths of `initialize` (its params checked: initialize-params.ts): its workspaceFolders, else its rootUri. */
export function initialFolders(workspaceFolders: readonly { uri: string }[] | null | undefined, rootUri: string | null | undefined): Folders {
  const roots = workspaceFolders?.map((f) => f.uri) ?? (rootUri ? [rootUri] : []);
  return fileFolders(roots);
}

/**
 * The folders after a workspace/didChangeWorkspaceFolders (its params as sent), removals first
 * as the protocol's event lists them; when the params are malformed, what is wrong in both
 * languages (for the log), and the folders are left as they were.
 */
export function changedFolders(folders: readonly string[], params: unknown): Folders | NoteText {
  const event = isObject(params) ? params.event : undefined;
  if (!isObject(event) || !Array.isArray(event.added) || !Array.isArray(event.removed)) return { en: 'its event needs an added and a removed list', ko: 'event에 added와 removed 목록이 있어야 합니다' };
  const uris = (list: unknown[]): string[] | undefined => {
    const out: string[] = [];
    for (const f of list) {
      if (!isObject(f) || typeof f.uri !== 'string') return undefined;
      out.push(f.uri);
    }
    return out;
  };
  const added = uris(event.added);
  const removed = uris(event.removed);
  if (!added || !removed) return { en: 'each folder needs a uri (text)', ko: '각 폴더에 uri(텍스트)가 있어야 합니다' };
  // A removed folder that would be refused was never added: nothing to say about it.
  const gone = new Set(fileFolders(removed).folders.map(comparablePath));
  const next = folders.filter((f) => !gone.has(comparablePath(f)));
  const have = new Set(next.map(comparablePath));
  const add = fileFolders(added);
  for (const f of add.folders) {
    if (have.has(comparablePath(f))) continue;
    have.add(comparablePath(f));
    next.push(f);
  }
  return { folders: next, refused: add.refused };
}

function fileFolders(uris: readonly string[]): Folders {
  const out: Folders = { folders: [], refused: [] };
  for (const u of uris) {
    const file = fileUri(u);
    if (!file) continue;
    // The path as document names are compared with it (settings.ts), '/'-separated.
    if ('path' in file) out.folders.push(uriPath(u));
    else out.refused.push({ en: `${JSON.stringify(excerpt(u))} ${file.refused.en}`, ko: `${JSON.stringify(excerpt(u))}: ${file.refused.ko}` });
  }
  return out;
}
