// "New CBO (Guided)": the account, then the discovery workshop's order as a sequence of answers (current →
// future → barriers → solutions → the outcome as behaviour → hypothesis → primary metric →
// baseline → target and deadline → category → value), each judged by the same rules as a
// file before it is accepted, then written as a CBO YAML file or a Markdown template section.
// Pure: the host asks the questions; this file judges the answers and writes the result.
import type { ResolvedConfig } from './config';
import type { Finding, Lang, Severity } from './finding';
import { lint } from './lint';
import { CATEGORIES, VALUE_TYPES, type Category } from './model';
import { categoryId, displayLabel, displaySection } from './parse/markdown-labels';
import { categoryName, REPORT_WORDS } from './report-words';
import { findDates } from './text/date';
import { extractQuantities } from './text/quantity';
import { MAX_MONEY_TEXT } from './text/money-text';
import { append } from './arrays';
import { formatNumber, localeFor } from './money';
import { grouped, howWords, parseValue, percent, VALUE_FIELDS, valueComplete, valueTypeLead, valueMarkdownLine, valueYamlFields, yamlAssumption, yearlyValue, type ValueAnswer } from './guided-value';
import { readInvestment, type InvestmentAnswer } from './guided-investment';
import { boundMessage, countMessage, negativeMessage, runningMessage, unreadMessage } from './rules/value-no-investment';
import { judgeAccount } from './guided-account';
import { exampleDates, koreanDate } from './guided-dates';

export { parseValue };

// The account first: the customer is known before the workshop, and the portfolio needs it to
// count the outcome (guided-account.ts).
export const GUIDED_STEPS = ['account', 'current', 'future', 'barriers', 'solutions', 'behavior', 'hypothesis', 'metric', 'baseline', 'target', 'category', 'value', 'investment'] as const;
export type GuidedStep = (typeof GUIDED_STEPS)[number];

export interface GuidedAnswers {
  /** The customer (empty: none yet, and the file names none). */
  account?: string;
  current?: string;
  future?: string;
  barriers?: string;
  solutions?: string;
  behavior?: string;
  hypothesis?: string;
  /** "Checkout completion rate (%)": the name, with the unit in closing parentheses. */
  metric?: string;
  /** "62 on 2026-09-30": a number and the day it was measured. */
  baseline?: string;
  /** "80 by 2027-06-30": a number and the deadline. */
  target?: string;
  category?: Category;
  /** "hard-savings 80000: two contract seats no longer needed" (empty: no value yet). */
  value?: string;
  /** "120000": the total cost of the work (empty: not known yet). */
  investment?: string;
}

export interface StepJudgement {
  severity: Severity;
  message: string;
}

/** Rules whose findings on a step's text are that step's judgement. */
const STEP_RULES: Partial<Record<GuidedStep, RegExp>> = {
  behavior: /^(output-as-outcome|unmeasured-aspiration|weasel-word|no-actor|no-placeholder)$/,
  hypothesis: /^(hypothesis-link|no-placeholder|weasel-word)$/,
  // deadline-passed is not among them: a deadline before today is refused first (pastDeadline),
  // since the rule's advice (record the final measurement) is for an outcome under way.
  target: /^(target-direction|target-unreachable|missing-deadline|target-not-quantified)$/,
  baseline: /^(missing-baseline|measurement-in-future)$/,
};

