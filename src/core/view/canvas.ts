// What the canvas panel shows for a file, computed from the model alone: the CBO canvas,
// the discovery-workshop flow, ROI with its formula and assumptions, progress per metric,
// and the findings. Plain data (strings, numbers, spans): the webview only draws it, and
// every string in it is the user's text, to be escaped where it is drawn.
import type { Finding, Lang } from '../finding';
import type { Metric, Outcome, Span, Text } from '../model';
import { formatMoney, formatNumber, formatPercent, formatTenths, localeFor } from '../money';
import { isMetricNumber } from '../metric-number';
import { expectedDigits, metricProgress, type NoDataReason, type ProgressStatus } from '../progress';
import { categoryShown } from '../report-caveats';
import { namedOnly } from '../report-measures';
import { reachedLate } from '../portfolio/build';
import { REPORT_WORDS } from '../report-words';
import { computeRoi } from '../roi';
import { chartGeometry, drawablePoints, thinReadings, type ChartGeometry, type ChartOptions } from './chart';
import { CANVAS_UI, type CanvasUi } from './canvas-words';
import { itemFormula } from './item-formula';
import type { CanvasSection } from './sections';

export interface Entry {
  text: string;
  span?: Span;
  /** Set when the text still holds a template prompt: the label the panel shows beside it. */
  unfilled?: string;
}

export interface Card {
  label: string;
  entries: Entry[];
}

export interface ChartPoint {
  date: string;
  value: number;
  kind: 'baseline' | 'measurement' | 'target';
}

export interface MetricView {
  name: string;
  unit: string;
  status: ProgressStatus;
  statusLabel: string;
  /** Numbers behind the status, as a sentence (only the numbers that exist). */
  detail: string;
  /** The points the chart draws: baseline, readings up to today (thinned to MAX_DRAWN_READINGS, chart.ts), target. */
  points: ChartPoint[];
  /** How to draw the chart: today, unit, status and labels in the panel's language. */
  chart: ChartOptions;
  /**
   * The chart laid out (axes, lines, points, labels): computed here so the webview only draws
   * shapes and imports nothing of core at run time (the layer rule).
   */
  geometry: ChartGeometry;
  span?: Span;
}

/** A one-line prompt shown in place of an empty block, with a link that inserts the section. */
export interface Prompt {
  section: CanvasSection;
  text: string;
  link: string;
}

export type BlockKey = 'context' | 'outcomes' | 'value' | 'approach' | 'workshop';

export interface RoiItemView {
  type: string;
  value: string;
  formula: string;
  assumption: string;
  validated: boolean;
  span: Span;
}

export interface RoiView {
  currency: string;
  investment?: string;
  /** With `investment`: the one-off cost and the first year's running cost it adds, as the report says them ("one-off $60,000.00 + first year's running cost $10,000.00"). */
  investmentParts?: string;
  claimed: string;
  validated: string;
  net?: string;
  roi?: string;
  conservativeRoi?: string;
  payback?: string;
  formula: string;
  byType: { type: string; value: string }[];
  items: RoiItemView[];
  notes: string[];
}

export interface OutcomeView {
  index: number;
  title: string;
  category: string;
  owner: string;
  anchor: Span;
  canvas: { context: Card[]; outcomes: Card[]; value: Card[]; approach: Card[] };
  workshop: { key: 'current' | 'future' | 'barriers' | 'solutions' | 'outcome'; label: string; entries: Entry[]; hint?: string }[];
  /** Prompts for empty blocks (or a missing part of one), by block. */
  prompts: Partial<Record<BlockKey, Prompt[]>>;
  roi?: RoiView;
  metrics: MetricView[];
  findings: { ruleId: string; severity: Finding['severity']; message: string; line: number; span: Span }[];
}

export interface PanelModel {
  file: string;
  lang: Lang;
  today: string;
  outcomes: OutcomeView[];
  /** Set by the host: the panel stays on this file instead of following the active editor. */
  pinned?: boolean;
  /** Set for a file a `.cborc.yaml` `ignore:` leaves out (canvas-ignored.ts): the sentence the panel shows instead of a canvas. */
  ignored?: string;
  /** Strings of the panel's own UI, in the panel's language. */
  ui: CanvasUi;
}

