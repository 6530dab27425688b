// A warning or a log line about what the server left out names the first few and counts the
// rest, so a client that sends a hundred bad entries still gets one readable line: the settings
// warning (client-settings.ts) and the log lines of initialize and of a folder change
// (initialize-params.ts) say it alike.
import type { Lang } from '../core/finding';

/** How many things one line names; the rest are counted. */
export const NAMED = 6;

/** The first NAMED of `items`, joined with "; ", then how many more: "a; b; …; and 3 more". */
export function namedList(items: readonly string[], lang: Lang): string {
  const named = items.slice(0, NAMED).join('; ');
  const more = items.length - NAMED;
  if (more <= 0) return named;
  return lang === 'ko' ? `${named}; 그 밖에 ${more}개` : `${named}; and ${more} more`;
}
