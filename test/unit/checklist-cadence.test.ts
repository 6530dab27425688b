// The plan check reads a cadence said in plain words ("매주 원무팀과 노쇼율을 보고", "every month we
// report to the steering group") as the review or update it sets, and a cadence word in a
// sentence about something else as nothing.
import { strict as assert } from 'node:assert';
import { checkPlan } from '../../src/core/checklist/check-plan';
import { resolveConfig } from '../../src/core/config';
import { TODAY } from './helpers';

type Lang = 'en' | 'ko';
const statuses = (text: string, lang: Lang = 'en') => {
  const c = checkPlan(text, { config: resolveConfig({}, { today: TODAY, lang }), only: ['cbo-process'] }).checklists[0]!;
  return Object.fromEntries(c.items.map((i) => [i.id, i.status]));
};
const status = (line: string, item: string, lang: Lang = 'en') => statuses(`# Plan\n\n## Tracking\n\n${line}\n`, lang)[item];

describe('plan check: cadence in plain words', () => {
  describe('weekly-review', () => {
    const found: [string, Lang][] = [
      ['Every week the PM and the ward manager check milestones and risks.', 'en'],
      ['Each week the delivery team reviews the milestones.', 'en'],
      ['The team meets weekly to go over risks.', 'en'],
      ['Once a week we hold a status meeting with the sponsor.', 'en'],
      ['Every Monday, the team reviews the milestones.', 'en'],
      ['매주 PM과 병동 책임자가 마일스톤과 위험을 점검한다.', 'ko'],
      ['주 1회 원무팀과 진척을 검토한다.', 'ko'],
      ['매주 월요일 팀이 모여 일정을 확인한다.', 'ko'],
      ['월요일마다 주간회의에서 위험을 논의한다.', 'ko'],
    ];
    for (const [line, lang] of found) it(`found: ${line}`, () => assert.equal(status(line, 'weekly-review', lang), 'found'));

    const missing: [string, Lang][] = [
      ['Customers order every week from the catalogue.', 'en'],
      ['Weekly sales grew by 10% last year.', 'en'],
      ['매주 50건의 예약이 취소된다.', 'ko'],
      ['주간 매출이 10% 늘었다.', 'ko'],
      // The review word belongs to the monthly clause, not the weekly one.
      ['매주 원무팀이 노쇼율을 집계하고, 매월 경영회의에 보고한다.', 'ko'],
      ['Every week the team counts the tickets, and every month it reports them to the sponsor.', 'en'],
    ];
    for (const [line, lang] of missing) it(`missing: ${line}`, () => assert.equal(status(line, 'weekly-review', lang), 'missing'));

    it('partial: a fortnightly review is not the weekly one the item asks for', () => {
      assert.equal(status('격주로 원무팀과 진척을 검토한다.', 'weekly-review', 'ko'), 'partial');
      assert.equal(status('Every other week the team reviews the milestones.', 'weekly-review'), 'partial');
      assert.equal(status('A bi-weekly review with the sponsor.', 'weekly-review'), 'partial');
    });

    it('partial: an open task that sets the review; found once it is checked', () => {
      assert.equal(status('- [ ] 매주 원무팀과 마일스톤을 점검한다', 'weekly-review', 'ko'), 'partial');
      assert.equal(status('- [x] 매주 원무팀과 마일스톤을 점검한다', 'weekly-review', 'ko'), 'found');
    });
  });

  describe('monthly-update', () => {
    const found: [string, Lang][] = [
      ['Every month we report progress to the steering group.', 'en'],
      ['Monthly: a one-page update goes to the sponsor.', 'en'],
      ['Once a month the PM briefs the stakeholders.', 'en'],
      ['매월 병원 경영회의에 보고한다.', 'ko'],
      ['매달 PM이 이해관계자에게 진척을 공유한다.', 'ko'],
      ['월 1회 운영위원회에 결과를 발표한다.', 'ko'],
    ];
    for (const [line, lang] of found) it(`found: ${line}`, () => assert.equal(status(line, 'monthly-update', lang), 'found'));

    const missing: [string, Lang][] = [
      ['Every month 4,000 slots go unused.', 'en'],
      // A monthly review inside the team tells no stakeholder anything.
      ['Every month the team reviews the backlog.', 'en'],
      ['매달 300만 원의 비용이 든다.', 'ko'],
      ['3월 1회차 교육 결과를 보고했다.', 'ko'],
    ];
    for (const [line, lang] of missing) it(`missing: ${line}`, () => assert.equal(status(line, 'monthly-update', lang), 'missing'));
  });

  describe('quarterly-review', () => {
    it('found: a review set each quarter, in both languages', () => {
      assert.equal(status('Every quarter the sponsor reviews the value delivered against the targets.', 'quarterly-review'), 'found');
      assert.equal(status('분기마다 경영진이 CBO 목표 대비 성과를 검토한다.', 'quarterly-review', 'ko'), 'found');
    });
    it('missing: a quarter that is a date, or a cadence with no review', () => {
      assert.equal(status('다음 분기에 전 진료과로 넓힌다.', 'quarterly-review', 'ko'), 'missing');
      assert.equal(status('1분기 보고서를 검토했다.', 'quarterly-review', 'ko'), 'missing');
      assert.equal(status('Sales peak every quarter end.', 'quarterly-review'), 'missing');
    });
  });

  describe('success-measurement', () => {
    const cbo = (metric: string) => `## CBO: Patients cancel before the day\n\n### Success Metrics\n- **Primary Metric**: ${metric}\n- **Baseline**: 18% as of 2026-06-30\n- **Target**: 8%\n- **Timeline**: by 2027-06-30\n\n`;
    it("found: a clause that reports one of the plan's metrics, or a dashboard, at a cadence", () => {
      assert.equal(statuses(`${cbo('Outpatient no-show rate (%)')}## Tracking\n\nEvery week we report the no-show rate to the clinic.\n`)['success-measurement'], 'found');
      assert.equal(statuses(`${cbo('외래 노쇼율 (%)')}## 추적\n\n매주 원무팀과 노쇼율을 보고한다.\n`, 'ko')['success-measurement'], 'found');
      assert.equal(status('매월 지표 대시보드를 경영회의에 공유한다.', 'success-measurement', 'ko'), 'found');
    });
    it('missing: a cadence review of milestones only, or a metric with no cadence', () => {
      assert.equal(status('Every week the team checks milestones and risks.', 'success-measurement'), 'missing');
      assert.equal(statuses(`${cbo('Outpatient no-show rate (%)')}## Notes\n\nWe report the no-show rate.\n`)['success-measurement'], 'missing');
    });
  });

  it('the Korean no-show plan line: weekly, monthly, cadence and measurement found from one labelled line', () => {
    const plan = `${'## CBO: 외래 예약 환자가 전날까지 알림톡으로 예약을 취소한다\n\n### 성공 지표\n- **핵심 지표**: 외래 노쇼율 (%)\n- **기준값**: 18% (2026-06-30 기준)\n- **목표**: 8%\n- **일정**: 2027-06-30까지\n\n'}## 구현 계획\n\n- [x] **보고 주기**: 매주 원무팀과 노쇼율을 보고, 매월 병원 경영회의에 보고한다\n`;
    const s = statuses(plan, 'ko');
    assert.deepEqual([s['weekly-review'], s['monthly-update'], s['reporting-cadence'], s['success-measurement'], s['quarterly-review']], ['found', 'found', 'found', 'found', 'missing']);
  });

  it('the English probe line: weekly and monthly found, success measurement not (it names no metric)', () => {
    const s = statuses('# Plan\n\n## Progress\n\n- **Status**: every week the PM and the ward manager check milestones and risks; every month we report to the steering group\n');
    assert.deepEqual([s['weekly-review'], s['monthly-update'], s['success-measurement']], ['found', 'found', 'missing']);
  });
});