const LABELS: Record<Lang, Record<string, string>> = {
  en: {
    challenge: 'Current challenge', strategicImportance: 'Strategic importance', stakeholderImpact: 'Stakeholder impact',
    behavior: 'Behaviour change', hypothesis: 'Hypothesis', primary: 'Primary metric', secondary: 'Secondary metrics',
    notes: 'Impact', dependencies: 'Dependencies', assumptions: 'Assumptions', risks: 'Risks', timeline: 'Timeline', owner: 'Owner',
    current: 'Current', future: 'Future', barriers: 'Barriers', solutions: 'Solutions', outcome: 'Outcome',
    'hard-savings': 'Hard savings', 'soft-savings': 'Soft savings', 'revenue-impact': 'Revenue impact', 'risk-avoidance': 'Risk avoidance', 'opportunity-cost': 'Opportunity cost',
    achieved: 'achieved', 'on-track': 'on track', 'at-risk': 'at risk', 'off-track': 'off track', 'no-data': 'no data',
    valueItems: 'Value items', roiSummary: 'ROI summary', target: 'target', deadline: 'deadline', today: 'today', baselineWord: 'baseline',
  },
  ko: {
    challenge: '현재 과제', strategicImportance: '전략적 중요성', stakeholderImpact: '이해관계자 영향',
    behavior: '행동 변화', hypothesis: '가설', primary: '핵심 지표', secondary: '보조 지표',
    notes: '영향', dependencies: '의존성', assumptions: '가정', risks: '위험', timeline: '기한', owner: '책임자',
    current: '현재', future: '미래', barriers: '장애물', solutions: '해결방안', outcome: '결과',
    'hard-savings': '직접 비용 절감', 'soft-savings': '간접 비용 절감', 'revenue-impact': '매출 영향', 'risk-avoidance': '리스크 회피', 'opportunity-cost': '기회비용',
    achieved: '달성', 'on-track': '정상', 'at-risk': '주의', 'off-track': '부진', 'no-data': '데이터 없음',
    valueItems: '가치 항목', roiSummary: 'ROI 요약', target: '목표', deadline: '기한', today: '오늘', baselineWord: '기준',
  },
};

const entry = (t: Text | undefined): Entry[] => (t ? [{ text: t.value, span: t.span }] : []);
const entries = (ts: Text[]): Entry[] => ts.map((t) => ({ text: t.value, span: t.span }));

export function panelModel(file: string, outcomes: Outcome[], findings: Finding[], opts: { lang: Lang; today: string }): PanelModel {
  return {
    file,
    lang: opts.lang,
    today: opts.today,
    outcomes: outcomes.map((o) => outcomeView(o, findings, opts)),
    ui: CANVAS_UI[opts.lang],
  };
}

const PROMPTS: Record<Lang, Record<CanvasSection, [string, string]>> = {
  en: {
    context: ['What problem does this solve today, and why does it matter now?', 'Add the business context'],
    workshop: ['Current, future, barriers, solutions: the discovery workshop in four lists.', 'Add the workshop'],
    outcome: ['Whose behaviour changes, and which business result follows?', 'Add the behaviour change and hypothesis'],
    metrics: ['One number that shows the change, with baseline, target and deadline.', 'Add success metrics'],
    value: ['What is the change worth, and what does it cost?', 'Add value items and investment'],
    dependencies: ['What does this need from others, what must stay true, what could stop it?', 'Add dependencies, assumptions and risks'],
  },
  ko: {
    context: ['지금 어떤 문제를 풀고, 왜 지금 중요한가요?', '비즈니스 배경 추가'],
    workshop: ['현재, 미래, 장애물, 해결방안: 디스커버리 워크숍의 네 목록입니다.', '워크숍 추가'],
    outcome: ['누구의 행동이 바뀌고, 어떤 비즈니스 결과가 따라오나요?', '행동 변화와 가설 추가'],
    metrics: ['변화를 보여 줄 숫자 하나와 기준값, 목표값, 기한.', '성공 지표 추가'],
    value: ['이 변화의 가치는 얼마이고, 비용은 얼마인가요?', '가치 항목과 투자 추가'],
    dependencies: ['다른 팀에 무엇이 필요하고, 무엇이 유지되어야 하며, 무엇이 막을 수 있나요?', '의존성, 가정, 위험 추가'],
  },
};

/** The deck's question for each workshop step, shown when the step is empty. */
const STEP_HINTS: Record<Lang, Record<'current' | 'future' | 'barriers' | 'solutions', string>> = {
  en: { current: 'What does today look like?', future: 'What future do we want?', barriers: 'What stands in the way?', solutions: 'What gets us past it?' },
  ko: { current: '우리의 현재는 어떤 모습인가요?', future: '우리가 원하는 미래는 어떤 모습인가요?', barriers: '무엇이 앞길을 막고 있나요?', solutions: '장애물을 넘기 위해 무엇이 필요한가요?' },
};

const shown = (v: number | undefined): number | undefined => (isMetricNumber(v) ? v : undefined);

