// The portfolio webview's page: built here from the portfolio, every user string escaped
// (escapeHtml, or the Markdown report's own escaping rendered with raw HTML off). Strict CSP:
// the shell and its policy are ../webview-page.ts.
import * as vscode from 'vscode';
import type { CsvNote, Portfolio } from '../../core/api';
import { escapeHtml } from '../../core/view/escape';
import { getEngine } from '../engine-loader';
import { webviewPage } from '../webview-page';

const CSS = `body{font-family:var(--vscode-font-family);color:var(--vscode-foreground);background:var(--vscode-editor-background);padding:0 16px 24px;line-height:1.45}
header{display:flex;align-items:center;gap:8px;flex-wrap:wrap}header h1{font-size:1.4em;margin:12px 12px 12px 0}
button{background:var(--vscode-button-background);color:var(--vscode-button-foreground);border:0;padding:4px 10px;cursor:pointer}
button.secondary{background:var(--vscode-button-secondaryBackground);color:var(--vscode-button-secondaryForeground)}
.rates{display:grid;grid-template-columns:repeat(auto-fit,minmax(180px,1fr));gap:10px;margin:8px 0 16px}
.rate{border:1px solid var(--vscode-panel-border);border-left-width:4px;padding:8px 10px}
.rate.met{border-left-color:var(--vscode-testing-iconPassed)}.rate.miss{border-left-color:var(--vscode-errorForeground)}
.rate .v{font-size:1.6em;font-weight:600}.rate .t,.muted{color:var(--vscode-descriptionForeground);font-size:.9em}
table{border-collapse:collapse;margin:8px 0 16px}td,th{border:1px solid var(--vscode-panel-border);padding:3px 8px;text-align:left}
th{background:var(--vscode-editorWidget-background)}a,.link{color:var(--vscode-textLink-foreground);cursor:pointer;background:none;padding:0;text-align:left}
.report h1{display:none}.date{white-space:nowrap}pre{background:var(--vscode-textCodeBlock-background);padding:8px;overflow:auto}`;

/** The page's content (everything inside <main>): posted again on each update. */
export function portfolioBody(p: Portfolio, problems: CsvNote[], lang: 'en' | 'ko'): string {
  const e = getEngine();
  const w = e.REPORT_WORDS[lang];
  const locale = e.localeFor(lang);
  const pct = (x: number | null) => (x === null ? '–' : e.formatPercent(Math.round(x * 1000) / 10, locale));
  const rates = e.RATE_NAMES.map((n) => {
    const k = p.counts[n];
    const state = e.rateState(p.rates[n], e.RATE_TARGETS[n]);
    const verdict = { met: ` · ${w.met}`, missed: ` · ${w.notMet}`, none: '' }[state];
    return `<div class="rate ${{ met: 'met', missed: 'miss', none: 'none' }[state]}" data-rate="${n}"><div>${escapeHtml(w.rateNames[n]!)}</div><div class="v">${escapeHtml(pct(p.rates[n]))}</div><div class="t">${escapeHtml(`${e.rateCount(w, k)} · ${w.colTargetRate} ${w.above(e.formatPercent(e.RATE_TARGETS[n] * 100, locale))}${verdict}`)}</div></div>`;
  }).join('');
  const money = (m: number | undefined, c: string | undefined) => (m === undefined ? '–' : e.formatMoney(m, c, locale));
  const outcomes = p.outcomes
    .map((r, i) => `<tr><td><button class="link" data-reveal="${i}" title="${escapeHtml(`${r.file}:${r.line}`)}">${escapeHtml(r.title || w.untitled)}</button></td><td>${escapeHtml(r.account ?? '–')}</td><td>${escapeHtml(w.statusWords[r.status])}</td><td>${escapeHtml(r.roi ? money(r.roi.claimedMinor, r.roi.currency) : '–')}</td><td>${escapeHtml(r.roi?.roiPercent === undefined ? '–' : e.formatPercent(r.roi.roiPercent, locale))}</td><td class="muted">${escapeHtml(`${r.file}:${r.line}`)}</td></tr>`)
    .join('');
  const md = e.reportMarkdownIt();
  // The report minus its title and date (the header shows them) and its first section (the
  // rate cards above show it).
  const report = md.render(e.buildPortfolioReport(p, { lang, problems }).replace(/^# [^\n]*\n\n[^\n]*\n\n/, '').replace(/^## [^\n]*\n\n\|[\s\S]*?\n\n/m, ''));
  const header = `<header><h1>${escapeHtml(vscode.l10n.t('CBO Portfolio'))}</h1><span class="muted">${escapeHtml(`${w.asOf} ${p.today} · ${w.filesLine(p.files, p.outcomes.length)}`)}</span>`;
  // Nothing to count: what a portfolio reads, and any file that could not be read (the report's
  // own text, less its title and date, which the header shows).
  const empty = () => md.render(e.buildPortfolioReport(p, { lang, problems }).replace(/^# [^\n]*\n\n[^\n]*\n\n/, ''));
  if (!p.outcomes.length) return `${header}<button data-refresh class="secondary">${escapeHtml(vscode.l10n.t('Refresh'))}</button></header>\n${empty()}`;
  return `${header}
<button data-export="html">${escapeHtml(vscode.l10n.t('Export HTML'))}</button><button data-export="md" class="secondary">${escapeHtml(vscode.l10n.t('Export Markdown'))}</button><button data-refresh class="secondary">${escapeHtml(vscode.l10n.t('Refresh'))}</button></header>
<section class="rates" aria-label="${escapeHtml(w.rates)}">${rates}</section>
<h2>${escapeHtml(w.colOutcomes)}</h2>
<table id="outcomes"><thead><tr><th>${escapeHtml(w.colOutcome)}</th><th>${escapeHtml(w.colAccount)}</th><th>${escapeHtml(w.colStatus)}</th><th>${escapeHtml(w.colValue)}</th><th>${escapeHtml(w.roiLabel)}</th><th>${escapeHtml(w.colFile)}</th></tr></thead><tbody>${outcomes}</tbody></table>
<section class="report">${report}</section>`;
}

/** The page shell, set once per panel; the content inside <main> is replaced by messages. */
export function portfolioPage(webview: vscode.Webview, extensionUri: vscode.Uri, body: string, lang: 'en' | 'ko'): string {
  return webviewPage(webview, {
    lang,
    title: vscode.l10n.t('CBO Portfolio'),
    script: vscode.Uri.joinPath(extensionUri, 'dist', 'webview', 'portfolio.js'),
    style: { css: CSS },
    body: `<main id="root">${body}</main>`,
  });
}
