import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Lang } from '../../src/core/finding';
import { emptyOutcome, type Outcome, type Text } from '../../src/core/model';
import { computeRoi } from '../../src/core/roi';
import { rule as noActor } from '../../src/core/rules/no-actor';
import { rule as noPlaceholder } from '../../src/core/rules/no-placeholder';
import { rule as outputAsOutcome } from '../../src/core/rules/output-as-outcome';
import type { Rule, RuleContext } from '../../src/core/rules/types';
import { rule as unmeasuredAspiration } from '../../src/core/rules/unmeasured-aspiration';
import { rule as weaselWord } from '../../src/core/rules/weasel-word';
import { builtInVocabulary, extendVocabulary, type Vocabulary } from '../../src/core/vocab';

type Reported = Parameters<RuleContext['report']>[0];

/** A document "title: <title>\n..." whose outcome has the title (and behavior) at real offsets. */
function outcome(title: string, behavior?: string): { o: Outcome; doc: string } {
  const doc = `title: ${title}\n` + (behavior !== undefined ? `outcome:\n  behavior: ${behavior}\n` : '');
  const o = emptyOutcome(0, 'yaml', { start: 0, end: doc.length });
  const t: Text = { value: title, span: { start: 7, end: 7 + title.length } };
  o.title = t;
  o.strings.push(t);
  if (behavior !== undefined) {
    const at = doc.indexOf('behavior: ') + 'behavior: '.length;
    o.behavior = { value: behavior, span: { start: at, end: at + behavior.length } };
    o.strings.push(o.behavior);
  }
  return { o, doc };
}

function check(rule: Rule, o: Outcome, lang: Lang = 'en', vocab: Vocabulary = builtInVocabulary()): Reported[] {
  const out: Reported[] = [];
  rule.check(o, { lang, today: '2026-11-22', vocab, options: {}, roi: () => computeRoi(o.value), report: (f) => out.push(f) });
  return out;
}

/** The document text each finding points at. */
function flagged(rule: Rule, title: string, lang: Lang = 'en', behavior?: string): string[] {
  const { o, doc } = outcome(title, behavior);
  return check(rule, o, lang).map((f) => doc.slice(f.span.start, f.span.end));
}

