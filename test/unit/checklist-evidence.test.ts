// Evidence a team lead's operations plan holds and the plan check missed: tables of milestones,
// risks and roles (the header row names the columns), a "Roles" section, a metric named by its
// short name ("the appointment rate"), and the line and column of the sentence that matched,
// not of the first line of its paragraph.
import { strict as assert } from 'node:assert';
import { checkPlan } from '../../src/core/checklist/check-plan';
import { resolveConfig } from '../../src/core/config';
import { cbo, removeWorkspaces, workspace } from './cli-run';
import { TODAY } from './helpers';

after(() => removeWorkspaces());

type Lang = 'en' | 'ko';
const item = (text: string, id: string, lang: Lang = 'en') => checkPlan(text, { config: resolveConfig({}, { today: TODAY, lang }), only: ['cbo-process'] }).checklists[0]!.items.find((i) => i.id === id)!;
const status = (text: string, id: string, lang: Lang = 'en') => item(text, id, lang).status;

const CBO_EN = `## CBO: Carriers book a dock appointment online before arrival for 90% of inbound trucks

### Success Metrics
- **Primary Metric**: Inbound trucks arriving with a booked appointment (%)
- **Baseline**: 60% (as of 2026-10-31)
- **Target**: 90%
- **Timeline**: by 2027-04-30
`;
const CBO_KO = `## CBO: 외래 예약 환자가 전날까지 알림톡으로 예약을 취소한다

### 성공 지표
- **핵심 지표**: 외래 예약 환자의 당일 노쇼율 (%)
- **기준값**: 18% (2026-06-30 기준)
- **목표값**: 8%
- **기한**: 2027-06-30
`;