export function outcomeView(o: Outcome, findings: Finding[], opts: { lang: Lang; today: string }): OutcomeView {
  const L = LABELS[opts.lang];
  const card = (key: string, es: Entry[]): Card[] => (es.length ? [{ label: L[key]!, entries: es }] : []);
  const prompt = (section: CanvasSection): Prompt => ({ section, text: PROMPTS[opts.lang][section][0], link: PROMPTS[opts.lang][section][1] });
  const p = o.metrics?.primary;
  const metricText = (m: Metric): Entry[] => {
    // A secondary metric named only (the Markdown template has no place for its figures) is shown
    // by its name: the card is a canvas, not a status report, and a note on every plan's metric
    // would read as something missing.
    if (m !== p && namedOnly(m) && m.name?.value) return [{ text: m.name.value, span: m.span }];
    // A number past 2^53 is not the one written (metric-number.ts): the target as written, or nothing.
    const b = shown(m.baseline?.value?.value);
    const t = shown(m.target?.value?.value);
    const range = b !== undefined && t !== undefined ? `${b}${unitOf(m)} → ${t}${unitOf(m)}` : t !== undefined ? `→ ${t}${unitOf(m)}` : m.target?.raw?.value;
    const parts = [m.name?.value, range, m.target?.date?.value].filter(Boolean);
    return parts.length ? [{ text: parts.join(' · '), span: m.span }] : [];
  };
  const roi = roiView(o, opts.lang);
  const valueCards: Card[] = [
    ...card('valueItems', (roi?.items ?? []).map((it) => ({ text: `${it.type}: ${it.value}${it.assumption ? ` (${it.assumption})` : ''}`, span: it.span }))),
    ...card('roiSummary', roi ? roiSummary(roi, opts.lang) : []),
    ...card('notes', entries(o.value?.notes ?? [])),
    ...card('assumptions', entries(o.assumptions)),
  ];
  const challenge = o.context.challenge;
  const current = o.workshop.current.length ? entries(o.workshop.current) : challenge ? [{ text: challenge.value, span: challenge.span }] : [];
  const step = (key: 'current' | 'future' | 'barriers' | 'solutions', es: Entry[]) => ({ key, label: L[key]!, entries: es, ...(es.length ? {} : { hint: STEP_HINTS[opts.lang][key] }) });
  const view: OutcomeView = {
    index: o.index,
    title: o.title?.value ?? '',
    // The category's name in the panel's language ("Operational efficiency", "운영 효율성"); text
    // that names no category of the framework is marked as the reports mark it ("Customer love
    // (not a category)"), never shown as if it were one. Plain text: the webview draws it with
    // textContent, so markup in it stays text.
    category: o.category?.value.trim() ? categoryShown(opts.lang, o.category.value) : '',
    owner: o.owner?.value ?? '',
    anchor: o.anchor,
    canvas: {
      context: [...card('challenge', entry(o.context.challenge)), ...card('strategicImportance', entry(o.context.strategicImportance)), ...card('stakeholderImpact', entry(o.context.stakeholderImpact))],
      outcomes: [...card('behavior', entry(o.behavior)), ...card('hypothesis', entry(o.hypothesis)), ...card('primary', p ? metricText(p) : []), ...card('secondary', (o.metrics?.secondary ?? []).flatMap((m) => metricText(m)))],
      value: valueCards,
      approach: [...card('timeline', entry(o.timeline)), ...card('dependencies', entries(o.dependencies)), ...card('risks', entries(o.risks)), ...card('owner', entry(o.owner))],
    },
    workshop: [
      step('current', current),
      step('future', entries(o.workshop.future)),
      step('barriers', entries(o.workshop.barriers)),
      step('solutions', entries(o.workshop.solutions)),
      { key: 'outcome', label: L.outcome!, entries: [...entry(o.behavior ?? o.title), ...(p ? metricText(p) : [])] },
    ],
    prompts: {},
    metrics: [p, ...(o.metrics?.secondary ?? [])].filter((m): m is Metric => !!m && !!(m.baseline || m.target)).map((m) => metricView(m, opts)),
    findings: findings
      .filter((f) => f.span.start >= o.span.start && f.span.start <= o.span.end)
      .map((f) => ({ ruleId: f.ruleId, severity: f.severity, message: f.message, line: f.start.line + 1, span: f.span })),
  };
  const add = (k: BlockKey, s: CanvasSection) => (view.prompts[k] ??= []).push(prompt(s));
  if (!view.canvas.context.length) add('context', 'context');
  if (!o.behavior && !o.hypothesis) add('outcomes', 'outcome');
  if (!o.metrics) add('outcomes', 'metrics');
  if (!o.value || (!o.value.items.length && o.value.investment === undefined)) add('value', 'value');
  if (!o.dependencies.length && !o.assumptions.length && !o.risks.length) add('approach', 'dependencies');
  if (!o.workshop.future.length && !o.workshop.barriers.length && !o.workshop.solutions.length) add('workshop', 'workshop');
  if (roi) view.roi = roi;
  markUnfilled(view, findings, CANVAS_UI[opts.lang].unfilled);
  return view;
}