describe('wording rules', () => {
  for (const r of [noPlaceholder, outputAsOutcome, unmeasuredAspiration, weaselWord, noActor]) {
    it(`${r.id}: wording scope, a default severity, English and Korean descriptions`, () => {
      assert.equal(r.scope, 'wording');
      assert.equal(r.defaultSeverity, r.id === 'no-actor' ? 'info' : 'warning');
      assert.ok(r.description.en.length > 10 && /[가-힣]/.test(r.description.ko));
    });
  }

  describe('output-as-outcome', () => {
    it('flags a deliverable at its verb, in English, and says what to write', () => {
      const { o } = outcome('Migrate the data warehouse to the cloud');
      const [f, ...rest] = check(outputAsOutcome, o);
      assert.equal(rest.length, 0);
      assert.deepEqual(f!.span, { start: 7, end: 14 });
      assert.equal(f!.data?.word, 'Migrate');
      assert.match(f!.message, /^Judged an output: it starts with "Migrate", something the team delivers, and nothing in it measures a change\. An outcome says whose behaviour changes/);
    });
    it('says what it saw: the activity at the start, and the count that measures no change', () => {
      const { o } = outcome('Run 5 webinars');
      const [f] = check(outputAsOutcome, o);
      assert.match(f!.message, /^Judged an output: it starts with "Run", an activity, and nothing in it measures a change \("5" counts the activity, not a change\)\./);
      const ko = outcome('협력사 간담회 분기 1회 개최');
      assert.match(check(outputAsOutcome, ko.o, 'ko')[0]!.message, /^산출물로 판단했습니다: "개최"/);
    });
    it('flags activities with a count, by the shape of the sentence (verbs from the lexicon)', () => {
      for (const t of ['Hire 2 salespeople', 'Post 30 times on Instagram', 'Process 500 customer support tickets', 'Talk to 5 customers', 'Renegotiate supplier contracts', 'Redesign sales proposal', 'Move all customers to the new UI', 'Build a partner self-service portal']) {
        assert.equal(flagged(outputAsOutcome, t).length, 1, t);
      }
      for (const t of ['B 운영 프로세스 체계화', '보고서를 완성한 것', '정책 홍보 카드뉴스 50건 제작']) assert.equal(flagged(outputAsOutcome, t, 'ko').length, 1, t);
    });
    it('flags an inflected verb and a count of deliverables', () => {
      assert.deepEqual(flagged(outputAsOutcome, 'Dashboards deployed to every region'), ['deployed']);
      assert.deepEqual(flagged(outputAsOutcome, 'Deliver 12 dashboards to regional managers'), ['Deliver']);
      assert.deepEqual(flagged(outputAsOutcome, 'Hold 4 workshops with finance'), ['Hold']);
    });
    it('flags a Korean deliverable by its stem, with a Korean message', () => {
      const { o, doc } = outcome('데이터 레이크를 구축한다');
      const [f] = check(outputAsOutcome, o, 'ko');
      assert.equal(doc.slice(f!.span.start, f!.span.end), '구축');
      assert.match(f!.message, /^산출물로 판단했습니다: "구축"은 팀이 하는 일이나 만드는 것이고/);
      assert.deepEqual(flagged(outputAsOutcome, '대시보드 12개 구축', 'ko'), ['구축']);
    });
    it('passes an outcome that starts with a verb, and a deliverable with its measured change', () => {
      assert.deepEqual(flagged(outputAsOutcome, "Cut the time analysts wait for yesterday's sales report from 5 hours to 30 minutes by March"), []);
      assert.deepEqual(flagged(outputAsOutcome, 'Deploy the fraud model so chargebacks fall from 1.2% to 0.6% of payments'), []);
      assert.deepEqual(flagged(outputAsOutcome, 'Engineers roll back a failed release in under 10 minutes'), []);
    });
    it('passes Korean outcomes, including 전환율 and a deliverable with a behaviour change', () => {
      assert.deepEqual(flagged(outputAsOutcome, '고객 상담 대기 시간을 10분에서 2분으로 단축', 'ko'), []);
      assert.deepEqual(flagged(outputAsOutcome, '구매 전환율을 2%에서 3%로 높인다', 'ko'), []);
      assert.deepEqual(flagged(outputAsOutcome, '챗봇 도입 후 상담원이 단순 문의 대신 복잡한 상담에 집중한다', 'ko'), []);
    });
    it('forgives a title naming the deliverable when the behaviour line states the change', () => {
      assert.deepEqual(flagged(outputAsOutcome, 'Launch self-service checkout', 'en', 'Returning customers finish checkout without calling support'), []);
      assert.deepEqual(flagged(outputAsOutcome, 'Launch self-service checkout', 'en', 'Build the checkout pages'), ['Launch', 'Build']);
    });
  });

  describe('unmeasured-aspiration', () => {
    it('flags improve/enhance without a number, at the word', () => {
      const { o } = outcome('Enhance operational efficiency');
      const [f] = check(unmeasuredAspiration, o);
      assert.deepEqual(f!.span, { start: 7, end: 14 });
      assert.match(f!.message, /^Judged an unmeasured aspiration: "Enhance" says which way but not how far\./);
      assert.deepEqual(flagged(unmeasuredAspiration, 'Increase adoption of the new CRM by Q3'), ['Increase']);
    });
    it('quotes at most 60 characters of a word, so a pasted run of letters does not fill the message', () => {
      const { o } = outcome('a'.repeat(5000));
      const [f] = check(unmeasuredAspiration, o);
      assert.match(f!.message, /\("a{59}…"\)/);
      assert.ok(f!.message.length < 400, `${f!.message.length} characters`);
      const [g] = check(unmeasuredAspiration, outcome('𠀀'.repeat(3000)).o);
      assert.ok(!/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(g!.message), 'no lone high surrogate');
    });
    it('flags states and wishes without a measure, by their shape', () => {
      for (const t of ['Be the best in the industry', 'Delight the customer!', 'to be a thought leader in its field', 'help customers love our product', 'Make progress with customers']) {
        assert.equal(flagged(unmeasuredAspiration, t).length, 1, t);
      }
      for (const t of ['사업 성장', '돈을 많이 벌고 싶다', '성공하자!']) assert.equal(flagged(unmeasuredAspiration, t, 'ko').length, 1, t);
    });
    it('reads full-width and zero-width letters as the letters they show', () => {
      const t = 'Mi\u200bgrate the data warehouse';
      const { o, doc } = outcome(t);
      const [f] = check(outputAsOutcome, o);
      assert.equal(doc.slice(f!.span.start, f!.span.end), 'Mi\u200bgrate', 'the span covers the word as written');
      assert.equal(flagged(outputAsOutcome, 'Ｍｉｇｒａｔｅ the data warehouse').length, 1);
      assert.equal(flagged(weaselWord, 'A seam\u200bless, ｗｏｒｌｄ-ｃｌａｓｓ checkout').length, 2);
    });
    it('flags Korean aspirations, in Korean', () => {
      const { o, doc } = outcome('운영 효율성 향상');
      const [f] = check(unmeasuredAspiration, o, 'ko');
      assert.equal(doc.slice(f!.span.start, f!.span.end), '향상');
      assert.match(f!.message, /방향만 있고 크기가 없습니다/);
      assert.deepEqual(flagged(unmeasuredAspiration, '2027년까지 운영 비용 절감', 'ko'), ['절감'], 'a year is not a number');
    });
    it('passes a change measured in digits, in words, or as behaviour', () => {
      assert.deepEqual(flagged(unmeasuredAspiration, 'Improve first-contact resolution from 68% to 80% by Q2 2027'), []);
      assert.deepEqual(flagged(unmeasuredAspiration, 'Reduce failed nightly jobs by ten percent'), []);
      assert.deepEqual(flagged(unmeasuredAspiration, 'Halve password-reset calls to the service desk'), []);
    });
    it('judges the statement even when the metric block has numbers', () => {
      const { o } = outcome('분석가가 전일 매출 보고서를 기다리는 시간 단축');
      const zero = { start: 0, end: 0 };
      o.metrics = { span: zero, secondary: [], primary: { span: zero, measurements: [], baseline: { span: zero, value: { value: 5, span: zero } }, target: { span: zero, value: { value: 0.5, span: zero } } } };
      assert.deepEqual(check(unmeasuredAspiration, o, 'ko').map((f) => f.data?.word), ['단축']);
    });
    it('passes Korean measured changes, with 절반 and 두 배', () => {
      assert.deepEqual(flagged(unmeasuredAspiration, '보고서 작성 시간을 절반으로 줄인다', 'ko'), []);
      assert.deepEqual(flagged(unmeasuredAspiration, '모바일 주문 비중을 두 배로 늘린다', 'ko'), []);
      assert.deepEqual(flagged(unmeasuredAspiration, '고객 만족도를 4.1점에서 4.5점으로 향상', 'ko'), []);
    });
  });

  describe('weasel-word', () => {
    it('flags every weasel word with the word as data', () => {
      const { o, doc } = outcome('A seamless, world-class checkout');
      const found = check(weaselWord, o);
      assert.deepEqual(found.map((f) => doc.slice(f.span.start, f.span.end)), ['seamless', 'world-class']);
      assert.deepEqual(found.map((f) => f.data?.word), ['seamless', 'world-class']);
      assert.match(found[0]!.message, /^"seamless" sounds specific but cannot be checked/);
    });
    it('flags Korean weasel words attached to endings, in Korean', () => {
      const { o, doc } = outcome('처리 속도를 획기적으로 개선');
      const [f] = check(weaselWord, o, 'ko');
      assert.equal(doc.slice(f!.span.start, f!.span.end), '획기적');
      assert.match(f!.message, /^"획기적"은 구체적으로 들리지만/);
    });
    it('passes plain statements, and "leading to" is not a weasel', () => {
      assert.deepEqual(flagged(weaselWord, 'Self-service resets leading to 2,000 fewer calls a month'), []);
      assert.deepEqual(flagged(weaselWord, '상담원이 통화 후 처리 시간을 90초 줄인다', 'ko'), []);
    });
    it('uses words a team adds in .cborc.yaml', () => {
      const { o } = outcome('Next-level reporting for the group');
      assert.equal(check(weaselWord, o).length, 0);
      assert.equal(check(weaselWord, o, 'en', extendVocabulary({ weaselWords: ['next-level'] }))[0]?.data?.word, 'Next-level');
    });
  });

  describe('no-actor', () => {
    it('notes a statement with nobody in it, on the title', () => {
      const { o } = outcome('Every invoice is paid on the day it arrives');
      const [f] = check(noActor, o);
      assert.deepEqual(f!.span, o.title!.span);
      assert.match(f!.message, /whose behaviour changes/);
      const ko = outcome('모든 청구서가 도착한 날 지급된다');
      assert.match(check(noActor, ko.o, 'ko')[0]!.message, /누구의 행동이 바뀌는지/);
    });
    it('never notes a measured outcome, nor one that names behaviour by its noun', () => {
      assert.deepEqual(flagged(noActor, 'Reduce checkout abandonment from 30% to 15% by 2027-06-30'), []);
      assert.deepEqual(flagged(noActor, 'Reduce infrastructure cost by 30%'), []);
      assert.deepEqual(flagged(noActor, 'Adoption of the expense app is the norm in every region'), []);
      assert.deepEqual(flagged(noActor, 'Monthly churn stays flat through the price change'), []);
      assert.deepEqual(flagged(noActor, '온라인 예약 이탈률이 매 분기 낮아진다', 'ko'), []);
    });
    it('never notes a count of results, with or without the people who produce them', () => {
      assert.deepEqual(flagged(noActor, 'Sell 4,000 annual passes by March'), []);
      assert.deepEqual(flagged(noActor, '120,000 new members by 2028'), []);
      assert.deepEqual(flagged(noActor, '연간 매출 300억 원 달성', 'ko'), []);
    });
    it('leaves a vague statement to the other wording rules', () => {
      assert.deepEqual(flagged(noActor, 'Migrate the data warehouse'), []);
      assert.deepEqual(flagged(noActor, 'Enhance operational efficiency'), []);
    });
    it('is quiet when the title or the behaviour names people', () => {
      assert.deepEqual(flagged(noActor, 'Returning customers finish checkout without calling support'), []);
      assert.deepEqual(flagged(noActor, 'Self-service checkout', 'en', 'Shoppers pay without calling support'), []);
      assert.deepEqual(flagged(noActor, '상담원이 반복 문의 대신 복잡한 문의를 처리한다', 'ko'), []);
    });
    it('leaves an unfilled template title to no-placeholder', () => {
      assert.deepEqual(flagged(noActor, '[Outcome Title]'), []);
    });
  });

  describe('no-placeholder', () => {
    it('flags a bracketed template prompt with a fix that selects it for typing', () => {
      const { o } = outcome('[Outcome Title]');
      const [f] = check(noPlaceholder, o);
      assert.deepEqual(f!.span, { start: 7, end: 22 });
      assert.deepEqual(f!.fix, { kind: 'replace', span: { start: 7, end: 22 }, snippet: '${1:Outcome Title}', title: 'Fill in "[Outcome Title]"' });
      assert.match(f!.message, /^"\[Outcome Title\]" is a template prompt left in/);
    });
    it('scans every string of the outcome for to-do markers, Korean too', () => {
      const { o, doc } = outcome('Customers pay online');
      const text = 'Baseline: TBD';
      const at = doc.length;
      o.strings.push({ value: text, span: { start: at, end: at + text.length } });
      const full = doc + text;
      assert.deepEqual(check(noPlaceholder, o).map((f) => full.slice(f.span.start, f.span.end)), ['TBD']);
      const ko = outcome('고객이 온라인으로 결제한다', '미정');
      const [f] = check(noPlaceholder, ko.o, 'ko');
      assert.equal(ko.doc.slice(f!.span.start, f!.span.end), '미정');
      assert.match(f!.message, /아직 채우지 않은/);
    });
    it('maps offsets inside a quoted YAML scalar', () => {
      const doc = 'title: "Cut wait times TODO"\n';
      const o = emptyOutcome(0, 'yaml', { start: 0, end: doc.length });
      o.title = { value: 'Cut wait times TODO', span: { start: 7, end: 28 } };
      const [f] = check(noPlaceholder, o);
      assert.equal(doc.slice(f!.span.start, f!.span.end), 'TODO');
    });
    it('passes filled statements, links and task boxes', () => {
      assert.deepEqual(flagged(noPlaceholder, 'Analysts get the report by 8am, see [the plan](plan.md)'), []);
      assert.deepEqual(flagged(noPlaceholder, '분석가가 오전 8시 전에 보고서를 받는다', 'ko'), []);
    });
  });
});

