import { strict as assert } from 'node:assert';
import { quantityRole } from '../../src/core/text/measure';
import { extractQuantities } from '../../src/core/text/quantity';
import { judgeStatement, placeholdersIn } from '../../src/core/text/statement';
import { statementParts } from '../../src/core/text/parts';
import { compileWordList, inflections } from '../../src/core/text/wordlist';
import { builtInVocabulary, extendVocabulary } from '../../src/core/vocab';

const vocab = builtInVocabulary();
const judge = (t: string) => judgeStatement(t, vocab);
const at = (t: string, s: { start: number; end: number } | undefined) => (s ? t.slice(s.start, s.end) : undefined);

describe('extractQuantities', () => {
  const q = (t: string) => extractQuantities(t).map((x) => [x.value, x.unit ?? '', t.slice(x.start, x.end).trim()]);
  it('keeps the shape the Markdown parser relies on', () => {
    const [b] = extractQuantities('62% of checkouts (Sept 2026)');
    assert.deepEqual(b, { value: 62, unit: '%', start: 0, end: 3 });
  });
  it('reads digits, money and separators', () => {
    assert.deepEqual(q('$1.2M a year, 1,200 calls, 5 hours'), [[1_200_000, '$', '$1.2M'], [1200, 'calls', '1,200 calls'], [5, 'hours', '5 hours']]);
  });
  it('reads multipliers and fractions spelled out', () => {
    assert.deepEqual(q('Halve the calls'), [[0.5, '', 'Halve']]);
    assert.deepEqual(q('calls fall by a third'), [[1 / 3, '', 'third']]);
    assert.deepEqual(q('doubled, then twice'), [[2, '', 'doubled'], [2, '', 'twice']]);
  });
  it('does not read periods and compounds as numbers', () => {
    assert.deepEqual(q('by next quarter'), []);
    assert.deepEqual(q('in the second half of 2027'), []);
    assert.deepEqual(q('double-check every order'), []);
  });
  it('reads Korean numbers only where they stand alone', () => {
    assert.deepEqual(q('비중을 세 배로'), [[3, '배', '세 배']]);
    assert.deepEqual(q('모두 배포한다'), []);
    assert.deepEqual(q('시간을 절반으로'), [[0.5, '', '절반']]);
  });
});

describe('quantityRole', () => {
  const role = (t: string, i = 0, afterChange = false) => quantityRole(t, extractQuantities(t)[i]!, afterChange);
  it('tells a count of deliverables from a measure', () => {
    assert.equal(role('Deliver 12 dashboards'), 'count');
    assert.equal(role('대시보드 12개 구축'), 'count');
    assert.equal(role('Only 2 in 100 orders need a call'), 'measure');
    assert.equal(role('18 drops per shift'), 'measure');
    assert.equal(role('장애를 12건에서 4건 이하로'), 'measure');
  });
  it('reads "to" and "by" as a level only after a change verb', () => {
    assert.equal(role('Roll out to 3,000 staff'), 'count');
    assert.equal(role('Cut open defects to 40', 0, true), 'measure');
  });
  it('tells a timeframe from a duration', () => {
    assert.equal(role('Migrate 45 apps in 9 months', 1), 'timeframe');
    assert.equal(role('6개월 내 이관'), 'timeframe');
    assert.equal(role('from 3 weeks to 5 days'), 'measure');
    assert.equal(role('within 48 hours'), 'timebox');
    assert.equal(role('2주에서 하루로'), 'measure');
  });
});

describe('word lists', () => {
  it('inflects English verbs and phrases', () => {
    const f = inflections('deploy');
    for (const w of ['deploys', 'deployed', 'deploying']) assert.ok(f.includes(w), w);
    assert.ok(inflections('migrate').includes('migrating'));
    assert.ok(inflections('ship').includes('shipped'));
    assert.ok(inflections('roll out').includes('rolling out'));
  });
  it('matches English as whole words and Korean as stems', () => {
    const l = compileWordList(['cut', '구축'], { inflect: true });
    assert.deepEqual(l.find('Cutover, cutting, 재구축하여').map((m) => m.word), ['cutting', '구축']);
  });
});

