// The one-file report of a file with errors carries the caveat the portfolio gives that file, in
// the Markdown, the HTML, the JSON's problems and on stderr; a template blank or TBD is shown as
// not filled in, never as content; and the value story's "largest customer-confirmed value" is
// never an outcome with errors.
//
// The file: "claims" (line 3) should decrease from 4.2 to a target of 5.0 at line 16, the one
// error cbo check reports (target-direction, 16:26; the two TBDs at 6:12 and 9:19 are warnings),
// with €38,000 validated; "window" (line 24) has €20,000 validated and no error. Before, the
// story held up the €38,000 of the outcome whose target is wrong.
import { strict as assert } from 'node:assert';
import { CLAIMS_METRICS, WINDOW_METRICS } from './report-fixtures';
import { filledOrNot } from '../../src/core/report-unfilled';
import { cbo, removeWorkspaces, workspace } from './cli-run';

const TODAY = '2026-12-01';

const CLAIMS = `cbo: 1
outcomes:
  - title: Customers file fewer damage claims
    category: experience
    account: Brightline Apparel
    owner: TBD
    outcome:
      behavior: Drivers photograph every parcel at the door
      hypothesis: TBD
${CLAIMS_METRICS}    value:
      currency: EUR
      investment: 50000
      items:
        - { type: hard-savings, amount: 38000, assumption: Claims paid out, validated: true }
  - title: Recipients pick a delivery window by text the day before
    category: experience
    account: Kestrel Home
    owner: Dispatch lead
    outcome:
      behavior: Recipients reply to the evening-before text with a two-hour window
      hypothesis: If recipients choose the window, they are home when the van arrives, so fewer second runs are driven
${WINDOW_METRICS}    value:
      currency: EUR
      investment: 30000
      items:
        - { type: hard-savings, amount: 20000, assumption: "...", validated: true }
`;

const CAVEAT = '- claims.cbo.yaml:16: 1 error (run "cbo check claims.cbo.yaml"); its outcomes are counted, but their figures may be wrong';