/**
 * Entries where no-placeholder found a prompt nobody answered ("the business problem today")
 * are marked, so the panel shows them as blanks to fill rather than as the plan's content.
 */
function markUnfilled(view: OutcomeView, findings: Finding[], label: string): void {
  const blanks = findings.filter((f) => f.ruleId === 'no-placeholder');
  if (!blanks.length) return;
  const mark = (e: Entry) => {
    const at = e.span;
    if (at && blanks.some((f) => f.span.start < at.end && at.start < f.span.end)) e.unfilled = label;
  };
  for (const cards of Object.values(view.canvas)) for (const c of cards) c.entries.forEach(mark);
  for (const step of view.workshop) step.entries.forEach(mark);
}

function roiSummary(r: RoiView, lang: Lang): Entry[] {
  const ko = lang === 'ko';
  const out: Entry[] = [];
  // The basis as the reports say it: a year's value against the whole cost is the first year's ROI.
  if (r.roi) out.push({ text: ko ? `첫해 ROI ${r.roi} (보수적, 검증된 가치만: ${r.conservativeRoi ?? '–'})` : `First-year ROI ${r.roi} (conservative, validated value only: ${r.conservativeRoi ?? '–'})` });
  // The investment with the sum it is, as the report shows it ("one-off … + first year's running cost …").
  const investment = r.investment && (r.investmentParts ? `${r.investment} (${r.investmentParts})` : r.investment);
  if (investment) out.push({ text: ko ? `투자 ${investment} · 연간 예상 가치 ${r.claimed} · 연간 검증된 가치 ${r.validated}` : `Investment ${investment} · claimed ${r.claimed} a year · validated ${r.validated} a year` });
  else out.push({ text: ko ? `연간 예상 가치 ${r.claimed} · 투자 미기재` : `Claimed ${r.claimed} a year · no investment given` });
  if (r.payback) out.push({ text: ko ? `투자 회수 ${r.payback}` : `Payback ${r.payback}` });
  return out;
}

function unitOf(m: Metric): string {
  const u = m.unit?.value ?? m.target?.unit ?? m.baseline?.unit ?? '';
  // Korean writes a unit word against its number ("5시간", "40건"), as the reports do.
  return u === '%' ? '%' : /^[가-힣]/.test(u) ? u : u ? ` ${u}` : '';
}

const NO_DATA: Record<Lang, Record<NoDataReason, string>> = {
  en: { 'no-baseline': 'no measured baseline yet', 'no-target': 'no numeric target yet', 'no-measurement': 'no measurement up to today yet', 'no-timeline': 'no deadline after the baseline date', 'wrong-side': 'the target is on the wrong side of the baseline' },
  ko: { 'no-baseline': '측정된 기준값이 아직 없습니다', 'no-target': '숫자 목표값이 아직 없습니다', 'no-measurement': '오늘까지의 측정값이 아직 없습니다', 'no-timeline': '기준일 뒤의 기한이 없습니다', 'wrong-side': '목표값이 기준값에서 지표 방향과 반대쪽에 있습니다' },
};

