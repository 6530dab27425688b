// The Business Outcome Report, and the portfolio report, as one self-contained HTML file: the
// Markdown report rendered with raw HTML off (every user string is escaped in the Markdown
// already), plus progress charts as inline SVG (each metric's, or in the portfolio a small one
// of each outcome's primary metric). No script, no remote load (its
// own CSP says so), so it opens safely anywhere; print CSS keeps tables whole on paper.
import MarkdownIt from 'markdown-it';
import type { Lang } from '../finding';
import type { Outcome } from '../model';
import { buildPortfolioReport, type PortfolioReportOptions } from '../portfolio/report-md';
import type { Portfolio } from '../portfolio/types';
import { buildReport, type ReportOptions } from '../report';
import { byAccount } from '../portfolio/group';
import { REPORT_WORDS } from '../report-words';
import { metricView, outcomeView, type MetricView } from './canvas';
import { chartSvg } from './chart';
import { escapeHtml } from './escape';

/** markdown-it as the reports need it: no raw HTML, no images, links only to safe schemes. */
export function reportMarkdownIt(): MarkdownIt {
  const md = new MarkdownIt({ html: false, linkify: false });
  md.validateLink = (url: string) => /^(https?:|mailto:)/i.test(url.trim());
  md.disable('image'); // the report loads nothing from outside
  // A date in a narrow table cell broke at its hyphens ("2026-" / "10-31"): keep each ISO date
  // on one line. The text is escaped first, as the default rule does; only the date is wrapped.
  md.renderer.rules.text = (tokens, i) => md.utils.escapeHtml(tokens[i]!.content).replace(/\b\d{4}-\d{2}-\d{2}\b/g, '<span class="date">$&</span>');
  const fence = md.renderer.rules.fence!;
  md.renderer.rules.fence = (tokens, i, options, env, self) => figuresTable(tokens[i]!.info.trim(), tokens[i]!.content, escapeHtml) ?? fence(tokens, i, options, env, self);
  return md;
}

/**
 * The report's ROI figures are a ```text block of "label  value" lines, aligned by counting a
 * Hangul syllable as two columns: true in a terminal, not in a browser's monospace fallback
 * font, where Korean labels pushed the values out of line. In HTML they are a two-column table,
 * so the browser aligns them; a line of box-drawing dashes becomes the rule above the next row.
 * Any other block (or one with a line that is not a pair) is left to markdown-it.
 */
function figuresTable(info: string, content: string, escape: (s: string) => string): string | undefined {
  if (info !== 'text') return undefined;
  const rows: string[] = [];
  let ruled = false;
  for (const line of content.split('\n')) {
    if (!line.trim()) continue;
    if (/^─+$/.test(line.trim())) {
      ruled = true;
      continue;
    }
    const m = /^(\S(?:.*?\S)?) {2,}(\S.*)$/.exec(line);
    if (!m) return undefined;
    rows.push(`<tr${ruled ? ' class="ruled"' : ''}><th scope="row">${escape(m[1]!)}</th><td>${escape(m[2]!)}</td></tr>`);
    ruled = false;
  }
  return rows.length ? `<table class="figures"><tbody>${rows.join('')}</tbody></table>\n` : undefined;
}

// keep-all: a Korean word is kept whole and lines break at spaces, as Korean is set (the
// browser's default splits between syllables); break-word still splits a word longer than a line.
export const REPORT_CSS = `body{font-family:system-ui,sans-serif;max-width:960px;margin:2em auto;padding:0 1em;color:#1b1f24;line-height:1.45;overflow-wrap:break-word;word-break:keep-all}
table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #d0d7de;padding:4px 8px;text-align:left}
pre{background:#f6f8fa;padding:8px;overflow:auto}
figure{display:inline-block;margin:0 16px 16px 0}figcaption{font-size:.85em;color:#57606a;max-width:460px}
.date{white-space:nowrap}
.figures th{font-weight:normal}.figures td{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}.figures tr.ruled>*{border-top:2px solid #57606a}
.chart .axis{stroke:#8c959f}.chart text{font-size:10px;fill:#57606a}.chart .target-line{stroke:#1a7f37;stroke-dasharray:2 3}
.chart .deadline-line,.chart .today-line{stroke:#8c959f;stroke-dasharray:1 3}.chart .today-line{stroke:#0969da}
.chart .label.status{font-weight:600;fill:#1b1f24}.chart .label.on-track,.chart .label.achieved{fill:#1a7f37}.chart .label.at-risk{fill:#9a6700}.chart .label.off-track{fill:#cf222e}
.chart .plan{stroke:#8c959f;stroke-dasharray:4 3;stroke-width:1.5}.chart .actual{fill:none;stroke:#0969da;stroke-width:2}
.chart .pt{fill:#0969da}.chart .pt.target{fill:#1a7f37}.chart .pt.baseline{fill:#8c959f}
@page{size:A4;margin:16mm}
@media print{body{max-width:none;margin:0;padding:0;font-size:10.5pt;color:#000}
h1,h2,h3{break-after:avoid;page-break-after:avoid}table,figure,pre{break-inside:avoid;page-break-inside:avoid}
tr{break-inside:avoid}thead{display:table-header-group}a{color:#000;text-decoration:none}pre{white-space:pre-wrap}}`;