describe('the one-file report of a file with errors', () => {
  after(() => removeWorkspaces());

  it('ends with the caveat the portfolio gives, says it on stderr, and exits 0 (no reading problem)', async () => {
    const dir = workspace({ 'claims.cbo.yaml': CLAIMS }, 'cbo-caveat-');
    const r = await cbo(dir, 'report', 'claims.cbo.yaml', '--today', TODAY);
    assert.equal(r.code, 0, r.err);
    assert.ok(r.out.trimEnd().endsWith(`## Files with problems\n\n${CAVEAT}`), r.out);
    assert.equal(r.err, `cbo: ${CAVEAT.slice(2)}\n`);
    const json = JSON.parse((await cbo(dir, 'report', 'claims.cbo.yaml', '--today', TODAY, '--format', 'json')).out);
    assert.deepEqual(json.problems, [{ file: 'claims.cbo.yaml', line: 16, message: '1 error (run "cbo check claims.cbo.yaml"); its outcomes are counted, but their figures may be wrong' }]);
    const html = (await cbo(dir, 'report', 'claims.cbo.yaml', '--today', TODAY, '--format', 'html')).out;
    assert.match(html, /<h2>Files with problems<\/h2>\s*<ul>\s*<li>claims\.cbo\.yaml:16: 1 error/);
    const ko = await cbo(dir, 'report', 'claims.cbo.yaml', '--today', TODAY, '--lang', 'ko');
    assert.ok(ko.out.includes('## 문제가 있는 파일\n\n- claims.cbo.yaml:16: 오류 1개("cbo check claims.cbo.yaml"로 확인하세요). 이 파일의 성과는 수치에 들어가지만 틀릴 수 있습니다'), ko.out);
  });

  it('a clean file has no such section and no problems', async () => {
    const clean = CLAIMS.replace('target: { value: 5.0, by: 2027-03-31 }', 'target: { value: 3.0, by: 2027-03-31 }');
    const dir = workspace({ 'claims.cbo.yaml': clean }, 'cbo-caveat-');
    const r = await cbo(dir, 'report', 'claims.cbo.yaml', '--today', TODAY);
    assert.equal(r.code, 0);
    assert.doesNotMatch(r.out, /Files with problems/);
    assert.equal(r.err, '');
    assert.deepEqual(JSON.parse((await cbo(dir, 'report', 'claims.cbo.yaml', '--today', TODAY, '--format', 'json')).out).problems, []);
  });

  it('shows TBD and the other blanks as not filled in, in both languages', async () => {
    const dir = workspace({ 'claims.cbo.yaml': CLAIMS }, 'cbo-caveat-');
    const en = (await cbo(dir, 'report', 'claims.cbo.yaml', '--today', TODAY)).out;
    assert.match(en, /^- \*\*Owner\*\*: TBD \(not filled in\)$/m);
    assert.match(en, /^- \*\*Hypothesis\*\*: TBD \(not filled in\)$/m);
    assert.match(en, /^- \*\*Owner\*\*: Dispatch lead$/m);
    // The assumption "...": a blank, in the assumptions table.
    assert.ok(en.includes('| 2. Recipients pick a delivery window by text the day before | Hard savings (€20,000.00) | TBD (not filled in) | ✓ yes |'), en);
    const ko = (await cbo(dir, 'report', 'claims.cbo.yaml', '--today', TODAY, '--lang', 'ko')).out;
    assert.match(ko, /^- \*\*책임자\*\*: 미정\(아직 채우지 않음\)$/m);
    assert.match(ko, /^- \*\*가설\*\*: 미정\(아직 채우지 않음\)$/m);
    // The portfolio's assumptions table says it too.
    const p = (await cbo(dir, 'portfolio', '.', '--today', TODAY, '--format', 'md')).out;
    assert.ok(p.includes('| Recipients pick a delivery window by text the day before | Hard savings (€20,000.00) | TBD (not filled in) | ✓ yes |'), p);
  });

  it('never holds up an outcome with errors as the largest customer-confirmed value', async () => {
    const dir = workspace({ 'claims.cbo.yaml': CLAIMS }, 'cbo-caveat-');
    const en = (await cbo(dir, 'report', 'claims.cbo.yaml', '--today', TODAY)).out;
    assert.ok(en.includes('Of the outcomes without errors, the largest customer-confirmed value is €20,000.00, from "Recipients pick a delivery window by text the day before".'), en);
    assert.doesNotMatch(en, /largest customer-confirmed value is €38,000/);
    const ko = (await cbo(dir, 'report', 'claims.cbo.yaml', '--today', TODAY, '--lang', 'ko')).out;
    assert.ok(ko.includes('오류가 없는 성과 중 고객이 확인한 가장 큰 가치는 "Recipients pick a delivery window by text the day before"의 €20,000.00입니다.'), ko);
    const p = (await cbo(dir, 'portfolio', '.', '--today', TODAY, '--format', 'md')).out;
    assert.ok(p.includes('Of the outcomes without errors, the largest customer-confirmed value is €20,000.00'), p);
    // Without the error, the €38,000 is the largest, said plainly.
    const clean = workspace({ 'claims.cbo.yaml': CLAIMS.replace('value: 5.0, by', 'value: 3.0, by') }, 'cbo-caveat-');
    assert.ok((await cbo(clean, 'report', 'claims.cbo.yaml', '--today', TODAY)).out.includes('The largest customer-confirmed value is €38,000.00, from "Customers file fewer damage claims".'));
  });
});

describe('filledOrNot', () => {
  const NF = 'TBD (not filled in)';
  it('shows a value that is only a blank as the word, and a blank inside a sentence in its place', () => {
    for (const blank of ['TBD', 'TBD.', 'TBC', 'N/A', '...', '…', '[Outcome Title]', 'Who does what differently, measured']) assert.equal(filledOrNot(blank, NF), NF, blank);
    assert.equal(filledOrNot('If customers can ..., cost falls', NF), 'If customers can TBD (not filled in), cost falls');
    assert.equal(filledOrNot('미정', '미정(아직 채우지 않음)'), '미정(아직 채우지 않음)');
    assert.equal(filledOrNot('YYYY-MM-DD까지', '미정(아직 채우지 않음)'), '미정(아직 채우지 않음)');
    assert.equal(filledOrNot('출시일 YYYY-MM-DD까지 완료', '미정(아직 채우지 않음)'), '출시일 미정(아직 채우지 않음)까지 완료');
  });

  it('escapes the rest as any user text, and leaves text without a blank as written', () => {
    assert.equal(filledOrNot('a|b TBD', NF), 'a\\|b TBD (not filled in)');
    assert.equal(filledOrNot('Claims paid out', NF), 'Claims paid out');
    assert.equal(filledOrNot('and so on...', NF), 'and so on...');
    assert.equal(filledOrNot('*Dana*', NF), '\\*Dana\\*');
  });
});
