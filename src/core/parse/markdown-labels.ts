// The template's section headings and bold labels, in English and Korean, as the glossary
// fixes them. The parser accepts every form; the UI and snippets show the first (in Korean,
// the first Korean one: 목표값 and 기한, the words the rules' messages use, so a snippet, a
// quick fix and the message that asks for it name a field alike).
// Keys are normalised with `normLabel` (lower case, no spaces or punctuation).
import { onlyNear } from '../edit-distance';
import { CATEGORIES, type ValueType } from '../model';
import { REPORT_WORDS } from '../report-words';

export type Field =
  | 'challenge' | 'strategicImportance' | 'stakeholderImpact'
  | 'primary' | 'secondary' | 'baseline' | 'target' | 'timeline'
  | 'financial' | 'operational' | 'strategic' | 'riskMitigation'
  | 'dependencies' | 'assumptions' | 'successFactors' | 'risks'
  | 'behavior' | 'hypothesis' | 'category' | 'owner'
  | 'current' | 'future' | 'barriers' | 'solutions'
  | 'hardSavings' | 'softSavings' | 'revenueImpact' | 'riskAvoidance' | 'opportunityCost' | 'investment'
  | 'account' | 'customerSince' | 'measurements';

/** The label each value type is written under in a plan (the guided flow, the reader and the rules name it by this). */
export const FIELD_OF_TYPE: Record<ValueType, Field> = {
  'hard-savings': 'hardSavings',
  'soft-savings': 'softSavings',
  'revenue-impact': 'revenueImpact',
  'risk-avoidance': 'riskAvoidance',
  'opportunity-cost': 'opportunityCost',
};

export type Section = 'context' | 'metrics' | 'value' | 'dependencies' | 'workshop' | 'outcome';

const FIELDS: Record<Field, string[]> = {
  challenge: ['Current Challenge', 'Challenge', '현재 과제', '현재 문제'],
  strategicImportance: ['Strategic Importance', '전략적 중요성'],
  stakeholderImpact: ['Stakeholder Impact', '이해관계자 영향'],
  primary: ['Primary Metric', '핵심 지표', '주요 지표'],
  secondary: ['Secondary Metrics', 'Secondary Metric', '보조 지표'],
  baseline: ['Baseline', '기준값', '기준선', '현재값'],
  target: ['Target', '목표값', '목표'],
  timeline: ['Timeline', 'Deadline', '기한', '일정', '목표 시점'],
  financial: ['Financial Impact', '재무적 영향'],
  operational: ['Operational Impact', '운영상 영향'],
  strategic: ['Strategic Impact', '전략적 영향'],
  riskMitigation: ['Risk Mitigation', '위험 완화', '리스크 완화'],
  dependencies: ['Critical Dependencies', 'Dependencies', '핵심 의존성', '의존성'],
  assumptions: ['Key Assumptions', 'Assumptions', '주요 가정', '가정'],
  successFactors: ['Success Factors', '성공 요인'],
  risks: ['Risk Factors', 'Risks', '위험 요인', '리스크'],
  behavior: ['Behavior', 'Behaviour', 'Behavior Change', 'Behaviour Change', 'Outcome', '행동 변화', '결과'],
  hypothesis: ['Hypothesis', '가설'],
  category: ['Category', '범주', '카테고리'],
  owner: ['Owner', '담당자', '책임자'],
  current: ['Current', 'Current State', '현재', '현재 상태'],
  future: ['Future', 'Future State', '미래', '미래 상태'],
  barriers: ['Barriers', 'Barrier', '장애물', '장벽'],
  solutions: ['Solutions', 'Solution', '해결방안', '해결 방안'],
  // Value items with amounts, so a Markdown outcome gets ROI (see docs/markdown-value.md).
  hardSavings: ['Hard Savings', '직접 비용 절감'],
  softSavings: ['Soft Savings', '간접 비용 절감', '효율 절감'],
  // 매출 증대 / Increased revenue: the category's name, which a Korean plan also writes as the line's label.
  revenueImpact: ['Revenue Impact', '매출 영향', '매출 증대', '매출 증가', 'Increased Revenue'],
  riskAvoidance: ['Risk Avoidance', '리스크 회피', '위험 회피'],
  opportunityCost: ['Opportunity Cost', '기회비용'],
  investment: ['Investment', 'Total Cost', '투자', '총비용'],
  // The customer the outcome is for and its readings, so a Markdown plan joins a portfolio
  // like a CBO file: "- **Account**: Northwind Retail", "- **Latest Measurement**: 31% as of 2026-10-31".
  account: ['Account', 'Customer Account', '고객사', '고객 계정'],
  customerSince: ['Customer Since', 'Customer Start', '거래 시작일', '고객 시작일'],
  measurements: ['Latest Measurement', 'Latest Measurements', 'Measurement', 'Measurements', 'Latest Reading', '최근 측정값', '측정값', '최근 측정'],
};

