// The guided flow's account step (the customer, asked first, so the portfolio can count the new
// outcome and match it with the team's copy) and its refusal of a deadline already past, in the
// core and through `cbo new` answered by a pipe.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { resolveConfig } from '../../src/core/config';
import { guidedMarkdown, guidedYaml, judgeStep, type GuidedAnswers } from '../../src/core/guided';
import { accountSuggestions, otherSpelling } from '../../src/core/guided-account';
import { parseDocument } from '../../src/core/parse/index';
import { buildPortfolio } from '../../src/core/portfolio/index';
import { GOOD_ANSWERS } from '../guided-answers';
import { cboInput, removeWorkspaces, workspace } from './cli-run';
import { TODAY } from './helpers';

after(() => removeWorkspaces());

const config = (lang: 'en' | 'ko' = 'en') => resolveConfig({}, { today: TODAY, lang });
const EN: GuidedAnswers = GOOD_ANSWERS;
const STEPS = ['account', 'current', 'future', 'barriers', 'solutions', 'behavior', 'hypothesis', 'metric', 'baseline', 'target', 'category', 'value', 'investment'] as const;
const script = (a: Record<(typeof STEPS)[number], string>, extra: Partial<Record<(typeof STEPS)[number], string[]>> = {}) => STEPS.flatMap((s) => extra[s] ?? [a[s]]).map((x) => `${x}\n`).join('');
const PIPED = { ...GOOD_ANSWERS, category: '1' };
const T = ['--today', TODAY];

/** A team's CBO file for `account`, with a title of its own. */
const teamFile = (account: string, title: string) => `cbo: 1\ntitle: "${title}"\naccount: ${account}\noutcome:\n  behavior: "${title}"\n`;

