// A target on the wrong side of its baseline (the metric should fall, the target is above where it
// started: cbo check's target-direction) is no data, with the reason, in the one-file report, the
// portfolio report and the canvas, and is left out of the progress averages and the status counts
// as a missing baseline is. Worked out by hand, today 2026-12-01:
//
//  claims    Brightline, decrease from 4.2 (2026-06-30) to 5.0 (2027-03-31), read 4.0 on 2026-09-30.
//            Followed as numbers: (4.0 - 4.2) / 0.8 = -25 % of the change, "off track". Now no data.
//  window    Brightline, increase 82 (2026-07-31) → 92 (2027-05-31, 304 days), read 85 on 2026-11-20
//            (112 days: 0.368 of the time): 3/10 = 0.3 of the change, ratio 0.81: at risk.
//  scan      Kestrel, increase 0 (2026-01-01) → 100 (2026-12-31, 364 days), read 50 on 2026-07-02
//            (182 days: 0.5): 0.5 of the change, ratio 1.0: on track.
// Progress to target, by account: Brightline was (0 + 0.3) / 2 = 15.0 %, is 30.0 % (window alone);
// Kestrel 50.0 %. Average (30 + 50) / 2 = 40.0 %, top quartile (nearest rank, ⌈0.75 × 2⌉ = 2nd) 50.0 %.
import { strict as assert } from 'node:assert';
import { CLAIMS_METRICS, WINDOW_METRICS } from './report-fixtures';
import { parseDocument } from '../../src/core/parse';
import { buildPortfolio, peerComparison, recommendations } from '../../src/core/portfolio';
import { buildPortfolioReport } from '../../src/core/portfolio/report-md';
import { buildReport } from '../../src/core/report';
import { outcomeView } from '../../src/core/view/canvas';

const TODAY = '2026-12-01';

const YAML = `cbo: 1
outcomes:
  - title: Customers file fewer damage claims
    account: Brightline Apparel
${CLAIMS_METRICS}  - title: Recipients pick a delivery window by text the day before
    account: Brightline Apparel
${WINDOW_METRICS}  - title: Pickers scan every item at the pick face
    account: Kestrel Home
    metrics:
      primary:
        name: Items scanned
        unit: "%"
        direction: increase
        baseline: { value: 0, asOf: 2026-01-01 }
        target: { value: 100, by: 2026-12-31 }
        measurements:
          - { date: 2026-07-02, value: 50 }
`;

const outcomes = () => parseDocument(YAML, 'yaml').doc.outcomes;

describe('a target on the wrong side of the baseline', () => {
  it('the one-file report says no data and why, counts it as no data, and shows no share of the change', () => {
    const md = buildReport(outcomes(), { today: TODAY, lang: 'en' });
    assert.ok(md.includes('| 1 | Customers file fewer damage claims | – | 5 claims by 2027-03-31 | 4 claims on 2026-09-30 | – | – no data (the target is on the wrong side of the baseline) |'), md);
    assert.match(md, /^- \*\*Outcome status\*\*: 1 of 3 outcomes achieved or on track \(✓ on track 1 · ⚠ at risk 1 · – no data 1\)$/m);
    assert.doesNotMatch(md, /off track/);
    assert.doesNotMatch(md, /-25/);
    assert.match(md, /^- \*\*Status\*\*: – no data \(the target is on the wrong side of the baseline\)$/m);
    const ko = buildReport(outcomes(), { today: TODAY, lang: 'ko' });
    assert.match(ko, /– 데이터 없음 \(목표값이 기준값에서 지표 방향과 반대쪽에 있음\)/);
  });

  it('the portfolio recommends no barrier review, and leaves it out of the progress average and the counts', () => {
    const p = buildPortfolio([{ file: 'last-mile.cbo.yaml', outcomes: outcomes() }], TODAY);
    const claims = p.outcomes[0]!;
    assert.equal(claims.status, 'no-data');
    assert.equal(claims.share, undefined);
    assert.equal(claims.reached, false);
    assert.deepEqual(recommendations(p.outcomes, TODAY).filter((r) => r.kind === 'review'), []);
    const peers = peerComparison(p.outcomes, 'account', '');
    assert.deepEqual(peers.units.map((u) => [u.name, u.achievement]), [['Brightline Apparel', 0.3], ['Kestrel Home', 0.5]]);
    assert.equal(peers.achievement?.mean, 0.4);
    assert.equal(peers.achievement?.topQuartile, 0.5);
    const md = buildPortfolioReport(p, { lang: 'en' });
    assert.match(md, /3 outcomes across 2 accounts: 1 achieved or on track, 1 at risk, 1 with no data yet\./);
    assert.match(md, /\| Brightline Apparel \| – \| – \| – \| – \| 30\.0% \| 40\.0% \/ 50\.0% \|/);
    assert.doesNotMatch(md, /review the barrier/);
  });

  it('a reading past such a target is not "at target": the achievement rate does not count it', () => {
    // Should rise, from 10 to 4, read 3: by the numbers alone 3 ≤ 4 "reached" the target.
    // Due on 2026-11-30, before today, so it is in the rate's count: 0 of the 1 due, where by the
    // numbers it would be 1 of 1; the other two are due in 2027, not yet due.
    const rise = YAML.replace('direction: increase\n        baseline: { value: 0, asOf: 2026-01-01 }\n        target: { value: 100, by: 2026-12-31 }\n        measurements:\n          - { date: 2026-07-02, value: 50 }', 'direction: increase\n        baseline: { value: 10, asOf: 2026-01-01 }\n        target: { value: 4, by: 2026-11-30 }\n        measurements:\n          - { date: 2026-07-02, value: 3 }');
    assert.notEqual(rise, YAML);
    const p = buildPortfolio([{ file: 'x.cbo.yaml', outcomes: parseDocument(rise, 'yaml').doc.outcomes }], TODAY);
    assert.deepEqual([p.outcomes[2]!.status, p.outcomes[2]!.reached], ['no-data', false]);
    assert.deepEqual(p.counts.achievement, { count: 0, of: 1, dueBefore: TODAY, reachedEarly: 0, achievedLate: 0, notYetDue: 2, noDeadline: 0 });
  });

  it('the canvas says why its chart has no status', () => {
    const v = outcomeView(outcomes()[0]!, [], { lang: 'en', today: TODAY });
    assert.equal(v.metrics[0]!.status, 'no-data');
    assert.match(v.metrics[0]!.detail, /; the target is on the wrong side of the baseline$/);
    assert.doesNotMatch(v.metrics[0]!.detail, /plan line/);
    const ko = outcomeView(outcomes()[0]!, [], { lang: 'ko', today: TODAY });
    assert.match(ko.metrics[0]!.detail, /; 목표값이 기준값에서 지표 방향과 반대쪽에 있습니다$/);
  });
});