const MSG: Record<Lang, Record<string, string>> = {
  en: {
    empty: 'Write a short answer: the canvas shows it in the workshop strip.',
    behavior: 'Write whose behaviour changes, and how: it is the CBO\'s title, e.g. "Analysts prepare the morning meeting from yesterday\'s sales report".',
    hypothesis: 'Write which business result follows when this behaviour changes, and why, e.g. "If …, support cost falls because …".',
    metric: 'Name the one number that shows the change, with its unit in brackets, e.g. "Checkout completion rate (%)".',
    baseline: 'Write the value today and when it was measured, e.g. "62 on {0}".',
    target: 'Write the value to reach and by when, e.g. "80 by {0}".',
    pastDeadline: 'The deadline {0} has already passed (today is {1}): a new outcome\'s deadline is still ahead. Write the value to reach by a date after today.',
    value: 'Write a value type, an amount and what it rests on, e.g. "hard-savings 80000: two contract seats no longer needed"; leave empty to add value later.',
    valueType: 'Start with one of: {0}.',
    share: 'A share is not an amount: write what it is worth in money, e.g. "revenue-impact 120000: deal size up 15% on 800000 of deals".',
    'soft-savings': 'Soft savings are hours × the value of an hour, e.g. "soft-savings 1200 × 45: agents answer fewer calls".',
    'opportunity-cost': 'Write an amount or hours × the value of an hour, e.g. "opportunity-cost 300 × 90: analysts move to pricing work".',
    'risk-avoidance': 'Risk avoidance is probability × impact, e.g. "risk-avoidance 10% × 1000000: a card-scheme fine avoided".',
    investment: 'Write the total cost as an amount, with its currency and a short note if you like, e.g. "120000" or "120000 USD: two developers for six months"; leave empty if it is not known yet.',
    valueLine: 'This reads as a value line (it starts with {0}): the investment is what the work costs, e.g. "120000"; the value is the step before.',
    category: 'Pick one of: {0}.',
    currencies: 'The value is in {0} and the investment in {1}: an outcome is counted in one currency. Write the investment in {0}.',
    perYear: 'Counted for a year: {0} = {1}.',
    product: 'Counted: {0} = {1}.',
    firstYear: 'Counted for the first year, the one-off cost and the first year\'s running cost: {0} = {1}.',
    investmentPeriod: 'The investment is the whole cost of the work: write a month\'s cost times the months, e.g. "$20,000 per month × 6 months", or the total.',
    reason: 'Add what the figure rests on after a colon: the source, the volume, the rate, e.g. "{0}: …". The figure itself is read: {1} a year.',
    total: 'The total after "=" is not {0}, the figures multiplied: write the figures, or the total alone.',
    tooLong: 'This answer is {0} characters long, and its figures are read from the first {1} only: write the figures and their reason within {1} characters.',
  },
  ko: {
    empty: '짧게 답을 적으세요. 캔버스의 워크숍 단계에 그대로 나옵니다.',
    behavior: '누구의 행동이 어떻게 바뀌는지 적으세요. CBO의 제목이 됩니다(예: "분석가가 전일 매출 보고서로 아침 회의를 준비한다").',
    hypothesis: '이 행동이 바뀌면 어떤 비즈니스 결과가 왜 따라오는지 적으세요(예: "…하면 …때문에 지원 비용이 줄어든다").',
    metric: '변화를 보여 줄 숫자 하나를 단위와 함께 적으세요(예: "결제 완료율 (%)").',
    baseline: '지금 값과 측정 날짜를 적으세요(예: "62, {0}" 또는 "{1} 기준 62%").',
    target: '도달할 값과 기한을 적으세요(예: "80, {0}" 또는 "{1}까지 80%").',
    pastDeadline: '기한({0})이 이미 지났습니다(오늘 {1}). 새 성과의 기한은 앞으로 올 날짜입니다. 오늘 이후의 날짜까지 도달할 값을 적으세요.',
    value: '가치 유형, 금액, 근거를 적으세요(예: "직접 비용 절감 8천만 원: 계약직 두 자리 절감"). 나중에 넣으려면 비워 두세요.',
    valueType: '다음 중 하나로 시작하세요: {0}.',
    share: '비율은 금액이 아닙니다. 그 비율이 돈으로 얼마인지 적으세요(예: "매출 영향 1억 2천만 원: 8억 원 거래의 단가 15% 상승").',
    'soft-savings': '간접 비용 절감은 시간 × 시간당 가치로 적으세요(예: "간접 비용 절감 1,200시간 × 45,000원: 상담 전화 감소").',
    'opportunity-cost': '금액이나 시간 × 시간당 가치로 적으세요(예: "기회비용 300시간 × 90,000원: 분석가가 가격 업무로 이동").',
    'risk-avoidance': '리스크 회피는 확률 × 영향으로 적으세요(예: "리스크 회피 10% × 10억 원: 카드사 과태료 회피").',
    investment: '총비용을 금액으로 적으세요. 통화와 짧은 메모를 붙여도 됩니다(예: "1억 2천만 원" 또는 "120,000,000원: 개발자 2명 6개월"). 아직 모르면 비워 두세요.',
    valueLine: '가치 항목({0})처럼 읽힙니다. 투자에는 작업에 드는 총비용을 적으세요(예: "1억 2천만 원"). 가치는 앞 단계에서 적습니다.',
    category: '다음 중 하나를 고르세요: {0}.',
    currencies: '가치는 {0}, 투자는 {1}입니다. 한 성과는 한 통화로 셉니다. 투자를 {0}로 적으세요.',
    perYear: '연간으로 셉니다: {0} = {1}.',
    product: '곱해서 셉니다: {0} = {1}.',
    firstYear: '일회성 비용과 첫해 유지비를 더해 첫해 비용으로 셉니다: {0} = {1}.',
    investmentPeriod: '투자는 작업의 전체 비용입니다. 월 비용에 개월 수를 곱해 적거나(예: "월 2,000만 원 × 6개월") 합계를 적으세요.',
    reason: '숫자의 근거(자료, 물량, 단가)를 콜론 뒤에 적으세요(예: "{0}: …"). 숫자는 읽었습니다: 연 {1}.',
    total: '"=" 뒤의 합계가 숫자들을 곱한 값({0})과 다릅니다. 곱할 숫자들이나 합계 하나만 적으세요.',
    tooLong: '이 답은 {0}자인데, 숫자는 앞 {1}자에서만 읽습니다. 숫자와 근거를 {1}자 안에 적으세요.',
  },
};

