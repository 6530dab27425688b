// What the canvas panel shows for a file, computed from the model alone: the CBO canvas,
// the discovery-workshop flow, ROI with its formula and assumptions, progress per metric,
// and the findings. Plain data (strings, numbers, spans): the webview only draws it, and
// every string in it is the user's text, to be escaped where it is drawn.
import type { Finding, Lang } from '../finding';
import type { Metric, Outcome, Span, Text } from '../model';
import { formatMoney, formatNumber, formatPercent, localeFor } from '../money';
import { metricProgress, type ProgressStatus } from '../progress';
import { computeRoi } from '../roi';

export interface Entry {
  text: string;
  span?: Span;
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
  /** Numbers behind the status, as a sentence. */
  detail: string;
  points: ChartPoint[];
  span?: Span;
}

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
  workshop: { key: 'current' | 'future' | 'barriers' | 'solutions' | 'outcome'; label: string; entries: Entry[] }[];
  roi?: RoiView;
  metrics: MetricView[];
  findings: { ruleId: string; severity: Finding['severity']; message: string; line: number; span: Span }[];
}

export interface PanelModel {
  file: string;
  lang: Lang;
  today: string;
  outcomes: OutcomeView[];
  /** Strings of the panel's own UI, in the panel's language. */
  ui: Record<keyof typeof EN, string>;
}

const EN = {
  context: 'Business context and challenges',
  outcomes: 'Desired outcomes and success metrics',
  value: 'Value proposition and impact',
  approach: 'Approach, timeline and dependencies',
  workshop: 'Discovery workshop',
  roi: 'ROI',
  progress: 'Progress',
  findings: 'Findings',
  empty: 'No CBO in this file yet.',
  insertTemplate: 'Insert the CBO template',
  broken: 'This file does not parse; showing the last good canvas.',
  select: 'Outcome',
  unvalidated: 'not validated by the customer',
  noFindings: 'No findings.',
  investment: 'Investment',
  claimed: 'Value claimed',
  validated: 'Value validated',
  net: 'Net value',
  conservative: 'Conservative ROI',
  payback: 'Payback',
  assumption: 'Assumption',
};
const KO: typeof EN = {
  context: '비즈니스 배경과 과제',
  outcomes: '원하는 성과와 성공 지표',
  value: '가치 제안과 영향',
  approach: '접근 방식, 일정, 의존성',
  workshop: '디스커버리 워크숍',
  roi: '투자수익률 (ROI)',
  progress: '진척',
  findings: '검사 결과',
  empty: '이 파일에는 아직 CBO가 없습니다.',
  insertTemplate: 'CBO 템플릿 넣기',
  broken: '파일을 읽을 수 없어 마지막으로 읽은 캔버스를 보여 줍니다.',
  select: '성과',
  unvalidated: '고객 검증 전',
  noFindings: '문제가 없습니다.',
  investment: '투자',
  claimed: '주장 가치',
  validated: '검증된 가치',
  net: '순가치',
  conservative: '보수적 ROI',
  payback: '투자 회수 기간',
  assumption: '가정',
};

const LABELS: Record<Lang, Record<string, string>> = {
  en: {
    challenge: 'Current challenge', strategicImportance: 'Strategic importance', stakeholderImpact: 'Stakeholder impact',
    behavior: 'Behaviour change', hypothesis: 'Hypothesis', primary: 'Primary metric', secondary: 'Secondary metrics',
    notes: 'Impact', dependencies: 'Dependencies', assumptions: 'Assumptions', risks: 'Risks', timeline: 'Timeline', owner: 'Owner',
    current: 'Current', future: 'Future', barriers: 'Barriers', solutions: 'Solutions', outcome: 'Outcome',
    'hard-savings': 'Hard savings', 'soft-savings': 'Soft savings', 'revenue-impact': 'Revenue impact', 'risk-avoidance': 'Risk avoidance', 'opportunity-cost': 'Opportunity cost',
    achieved: 'achieved', 'on-track': 'on track', 'at-risk': 'at risk', 'off-track': 'off track', 'no-data': 'no data',
  },
  ko: {
    challenge: '현재 과제', strategicImportance: '전략적 중요성', stakeholderImpact: '이해관계자 영향',
    behavior: '행동 변화', hypothesis: '가설', primary: '핵심 지표', secondary: '보조 지표',
    notes: '영향', dependencies: '의존성', assumptions: '가정', risks: '위험', timeline: '일정', owner: '책임자',
    current: '현재', future: '미래', barriers: '장애물', solutions: '해결방안', outcome: '결과',
    'hard-savings': '직접 비용 절감', 'soft-savings': '간접 비용 절감', 'revenue-impact': '매출 영향', 'risk-avoidance': '리스크 회피', 'opportunity-cost': '기회비용',
    achieved: '달성', 'on-track': '정상', 'at-risk': '주의', 'off-track': '지연', 'no-data': '데이터 없음',
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
    ui: opts.lang === 'ko' ? KO : EN,
  };
}

