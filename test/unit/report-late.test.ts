// The one-file Business Outcome Report and the canvas say an outcome at target only after its deadline apart,
// as the portfolio does (portfolio-late-rows.test.ts): its own table, its details and its status
// line had kept "✓ achieved" and counted it, while the value story and trends beside them (shared
// with the portfolio) said "achieved late". The same five outcomes, worked out by hand, today
// 2026-12-01, each rising from 0 (2026-01-01) to 100:
//
//  A  due 2026-06-30, read 60 on 06-15, 100 on 08-01   at target only after the deadline: late
//  B  due 2026-06-30, read 100 on 06-30, 100 on 09-01  achieved in time
//  D  due 2026-06-30, read 100 on 05-01, 80 on 10-01   short now, deadline passed: off track
//  F  due 2027-03-31, read 100 on 10-01                achieved early
//  N  due 2027-03-31, read 70 on 11-01                 on track
//
// Status line: B, F, N achieved or on track = 3 of 5 (before: 4 of 5, A counted as achieved);
// tally ✓ achieved 2 (B, F) · ⚠ achieved late 1 (A) · ✓ on track 1 (N) · ✗ off track 1 (D).
// Furthest along: B (100 %, the first at 100 % once A, also at 100 %, is left out).
import { strict as assert } from 'node:assert';
import { parseDocument } from '../../src/core/parse';
import { buildReport } from '../../src/core/report';
import { panelModel } from '../../src/core/view/canvas';
import { LATE_SET } from './due-fixture';

const TODAY = '2026-12-01';
const { A, B, D, F, N } = LATE_SET;

const report = (lang: 'en' | 'ko', parts = [A, B, D, F, N]) => buildReport(parseDocument(`cbo: 1\noutcomes:\n${parts.join('')}`, 'yaml').doc.outcomes, { today: TODAY, lang });

describe('one-file report: an outcome achieved late', () => {
  it('its table row and its details say "achieved late", English and Korean; B keeps "achieved"', () => {
    const en = report('en');
    assert.match(en, /^\| 1 \| A buyers order online \|.*\| ⚠ achieved late \|$/m);
    assert.match(en, /^\| 2 \| B clerks order online \|.*\| ✓ achieved \|$/m);
    const a = en.slice(en.indexOf('### 1. A buyers order online'), en.indexOf('### 2. '));
    assert.match(a, /^- \*\*Status\*\*: ⚠ achieved late$/m);
    const ko = report('ko');
    assert.match(ko, /^\| 1 \| A buyers order online \|.*\| ⚠ 기한 후 달성 \|$/m);
    assert.match(ko, /^- \*\*상태\*\*: ⚠ 기한 후 달성$/m);
  });

  it('the status line counts it neither achieved nor on track, and tallies it apart', () => {
    assert.ok(report('en').includes('- **Outcome status**: 3 of 5 outcomes achieved or on track (✓ achieved 2 · ⚠ achieved late 1 · ✓ on track 1 · ✗ off track 1)'));
    assert.ok(report('ko').includes('- **성과 상태**: 5개 중 3개 달성 또는 정상 (✓ 달성 2 · ⚠ 기한 후 달성 1 · ✓ 정상 1 · ✗ 부진 1)'));
  });

  it('the headline achievement is never the late one', () => {
    assert.match(report('en'), /^- \*\*Furthest along\*\*: B clerks order online \(/m);
  });

  it('with none late, the status line reads as before', () => {
    assert.ok(report('en', [B, D]).includes('- **Outcome status**: 1 of 2 outcomes achieved or on track (✓ achieved 1 · ✗ off track 1)'));
  });
});

describe('canvas: an outcome achieved late', () => {
  const canvas = (lang: 'en' | 'ko') => panelModel('f', parseDocument(`cbo: 1\noutcomes:\n${[A, B].join('')}`, 'yaml').doc.outcomes, [], { lang, today: TODAY });
  it('its metric\'s status says "achieved late" where the reports do; one met in time keeps "achieved"', () => {
    const en = canvas('en').outcomes.map((o) => o.metrics[0]!.statusLabel);
    assert.deepEqual(en, ['achieved late', 'achieved']);
    assert.deepEqual(canvas('ko').outcomes.map((o) => o.metrics[0]!.statusLabel), ['기한 후 달성', '달성']);
  });
});
