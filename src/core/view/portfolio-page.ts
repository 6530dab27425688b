// The editor's portfolio page, inside its <main>: a header, the four rates as cards, the
// outcomes by account, then the rest of the portfolio report less its own title and rates (the
// header and the cards show them). Each outcome is listed once, in the report's "Outcomes by
// account", its title a button that opens the file at its line. Pure: the host passes its own words (vscode.l10n) and wraps the page in
// its shell and CSP (src/host/portfolio/page.ts). Every user string is escaped: by escapeHtml
// here, or by the report's Markdown escaping rendered with raw HTML off.
import type MarkdownIt from 'markdown-it';
import type { Lang } from '../finding';
import { formatPercent, localeFor } from '../money';
import { buildPortfolioReport, PORTFOLIO_SECTIONS, rateCount, type CsvNote } from '../portfolio/report-md';
import { rateState } from '../portfolio/rates';
import { RATE_NAMES, RATE_TARGETS, type Portfolio } from '../portfolio/types';
import { leftOutNote, type LeftOut } from '../ignore';
import { REPORT_WORDS } from '../report-words';
import { escapeHtml } from './escape';
import { reportMarkdownIt } from './report-html';

/** The page's own words, which the host translates (its l10n bundle holds them). */
export interface PortfolioPageLabels {
  title: string;
  exportHtml: string;
  exportMarkdown: string;
  refresh: string;
}

/** The link the report gives an outcome's title; the page turns it into a reveal button. */
const OUTCOME_HREF = /^#outcome-(\d+)$/;

/**
 * markdown-it for the page: the report's, plus links to OUTCOME_HREF drawn as the buttons the
 * webview script sends as "reveal" messages (src/webview/portfolio.ts). User text cannot make
 * such a link: the report escapes [ ] < > in every string a user wrote.
 */
function pageMarkdownIt(p: Portfolio): MarkdownIt {
  const md = reportMarkdownIt();
  const safe = md.validateLink;
  md.validateLink = (url: string) => OUTCOME_HREF.test(url) || safe(url);
  md.renderer.rules.link_open = (tokens, i, options, _env, self) => {
    const m = OUTCOME_HREF.exec(tokens[i]!.attrGet('href') ?? '');
    const row = m ? p.outcomes[Number(m[1])] : undefined;
    if (!m || !row) return self.renderToken(tokens, i, options);
    // Links do not nest: the next link_close is this link's.
    const close = tokens.slice(i + 1).find((t) => t.type === 'link_close');
    if (close) close.meta = { button: true };
    return `<button class="link" data-reveal="${m[1]}" title="${escapeHtml(`${row.file}:${row.line}`)}">`;
  };
  md.renderer.rules.link_close = (tokens, i, options, _env, self) => ((tokens[i]!.meta as { button?: boolean } | null)?.button ? '</button>' : self.renderToken(tokens, i, options));
  return md;
}

/**
 * `leftOut`: the workspace's files a `.cborc.yaml` `ignore:` left out, counted in the header as
 * `cbo portfolio` counts them ("2 files left out by ignore: in .cborc.yaml"): the figures are
 * not the whole workspace's, and the page alone did not say so.
 */
export function portfolioPageBody(p: Portfolio, problems: CsvNote[], lang: Lang, ui: PortfolioPageLabels, leftOut?: LeftOut): string {
  const w = REPORT_WORDS[lang];
  const locale = localeFor(lang);
  const pct = (x: number | null) => (x === null ? '–' : formatPercent(Math.round(x * 1000) / 10, locale));
  const left = leftOut?.count ? ` · ${leftOutNote(leftOut, lang)}` : '';
  const header = `<header><h1>${escapeHtml(ui.title)}</h1><span class="muted">${escapeHtml(`${w.asOf} ${p.today} · ${w.filesLine(p.files, p.outcomes.length)}${left}`)}</span>`;
  const refresh = `<button data-refresh class="secondary">${escapeHtml(ui.refresh)}</button>`;
  const md = pageMarkdownIt(p);
  // Nothing to count: what a portfolio reads, and any file that could not be read.
  if (!p.outcomes.length) return `${header}${refresh}</header>\n${md.render(buildPortfolioReport(p, { lang, problems, header: false }))}`;
  const rates = RATE_NAMES.map((n) => {
    const state = rateState(p.rates[n], RATE_TARGETS[n]);
    const verdict = { met: ` · ${w.met}`, missed: ` · ${w.notMet}`, none: '' }[state];
    const basis = `${rateCount(w, p.counts[n])} · ${w.colTargetRate} ${w.above(formatPercent(RATE_TARGETS[n] * 100, locale))}${verdict}`;
    return `<div class="rate ${{ met: 'met', missed: 'miss', none: 'none' }[state]}" data-rate="${n}"><div>${escapeHtml(w.rateNames[n]!)}</div><div class="v">${escapeHtml(pct(p.rates[n]))}</div><div class="t">${escapeHtml(basis)}</div></div>`;
  }).join('');
  // The outcomes first, right under the cards: the page is where a team goes to an outcome, so
  // its list is not three screens down behind the value story and totals (the export keeps
  // the report's order).
  const outcomes = md.render(buildPortfolioReport(p, { lang, header: false, omit: PORTFOLIO_SECTIONS.filter((s) => s !== 'accounts'), outcomeHref: (i) => `#outcome-${i}` }));
  const rest = md.render(buildPortfolioReport(p, { lang, problems, header: false, omit: ['rates', 'accounts'] }));
  const report = outcomes + rest;
  return `${header}
<button data-export="html">${escapeHtml(ui.exportHtml)}</button><button data-export="md" class="secondary">${escapeHtml(ui.exportMarkdown)}</button>${refresh}</header>
<section class="rates" aria-label="${escapeHtml(w.rates)}">${rates}</section>
<section class="report">${report}</section>`;
}
