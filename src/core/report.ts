// The Business Outcome Report: one Markdown page a customer or a steering group can read,
// built only from the document's own data (no CRM, no analytics): summary, ROI, a table of
// outcomes with their status, each outcome in detail, and every assumption the figures
// rest on. Every string the user wrote is escaped, so a title with a pipe or a newline
// cannot break a table or start a heading.
import type { Lang } from './finding';
import type { Measure, Metric, Outcome, ValueType } from './model';
import { formatMoney, formatNumber, formatPercent, localeFor, minorDigits } from './money';
import { metricProgress, type Progress, type ProgressStatus } from './progress';
import { computeRoi, hasValue, sumRoi, type ItemProblem, type ItemValue, type RoiFigures, type RoiSummary } from './roi';

export interface ReportOptions {
  /** ISO date the progress is judged on. */
  today: string;
  lang: Lang;
  /** Shown under the title, so a printed report says where it came from. */
  fileName?: string;
}

type Words = typeof EN;

const EN = {
  title: 'Business Outcome Report',
  source: 'Source',
  asOf: 'As of',
  summary: 'Executive summary',
  roi: 'ROI summary',
  breakdown: 'Outcome breakdown',
  details: 'Detailed outcomes',
  assumptions: 'Assumptions',
  valueAssumptions: 'Behind the value figures',
  outcomeAssumptions: 'Key assumptions of the outcomes',
  noOutcomes: 'No outcomes were found in this document.',
  totalValue: 'Total value',
  claimedOf: (claimed: string, validated: string) => `${claimed} claimed, of which ${validated} validated by the customer`,
  roiLine: (roi: string, cons: string) => `${roi} (conservative, validated value only: ${cons})`,
  status: 'Outcome status',
  statusLine: (good: number, all: number) => `${good} of ${all} outcome${all === 1 ? '' : 's'} achieved or on track`,
  furthest: 'Furthest along',
  investment: 'Investment',
  claimed: 'Value claimed',
  validated: 'Value validated',
  net: 'Net value',
  roiLabel: 'ROI',
  conservative: 'Conservative ROI',
  payback: 'Payback',
  months: (m: string) => `${m} months`,
  notComputed: 'n/a',
  paybackNote: 'Payback assumes every value item is a yearly value.',
  noInvestment: 'No investment is stated, so ROI, net value and payback are not computed.',
  someNoInvestment: 'Some outcomes state value without an investment, so no combined ROI is given.',
  mixed: (cs: string) => `The outcomes are in different currencies (${cs}); no combined figures are given. See each outcome below.`,
  noValue: 'No outcome states value or investment.',
  uncounted: 'Some value items could not be valued and count as zero; see the details.',
  colOutcome: 'Outcome',
  colCategory: 'Category',
  colTarget: 'Target',
  colAchieved: 'Achieved',
  colValue: 'Value',
  colStatus: 'Status',
  colItem: 'Value item',
  colAssumption: 'Assumption',
  colValidated: 'Validated by the customer',
  yes: 'yes',
  notYet: 'not yet',
  noAssumption: 'none written',
  untitled: 'Untitled outcome',
  category: 'Category',
  owner: 'Owner',
  goal: 'Goal',
  metric: 'Primary metric',
  secondary: 'Secondary metrics',
  baseline: 'Baseline',
  target: 'Target',
  achieved: 'Achieved',
  by: (v: string, d: string) => `${v} by ${d}`,
  on: (v: string, d: string) => `${v} on ${d}`,
  asOfDate: (v: string, d: string) => `${v} as of ${d}`,
  progressLine: (share: string, expected: string) => `${share} of the planned change; the straight line expected ${expected} on that date`,
  share: (share: string) => `${share} of the planned change`,
  valueCalc: 'Value calculation',
  valueNote: 'Value proposition',
  subtotal: 'Subtotal',
  validatedShort: 'validated',
  unvalidatedShort: 'not yet validated',
  netRoi: (net: string, roi: string, payback: string) => `net value ${net}, ROI ${roi}, payback ${payback}`,
  hoursUnit: 'h',
  notCounted: 'not counted',
  statusWords: { achieved: 'achieved', 'on-track': 'on track', 'at-risk': 'at risk', 'off-track': 'off track', 'no-data': 'no data' } as Record<ProgressStatus, string>,
  problems: {
    'missing-type': 'no type given',
    'unknown-type': 'unknown type',
    'missing-numbers': 'the numbers its type needs are missing',
    'out-of-range': 'a number is out of range',
    'too-large': 'the amount is too large',
  } as Record<ItemProblem, string>,
  types: {
    'hard-savings': 'Hard savings',
    'soft-savings': 'Soft savings',
    'revenue-impact': 'Revenue impact',
    'risk-avoidance': 'Risk avoidance',
    'opportunity-cost': 'Opportunity cost',
  } as Record<ValueType, string>,
  categories: {
    'reduced-business-risk': 'Reduced business risk',
    esg: 'Improved ESG performance',
    'increased-revenue': 'Increased revenue',
    'operational-efficiency': 'Operational efficiency',
    experience: 'Experience',
    innovation: 'Innovation',
  } as Record<string, string>,
};