describe('New CBO (Guided): the account', () => {
  it('writes the account where the YAML schema and the Markdown template put it, and the readers read it back', () => {
    const yaml = guidedYaml(EN, 'en');
    assert.match(yaml, /^category: operational-efficiency\naccount: "Northwind Retail"\ncontext:/m);
    assert.equal(parseDocument(yaml, 'yaml').doc.outcomes[0]!.account?.value, 'Northwind Retail');
    const md = guidedMarkdown(EN, 'en');
    assert.match(md, /### Business Context\n- \*\*Account\*\*: Northwind Retail\n/);
    assert.equal(parseDocument(md, 'markdown').doc.outcomes[0]!.account?.value, 'Northwind Retail');
    const ko = guidedMarkdown({ ...EN, behavior: '분석가가 전일 매출 보고서로 오전 회의를 준비한다', account: '한빛리테일' }, 'ko');
    assert.match(ko, /### 비즈니스 배경\n- \*\*고객사\*\*: 한빛리테일\n/);
    assert.equal(parseDocument(ko, 'markdown').doc.outcomes[0]!.account?.value, '한빛리테일');
  });

  it('leaves the account out on an empty answer, and says what that costs in both languages', () => {
    for (const account of ['', '   ']) {
      assert.doesNotMatch(guidedYaml({ ...EN, account }, 'en'), /account/);
      assert.doesNotMatch(guidedMarkdown({ ...EN, account }, 'en'), /Account/);
    }
    const en = judgeStep('account', { ...EN, account: '' }, config());
    assert.equal(en?.severity, 'info', 'kept: the account is optional');
    assert.match(en!.message, /^No account: the portfolio leaves this outcome out of its ROI-demonstrable rate/);
    assert.match(en!.message, /counts it apart from a copy of it in the team's files/);
    const ko = judgeStep('account', { ...EN, account: '' }, config('ko'));
    assert.equal(ko?.severity, 'info');
    assert.match(ko!.message, /^고객사 없음: 포트폴리오는 .*ROI 입증률에서 이 성과를 빼고/);
    assert.equal(judgeStep('account', EN, config()), undefined, 'a name is taken as written');
  });

  it('the draft\'s account lets the portfolio count it once with the team\'s copy and count its account', () => {
    const title = EN.behavior!;
    const team = parseDocument(teamFile('Northwind Retail', title), 'yaml').doc.outcomes;
    const withAccount = parseDocument(guidedYaml(EN, 'en'), 'yaml').doc.outcomes;
    const p = buildPortfolio([{ file: 'team.cbo.yaml', outcomes: team, lineOf: () => 1 }, { file: 'draft.cbo.yaml', outcomes: withAccount, lineOf: () => 1 }], TODAY);
    assert.equal(p.outcomes.length, 1, 'one outcome, counted once');
    const without = parseDocument(guidedYaml({ ...EN, account: '' }, 'en'), 'yaml').doc.outcomes;
    const q = buildPortfolio([{ file: 'team.cbo.yaml', outcomes: team, lineOf: () => 1 }, { file: 'draft.cbo.yaml', outcomes: without, lineOf: () => 1 }], TODAY);
    assert.equal(q.outcomes.length, 2, 'without it the draft stays apart, as the note says');
  });

  it('offers the workspace\'s accounts most used first, each spelling once, without a template\'s prompt', () => {
    assert.deepEqual(accountSuggestions(['Harbor Foods', 'Kestrel', undefined, ' Harbor Foods ', 'Brightline', 'Kestrel', 'Harbor Foods', 'customer account', '고객사 이름', '', 'Acme']), ['Harbor Foods', 'Kestrel', 'Acme', 'Brightline']);
    assert.deepEqual(accountSuggestions([]), []);
  });

  it('warns when the answer is another spelling of an account the workspace writes, and says which', () => {
    const known = ['Harbor Foods', 'Kestrel Logistics'];
    assert.equal(otherSpelling('harbor  foods', known), 'Harbor Foods');
    assert.equal(otherSpelling('Harbor-Foods.', known), 'Harbor Foods');
    assert.equal(otherSpelling('Harbor Foods', known), undefined, 'the same spelling');
    assert.equal(otherSpelling('Harbor Foodstuffs', known), undefined, 'another name');
    const en = judgeStep('account', { ...EN, account: 'harbor foods' }, config(), known);
    assert.equal(en?.severity, 'warning');
    assert.match(en!.message, /^The workspace writes this account "Harbor Foods": .* so "harbor foods" would be another account\./);
    const ko = judgeStep('account', { ...EN, account: 'harbor foods' }, config('ko'), known);
    assert.equal(ko?.severity, 'warning');
    assert.match(ko!.message, /^작업 공간에는 이 고객사가 "Harbor Foods"로 적혀 있습니다\. .*"harbor foods"는 다른 고객사가 됩니다/);
    assert.equal(judgeStep('account', { ...EN, account: 'Harbor Foods' }, config(), known), undefined);
  });
});

describe('New CBO (Guided): a deadline already past', () => {
  it('is refused with the reason in the flow\'s language, whatever the config does with deadline-passed', () => {
    const en = judgeStep('target', { ...EN, target: '95 by 2026-01-31' }, config());
    assert.equal(en?.severity, 'error');
    assert.equal(en!.message, 'The deadline 2026-01-31 has already passed (today is 2026-11-22): a new outcome\'s deadline is still ahead. Write the value to reach by a date after today.');
    const ko = judgeStep('target', { ...EN, target: '95, 2026-01-31' }, config('ko'));
    assert.equal(ko?.severity, 'error');
    assert.match(ko!.message, /^기한\(2026-01-31\)이 이미 지났습니다\(오늘 2026-11-22\)\./);
    assert.equal(judgeStep('target', { ...EN, target: '95 by 2026-01-31' }, resolveConfig({ rules: { 'deadline-passed': 'off' } }, { today: TODAY, lang: 'en' }))?.severity, 'error');
    // Today itself is still ahead of nobody: the rule calls it passed only after it.
    assert.equal(judgeStep('target', { ...EN, target: `95 by ${TODAY}` }, config()), undefined);
  });
});

describe('cbo new: the account step', () => {
  const folder = () =>
    workspace({
      'a.cbo.yaml': teamFile('Harbor Foods', 'Carriers book a dock slot online'),
      'b.cbo.yaml': teamFile('Harbor Foods', 'Pickers scan at the shelf'),
      'plans/c.md': '# Plan\n\n## CBO: Drivers confirm arrival\n\n### Business Context\n- **Account**: Kestrel Logistics\n',
      'd.cbo.yaml': teamFile('Brightline', 'Agents close tickets on first contact'),
      'e.cbo.yaml': teamFile('Acme', 'Buyers reorder from the app'),
      'f.cbo.yaml': teamFile('Delta Farms', 'Growers log yields weekly'),
      'g.cbo.yaml': teamFile('Zenith', 'Clerks file returns the same day'),
      'h.cbo.yaml': teamFile('customer account', 'A snippet left unfilled'),
    });

  it('lists up to five of the folder\'s accounts, most used first, and takes one by its number', async () => {
    const dir = folder();
    const r = await cboInput(dir, script(PIPED, { account: ['1'] }), 'new', '-o', '-', ...T);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /\(1\/13\) Account\n[^\n]+\nAccounts in this folder's CBO files \(the 5 most used of 6\):\n {2}1 {2}Harbor Foods\n {2}2 {2}Acme\n {2}3 {2}Brightline\n {2}4 {2}Delta Farms\n {2}5 {2}Kestrel Logistics\nType a number \(1-5\) or a name; leave it empty for none\.\n/);
    assert.doesNotMatch(r.err, /customer account/);
    assert.match(r.out, /^account: "Harbor Foods"$/m);
  });

  it('asks again for a number that picks nothing; takes a new name; warns on another spelling of a listed one', async () => {
    const dir = folder();
    const r = await cboInput(dir, script(PIPED, { account: ['9', 'Zenith Group'] }), 'new', '-o', '-', ...T);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /> 9\nerror: Type a number from 1 to 5, or the account's name\.\n> Zenith Group\n/);
    assert.match(r.out, /^account: "Zenith Group"$/m);
    const spelled = await cboInput(dir, script(PIPED, { account: ['harbor foods', '2'] }), 'new', '-o', '-', ...T);
    assert.equal(spelled.code, 0, spelled.err);
    assert.match(spelled.err, /> harbor foods\nwarning: The workspace writes this account "Harbor Foods"/);
    assert.match(spelled.out, /^account: "Acme"$/m);
  });

  it('an empty answer leaves the account out, with the note on what that costs; in Korean too', async () => {
    const r = await cboInput(workspace({}), script({ ...PIPED, account: '' }), 'new', '-o', '-', ...T);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /\(1\/13\) Account\n[^\n]+\ne\.g\. Northwind Retail\n> \nnote: No account: the portfolio leaves this outcome out of its ROI-demonstrable rate/);
    assert.doesNotMatch(r.out, /account/);
    const ko = await cboInput(workspace({}), script({ ...PIPED, account: '' }), 'new', '-o', '-', '--lang', 'ko', ...T);
    assert.equal(ko.code, 0, ko.err);
    assert.match(ko.err, /\(1\/13\) 고객사\n[^\n]+\n예: 한빛리테일\n> \n참고: 고객사 없음: /);
  });

  it('refuses a deadline already past and asks again, writing nothing until the last answer', async () => {
    const dir = workspace({});
    const r = await cboInput(dir, script(PIPED, { target: ['95 by 2026-01-31', PIPED.target] }), 'new', ...T);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /> 95 by 2026-01-31\nerror: The deadline 2026-01-31 has already passed \(today is 2026-11-22\)[^\n]*\n> 95 by 2027-06-30\n/);
    assert.match(readFileSync(path.join(dir, 'analysts-prepare-the-morning-meeting-from.cbo.yaml'), 'utf8'), /target: \{ value: 95, by: 2027-06-30 \}/);
    const ko = await cboInput(workspace({}), script(PIPED, { target: ['95, 2026-01-31', ''] }), 'new', '-o', '-', '--lang', 'ko', ...T);
    assert.equal(ko.code, 1, 'a blank line does not keep a refused deadline: the answers run out');
    assert.match(ko.err, /> 95, 2026-01-31\n오류: 기한\(2026-01-31\)이 이미 지났습니다/);
    assert.equal(ko.out, '');
  });
});
