// The guided flow reads its value answer with the Markdown reader's line reader: a line `cbo
// check` reads as X in a plan is X in the flow, in the YAML and the Markdown it writes, and a
// line the plan's reader counts as 0 is asked again for the reason `cbo check` gives.
import { strict as assert } from 'node:assert';
import { resolveConfig } from '../../src/core/config';
import { guidedMarkdown, guidedYaml, judgeStep, type GuidedAnswers } from '../../src/core/guided';
import { displayLabel } from '../../src/core/parse/markdown-labels';
import { parseDocument } from '../../src/core/parse/index';
import { computeRoi } from '../../src/core/roi';
import { GOOD_ANSWERS } from '../guided-answers';
import { ids, run, TODAY } from './helpers';

const config = (lang: 'en' | 'ko' = 'en') => resolveConfig({}, { today: TODAY, lang });
const EN: GuidedAnswers = { ...GOOD_ANSWERS, investment: '' };
const KO: GuidedAnswers = { ...GOOD_ANSWERS, behavior: '민원인이 증명서를 온라인으로 발급받는다', investment: '' };

/** The ROI's claimed value, in minor units, of a plan holding `line` under `label`. */
function planMinor(label: string, line: string, lang: 'en' | 'ko'): number {
  const md = `## CBO: Agents answer refund questions on the first call\n\n### Value Proposition\n- **${label}**: ${line}\n`;
  return computeRoi(parseDocument(md, 'markdown', lang).doc.outcomes[0]!.value).claimedMinor;
}

// [the value answer, the type's label in a plan, the line after it, the year's value worked out by
// hand in minor units (cents; won have none)].
const LINES: [string, string, string, number][] = [
  // 10 × 15 × 12 = 1,800 hours × $40 = $72,000.
  ['Soft savings 10 agents × 15 hours/month × $40: agent time', 'Soft Savings', '10 agents × 15 hours/month × $40: agent time', 7_200_000],
  // 200 × 10 = 2,000 hours × $40 = $80,000.
  ['soft-savings 200 hours × 10 agents × $40: callbacks', 'Soft Savings', '200 hours × 10 agents × $40: callbacks', 8_000_000],
  // 300 × 3 = 900 hours × 90 = 81,000.
  ['opportunity-cost 300 hours × 3 analysts × 90 USD: pricing work', 'Opportunity Cost', '300 hours × 3 analysts × 90 USD: pricing work', 8_100_000],
  // 9,000 × $6 = $54,000.
  ['hard-savings 9,000 calls × $6: fewer calls', 'Hard Savings', '9,000 calls × $6: fewer calls', 5_400_000],
  // $4,000 × 3 × 12 = $144,000.
  ['hard-savings $4,000/month × 3 sites: licences', 'Hard Savings', '$4,000/month × 3 sites: licences', 14_400_000],
  // Six months of $4,000 = $24,000 (not × 12 again).
  ['hard-savings $4,000/month × 6 months: licences', 'Hard Savings', '$4,000/month × 6 months: licences', 2_400_000],
  // 5% × (20% of $1,000,000) = $10,000.
  ['risk-avoidance 5% × 20% × $1,000,000: a fine avoided', 'Risk Avoidance', '5% × 20% × $1,000,000: a fine avoided', 1_000_000],
  // The $40 is the reason's: $36,000 (a plan's reader took the $40 for the amount).
  ['hard-savings 36000: two $40 licences dropped', 'Hard Savings', '36000: two $40 licences dropped', 3_600_000],
  // 10 × 15 × 12 = 1,800 hours × 40,000 won = 72,000,000 won.
  ['간접 비용 절감 10명 × 월 15시간 × 4만 원: 상담 시간', '간접 비용 절감', '10명 × 월 15시간 × 4만 원: 상담 시간', 72_000_000],
  // 5,000,000 × 12 = 60,000,000 won, counted once.
  ['직접 비용 절감 월 500만 원 × 12: 임대', '직접 비용 절감', '월 500만 원 × 12: 임대', 60_000_000],
  // Twice a month × 5,000,000 × 12 = 120,000,000 won.
  ['직접 비용 절감 월 2회 × 500만 원: 점검 외주', '직접 비용 절감', '월 2회 × 500만 원: 점검 외주', 120_000_000],
  // A share of a base is the share times the base: 15% × $800,000 = $120,000 (the plan read $800,000).
  ['revenue-impact 15% of $800,000: deal size up', 'Revenue Impact', '15% of $800,000: deal size up', 12_000_000],
  ['revenue-impact 15 % of the $800k: deal size up', 'Revenue Impact', '15 % of the $800k: deal size up', 12_000_000],
  // 800,000 dollars × 15% = 120,000 dollars; 800,000,000 won × 15% = 120,000,000 won.
  ['매출 영향 80만 달러의 15%: 단가 상승', '매출 영향', '80만 달러의 15%: 단가 상승', 12_000_000],
  ['매출 영향 800,000달러의 15%: 단가 상승', '매출 영향', '800,000달러의 15%: 단가 상승', 12_000_000],
  ['매출 영향 8억 원의 15%: 단가 상승', '매출 영향', '8억 원의 15%: 단가 상승', 120_000_000],
];

