// Why a file could not be read, in words a user understands, in English and Korean: one table
// for the CLI and the language server (node's error codes, src/node/read-file.ts) and the
// extension (workspace.fs's FileSystemError codes), so an unreadable `.cborc.yaml` is explained
// alike everywhere. The editor showed the reason as the file system wrote it, in English, after
// a Korean "설정 파일을 읽을 수 없습니다:".
import { CONFIG_NOT_REGULAR } from './config-discovery';
import { megabytes } from './file-size';

/** The reason given for a folder: the CLI commands that read one file add where a folder goes. */
export const IS_FOLDER = 'it is a folder';

export const NOT_REGULAR = 'not a regular file (a FIFO, socket or device is never read: it could wait forever)';

const PERMISSION = 'permission denied';
const MISSING = 'no such file or folder';
const LINK_LOOP = 'a symbolic link leads back to itself';
const READ_ONLY = 'the file system is read-only';

const KO_REASONS: Record<string, string> = {
  [PERMISSION]: '권한이 없습니다',
  [MISSING]: '그런 파일이나 폴더가 없습니다',
  [IS_FOLDER]: '폴더입니다',
  [LINK_LOOP]: '심볼릭 링크가 자기 자신으로 돌아옵니다',
  [READ_ONLY]: '읽기 전용 파일 시스템입니다',
  [NOT_REGULAR]: '일반 파일이 아닙니다(FIFO, 소켓, 장치는 끝없이 기다릴 수 있어 읽지 않습니다)',
  [CONFIG_NOT_REGULAR]: '일반 파일이 아닙니다',
};

/**
 * The reason for an error's code: node's (`EACCES`) or VS Code's FileSystemError's
 * (`NoPermissions`, which a remote file system passes on as a code, not a class); undefined for a
 * code it does not know, whose message is then shown as the system wrote it.
 */
export function reasonOfCode(code: unknown): string | undefined {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
    case 'NoPermissions':
      return PERMISSION;
    case 'ENOENT':
    case 'FileNotFound':
    case 'EntryNotFound':
      return MISSING;
    case 'EISDIR':
    case 'FileIsADirectory':
      return IS_FOLDER;
    case 'ELOOP':
      return LINK_LOOP;
    case 'EROFS':
      return READ_ONLY;
    default:
      return undefined;
  }
}

/** A reason `reasonOfCode` gave, in the messages' language; an OS message it does not know stays as the OS wrote it. */
export function reasonIn(reason: string, lang: 'en' | 'ko' | undefined): string {
  return lang === 'ko' ? (KO_REASONS[reason] ?? reason) : reason;
}

/** Why a config was not read, in `lang`: `ko` is the Korean its reader gave, when it gave one. */
export function unreadableReason(found: { error: string; errorKo?: string }, lang: 'en' | 'ko'): string {
  return lang === 'ko' ? (found.errorKo ?? reasonIn(found.error, 'ko')) : found.error;
}

/** A `.cborc.yaml` over MAX_CONFIG_BYTES, said of the file itself. `more`: its size is a lower bound. */
export function configTooLargeWords(size: number, max: number, more = false): { en: string; ko: string } {
  const m = megabytes(max);
  return {
    en: `it is too large for a .cborc.yaml (${more ? 'more than ' : ''}${megabytes(size)} MB, limit ${m} MB), so it is not read`,
    ko: `.cborc.yaml로는 너무 커서(${megabytes(size)} MB${more ? ' 넘음' : ''}, 한도 ${m} MB) 읽지 않았습니다`,
  };
}

/** A `.cborc.yaml` that is a link, in the editor: workspace.fs cannot tell where a link leads, so it follows none. */
export const EDITOR_CONFIG_LINK = {
  en: 'it is a symbolic link, which the editor does not follow for a .cborc.yaml; it is not read',
  ko: '심볼릭 링크입니다. 편집기는 .cborc.yaml의 링크를 따라가지 않으므로 읽지 않았습니다',
};
