// The canvas panel's own words, in English and Korean (the model carries them to the webview,
// which imports nothing of core at run time). The ROI figures say their basis as the reports do:
// a year's value against the whole cost, so net value and ROI are the first year's. Those labels
// are the reports' own (REPORT_WORDS), so the two cannot come to say it differently.
import { REPORT_WORDS, type Words } from '../report-words';

const roiLabels = (w: Words) => ({ investment: w.investment, claimed: w.claimed, validated: w.validated, net: w.net, firstYearRoi: w.roiLabel, conservative: w.conservative, payback: w.payback });

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
  ignoredHint: 'It is not checked and has no canvas. Remove the pattern to check it.',
  select: 'Outcome',
  unvalidated: 'not validated by the customer',
  unfilled: 'to fill in',
  noFindings: 'No findings.',
  ...roiLabels(REPORT_WORDS.en),
  investmentParts: 'Investment parts',
  assumption: 'Assumption',
  pin: 'Pin to this file',
  unpin: 'Pinned: click to follow the active editor',
};
const KO: typeof EN = {
  context: '비즈니스 배경과 과제',
  outcomes: '원하는 성과와 성공 지표',
  value: '가치 제안과 영향',
  approach: '접근 방식, 기한, 의존성',
  workshop: '디스커버리 워크숍',
  roi: '투자수익률 (ROI)',
  progress: '진척',
  findings: '검사 결과',
  empty: '이 파일에는 아직 CBO가 없습니다.',
  insertTemplate: 'CBO 템플릿 넣기',
  broken: '파일을 읽을 수 없어 마지막으로 읽은 캔버스를 보여 줍니다.',
  ignoredHint: '검사하지 않으며 캔버스도 없습니다. 검사하려면 그 패턴을 지우세요.',
  select: '성과',
  unvalidated: '고객 검증 전',
  unfilled: '작성 필요',
  noFindings: '문제가 없습니다.',
  ...roiLabels(REPORT_WORDS.ko),
  // The canvas's own, shorter word here (the reports say 고객 검증 완료 가치(연간)).
  validated: '검증된 가치(연간)',
  investmentParts: '투자 내역',
  assumption: '가정',
  pin: '이 파일에 고정',
  unpin: '고정됨: 누르면 활성 편집기를 따라갑니다',
};

export type CanvasUi = Record<keyof typeof EN, string>;

export const CANVAS_UI: Record<'en' | 'ko', CanvasUi> = { en: EN, ko: KO };