describe('New CBO (Guided): one reader with the plan', () => {
  for (const [answer, label, line, minor] of LINES) {
    it(`reads "${answer}" as a plan's reader does`, () => {
      const lang = /[가-힣]/.test(answer) ? 'ko' : 'en';
      assert.equal(planMinor(label, line, lang), minor, 'the plan');
      const a = { ...(lang === 'ko' ? KO : EN), value: answer };
      const j = judgeStep('value', a, config(lang));
      assert.ok(!j || j.severity === 'info', JSON.stringify(j));
      const yaml = guidedYaml(a, lang);
      const r = run(yaml, 'yaml', {}, lang);
      assert.equal(computeRoi(r.outcomes[0]!.value).claimedMinor, minor, yaml);
      assert.ok(!ids(r.findings).includes('value-item-incomplete'), yaml);
      const md = guidedMarkdown(a, lang);
      assert.equal(computeRoi(parseDocument(md, 'markdown', lang).doc.outcomes[0]!.value).claimedMinor, minor, md);
    });
  }

  it('says how the file\'s figure is made, in the answer\'s words, before the reason', () => {
    const item = (a: GuidedAnswers, lang: 'en' | 'ko') => run(guidedYaml(a, lang), 'yaml', {}, lang).outcomes[0]!.value!.items[0]!;
    const hours = item({ ...EN, value: 'soft-savings 200 hours × 10 agents × $40: callbacks' }, 'en');
    assert.equal(hours.hours?.value, 2000);
    assert.equal(hours.assumption?.value, '200 hours × 10 agents: callbacks');
    const risk = item({ ...EN, value: 'risk-avoidance 5% × 20% × $1,000,000: a fine avoided' }, 'en');
    assert.deepEqual([risk.probability?.value, risk.impact?.value], [0.05, 200_000]);
    assert.equal(risk.assumption?.value, '20% × $1,000,000: a fine avoided');
    assert.equal(item({ ...KO, value: '직접 비용 절감 월 2회 × 500만 원: 점검 외주' }, 'ko').assumption?.value, '월 2회 × 500만 원 × 12개월: 점검 외주');
    assert.equal(judgeStep('value', { ...EN, value: 'hard-savings $4,000/month × 6 months: licences' }, config())?.message, 'Counted: $4,000/month × 6 months = 24,000 USD.');
    // A line with counts goes into the Markdown section as written.
    assert.match(guidedMarkdown({ ...EN, value: 'hard-savings $4,000/month × 3 sites: licences' }, 'en'), /^- \*\*Hard Savings\*\*: \$4,000\/month × 3 sites: licences$/m);
  });

  it('asks again for a line the plan\'s reader counts as 0, with the reason cbo check gives', () => {
    for (const [answer, lang, said] of [
      ['hard-savings $40,000 × 3 years: licences', 'en', /^This Hard Savings line is multiplied by 3 years: it counts as 0 in the ROI until it writes one year's value/],
      ['직접 비용 절감 4천만 원 × 3년: 임대', 'ko', /^이 직접 비용 절감 줄은 3년을 곱합니다\. .*1년 가치로 적기 전까지는 ROI에서 0으로 계산됩니다\.$/],
      ['hard-savings $1,000/week × 30 days: agency', 'en', /^This Hard Savings line multiplies a figure per week by "30 days": how many days make a week/],
      ['직접 비용 절감 주 100만 원 × 30일: 외주', 'ko', /^이 직접 비용 절감 줄은 주 단위로 적힌 숫자에 30일을 곱하는데, 한 주가 며칠인지/],
    ] as const) {
      const a = { ...(lang === 'ko' ? KO : EN), value: answer };
      const j = judgeStep('value', a, config(lang));
      assert.equal(j?.severity, 'error', answer);
      assert.match(j!.message, said);
      // The same words as the finding on the plan's line.
      const line = answer.replace(/^(hard-savings|직접 비용 절감) /, '');
      const plan = run(`## CBO: Agents answer refund questions on the first call\n\n### Value Proposition\n- **${displayLabel('hardSavings', lang)}**: ${line}\n`, 'markdown', {}, lang);
      assert.equal(plan.findings.find((f) => f.ruleId === 'value-item-incomplete')?.message, j!.message);
      assert.doesNotMatch(guidedYaml(a, lang), /items:/);
    }
  });

  it('says what the plan says of a share it cannot join, and reads a share multiplied, of its base, or on it', () => {
    const loose = 'revenue-impact 15% uplift from the new pricing applied to $800,000: deal size up';
    const aside = judgeStep('value', { ...EN, value: loose }, config());
    assert.equal(aside?.severity, 'error');
    assert.match(aside!.message, /^This Revenue Impact line has a share, "15% uplift", that is not joined to its money \(\$800,000\)/);
    assert.doesNotMatch(guidedYaml({ ...EN, value: loose }, 'en'), /items:/);
    // 15% × $800,000 = $120,000, and the assumption says so.
    assert.match(guidedYaml({ ...EN, value: 'revenue-impact 15% × $800,000: deal size up' }, 'en'), /amount: 120000, assumption: "15% × \$800,000: deal size up"/);
    assert.match(guidedYaml({ ...EN, value: 'revenue-impact 15% of $800,000: deal size up' }, 'en'), /amount: 120000, assumption: "15% × \$800,000: deal size up"/);
    assert.equal(judgeStep('value', { ...EN, value: 'revenue-impact 15% of $800,000: deal size up' }, config())?.message, 'Counted: 15% × $800,000 = 120,000 USD.');
    // "uplift on" joins as "of" does: the plan read $800,000 and the flow asked again.
    assert.equal(judgeStep('value', { ...EN, value: 'revenue-impact 15% uplift on $800,000: deal size up' }, config())?.message, 'Counted: 15% uplift × $800,000 = 120,000 USD.');
    assert.match(guidedYaml({ ...KO, value: '매출 영향 8억 원의 15%: 단가 상승' }, 'ko'), /amount: 120000000, assumption: "8억 원 × 15%: 단가 상승"/);
    assert.match(guidedYaml({ ...KO, value: '매출 영향 매출 8억 원에서 15% 향상: 단가 상승' }, 'ko'), /amount: 120000000, assumption: "8억 원 × 15% 향상: 단가 상승"/);
  });

  it('reads a month × 12 with no reason and says only the reason is missing, in the flow\'s language', () => {
    const ko = judgeStep('value', { ...KO, value: '직접 비용 절감 월 500만 원 × 12' }, config('ko'));
    assert.deepEqual(ko, { severity: 'error', message: '숫자의 근거(자료, 물량, 단가)를 콜론 뒤에 적으세요(예: "직접 비용 절감 월 500만 원 × 12: …"). 숫자는 읽었습니다: 연 60,000,000원.' });
    const en = judgeStep('value', { ...EN, value: 'hard-savings $4,000/month × 12' }, config());
    assert.deepEqual(en, { severity: 'error', message: 'Add what the figure rests on after a colon: the source, the volume, the rate, e.g. "hard-savings $4,000/month × 12: …". The figure itself is read: 48,000 USD a year.' });
    // With a reason it is taken.
    assert.equal(judgeStep('value', { ...KO, value: '직접 비용 절감 월 500만 원 × 12: 임대' }, config('ko'))?.severity, 'info');
  });

  it('keeps "(validated)" as the plan\'s reader reads it: `validated: true` in YAML, the mark in Markdown', () => {
    const a = { ...EN, value: 'hard-savings 36000: two seats (validated)' };
    const it0 = run(guidedYaml(a, 'en')).outcomes[0]!.value!.items[0]!;
    assert.equal(it0.validated, true);
    assert.equal(it0.assumption?.value, 'two seats');
    assert.equal(parseDocument(guidedMarkdown(a, 'en'), 'markdown').doc.outcomes[0]!.value!.items[0]!.validated, true);
    const ko = { ...KO, value: '직접 비용 절감 3,600만 원: 서버 두 대 (고객 검증 완료)' };
    assert.match(guidedMarkdown(ko, 'ko'), /^- \*\*직접 비용 절감\*\*: 36,000,000원: 서버 두 대 \(고객 검증 완료\)$/m);
  });
});

describe('New CBO (Guided): the investment\'s note is kept in the YAML', () => {
  it('writes how the investment was counted as a comment beside the figure, which reads back as the figure', () => {
    const ko = guidedYaml({ ...KO, value: '직접 비용 절감 3,600만 원: 서버 두 대', investment: '월 2,000만 원 × 6개월' }, 'ko');
    assert.match(ko, /^ {2}investment: 120000000 {2}# 월 2,000만 원 × 6개월 = 120,000,000원$/m);
    const en = guidedYaml({ ...EN, investment: '$20,000 per month × 6 months: two developers' }, 'en');
    assert.match(en, /^ {2}investment: 120000 {2}# \$20,000 per month × 6 months = 120,000 USD$/m);
    const r = run(en);
    assert.equal(r.outcomes[0]!.value!.investment?.value, 120_000);
    assert.deepEqual(ids(r.findings).filter((i) => i !== 'value-unvalidated'), []);
    // An amount as written needs no note.
    assert.match(guidedYaml({ ...EN, investment: '120000' }, 'en'), /^ {2}investment: 120000$/m);
  });
});

// [the investment answer, the whole cost worked out by hand (undefined: not a whole cost, asked again)].
const INVESTMENTS: [string, number | undefined][] = [
  ['120000', 120_000],
  ['120000 USD: two developers for six months', 120_000],
  // 2 × 6 × 10,000; 3 × 20,000; 20,000 × 6.
  ['2 × 6 × $10,000', 120_000],
  ['3 licences × $20,000', 60_000],
  ['$20,000 per month × 6 months: two developers', 120_000],
  // 6 months are 26 weeks: 26 × 5,000 (the flow's reader made it 6 × 5,000).
  ['$5,000/week × 6 months', 130_000],
  ['10 × $5,000 per month × 6 months', 300_000],
  // 90 minutes are 1.5 hours: 200 × 1.5 × 10.
  ['$200/hour × 90 minutes × 10 sessions', 3_000],
  ['1200 x 45', 54_000],
  // 15% × 800,000.
  ['15% of $800,000', 120_000],
  // 20,000 + 40,000 (the flow's reader took the 1 of "Year 1").
  ['Year 1: 20,000 USD; Year 2: 40,000 USD', 60_000],
  ['36000: two $40 licences', 36_000],
  ['$20,000/month', undefined],
  // A week of 5 days or 7 is the team's to say (the flow's reader made it 30 × 1,000).
  ['$1,000/week × 30 days', undefined],
  ['$200 × 90 minutes × 10 sessions', undefined],
  ['about a quarter of the IT budget', undefined],
  ['1억 5천만 원', 150_000_000],
  ['월 2,000만 원 × 6개월', 120_000_000],
  // 2 × 6 × 10,000,000 (the flow asked again).
  ['2명 × 6개월 × 월 1,000만 원', 120_000_000],
  ['8억 원의 15%', 120_000_000],
  ['월 2,000만 원', undefined],
  ['주 500만 원 × 30일', undefined],
  ['아직 미정', undefined],
];

describe('New CBO (Guided): the investment step reads as cbo check', () => {
  for (const [answer, cost] of INVESTMENTS) {
    it(`reads "${answer}" as a plan's Investment line`, () => {
      const lang = /[가-힣]/.test(answer) ? 'ko' : 'en';
      const value = lang === 'ko' ? '직접 비용 절감 1억 원: 계약' : 'hard-savings $100,000: seats';
      const plan = run(`## CBO: Agents answer refund questions on the first call\n\n### Value Proposition\n- **${displayLabel('hardSavings', lang)}**: ${value.replace(/^(hard-savings|직접 비용 절감) /, '')}\n- **${displayLabel('investment', lang)}**: ${answer}\n`, 'markdown', {}, lang);
      assert.equal(plan.outcomes[0]!.value!.investment?.value, cost, 'the plan');
      const a = { ...(lang === 'ko' ? KO : EN), value, investment: answer };
      assert.equal(run(guidedYaml(a, lang), 'yaml', {}, lang).outcomes[0]!.value!.investment?.value, cost, 'the flow');
      const j = judgeStep('investment', a, config(lang));
      assert.equal(j?.severity === 'error', cost === undefined, JSON.stringify(j));
      // A factor the plan's reader cannot use is named in the words cbo check gives on the plan's line.
      const onFactor = plan.findings.find((f) => f.ruleId === 'value-no-investment' && /곱하는데|multiplies/.test(f.message));
      if (onFactor) assert.equal(j?.message, onFactor.message);
    });
  }
});