const CHART_WORDS = {
  en: { heading: 'Progress charts', notDrawn: (n: number) => `${n} more outcome${n === 1 ? ' with readings is' : 's with readings are'} not drawn here: cbo report FILE draws each file's charts.` },
  ko: { heading: '진척 차트', notDrawn: (n: number) => `측정값이 있는 성과 ${n}개는 여기에 그리지 않았습니다. cbo report FILE이 파일마다 차트를 그립니다.` },
};

/**
 * The most charts a portfolio report draws: a page of 80,000 outcomes with a chart each would be
 * hundreds of MB, and 200 already fill some 40 printed pages. The rest are counted and said.
 */
export const MAX_PORTFOLIO_CHARTS = 200;

/** Size of a portfolio chart: several to a row, as the one-file report's 460 × 200 is one. */
const SMALL = { width: 320, height: 160 };

/**
 * A metric's chart and its caption, the same for both reports; `of` names the outcome (and its
 * account) where the charts of many are side by side. Every string is escaped (chartSvg escapes
 * the SVG's own).
 */
function chartFigure(m: MetricView, of?: { title: string; account?: string }, size?: { width: number; height: number }): string {
  const who = of ? `${of.title}${of.account ? ` (${of.account})` : ''}: ` : '';
  const lead = of ? `<strong>${escapeHtml(of.title)}</strong>${of.account ? ` (${escapeHtml(of.account)})` : ''}: ` : '';
  return `<figure>${chartSvg(m.points, `${who}${m.name}: ${m.statusLabel}`, { ...m.chart, ...size })}<figcaption>${lead}${escapeHtml(m.name)}: ${escapeHtml(m.statusLabel)}. ${escapeHtml(m.detail)}</figcaption></figure>`;
}

/**
 * A small chart of the primary metric of each outcome with readings up to today, in the order
 * of "Outcomes by account"; '' when none has one. Readings are what the portfolio already found
 * (lastMeasured), so only the outcomes drawn have their chart laid out.
 */
function portfolioCharts(p: Portfolio, lang: Lang): string {
  const W = CHART_WORDS[lang];
  const untitled = REPORT_WORDS[lang].untitled;
  const figures: string[] = [];
  let more = 0;
  for (const [, rows] of byAccount(p.outcomes)) {
    for (const r of rows) {
      const metric = r.outcome.metrics?.primary;
      if (!metric || r.lastMeasured === undefined) continue;
      if (figures.length >= MAX_PORTFOLIO_CHARTS) {
        more++;
        continue;
      }
      const m = metricView(metric, { lang, today: p.today });
      if (m.points.length > 1) figures.push(chartFigure(m, { title: r.title || untitled, ...(r.account ? { account: r.account } : {}) }, SMALL));
    }
  }
  if (!figures.length) return '';
  return `<h2>${W.heading}</h2><section class="charts">${figures.join('')}</section>${more ? `<p>${escapeHtml(W.notDrawn(more))}</p>` : ''}`;
}

function page(lang: Lang, title: string, body: string): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
${REPORT_CSS}
</style>
</head>
<body>
${body}
</body>
</html>
`;
}

export function buildReportHtml(outcomes: Outcome[], opts: ReportOptions): string {
  const body = reportMarkdownIt().render(buildReport(outcomes, opts));
  const charts = outcomes
    .map((o) => outcomeView(o, [], opts))
    .filter((v) => v.metrics.some((m) => m.points.length > 1))
    .map((v) => `<section class="charts"><h3>${escapeHtml(v.title)}</h3>${v.metrics.map((m) => chartFigure(m)).join('')}</section>`)
    .join('');
  const title = opts.lang === 'ko' ? '비즈니스 성과 보고서' : 'Business Outcome Report';
  return page(opts.lang, title, `${body}\n${charts ? `<h2>${CHART_WORDS[opts.lang].heading}</h2>${charts}` : ''}`);
}

/** The portfolio report (rates against targets, totals per currency, ...) as printable HTML, with its charts. */
export function buildPortfolioHtml(p: Portfolio, opts: PortfolioReportOptions): string {
  const body = reportMarkdownIt().render(buildPortfolioReport(p, opts));
  return page(opts.lang, opts.lang === 'ko' ? '포트폴리오 비즈니스 성과 보고서' : 'Portfolio Business Outcome Report', `${body}\n${portfolioCharts(p, opts.lang)}`);
}
