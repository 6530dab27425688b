import { strict as assert } from 'node:assert';
import { parseValue } from '../../src/core/guided';
import { parseDocument } from '../../src/core/parse/index';
import { buildReport } from '../../src/core/report';
import { computeRoi } from '../../src/core/roi';
import { recurrenceAt } from '../../src/core/text/period';
import { itemFormula } from '../../src/core/view/item-formula';
import { run, TODAY } from './helpers';

/** Times a year of the figure `figure` in `text` (its first occurrence), as recurrenceAt reads it. */
function perYear(text: string, figure: string): number | undefined {
  const at = text.indexOf(figure);
  return recurrenceAt(text, at, at + figure.length)?.perYear;
}

describe('A value figure written for a quarter', () => {
  it('is read four times a year, the word before or after the figure', () => {
    const quarters: [string, string][] = [['분기당 300만 원', '300만 원'], ['분기 300만 원', '300만 원'], ['매분기 300만 원', '300만 원'], ['매 분기 300만 원', '300만 원'], ['300만 원/분기', '300만 원'], ['$3,000 per quarter', '$3,000'], ['$3,000/quarter', '$3,000'], ['$3,000 a quarter', '$3,000'], ['$3,000 quarterly', '$3,000'], ['quarterly $3,000', '$3,000']];
    for (const [text, figure] of quarters) assert.equal(perYear(text, figure), 4, text);
    // The month and the week are read as they were.
    assert.equal(perYear('월 500만 원', '500만 원'), 12);
    assert.equal(perYear('$900/week', '$900'), 52);
  });

  it('is not read from a quarter or a month of the calendar, nor from a quarter of something', () => {
    const none: [string, string][] = [
      // 1분기, Q1: which quarter the money comes in, not how often; 6 월 a month of the calendar.
      ['1분기 300만 원', '300만 원'], ['2027년 3분기 300만 원', '300만 원'], ['3 분기 300만 원', '300만 원'], ['Q1 $3,000', '$3,000'], ['$3,000 in Q1', '$3,000'], ['6 월 500만 원', '500만 원'],
      // "a quarter of": a fourth. Words not next to the figure belong to the reason.
      ['$3,000 a quarter of the budget', '$3,000'], ['$3,000: reviewed every quarter', '$3,000'], ['300만 원: 분기 보고서 자동화', '300만 원'],
      // A day is not guessed at (working days vary).
      ['$300 per day', '$300'], ['일 30만 원', '30만 원'],
    ];
    for (const [text, figure] of none) assert.equal(perYear(text, figure), undefined, text);
  });

  it('is counted × 4 in a Markdown plan, English and Korean, and the reason keeps its words', () => {
    const en = (line: string) => run(`## CBO: Analysts get the report by 9am\n\n### Value Proposition\n- **Hard Savings**: ${line}\n- **Investment**: 10,000 USD\n`, 'markdown').outcomes[0]!.value!;
    for (const line of ['$3,000 per quarter: courier contract', '$3,000/quarter: courier contract', '3,000 USD quarterly: courier contract', 'quarterly $3,000: courier contract']) {
      const v = en(line);
      assert.equal(v.items[0]!.perYear?.value, 4, line);
      assert.equal(v.items[0]!.assumption?.value, 'courier contract', line);
      // 3,000 × 4 = 12,000 dollars, 1,200,000 cents.
      assert.equal(computeRoi(v).claimedMinor, 1_200_000, line);
    }
    assert.equal(en('$3,000 in Q1: courier contract').items[0]!.perYear, undefined);
    assert.equal(computeRoi(en('$3,000 in Q1: courier contract')).claimedMinor, 300_000);
    const ko = (line: string) => run(`## CBO: 민원인이 신청 후 5일 안에 처리 결과를 받는다\n\n### 가치 제안\n- ${line}\n- **투자**: 1억 원\n`, 'markdown', {}, 'ko').outcomes[0]!.value!;
    // 3,000,000 × 4 = 12,000,000 won.
    assert.equal(computeRoi(ko('**직접 비용 절감**: 분기당 300만 원: 택배 계약')).claimedMinor, 12_000_000);
    assert.equal(computeRoi(ko('**직접 비용 절감**: 분기 300만 원: 택배 계약')).claimedMinor, 12_000_000);
    assert.equal(ko('**직접 비용 절감**: 분기당 300만 원: 택배 계약').items[0]!.assumption?.value, '택배 계약');
    // 1분기: a quarter of the calendar, counted as written.
    assert.equal(ko('**직접 비용 절감**: 2027년 1분기 300만 원: 일회성 환급').items[0]!.perYear, undefined);
    assert.equal(computeRoi(ko('**직접 비용 절감**: 1분기 300만 원: 일회성 환급')).claimedMinor, 3_000_000);
    // 50 hours a quarter × 30,000 won × 4 = 6,000,000 won.
    assert.equal(computeRoi(ko('**간접 비용 절감**: 분기당 50시간 × 3만 원: 재문의 전화')).claimedMinor, 6_000_000);
  });
});