const KO: Words = {
  title: '비즈니스 성과 보고서',
  source: '출처',
  asOf: '기준일',
  summary: '요약',
  roi: '투자수익률(ROI) 요약',
  breakdown: '성과별 현황',
  details: '성과 상세',
  assumptions: '가정',
  valueAssumptions: '가치 산정의 가정',
  outcomeAssumptions: '성과의 주요 가정',
  noOutcomes: '이 문서에서 성과를 찾지 못했습니다.',
  totalValue: '총 창출 가치',
  claimedOf: (claimed, validated) => `${claimed} (이 중 고객 검증 완료 ${validated})`,
  roiLine: (roi, cons) => `${roi} (보수적 ROI, 검증된 가치만: ${cons})`,
  status: '성과 상태',
  statusLine: (good, all) => `${all}개 중 ${good}개 달성 또는 정상`,
  furthest: '가장 앞선 성과',
  investment: '투자',
  claimed: '창출 가치(전체)',
  validated: '고객 검증 완료 가치',
  net: '순가치',
  roiLabel: '투자수익률(ROI)',
  conservative: '보수적 ROI',
  payback: '투자 회수 기간',
  months: (m) => `${m}개월`,
  notComputed: '계산 불가',
  paybackNote: '투자 회수 기간은 모든 가치 항목을 연간 가치로 보고 계산했습니다.',
  noInvestment: '투자가 없어 ROI, 순가치, 투자 회수 기간을 계산하지 않았습니다.',
  someNoInvestment: '투자 없이 가치만 적힌 성과가 있어 전체 ROI는 계산하지 않았습니다.',
  mixed: (cs) => `성과마다 통화가 다릅니다(${cs}). 합계는 내지 않았으니 아래 성과별 수치를 보세요.`,
  noValue: '가치나 투자를 적은 성과가 없습니다.',
  uncounted: '값을 계산할 수 없는 가치 항목은 0으로 셌습니다. 상세를 보세요.',
  colOutcome: '성과',
  colCategory: '분류',
  colTarget: '목표',
  colAchieved: '실적',
  colValue: '가치',
  colStatus: '상태',
  colItem: '가치 항목',
  colAssumption: '가정',
  colValidated: '고객 검증',
  yes: '완료',
  notYet: '미완료',
  noAssumption: '적힌 가정 없음',
  untitled: '제목 없는 성과',
  category: '분류',
  owner: '책임자',
  goal: '목표 행동',
  metric: '핵심 지표',
  secondary: '보조 지표',
  baseline: '기준선',
  target: '목표',
  achieved: '실적',
  by: (v, d) => `${d}까지 ${v}`,
  on: (v, d) => `${d} 측정 ${v}`,
  asOfDate: (v, d) => `${d} 기준 ${v}`,
  progressLine: (share, expected) => `계획한 변화의 ${share} 달성, 직선 계획상 그날의 기대값은 ${expected}`,
  share: (share) => `계획한 변화의 ${share} 달성`,
  valueCalc: '가치 계산',
  valueNote: '가치 제안',
  subtotal: '소계',
  validatedShort: '고객 검증 완료',
  unvalidatedShort: '고객 검증 전',
  netRoi: (net, roi, payback) => `순가치 ${net}, ROI ${roi}, 투자 회수 기간 ${payback}`,
  hoursUnit: '시간',
  notCounted: '계산 제외',
  statusWords: { achieved: '달성', 'on-track': '정상', 'at-risk': '주의', 'off-track': '지연', 'no-data': '데이터 없음' },
  problems: {
    'missing-type': '유형 없음',
    'unknown-type': '알 수 없는 유형',
    'missing-numbers': '유형에 필요한 숫자 없음',
    'out-of-range': '범위를 벗어난 숫자',
    'too-large': '금액이 너무 큼',
  },
  types: {
    'hard-savings': '직접 비용 절감',
    'soft-savings': '간접 비용 절감',
    'revenue-impact': '매출 영향',
    'risk-avoidance': '리스크 회피',
    'opportunity-cost': '기회비용',
  },
  categories: {
    'reduced-business-risk': '비즈니스 리스크 감소',
    esg: 'ESG 성과 향상',
    'increased-revenue': '매출 증대',
    'operational-efficiency': '운영 효율성',
    experience: '경험',
    innovation: '혁신',
  },
};