export function parseMetric(s: string): { name: string; unit?: string } {
  const m = /^(.*?)\s*\(([^()]{1,16})\)\s*$/.exec(s.trim());
  return m ? { name: m[1]!, unit: m[2]!.trim() } : { name: s.trim() };
}

/** A number and an ISO date in free text ("62 on 2026-09-30", "80, 2027-06-30"). */
export function parsePoint(s: string): { value?: number; date?: string } {
  const date = findDates(s)[0];
  const rest = date ? s.slice(0, date.start) + ' ' + s.slice(date.end) : s;
  const q = extractQuantities(rest)[0];
  return { ...(q ? { value: q.value } : {}), ...(date ? { date: date.iso } : {}) };
}

/**
 * The language of the written CBO: the answers' own (a Korean outcome gets Korean labels and
 * KRW), else `fallback`. The editor and `cbo new` both decide by it.
 */
export function answersLang(a: GuidedAnswers, fallback: Lang): Lang {
  // The answers decide when there are any: English answers in a Korean session get English
  // labels and USD (they got Korean labels and KRW: "36000원: two batch servers switched off").
  const b = a.behavior?.trim() ?? '';
  return /[가-힣]/.test(b) ? 'ko' : b ? 'en' : fallback;
}

const str = (s: string) => JSON.stringify(s);

const investmentOf = (a: GuidedAnswers) => readInvestment(a.investment);

/** The category's id, however the answer spells it ("운영 효율성", "Operational efficiency", "operational-efficiency"). */
export function guidedCategory(answer: string | undefined): Category | undefined {
  const id = answer === undefined ? undefined : categoryId(answer);
  return CATEGORIES.find((c) => c === id);
}

/** The categories by name in a language, in the order they are offered. */
export function categoryNames(lang: Lang, ids: readonly Category[] = CATEGORIES): string[] {
  return ids.map((c) => categoryName(REPORT_WORDS[lang], c));
}

/** The outcome's currency: as the answers write it, else the language's (KRW in Korean, USD). */
function currencyOf(v: ValueAnswer | undefined, a: GuidedAnswers, lang: Lang): string {
  return v?.currency ?? investmentOf(a).currency ?? (lang === 'ko' ? 'KRW' : 'USD');
}