export function outcomeView(o: Outcome, findings: Finding[], opts: { lang: Lang; today: string }): OutcomeView {
  const L = LABELS[opts.lang];
  const card = (key: string, es: Entry[]): Card[] => (es.length ? [{ label: L[key]!, entries: es }] : []);
  const p = o.metrics?.primary;
  const metricText = (m: Metric): Entry[] => {
    const parts = [m.name?.value, m.baseline?.value ? `${m.baseline.value.value}${unitOf(m)} → ${m.target?.value?.value ?? '?'}${unitOf(m)}` : m.target?.raw?.value, m.target?.date?.value].filter(Boolean);
    return parts.length ? [{ text: parts.join(' · '), span: m.span }] : [];
  };
  const view: OutcomeView = {
    index: o.index,
    title: o.title?.value ?? '',
    category: o.category?.value ?? '',
    owner: o.owner?.value ?? '',
    anchor: o.anchor,
    canvas: {
      context: [...card('challenge', entry(o.context.challenge)), ...card('strategicImportance', entry(o.context.strategicImportance)), ...card('stakeholderImpact', entry(o.context.stakeholderImpact))],
      outcomes: [...card('behavior', entry(o.behavior)), ...card('hypothesis', entry(o.hypothesis)), ...card('primary', p ? metricText(p) : []), ...card('secondary', (o.metrics?.secondary ?? []).flatMap(metricText))],
      value: [...card('notes', entries(o.value?.notes ?? [])), ...card('assumptions', entries(o.assumptions))],
      approach: [...card('timeline', entry(o.timeline)), ...card('dependencies', entries(o.dependencies)), ...card('risks', entries(o.risks)), ...card('owner', entry(o.owner))],
    },
    workshop: [
      { key: 'current', label: L.current!, entries: entries(o.workshop.current) },
      { key: 'future', label: L.future!, entries: entries(o.workshop.future) },
      { key: 'barriers', label: L.barriers!, entries: entries(o.workshop.barriers) },
      { key: 'solutions', label: L.solutions!, entries: entries(o.workshop.solutions) },
      { key: 'outcome', label: L.outcome!, entries: [...entry(o.behavior ?? o.title), ...(p ? metricText(p) : [])] },
    ],
    metrics: [p, ...(o.metrics?.secondary ?? [])].filter((m): m is Metric => !!m && !!(m.baseline || m.target)).map((m) => metricView(m, opts)),
    findings: findings
      .filter((f) => f.span.start >= o.span.start && f.span.start <= o.span.end)
      .map((f) => ({ ruleId: f.ruleId, severity: f.severity, message: f.message, line: f.start.line + 1, span: f.span })),
  };
  const roi = roiView(o, opts.lang);
  if (roi) view.roi = roi;
  return view;
}

function unitOf(m: Metric): string {
  const u = m.unit?.value ?? m.target?.unit ?? m.baseline?.unit ?? '';
  return u === '%' ? '%' : u ? ` ${u}` : '';
}

function metricView(m: Metric, opts: { lang: Lang; today: string }): MetricView {
  const L = LABELS[opts.lang];
  const pr = metricProgress(m, opts.today);
  const points: ChartPoint[] = [];
  if (pr.baseline?.date) points.push({ date: pr.baseline.date, value: pr.baseline.value, kind: 'baseline' });
  for (const x of m.measurements) if (x.value && x.date) points.push({ date: x.date.value, value: x.value.value, kind: 'measurement' });
  if (pr.target?.date) points.push({ date: pr.target.date, value: pr.target.value, kind: 'target' });
  points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const loc = localeFor(opts.lang);
  const f = (x: number | undefined) => (x === undefined ? '?' : formatNumber(x, loc));
  const detail =
    opts.lang === 'ko'
      ? `기준 ${f(pr.baseline?.value)} → 최근 ${f(pr.latest?.value)} (예상 ${f(pr.expected)}) → 목표 ${f(pr.target?.value)}`
      : `baseline ${f(pr.baseline?.value)} → latest ${f(pr.latest?.value)} (expected ${f(pr.expected)}) → target ${f(pr.target?.value)}`;
  return { name: m.name?.value ?? '', unit: unitOf(m).trim(), status: pr.status, statusLabel: L[pr.status] ?? pr.status, detail, points, span: m.span };
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
    formula: lang === 'ko' ? 'ROI = (총가치 − 총비용) ÷ 총비용 × 100%' : 'ROI = (total value − total cost) ÷ total cost × 100%',
    byType: Object.entries(r.byType).filter(([, v]) => v !== 0).map(([t, v]) => ({ type: L[t] ?? t, value: money(v)! })),
    items: r.items.map((it) => ({
      type: it.type ? L[it.type] ?? it.type : it.typeText ?? '?',
      value: money(it.minor)!,
      formula: it.basis === 'hours-x-rate' ? `${formatNumber(it.factors[0]!, loc)} h × ${formatNumber(it.factors[1]!, loc)}` : it.basis === 'probability-x-impact' ? `${formatNumber(it.factors[0]!, loc)} × ${formatNumber(it.factors[1]!, loc)}` : formatNumber(it.factors[0] ?? 0, loc),
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
  set('net', money(r.netMinor));
  set('roi', pct(r.roiPercent));
  set('conservativeRoi', pct(r.conservativeRoiPercent));
  set('payback', r.paybackMonths === undefined ? undefined : lang === 'ko' ? `${formatNumber(r.paybackMonths, loc, 1)}개월` : `${formatNumber(r.paybackMonths, loc, 1)} months`);
  return view;
}