const SYMBOL: Record<ProgressStatus, string> = { achieved: '✓', 'on-track': '✓', 'at-risk': '⚠', 'off-track': '✗', 'no-data': '–' };

/**
 * User text for inline Markdown: one line, and the characters that would start emphasis,
 * links, code, HTML or a table cell shown literally.
 */
export function escapeInline(s: string): string {
  return s
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`);
}

/** One report's context: words, locale and the clock. */
interface Ctx {
  w: Words;
  locale: string;
  today: string;
}

interface Row {
  o: Outcome;
  n: number;
  title: string;
  roi?: RoiSummary;
  progress?: Progress;
  metric?: Metric;
}

export function buildReport(outcomes: Outcome[], opts: ReportOptions): string {
  const c: Ctx = { w: opts.lang === 'ko' ? KO : EN, locale: localeFor(opts.lang), today: opts.today };
  const { w } = c;
  const rows: Row[] = outcomes.map((o, i) => {
    const metric = o.metrics?.primary;
    const row: Row = { o, n: i + 1, title: o.title?.value.trim() || w.untitled };
    if (hasValue(o)) row.roi = computeRoi(o.value);
    if (metric) {
      row.metric = metric;
      row.progress = metricProgress(metric, opts.today);
    }
    return row;
  });

  const out: string[] = [`# ${w.title}`, ''];
  const meta = [opts.fileName ? `**${w.source}**: ${escapeInline(opts.fileName)}` : '', `**${w.asOf}**: ${opts.today}`].filter(Boolean);
  out.push(meta.join(' · '), '');
  if (rows.length === 0) {
    out.push(w.noOutcomes, '');
    return out.join('\n');
  }
  const total = sumRoi(rows.flatMap((r) => (r.roi ? [r.roi] : [])));
  out.push(...summary(rows, total, c), ...roiSection(total, c), ...breakdown(rows, c), ...details(rows, c), ...assumptions(rows, c));
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

function money(c: Ctx, minor: number | undefined, currency: string | undefined): string {
  return minor === undefined ? c.w.notComputed : formatMoney(minor, currency, c.locale);
}

function pct(c: Ctx, p: number | undefined): string {
  return p === undefined ? c.w.notComputed : formatPercent(p, c.locale);
}

function months(c: Ctx, m: number | undefined): string {
  return m === undefined ? c.w.notComputed : c.w.months(formatNumber(m, c.locale, 1));
}

function statusText(c: Ctx, s: ProgressStatus | undefined): string {
  const st = s ?? 'no-data';
  return `${SYMBOL[st]} ${c.w.statusWords[st]}`;
}

function summary(rows: Row[], total: ReturnType<typeof sumRoi>, c: Ctx): string[] {
  const { w } = c;
  const out = [`## ${w.summary}`, ''];
  if (total.outcomes && !total.issues.includes('mixed-currencies')) {
    out.push(`- **${w.totalValue}**: ${w.claimedOf(money(c, total.claimedMinor, total.currency), money(c, total.validatedMinor, total.currency))}`);
    out.push(`- **${w.roiLabel}**: ${w.roiLine(pct(c, total.roiPercent), pct(c, total.conservativeRoiPercent))}`);
  }
  const counts = new Map<ProgressStatus, number>();
  for (const r of rows) {
    const s = r.progress?.status ?? 'no-data';
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  const good = (counts.get('achieved') ?? 0) + (counts.get('on-track') ?? 0);
  const tally = (['achieved', 'on-track', 'at-risk', 'off-track', 'no-data'] as ProgressStatus[])
    .filter((s) => counts.get(s))
    .map((s) => `${SYMBOL[s]} ${w.statusWords[s]} ${counts.get(s)}`)
    .join(' · ');
  out.push(`- **${w.status}**: ${w.statusLine(good, rows.length)} (${tally})`);
  const lead = rows
    .filter((r) => r.progress?.actualFraction !== undefined && r.progress.actualFraction > 0)
    .sort((a, b) => b.progress!.actualFraction! - a.progress!.actualFraction!)[0];
  if (lead) out.push(`- **${w.furthest}**: ${escapeInline(lead.title)} (${w.share(formatPercent(lead.progress!.actualFraction! * 100, c.locale))}, ${statusText(c, lead.progress!.status)})`);
  out.push('');
  return out;
}

function roiSection(total: ReturnType<typeof sumRoi>, c: Ctx): string[] {
  const { w } = c;
  const out = [`## ${w.roi}`, ''];
  if (total.issues.includes('mixed-currencies')) return [...out, w.mixed(total.currencies.map((x) => x || '?').join(', ')), ''];
  if (!total.outcomes) return [...out, w.noValue, ''];
  out.push('```text', ...figureLines(total as RoiFigures, c), '```', '');
  if (total.issues.includes('investment-missing-for-some')) out.push(w.someNoInvestment, '');
  else if (total.investmentMinor === undefined) out.push(w.noInvestment, '');
  if (total.issues.includes('uncounted-items')) out.push(w.uncounted, '');
  if (total.paybackMonths !== undefined) out.push(w.paybackNote, '');
  return out;
}

/** Aligned label/value lines for a code block (no user text inside). */
function figureLines(f: RoiFigures, c: Ctx): string[] {
  const { w } = c;
  const cur = f.currency;
  const pairs: [string, string][] = [
    [w.investment, money(c, f.investmentMinor, cur)],
    [w.claimed, money(c, f.claimedMinor, cur)],
    [w.validated, money(c, f.validatedMinor, cur)],
    [w.net, money(c, f.netMinor, cur)],
    [w.roiLabel, pct(c, f.roiPercent)],
    [w.conservative, pct(c, f.conservativeRoiPercent)],
    [w.payback, months(c, f.paybackMonths)],
  ];
  const width = Math.max(...pairs.map(([l]) => displayWidth(l)));
  const valueWidth = Math.max(...pairs.map(([, v]) => displayWidth(v)));
  const lines = pairs.map(([l, v]) => `${l}${' '.repeat(width - displayWidth(l) + 2)}${' '.repeat(valueWidth - displayWidth(v))}${v}`);
  lines.splice(3, 0, '─'.repeat(width + 2 + valueWidth));
  return lines;
}

/** Columns a string takes in a monospace font: Hangul and other wide characters take two. */
function displayWidth(s: string): number {
  let n = 0;
  for (const ch of s) n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return n;
}

function category(c: Ctx, o: Outcome): string {
  const raw = o.category?.value.trim();
  if (!raw) return '–';
  return c.w.categories[raw] ?? escapeInline(raw);
}

/** A metric point as "80%" or "12 hours"; the free text as written when there is no number. */
function measure(c: Ctx, m: Measure | undefined, metric: Metric | undefined, digits = 4): string | undefined {
  if (!m) return undefined;
  const v = m.value?.value;
  if (v === undefined || !Number.isFinite(v)) return m.raw?.value.trim() ? escapeInline(m.raw.value) : undefined;
  const unit = (metric?.unit?.value ?? m.unit ?? '').trim();
  const num = formatNumber(v, c.locale, digits);
  if (!unit) return num;
  return /^[%％]$/.test(unit) ? `${num}${unit}` : `${num} ${escapeInline(unit)}`;
}

function targetText(c: Ctx, metric: Metric | undefined): string {
  const t = measure(c, metric?.target, metric);
  if (!t) return '–';
  const d = metric?.target?.date?.value;
  return d ? c.w.by(t, d) : t;
}

function achievedText(c: Ctx, r: Row): string {
  const p = r.progress?.latest;
  if (!p) return '–';
  const v = measure(c, { span: { start: 0, end: 0 }, value: { value: p.value, span: { start: 0, end: 0 } } }, r.metric);
  return v && p.date ? c.w.on(v, p.date) : (v ?? '–');
}

function cell(s: string): string {
  return s === '' ? '–' : s;
}

function breakdown(rows: Row[], c: Ctx): string[] {
  const { w } = c;
  const out = [
    `## ${w.breakdown}`,
    '',
    `| # | ${w.colOutcome} | ${w.colCategory} | ${w.colTarget} | ${w.colAchieved} | ${w.colValue} | ${w.colStatus} |`,
    '| ---: | --- | --- | --- | --- | ---: | --- |',
  ];
  for (const r of rows) {
    const value = r.roi ? money(c, r.roi.claimedMinor, r.roi.currency) : '–';
    out.push(`| ${r.n} | ${cell(escapeInline(r.title))} | ${category(c, r.o)} | ${targetText(c, r.metric)} | ${achievedText(c, r)} | ${value} | ${statusText(c, r.progress?.status)} |`);
  }
  out.push('');
  return out;
}

function details(rows: Row[], c: Ctx): string[] {
  const { w } = c;
  const out = [`## ${w.details}`, ''];
  for (const r of rows) {
    const o = r.o;
    out.push(`### ${r.n}. ${escapeInline(r.title)}`, '');
    const bullet = (label: string, text: string | undefined) => text && out.push(`- **${label}**: ${text}`);
    bullet(w.category, o.category ? category(c, o) : undefined);
    bullet(w.owner, o.owner ? escapeInline(o.owner.value) : undefined);
    const goal = o.behavior?.value ?? o.hypothesis?.value;
    bullet(w.goal, goal ? escapeInline(goal) : undefined);
    if (r.metric) {
      const m = r.metric;
      const unit = m.unit?.value.trim();
      // A template's metric line often carries its unit already: "Reports ready (%)".
      const named = m.name?.value.trim() ?? '';
      const withUnit = unit && !named.endsWith(`(${unit})`) ? `${named} (${unit})` : named;
      bullet(w.metric, named ? escapeInline(withUnit) : undefined);
      const b = measure(c, m.baseline, m);
      const bd = m.baseline?.date?.value;
      bullet(w.baseline, b && bd ? w.asOfDate(b, bd) : b);
      bullet(w.target, targetText(c, m) === '–' ? undefined : targetText(c, m));
      const p = r.progress;
      const achieved = achievedText(c, r);
      if (achieved !== '–') {
        const how = p?.actualFraction !== undefined && p.expected !== undefined
          ? `; ${w.progressLine(formatPercent(p.actualFraction * 100, c.locale), measure(c, { span: { start: 0, end: 0 }, value: { value: p.expected, span: { start: 0, end: 0 } } }, m, 2) ?? '')}`
          : '';
        bullet(w.achieved, achieved + how);
      }
      bullet(w.colStatus, statusText(c, p?.status));
    }
    const secondary = o.metrics?.secondary ?? [];
    if (secondary.length) {
      out.push(`- **${w.secondary}**:`);
      for (const s of secondary) {
        const sp = metricProgress(s, c.today);
        out.push(`  - ${escapeInline(s.name?.value ?? '–')}: ${statusText(c, sp.status)}`);
      }
    }
    // Free-text value lines of a Markdown template (Financial Impact, ...), as written.
    for (const note of o.value?.notes ?? []) if (note.value.trim()) bullet(w.valueNote, escapeInline(note.value));
    if (r.roi) out.push('', ...valueLines(r.roi, c));
    out.push('');
  }
  return out;
}

/** A factor shown as money when the currency can hold it exactly, else as a number and code. */
function moneyFactor(c: Ctx, x: number, currency: string | undefined): string {
  const d = minorDigits(currency);
  const scaled = x * 10 ** d;
  if (Number.isInteger(scaled) && Number.isSafeInteger(scaled)) return formatMoney(scaled, currency, c.locale);
  return `${formatNumber(x, c.locale, 6)}${currency ? ` ${currency}` : ''}`;
}

function itemFormula(c: Ctx, it: ItemValue, currency: string | undefined): string {
  const [a, b] = it.factors;
  if (it.basis === 'hours-x-rate') return `${formatNumber(a!, c.locale, 2)} ${c.w.hoursUnit} × ${moneyFactor(c, b!, currency)} = `;
  if (it.basis === 'probability-x-impact') return `${formatPercent(a! * 100, c.locale).replace(/\.0%$/, '%')} × ${moneyFactor(c, b!, currency)} = `;
  return '';
}

function valueLines(roi: RoiSummary, c: Ctx): string[] {
  const { w } = c;
  const cur = roi.currency;
  const out = [`**${w.valueCalc}**${cur ? ` (${cur})` : ''}:`, ''];
  for (const it of roi.items) {
    const name = it.type ? w.types[it.type] : escapeInline(it.typeText ?? '?');
    if (!it.counted) {
      out.push(`- ${name}: ${w.notCounted} (${w.problems[it.problem ?? 'missing-numbers']})`);
      continue;
    }
    out.push(`- ${name}: ${itemFormula(c, it, cur)}${money(c, it.minor, cur)} (${it.validated ? w.validatedShort : w.unvalidatedShort})`);
  }
  out.push(`- **${w.subtotal}**: ${money(c, roi.claimedMinor, cur)} (${w.validatedShort}: ${money(c, roi.validatedMinor, cur)})`);
  if (roi.investmentMinor !== undefined) {
    out.push(`- **${w.investment}**: ${money(c, roi.investmentMinor, cur)}; ${w.netRoi(money(c, roi.netMinor, cur), pct(c, roi.roiPercent), months(c, roi.paybackMonths))}`);
  } else out.push(`- **${w.investment}**: ${w.notComputed}`);
  return out;
}

function assumptions(rows: Row[], c: Ctx): string[] {
  const { w } = c;
  const out = [`## ${w.assumptions}`, ''];
  const valueRows: string[] = [];
  for (const r of rows) {
    for (const it of r.roi?.items ?? []) {
      const name = it.type ? w.types[it.type] : escapeInline(it.typeText ?? '?');
      const amount = it.counted ? ` (${money(c, it.minor, r.roi!.currency)})` : '';
      const text = it.assumption ? escapeInline(it.assumption) : `_${w.noAssumption}_`;
      const ok = it.validated ? `✓ ${w.yes}` : `**✗ ${w.notYet}**`;
      valueRows.push(`| ${r.n}. ${cell(escapeInline(r.title))} | ${name}${amount} | ${text} | ${ok} |`);
    }
  }
  if (valueRows.length) {
    out.push(`### ${w.valueAssumptions}`, '', `| ${w.colOutcome} | ${w.colItem} | ${w.colAssumption} | ${w.colValidated} |`, '| --- | --- | --- | --- |', ...valueRows, '');
  }
  const outcomeRows = rows.flatMap((r) => r.o.assumptions.filter((a) => a.value.trim()).map((a) => `- **${r.n}. ${escapeInline(r.title)}**: ${escapeInline(a.value)}`));
  if (outcomeRows.length) out.push(`### ${w.outcomeAssumptions}`, '', ...outcomeRows, '');
  if (!valueRows.length && !outcomeRows.length) out.push('–', '');
  return out;
}