/** A figure as money, as the Markdown section writes it: "5,000,000원" in Korean, "48,000 USD". */
function moneyIn(currency: string, lang: Lang): (n: number) => string {
  return (n) => (currency === 'KRW' && lang === 'ko' ? `${grouped(n)}원` : `${grouped(n)} ${currency}`);
}

/** The CBO as YAML, from the answers given so far (unanswered parts are left out). */
export function guidedYaml(a: GuidedAnswers, lang: Lang): string {
  const out = ['cbo: 1'];
  if (a.behavior) out.push(`title: ${str(a.behavior)}`);
  if (a.category) out.push(`category: ${guidedCategory(a.category) ?? a.category}`);
  // Where the template puts it, after the category; the portfolio groups by it.
  if (a.account?.trim()) out.push(`account: ${str(a.account.trim())}`);
  if (a.current) out.push('context:', `  challenge: ${str(a.current)}`);
  const ws = (['current', 'future', 'barriers', 'solutions'] as const).filter((k) => a[k]);
  if (ws.length) append(out, ['workshop:', ...ws.map((k) => `  ${k}: [${str(a[k]!)}]`)]);
  if (a.behavior || a.hypothesis) {
    out.push('outcome:');
    if (a.behavior) out.push(`  behavior: ${str(a.behavior)}`);
    if (a.hypothesis) out.push(`  hypothesis: ${str(a.hypothesis)}`);
  }
  if (a.metric) {
    const m = parseMetric(a.metric);
    const b = a.baseline ? parsePoint(a.baseline) : {};
    const t = a.target ? parsePoint(a.target) : {};
    out.push('metrics:', '  primary:', `    name: ${str(m.name)}`);
    if (m.unit) out.push(`    unit: ${str(m.unit)}`);
    if (b.value !== undefined && t.value !== undefined && b.value !== t.value) out.push(`    direction: ${t.value > b.value ? 'increase' : 'decrease'}`);
    if (b.value !== undefined) out.push(`    baseline: { value: ${b.value}${b.date ? `, asOf: ${b.date}` : ''} }`);
    if (t.value !== undefined) out.push(`    target: { value: ${t.value}${t.date ? `, by: ${t.date}` : ''} }`);
  }
  const v = a.value ? parseValue(a.value) : undefined;
  const valued = v && valueComplete(v);
  const investment = investmentOf(a);
  const inv = investment.value;
  if (valued || inv !== undefined) {
    out.push('value:', `  currency: ${currencyOf(v, a, lang)}`);
    if (inv !== undefined) out.push(`  investment: ${inv}${yamlComment(investmentNote(investment, moneyIn(currencyOf(v, a, lang), lang)))}`);
  }
  if (valued) {
    const assumption = yamlAssumption(v, lang);
    out.push('  items:', `    - { type: ${v.type}, ${valueYamlFields(v)}${assumption ? `, assumption: ${str(assumption)}` : ''}${v.validated ? ', validated: true' : ''} }`);
  }
  return out.join('\n') + '\n';
}

/**
 * How the investment was made, as the step said it ("월 2,000만 원 × 6개월 = 120,000,000원"):
 * the schema has no key for it (`investment` is a number, and `value` takes no notes), so the file
 * keeps it as a comment beside the figure, as a value item keeps its figures in `assumption`.
 */
function investmentNote(inv: InvestmentAnswer, money: (n: number) => string): string | undefined {
  return inv.product && inv.value !== undefined ? `${inv.product} = ${money(inv.value)}` : undefined;
}

/** " # text" after a YAML value, on the line: a line break in the text would end the comment. */
const yamlComment = (text: string | undefined): string => (text ? `  # ${text.replace(/[\r\n\u0085\u2028\u2029]+/g, ' ')}` : '');

