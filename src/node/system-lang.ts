// Whether the system's locale is Korean: LC_ALL, else LC_MESSAGES, else LANG, the first one set
// (as gettext reads them). One reading for the CLI's messages and the language server's, so the
// two never disagree about the same terminal.
export function systemKorean(env: Record<string, string | undefined>): boolean {
  return (env.LC_ALL || env.LC_MESSAGES || env.LANG || '').toLowerCase().startsWith('ko');
}
