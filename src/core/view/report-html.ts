// The Business Outcome Report as one self-contained HTML file: the Markdown report rendered
// with raw HTML off, plus each metric's progress chart as inline SVG. No script, no remote
// load (its own CSP says so), so it opens safely anywhere.
import MarkdownIt from 'markdown-it';
import type { Lang } from '../finding';
import type { Outcome } from '../model';
import { buildReport } from '../report';
import { outcomeView } from './canvas';
import { chartSvg } from './chart';
import { escapeHtml } from './escape';


export function buildReportHtml(outcomes: Outcome[], opts: { today: string; lang: Lang; fileName?: string }): string {
  const md = new MarkdownIt({ html: false, linkify: false });
  md.validateLink = (url: string) => /^(https?:|mailto:)/i.test(url.trim());
  md.disable('image'); // the report loads nothing from outside
  const body = md.render(buildReport(outcomes, opts));
  const charts = outcomes
    .map((o) => outcomeView(o, [], opts))
    .filter((v) => v.metrics.some((m) => m.points.length > 1))
    .map((v) => `<section class="charts"><h3>${escapeHtml(v.title)}</h3>${v.metrics.map((m) => `<figure>${chartSvg(m.points, `${m.name}: ${m.statusLabel}`, m.chart)}<figcaption>${escapeHtml(m.name)}: ${escapeHtml(m.statusLabel)}. ${escapeHtml(m.detail)}</figcaption></figure>`).join('')}</section>`)
    .join('');
  const title = opts.lang === 'ko' ? '비즈니스 성과 보고서' : 'Business Outcome Report';
  return `<!doctype html>
<html lang="${opts.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body{font-family:system-ui,sans-serif;max-width:960px;margin:2em auto;padding:0 1em;color:#1b1f24;line-height:1.45}
table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #d0d7de;padding:4px 8px;text-align:left}
pre{background:#f6f8fa;padding:8px;overflow:auto}
figure{display:inline-block;margin:0 16px 16px 0}figcaption{font-size:.85em;color:#57606a;max-width:460px}
.chart .axis{stroke:#8c959f}.chart text{font-size:10px;fill:#57606a}.chart .target-line{stroke:#1a7f37;stroke-dasharray:2 3}
.chart .deadline-line,.chart .today-line{stroke:#8c959f;stroke-dasharray:1 3}.chart .today-line{stroke:#0969da}
.chart .label.status{font-weight:600;fill:#1b1f24}.chart .label.on-track,.chart .label.achieved{fill:#1a7f37}.chart .label.at-risk{fill:#9a6700}.chart .label.off-track{fill:#cf222e}
.chart .plan{stroke:#8c959f;stroke-dasharray:4 3;stroke-width:1.5}.chart .actual{fill:none;stroke:#0969da;stroke-width:2}
.chart .pt{fill:#0969da}.chart .pt.target{fill:#1a7f37}.chart .pt.baseline{fill:#8c959f}
</style>
</head>
<body>
${body}
${charts ? `<h2>${opts.lang === 'ko' ? '진척 차트' : 'Progress charts'}</h2>${charts}` : ''}
</body>
</html>
`;
}
