// The editor's portfolio page (core/view/portfolio-page.ts) and the report options it is built
// with: no title or date of the report's own, no rates section (the cards show them), and each
// outcome once, in "Outcomes by account", its title a button that opens it.
import { strict as assert } from 'node:assert';
import { parseDocument } from '../../src/core/parse';
import { buildPortfolio, type Portfolio } from '../../src/core/portfolio';
import { buildPortfolioReport } from '../../src/core/portfolio/report-md';
import { REPORT_WORDS } from '../../src/core/report-words';
import { buildPortfolioHtml } from '../../src/core/view/report-html';
import { portfolioPageBody } from '../../src/core/view/portfolio-page';

const TODAY = '2027-01-15';
const UI = { title: 'Team view', exportHtml: 'Save HTML', exportMarkdown: 'Save MD', refresh: 'Read again' };
const HOSTILE = '<img src=x onerror=alert(1)> [forged](#outcome-0)';

function outcome(title: string, account?: string): string {
  return [`title: ${JSON.stringify(title)}`, ...(account ? [`account: ${JSON.stringify(account)}`] : []), 'value: { currency: USD, investment: 100, items: [ { type: hard-savings, amount: 150 } ] }', ''].join('\n');
}

// One outcome a file, so each has its own place (file:line) on the page.
function portfolio(): Portfolio {
  const files: [string, string, string?][] = [
    ['a.cbo.yaml', 'Clerks close the till in ten minutes', 'Acme'],
    ['b.cbo.yaml', HOSTILE, 'Zeta'],
    ['c.cbo.yaml', 'Buyers reorder from the app', 'Acme'],
    ['d.cbo.yaml', 'Drivers log stops by voice'],
  ];
  return buildPortfolio(files.map(([file, title, account]) => ({ file, outcomes: parseDocument(outcome(title, account), 'yaml').doc.outcomes })), TODAY);
}

/** Each reveal button on the page: the index it sends, its tooltip and its text. */
function buttons(html: string): { index: number; place: string; text: string; at: number }[] {
  return [...html.matchAll(/<button class="link" data-reveal="(\d+)" title="([^"]*)">([^<]*)<\/button>/g)].map((m) => ({ index: Number(m[1]), place: m[2]!, text: m[3]!, at: m.index }));
}

