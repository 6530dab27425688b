// The editor's portfolio view counts the files a `.cborc.yaml` `ignore:` left out in its header
// line, as `cbo portfolio` counts those its walk left out (cli-ignored.test.ts): "8 outcomes in 6
// files" alone read as the whole workspace. The host (PortfolioStore.leftOut) hands the page the
// count core/ignore.ts makes of what left each file out; what it does in VS Code is in
// test/integration/portfolio.test.ts.
import { strict as assert } from 'node:assert';
import { parseDocument } from '../../src/core/parse';
import { buildPortfolio, type Portfolio } from '../../src/core/portfolio';
import { leftOutCount } from '../../src/core/ignore';
import { portfolioPageBody } from '../../src/core/view/portfolio-page';
import { at, dueOutcome } from './due-fixture';

const TODAY = '2026-12-01';
const UI = { title: 'T', exportHtml: 'H', exportMarkdown: 'M', refresh: 'R' };

function portfolio(n: number): Portfolio {
  const outcomes = Array.from({ length: n }, (_, i) => dueOutcome(`Buyers ${i} order online`, '2027-03-31', [at('2026-11-01', 70)])).join('');
  return buildPortfolio(n ? [{ file: 'acme.cbo.yaml', outcomes: parseDocument(`cbo: 1\noutcomes:\n${outcomes}`, 'yaml').doc.outcomes }] : [], TODAY);
}

/** The header's line under the title. */
function headerLine(html: string): string {
  return /<span class="muted">([^<]*)<\/span>/.exec(html)![1]!;
}

describe("the editor's portfolio view counts the files ignore: left out", () => {
  it('counts each file once and each config once, as cbo portfolio does', () => {
    const by = [
      { config: '.cborc.yaml', pattern: 'drafts/**' },
      { config: '.cborc.yaml', pattern: 'old/**' },
      { config: 'team/.cborc.yaml', pattern: '*.md' },
    ];
    assert.deepEqual(leftOutCount(by), { count: 3, configs: ['.cborc.yaml', 'team/.cborc.yaml'] });
    assert.deepEqual(leftOutCount([]), { count: 0, configs: [] });
  });

  it('says the count in the header line, English and Korean', () => {
    const left = { count: 2, configs: ['.cborc.yaml'] };
    assert.equal(headerLine(portfolioPageBody(portfolio(2), [], 'en', UI, left)), 'As of 2026-12-01 · 2 outcomes in 1 file · 2 files left out by ignore: in .cborc.yaml');
    assert.equal(headerLine(portfolioPageBody(portfolio(2), [], 'ko', UI, left)), '기준일 2026-12-01 · 파일 1개, 성과 2개 · .cborc.yaml 파일의 ignore:로 뺀 파일 2개');
    const two = { count: 3, configs: ['.cborc.yaml', 'team/.cborc.yaml'] };
    assert.ok(headerLine(portfolioPageBody(portfolio(1), [], 'en', UI, two)).endsWith(' · 3 files left out by ignore: in .cborc.yaml and team/.cborc.yaml'));
    assert.ok(headerLine(portfolioPageBody(portfolio(1), [], 'en', UI, { count: 1, configs: ['.cborc.yaml'] })).endsWith(' · 1 file left out by ignore: in .cborc.yaml'));
  });

  it('says it when ignore: left every file out and the portfolio is empty', () => {
    assert.equal(headerLine(portfolioPageBody(portfolio(0), [], 'en', UI, { count: 3, configs: ['.cborc.yaml'] })), 'As of 2026-12-01 · 0 outcomes in 0 files · 3 files left out by ignore: in .cborc.yaml');
  });

  it('says nothing when none was left out, and escapes a config path', () => {
    assert.equal(headerLine(portfolioPageBody(portfolio(2), [], 'en', UI)), 'As of 2026-12-01 · 2 outcomes in 1 file');
    assert.equal(headerLine(portfolioPageBody(portfolio(2), [], 'en', UI, { count: 0, configs: [] })), 'As of 2026-12-01 · 2 outcomes in 1 file');
    const odd = headerLine(portfolioPageBody(portfolio(1), [], 'en', UI, { count: 1, configs: ['<b>/.cborc.yaml'] }));
    assert.ok(odd.endsWith(' · 1 file left out by ignore: in &#60;b&#62;/.cborc.yaml'), odd);
  });
});
