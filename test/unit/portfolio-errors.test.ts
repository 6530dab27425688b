// A team folder where one file has errors cbo check reports (an impossible date, a target written
// as text, a category the framework does not have, a misspelt key): the portfolio counts its
// outcome but names the file with its errors, says why a status is "no data", marks what is not a
// date or a category, and exits 1 as `cbo report FILE` does on a reading problem.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Finding } from '../../src/core/finding';
import { lint } from '../../src/core/lint';
import { resolveConfig } from '../../src/core/config';
import { portfolioPart } from '../../src/core/portfolio';
import { buildReport } from '../../src/core/report';
import { cbo, removeWorkspaces, workspace } from './cli-run';

const ROOT = path.resolve(__dirname, '../../..');
const TODAY = '2026-11-29';
const fixture = (name: string) => readFileSync(path.join(ROOT, 'test/fixtures/team-portfolio', name), 'utf8');

// Four errors as cbo check counts them: schema (category), impossible-date (target.by),
// schema (the secondary's target written as text), schema (`ownr`).
const ACME = `cbo: 1
title: Support agents resolve tickets in the new console within one day
account: Acme Corp
category: customer-experience
owner: Head of Support
users: 40
outcome:
  behavior: Support agents resolve tickets in the new console
  hypothesis: If agents resolve tickets in the console, customers wait less, so renewals rise
metrics:
  primary:
    name: Share of tickets resolved within one day
    unit: "%"
    direction: increase
    baseline: { value: 40, asOf: 2026-03-31 }
    target: { value: 80, by: 2027-13-01 }
    measurements:
      - { date: 2026-10-31, value: 61 }
  secondary:
    - name: Tickets reopened
      unit: "%"
      baseline: { value: 12, asOf: 2026-03-31 }
      target: { value: eighty, by: 2027-06-30 }
value:
  currency: USD
  investment: 50000
  items:
    - { type: soft-savings, hours: 3000, rate: 45, assumption: Forty agents each save an hour and a half a week, validated: true }
ownr: Jane
`;

function team(extra: Record<string, string> = {}): string {
  return workspace({ 'contoso.cbo.yaml': fixture('contoso.cbo.yaml'), 'hanbit.cbo.yaml': fixture('hanbit.cbo.yaml'), ...extra }, 'cbo-portfolio-errors-');
}

interface Json {
  outcomes: { file: string; title: string; status: string }[];
  problems: { file: string; line: number; message: string }[];
}