const SECTIONS: Record<Section, string[]> = {
  context: ['Business Context', '비즈니스 배경', '비즈니스 컨텍스트'],
  metrics: ['Success Metrics', '성공 지표'],
  value: ['Value Proposition', '가치 제안'],
  dependencies: ['Dependencies and Assumptions', '의존성 및 가정'],
  workshop: ['Discovery Workshop', 'Workshop', '디스커버리 워크숍', '워크숍'],
  outcome: ['Outcome', 'Desired Outcome', '결과', '성과'],
};

export function normLabel(s: string): string {
  return s.toLowerCase().replace(/\band\b|및/g, '').replace(/[\s*_:：.()\-/&]+/g, '');
}

function index<K extends string>(table: Record<K, string[]>): Map<string, K> {
  const m = new Map<string, K>();
  for (const [k, names] of Object.entries(table) as [K, string[]][]) for (const n of names) m.set(normLabel(n), k);
  return m;
}

const FIELD_INDEX = index(FIELDS);
const SECTION_INDEX = index(SECTIONS);

// Every bullet and heading of a plan asks; a plan repeats the same few dozen labels.
const NORMALISED = new Map<string, string>();
function normalised(s: string): string {
  let n = NORMALISED.get(s);
  if (n === undefined) {
    n = normLabel(s);
    if (NORMALISED.size >= 1024) NORMALISED.clear();
    NORMALISED.set(s, n);
  }
  return n;
}

export function fieldOf(label: string): Field | undefined {
  // Labels are short; a long "label" is a sentence, looked up once and not remembered.
  return FIELD_INDEX.get(label.length > 60 ? normLabel(label) : normalised(label));
}

export function sectionOf(heading: string): Section | undefined {
  return SECTION_INDEX.get(heading.length > 60 ? normLabel(heading) : normalised(heading));
}

// Each normalised label and the spelling it was made from, for the one a misspelt label meant.
const SPELLING = new Map<string, string>();
for (const names of Object.values(FIELDS)) for (const n of names) SPELLING.set(normLabel(n), n);
// By length: a typo is at most two edits (`onlyNear`), so only labels two letters longer or
// shorter are measured; measuring all of them made 20,000 labels of a plan's own take 1.3 s.
const KEYS_BY_LENGTH = new Map<number, string[]>();
for (const k of FIELD_INDEX.keys()) {
  const list = KEYS_BY_LENGTH.get(k.length);
  if (list) list.push(k);
  else KEYS_BY_LENGTH.set(k.length, [k]);
}
const NEAREST = new Map<string, string | null>();

/**
 * The label a misspelt one most likely meant ("Baselin", "Targets", "Primary Metrc"), as the
 * template spells it: the one label a typo away (`onlyNear`), compared as `fieldOf` compares.
 * Nothing when none is that near or two fields are as near, and nothing for short Korean
 * (a Hangul syllable is part of a word: 목표 and 목적 are two words, not a typo), as for a category.
 * `budget.left`: how many labels not yet remembered may still be measured; each takes one.
 */
export function nearestLabel(label: string, budget: { left: number }): string | undefined {
  if (label.length > 60) return undefined;
  const key = normalised(label);
  if (key.length < 3 || (/[가-힣]/.test(key) && key.length < 4)) return undefined;
  let near = NEAREST.get(key);
  if (near === undefined) {
    // A plan has a few labels of its own; one of tens of thousands (a generated or pasted one)
    // stops being measured when the caller's budget is spent, rather than hold the editor.
    if (budget.left <= 0) return undefined;
    budget.left--;
    // Remembered: a plan repeats its own labels, and each lookup measures every label the reader knows.
    const keys: string[] = [];
    for (let n = key.length - 2; n <= key.length + 2; n++) for (const k of KEYS_BY_LENGTH.get(n) ?? []) keys.push(k);
    const k = onlyNear(key, keys, (a, b) => FIELD_INDEX.get(a) === FIELD_INDEX.get(b));
    near = k === undefined ? null : SPELLING.get(k)!;
    if (NEAREST.size >= 1024) NEAREST.clear();
    NEAREST.set(key, near);
  }
  return near ?? undefined;
}

/** Every spelling of a field's label the reader accepts, the displayed ones first. */
export function labelNames(field: Field): readonly string[] {
  return FIELDS[field];
}

export function displayLabel(field: Field, lang: 'en' | 'ko'): string {
  const names = FIELDS[field];
  return (lang === 'ko' ? names.find((n) => /[가-힣]/.test(n)) : names[0]) ?? names[0]!;
}

export function displaySection(section: Section, lang: 'en' | 'ko'): string {
  const names = SECTIONS[section];
  return (lang === 'ko' ? names.find((n) => /[가-힣]/.test(n)) : names[0]) ?? names[0]!;
}