describe('judgeStatement', () => {
  it('passes a verb-first outcome with a measured change', () => {
    const t = "Cut the time analysts wait for yesterday's sales report from 5 hours to 30 minutes by March";
    const j = judge(t);
    assert.equal(j.verdict, 'outcome');
    assert.equal(j.measured, true);
    assert.equal(at(t, j.actor), 'analysts');
  });
  it('calls a deliverable an output and points at its verb', () => {
    const t = 'Migrate the data warehouse to the cloud';
    const j = judge(t);
    assert.equal(j.verdict, 'output');
    assert.deepEqual(j.output, { word: 'Migrate', start: 0, end: 7 });
  });
  it('does not let a count of deliverables make an outcome', () => {
    for (const t of ['Deliver 12 dashboards', 'Hold 4 workshops', 'Write 30 runbooks', '운영 매뉴얼 30건 작성']) assert.equal(judge(t).verdict, 'output', t);
  });
  it('calls a direction without a size unmeasured', () => {
    const j = judge('Enhance operational efficiency');
    assert.equal(j.verdict, 'unmeasured');
    assert.equal(j.aspiration?.word, 'Enhance');
    assert.equal(judge('운영 효율성 향상').aspiration?.word, '향상');
  });
  it('accepts a number in words and a behaviour change', () => {
    assert.equal(judge('Reduce failed logins by ten percent').verdict, 'outcome');
    const t = 'Store managers reorder stock from the app instead of calling the warehouse';
    const j = judge(t);
    assert.equal(j.verdict, 'outcome');
    assert.equal(at(t, j.behaviourChange), 'instead of');
  });
  it('judges Korean by stems and by the final predicate', () => {
    assert.equal(judge('데이터 레이크 구축').verdict, 'output');
    assert.equal(judge('데이터 레이크를 구축하여 운영한다').output?.word, '운영', 'the final predicate carries a Korean statement');
    assert.equal(judge('고객 상담 대기 시간을 10분에서 2분으로 단축').verdict, 'outcome');
    assert.equal(judge('챗봇을 도입해 고객 만족도 향상').verdict, 'unmeasured');
    assert.equal(judge('구매 전환율을 2%에서 3%로 높인다').output, undefined, '전환율 is a rate, not a migration');
  });
  it('finds weasel words with their offsets', () => {
    const t = 'A seamless, world-class portal leading to happier users';
    assert.deepEqual(judge(t).weasels.map((w) => at(t, w)), ['seamless', 'world-class']);
    assert.deepEqual(judge('업무 속도를 획기적으로 개선').weasels.map((w) => w.word), ['획기적']);
  });
  it('uses words a team adds to its vocabulary', () => {
    // A team's own word (no dictionary has it): only the team's list makes it a deliverable.
    const v = extendVocabulary({ outputVerbs: ['zorble'] });
    assert.equal(judgeStatement('Zorble the Lisbon office', v).verdict, 'output');
    assert.notEqual(judgeStatement('Zorble the Lisbon office', vocab).verdict, 'output', 'not a verb anywhere: only the team\'s list makes it a deliverable');
    // Verbs of today's offices that WordNet 3.1 lacks are known without a list.
    assert.equal(judgeStatement('Onboard the Lisbon office', vocab).verdict, 'output');
  });
  it('finds template prompts and to-do markers but not links or task boxes', () => {
    const t = '[Outcome Title] TBD, see [docs](https://x.y) - [x] 미정';
    assert.deepEqual(placeholdersIn(t, vocab).map((p) => [p.text, p.inner]), [['[Outcome Title]', 'Outcome Title'], ['TBD', 'TBD'], ['미정', '미정']]);
    assert.deepEqual(placeholdersIn('Baseline: XX% as of YYYY-MM-DD', vocab).map((p) => p.text), ['XX%', 'YYYY-MM-DD']);
  });
});

describe('statementParts (the title hover)', () => {
  it('finds actor, behaviour, measure and deadline', () => {
    assert.deepEqual(statementParts('Returning customers finish checkout without calling support'), { verdict: 'outcome', actor: 'Returning customers', behaviour: 'finish' });
    assert.deepEqual(statementParts('Reduce checkout abandonment from 30% to 15% by 2027-06-30'), { verdict: 'outcome', measure: '30% to 15%', deadline: '2027-06-30' });
    const ko = statementParts('고객이 2027년 6월까지 앱으로 주문하는 비율을 40%에서 60%로 높인다');
    assert.equal(ko.actor, '고객');
    assert.equal(ko.measure, '40%에서 60%');
    assert.equal(ko.deadline, '2027년 6월');
  });
  it('gives the verdict of a vague title', () => {
    assert.equal(statementParts('Run 5 webinars').verdict, 'output');
    assert.equal(statementParts('Be the best in the industry').verdict, 'unmeasured');
  });
});
