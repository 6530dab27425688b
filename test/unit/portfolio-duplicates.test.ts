// The same outcome in two files (a plan restating the team's *.cbo.yaml, a draft beside it):
// counted once, the outcome document kept over the plan, and said in every portfolio output.
//
// The figures, by hand. team.cbo.yaml holds two outcomes of Harbor Foods, in USD:
//   D "Carriers book a dock slot online before arrival": investment 35,000; hard 48,000
//     (validated) + soft 600 h × 30 = 18,000 (not validated): claimed 66,000, validated 48,000.
//     Baseline 60 % on 2026-10-31, target 90 % by 2027-04-30.
//   P "Clerks put pallets away within 8 hours of arrival": investment 100,000; hard 150,000
//     (validated).
// plans/dock.md restates D as a Markdown plan (its title in bold and with a comma), with the same
// figures and neither item validated. Counted once:
//   claimed 66,000 + 150,000 = 216,000; validated 48,000 + 150,000 = 198,000; investment
//   35,000 + 100,000 = 135,000; net 81,000; ROI 81/135 = 60.0 %; conservative 63/135 = 46.7 %;
//   customer validated: items D 2 (1), P 1 (1) = 2 of 3.
// Counted twice (before): claimed 282,000, investment 170,000, customer validated 2 of 5.
import { strict as assert } from 'node:assert';
import { parseDocument } from '../../src/core/parse';
import { buildPortfolio, comparable, portfolioJson, type Portfolio } from '../../src/core/portfolio';
import { buildPortfolioReport } from '../../src/core/portfolio/report-md';
import { buildPortfolioHtml } from '../../src/core/view/report-html';
import { portfolioPageBody } from '../../src/core/view/portfolio-page';
import { cbo, removeWorkspaces, workspace } from './cli-run';

const TODAY = '2026-11-29';

const DOCK_YAML = `  - title: Carriers book a dock slot online before arrival
    account: Harbor Foods
    metrics:
      primary:
        name: Trucks arriving with a booked slot
        unit: "%"
        baseline: { value: 60, asOf: 2026-10-31 }
        target: { value: 90, by: 2027-04-30 }
        measurements:
          - { date: 2026-11-27, value: 64 }
    value:
      currency: USD
      investment: 35000
      items:
        - { type: hard-savings, amount: 48000, assumption: Detention fees paid to carriers, validated: true }
        - { type: soft-savings, hours: 600, rate: 30, assumption: Clerks stop phoning carriers }
`;

const PALLETS_YAML = `  - title: Clerks put pallets away within 8 hours of arrival
    account: Harbor Foods
    metrics:
      primary:
        name: Median hours to putaway
        baseline: { value: 26, asOf: 2026-06-30 }
        target: { value: 8, by: 2027-06-30 }
    value:
      currency: USD
      investment: 100000
      items:
        - { type: hard-savings, amount: 150000, assumption: Overflow trailers returned, validated: true }
`;

const TEAM = `cbo: 1\noutcomes:\n${DOCK_YAML}${PALLETS_YAML}`;

function plan(o: { title?: string; account?: string; baseline?: string; investment?: string } = {}): string {
  return `# Plan: online dock appointments

## CBO: ${o.title ?? '**Carriers** book a dock slot online, before arrival'}

### Business Context
- **Account**: ${o.account ?? 'Harbor Foods'}

### Success Metrics
- **Primary Metric**: Trucks arriving with a booked slot (%)
- **Baseline**: ${o.baseline ?? '60%'} (as of 2026-10-31)
- **Target**: 90%
- **Timeline**: by 2027-04-30
- **Latest Measurement**: 64% as of 2026-11-27

### Value Proposition
- **Hard Savings**: $48,000: detention fees paid to carriers
- **Soft Savings**: 600 hours × $30: clerks stop phoning carriers
- **Investment**: ${o.investment ?? '$35,000'}
`;
}

function build(files: Record<string, string>): Portfolio {
  const sources = Object.entries(files).map(([file, text]) => {
    const kind = file.endsWith('.md') ? 'markdown' : 'yaml';
    const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
    return { file, outcomes: parseDocument(text, kind).doc.outcomes, lineOf };
  });
  return buildPortfolio(sources, TODAY);
}

const usd = (p: Portfolio) => {
  const t = p.totals.find((x) => x.key === 'USD');
  assert.ok(t, 'a USD total');
  return t;
};