/** A metric's progress as the canvas shows it: status, detail and chart (the HTML reports draw it too). */
export function metricView(m: Metric, opts: { lang: Lang; today: string }): MetricView {
  const L = LABELS[opts.lang];
  const pr = metricProgress(m, opts.today);
  const points: ChartPoint[] = [];
  if (pr.baseline?.date) points.push({ date: pr.baseline.date, value: pr.baseline.value, kind: 'baseline' });
  // Readings dated after today are not real yet: the chart and the status both leave them out.
  for (const x of m.measurements) if (x.value && x.date && x.date.value <= opts.today) points.push({ date: x.date.value, value: x.value.value, kind: 'measurement' });
  if (pr.target?.date) points.push({ date: pr.target.date, value: pr.target.value, kind: 'target' });
  points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const loc = localeFor(opts.lang);
  const u = unitOf(m);
  const f = (x: number) => `${formatNumber(x, loc)}${u}`;
  const ko = opts.lang === 'ko';
  const parts: string[] = [];
  if (pr.baseline) parts.push(ko ? `기준 ${f(pr.baseline.value)}` : `baseline ${f(pr.baseline.value)}`);
  if (pr.latest) parts.push(ko ? `최근 ${f(pr.latest.value)}${pr.latest.date ? ` (${pr.latest.date})` : ''}` : `latest ${f(pr.latest.value)}${pr.latest.date ? ` on ${pr.latest.date}` : ''}`);
  const line = (x: number) => `${formatNumber(x, loc, expectedDigits(pr))}${u}`;
  if (pr.latest && pr.expected !== undefined) parts.push(ko ? `계획선 ${line(pr.expected)}` : `plan line ${line(pr.expected)}`);
  if (pr.target) parts.push(ko ? `목표 ${f(pr.target.value)}${pr.target.date ? ` (${pr.target.date}까지)` : ''}` : `target ${f(pr.target.value)}${pr.target.date ? ` by ${pr.target.date}` : ''}`);
  let detail = parts.join(' → ');
  if (pr.status === 'no-data' && pr.reason) detail = detail ? `${detail}; ${NO_DATA[opts.lang][pr.reason]}` : NO_DATA[opts.lang][pr.reason]!;
  // At target only after its deadline: the status the reports and the portfolio give it, since
  // outcome achievement does not count it (portfolio/build.ts reachedLate).
  const statusLabel = reachedLate(m, pr, opts.today) ? REPORT_WORDS[opts.lang].statusLate : (L[pr.status] ?? pr.status);
  const chart: ChartOptions = { today: opts.today, unit: unitOf(m).trim(), status: pr.status, statusLabel, labels: chartLabels(opts.lang) };
  // The points drawn, thinned (chart.ts): the panel's model then carries a few hundred, not every
  // reading, and none the chart cannot place (a date no calendar has, a number too large).
  const drawn = thinReadings(drawablePoints(points));
  return { name: m.name?.value ?? '', unit: unitOf(m).trim(), status: pr.status, statusLabel, detail, points: drawn, chart, geometry: chartGeometry(drawn, chart), span: m.span };
}

/** Chart labels in the panel's language. */
export function chartLabels(lang: Lang): { target: string; deadline: string; today: string; baseline: string } {
  const L = LABELS[lang];
  return { target: L.target!, deadline: L.deadline!, today: L.today!, baseline: L.baselineWord! };
}

function roiView(o: Outcome, lang: Lang): RoiView | undefined {
  if (!o.value || (o.value.items.length === 0 && !o.value.investment)) return undefined;
  const L = LABELS[lang];
  const r = computeRoi(o.value);
  const loc = localeFor(lang);
  const cur = r.currency;
  const money = (m: number | undefined) => (m === undefined ? undefined : formatMoney(m, cur, loc));
  const pct = (x: number | undefined) => (x === undefined ? undefined : formatPercent(x, loc));
  const view: RoiView = {
    currency: cur ?? '',
    claimed: money(r.claimedMinor)!,
    validated: money(r.validatedMinor)!,
    formula: lang === 'ko' ? '첫해 ROI = (1년 치 가치 − 총비용) ÷ 총비용 × 100%' : "First-year ROI = (one year's value − total cost) ÷ total cost × 100%",
    byType: Object.entries(r.byType).filter(([, v]) => v !== 0).map(([t, v]) => ({ type: L[t] ?? t, value: money(v)! })),
    items: r.items.map((it) => ({
      type: it.type ? L[it.type] ?? it.type : it.typeText ?? (lang === 'ko' ? '유형 없음' : 'no type'),
      value: money(it.minor)!,
      formula: itemFormula(it, lang),
      assumption: it.assumption ?? '',
      validated: it.validated,
      span: it.span,
    })),
    notes: r.issues.map(String),
  };
  const set = <K extends keyof RoiView>(k: K, v: RoiView[K] | undefined) => {
    if (v !== undefined) view[k] = v;
  };
  set('investment', money(r.investmentMinor));
  const parts = r.investmentParts;
  set('investmentParts', parts && REPORT_WORDS[lang].investmentParts(money(parts.oneOffMinor)!, money(parts.runningMinor)!));
  set('net', money(r.netMinor));
  set('roi', pct(r.roiPercent));
  set('conservativeRoi', pct(r.conservativeRoiPercent));
  // The report's words and figure ("9.6 months", "4.0 months"), as cbo roi shows payback too.
  set('payback', r.paybackMonths === undefined ? undefined : REPORT_WORDS[lang].months(formatTenths(r.paybackMonths, loc)));
  return view;
}
