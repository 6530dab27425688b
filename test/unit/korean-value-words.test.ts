// Claimed value is value expected, not value realised: the Korean reports, canvas and `cbo roi`
// say 예상 가치 next to 검증 가치 (창출 가치 read as money already made). And the example
// outcome a message quotes is the Korean example plan's own.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { buildReport } from '../../src/core/report';
import { panelModel } from '../../src/core/view/canvas';
import { buildReportHtml } from '../../src/core/view/report-html';
import { cbo, removeWorkspaces, workspace } from './cli-run';
import { GOOD_YAML, only, run, TODAY } from './helpers';

const PLAN_KO = readFileSync('examples/plan.ko.md', 'utf8');

describe('Korean value words', () => {
  after(removeWorkspaces);

  it('the Korean report says 예상 가치 for claimed value, never 창출 가치', () => {
    for (const outcomes of [run(GOOD_YAML).outcomes, run(PLAN_KO, 'markdown').outcomes]) {
      const md = buildReport(outcomes, { today: TODAY, lang: 'ko' });
      assert.match(md, /예상 가치/);
      assert.doesNotMatch(md, /창출 가치/);
      // The summary names the comparison once, then the figures: not "예상 가치: 예상 가치 ...".
      assert.match(md, /투자 대비 가치: (?:[A-Z]{3}: )?예상 가치 /);
      const html = buildReportHtml(outcomes, { today: TODAY, lang: 'ko', fileName: 'x' });
      assert.doesNotMatch(html, /창출 가치/);
    }
  });

  it('the Korean canvas says 예상 가치 beside the validated value', () => {
    const r = run(PLAN_KO, 'markdown');
    const texts = JSON.stringify(panelModel('f', r.outcomes, r.findings, { lang: 'ko', today: TODAY }));
    assert.match(texts, /예상 가치/);
    assert.doesNotMatch(texts, /창출 가치/);
  });

  it('cbo roi --lang ko heads its claimed column 예상 가치', async () => {
    const dir = workspace({ 'a.cbo.yaml': GOOD_YAML });
    const r = await cbo(dir, 'roi', 'a.cbo.yaml', '--lang', 'ko', '--today', TODAY);
    assert.match(r.out, /예상 가치/);
    assert.doesNotMatch(r.out, /창출 가치/);
  });

  it("output-as-outcome's Korean example is the Korean example plan's outcome, word for word", () => {
    const title = /^## CBO: (.+)$/m.exec(PLAN_KO)![1]!;
    assert.equal(title, '분석가가 전일 매출 보고서를 5시간이 아닌 30분 만에 받는다');
    const text = '## CBO: 데이터 웨어하우스를 클라우드로 이전한다\n';
    const f = only(run(text, 'markdown', {}, 'ko').findings, 'output-as-outcome')[0];
    assert.ok(f, 'an output-as-outcome finding');
    assert.ok(f.message.includes(`"${title}"`), f.message);
  });
});
