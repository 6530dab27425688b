// The language server's own words, in English or Korean. The Korean comes from the extension's
// l10n bundle (the same English keys), so both speak alike and one file holds the translation.
import ko from '../../l10n/bundle.l10n.ko.json';
import type { Lang } from '../core/finding';

const KO = ko as Record<string, string>;

export function t(lang: Lang, en: string, ...args: (string | number)[]): string {
  const s = lang === 'ko' ? (KO[en] ?? en) : en;
  return s.replace(/\{(\d+)\}/g, (m, i: string) => (args[Number(i)] !== undefined ? String(args[Number(i)]) : m));
}
