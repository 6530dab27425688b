// What the reports say beside a figure that cannot be taken at face value: why a status is "no
// data", a date or a category the file wrote that is none, a file whose errors may make its
// figures wrong, and what the peer table's "–" and top quartile mean. Shared by the one-file
// report and the portfolio (Markdown, HTML, the editor's page, the CLI's text) so both say it
// alike: a bare "no data" beside "Latest reading: 61%" read as a fault of the tool.
import type { Lang } from './finding';
import type { Progress, ProgressStatus } from './progress';
import { categoryName, REPORT_WORDS } from './report-words';
import { isIsoDate } from './text/date';
import { josa } from './text/josa';
import { MAX_MONEY_TEXT } from './text/money-text';
import type { CopyFigure } from './portfolio/duplicates';

/** "a", "a and b", "a, b and c". */
const andList = (xs: readonly string[]) => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);
type CopyDiffers = readonly { file: string; figures: readonly CopyFigure[] }[];
const FIGURES: Record<Lang, Record<CopyFigure, string>> = { en: { baseline: 'baseline', target: 'target', value: 'value', investment: 'investment' }, ko: { baseline: '기준값', target: '목표값', value: '가치', investment: '투자' } };

// The money readers' limit as both languages write it ("2,000").
const LIMIT = MAX_MONEY_TEXT.toLocaleString('en-US');

const EN = {
  noMetric: 'no primary metric',
  noBaseline: 'no numeric baseline',
  noTarget: 'no numeric target to compare with',
  noMeasurement: 'no measurement up to today',
  targetNoDate: 'the target has no valid date',
  baselineNoDate: 'the baseline has no valid date',
  targetNotAfter: 'the target date is not after the baseline',
  wrongSide: 'the target is on the wrong side of the baseline',
  notADate: (d: string) => `${d} (not a date)`,
  notACategory: (c: string) => `${c} (not a category)`,
  /** `where`: how to see the errors (the CLI names `cbo check FILE`, the editor its Problems). */
  fileErrors: (n: number, where: string) => `${n} error${n === 1 ? '' : 's'} (${where}); its outcomes are counted, but their figures may be wrong`,
  figuresLeftOut: (n: number, where: string) => `${n} value figure${n === 1 ? ' is' : 's are'} left out of the totals (${where}): the ROI cannot count ${n === 1 ? 'it' : 'them'} as written, and the finding on ${n === 1 ? 'it' : 'each'} says why`,
  /** Money text read from its start only (value-text-too-long): counted, from what that start says. */
  figuresReadInPart: (n: number, where: string) => `${n} value or investment text${n === 1 ? ' is' : 's are'} too long to read whole (${where}): the totals count what the first ${LIMIT} characters say`,
  checkWith: (file: string) => `run "cbo check ${file}"`,
  inProblems: 'open it to see them in Problems',
  /** One outcome in several files (portfolio/duplicates.ts), and each copy that gives other figures than the one counted. */
  countedOnce: (title: string, account: string | undefined, files: readonly string[], kept: string, differ: CopyDiffers) =>
    `“${title}”${account ? ` (${account})` : ''} is in ${andList(files)}: counted once, from ${kept}${differ.map((d) => `; the copy in ${d.file} gives a different ${andList(d.figures.map((f) => FIGURES.en[f]))}, so make the two agree`).join('')}`,
  peersLegend:
    '“–”: no figure for that unit (no ROI without both value and investment in one currency, no value per user without users, no progress without a numeric target and a measurement). Top quartile: of the n units with a figure, sorted from lowest to highest, the one at place ⌈0.75 × n⌉ (nearest rank), so with few units it is often the highest.',
};