describe('portfolio report options', () => {
  it('leaves out the title and the date line, whatever their wording', () => {
    const p = portfolio();
    const en = REPORT_WORDS.en;
    const saved = { title: en.portfolioTitle, asOf: en.asOf };
    // A title over two paragraphs: cutting the report's first lines off would leave half of it.
    en.portfolioTitle = 'Team outcomes\n\nQuarterly draft';
    en.asOf = 'Figures as at';
    try {
      const md = buildPortfolioReport(p, { lang: 'en', header: false });
      assert.doesNotMatch(md, /Team outcomes|Quarterly draft|Figures as at|2027-01-15 ·/);
      assert.match(md, /^## /, 'the report starts at its first section');
      assert.match(buildPortfolioReport(p, { lang: 'en' }), /Quarterly draft/, 'the full report keeps its title');
    } finally {
      en.portfolioTitle = saved.title;
      en.asOf = saved.asOf;
    }
  });

  it('leaves out a section by name and keeps the others in order', () => {
    const p = portfolio();
    const w = REPORT_WORDS.en;
    const full = buildPortfolioReport(p, { lang: 'en' });
    const rest = buildPortfolioReport(p, { lang: 'en', header: false, omit: ['rates'] });
    assert.ok(full.includes(`## ${w.rates}`));
    assert.ok(!rest.includes(`## ${w.rates}`));
    assert.ok(rest.startsWith(`## ${w.story}`));
    // What is left is the full report's own text from the story on.
    assert.ok(full.endsWith(rest), 'the other sections as the full report has them');
    assert.ok(!buildPortfolioReport(p, { lang: 'en', omit: ['accounts'] }).includes(`## ${w.byAccount}`));
  });

  it('leaves out the header of an empty portfolio too', () => {
    const md = buildPortfolioReport(buildPortfolio([], TODAY), { lang: 'ko', header: false });
    assert.ok(!md.includes(REPORT_WORDS.ko.portfolioTitle));
    assert.ok(md.includes(REPORT_WORDS.ko.noPortfolioOutcomes));
  });

  it('links each title under its account only when asked, so the exported report is unchanged', () => {
    const p = portfolio();
    // No link: no "](" the report did not escape (the hostile title's own is "\](").
    assert.doesNotMatch(buildPortfolioReport(p, { lang: 'en' }), /(?<!\\)\]\(/);
    assert.doesNotMatch(buildPortfolioHtml(p, { lang: 'en' }), /<a |data-reveal/);
    const md = buildPortfolioReport(p, { lang: 'en', outcomeHref: (i) => `#go-${i}` });
    for (const [i, r] of p.outcomes.entries()) assert.equal(md.split(`](#go-${i})`).length - 1, 1, `one link to ${r.title}`);
    assert.ok(md.includes(`[Drivers log stops by voice](#go-${p.outcomes.findIndex((r) => r.title === 'Drivers log stops by voice')})`));
  });
});

describe('portfolio page', () => {
  it('lists each outcome once, as a button that opens its own file and line', () => {
    const p = portfolio();
    const html = portfolioPageBody(p, [], 'en', UI);
    const found = buttons(html);
    assert.deepEqual(found.map((b) => b.index).sort(), p.outcomes.map((_, i) => i).sort());
    for (const b of found) {
      const r = p.outcomes[b.index]!;
      assert.equal(b.place, `${r.file}:${r.line}`);
      // One table row names the outcome's place: its row under its account.
      const cells = html.match(new RegExp(`<td[^>]*>${r.file.replace(/\./g, '\\.')}:${r.line}</td>`, 'g')) ?? [];
      assert.equal(cells.length, 1, `${r.title} listed once`);
    }
    assert.doesNotMatch(html, /id="outcomes"/, 'no second list of the outcomes');
  });

  it('keeps the account grouping: each button under its account', () => {
    const p = portfolio();
    const html = portfolioPageBody(p, [], 'en', UI);
    const heading = (name: string) => html.indexOf(`<h3>${name}</h3>`);
    const acme = heading('Acme'), zeta = heading('Zeta'), none = heading(REPORT_WORDS.en.noAccount);
    assert.ok(acme >= 0 && zeta > acme && none > zeta, 'accounts in order, the outcomes with none last');
    for (const b of buttons(html)) {
      const account = p.outcomes[b.index]!.account;
      const [from, to] = account === 'Acme' ? [acme, zeta] : account === 'Zeta' ? [zeta, none] : [none, html.length];
      assert.ok(b.at > from && b.at < to, `${b.text} under ${account ?? 'no account'}`);
    }
  });

  it('puts the outcomes right under the cards, then the rest of the report once, in its order', () => {
    const html = portfolioPageBody(portfolio(), [], 'en', UI);
    const w = REPORT_WORDS.en;
    const at = (h: string) => html.indexOf(`<h2>${h}</h2>`);
    assert.ok(html.indexOf('data-rate="') < at(w.byAccount), 'cards first');
    assert.ok(at(w.byAccount) < at(w.story) && at(w.story) < at(w.totals), 'outcomes, then story, then totals');
    for (const h of [w.byAccount, w.story, w.totals]) assert.equal(html.split(`<h2>${h}</h2>`).length - 1, 1, h);
  });

  it('shows the title and date once, in its header, with the rates as cards only', () => {
    const html = portfolioPageBody(portfolio(), [], 'en', UI);
    const w = REPORT_WORDS.en;
    assert.equal(html.split(w.asOf).length - 1, 1);
    assert.ok(html.includes('<h1>Team view</h1>'));
    assert.ok(!html.includes(w.portfolioTitle));
    assert.ok(!html.includes(`<h2>${w.rates}</h2>`));
    assert.equal(html.split('data-rate="').length - 1, 4);
    for (const label of [UI.exportHtml, UI.exportMarkdown, UI.refresh]) assert.ok(html.includes(label), label);
  });

  it('escapes user text, which cannot forge a button', () => {
    const p = portfolio();
    const html = portfolioPageBody(p, [], 'en', UI);
    assert.doesNotMatch(html, /<img/i);
    assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
    assert.equal(buttons(html).length, p.outcomes.length);
    assert.doesNotMatch(html, /href="#outcome/);
  });

  it('follows the display language', () => {
    const html = portfolioPageBody(portfolio(), [], 'ko', UI);
    const ko = REPORT_WORDS.ko;
    for (const s of [ko.byAccount, ko.asOf, ko.noAccount, ko.rateNames.achievement!]) assert.ok(html.includes(s), s);
    assert.ok(!html.includes(REPORT_WORDS.en.byAccount));
    assert.equal(buttons(html).length, 4);
  });

  it('says what a portfolio reads when there is nothing, and names files it could not read', () => {
    const html = portfolioPageBody(buildPortfolio([], TODAY), [{ file: 'broken.cbo.yaml', line: 1, message: 'YAML syntax error' }], 'en', UI);
    assert.ok(html.includes('No outcomes were found.'));
    assert.ok(html.includes('broken.cbo.yaml:1'));
    assert.ok(html.includes(UI.refresh) && !html.includes(UI.exportHtml));
    assert.ok(!html.includes(REPORT_WORDS.en.portfolioTitle));
    assert.doesNotMatch(html, /data-rate=/);
  });
});