describe('portfolio: files with errors', () => {
  after(() => removeWorkspaces());

  it('names a file with errors, with its count as cbo check makes it, keeps its outcome, and exits 1', async () => {
    const dir = team({ 'acme.cbo.yaml': ACME });
    const check = await cbo(dir, 'check', 'acme.cbo.yaml', '--today', TODAY);
    assert.match(check.err, /4 problems \(4 errors/, 'the count the note must agree with');
    const json = await cbo(dir, 'portfolio', '--format', 'json', '--today', TODAY);
    assert.equal(json.code, 1, json.err);
    const j = JSON.parse(json.out) as Json;
    assert.ok(j.outcomes.some((o) => o.file === 'acme.cbo.yaml'), 'still counted');
    // Line 4: the first error (category).
    assert.deepEqual(j.problems, [{ file: 'acme.cbo.yaml', line: 4, message: '4 errors (run "cbo check acme.cbo.yaml"); its outcomes are counted, but their figures may be wrong' }]);
    assert.match(json.err, /^cbo: acme\.cbo\.yaml:4: 4 errors \(run "cbo check acme\.cbo\.yaml"\)/m);
    const md = await cbo(dir, 'report', '--portfolio', '.', '--today', TODAY);
    assert.equal(md.code, 1);
    assert.match(md.out, /## Files with problems\n\n- acme\.cbo\.yaml:4: 4 errors \(run "cbo check acme\.cbo\.yaml"\); its outcomes are counted, but their figures may be wrong\n/);
    const ko = await cbo(dir, 'portfolio', '--format', 'md', '--lang', 'ko', '--today', TODAY);
    assert.match(ko.out, /- acme\.cbo\.yaml:4: 오류 4개\("cbo check acme\.cbo\.yaml"로 확인하세요\)\. 이 파일의 성과는 수치에 들어가지만 틀릴 수 있습니다/);
  });

  it("follows .cborc.yaml's severities: errors made warnings are not counted, and no reading error exits 0", async () => {
    const dir = team({ 'acme.cbo.yaml': ACME, '.cborc.yaml': 'rules:\n  schema: warning\n' });
    const r = await cbo(dir, 'portfolio', '--format', 'json', '--today', TODAY);
    // The impossible date is still an error (a rule, not a reading problem): named, exit 0 as cbo report FILE.
    assert.equal(r.code, 0, r.err);
    assert.deepEqual((JSON.parse(r.out) as Json).problems.map((p) => `${p.file}:${p.line}: ${p.message.slice(0, 8)}`), ['acme.cbo.yaml:16: 1 error ']);
    assert.equal((await cbo(dir, 'report', 'acme.cbo.yaml', '--today', TODAY)).code, 0, 'cbo report FILE agrees');
    const off = team({ 'acme.cbo.yaml': ACME, '.cborc.yaml': 'rules:\n  schema: warning\n  impossible-date: off\n' });
    const quiet = await cbo(off, 'portfolio', '--format', 'json', '--today', TODAY);
    assert.deepEqual((JSON.parse(quiet.out) as Json).problems, []);
    assert.equal(quiet.code, 0);
  });

  it('the team fixture and the example CBOs (the README picture) have no problems and exit 0', async () => {
    const examples = Object.fromEntries(['checkout.cbo.yaml', 'refund-speed.cbo.yaml'].map((f) => [f, readFileSync(path.join(ROOT, 'examples', f), 'utf8')]));
    const dir = team(examples);
    const r = await cbo(dir, 'report', '--portfolio', '.', '--today', TODAY);
    assert.equal(r.code, 0, r.err);
    assert.doesNotMatch(r.out, /Files with problems/);
    assert.equal(r.err, '');
  });

  it('portfolioPart adds the errors note only when told where to see them, and only for counted outcomes', () => {
    const config = resolveConfig({}, { today: TODAY, lang: 'en' });
    const linted = lint(ACME, 'yaml', config);
    assert.equal(portfolioPart(linted.outcomes, linted.findings, 'en').notes.length, 0);
    const { kept, notes } = portfolioPart(linted.outcomes, linted.findings, 'en', 'open it to see them in Problems');
    assert.equal(kept.length, 1);
    assert.deepEqual(notes.map((n) => n.message), ['4 errors (open it to see them in Problems); its outcomes are counted, but their figures may be wrong']);
    assert.equal(ACME.slice(notes[0]!.offset).split('\n')[0], 'customer-experience', 'at the first error');
    const warningOnly: Finding[] = linted.findings.map((f) => ({ ...f, severity: 'warning' }));
    assert.equal(portfolioPart(linted.outcomes, warningOnly, 'en', 'x').notes.length, 0, 'warnings are no errors');
    assert.equal(portfolioPart([], linted.findings, 'en', 'x').notes.length, 0, 'nothing counted, nothing wrong');
  });
});

describe('reports: why "no data", and what is not a date or a category', () => {
  after(() => removeWorkspaces());

  it('the portfolio says why a status has no data beside a reading, and marks the impossible date and the unknown category', async () => {
    const dir = team({ 'acme.cbo.yaml': ACME });
    const md = (await cbo(dir, 'portfolio', '--format', 'md', '--today', TODAY)).out;
    assert.match(md, /\| customer-experience \(not a category\) \| 80% by 2027-13-01 \(not a date\) \| 61% on 2026-10-31 \| – no data \(the target has no valid date\) \|/);
    // A category of the framework keeps its label.
    assert.match(md, /\| Operational efficiency \|/);
    const ko = (await cbo(dir, 'portfolio', '--format', 'md', '--lang', 'ko', '--today', TODAY)).out;
    assert.match(ko, /\| customer-experience\(범주 아님\) \| 2027-13-01\(날짜 아님\)까지 80% \| 2026-10-31 측정 61% \| – 데이터 없음 \(목표값에 올바른 날짜가 없음\) \|/);
    const text = (await cbo(dir, 'portfolio', '--today', TODAY)).out;
    assert.match(text, /^acme\.cbo\.yaml:2 no data \(the target has no valid date\) {2}Support agents/m);
  });

  it('the one-file report says the same', async () => {
    const dir = team({ 'acme.cbo.yaml': ACME });
    const r = await cbo(dir, 'report', 'acme.cbo.yaml', '--today', TODAY);
    assert.equal(r.code, 1, 'schema errors are reading problems');
    assert.match(r.out, /\| 1 \| Support agents [^|]+ \| customer-experience \(not a category\) \| 80% by 2027-13-01 \(not a date\) \| 61% on 2026-10-31 \| [^|]+ \| – no data \(the target has no valid date\) \|/);
    assert.match(r.out, /- \*\*Category\*\*: customer-experience \(not a category\)/);
    assert.match(r.out, /- \*\*Status\*\*: – no data \(the target has no valid date\)/);
  });

  it('a target written as text, no measurement, no metric: each its own reason', () => {
    const yaml = (metric: string) => `cbo: 1\ntitle: Agents answer in the console\n${metric}`;
    const report = (metric: string, lang: 'en' | 'ko' = 'en') => buildReport(lint(yaml(metric), 'yaml', resolveConfig({}, { today: TODAY, lang })).outcomes, { today: TODAY, lang });
    const primary = (target: string, readings = '    measurements: [{ date: 2026-10-31, value: 61 }]\n') =>
      `metrics:\n  primary:\n    name: Share resolved\n    unit: "%"\n    baseline: { value: 40, asOf: 2026-03-31 }\n    target: ${target}\n${readings}`;
    assert.match(report(primary('{ value: eighty, by: 2027-06-30 }')), /– no data \(no numeric target to compare with\)/);
    assert.match(report(primary('{ value: 80, by: 2027-06-30 }', '')), /– no data \(no measurement up to today\)/);
    assert.match(report(primary('{ value: 80, by: 2026-01-31 }')), /– no data \(the target date is not after the baseline\)/);
    assert.match(report(''), /– no data \(no primary metric\)/);
    assert.match(report(primary('{ value: 80, by: 2027-13-01 }'), 'ko'), /– 데이터 없음 \(목표값에 올바른 날짜가 없음\)/);
    // Data: no reason added.
    assert.doesNotMatch(report(primary('{ value: 80, by: 2027-06-30 }')), /no data/);
  });
});

describe('peer comparison: the note under the table', () => {
  after(() => removeWorkspaces());

  it('says what "–" means and how the top quartile is taken, in English and Korean', async () => {
    const dir = team({ 'acme.cbo.yaml': ACME });
    const md = (await cbo(dir, 'portfolio', '--format', 'md', '--today', TODAY)).out;
    const peers = md.slice(md.indexOf('## Peer comparison'), md.indexOf('## Recommendations'));
    // The table, then the note right under it.
    assert.match(peers, /\|\n\n“–”: no figure for that unit \([^)]*\)\. Top quartile: of the n units with a figure, sorted from lowest to highest, the one at place ⌈0\.75 × n⌉ \(nearest rank\)/);
    const ko = (await cbo(dir, 'portfolio', '--format', 'md', '--lang', 'ko', '--today', TODAY)).out;
    assert.match(ko, /“–”: 그 단위에는 해당 수치가 없습니다.*상위 25%: 수치가 있는 n개 단위를 낮은 값부터 늘어놓아 ⌈0\.75 × n⌉번째 값\(최근접 순위\)/);
  });
});

describe('portfolio: a file it could not read, whatever the config hides', () => {
  after(() => removeWorkspaces());
  const GOOD = fixture('contoso.cbo.yaml');

  it('names a broken file with yaml-syntax switched off, and a broken ```cbo block once, not twice', async () => {
    const plan = '## CBO: Dispatchers plan routes in the tool\n\n```cbo\ntitle: [\n```\n';
    const dir = workspace({ 'good.cbo.yaml': GOOD, 'syntax.cbo.yaml': 'title: x\n  bad: [\n', 'plan.md': plan, '.cborc.yaml': 'rules: { yaml-syntax: off }\n' });
    const r = await cbo(dir, 'portfolio', '.', '--format', 'md', '--today', TODAY);
    assert.match(r.out, /syntax\.cbo\.yaml:\d+/, r.out);
    assert.match(r.out, /are left out/);
    // A plan whose one good outcome has no error, and a broken block: the syntax error is said
    // once, as the part left out, not again as "1 error" of the outcomes counted.
    const example = readFileSync(path.join(ROOT, 'examples/plan.md'), 'utf8');
    const good = /## CBO: Returning customers[^]*?(?=\n## )/.exec(example)![0];
    const on = workspace({ 'plan.md': `${good}\n\n${plan}` });
    const checked = await cbo(on, 'check', 'plan.md', '--format', 'json', '--today', TODAY);
    // cbo check: the syntax error and the broken outcome's missing metric.
    assert.deepEqual((JSON.parse(checked.out) as { severity: string; ruleId: string }[]).filter((f) => f.severity === 'error').map((f) => f.ruleId).sort(), ['missing-primary-metric', 'yaml-syntax']);
    const both = await cbo(on, 'portfolio', '.', '--format', 'json', '--today', TODAY);
    const messages = (JSON.parse(both.out) as { problems: { message: string }[] }).problems.map((p) => p.message);
    assert.ok(messages.some((m) => /Part of this file could not be read/.test(m)), messages.join('\n'));
    assert.ok(messages.some((m) => /^1 error\b/.test(m)), messages.join('\n'));
  });
});

describe('portfolio: value figures the totals leave out are named, whatever their severity', () => {
  after(() => removeWorkspaces());
  it('a USD line in a plan in euros (a warning) is said, in English and Korean', async () => {
    const plan = readFileSync(path.join(ROOT, 'examples/plan.md'), 'utf8');
    const good = /## CBO: Returning customers[^]*?(?=\n## )/.exec(plan)![0];
    assert.match(good, /\*\*Hard Savings\*\*/);
    const mixed = good.replace(/(- \*\*Hard Savings\*\*:[^\n]*)/, '$1\n- **Revenue Impact**: 50,000 EUR: exports');
    const dir = workspace({ 'plan.md': mixed });
    const checked = JSON.parse((await cbo(dir, 'check', 'plan.md', '--format', 'json', '--today', TODAY)).out) as { severity: string; ruleId: string }[];
    assert.ok(checked.some((f) => f.ruleId === 'value-item-incomplete' && f.severity === 'warning'));
    const r = await cbo(dir, 'portfolio', '.', '--format', 'json', '--today', TODAY);
    const messages = (JSON.parse(r.out) as { problems: { message: string }[] }).problems.map((p) => p.message);
    assert.ok(messages.some((m) => /^1 value figure is left out of the totals \(.*\): the ROI cannot count it as written, and the finding on it says why$/.test(m)), messages.join('\n'));
    const ko = await cbo(dir, 'portfolio', '.', '--format', 'json', '--today', TODAY, '--lang', 'ko');
    assert.match(ko.out, /가치 수치 1개가 합계에서 빠졌습니다\(.*\)\. 적힌 그대로는 ROI에 셀 수 없으며, 까닭은 각각에 달린 진단 메시지에 있습니다/);
    // The same plan without the euro line: nothing to say.
    const clean = await cbo(workspace({ 'plan.md': good }), 'portfolio', '.', '--format', 'json', '--today', TODAY);
    assert.deepEqual((JSON.parse(clean.out) as { problems: unknown[] }).problems, []);
  });
});