describe('A value figure written for a half-year', () => {
  it('is read twice a year, the word before or after the figure', () => {
    const halves: [string, string][] = [
      ['반기 300만 원', '300만 원'], ['반기당 300만 원', '300만 원'], ['매반기 300만 원', '300만 원'], ['반기별 300만 원', '300만 원'], ['300만 원/반기', '300만 원'], ['300만 원 매반기', '300만 원'],
      ['$5,000 per half-year', '$5,000'], ['$5,000/half-year', '$5,000'], ['$5,000 a half year', '$5,000'], ['$5,000 each half-year', '$5,000'],
      ['$5,000 semi-annually', '$5,000'], ['$5,000 semiannually', '$5,000'], ['$5,000 half-yearly', '$5,000'], ['semi-annually $5,000', '$5,000'],
    ];
    for (const [text, figure] of halves) assert.equal(perYear(text, figure), 2, text);
  });

  it('is not read from a half of the calendar', () => {
    // 상반기, 하반기, H1: which half of the year the money comes in, not how often.
    const none: [string, string][] = [['상반기 300만 원', '300만 원'], ['2027년 하반기 300만 원', '300만 원'], ['H1 $5,000', '$5,000'], ['$5,000: reviewed every half-year', '$5,000']];
    for (const [text, figure] of none) assert.equal(perYear(text, figure), undefined, text);
  });

  it('is counted × 2 in a Markdown plan and shown as 2 half-years, 2반기', () => {
    const plan = (line: string, inv: string) => `## CBO: Analysts get the report by 9am\n\n### Value Proposition\n- **Hard Savings**: ${line}\n- **Investment**: ${inv}\n`;
    // 5,000 × 2 = 10,000 dollars, 1,000,000 cents.
    for (const line of ['$5,000 per half-year: external audit', '$5,000 semi-annually: external audit', '5,000 USD half-yearly: external audit']) {
      const v = run(plan(line, '10,000 USD'), 'markdown').outcomes[0]!.value!;
      assert.equal(computeRoi(v).claimedMinor, 1_000_000, line);
      assert.equal(v.items[0]!.assumption?.value, 'external audit', line);
    }
    // 3,000,000 × 2 = 6,000,000 won.
    for (const line of ['반기 300만 원: 정기 점검 외주', '반기당 300만 원: 정기 점검 외주']) {
      const v = run(plan(line, '1억 원'), 'markdown', {}, 'ko').outcomes[0]!.value!;
      assert.equal(computeRoi(v).claimedMinor, 6_000_000, line);
      assert.equal(v.items[0]!.assumption?.value, '정기 점검 외주', line);
    }
    // 상반기: counted as written.
    assert.equal(computeRoi(run(plan('상반기 300만 원: 일회성 환급', '1억 원'), 'markdown', {}, 'ko').outcomes[0]!.value).claimedMinor, 3_000_000);
    const outcomes = parseDocument(plan('$5,000 per half-year: external audit', '$5,000'), 'markdown').doc.outcomes;
    assert.ok(buildReport(outcomes, { lang: 'en', today: TODAY, fileName: 'plan.md' }).includes('- Hard savings: $5,000.00 × 2 half-years = $10,000.00'));
    assert.ok(buildReport(outcomes, { lang: 'ko', today: TODAY, fileName: 'plan.md' }).includes('US$5,000.00 × 2반기 = US$10,000.00'));
    const roi = computeRoi(outcomes[0]!.value);
    assert.equal(itemFormula(roi.items[0]!, 'en'), '5,000 × 2 half-years');
    assert.equal(itemFormula(roi.items[0]!, 'ko'), '5,000 × 2반기');
    // The guided flow's answers share the reader.
    assert.equal(parseValue('hard-savings 반기 300만 원: 정기 점검')?.period?.perYear, 2);
    assert.equal(parseValue('hard-savings $5,000 semi-annually: audit')?.period?.perYear, 2);
  });
});
