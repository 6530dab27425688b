// The account step of the guided flow: the customer the outcome is for. Without it a new
// outcome is left out of the portfolio's ROI-demonstrable rate (which counts accounts) and cannot
// be matched with the team's copy of the same outcome (portfolio/duplicates.ts matches account
// and title), so the flow asks for it first, offers the names the workspace already uses, and
// says what an empty answer costs. Pure: the CLI and the editor read the files and pass the names.
import type { Lang } from './finding';
import { comparable } from './portfolio/duplicates';
import { josa } from './text/josa';
import { templatePrompts } from './snippets/prompts';

/** How many of the workspace's accounts `cbo new` lists (the editor's quick pick shows them all). */
export const ACCOUNTS_LISTED = 5;

const MSG: Record<Lang, { none: string; spelled: (known: string, typed: string) => string }> = {
  en: {
    none: 'No account: the portfolio leaves this outcome out of its ROI-demonstrable rate, which counts accounts, and counts it apart from a copy of it in the team\'s files that names one. Add the account (account: in YAML, - **Account**: in a plan) when you know it.',
    spelled: (known, typed) => `The workspace writes this account "${known}": the portfolio counts accounts by their name as written, so "${typed}" would be another account. Write "${known}", or keep yours if it is another customer.`,
  },
  ko: {
    none: '고객사 없음: 포트폴리오는 고객사 단위로 세는 ROI 입증률에서 이 성과를 빼고, 팀 파일에 고객사와 함께 적힌 같은 성과와도 따로 셉니다. 고객사를 알게 되면 적어 넣으세요(YAML은 account:, 계획은 - **고객사**:).',
    spelled: (known, typed) => `작업 공간에는 이 고객사가 "${known}"${josa(`"${known}"`, '으로')} 적혀 있습니다. 포트폴리오는 고객사를 적힌 이름 그대로 세므로 "${typed}"${josa(`"${typed}"`, '은')} 다른 고객사가 됩니다. "${known}"${josa(`"${known}"`, '으로')} 적거나, 다른 고객사라면 그대로 두세요.`,
  },
};

/**
 * The accounts the workspace's outcomes name (one entry an outcome), each spelling once, the most
 * used first, then by name. A template's prompt left in (`account: customer account`) is no
 * account and is not offered.
 */
export function accountSuggestions(accounts: Iterable<string | undefined>): string[] {
  const prompts = new Set(templatePrompts().map((p) => p.toLowerCase()));
  const counts = new Map<string, number>();
  for (const a of accounts) {
    const t = a?.trim();
    if (t && !prompts.has(t.toLowerCase())) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)).map(([name]) => name);
}

/**
 * The workspace's spelling of `answer` when it writes the same account otherwise ("harbor foods"
 * for "Harbor Foods"): the portfolio's rates group accounts as written, so the two would be two.
 */
export function otherSpelling(answer: string, known: readonly string[]): string | undefined {
  const t = answer.trim();
  if (!t || known.includes(t)) return undefined;
  const key = comparable(t);
  return key ? known.find((k) => comparable(k) === key) : undefined;
}

/** The account answer's verdict: a note on what an empty one costs, a warning on another spelling of a known one. */
export function judgeAccount(answer: string | undefined, known: readonly string[], lang: Lang): { severity: 'info' | 'warning'; message: string } | undefined {
  const t = answer?.trim() ?? '';
  if (!t) return { severity: 'info', message: MSG[lang].none };
  const same = otherSpelling(t, known);
  return same ? { severity: 'warning', message: MSG[lang].spelled(same, t) } : undefined;
}