describe('plan check: evidence in tables, sections and short names', () => {
  describe('tables whose header row names the columns', () => {
    it('milestones: a table of milestone, date and owner is found under any heading; the evidence is its header row', () => {
      const en = '# Plan\n\n## Plan of work\n\n| Milestone | Date | Owner |\n| --- | --- | --- |\n| Portal configured | 2027-01-15 | Yard lead |\n';
      assert.equal(status(en, 'milestones'), 'found');
      assert.deepEqual(item(en, 'milestones').evidence.map((e) => [e.line, e.column]), [[5, 1]]);
      const ko = '# 계획\n\n## 작업 계획\n\n| 마일스톤 | 일정 | 담당 |\n| --- | --- | --- |\n| 포털 설정 | 2027-01-15 | 야드 책임자 |\n';
      assert.equal(status(ko, 'milestones', 'ko'), 'found');
    });

    it('milestones: partial with only the milestone column, or no row; missing for a table of something else', () => {
      assert.equal(status('# Plan\n\n## Work\n\n| Milestone | Notes |\n| --- | --- |\n| Portal | soon |\n', 'milestones'), 'partial');
      assert.equal(status('# Plan\n\n## Work\n\n| Milestone | Date |\n| --- | --- |\n', 'milestones'), 'partial');
      assert.equal(status('# 계획\n\n## 작업\n\n| 마일스톤 | 비고 |\n| --- | --- |\n| 포털 | 곧 |\n', 'milestones', 'ko'), 'partial');
      assert.equal(status('# Plan\n\n## Volumes\n\n| Carrier | Trucks a day |\n| --- | --- |\n| Acme | 12 |\n', 'milestones'), 'missing');
    });

    it('a heading over nothing but a table has content: "Milestones" and "Risks" over their tables are found', () => {
      assert.equal(status('# Plan\n\n## Milestones\n\n| What | When |\n| --- | --- |\n| Portal | 2027-01-15 |\n', 'milestones'), 'found');
      assert.equal(status('# 계획\n\n## 리스크 관리\n\n| 항목 | 비고 |\n| --- | --- |\n| 포털 미사용 | 계약 조건 |\n', 'risk-mitigation', 'ko'), 'found');
    });

    it('risk-mitigation: a table of risk, mitigation and owner is found; without the owner, partial', () => {
      const en = '# Plan\n\n## Watch list\n\n| Risk | Mitigation | Owner |\n| --- | --- | --- |\n| Carriers ignore the portal | Booking in the carrier contract | Transport |\n';
      assert.equal(status(en, 'risk-mitigation'), 'found');
      assert.equal(status(en.replace(' Owner |', ' Notes |'), 'risk-mitigation'), 'partial');
      const ko = '# 계획\n\n## 점검 목록\n\n| 위험 | 대응 | 담당 |\n| --- | --- | --- |\n| 운송사가 포털을 쓰지 않음 | 운송 계약에 예약 조건 | 운송팀 |\n';
      assert.equal(status(ko, 'risk-mitigation', 'ko'), 'found');
    });

    it('resources: a table of role and name is found, in English and Korean', () => {
      assert.equal(status('# Plan\n\n## Who\n\n| Role | Name |\n| --- | --- |\n| Yard lead | Marco Ruiz |\n', 'resources'), 'found');
      assert.equal(status('# 계획\n\n## 사람\n\n| 역할 | 이름 |\n| --- | --- |\n| 야드 책임자 | 김민수 |\n', 'resources', 'ko'), 'found');
    });
  });

  describe('resources: a Roles or Team section', () => {
    it('found for "Roles", "Team", "역할" and "담당" sections with content; partial when empty', () => {
      const roles = '# Plan\n\n## Roles\n\n- Dana Whitfield: accountable for the outcome and the budget\n- Yard lead (Marco Ruiz): portal set-up\n';
      assert.equal(status(roles, 'resources'), 'found');
      assert.deepEqual(item(roles, 'resources').evidence.map((e) => e.line), [3]);
      assert.equal(status('# Plan\n\n## Team\n\nTwo engineers and an analyst.\n', 'resources'), 'found');
      assert.equal(status('# 계획\n\n## 역할\n\n- 김민수: 포털 설정\n', 'resources', 'ko'), 'found');
      assert.equal(status('# 계획\n\n## 담당\n\n- 이지은: 운송사 온보딩\n', 'resources', 'ko'), 'found');
      assert.equal(status('# Plan\n\n## Team\n\n## Next\n\nText.\n', 'resources'), 'partial');
    });

    it('"roles", "team" or "담당" in running text, a label or another heading is no evidence', () => {
      assert.equal(status('# Plan\n\nThe roles of carriers change; the receiving team cannot plan labour.\n', 'resources'), 'missing');
      assert.equal(status('# Plan\n\n## Team retrospective\n\nAfter go-live.\n', 'resources'), 'missing');
      assert.equal(status('# 계획\n\n- **담당자**: 김민수\n\n운송팀이 역할을 나눈다.\n', 'resources', 'ko'), 'missing');
    });
  });

  describe('success measurement: a metric named by its short name', () => {
    it("found when a cadence sentence reports the primary metric's head with its measure", () => {
      assert.equal(status(`${CBO_EN}\n## Reporting\n\nEvery month we report the appointment rate and detention spend to the Harbor Foods sponsor.\n`, 'success-measurement'), 'found');
      assert.equal(status(`${CBO_KO}\n## 보고\n\n매월 노쇼율을 병원 경영회의에 보고한다.\n`, 'success-measurement', 'ko'), 'found');
    });

    it('missing when the head word is about something else, or there is no cadence', () => {
      assert.equal(status(`${CBO_EN}\n## Reporting\n\nEvery month we send appointment reminders to the carriers.\n`, 'success-measurement'), 'missing');
      assert.equal(status(`${CBO_EN}\n## Reporting\n\nWe report the appointment rate to the sponsor.\n`, 'success-measurement'), 'missing');
      const ko = CBO_KO.replace('외래 예약 환자의 당일 노쇼율 (%)', '도크 예약 후 도착한 입고 트럭 (%)');
      assert.equal(status(`${ko}\n## 보고\n\n매월 트럭 기사에게 일정을 알린다.\n`, 'success-measurement', 'ko'), 'missing');
    });
  });

  describe('the line and column of the sentence that matched', () => {
    it('a paragraph of two sentences on two lines: the monthly update is the second line', () => {
      const plan = `${CBO_EN}\n## Reporting\n\nWe review the appointment rate and the gate wait every Monday at the yard stand-up.\nEvery month we report the appointment rate and detention spend to the Harbor Foods sponsor.\n`;
      const at = (id: string) => item(plan, id).evidence.map((e) => [e.line, e.column]);
      assert.deepEqual(at('weekly-review'), [[11, 1]]);
      assert.deepEqual(at('monthly-update'), [[12, 1]]);
      const ko = `${CBO_KO}\n## 보고\n\n매주 월요일 야드 회의에서 노쇼율을 검토한다.\n매월 노쇼율을 병원 경영회의에 보고한다.\n`;
      assert.deepEqual(item(ko, 'monthly-update', 'ko').evidence.map((e) => [e.line, e.column]), [[12, 1]]);
    });

    it('a second sentence on the same line, and one on a list item\'s indented line, by column', () => {
      const line = '# Plan\n\n## Reporting\n\nThe team meets every Monday to review risks. Every month we report progress to the steering group.\n';
      const sentence = 'Every month we report progress';
      assert.deepEqual(item(line, 'monthly-update').evidence.map((e) => [e.line, e.column]), [[5, line.split('\n')[4]!.indexOf(sentence) + 1]]);
      assert.match(item(line, 'monthly-update').evidence[0]!.text, /^Every month we report/);
      const listed = '# Plan\n\n- The team meets every Monday to review risks.\n  Every month we report progress to the steering group.\n';
      assert.deepEqual(item(listed, 'monthly-update').evidence.map((e) => [e.line, e.column]), [[4, 3]]);
      assert.deepEqual(item(listed, 'weekly-review').evidence.map((e) => [e.line, e.column]), [[3, 3]]);
      const ko = '# 계획\n\n## 보고\n\n- 매주 월요일 팀이 위험을 검토한다. 매달 PM이 이해관계자에게 진척을 공유한다.\n';
      const koLine = ko.split('\n')[4]!;
      assert.deepEqual(item(ko, 'monthly-update', 'ko').evidence.map((e) => [e.line, e.column]), [[5, koLine.indexOf('매달') + 1]]);
    });

    it('cbo plan --format json gives each evidence its line and column', async () => {
      const plan = `${CBO_EN}\n## Reporting\n\nWe review the appointment rate every Monday at the yard stand-up. Every month we report the appointment rate to the sponsor.\n`;
      const dir = workspace({ 'plan.md': plan });
      const json = JSON.parse((await cbo(dir, 'plan', 'plan.md', '--format', 'json', '--checklist', 'cbo-process')).out);
      const monthly = json.checklists[0].items.find((i: { id: string }) => i.id === 'monthly-update');
      assert.deepEqual(monthly.evidence, [{ line: 11, column: plan.split('\n')[10]!.indexOf('Every month') + 1 }]);
      const text = await cbo(dir, 'plan', 'plan.md', '--checklist', 'cbo-process');
      assert.match(text.out, /✓ found {3}monthly-update {11}Monthly stakeholder update \(line 11\)/);
    });
  });
});
