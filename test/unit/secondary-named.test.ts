// A secondary metric given by name only (`secondary: [Pallets on the dock at 06:00]`, which the
// schema allows) is tracked without figures yet: the report (Markdown and HTML) and the canvas
// say so, not "– no data (no numeric baseline)", which read as a defect. One with figures keeps
// its status.
import { strict as assert } from 'node:assert';
import { parseDocument } from '../../src/core/parse/index';
import { buildReport } from '../../src/core/report';
import { panelModel } from '../../src/core/view/canvas';
import { buildReportHtml } from '../../src/core/view/report-html';
import { TODAY } from './helpers';

const YAML = `cbo: 1
title: "Carriers book a dock slot online"
outcome:
  behavior: "Carriers book a dock slot online"
metrics:
  primary:
    name: "Slots booked online"
    unit: "%"
    baseline: { value: 10, asOf: 2026-09-30 }
    target: { value: 80, by: 2027-06-30 }
  secondary:
    - Pallets on the dock at 06:00
    - { name: "Trucks waiting over an hour", baseline: { value: 40, asOf: 2026-09-30 }, target: { value: 10, by: 2027-06-30 } }
    - { name: "Gate scans", measurements: [{ value: 300, date: 2026-10-31 }] }
`;

const MARKDOWN = `# Plan

## CBO: Carriers book a dock slot online

### Success Metrics
- **Primary Metric**: Slots booked online (%)
- **Secondary Metrics**: Pallets on the dock at 06:00
- **Baseline**: 10% (as of 2026-09-30)
- **Target**: 80%
- **Timeline**: by 2027-06-30
`;

const outcomes = (text: string, kind: 'yaml' | 'markdown') => parseDocument(text, kind).doc.outcomes;

describe('A secondary metric named only', () => {
  it('the report says it is tracked with no figures yet, in English and Korean, in YAML and in a plan', () => {
    for (const [text, kind] of [[YAML, 'yaml'], [MARKDOWN, 'markdown']] as const) {
      const en = buildReport(outcomes(text, kind), { lang: 'en', today: TODAY });
      assert.match(en, /\n {2}- Pallets on the dock at 06:00: tracked, no figures yet\n/, kind);
      assert.doesNotMatch(en, /Pallets on the dock at 06:00: – no data/, kind);
      const ko = buildReport(outcomes(text, kind), { lang: 'ko', today: TODAY });
      assert.match(ko, /\n {2}- Pallets on the dock at 06:00: 추적 중, 아직 수치 없음\n/, kind);
    }
  });

  it('one with figures keeps its figures and status, and one with a reading alone still says why it has no status', () => {
    const en = buildReport(outcomes(YAML, 'yaml'), { lang: 'en', today: TODAY });
    assert.match(en, /\n {2}- Trucks waiting over an hour: 40 → 10 by 2027-06-30 \(/);
    assert.match(en, /\n {2}- Gate scans: 300 on 2026-10-31 \(– no data \(no numeric baseline\)\)\n/);
  });

  it('the HTML report says it too', () => {
    const html = buildReportHtml(outcomes(YAML, 'yaml'), { lang: 'en', today: TODAY });
    assert.match(html, /<li>Pallets on the dock at 06:00: tracked, no figures yet<\/li>/);
  });

  it('the canvas shows it on the secondary metrics card by its name alone (no "no data"), and keeps the figures of the others', () => {
    for (const [text, kind] of [[YAML, 'yaml'], [MARKDOWN, 'markdown']] as const) {
      for (const lang of ['en', 'ko'] as const) {
        const card = panelModel('f', outcomes(text, kind), [], { lang, today: TODAY }).outcomes[0]!.canvas.outcomes.find((c) => c.label === (lang === 'ko' ? '보조 지표' : 'Secondary metrics'));
        assert.ok(card, `${kind} ${lang}`);
        assert.equal(card.entries[0]!.text, 'Pallets on the dock at 06:00', `${kind} ${lang}`);
        if (kind === 'yaml') assert.equal(card.entries[1]!.text, 'Trucks waiting over an hour · 40 → 10 · 2027-06-30');
      }
    }
  });
});