describe('portfolio: one outcome in two files is counted once', () => {
  after(() => removeWorkspaces());

  it('a plan restating an outcome of the team file: totals and rates as worked out by hand', () => {
    const p = build({ 'team.cbo.yaml': TEAM, 'plans/dock.md': plan() });
    assert.equal(p.outcomes.length, 2);
    assert.equal(p.files, 2, 'both files were read');
    const t = usd(p);
    assert.equal(t.claimedMinor, 21_600_000);
    assert.equal(t.validatedMinor, 19_800_000);
    assert.equal(t.investmentMinor, 13_500_000);
    assert.equal(t.netMinor, 8_100_000);
    assert.equal(t.roiPercent, 60);
    assert.equal(t.conservativeRoiPercent, 46.7);
    assert.deepEqual(p.counts.customerValidated, { count: 2, of: 3 });
    assert.deepEqual(p.counts.valueDocumented, { count: 2, of: 2 });
    assert.deepEqual(p.duplicates, [
      { title: 'Carriers book a dock slot online before arrival', account: 'Harbor Foods', kept: { file: 'team.cbo.yaml', line: 3 }, copies: [{ file: 'plans/dock.md', line: 3, differs: [] }] },
    ]);
  });

  it('keeps the outcome document over the plan, even when the plan comes first in path order', () => {
    // "a-plan.md" sorts before "z-team.cbo.yaml", and is given first.
    const p = build({ 'a-plan.md': plan(), 'z-team.cbo.yaml': TEAM });
    const dock = p.outcomes.filter((r) => /dock slot/.test(r.title));
    assert.equal(dock.length, 1);
    assert.equal(dock[0]!.file, 'z-team.cbo.yaml');
    assert.equal(dock[0]!.validatedItems, 1, "the YAML's validated item, not the plan's none");
    assert.deepEqual(p.duplicates.map((d) => [d.kept.file, d.copies.map((c) => c.file)]), [['z-team.cbo.yaml', ['a-plan.md']]]);
  });

  it('between two outcome documents (a draft beside the team file), keeps the first in path order', () => {
    const draft = `cbo: 1\ntitle: "carriers book a dock-slot online before arrival"\naccount: Harbor Foods\n`;
    const p = build({ 'teams/team.cbo.yaml': TEAM, 'teams/a-draft.cbo.yaml': draft });
    assert.deepEqual(p.duplicates.map((d) => [d.kept.file, d.copies.map((c) => c.file)]), [['teams/a-draft.cbo.yaml', ['teams/team.cbo.yaml']]]);
    assert.equal(p.outcomes.length, 2);
    // The draft states no figures: every one is said to differ.
    assert.deepEqual(p.duplicates[0]!.copies[0]!.differs, ['baseline', 'target', 'value', 'investment']);
  });

  it('the same title for different accounts is two outcomes, and so is one naming no account', () => {
    const p = build({ 'team.cbo.yaml': TEAM, 'plans/dock.md': plan({ account: 'Northwind Grocers' }) });
    assert.equal(p.outcomes.length, 3);
    assert.deepEqual(p.duplicates, []);
    assert.equal(usd(p).claimedMinor, 28_200_000, '66,000 + 150,000 + 66,000');
    const none = build({ 'team.cbo.yaml': TEAM, 'plans/dock.md': plan().replace(/- \*\*Account\*\*:.*\n/, '') });
    assert.equal(none.outcomes.length, 3);
    assert.deepEqual(none.duplicates, []);
  });

  it('two outcomes naming no account, with the same title, are one', () => {
    const noAccount = (t: string) => t.replace(/ {4}account: Harbor Foods\n/g, '');
    const p = build({ 'team.cbo.yaml': noAccount(TEAM), 'plans/dock.md': plan().replace(/- \*\*Account\*\*:.*\n/, '') });
    assert.equal(p.outcomes.length, 2);
    assert.equal(p.duplicates.length, 1);
    assert.equal(p.duplicates[0]!.account, undefined);
  });

  it('titles that only resemble each other stay apart', () => {
    for (const title of ['Carriers book a dock slot online before arrival at the gate', 'Carriers book a dock slot by phone before arrival', 'Carriers book dock slots online before arrival']) {
      const p = build({ 'team.cbo.yaml': TEAM, 'plans/dock.md': plan({ title }) });
      assert.equal(p.outcomes.length, 3, title);
      assert.deepEqual(p.duplicates, [], title);
    }
    // A point between digits is kept; a thousands comma is not a difference.
    assert.notEqual(comparable('Agents answer within 1.5 days'), comparable('Agents answer within 15 days'));
    assert.equal(comparable('Stores sell 1,000 more units'), comparable('stores sell 1000 more units.'));
    assert.equal(comparable('[Carriers](https://x.example) book _online_ — `now`'), comparable('carriers book online now'));
    assert.notEqual(comparable('Waits ≤ 5 minutes'), comparable('Waits ≥ 5 minutes'));
  });

  it('the same id and account is one outcome whatever the titles; two different ids are two', () => {
    const a = `cbo: 1\nid: dock-slots\ntitle: Carriers book a dock slot online before arrival\naccount: Harbor Foods\n`;
    const b = `cbo: 1\nid: dock-slots\ntitle: Carriers pre-book the dock\naccount: Harbor Foods\n`;
    assert.equal(build({ 'a.cbo.yaml': a, 'b.cbo.yaml': b }).duplicates.length, 1);
    const other = build({ 'a.cbo.yaml': a, 'b.cbo.yaml': `cbo: 1\nid: dock-slots-reno\ntitle: Carriers book a dock slot online before arrival\naccount: Harbor Foods\n` });
    assert.equal(other.outcomes.length, 2);
    assert.deepEqual(other.duplicates, []);
    const elsewhere = build({ 'a.cbo.yaml': a, 'b.cbo.yaml': b.replace('Harbor Foods', 'Northwind Grocers') });
    assert.equal(elsewhere.outcomes.length, 2, 'the id is the same, the account is not');
  });

  it('two of one file, or two periods, are not merged', () => {
    const twice = `cbo: 1\noutcomes:\n${DOCK_YAML}${DOCK_YAML}`;
    assert.equal(build({ 'team.cbo.yaml': twice }).outcomes.length, 2);
    const fy = (y: string) => `cbo: 1\ntitle: Carriers book a dock slot online before arrival\naccount: Harbor Foods\nperiod: ${y}\n`;
    assert.equal(build({ 'fy26.cbo.yaml': fy('FY2026'), 'fy27.cbo.yaml': fy('FY2027') }).outcomes.length, 2);
    assert.equal(build({ 'fy26.cbo.yaml': fy('FY2026'), 'fy26-copy.cbo.yaml': fy('fy 2026') }).outcomes.length, 1);
  });

  it('says which figures a copy gives otherwise, in English and Korean', () => {
    const p = build({ 'team.cbo.yaml': TEAM, 'plans/dock.md': plan({ baseline: '58%', investment: '$30,000' }) });
    assert.deepEqual(p.duplicates[0]!.copies[0]!.differs, ['baseline', 'investment']);
    // The figures are the kept copy's.
    assert.equal(usd(p).investmentMinor, 13_500_000);
    const en = portfolioJson(p, [], 'en').problems;
    assert.deepEqual(
      en.map((x) => x.message),
      ['“Carriers book a dock slot online before arrival” (Harbor Foods) is in team.cbo.yaml and plans/dock.md: counted once, from team.cbo.yaml; the copy in plans/dock.md gives a different baseline and investment, so make the two agree'],
    );
    const ko = portfolioJson(p, [], 'ko').problems;
    assert.deepEqual(
      ko.map((x) => x.message),
      ['“Carriers book a dock slot online before arrival”(Harbor Foods) 성과가 team.cbo.yaml, plans/dock.md에 모두 있어 team.cbo.yaml의 것으로 한 번만 셉니다. plans/dock.md의 사본은 기준값, 투자가 다르니 두 곳을 맞추세요'],
    );
    // The target alone: 목표값이.
    const target = build({ 'team.cbo.yaml': TEAM, 'plans/dock.md': plan().replace('- **Target**: 90%', '- **Target**: 95%') });
    assert.match(portfolioJson(target, [], 'ko').problems[0]!.message, /plans\/dock\.md의 사본은 목표값이 다르니/);
  });

  it('the JSON note: where the copy is, what it says, and what it is as data, after the problems given', () => {
    const p = build({ 'team.cbo.yaml': TEAM, 'plans/dock.md': plan({ investment: '$30,000' }) });
    const given = { file: 'x.cbo.yaml', line: 1, message: 'given' };
    const json = JSON.parse(JSON.stringify(portfolioJson(p, [given], 'en'))) as { problems: unknown[] };
    assert.deepEqual(json.problems, [
      given,
      {
        file: 'plans/dock.md',
        line: 3,
        message: '“Carriers book a dock slot online before arrival” (Harbor Foods) is in team.cbo.yaml and plans/dock.md: counted once, from team.cbo.yaml; the copy in plans/dock.md gives a different investment, so make the two agree',
        duplicate: { title: 'Carriers book a dock slot online before arrival', account: 'Harbor Foods', kept: { file: 'team.cbo.yaml', line: 3 }, copies: [{ file: 'plans/dock.md', line: 3, differs: ['investment'] }] },
      },
    ]);
    const noAccount = build({ 'a.cbo.yaml': 'title: Drivers log stops by voice\n', 'b.cbo.yaml': 'title: drivers log stops by voice.\n' });
    const j = JSON.parse(JSON.stringify(portfolioJson(noAccount))) as { problems: { message: string; duplicate: { account: unknown } }[] };
    assert.equal(j.problems[0]!.duplicate.account, null);
    // Neither states a figure: nothing differs, and no account is named.
    assert.equal(j.problems[0]!.message, '“Drivers log stops by voice” is in a.cbo.yaml and b.cbo.yaml: counted once, from a.cbo.yaml');
  });

  it('the Markdown and HTML reports and the editor page name it under the files with problems', () => {
    const p = build({ 'team.cbo.yaml': TEAM, 'plans/dock.md': plan() });
    const note = 'plans/dock.md:3: “Carriers book a dock slot online before arrival” (Harbor Foods) is in team.cbo.yaml and plans/dock.md: counted once, from team.cbo.yaml';
    const md = buildPortfolioReport(p, { lang: 'en' });
    assert.ok(md.includes(`## Files with problems\n\n- ${note}\n`), md.slice(md.indexOf('## Files')));
    assert.ok(buildPortfolioReport(p, { lang: 'ko' }).includes('## 문제가 있는 파일\n\n- plans/dock.md:3: “Carriers book a dock slot online before arrival”(Harbor Foods) 성과가 '));
    assert.match(buildPortfolioHtml(p, { lang: 'en' }), /plans\/dock\.md:3: “Carriers book a dock slot online before arrival” \(Harbor Foods\) is in team\.cbo\.yaml and plans\/dock\.md: counted once, from team\.cbo\.yaml/);
    const page = portfolioPageBody(p, [], 'en', { title: 'T', exportHtml: 'H', exportMarkdown: 'M', refresh: 'R' });
    assert.match(page, /counted once, from team\.cbo\.yaml/);
    assert.equal(page.match(/counted once/g)!.length, 1, 'said once on the page');
  });

  it('cbo portfolio: each format says it, stderr beside a document, the text under its figures', async () => {
    const dir = workspace({ 'team.cbo.yaml': TEAM, 'plans/dock.md': plan() }, 'cbo-portfolio-dup-');
    const note = '“Carriers book a dock slot online before arrival” (Harbor Foods) is in team.cbo.yaml and plans/dock.md: counted once, from team.cbo.yaml';
    const text = await cbo(dir, 'portfolio', '--today', TODAY);
    assert.equal(text.code, 0, text.err);
    assert.match(text.out, /: 2 outcomes in 2 files\n/);
    assert.match(text.out, /USD: Value claimed \(per year\) \$216,000\.00, Value validated \(per year\) \$198,000\.00, Investment \$135,000\.00, Net value \(first year\) \$81,000\.00, First-year ROI 60\.0%, Conservative ROI \(validated value only\) 46\.7%/);
    assert.ok(text.out.endsWith(`\nplans/dock.md:3: ${note}\n`), text.out);
    assert.equal(text.err, '', 'said once, on stdout');
    const json = await cbo(dir, 'portfolio', '--format', 'json', '--today', TODAY);
    assert.equal(json.code, 0);
    assert.equal((JSON.parse(json.out) as { problems: { message: string }[] }).problems[0]!.message, note);
    assert.equal(json.err, `cbo: plans/dock.md:3: ${note}\n`);
    const report = await cbo(dir, 'report', '--portfolio', '.', '--today', TODAY, '--lang', 'ko');
    assert.ok(report.out.includes('## 문제가 있는 파일\n\n- plans/dock.md:3: '), report.out);
    assert.match(report.err, /^cbo: plans\/dock\.md:3: “Carriers book a dock slot online before arrival”\(Harbor Foods\) 성과가 team\.cbo\.yaml, plans\/dock\.md에 모두 있어/);
    const html = await cbo(dir, 'portfolio', '--format', 'html', '--today', TODAY);
    assert.match(html.out, /counted once, from team\.cbo\.yaml/);
  });
});