const KO: typeof EN = {
  noMetric: '주 지표 없음',
  noBaseline: '숫자 기준값 없음',
  noTarget: '비교할 숫자 목표값 없음',
  noMeasurement: '오늘까지의 측정값 없음',
  targetNoDate: '목표값에 올바른 날짜가 없음',
  baselineNoDate: '기준값에 올바른 날짜가 없음',
  targetNotAfter: '목표일이 기준일보다 뒤가 아님',
  wrongSide: '목표값이 기준값에서 지표 방향과 반대쪽에 있음',
  notADate: (d) => `${d}(날짜 아님)`,
  notACategory: (c) => `${c}(범주 아님)`,
  fileErrors: (n, where) => `오류 ${n}개(${where}). 이 파일의 성과는 수치에 들어가지만 틀릴 수 있습니다`,
  figuresLeftOut: (n, where) => `가치 수치 ${n}개가 합계에서 빠졌습니다(${where}). 적힌 그대로는 ROI에 셀 수 없으며, 까닭은 각각에 달린 진단 메시지에 있습니다`,
  figuresReadInPart: (n, where) => `가치나 투자 글 ${n}개가 너무 길어 다 읽지 못했습니다(${where}). 합계에는 앞 ${LIMIT}자에 적힌 것만 들어갑니다`,
  checkWith: (file) => `"cbo check ${file}"로 확인하세요`,
  inProblems: '파일을 열면 문제 패널에서 볼 수 있습니다',
  countedOnce: (title, account, files, kept, differ) =>
    `“${title}”${account ? `(${account})` : ''} 성과가 ${files.join(', ')}에 모두 있어 ${kept}의 것으로 한 번만 셉니다${differ.map((d) => {
      const figures = d.figures.map((f) => FIGURES.ko[f]).join(', ');
      return `. ${d.file}의 사본은 ${figures}${josa(figures, '이')} 다르니 두 곳을 맞추세요`;
    }).join('')}`,
  peersLegend:
    '“–”: 그 단위에는 해당 수치가 없습니다(한 통화로 된 가치와 투자가 모두 있어야 ROI, 사용자 수가 있어야 사용자당 가치, 숫자 목표값과 측정값이 있어야 진척). 상위 25%: 수치가 있는 n개 단위를 낮은 값부터 늘어놓아 ⌈0.75 × n⌉번째 값(최근접 순위)이라, 단위가 적으면 대개 가장 높은 값입니다.',
};

export const CAVEATS: Record<Lang, typeof EN> = { en: EN, ko: KO };

/**
 * Why a status is "no data", in a few words, or undefined when it is not. `progress` undefined:
 * the outcome has no primary metric. "No timeline" is told apart, since its usual cause is a date
 * the file wrote that is none (2027-13-01), which the reader can fix.
 */
export function noDataWhy(lang: Lang, progress: Progress | undefined): string | undefined {
  const w = CAVEATS[lang];
  if (!progress) return w.noMetric;
  if (progress.status !== 'no-data') return undefined;
  switch (progress.reason) {
    case 'no-baseline':
      return w.noBaseline;
    case 'no-target':
      return w.noTarget;
    case 'no-measurement':
      return w.noMeasurement;
    case 'no-timeline':
      return !progress.target?.date ? w.targetNoDate : !progress.baseline?.date ? w.baselineNoDate : w.targetNotAfter;
    case 'wrong-side':
      return w.wrongSide;
    default:
      return undefined;
  }
}

/**
 * A status in words, "no data" with why ("no data (the target has no valid date)"). `status`: the
 * row's own when it has one (a portfolio row without a metric is 'no-data'). `late`: at target only
 * after its deadline (portfolio/build.ts reachedLate), "achieved late", as the rate counts it.
 */
export function statusSaid(lang: Lang, progress: Progress | undefined, status: ProgressStatus = progress?.status ?? 'no-data', late = false): string {
  if (late) return REPORT_WORDS[lang].statusLate;
  const why = status === 'no-data' ? noDataWhy(lang, progress) : undefined;
  return `${REPORT_WORDS[lang].statusWords[status]}${why ? ` (${why})` : ''}`;
}

/** A date as written, marked when it is no calendar date (the impossible-date rule's finding). */
export function dateAsWritten(lang: Lang, d: string): string {
  return isIsoDate(d.trim()) ? d : CAVEATS[lang].notADate(d);
}

/**
 * A category in the report's language ("Operational efficiency"); one the framework does not
 * have is shown as written and marked, never beside the labelled ones as if it were one of them.
 */
export function categoryShown(lang: Lang, raw: string): string {
  const w = REPORT_WORDS[lang];
  return Object.hasOwn(w.categories, raw) ? categoryName(w, raw) : CAVEATS[lang].notACategory(raw);
}
