// The files the language server's URIs name: documents and workspace folders alike go through
// `fileUri`. Folders went through a looser reading of their own (the URL's pathname): the host
// of `file://evilhost/share` was dropped, so a folder on another machine became the local
// `/share`, and "Allow … in this workspace" offered to write its `.cborc.yaml` there;
// `file:///nonexistent%2F..%2F..%2Ftmp` became `/tmp`, an escape refused for documents; and
// `FILE:///w` (the scheme in capitals, which URIs allow) was ignored without a word.

import { fileURLToPath } from 'node:url';

/** Why a `file:` URI names no file the server reads, in both languages. */
export interface Refusal {
  en: string;
  ko: string;
}

/**
 * The file a `file:` URI names (the scheme in any case), or why it is refused: a host other than
 * none or `localhost` (a file on another machine; on Windows it would be read as a share), an
 * encoded `/` or `\` (`%2F`, `%5C`: a separator inside one segment, which no path has), a URI
 * that does not parse, or one that is no path on this system. Undefined for another scheme
 * (`untitled:`), which is linted as text without a file.
 */
export function fileUri(uri: string): { path: string } | { refused: Refusal } | undefined {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return /^file:/i.test(uri) ? { refused: { en: 'is not a valid URI', ko: '올바른 URI가 아님' } } : undefined;
  }
  if (url.protocol !== 'file:') return undefined;
  // The URL parser already reads `localhost` as no host.
  if (url.hostname !== '') return { refused: { en: `names a host (${url.hostname}): only this machine's files are read`, ko: `호스트(${url.hostname})를 가리킴: 이 컴퓨터의 파일만 읽음` } };
  if (/%(?:2f|5c)/i.test(url.pathname)) return { refused: { en: 'has an encoded / or \\ (%2F, %5C) in its path', ko: '경로에 인코딩된 / 또는 \\(%2F, %5C)가 있음' } };
  url.pathname = wellFormed(url.pathname);
  try {
    return { path: fileURLToPath(url) };
  } catch {
    // Windows: a path without a drive letter.
    return { refused: { en: 'is no file path on this system', ko: '이 시스템의 파일 경로가 아님' } };
  }
}

/**
 * The file a `file:` URI names, undefined for another scheme or a URI `fileUri` refuses. A client
 * may send a URI whose escapes are not UTF-8 (`file:///tmp/%E0%A4%A.cbo.yaml`): fileURLToPath
 * threw on it, and the document was never linted, with a stack logged on every re-lint. Such an
 * escape is read as the characters written, so the document is linted (and its `.cborc.yaml`
 * found) all the same.
 */
export function uriFilePath(uri: string): string | undefined {
  const file = fileUri(uri);
  return file && 'path' in file ? file.path : undefined;
}

/** The path of a URI, decoded, '/'-separated (its name, for globs and messages); a percent escape that is not UTF-8 stays as written. */
export function uriPath(uri: string): string {
  try {
    return decodeURIComponent(wellFormed(new URL(uri).pathname));
  } catch {
    return uri;
  }
}

/**
 * The pathname with each run of percent escapes that does not decode as UTF-8 written with
 * "%25" for its "%"s, so it reads as the characters written. The run is kept whole: in
 * "%C3%A9%E0" the "é" is kept as written too (a path that odd is named, not interpreted).
 */
function wellFormed(pathname: string): string {
  return pathname.replace(/(?:%[0-9a-f]{2})+|%/gi, (run) => {
    try {
      decodeURIComponent(run);
      return run;
    } catch {
      return run.replace(/%/g, '%25');
    }
  });
}