/** The CBO as a section of the framework's Markdown template, in the answer's language. */
export function guidedMarkdown(a: GuidedAnswers, lang: Lang): string {
  const L = (f: Parameters<typeof displayLabel>[0]) => displayLabel(f, lang);
  const S = (s: Parameters<typeof displaySection>[0]) => `### ${displaySection(s, lang)}`;
  const b = a.baseline ? parsePoint(a.baseline) : {};
  const t = a.target ? parsePoint(a.target) : {};
  const m = a.metric ? parseMetric(a.metric) : undefined;
  const u = m?.unit === '%' ? '%' : m?.unit ? ` ${m.unit}` : '';
  const lines = [`## CBO: ${a.behavior ?? ''}`, ''];
  // The category by its name in the plan's language, in the context section, as the template puts it.
  const category = a.category ? categoryName(REPORT_WORDS[lang], guidedCategory(a.category) ?? a.category) : undefined;
  const account = a.account?.trim();
  if (account || category || a.current) {
    lines.push(S('context'));
    // The template's first line of the context ("- **Account**:", "- **고객사**:").
    if (account) lines.push(`- **${L('account')}**: ${account}`);
    if (category) lines.push(`- **${L('category')}**: ${category}`);
    if (a.current) lines.push(`- **${L('challenge')}**: ${a.current}`);
    lines.push('');
  }
  lines.push(S('workshop'));
  for (const k of ['current', 'future', 'barriers', 'solutions'] as const) if (a[k]) lines.push(`- **${L(k)}**: ${a[k]}`);
  lines.push('', S('outcome'), `- **${L('behavior')}**: ${a.behavior ?? ''}`);
  if (a.hypothesis) lines.push(`- **${L('hypothesis')}**: ${a.hypothesis}`);
  lines.push('', S('metrics'));
  if (m) lines.push(`- **${L('primary')}**: ${a.metric}`);
  if (b.value !== undefined) lines.push(`- **${L('baseline')}**: ${b.value}${u}${b.date ? (lang === 'ko' ? ` (${b.date} 기준)` : ` as of ${b.date}`) : ''}`);
  if (t.value !== undefined) lines.push(`- **${L('target')}**: ${t.value}${u}`);
  if (t.date) lines.push(`- **${L('timeline')}**: ${lang === 'ko' ? t.date : `by ${t.date}`}`);
  const v = a.value ? parseValue(a.value) : undefined;
  const valued = v && valueComplete(v);
  const money = moneyIn(currencyOf(v, a, lang), lang);
  if (valued) {
    const field = VALUE_FIELDS[v.type!];
    lines.push('', S('value'), `- **${L(field)}**: ${valueMarkdownLine(v, money, lang)}`);
  }
  const inv = investmentOf(a).value;
  if (inv !== undefined) {
    if (!valued) lines.push('', S('value'));
    lines.push(`- **${L('investment')}**: ${money(inv)}`);
  }
  return lines.join('\n') + '\n';
}

/**
 * The finding `cbo check` gives the answer written as a plan's value line, in the user's
 * language: why the plan's reader counts it as 0 ("multiplied by 3 years"), said the same way.
 */
function valueLineFinding(answer: string, config: ResolvedConfig): string | undefined {
  const t = answer.trim();
  const lead = valueTypeLead(t);
  if (!lead) return undefined;
  const lang = config.lang;
  const line = `- **${displayLabel(VALUE_FIELDS[lead.type], lang)}**: ${t.slice(lead.length).trim()}`;
  const md = `## CBO: ${lang === 'ko' ? '가치' : 'Value'}\n\n### ${displaySection('value', lang)}\n${line}\n`;
  const at = md.indexOf(line);
  return lint(md, 'markdown', config).findings.find((f) => (f.ruleId === 'value-item-incomplete' || f.ruleId === 'value-too-large') && f.span.start >= at)?.message;
}

/** The value types as an answer may start with them: the ids in English, the template's labels in Korean (the ids are read too). */
function valueTypeNames(lang: Lang): string {
  return lang === 'ko' ? VALUE_TYPES.map((t) => displayLabel(VALUE_FIELDS[t], 'ko')).join(', ') : VALUE_TYPES.join(', ');
}