describe('wording rules on the labelled statements', () => {
  type Row = { text: string; lang: 'en' | 'ko'; label: 'outcome' | 'output' | 'unmeasured' };
  const read = (file: string): Row[] =>
    existsSync(path.join(process.cwd(), 'test/fixtures', file))
      ? readFileSync(path.join(process.cwd(), 'test/fixtures', file), 'utf8')
          .split('\n')
          .filter((l) => l.trim())
          .map((l) => JSON.parse(l) as Row)
      : [];
  const DEV = ['statements.jsonl', 'wording/dev.jsonl'];
  const HELD_OUT = ['statements.holdout.jsonl', 'wording/holdout.jsonl'];
  const vague = (text: string, lang: Lang) => {
    const { o } = outcome(text);
    return check(outputAsOutcome, o, lang).length + check(unmeasuredAspiration, o, lang).length > 0;
  };
  const score = (rows: Row[], lang: 'en' | 'ko') => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const r of rows.filter((x) => x.lang === lang)) {
      const p = vague(r.text, r.lang);
      const t = r.label !== 'outcome';
      if (p && t) tp++;
      else if (p) fp++;
      else if (t) fn++;
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
  };

  it('has the sets the issues ask for: both languages, all three labels, a frozen held-out split', () => {
    const rows = DEV.flatMap(read);
    assert.ok(rows.length >= 300);
    assert.ok(rows.filter((r) => r.lang === 'ko').length >= 100);
    assert.deepEqual([...new Set(rows.map((r) => r.label))].sort(), ['outcome', 'output', 'unmeasured']);
    assert.ok(HELD_OUT.flatMap(read).length >= 200);
  });
  // Floors a little under the figures scripts/eval-wording.ts prints, so a vocabulary or
  // shape change that costs real accuracy fails here rather than in review.
  for (const lang of ['en', 'ko'] as const) {
    it(`keeps "vague" F1 on the development sets (${lang})`, () => {
      const s = score(DEV.flatMap(read), lang);
      assert.ok(s.precision >= 0.95 && s.recall >= 0.93 && s.f1 >= 0.95, JSON.stringify(s));
    });
    it(`keeps "vague" F1 on the held-out sets (${lang})`, () => {
      const s = score(HELD_OUT.flatMap(read), lang);
      assert.ok(s.f1 >= HELD_OUT_F1_FLOOR, JSON.stringify(s));
    });
  }
  for (const [name, files] of [['development sets', DEV], ['held-out sets', HELD_OUT]] as const) {
    it(`no wording rule fires on more than 10 % of the good statements (${name})`, () => {
      const good = files.flatMap(read).filter((r) => r.label === 'outcome');
      for (const rule of [outputAsOutcome, unmeasuredAspiration, weaselWord, noActor, noPlaceholder]) {
        const fired = good.filter((r) => check(rule, outcome(r.text).o, r.lang).length > 0).length;
        assert.ok(fired / good.length <= 0.1, `${rule.id}: ${fired} of ${good.length}`);
      }
    });
  }
});

// A floor a little under the held-out runs (README, "How well the wording rules judge": all
// held-out lines, seventh run en 92.1 %, ko 90.8 %; fourth run 92.4 % and 91.6 %), so a change
// that costs real accuracy fails here. Korean sits closest to it: each new batch's held-out half
// has pulled the Korean aggregate down a little (91.6 -> 91.1 -> 90.6 -> 90.8 %).
const HELD_OUT_F1_FLOOR = 0.9;
