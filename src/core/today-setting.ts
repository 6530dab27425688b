// A pinned "today": the language server's `today` setting (lsp/client-settings.ts) and the
// extension's `cbo.today`, checked alike, as `cbo check --today` checks the flag (a real date:
// not 2026-02-30, which Date.parse moves to March). Empty is no pin, the user's date: the
// extension's default is '', and a client that sends the extension's settings sends it too.
import type { Lang } from './finding';
import { isIsoDate } from './text/date';
import { excerpt } from './text/excerpt';

/** What a `today` setting must be, when it is not: the settings warning's words, in both languages. */
export const TODAY_SETTING_RULE = ['must be a real date written YYYY-MM-DD', 'YYYY-MM-DD 형식의 실제 날짜여야 함'] as const;

/** The day a `today` setting pins (`day` left out when it pins none: absent or ''), or `bad`. */
export function pinnedDay(value: unknown): { day?: string } | { bad: true } {
  if (value === undefined || value === '') return {};
  return typeof value === 'string' && isIsoDate(value) ? { day: value } : { bad: true };
}

/** The editor's message for a `cbo.today` it cannot use; `local` is the date used instead. */
export function todaySettingWarning(value: unknown, local: string, lang: Lang): string {
  const shown = excerpt(JSON.stringify(value) ?? String(value));
  // The value is quoted: a noun of our own takes the particle (josa cannot tell how it ends).
  if (lang === 'ko') return `CBO Guide: cbo.today 설정의 ${shown} 값은 쓸 수 없습니다(${TODAY_SETTING_RULE[1]}, 비우면 이 컴퓨터의 날짜). 기한은 이 컴퓨터의 오늘 날짜(${local})로 판단합니다.`;
  return `CBO Guide: the cbo.today setting ${shown} ${TODAY_SETTING_RULE[0]} (or be empty for your local date); deadlines are judged against your local date, ${local}.`;
}

/**
 * The extension's today: the setting's day when it pins one, else the local date. A value it
 * cannot use is said once (`warn`), not at every lint that asks: again only when it changes, or
 * comes back after a good one, as the language server's settings warning does.
 */
export class TodaySetting {
  /** The bad value last warned of, as JSON; undefined while the setting is good. */
  private warned: string | undefined;

  constructor(private readonly warn: (text: string) => void) {}

  day(value: unknown, local: string, lang: Lang): string {
    const pinned = pinnedDay(value);
    if (!('bad' in pinned)) {
      this.warned = undefined;
      return pinned.day ?? local;
    }
    const key = JSON.stringify(value) ?? String(value);
    if (key !== this.warned) {
      this.warned = key;
      this.warn(todaySettingWarning(value, local, lang));
    }
    return local;
  }
}
