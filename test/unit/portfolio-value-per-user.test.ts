// Value per user is worked out only from outcomes that state users (and value): the peer
// comparison says from how many. On test/fixtures/portfolio (today 2027-01-15, figures in
// portfolio.test.ts), six outcomes:
//
//  A Store managers  Hanbit Retail   users 200, value     counted
//  B Cashiers        Hanbit Retail   users 50,  value     counted
//  C Advisors        Northwind Bank  users 40,  value     counted
//  D Field engineers Contoso         users 25,  value     counted
//  E Dispatchers     Contoso         no users, no value   not counted
//  F Auditors        (no account)    no users, value      not counted
//
// So value per user is from 4 of the 6 outcomes. By account: Contoso's figure is from 1 of its 2
// outcomes (D, not E), Hanbit's from both, Northwind's from its one; the outcome with no account
// has none. One unit per outcome (the one-file report): 4 of 6 as well.
import { strict as assert } from 'node:assert';
import { promises as fs } from 'node:fs';
import { loadPortfolio } from '../../src/cli/portfolio';
import type { CliIo } from '../../src/cli/io';
import { parseDocument } from '../../src/core/parse';
import { buildPortfolio, peerComparison, portfolioJson, type Portfolio } from '../../src/core/portfolio';
import { buildPortfolioReport, mdCtx, peersSection } from '../../src/core/portfolio/report-md';

const TODAY = '2027-01-15';

async function fixture(): Promise<Portfolio> {
  const io: CliIo = { cwd: process.cwd(), stdout: () => undefined, stderr: () => undefined, stdoutIsTerminal: true, readFile: (p: string) => fs.readFile(p, 'utf8') };
  return (await loadPortfolio(['test/fixtures/portfolio'], io, TODAY, { system: 'en' })).portfolio;
}

/** The peer comparison's table row of a unit. */
function rowOf(md: string, name: string): string {
  const line = md.split('\n').find((l) => l.startsWith(`| ${name} |`));
  assert.ok(line, `no row for ${name}`);
  return line;
}

describe('value per user says which outcomes it is from', () => {
  let p: Portfolio;
  before(async () => (p = await fixture()));

  it('counts the outcomes each unit\'s figure is from', () => {
    const peers = peerComparison(p.outcomes, 'account', '(none)');
    assert.deepEqual(peers.units.map((u) => [u.name, u.valuePerUserFrom]), [['Contoso', 1], ['Hanbit Retail', 2], ['Northwind Bank', 1], ['(none)', undefined]]);
    assert.deepEqual(peers.valuePerUserFrom, { count: 4, of: 6 });
    assert.deepEqual(peerComparison(p.outcomes, 'outcome', '').valuePerUserFrom, { count: 4, of: 6 });
  });

  it('says it under the peer table, in English and Korean', () => {
    const en = buildPortfolioReport(p, { lang: 'en' });
    assert.ok(en.includes('\n\nValue per user is from 4 of the 6 outcomes: those that state users and value.\n\n'), en);
    const ko = buildPortfolioReport(p, { lang: 'ko' });
    assert.ok(ko.includes('\n\n사용자당 가치는 성과 6개 중 사용자 수와 가치를 적은 4개로 계산했습니다.\n\n'), ko);
  });

  it('marks an account whose figure leaves some of its outcomes out', () => {
    const en = buildPortfolioReport(p, { lang: 'en' });
    // Contoso: $120,000 a year over D's 25 users = $4,800.00, from D alone.
    assert.match(rowOf(en, 'Contoso'), /^\| Contoso \| [^|]+ \| [^|]+ \| \$4,800\.00 \(from 1 of 2 outcomes\) \| /);
    assert.doesNotMatch(rowOf(en, 'Hanbit Retail'), /from \d/);
    assert.doesNotMatch(rowOf(en, 'Northwind Bank'), /from \d/);
    const ko = buildPortfolioReport(p, { lang: 'ko' });
    assert.match(rowOf(ko, 'Contoso'), / \(성과 2개 중 1개 기준\) \| /);
  });

  it('one unit per outcome (the one-file report): the note, and no mark on a cell', () => {
    const md = peersSection(peerComparison(p.outcomes, 'outcome', ''), mdCtx('en', TODAY)).join('\n');
    assert.ok(md.includes('Value per user is from 4 of the 6 outcomes: those that state users and value.'), md);
    assert.doesNotMatch(md, /\(from \d/);
  });

  it('gives the counts in the JSON', () => {
    const j = portfolioJson(p);
    assert.deepEqual(j.peers.valuePerUserFrom, { count: 4, of: 6 });
    assert.deepEqual(j.peers.units.map((u) => u.valuePerUser?.outcomes ?? null), [1, 2, 1, null]);
  });

  it('says so when no outcome states users', () => {
    const yaml = (t: string, a: string) => `cbo: 1\ntitle: ${t}\naccount: ${a}\nvalue: { currency: USD, investment: 100, items: [ { type: hard-savings, amount: 150 } ] }\n`;
    const q = buildPortfolio(['Acme', 'Zeta'].map((a) => ({ file: `${a}.cbo.yaml`, outcomes: parseDocument(yaml(`${a} clerks close the till`, a), 'yaml').doc.outcomes })), TODAY);
    const md = buildPortfolioReport(q, { lang: 'en' });
    assert.ok(md.includes('\n\nNo outcome states both users and value, so there is no value per user.\n\n'), md);
    assert.ok(buildPortfolioReport(q, { lang: 'ko' }).includes('\n\n사용자 수와 가치를 함께 적은 성과가 없어 사용자당 가치가 없습니다.\n\n'));
  });
});