/** An answer too long to read whole (text/money-text.ts), asked again with its length and the limit. */
function tooLongMessage(M: Record<string, string>, length: number, lang: Lang): string {
  return M.tooLong!.replace('{0}', formatNumber(length, localeFor(lang), 0)).replace(/\{1\}/g, formatNumber(MAX_MONEY_TEXT, localeFor(lang), 0));
}

/**
 * What the baseline or target step asks for, its examples dated from today as the question's
 * are (guided-dates.ts): a fixed date became, in time, a deadline this very step refuses.
 */
function pointPrompt(step: 'baseline' | 'target', M: Record<string, string>, today: string): string {
  const date = exampleDates(today)[step];
  return M[step]!.replace('{0}', date).replace('{1}', koreanDate(date));
}

/**
 * Judges one step's answer with the engine: the rules that speak about that part of an
 * outcome run on the CBO written so far, and the worst finding on the answer is the verdict.
 */
export function judgeStep(step: GuidedStep, answers: GuidedAnswers, config: ResolvedConfig, accounts: readonly string[] = []): StepJudgement | undefined {
  const lang = config.lang;
  const answer = step === 'category' ? answers.category : answers[step];
  const M = MSG[lang];
  // `accounts`: the names the workspace's CBO files use, so another spelling of one is said.
  if (step === 'account') return judgeAccount(answer, accounts, lang);
  if (step === 'investment') {
    if (!answer?.trim()) return undefined;
    const inv = investmentOf(answers);
    if (inv.tooLong) return { severity: 'error', message: tooLongMessage(M, inv.tooLong, lang) };
    if (inv.valueLine) return { severity: 'error', message: M.valueLine!.replace('{0}', inv.valueLine) };
    if (inv.ask) return { severity: 'error', message: M.investmentPeriod! };
    // A factor the plan's reader cannot use: the words `cbo check` gives on the plan's line.
    if (inv.unread) return { severity: 'error', message: unreadMessage(lang, inv.unread) };
    if (inv.count) return { severity: 'error', message: countMessage(lang, inv.count) };
    if (inv.running) return { severity: 'error', message: runningMessage(lang, inv.running) };
    if (inv.bound) return { severity: 'error', message: boundMessage(lang, inv.bound) };
    if (inv.negative !== undefined) return { severity: 'error', message: negativeMessage(lang, inv.negative) };
    if (inv.value === undefined) return { severity: 'error', message: M.investment! };
    // One outcome counts in one currency: "36000 EUR" of value against "$120000" cannot be set
    // against each other, and the file has one `currency:`.
    const valueCurrency = answers.value ? parseValue(answers.value)?.currency : undefined;
    const invCurrency = inv.currency;
    if (valueCurrency && invCurrency && valueCurrency !== invCurrency) return { severity: 'error', message: M.currencies!.replace(/\{0\}/g, valueCurrency).replace('{1}', invCurrency) };
    // The whole cost from a month's × the months: said, so the product is seen before the file is written.
    if (inv.product) return { severity: 'info', message: (inv.firstYear ? M.firstYear! : M.product!).replace('{0}', inv.product).replace('{1}', moneyIn(currencyOf(answers.value ? parseValue(answers.value) : undefined, answers, lang), lang)(inv.value)) };
    return undefined;
  }
  if (step === 'value') {
    if (!answer?.trim()) return undefined;
    const v = parseValue(answer);
    if (!v?.type) return { severity: 'error', message: M.valueType!.replace('{0}', valueTypeNames(lang)) };
    if (v.tooLong) return { severity: 'error', message: tooLongMessage(M, v.tooLong, lang) };
    const money = moneyIn(currencyOf(v, answers, lang), lang);
    if (v.share) return { severity: 'error', message: M.share! };
    // Hours written as an amount: they are valued as hours × the value of an hour.
    if (v.count) return { severity: 'error', message: M['soft-savings']! };
    if (v.problem === 'total-mismatch') return { severity: 'error', message: M.total!.replace('{0}', money(v.product!)) };
    // What the plan's reader counts as 0 for a reason of its own ("× 3 years"): that reason, as `cbo check` gives it.
    if (v.problem && v.problem !== 'missing-numbers' && v.problem !== 'out-of-range') {
      const said = valueLineFinding(answer, config);
      if (said) return { severity: 'error', message: said };
    }
    if (!valueComplete(v)) return { severity: 'error', message: (v.type === 'soft-savings' || v.type === 'risk-avoidance' || v.type === 'opportunity-cost' ? M[v.type] : M.value)! };
    // The figures are read: only the reason is missing, and the figure read is said.
    if (!v.assumption) return { severity: 'error', message: M.reason!.replace('{0}', answer.trim()).replace('{1}', money(yearlyValue(v)!)) };
    // A month's figure goes into the file as a year's, and a count into its figure: said, so
    // "월 500만 원" is seen to become 60,000,000 before the file is written.
    const how = howWords(v, lang);
    if (how && v.how) {
      // Hours: "월 100시간 × 12개월 × 30,000원 = 36,000,000원"; a count: "9,000 calls × $6 = 54,000 USD".
      const [a, b] = v.factors ?? [];
      const words = v.type === 'risk-avoidance' && a !== undefined ? `${percent(a)} × ${how}` : b !== undefined ? `${how} × ${money(b)}` : how;
      return { severity: 'info', message: (v.how.year ? M.perYear : M.product)!.replace('{0}', words).replace('{1}', money(yearlyValue(v)!)) };
    }
    return undefined;
  }
  // An empty answer is told what its own step asks for (the workshop steps share one message).
  const pickCategory = () => M.category!.replace('{0}', categoryNames(lang).join(', '));
  if (!answer || !String(answer).trim()) return { severity: 'error', message: (step === 'category' ? pickCategory() : step === 'baseline' || step === 'target' ? pointPrompt(step, M, config.today) : M[step]) ?? M.empty! };
  // Any spelling the Markdown reader takes: the id, the English or the Korean name, any case.
  if (step === 'category') return guidedCategory(answer) ? undefined : { severity: 'error', message: pickCategory() };
  if (step === 'metric' && !parseMetric(answer).name) return { severity: 'error', message: M.metric! };
  if (step === 'baseline' || step === 'target') {
    const p = parsePoint(answer);
    if (p.value === undefined || !p.date) return { severity: 'error', message: pointPrompt(step, M, config.today) };
    // A new outcome with no reading yet: a deadline already gone would be deadline-passed in the
    // file the moment it is written, so it is refused here, whatever the config does with the rule.
    if (step === 'target' && p.date < config.today) return { severity: 'error', message: M.pastDeadline!.replace('{0}', p.date).replace('{1}', config.today) };
  }
  const rules = STEP_RULES[step];
  if (!rules) return undefined;
  // Only this step and the ones before it: later answers cannot be held against this one.
  const upTo: GuidedAnswers = {};
  for (const s of GUIDED_STEPS.slice(0, GUIDED_STEPS.indexOf(step) + 1)) (upTo as Record<string, unknown>)[s] = answers[s];
  const text = guidedYaml(upTo, lang);
  // The baseline's own line when it is written (a date after today is found there), else the metric's.
  const baselineAt = text.indexOf('    baseline:') >= 0 ? text.indexOf('    baseline:') : text.indexOf('  primary:');
  const at = step === 'target' ? text.indexOf('    target:') : step === 'baseline' ? baselineAt : text.indexOf(step === 'behavior' ? '  behavior:' : '  hypothesis:');
  const lineEnd = text.indexOf('\n', at);
  const findings = lint(text, 'yaml', config).findings.filter((f) => rules.test(f.ruleId) && (f.span.start >= at && f.span.start <= lineEnd || (step === 'behavior' && f.span.start < text.indexOf('\n', text.indexOf('title:')))));
  const rank: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
  const worst = findings.sort((x: Finding, y: Finding) => rank[y.severity] - rank[x.severity])[0];
  return worst ? { severity: worst.severity, message: worst.message } : undefined;
}