/**
 * `## CBO: title` (also full-width colon and the Korean name of the framework). The title is the
 * rest of the line, U+2028 and U+2029 included (`.` stops at them, so a title holding one was no
 * heading and its outcome went unchecked).
 */
export const CBO_HEADING = /^\s*(?:CBO|고객\s*비즈니스\s*성과)\s*[:：]\s*([^\n\r]*)$/i;

/**
 * `**Label**: value`, `**Label:** value`, `__Label__ value`: the label and the value. Read
 * by hand, not by one regex: the obvious pattern (a lazy label, optional spaces and colons,
 * then the closing marker) backtracks cubically over a run of spaces, and one pasted line
 * froze the editor for 30 s.
 */
export function boldLabel(content: string): [string, string, string] | null {
  let i = 0;
  while (i < content.length && /\s/.test(content[i]!)) i++;
  const mark = content.slice(i, i + 2);
  if (mark !== '**' && mark !== '__') return null;
  i += 2;
  let j = i;
  while (j < content.length && content[j] !== '*' && content[j] !== '_') j++;
  const close = content.slice(j, j + 2);
  if (close !== '**' && close !== '__') return null;
  // The label is one line; a colon may sit inside the markers or after them.
  const label = content.slice(i, j).trimEnd().replace(/[:：]$/, '').trimEnd();
  if (!label || label.includes('\n')) return null;
  const rest = content.slice(j + 2).trimStart();
  const value = /^[:：]/.test(rest) ? rest.slice(1).trimStart() : rest;
  return [content, label, value];
}

/**
 * A category written as a plan would write it ("Operational efficiency", "운영 효율성",
 * "operational efficiency") read as the format's id (`operational-efficiency`), so Markdown and
 * YAML outcomes group alike in a portfolio. Anything else is kept as written.
 */
export function categoryId(written: string): string | undefined {
  const key = squash(written);
  return CATEGORY_BY_NAME.get(key);
}
// Compared without case, spaces, hyphens, Markdown's emphasis and code marks, an HTML comment
// or a closing full stop: "*Operational efficiency*", "`operational-efficiency`" and
// "Operational efficiency." name the category as plainly as the bare words.
const squash = (s: string) => s.replace(/<!--[\s\S]*?(?:-->|$)/g, '').toLowerCase().replace(/[\s_*`-]+/g, '').replace(/[.。]+$/, '');
const CATEGORY_BY_NAME = new Map<string, string>();
for (const id of CATEGORIES) {
  CATEGORY_BY_NAME.set(squash(id), id);
  for (const lang of ['en', 'ko'] as const) {
    const name = REPORT_WORDS[lang].categories[id];
    if (name) CATEGORY_BY_NAME.set(squash(name), id);
  }
}
// The names most teams give the framework's Experience category: "고객 경험" is how Korean PMs
// write it, "Customer experience" the English. Read, never written: reports keep the short name.
for (const name of ['Customer experience', '고객 경험']) CATEGORY_BY_NAME.set(squash(name), 'experience');
// Likewise the other categories' everyday names (the framework's own name comes first above).
for (const name of ['Risk reduction', 'Reduced risk', 'Business risk reduction', '리스크 감소', '위험 감소']) CATEGORY_BY_NAME.set(squash(name), 'reduced-business-risk');
for (const name of ['Revenue growth', 'Revenue increase', '매출 증가', '매출 성장']) CATEGORY_BY_NAME.set(squash(name), 'increased-revenue');
for (const name of ['운영 효율', '운영 효율화', 'Efficiency']) CATEGORY_BY_NAME.set(squash(name), 'operational-efficiency');

/**
 * The category a misspelt one most likely meant ("Operational eficiency", "운영 효율"), as its
 * id: the one spelling `categoryId` accepts that is a typo away (`onlyNear`), compared as
 * `categoryId` compares (case, spaces and hyphens ignored). Nothing when none is that near or
 * two are as near: a guess between two is as often wrong.
 */
export function nearestCategory(written: string): string | undefined {
  const key = squash(written);
  // A Hangul syllable is a part of a word, not a letter: one changed in a short name is another
  // word (경영, management, is not a typo of 경험, experience), so short Korean gets no guess.
  if (/[가-힣]/.test(key) && key.length < 4) return undefined;
  // Two spellings of one category ("운영 효율성", "운영 효율") equally near are no tie.
  const near = onlyNear(key, CATEGORY_KEYS, (a, b) => CATEGORY_BY_NAME.get(a) === CATEGORY_BY_NAME.get(b));
  return near === undefined ? undefined : CATEGORY_BY_NAME.get(near);
}
const CATEGORY_KEYS = [...CATEGORY_BY_NAME.keys()];
